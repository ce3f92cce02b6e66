// The DML engine (contracts' Dml): insert, update, upsert, delete with all-or-none or partial
// success, savepoints, governor limits and the setup-object rules (sources in docs/dml.md).
import { assignProfileSet, moveProfileSet } from './setupRulesUsers';
import {
  applyAutoNumbers,
  applyPersonName,
  applyPlatformDefaults,
  storedInstant
} from './platformDefaults';
import { NotImplemented, type DmlRowError } from '../errors';
import { toId18 } from '../equality';
import { ApexDatetime, SObjectValue, type ApexValue } from '../values';
import type {
  AccessChecker,
  Dml,
  DmlOptions,
  DmlRowResult,
  ObjectDescribe,
  SavepointHandle,
  Schema,
  StoredRecord
} from './contracts';
import { dmlException, type DmlOperationName } from './dmlErrors';
import {
  prepareDelete,
  prepareInsert,
  prepareUpdate,
  type PrepareContext,
  type PreparedRow
} from './dmlPrepare';
import type { Limits } from './limits';
import {
  assertOperationAllowed,
  MixedDmlTracker,
  PendingKeys,
  permissionsChanged,
  schemaObject
} from './setupRules';
import {
  calculateGroups,
  createAggregateSet,
  groupsContaining,
  markOutdated,
  type GroupEffects
} from './setupRulesGroups';
import { copyRecord, type RecordStore } from './store';

/** What the engine needs from the transaction (a PlatformContext provides all of it). */
export interface DmlEngineContext {
  schema: Schema;
  store: RecordStore;
  access: AccessChecker;
  limits: Limits;
  runningUserId(): string;
  now(): number;
  newId(objectName: string): string;
}

interface ActiveSavepoint {
  id: number;
  mark: number;
}

export class DmlEngine implements Dml {
  private readonly mixed = new MixedDmlTracker();
  private savepoints: ActiveSavepoint[] = [];
  private nextSavepointId = 1;

  /** How the permission-set-group rules write the rows the platform makes or edits itself. */
  private readonly effects: GroupEffects;

  constructor(private readonly ctx: DmlEngineContext) {
    this.effects = this.groupEffects();
  }

  // --- statements -----------------------------------------------------------------------------

  insert(rows: SObjectValue[], options: DmlOptions): DmlRowResult[] {
    this.assertAllowed(
      rows.map((r) => r.type),
      'INSERT'
    );
    return this.statement('Insert', rows.length, options, (prep) =>
      rows.map((row, i) => prepareInsert(prep, row, i))
    );
  }

  update(rows: SObjectValue[], options: DmlOptions): DmlRowResult[] {
    this.assertAllowed(
      rows.map((r) => r.type),
      'UPDATE'
    );
    return this.statement('Update', rows.length, options, (prep) =>
      rows.map((row, i) => prepareUpdate(prep, row, i))
    );
  }

  upsert(
    rows: SObjectValue[],
    externalIdField: string | null,
    options: DmlOptions
  ): DmlRowResult[] {
    this.assertAllowed(
      rows.map((r) => r.type),
      'INSERT'
    );
    this.assertAllowed(
      rows.map((r) => r.type),
      'UPDATE'
    );
    const results = this.statement('Upsert', rows.length, options, (prep) =>
      rows.map((row, i) => {
        const matchedId = externalIdField ? this.matchExternalId(row, externalIdField) : null;
        if (matchedId) row.set('id', matchedId);
        return row.get('id') === null ? prepareInsert(prep, row, i) : prepareUpdate(prep, row, i);
      })
    );
    return results;
  }

  delete(rows: (SObjectValue | string)[], options: DmlOptions): DmlRowResult[] {
    this.assertAllowed(
      rows.map((r) => (r instanceof SObjectValue ? r.type : this.objectOfId(r))),
      'DELETE'
    );
    return this.statement('Delete', rows.length, options, (prep) =>
      rows.map((row, i) => prepareDelete(prep, row, i))
    );
  }

  private objectOfId(id: string): string | null {
    const id18 = toId18(id);
    return id18 ? (this.ctx.schema.objectByKeyPrefix(id18.slice(0, 3))?.name ?? null) : null;
  }

  private assertAllowed(objects: (string | null)[], operation: 'INSERT' | 'UPDATE' | 'DELETE') {
    for (const name of new Set(objects)) {
      if (name) assertOperationAllowed(schemaObject(this.ctx.schema, name), operation);
    }
  }

