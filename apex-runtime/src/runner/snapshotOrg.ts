// An org for serving Apex outside tests, made of a snapshot (the command line's capture, or the
// preview's demo org) on the runtime's baseline: the baseline brings what a snapshot does not
// capture (the standard profiles' object access, the deployed permission sets' ObjectPermissions,
// FieldPermissions and SetupEntityAccess, the Apex classes, the custom permission), the snapshot
// brings the org's users, profiles, sets, groups and assignments. A snapshot record that is the
// same thing as a baseline one (a licence or profile by Name, a profile's own set, a deployed set
// by Name, the custom permission by DeveloperName) takes the baseline record's Id, its values
// laid over the baseline's; references are rewritten to match. Rows are loaded without DML.
import { toId18 } from '../equality';
import type { Interpreter } from '../interpreter/interpreter';
import type { BaselineRecord } from '../platform/baseline';
import type { ObjectDescribe, StoredRecord } from '../platform/contracts';
import type { ProjectSchema } from '../platform/schema';
import { aggregateSetOf, calculateGroups, createAggregateSet } from '../platform/setupRulesGroups';
import { copyRecord } from '../platform/store';
import { parseJsonDatetime } from '../stdlib/json-read';
import { ApexDate, ApexDatetime, type ApexValue } from '../values';
import { Org } from './org';

export interface SnapshotRecords {
  readonly capturedAt?: string;
  readonly records: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/** Loaded first, in this order: what later records refer to and what may match the baseline. */
const FIRST = [
  'UserLicense',
  'Profile',
  'CustomPermission',
  'PermissionSetGroup',
  'MutingPermissionSet',
  'PermissionSet'
];

/** What a user record needs that a snapshot does not capture (the admin's values in the baseline). */
const USER_DEFAULTS: Record<string, ApexValue> = {
  TimeZoneSidKey: 'America/Los_Angeles',
  LocaleSidKey: 'en_US',
  LanguageLocaleKey: 'en_US',
  EmailEncodingKey: 'UTF-8',
  UserType: 'Standard'
};

/**
 * The org: the baseline without its admin user (the snapshot's users are the org's), the
 * snapshot's records, and each group's aggregate set where the snapshot has none.
 */
export function snapshotOrg(
  schema: ProjectSchema,
  baseline: BaselineRecord[],
  interpreter: Interpreter,
  snapshot: SnapshotRecords,
  startTime: number
): Org {
  const adminId = baseline.find((r) => r.object === 'User')?.fields.Id;
  const kept = baseline.filter(
    (r) =>
      !(
        r.object === 'User' ||
        (r.object === 'PermissionSetAssignment' && r.fields.AssigneeId === adminId)
      )
  );
  const org = new Org(schema, kept, interpreter, startTime);
  const capturedAt = snapshot.capturedAt ? Date.parse(snapshot.capturedAt) : startTime;
  new SnapshotLoader(org, Number.isFinite(capturedAt) ? capturedAt : startTime).load(
    snapshot.records
  );
  return org;
}

class SnapshotLoader {
  /** Snapshot Id (18 characters) → the Id it has in this org. */
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly org: Org,
    private readonly capturedAt: number
  ) {}

  load(records: SnapshotRecords['records']): void {
    const names = Object.keys(records);
    const order = [
      ...FIRST.filter((n) => names.includes(n)),
      ...names.filter((n) => !FIRST.includes(n))
    ];
    // Ids first, so that a reference to a record loaded later is rewritten too.
    for (const name of order) {
      const describe = this.org.schema.object(name);
      if (describe) for (const row of records[name]) this.assignId(describe, row);
    }
    for (const name of order) {
      const describe = this.org.schema.object(name);
      if (describe) for (const row of records[name]) this.put(describe, row);
    }
    this.addMissingAggregates();
  }

  private existing(object: string, match: (r: StoredRecord) => boolean): StoredRecord | undefined {
    for (const row of this.org.store.rows(object)) if (match(row)) return row;
    return undefined;
  }

  /** The baseline record this snapshot record is, if any. */
  private baselineMatch(
    describe: ObjectDescribe,
    row: Record<string, unknown>
  ): StoredRecord | undefined {
    const is = (field: string) => (r: StoredRecord) => r.get(field.toLowerCase()) === row[field];
    switch (describe.name) {
      case 'UserLicense':
      case 'Profile':
        return this.existing(describe.name, is('Name'));
      case 'CustomPermission':
        return this.existing(describe.name, (r) => is('DeveloperName')(r) && !row.NamespacePrefix);
      case 'PermissionSet': {
        if (row.IsOwnedByProfile === true) {
          const profileId = this.mapped(row.ProfileId);
          return this.existing(
            'PermissionSet',
            (r) => r.get('isownedbyprofile') === true && r.get('profileid') === profileId
          );
        }
        return this.existing(
          'PermissionSet',
          (r) => is('Name')(r) && r.get('type') !== 'Group' && !row.NamespacePrefix
        );
      }
      default:
        return undefined;
    }
  }

