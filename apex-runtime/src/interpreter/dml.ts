// DML statements (`insert x;`, `update as user x;`) and the Database.* DML methods: both reach
// the platform's DML engine with one list of rows. A statement throws DmlException on any
// failure; Database.* with allOrNone = false returns one result per row instead.
import { ApexError, NotImplemented } from '../errors';
import type { Stmt } from '../parse/ast';
import type { AccessMode, DmlRowResult } from '../platform/contracts';
import { ApexList, SObjectValue, type ApexValue } from '../values';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import { nullPointer } from './invoke';

export type DmlOperation = 'insert' | 'update' | 'upsert' | 'delete';

/** The rows a DML operand stands for: one SObject, a list of them, or (delete) Ids. */
export function dmlRows(
  it: Interpreter,
  operand: ApexValue,
  op: DmlOperation
): (SObjectValue | string)[] {
  if (operand === null) return nullPointer();
  if (operand instanceof SObjectValue) return [operand];
  if (operand instanceof ApexList) {
    return operand.items.map((item) => {
      if (item instanceof SObjectValue) return item;
      if (op === 'delete' && typeof item === 'string') return item;
      if (item === null)
        throw new ApexError(
          'DmlException',
          `${capitalized(op)} failed. First exception on row 0; first error: INVALID_FIELD, null row`
        );
      throw new NotImplemented(`${op} of a list of ${typeof item}`, it.where());
    });
  }
  if (op === 'delete' && typeof operand === 'string') return [operand];
  throw new NotImplemented(`${op} of this value`, it.where());
}

function capitalized(op: string): string {
  return op[0].toUpperCase() + op.slice(1);
}

export function performDml(
  it: Interpreter,
  op: DmlOperation,
  rows: (SObjectValue | string)[],
  options: { allOrNone: boolean; mode: AccessMode; externalIdField?: string | null }
): DmlRowResult[] {
  const dml = it.platform.dml;
  const { allOrNone, mode } = options;
  switch (op) {
    case 'insert':
      return dml.insert(rows as SObjectValue[], { allOrNone, mode });
    case 'update':
      return dml.update(rows as SObjectValue[], { allOrNone, mode });
    case 'upsert':
      return dml.upsert(rows as SObjectValue[], options.externalIdField ?? null, {
        allOrNone,
        mode
      });
    case 'delete':
      return dml.delete(rows, { allOrNone, mode });
  }
}

export function runDml(it: Interpreter, stmt: Extract<Stmt, { kind: 'dml' }>): void {
  if (stmt.op === 'undelete' || stmt.op === 'merge') throw new NotImplemented(stmt.op, it.where());
  const operand = evaluate(it, stmt.target);
  it.frame.line = stmt.line;
  const rows = dmlRows(it, operand, stmt.op);
  performDml(it, stmt.op, rows, {
    allOrNone: true,
    // A class's code runs in system mode unless the statement says `as user`.
    mode: stmt.mode === 'user' ? 'user' : 'system',
    externalIdField: stmt.field
  });
}