  /** Upsert by an external Id field: the Id of the one stored row with the row's value. */
  private matchExternalId(row: SObjectValue, fieldName: string): string | null {
    const field = fieldName.toLowerCase();
    const value = row.get(field);
    if (value === null) return null;
    const same = (stored: ApexValue) =>
      typeof value === 'string' && typeof stored === 'string'
        ? stored.toLowerCase() === value.toLowerCase()
        : stored === value;
    const matches = [...this.ctx.store.rows(row.type)].filter((r) => same(r.get(field) ?? null));
    if (matches.length > 1) {
      throw new NotImplemented(
        `upsert matching ${matches.length} ${row.type} rows on ${fieldName}`
      );
    }
    return matches.length ? (matches[0].get('id') as string) : null;
  }

  /**
   * One DML statement: counts one statement and its rows (an empty list counts nothing), prepares
   * every row, then with allOrNone throws if any failed (writing nothing), else commits the rows
   * that passed.
   */
  private statement(
    operation: DmlOperationName,
    rowCount: number,
    options: DmlOptions,
    prepare: (prep: PrepareContext) => PreparedRow[]
  ): DmlRowResult[] {
    if (rowCount === 0) return [];
    this.ctx.limits.consume('dmlStatements');
    this.ctx.limits.consume('dmlRows', rowCount);
    const prep: PrepareContext = {
      schema: this.ctx.schema,
      store: this.ctx.store,
      access: this.ctx.access,
      mixed: this.mixed,
      pending: new PendingKeys(),
      mode: options.mode,
      userId: this.ctx.runningUserId()
    };
    const prepared = prepare(prep);
    const errorsOf = (row: PreparedRow): DmlRowError[] =>
      row.problems.map((p) => ({ ...p, index: row.index, ...(row.id ? { id: row.id } : {}) }));
    const failures = prepared.filter((row) => row.problems.length > 0);
    if (options.allOrNone && failures.length) {
      throw dmlException(operation, failures.flatMap(errorsOf));
    }
    let touchedSetup = false;
    const results = prepared.map((row): DmlRowResult => {
      if (row.problems.length) return { id: row.id, success: false, errors: errorsOf(row) };
      const created = row.operation === 'insert';
      this.commit(row);
      this.mixed.record(row.describe, row.operation);
      touchedSetup ||= row.describe.setup;
      const result: DmlRowResult = { id: row.id, success: true, errors: [] };
      if (operation === 'Upsert') result.created = created;
      return result;
    });
    if (touchedSetup) this.ctx.access.invalidate();
    return results;
  }

  // --- writing --------------------------------------------------------------------------------

  private stampCreated(describe: ObjectDescribe, record: StoredRecord, id: string): void {
    const now = new ApexDatetime(storedInstant(this.ctx.now()));
    const user = this.ctx.runningUserId();
    record.set('id', id);
    record.set('isdeleted', false);
    applyPlatformDefaults(describe, record);
    if (describe.name === 'SetupEntityAccess') {
      // SetupEntityType is read-only: the platform takes it from SetupEntityId (Object
      // Reference: SetupEntityAccess — the type of the entity the Id names).
      const entityId = record.get('setupentityid');
      record.set(
        'setupentitytype',
        typeof entityId === 'string' ? this.objectOfId(entityId) : null
      );
    }
    applyAutoNumbers(describe, record, this.ctx.store);
    for (const [name, value] of [
      ['createddate', now],
      ['createdbyid', user]
    ] as const) {
      if (describe.fields.has(name)) record.set(name, value);
    }
    this.stampModified(describe, record);
  }

  private stampModified(describe: ObjectDescribe, record: StoredRecord): void {
    applyPersonName(describe, record);
    const now = new ApexDatetime(storedInstant(this.ctx.now()));
    for (const [name, value] of [
      ['lastmodifieddate', now],
      ['lastmodifiedbyid', this.ctx.runningUserId()],
      ['systemmodstamp', now]
    ] as const) {
      if (describe.fields.has(name)) record.set(name, value);
    }
  }

  private groupEffects(): GroupEffects {
    return {
      store: this.ctx.store,
      schema: this.ctx.schema,
      createRow: (objectName, fields) => {
        const describe = schemaObject(this.ctx.schema, objectName);
        const record = new Map(fields);
        const id = this.ctx.newId(describe.name);
        this.stampCreated(describe, record, id);
        this.ctx.store.insertRow(describe.name, record);
        return id;
      },
      editRow: (id, edit) => {
        const found = this.ctx.store.byId(id);
        if (!found) throw new Error(`editRow: no row ${id}`);
        const record = copyRecord(found.record);
        edit(record);
        this.stampModified(schemaObject(this.ctx.schema, found.object), record);
        this.ctx.store.replaceRow(id, record);
      }
    };
  }

