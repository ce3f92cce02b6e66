// The preview's in-memory org: the snapshot's records, mutable, with the platform's rules for
// the writes the app makes. Reads are plain; who may read what is decided in the selector
// (user mode vs system mode), as in Apex.
import { DmlException, newId, sameId, sobjectTypeOf } from './platform';
import type { DmlError, SObjectName } from './platform';

export type OrgRecord = Record<string, unknown> & { Id: string };

export interface OrgSnapshot {
  readonly capturedAt?: string;
  readonly permissionFields?: readonly {
    fieldName: string;
    label: string;
    metadataName: string;
    available: boolean;
  }[];
  readonly records: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/** Labels of permissions the platform names in its own messages (describe labels, English). */
const PERMISSION_LABELS: Readonly<Record<string, string>> = {
  PermissionsApiUserOnly: 'API Only User',
  PermissionsApiEnabled: 'API Enabled',
  PermissionsForceTwoFactor: 'Multi-Factor Authentication for User Interface Logins',
  PermissionsTwoFactorApi: 'Multi-Factor Authentication for API Logins',
  PermissionsDelegatedTwoFactor: 'Manage Multi-Factor Authentication in User Interface',
  PermissionsManageTwoFactor: 'Manage Multi-Factor Authentication in API',
  PermissionsBypassMFAForUiLogins: 'Waive Multi-Factor Authentication for Exempt Users',
  PermissionsIsSsoEnabled: 'Is Single Sign-On Enabled',
  PermissionsViewSetup: 'View Setup and Configuration',
  PermissionsManageUsers: 'Manage Users',
  PermissionsAssignPermissionSets: 'Assign Permission Sets',
  PermissionsManageProfilesPermissionsets: 'Manage Profiles and Permission Sets'
};

/**
 * Permission dependencies the platform enforces on save (FIELD_INTEGRITY_EXCEPTION). Only the
 * ones the product depends on: MFA for API Logins requires MFA for UI Logins (seed 001).
 */
export const PERMISSION_DEPENDENCIES: Readonly<Record<string, readonly string[]>> = {
  PermissionsTwoFactorApi: ['PermissionsForceTwoFactor']
};

function labelOf(field: string): string {
  return PERMISSION_LABELS[field] ?? field.replace(/^Permissions/, '');
}

/**
 * The lookups the selector and the services make by a reference field (a WHERE clause on an
 * Id): indexed when the org loads, so a query costs the rows it returns, not a scan of the
 * table (100,000 assignments in the benchmark's org). Other fields get an index on first use.
 */
const INDEXED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  User: ['ProfileId'],
  PermissionSet: ['ProfileId', 'PermissionSetGroupId'],
  PermissionSetAssignment: ['AssigneeId', 'PermissionSetId', 'PermissionSetGroupId'],
  PermissionSetGroupComponent: ['PermissionSetGroupId', 'PermissionSetId'],
  SetupEntityAccess: ['ParentId', 'SetupEntityId'],
  TwoFactorMethodsInfo: ['UserId'],
  LoginHistory: ['UserId'],
  AuthSession: ['UsersId']
};

/** An Id's index key: its first 15 characters, as sameId compares them. Null for no Id. */
function keyOf(value: unknown): string | null {
  return typeof value === 'string' && value ? value.slice(0, 15) : null;
}

/**
 * One table's indexes: by Id, and by each indexed reference field (key → records in table
 * order). Kept in step by every write the org makes; rebuilt when the table is replaced.
 */
class TableIndex {
  private readonly ids = new Map<string, OrgRecord>();
  private readonly fields = new Map<string, Map<string, OrgRecord[]>>();

  constructor(
    private readonly rows: () => readonly OrgRecord[],
    fieldNames: readonly string[]
  ) {
    for (const row of rows()) {
      const key = keyOf(row.Id);
      if (key !== null && !this.ids.has(key)) this.ids.set(key, row);
    }
    fieldNames.forEach((f) => this.field(f));
  }