  private assignId(describe: ObjectDescribe, row: Record<string, unknown>): void {
    const own = typeof row.Id === 'string' ? toId18(row.Id) : null;
    const match = this.baselineMatch(describe, row);
    let id = match ? String(match.get('id')) : own;
    // An Id of another object's key prefix would not be found by Id: the org gives a new one.
    if (id === null || id.slice(0, 3) !== describe.keyPrefix) id = this.org.newId(describe.name);
    if (own) this.ids.set(own, id);
    else (row as { $id?: string }).$id = id; // rows without an Id (TwoFactorMethodsInfo)
  }

  private mapped(value: unknown): ApexValue {
    if (typeof value !== 'string') return (value ?? null) as ApexValue;
    const id = toId18(value);
    return id === null ? value : (this.ids.get(id) ?? id);
  }

  private put(describe: ObjectDescribe, row: Record<string, unknown>): void {
    const own = typeof row.Id === 'string' ? toId18(row.Id) : null;
    const id = own ? this.ids.get(own)! : (row as { $id?: string }).$id!;
    const fields: Record<string, ApexValue> = {};
    const current = this.org.store.byId(id);
    if (current) for (const [k, v] of current.record) fields[k] = v;
    else this.defaults(describe, fields);
    for (const [name, value] of Object.entries(row)) {
      const field = describe.fields.get(name.toLowerCase());
      if (!field || name === 'Id') continue;
      fields[field.name.toLowerCase()] = this.value(field.type, value);
    }
    if (describe.name === 'User') this.userNames(fields);
    // A SetupEntityAccess the baseline already has (the deployed set's custom permission).
    if (describe.name === 'SetupEntityAccess' && !current && this.duplicateAccess(fields)) return;
    fields.id = id;
    this.org.store.load(describe.name, fields);
  }

  private value(type: string, value: unknown): ApexValue {
    if (value === null || value === undefined) return null;
    if (type === 'id' || type === 'reference') return this.mapped(value);
    if (typeof value !== 'string') return value as ApexValue;
    if (type === 'datetime') return parseJsonDatetime(value);
    if (type === 'date') {
      const [y, m, d] = value.slice(0, 10).split('-').map(Number);
      return new ApexDate(y, m, d);
    }
    return value;
  }

  /** A new row's values before the snapshot's: audit fields at the capture, booleans false. */
  private defaults(describe: ObjectDescribe, fields: Record<string, ApexValue>): void {
    for (const field of describe.fields.values()) {
      if (field.type === 'boolean') fields[field.name.toLowerCase()] = false;
    }
    for (const name of ['createddate', 'lastmodifieddate', 'systemmodstamp'])
      if (describe.fields.has(name)) fields[name] = new ApexDatetime(this.capturedAt);
    if (describe.name === 'User')
      for (const [name, value] of Object.entries(USER_DEFAULTS)) fields[name.toLowerCase()] = value;
  }

  /** First and last name, alias and email from what the snapshot has (Name, Username). */
  private userNames(fields: Record<string, ApexValue>): void {
    const name = String(fields.name ?? fields.username ?? '');
    const space = name.lastIndexOf(' ');
    fields.firstname ??= space > 0 ? name.slice(0, space) : null;
    fields.lastname ??= space > 0 ? name.slice(space + 1) : name;
    fields.alias ??= name.replace(/\s+/g, '').slice(0, 8);
    fields.email ??= fields.username ?? null;
  }

  private duplicateAccess(fields: Record<string, ApexValue>): boolean {
    return (
      this.existing(
        'SetupEntityAccess',
        (r) =>
          r.get('parentid') === fields.parentid && r.get('setupentityid') === fields.setupentityid
      ) !== undefined
    );
  }

  /** A group the snapshot gave no aggregate set gets one, calculated from its components. */
  private addMissingAggregates(): void {
    const store = this.org.store;
    const effects = {
      store,
      schema: this.org.schema,
      createRow: (objectName: string, values: Map<string, ApexValue>) => {
        const id = this.org.newId(objectName);
        store.load(objectName, { ...Object.fromEntries(values), id });
        return id;
      },
      editRow: (id: string, edit: (record: StoredRecord) => void) => {
        const row = store.byId(id)!;
        const record = copyRecord(row.record);
        edit(record);
        store.load(row.object, Object.fromEntries(record));
      }
    };
    const missing = [...store.rows('PermissionSetGroup')].filter(
      (g) => !aggregateSetOf(store, g.get('id') ?? null)
    );
    for (const group of missing) createAggregateSet(effects, group);
    calculateGroups(
      effects,
      missing.map((g) => String(g.get('id')))
    );
  }
}
