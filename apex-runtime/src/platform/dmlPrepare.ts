// Preparing one row of a DML statement: the record it would write, or why it cannot be written.
// Nothing here writes to the store; dml.ts commits prepared rows.
import { apexEquals, toId18 } from '../equality';
import { SObjectValue, type ApexValue } from '../values';
import type { AccessChecker, AccessMode, ObjectDescribe, Schema, StoredRecord } from './contracts';
import { rowErrors, type RowProblem } from './dmlErrors';
import {
  apiNames,
  collectFields,
  defaultFor,
  missingRequired,
  notWritableFields,
  valueProblems
} from './dmlValidation';
import {
  permissionSetDeleteProblem,
  permissionSetEditProblem,
  dependencyProblem,
  MixedDmlTracker,
  PendingKeys,
  schemaObject,
  uniquenessProblem
} from './setupRules';
import { GROUP_UPDATED, resolveGroupAssignment } from './setupRulesGroups';
import { copyRecord, type RecordStore } from './store';

export type RowOperation = 'insert' | 'update' | 'delete';

export interface PreparedRow {
  index: number;
  operation: RowOperation;
  describe: ObjectDescribe;
  /** The row's Id (update, delete), 18 characters, or null. */
  id: string | null;
  /** The caller's record (insert writes the new Id into it). */
  source: SObjectValue | null;
  /** The record to store (insert, update). */
  record: StoredRecord | null;
  /** The stored record before the change (update, delete). */
  before: StoredRecord | null;
  problems: RowProblem[];
}

export interface PrepareContext {
  schema: Schema;
  store: RecordStore;
  access: AccessChecker;
  mixed: MixedDmlTracker;
  pending: PendingKeys;
  mode: AccessMode;
  userId: string;
}

function failed(row: PreparedRow, problem: RowProblem): PreparedRow {
  row.problems.push(problem);
  return row;
}

/** User mode: populated, writable fields the running user may not edit (FLS). */
function fieldsWithoutEdit(
  ctx: PrepareContext,
  describe: ObjectDescribe,
  values: Map<string, ApexValue>,
  isInsert: boolean
): string[] {
  if (ctx.mode !== 'user') return [];
  const refused = [...values.keys()].filter((name) => {
    const field = describe.fields.get(name);
    const writable = isInsert ? field?.createable : field?.updateable;
    return (
      name !== 'id' &&
      writable === true &&
      !ctx.access.canAccessField(ctx.userId, describe.name, name, 'edit')
    );
  });
  return apiNames(describe, refused);
}

/** Checks shared by insert and update on the values the row carries. */
function fieldProblems(
  ctx: PrepareContext,
  describe: ObjectDescribe,
  row: SObjectValue,
  stored: StoredRecord | null
): { values: Map<string, ApexValue>; problems: RowProblem[] } {
  const collected = collectFields(describe, row);
  const problems = [...collected.problems];
  if (collected.unknown.length)
    problems.push(rowErrors.unknownField(collected.unknown[0], describe.name));
  const notWritable = notWritableFields(describe, collected.values, stored);
  if (notWritable.length) problems.push(rowErrors.notWritable(notWritable));
  const withoutEdit = fieldsWithoutEdit(ctx, describe, collected.values, stored === null);
  if (withoutEdit.length) problems.push(rowErrors.notWritable(withoutEdit));
  return { values: collected.values, problems };
}

/** Setup-object rules on the record about to be written. */
function setupProblems(
  ctx: PrepareContext,
  describe: ObjectDescribe,
  record: StoredRecord,
  before: StoredRecord | null
): RowProblem[] {
  const problems: RowProblem[] = [];
  const locked =
    before && describe.name === 'PermissionSet' ? permissionSetEditProblem(before, record) : null;
  if (locked) problems.push(locked);
  const dependency = dependencyProblem(describe, record);
  if (dependency) problems.push(dependency);
  const duplicate = uniquenessProblem(describe, record, ctx.store, ctx.pending);
  if (duplicate) problems.push(duplicate);
  return problems;
}

export function prepareInsert(
  ctx: PrepareContext,
  source: SObjectValue,
  index: number
): PreparedRow {
  const describe = schemaObject(ctx.schema, source.type);
  const row: PreparedRow = {
    index,
    operation: 'insert',
    describe,
    id: null,
    source,
    record: null,
    before: null,
    problems: []
  };
  if (source.get('id') !== null) return failed(row, rowErrors.idOnInsert());
  const mixed = ctx.mixed.check(describe, 'insert');
  if (mixed) return failed(row, mixed);
  if (ctx.mode === 'user' && !ctx.access.canAccessObject(ctx.userId, describe.name, 'create')) {
    return failed(row, rowErrors.insufficientAccess());
  }
  const { values, problems } = fieldProblems(ctx, describe, source, null);
  row.problems.push(...problems);
  const record: StoredRecord = new Map();
  for (const [name, field] of describe.fields) {
    if (values.has(name) || !field.createable) continue;
    const value = defaultFor(field);
    if (value !== null) record.set(name, value);
  }
  for (const [name, value] of values) record.set(name, value);
  if (describe.fields.has('ownerid') && (record.get('ownerid') ?? null) === null) {
    record.set('ownerid', ctx.userId);
  }
  if (describe.name === 'PermissionSetAssignment') resolveGroupAssignment(ctx.store, record);
  if (describe.name === 'PermissionSetGroup') record.set('status', GROUP_UPDATED);
  const missing = missingRequired(describe, record);
  if (missing.length) row.problems.push(rowErrors.requiredMissing(missing));
  row.problems.push(...valueProblems(describe, values, ctx.store));
  if (row.problems.length === 0) row.problems.push(...setupProblems(ctx, describe, record, null));
  row.record = record;
  return row;
}