  byId(id: string): OrgRecord | null {
    const key = keyOf(id);
    return key === null ? null : (this.ids.get(key) ?? null);
  }

  /** Records whose `field` is the same Id as `value`, in table order (a copy). */
  lookup(field: string, value: string): OrgRecord[] {
    const key = keyOf(value);
    return key === null ? [] : [...(this.field(field).get(key) ?? [])];
  }

  added(record: OrgRecord): void {
    const key = keyOf(record.Id);
    if (key !== null && !this.ids.has(key)) this.ids.set(key, record);
    this.fields.forEach((index, field) => addTo(index, keyOf(record[field]), record));
  }

  removed(record: OrgRecord): void {
    const key = keyOf(record.Id);
    if (key !== null && this.ids.get(key) === record) this.ids.delete(key);
    this.fields.forEach((index, field) => removeFrom(index, keyOf(record[field]), record));
  }

  /** Before `record` takes the values in `change`: moves it between the fields' keys. */
  changing(record: OrgRecord, change: Record<string, unknown>): void {
    this.fields.forEach((index, field) => {
      if (!(field in change)) return;
      const before = keyOf(record[field]);
      const after = keyOf(change[field]);
      if (before === after) return;
      removeFrom(index, before, record);
      addTo(index, after, record);
    });
  }

  private field(field: string): Map<string, OrgRecord[]> {
    let index = this.fields.get(field);
    if (!index) {
      index = new Map();
      for (const row of this.rows()) addTo(index, keyOf(row[field]), row);
      this.fields.set(field, index);
    }
    return index;
  }
}

function addTo(index: Map<string, OrgRecord[]>, key: string | null, record: OrgRecord): void {
  if (key === null) return;
  const rows = index.get(key);
  if (rows) rows.push(record);
  else index.set(key, [record]);
}

function removeFrom(index: Map<string, OrgRecord[]>, key: string | null, record: OrgRecord): void {
  if (key === null) return;
  const rows = index.get(key);
  if (!rows) return;
  const remaining = rows.filter((r) => r !== record);
  if (remaining.length) index.set(key, remaining);
  else index.delete(key);
}

export interface OrgOptions {
  /** How long a permission set group stays "Updating" after a component change (ms). */
  readonly groupRecalculationMs?: number;
}

export class InMemoryOrg {
  readonly capturedAt: string | null;
  readonly permissionFields: OrgSnapshot['permissionFields'];
  private readonly tables = new Map<string, OrgRecord[]>();
  private readonly indexes = new Map<string, TableIndex>();
  private readonly recalculationMs: number;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(snapshot: OrgSnapshot, options: OrgOptions = {}) {
    this.capturedAt = snapshot.capturedAt ?? null;
    this.permissionFields = snapshot.permissionFields;
    this.recalculationMs = options.groupRecalculationMs ?? 1500;
    for (const [name, rows] of Object.entries(snapshot.records)) {
      // A deep copy: writes must never reach the snapshot the org was loaded from.
      this.tables.set(
        name,
        rows.map((row, i) => {
          const copy = structuredClone(row) as Record<string, unknown>;
          if (typeof copy.Id !== 'string') copy.Id = `${name}#${i}`; // e.g. TwoFactorMethodsInfo
          return copy as OrgRecord;
        })
      );
    }
    this.reindex();
  }

  /** Every table's indexes built again (at load and after a rollback replaced the records). */
  private reindex(): void {
    this.indexes.clear();
    for (const name of this.tables.keys()) this.indexOf(name);
  }

  private indexOf(sobject: string): TableIndex {
    let index = this.indexes.get(sobject);
    if (!index) {
      index = new TableIndex(() => this.all(sobject as SObjectName), INDEXED_FIELDS[sobject] ?? []);
      this.indexes.set(sobject, index);
    }
    return index;
  }

