// Rules the platform applies to setup objects (sources in docs/dml.md): mixed DML, which
// objects DML may not touch, unique values, permission dependencies and what may not be edited.
import { NotImplemented } from '../errors';
import { apexEquals } from '../equality';
import type { ApexValue } from '../values';
import type { ObjectDescribe, Schema, StoredRecord } from './contracts';
import { operationNotAllowed, rowErrors, type RowProblem } from './dmlErrors';
import type { RecordStore } from './store';

// ---------------------------------------------------------------------------------------------
// Mixed DML
// ---------------------------------------------------------------------------------------------

/**
 * Remembers the first setup and the first non-setup object written in the current context.
 * A context is a transaction, or (in tests) a System.runAs block: each runAs block, and the
 * code between blocks, starts a fresh one (Apex Developer Guide: "Mixed DML Operations in Test
 * Methods").
 */
export class MixedDmlTracker {
  private setupObject: string | null = null;
  private nonSetupObject: string | null = null;

  /** The MIXED_DML_OPERATION problem of writing this object now, or null. */
  check(describe: ObjectDescribe, operation: 'insert' | 'update' | 'delete'): RowProblem | null {
    if (exemptFromMixedDml(describe, operation)) return null;
    if (describe.setup && this.nonSetupObject) {
      return rowErrors.mixedDml(describe.name, this.nonSetupObject);
    }
    if (!describe.setup && this.setupObject) {
      return rowErrors.mixedDml(describe.name, this.setupObject);
    }
    return null;
  }

  record(describe: ObjectDescribe, operation: 'insert' | 'update' | 'delete'): void {
    if (exemptFromMixedDml(describe, operation)) return;
    if (describe.setup) this.setupObject ??= describe.name;
    else this.nonSetupObject ??= describe.name;
  }

  reset(): void {
    this.setupObject = null;
    this.nonSetupObject = null;
  }
}

/** "You can only insert and update a group in a transaction with other sObjects." */
function exemptFromMixedDml(describe: ObjectDescribe, operation: string): boolean {
  return describe.name === 'Group' && operation !== 'delete';
}

// ---------------------------------------------------------------------------------------------
// Operations DML may not perform at all
// ---------------------------------------------------------------------------------------------

/** Objects whose operation Apex DML refuses whatever the describe says. */
const REFUSED_OPERATIONS: Record<string, Set<string>> = {
  // "sObjects That Don't Support DML Operations": Profile; licences are the org's, not data.
  profile: new Set(['INSERT', 'UPDATE', 'DELETE']),
  userlicense: new Set(['INSERT', 'UPDATE', 'DELETE']),
  // Users are deactivated (IsActive = false), never deleted.
  user: new Set(['DELETE'])
};

export function assertOperationAllowed(
  describe: ObjectDescribe,
  operation: 'INSERT' | 'UPDATE' | 'DELETE'
): void {
  const allowedByDescribe =
    operation === 'INSERT'
      ? describe.createable
      : operation === 'UPDATE'
        ? describe.updateable
        : describe.deletable;
  const refused = REFUSED_OPERATIONS[describe.name.toLowerCase()]?.has(operation) ?? false;
  if (!allowedByDescribe || refused) throw operationNotAllowed(operation, describe.name);
}

// ---------------------------------------------------------------------------------------------
// Permission dependencies
// ---------------------------------------------------------------------------------------------

/**
 * A permission that needs others on the same permission set or muting set. Only dependencies a
 * primary source states are listed (PermissionDependency, Tooling API; MFA help).
 */
export const PERMISSION_DEPENDENCIES: { permission: string; requires: string[] }[] = [
  { permission: 'PermissionsTwoFactorApi', requires: ['PermissionsForceTwoFactor'] },
  { permission: 'PermissionsModifyAllData', requires: ['PermissionsViewAllData'] }
];

const PERMISSION_OBJECTS = new Set(['permissionset', 'mutingpermissionset', 'profile']);

/** The FIELD_INTEGRITY_EXCEPTION for permissions on without what they depend on, or null. */
export function dependencyProblem(
  describe: ObjectDescribe,
  record: StoredRecord
): RowProblem | null {
  if (!PERMISSION_OBJECTS.has(describe.name.toLowerCase())) return null;
  const label = (field: string) => describe.fields.get(field.toLowerCase())?.label ?? field;
  const violations: { permission: string; requires: string[] }[] = [];
  for (const rule of PERMISSION_DEPENDENCIES) {
    if (!describe.fields.has(rule.permission.toLowerCase())) continue;
    if (record.get(rule.permission.toLowerCase()) !== true) continue;
    const missing = rule.requires.filter(
      (required) =>
        describe.fields.has(required.toLowerCase()) && record.get(required.toLowerCase()) !== true
    );
    if (missing.length) {
      violations.push({ permission: label(rule.permission), requires: missing.map(label) });
    }
  }
  return violations.length ? rowErrors.dependsOn(violations) : null;
}

export const isPermissionField = (name: string): boolean => name.startsWith('permissions');