/** Looks up the stored row an update or delete names; a problem when there is none. */
function existing(
  ctx: PrepareContext,
  rawId: ApexValue,
  operation: 'update' | 'delete'
): { id: string; object: string; record: StoredRecord } | RowProblem {
  if (rawId === null || rawId === '') return rowErrors.idMissing(operation);
  const id = typeof rawId === 'string' ? toId18(rawId) : null;
  if (!id) return rowErrors.invalidCrossReference();
  const found = ctx.store.byId(id);
  if (found) return { id, ...found };
  return ctx.store.deletedById(id) ? rowErrors.entityDeleted() : rowErrors.invalidCrossReference();
}

const isProblem = (value: object): value is RowProblem => 'statusCode' in value;

export function prepareUpdate(
  ctx: PrepareContext,
  source: SObjectValue,
  index: number
): PreparedRow {
  const describe = schemaObject(ctx.schema, source.type);
  const row: PreparedRow = {
    index,
    operation: 'update',
    describe,
    id: null,
    source,
    record: null,
    before: null,
    problems: []
  };
  const found = existing(ctx, source.get('id'), 'update');
  if (isProblem(found)) {
    row.id = typeof source.get('id') === 'string' ? (source.get('id') as string) : null;
    return failed(row, found);
  }
  row.id = found.id;
  if (found.object !== describe.name) return failed(row, rowErrors.invalidCrossReference());
  const mixed = ctx.mixed.check(describe, 'update');
  if (mixed) return failed(row, mixed);
  if (ctx.mode === 'user' && !ctx.access.canAccessObject(ctx.userId, describe.name, 'edit')) {
    return failed(row, rowErrors.insufficientAccess());
  }
  const { values, problems } = fieldProblems(ctx, describe, source, found.record);
  row.problems.push(...problems);
  // Only what changes is checked again: a stored row may predate today's rules (a baseline).
  const changed = new Map(
    [...values].filter(([name, value]) => !apexEquals(value, found.record.get(name) ?? null))
  );
  changed.delete('id');
  const merged = copyRecord(found.record);
  for (const [name, value] of changed) merged.set(name, value);
  const missing = missingRequired(describe, merged).filter((f) => changed.has(f.toLowerCase()));
  if (missing.length) row.problems.push(rowErrors.requiredMissing(missing));
  row.problems.push(...valueProblems(describe, changed, ctx.store));
  if (row.problems.length === 0) {
    row.problems.push(...setupProblems(ctx, describe, merged, found.record));
  }
  row.record = merged;
  row.before = found.record;
  return row;
}

export function prepareDelete(
  ctx: PrepareContext,
  target: SObjectValue | string,
  index: number
): PreparedRow {
  const rawId = target instanceof SObjectValue ? target.get('id') : target;
  const found = existing(ctx, rawId, 'delete');
  const objectName =
    target instanceof SObjectValue ? target.type : isProblem(found) ? null : found.object;
  const placeholder = objectName ? schemaObject(ctx.schema, objectName) : null;
  const row: PreparedRow = {
    index,
    operation: 'delete',
    describe: placeholder as ObjectDescribe,
    id: typeof rawId === 'string' ? (toId18(rawId) ?? rawId) : null,
    source: target instanceof SObjectValue ? target : null,
    record: null,
    before: null,
    problems: []
  };
  if (isProblem(found)) return failed(row, found);
  const describe = schemaObject(ctx.schema, found.object);
  row.describe = describe;
  if (placeholder && placeholder.name !== describe.name) {
    return failed(row, rowErrors.invalidCrossReference());
  }
  const mixed = ctx.mixed.check(describe, 'delete');
  if (mixed) return failed(row, mixed);
  if (ctx.mode === 'user' && !ctx.access.canAccessObject(ctx.userId, describe.name, 'delete')) {
    return failed(row, rowErrors.insufficientAccess());
  }
  const undeletable =
    describe.name === 'PermissionSet' ? permissionSetDeleteProblem(ctx.store, found.record) : null;
  if (undeletable) return failed(row, undeletable);
  row.before = found.record;
  return row;
}