  private commit(row: PreparedRow): void {
    const { describe, store } = { describe: row.describe, store: this.ctx.store };
    if (row.operation === 'insert') {
      const record = copyRecord(row.record as StoredRecord);
      const id = this.ctx.newId(describe.name);
      this.stampCreated(describe, record, id);
      store.insertRow(describe.name, record);
      row.id = id;
      // As Apex does, only the new Id is written back into the caller's record.
      row.source?.set('id', id);
      this.afterInsert(describe, record);
    } else if (row.operation === 'update') {
      const record = copyRecord(row.record as StoredRecord);
      this.stampModified(describe, record);
      store.replaceRow(row.id as string, record);
      this.afterUpdate(describe, row.before as StoredRecord, record);
    } else {
      this.deleteWithDependents(describe, row.id as string);
    }
  }

  private afterInsert(describe: ObjectDescribe, record: StoredRecord): void {
    if (describe.name === 'User') assignProfileSet(this.effects, record);
    if (describe.name === 'PermissionSetGroup') createAggregateSet(this.effects, record);
    if (describe.name === 'PermissionSetGroupComponent') {
      markOutdated(this.effects, [record.get('permissionsetgroupid') as string]);
    }
  }

  private afterUpdate(describe: ObjectDescribe, before: StoredRecord, after: StoredRecord): void {
    if (describe.name === 'User') moveProfileSet(this.effects, before, after);
    const isSet = describe.name === 'PermissionSet' || describe.name === 'MutingPermissionSet';
    if (isSet && permissionsChanged(before, after)) {
      markOutdated(this.effects, groupsContaining(this.ctx.store, after.get('id') ?? null));
    }
  }

  /**
   * Deletes a row and what cannot outlive it: a group's components and aggregate set, and the
   * detail rows of a custom master-detail (a required reference on a custom child object).
   */
  private deleteWithDependents(describe: ObjectDescribe, id: string): void {
    const store = this.ctx.store;
    if (describe.name === 'PermissionSetGroupComponent') {
      const group = store.byId(id)?.record.get('permissionsetgroupid');
      store.deleteRow(id);
      if (typeof group === 'string') markOutdated(this.effects, [group]);
      return;
    }
    store.deleteRow(id);
    for (const child of describe.childRelationships.values()) {
      const childDescribe = this.ctx.schema.object(child.childSObject);
      const field = childDescribe?.fields.get(child.field.toLowerCase());
      const cascades =
        describe.name === 'PermissionSetGroup'
          ? ['PermissionSetGroupComponent', 'PermissionSet'].includes(child.childSObject)
          : childDescribe?.custom === true && field !== undefined && !field.nillable;
      if (!childDescribe || !cascades) continue;
      const dependents = [...store.rows(childDescribe.name)].filter(
        (r) => r.get(child.field.toLowerCase()) === id
      );
      for (const dependent of dependents) {
        this.deleteWithDependents(childDescribe, dependent.get('id') as string);
      }
    }
  }

  // --- savepoints and transaction hooks ------------------------------------------------------

  /** Database.setSavepoint: counts as a DML statement. */
  setSavepoint(): SavepointHandle {
    this.ctx.limits.consume('dmlStatements');
    const savepoint = { id: this.nextSavepointId++, mark: this.ctx.store.mark() };
    this.savepoints.push(savepoint);
    return { id: savepoint.id };
  }

  /**
   * Database.rollback: counts as a DML statement (not as rows); restores every record as it was
   * at the savepoint; savepoints set after it become invalid. Ids already handed out stay used.
   */
  rollback(savepoint: SavepointHandle): void {
    this.ctx.limits.consume('dmlStatements');
    const at = this.savepoints.findIndex((s) => s.id === savepoint.id);
    if (at < 0) {
      throw new NotImplemented(
        'Database.rollback to a savepoint that is no longer valid (the platform throws a ' +
          'runtime error whose text is not modelled)'
      );
    }
    this.ctx.store.undoTo(this.savepoints[at].mark);
    this.savepoints = this.savepoints.slice(0, at + 1);
    this.ctx.access.invalidate();
  }

  calculatePermissionSetGroup(groupIds: string[]): void {
    const ids = groupIds.map((id) => toId18(id) ?? id);
    calculateGroups(this.effects, ids);
    this.ctx.access.invalidate();
  }

  /** System.runAs begins: its block is a fresh mixed-DML context. */
  beginRunAs(): void {
    this.mixed.reset();
  }

  /** System.runAs ends: the code after the block is a fresh mixed-DML context too. */
  endRunAs(): void {
    this.mixed.reset();
  }

  /** A new transaction (an async job run by Test.stopTest, a new request): no mixed-DML memory, no savepoints. */
  newTransaction(): void {
    this.mixed.reset();
    this.savepoints = [];
  }
}