/** Whether any Permissions* field differs between two versions of a record. */
export function permissionsChanged(before: StoredRecord, after: StoredRecord): boolean {
  for (const [name, value] of after) {
    if (isPermissionField(name) && !apexEquals(value, before.get(name) ?? null)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Unique values
// ---------------------------------------------------------------------------------------------

/** Unique keys written by the statement so far, so that two rows of one statement collide too. */
export class PendingKeys {
  private readonly keys = new Set<string>();
  has(key: string): boolean {
    return this.keys.has(key);
  }
  add(key: string): void {
    this.keys.add(key);
  }
}

const lower = (value: ApexValue): string => (typeof value === 'string' ? value.toLowerCase() : '');

function anyRow(
  store: RecordStore,
  object: string,
  selfId: ApexValue,
  matches: (r: StoredRecord) => boolean
): boolean {
  for (const row of store.rows(object)) {
    if (row.get('id') !== selfId && matches(row)) return true;
  }
  return false;
}

/** Developer names that must be unique per object (the platform's error text is not modelled). */
const UNIQUE_NAMES: Record<string, string> = {
  permissionset: 'name',
  permissionsetgroup: 'developername',
  mutingpermissionset: 'developername'
};

/** DUPLICATE_USERNAME / DUPLICATE_VALUE problems of a record about to be written, or null. */
export function uniquenessProblem(
  describe: ObjectDescribe,
  record: StoredRecord,
  store: RecordStore,
  pending: PendingKeys
): RowProblem | null {
  const object = describe.name.toLowerCase();
  const selfId = record.get('id') ?? null;
  if (object === 'user') {
    const username = lower(record.get('username') ?? null);
    const key = `user:${username}`;
    const taken =
      pending.has(key) ||
      anyRow(store, 'User', selfId, (r) => lower(r.get('username') ?? null) === username);
    if (taken) return rowErrors.duplicateUsername();
    pending.add(key);
  }
  if (object === 'permissionsetassignment') {
    const assignee = record.get('assigneeid');
    const set = record.get('permissionsetid');
    const key = `psa:${String(assignee)}:${String(set)}`;
    const taken =
      pending.has(key) ||
      anyRow(
        store,
        'PermissionSetAssignment',
        selfId,
        (r) => r.get('assigneeid') === assignee && r.get('permissionsetid') === set
      );
    if (taken) return rowErrors.duplicateValue();
    pending.add(key);
  }
  const nameField = UNIQUE_NAMES[object];
  if (nameField && record.get('type') !== 'Group') {
    const name = lower(record.get(nameField) ?? null);
    const key = `${object}:${name}`;
    const taken =
      pending.has(key) ||
      anyRow(
        store,
        describe.name,
        selfId,
        (r) => r.get('type') !== 'Group' && lower(r.get(nameField) ?? null) === name
      );
    if (taken) {
      throw new NotImplemented(
        `a second ${describe.name} with ${describe.fields.get(nameField)?.name} '${name}' ` +
          `(the platform refuses it with DUPLICATE_DEVELOPER_NAME; its text is not modelled)`
      );
    }
    pending.add(key);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Permission sets that DML may not edit or delete
// ---------------------------------------------------------------------------------------------

/**
 * Permissions of a profile's own set or of a group's aggregate set are not edited by DML: a
 * profile is edited through the Metadata API or Setup, an aggregate is computed from the
 * group's members (domain brief; Object Reference: PermissionSet, PermissionSetGroup). The
 * status code and wording are this runtime's (unverified): Apex sees a DmlException row error.
 */
export function permissionSetEditProblem(
  before: StoredRecord,
  after: StoredRecord
): RowProblem | null {
  if (!permissionsChanged(before, after)) return null;
  if (before.get('isownedbyprofile') === true) {
    return {
      statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
      message: 'A permission set owned by a profile cannot be edited: edit the profile instead',
      fields: []
    };
  }
  if (before.get('type') === 'Group') {
    return {
      statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
      message:
        "A permission set group's aggregate permission set cannot be edited: edit its member permission sets",
      fields: []
    };
  }
  return null;
}

/**
 * A PermissionSet that is assigned, in a group or owned by a profile cannot be deleted (Object
 * Reference: PermissionSet — "delete a permission set if it isn't assigned to a user"). The
 * status code and wording are this runtime's (unverified).
 */
export function permissionSetDeleteProblem(
  store: RecordStore,
  record: StoredRecord
): RowProblem | null {
  const id = record.get('id');
  const refuse = (why: string): RowProblem => ({
    statusCode: 'DELETE_FAILED',
    message: `Cannot delete a permission set that ${why}`,
    fields: []
  });
  if (record.get('isownedbyprofile') === true) return refuse('a profile owns');
  for (const row of store.rows('PermissionSetAssignment')) {
    if (row.get('permissionsetid') === id) return refuse('is assigned to users');
  }
  for (const row of store.rows('PermissionSetGroupComponent')) {
    if (row.get('permissionsetid') === id) return refuse('is included in a permission set group');
  }
  return null;
}

export function schemaObject(schema: Schema, name: string): ObjectDescribe {
  const describe = schema.object(name);
  if (!describe) throw new NotImplemented(`DML on ${name}: the schema has no such object`);
  return describe;
}