  /** Stops pending group recalculations (the server calls it when it resets or exits). */
  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
  }

  /** Database.setSavepoint(): a copy of every table, for rollback. */
  savepoint(): Map<string, OrgRecord[]> {
    return new Map([...this.tables].map(([name, rows]) => [name, rows.map((r) => ({ ...r }))]));
  }

  /** Database.rollback(savepoint). */
  rollback(savepoint: Map<string, OrgRecord[]>): void {
    this.tables.clear();
    savepoint.forEach((rows, name) =>
      this.tables.set(
        name,
        rows.map((r) => ({ ...r }))
      )
    );
    this.reindex();
  }

  /** Whether the snapshot captured this object at all. */
  has(sobject: SObjectName): boolean {
    return this.tables.has(sobject);
  }

  all(sobject: SObjectName): readonly OrgRecord[] {
    return this.tables.get(sobject) ?? [];
  }

  where(sobject: SObjectName, predicate: (r: OrgRecord) => boolean): OrgRecord[] {
    return this.all(sobject).filter(predicate);
  }

  /** The records whose reference `field` holds the same Id as `id` (sameId), from an index. */
  whereId(sobject: SObjectName, field: string, id: string | null | undefined): OrgRecord[] {
    if (!id || !this.tables.has(sobject)) return [];
    return this.indexOf(sobject).lookup(field, id);
  }

  byId(sobject: SObjectName, id: string | null | undefined): OrgRecord | null {
    if (!id || !this.tables.has(sobject)) return null;
    return this.indexOf(sobject).byId(id);
  }

  /** Any record by Id, whatever its object. */
  find(id: string): { sobject: SObjectName; record: OrgRecord } | null {
    const sobject = sobjectTypeOf(id);
    const record = sobject ? this.byId(sobject, id) : null;
    return sobject && record ? { sobject, record } : null;
  }

  // ---- DML -----------------------------------------------------------------------------------

  /** delete: all or none, with the platform's per-row checks. Throws DmlException. */
  delete(sobject: SObjectName, ids: readonly string[]): void {
    ids.forEach((id, row) => {
      const record = this.byId(sobject, id);
      if (!record) {
        throw new DmlException('Delete', row, id, {
          statusCode: 'ENTITY_IS_DELETED',
          message: 'entity is deleted',
          fields: []
        });
      }
      const error = this.deleteRule(sobject, record);
      if (error) throw new DmlException('Delete', row, id, error);
    });
    const doomed = new Set(ids.map((id) => id.slice(0, 15)));
    const remaining: OrgRecord[] = [];
    for (const r of this.all(sobject)) {
      if (doomed.has(r.Id.slice(0, 15))) this.indexOf(sobject).removed(r);
      else remaining.push(r);
    }
    this.tables.set(sobject, remaining);
  }

  /** Deletes group components and starts the groups' recalculation, as the platform does. */
  deleteComponents(ids: readonly string[]): void {
    const groupIds = new Set(
      ids
        .map(
          (id) =>
            this.byId('PermissionSetGroupComponent', id)?.PermissionSetGroupId as string | undefined
        )
        .filter((g): g is string => !!g)
    );
    this.delete('PermissionSetGroupComponent', ids);
    groupIds.forEach((g) => this.recalculateGroup(g));
  }

  /** The platform's save-time checks of one update, without saving (Database.update allOrNone=false). */
  validateUpdate(sobject: SObjectName, change: Record<string, unknown> & { Id: string }): void {
    const record = this.byId(sobject, change.Id);
    if (!record) {
      throw new DmlException('Update', 0, change.Id, {
        statusCode: 'ENTITY_IS_DELETED',
        message: 'entity is deleted',
        fields: []
      });
    }
    const error = this.updateRule(sobject, record, { ...record, ...change });
    if (error) throw new DmlException('Update', 0, change.Id, error);
  }

  /** A record written as is (an Apex-owned custom object such as MFA_Change_Set__c). */
  insertRecord(sobject: SObjectName, record: OrgRecord): void {
    const index = this.indexOf(sobject); // before the table exists, for a first record
    this.tables.set(sobject, [...this.all(sobject), record]);
    index.added(record);
  }

  /** update: all or none; `changes` holds Id plus the fields to set. Throws DmlException. */
  update(
    sobject: SObjectName,
    changes: readonly (Record<string, unknown> & { Id: string })[]
  ): void {
    changes.forEach((change, row) => {
      const record = this.byId(sobject, change.Id);
      if (!record) {
        throw new DmlException('Update', row, change.Id, {
          statusCode: 'ENTITY_IS_DELETED',
          message: 'entity is deleted',
          fields: []
        });
      }
      const error = this.updateRule(sobject, record, { ...record, ...change });
      if (error) throw new DmlException('Update', row, change.Id, error);
    });
    const stamp = new Date().toISOString();
    for (const change of changes) {
      const record = this.byId(sobject, change.Id) as OrgRecord;
      this.indexOf(sobject).changing(record, change);
      // The platform stamps every saved record.
      Object.assign(record, change, { Id: record.Id, LastModifiedDate: stamp });
    }
    if (sobject === 'PermissionSet' || sobject === 'MutingPermissionSet') {
      // A changed member or muting set makes its groups recalculate.
      const changed = new Set(changes.map((c) => c.Id.slice(0, 15)));
      const groups = new Set(
        [...changed]
          .flatMap((id) => this.whereId('PermissionSetGroupComponent', 'PermissionSetId', id))
          .map((c) => String(c.PermissionSetGroupId))
      );
      groups.forEach((g) => this.recalculateGroup(g));
    }
  }

  /** insert: assigns Ids; all or none. Throws DmlException. */
  insert(sobject: SObjectName, rows: readonly Record<string, unknown>[]): string[] {
    const records = rows.map((row) => ({ ...row, Id: newId(sobject) }) as OrgRecord);
    records.forEach((record, row) => {
      const error = this.insertRule(sobject, record);
      if (error) throw new DmlException('Insert', row, null, error);
    });
    const index = this.indexOf(sobject); // before the table exists, for a first record
    this.tables.set(sobject, [...this.all(sobject), ...records]);
    records.forEach((r) => index.added(r));
    if (sobject === 'PermissionSetGroupComponent') {
      new Set(records.map((r) => String(r.PermissionSetGroupId))).forEach((g) =>
        this.recalculateGroup(g)
      );
    }
    return records.map((r) => r.Id);
  }

  // ---- the platform's rules --------------------------------------------------------------------

  private deleteRule(sobject: SObjectName, record: OrgRecord): DmlError | null {
    if (sobject === 'PermissionSet') {
      // The platform keeps a set that is still assigned or in a group (wording unverified).
      const refs = (table: SObjectName) =>
        this.all(table).some((r) => sameId(r.PermissionSetId as string, record.Id));
      if (refs('PermissionSetAssignment')) {
        return {
          statusCode: 'DELETE_FAILED',
          message: 'This permission set is assigned to users. Remove the assignments first.',
          fields: []
        };
      }
      if (refs('PermissionSetGroupComponent')) {
        return {
          statusCode: 'DELETE_FAILED',
          message:
            'This permission set is included in a permission set group. Remove it from the group first.',
          fields: []
        };
      }
    }
    if (sobject === 'PermissionSetAssignment') {
      const set = this.byId('PermissionSet', record.PermissionSetId as string);
      if (set?.IsOwnedByProfile === true) {
        // Every user keeps the assignment of their profile's set; it goes with the profile.
        // (Unverified wording; the code is the platform's usual one for this kind of refusal.)
        return {
          statusCode: 'INVALID_CROSS_REFERENCE_KEY',
          message:
            "You can't remove the assignment of a profile's permission set: change the user's profile instead",
          fields: []
        };
      }
    }
    return null;
  }

  private updateRule(sobject: SObjectName, before: OrgRecord, after: OrgRecord): DmlError | null {
    if (sobject === 'PermissionSet') {
      const changedPermissions = Object.keys(after).filter(
        (k) => k.startsWith('Permissions') && after[k] !== before[k]
      );
      if (before.IsOwnedByProfile === true && changedPermissions.length) {
        // Profiles are edited through the Metadata API or Setup, not by DML on their set.
        // (Unverified wording.)
        return {
          statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
          message: 'This permission set is owned by a profile. Edit the profile instead',
          fields: changedPermissions
        };
      }
      if (before.Type === 'Group' && changedPermissions.length) {
        return {
          statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
          message:
            "A permission set group's aggregate permissions are calculated from its components",
          fields: changedPermissions
        };
      }
    }
    if (sobject === 'PermissionSet' || sobject === 'MutingPermissionSet') {
      for (const [field, requires] of Object.entries(PERMISSION_DEPENDENCIES)) {
        if (after[field] !== true) continue;
        const missing = requires.filter((r) => after[r] !== true);
        if (missing.length) {
          return {
            statusCode: 'FIELD_INTEGRITY_EXCEPTION',
            message: `Permission ${labelOf(field)} depends on permission(s): ${missing.map(labelOf).join(', ')}`,
            fields: [field]
          };
        }
      }
    }
    return null;
  }

  private insertRule(sobject: SObjectName, record: OrgRecord): DmlError | null {
    if (sobject === 'PermissionSet') {
      const taken = this.all('PermissionSet').some(
        (s) =>
          String(s.Name).toLowerCase() === String(record.Name).toLowerCase() && !s.NamespacePrefix
      );
      if (taken) {
        return {
          statusCode: 'DUPLICATE_DEVELOPER_NAME',
          message: 'The API name is already in use',
          fields: ['Name']
        };
      }
      return this.updateRule(
        'PermissionSet',
        { ...record, IsOwnedByProfile: false, Type: 'Regular' },
        record
      );
    }
    if (sobject === 'PermissionSetAssignment') {
      const duplicate = this.whereId(
        'PermissionSetAssignment',
        'AssigneeId',
        record.AssigneeId as string
      ).some((a) => sameId(a.PermissionSetId as string, record.PermissionSetId as string));
      if (duplicate) {
        return {
          statusCode: 'DUPLICATE_VALUE',
          message: 'Duplicate PermissionSetAssignment',
          fields: []
        };
      }
    }
    return null;
  }

  /**
   * The platform recalculates a group after a component change: Status goes to Updating, the
   * aggregate set is recomputed from the members minus the muting set, then Status is Updated.
   */
  recalculateGroup(groupId: string): void {
    const group = this.byId('PermissionSetGroup', groupId);
    if (!group) return;
    group.Status = 'Updating';
    const finish = () => {
      const aggregate = this.whereId('PermissionSet', 'PermissionSetGroupId', groupId).find(
        (s) => s.Type === 'Group'
      );
      if (aggregate) {
        const components = this.whereId(
          'PermissionSetGroupComponent',
          'PermissionSetGroupId',
          groupId
        );
        const members = components
          .map((c) => this.byId('PermissionSet', c.PermissionSetId as string))
          .filter((s): s is OrgRecord => !!s);
        const muting =
          components
            .map((c) => this.byId('MutingPermissionSet', c.PermissionSetId as string))
            .find((m) => !!m) ?? null;
        for (const field of Object.keys(aggregate).filter((k) => k.startsWith('Permissions'))) {
          aggregate[field] =
            members.some((m) => m[field] === true) && !(muting && muting[field] === true);
        }
      }
      group.Status = 'Updated';
    };
    if (this.recalculationMs <= 0) {
      finish();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      finish();
    }, this.recalculationMs);
    this.timers.add(timer);
  }
}
