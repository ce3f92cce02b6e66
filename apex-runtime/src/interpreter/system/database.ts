// SOQL and DML from Apex: static `[SELECT …]`, Database.query / queryWithBinds / countQuery…,
// Database.insert / update / upsert / delete with allOrNone and AccessLevel, their results,
// savepoints. The SOQL engine and the DML engine do the work; this maps Apex's arguments.
import { ApexError, NotImplemented } from '../../errors';
import type { AccessMode, DmlRowResult, SavepointHandle } from '../../platform/contracts';
import {
  bindFromMap,
  executeQuery,
  parseQueryText,
  type BindNode,
  type SoqlQuery
} from '../../soql';
import {
  ApexList,
  ApexMap,
  EnumValue,
  NativeObject,
  SObjectValue,
  typeRef,
  type ApexValue
} from '../../values';
import { evaluate } from '../expressions';
import type { Interpreter } from '../interpreter';
import { dmlRows, performDml, type DmlOperation } from '../dml';
import { markQueried, sobjectFieldToken } from './sobjects';
import { checkHeap } from './heap';
import type { Expr } from '../../parse/ast';

/** AccessLevel.USER_MODE / SYSTEM_MODE as values. */
export function accessLevel(name: 'USER_MODE' | 'SYSTEM_MODE'): EnumValue {
  return new EnumValue('AccessLevel', name, name === 'USER_MODE' ? 1 : 0);
}

function modeOf(value: ApexValue): AccessMode | null {
  if (value instanceof EnumValue && value.enumType === 'AccessLevel')
    return value.name === 'USER_MODE' ? 'user' : 'system';
  return null;
}

function run(
  it: Interpreter,
  query: SoqlQuery,
  mode: AccessMode,
  bind: (node: BindNode) => ApexValue
): ApexValue {
  const result = executeQuery(it.platform, query, { mode, bind });
  markQueried(result);
  if (result instanceof ApexList && result.items.length >= 200) checkHeap(it, [result]);
  return result;
}

export function staticSoql(it: Interpreter, query: unknown): ApexValue {
  // Static SOQL runs in system mode unless the query says WITH USER_MODE.
  return run(it, query as SoqlQuery, 'system', (node) => evaluate(it, node.expr as Expr));
}

/** Dynamic SOQL: binds are simple names of variables in scope (Database.query). */
function scopeBind(it: Interpreter) {
  return (node: BindNode): ApexValue => {
    const [head, ...fields] = String(node.name ?? node.expr).split('.');
    const slot = it.frame.lookup(head);
    if (!slot) throw new ApexError('QueryException', `Variable does not exist: ${head}`);
    let value = slot.value;
    for (const field of fields) value = value instanceof SObjectValue ? value.get(field) : null;
    return value;
  };
}

function text(value: ApexValue): string {
  if (typeof value !== 'string')
    throw new ApexError('QueryException', 'A query string is required');
  return value;
}

function countResult(result: ApexValue): ApexValue {
  if (typeof result === 'number') return result;
  throw new ApexError('QueryException', 'countQuery requires a SELECT COUNT() query');
}

export function databaseStatic(
  it: Interpreter,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  switch (name.toLowerCase()) {
    case 'query':
      return run(
        it,
        parseQueryText(text(args[0])),
        modeOf(args[1] ?? null) ?? 'system',
        scopeBind(it)
      );
    case 'querywithbinds':
      return run(it, parseQueryText(text(args[0])), modeOf(args[2] ?? null) ?? 'system', (node) =>
        bindFromMap(args[1] as ApexMap, node)
      );
    case 'countquery':
      return countResult(
        run(it, parseQueryText(text(args[0])), modeOf(args[1] ?? null) ?? 'system', scopeBind(it))
      );
    case 'countquerywithbinds':
      return countResult(
        run(it, parseQueryText(text(args[0])), modeOf(args[2] ?? null) ?? 'system', (node) =>
          bindFromMap(args[1] as ApexMap, node)
        )
      );
    case 'insert':
    case 'update':
    case 'delete':
    case 'upsert':
      return databaseDml(it, name.toLowerCase() as DmlOperation, args);
    case 'setsavepoint':
      return new NativeObject('System.Savepoint', it.platform.dml.setSavepoint());
    case 'rollback': {
      const savepoint = args[0];
      if (!(savepoint instanceof NativeObject))
        throw new ApexError('NullPointerException', 'Argument cannot be null.');
      it.platform.dml.rollback(savepoint.state as SavepointHandle);
      return null;
    }
    case 'releasesavepoint':
      return null;
    default:
      return undefined;
  }
}

/** Database.insert(rows[, allOrNone | AccessLevel][, AccessLevel]) and the like. */
function databaseDml(it: Interpreter, op: DmlOperation, args: ApexValue[]): ApexValue {
  const [operand, ...rest] = args;
  let allOrNone = true;
  let mode: AccessMode = 'system';
  let externalIdField: string | null = null;
  for (const arg of rest) {
    if (typeof arg === 'boolean') allOrNone = arg;
    else if (modeOf(arg)) mode = modeOf(arg)!;
    else if (
      arg instanceof NativeObject &&
      arg.className === 'Schema.SObjectField' &&
      op === 'upsert'
    )
      externalIdField = (arg.state as { field: string }).field;
    else if (arg !== null)
      throw new NotImplemented(`Database.${op} with an argument of this type`, it.where());
  }
  const single = operand instanceof SObjectValue || typeof operand === 'string';
  const results = performDml(it, op, dmlRows(it, operand, op), {
    allOrNone,
    mode,
    externalIdField
  });
  const className =
    op === 'delete'
      ? 'Database.DeleteResult'
      : op === 'upsert'
        ? 'Database.UpsertResult'
        : 'Database.SaveResult';
  const wrapped = results.map((r) => new NativeObject(className, r));
  return single ? wrapped[0] : new ApexList(typeRef(className), wrapped);
}

/** Methods of Database.SaveResult / DeleteResult / UpsertResult / Error. */
export function resultMethod(target: NativeObject, name: string): ApexValue | undefined {
  const method = name.toLowerCase();
  if (target.className === 'Database.Error') {
    const error = target.state as DmlRowResult['errors'][number];
    if (method === 'getmessage') return error.message;
    if (method === 'getstatuscode') return new EnumValue('System.StatusCode', error.statusCode, 0);
    if (method === 'getfields') return new ApexList(typeRef('String'), error.fields.slice());
    return undefined;
  }
  const result = target.state as DmlRowResult;
  switch (method) {
    case 'issuccess':
      return result.success;
    case 'getid':
      return result.id;
    case 'iscreated':
      return Boolean(result.created);
    case 'geterrors':
      return new ApexList(
        typeRef('Database.Error'),
        result.errors.map((e) => new NativeObject('Database.Error', e))
      );
    default:
      return undefined;
  }
}

export { sobjectFieldToken };
