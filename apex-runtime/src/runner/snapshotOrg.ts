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
import { calculateGroups, createAggregateSet } from '../platform/setupRulesGroups';
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
  const kept = orgBaseline(baseline, snapshot.records);
  const org = new Org(schema, kept, interpreter, startTime);
  const capturedAt = snapshot.capturedAt ? Date.parse(snapshot.capturedAt) : startTime;
  new SnapshotLoader(org, Number.isFinite(capturedAt) ? capturedAt : startTime).load(
    snapshot.records
  );
  return org;
}

/**
 * An Id's first 15 characters, or null for what is not an Id. A snapshot written by hand (the
 * benchmark's) may carry an 18-character Id whose last three are not its checksum: Apex would
 * refuse it (Id.valueOf), so the org keeps the Id's correct 18-character form.
 */
function idKey(value: unknown): string | null {
  if (typeof value !== 'string' || (value.length !== 15 && value.length !== 18)) return null;
  const key = value.slice(0, 15);
  return toId18(key) === null ? null : key;
}

/** First and last name, alias and email from what the snapshot has (Name, Username). */
function userNames(fields: StoredRecord): void {
  const name = String(fields.get('name') ?? fields.get('username') ?? '');
  const space = name.lastIndexOf(' ');
  const fill = (field: string, value: ApexValue) => {
    if ((fields.get(field) ?? null) === null) fields.set(field, value);
  };
  fill('firstname', space > 0 ? name.slice(0, space) : null);
  fill('lastname', space > 0 ? name.slice(space + 1) : name);
  fill('alias', name.replace(/\s+/g, '').slice(0, 8));
  fill('email', fields.get('username') ?? null);
}

/**
 * The baseline records the snapshot's org has: not the scratch org's admin, nor (when the
 * snapshot lists licences and profiles) a licence or profile the snapshot's org lacks, with the
 * profile's own set and what hangs on that set. The deployed metadata stays.
 */
function orgBaseline(
  baseline: BaselineRecord[],
  records: SnapshotRecords['records']
): BaselineRecord[] {
  const adminId = baseline.find((r) => r.object === 'User')?.fields.Id;
  const named = (object: string) =>
    records[object] ? new Set(records[object].map((r) => r.Name)) : null;
  const licences = named('UserLicense');
  const profiles = named('Profile');
  const dropped = new Set<ApexValue>([adminId ?? null]);
  const drop = (r: BaselineRecord) => dropped.add(r.fields.Id);
  for (const r of baseline) {
    if (r.object === 'UserLicense' && licences && !licences.has(r.fields.Name)) drop(r);
    if (r.object === 'Profile' && profiles && !profiles.has(r.fields.Name)) drop(r);
  }
  for (const r of baseline)
    if (r.object === 'PermissionSet' && dropped.has(r.fields.ProfileId ?? null)) drop(r);
  const refersToDropped = (r: BaselineRecord) =>
    ['AssigneeId', 'ParentId', 'PermissionSetId'].some((f) => dropped.has(r.fields[f] ?? null));
  return baseline.filter((r) => !dropped.has(r.fields.Id) && !refersToDropped(r));
}

class SnapshotLoader {
  /** Snapshot Id (its first 15 characters) → the Id it has in this org. */
  private readonly ids = new Map<string, string>();
  private index: Map<string, StoredRecord> | null = null;
  private readonly templates = new Map<string, StoredRecord>();

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

  /** The baseline's records a snapshot record may be, by what identifies them (built once). */
  private baselineIndex(): Map<string, StoredRecord> {
    if (this.index) return this.index;
    const index = new Map<string, StoredRecord>();
    const rows = (object: string) => this.org.store.rows(object);
    for (const r of rows('UserLicense')) index.set(`UserLicense|${String(r.get('name'))}`, r);
    for (const r of rows('Profile')) index.set(`Profile|${String(r.get('name'))}`, r);
    for (const r of rows('CustomPermission'))
      if (!r.get('namespaceprefix'))
        index.set(`CustomPermission|${String(r.get('developername'))}`, r);
    for (const r of rows('PermissionSet')) {
      if (r.get('isownedbyprofile') === true)
        index.set(`ProfileSet|${String(r.get('profileid'))}`, r);
      else if (r.get('type') !== 'Group' && !r.get('namespaceprefix'))
        index.set(`PermissionSet|${String(r.get('name'))}`, r);
    }
    for (const r of rows('SetupEntityAccess'))
      index.set(
        `SetupEntityAccess|${String(r.get('parentid'))}|${String(r.get('setupentityid'))}`,
        r
      );
    this.index = index;
    return index;
  }

  /** The baseline record this snapshot record is, if any. */
  private baselineMatch(
    describe: ObjectDescribe,
    row: Record<string, unknown>
  ): StoredRecord | undefined {
    const index = this.baselineIndex();
    switch (describe.name) {
      case 'UserLicense':
      case 'Profile':
        return index.get(`${describe.name}|${String(row.Name)}`);
      case 'CustomPermission':
        return row.NamespacePrefix
          ? undefined
          : index.get(`CustomPermission|${String(row.DeveloperName)}`);
      case 'PermissionSet':
        if (row.IsOwnedByProfile === true)
          return index.get(`ProfileSet|${String(this.mapped(row.ProfileId))}`);
        return row.NamespacePrefix || row.Type === 'Group'
          ? undefined
          : index.get(`PermissionSet|${String(row.Name)}`);
      default:
        return undefined;
    }
  }

  private assignId(describe: ObjectDescribe, row: Record<string, unknown>): void {
    const own = idKey(row.Id);
    const match = this.baselineMatch(describe, row);
    let id = match ? String(match.get('id')) : own === null ? null : toId18(own);
    // An Id of another object's key prefix would not be found by Id: the org gives a new one.
    if (id === null || id.slice(0, 3) !== describe.keyPrefix) id = this.org.newId(describe.name);
    if (own !== null) this.ids.set(own, id);
    else (row as { $id?: string }).$id = id; // rows without an Id (TwoFactorMethodsInfo)
  }

  private mapped(value: unknown): ApexValue {
    if (typeof value !== 'string') return (value ?? null) as ApexValue;
    const key = idKey(value);
    return key === null ? value : (this.ids.get(key) ?? toId18(key));
  }

  private put(describe: ObjectDescribe, row: Record<string, unknown>): void {
    const own = idKey(row.Id);
    const id = own !== null ? this.ids.get(own)! : (row as { $id?: string }).$id!;
    const current = this.org.store.byId(id);
    // A copy of a Map is much cheaper than filling hundreds of Boolean fields one by one.
    const fields: StoredRecord = current
      ? copyRecord(current.record)
      : new Map(this.defaults(describe));
    for (const [name, value] of Object.entries(row)) {
      const field = describe.fields.get(name.toLowerCase());
      if (!field || name === 'Id') continue;
      fields.set(field.name.toLowerCase(), this.value(field.type, value));
    }
    if (describe.name === 'User') userNames(fields);
    // A SetupEntityAccess the baseline already has (the deployed set's custom permission).
    if (describe.name === 'SetupEntityAccess' && !current && this.duplicateAccess(fields)) return;
    fields.set('id', id);
    this.org.store.loadRecord(describe.name, fields);
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
  private defaults(describe: ObjectDescribe): StoredRecord {
    let template = this.templates.get(describe.name);
    if (!template) {
      template = new Map();
      for (const field of describe.fields.values()) {
        if (field.type === 'boolean') template.set(field.name.toLowerCase(), false);
      }
      for (const name of ['createddate', 'lastmodifieddate', 'systemmodstamp'])
        if (describe.fields.has(name)) template.set(name, new ApexDatetime(this.capturedAt));
      if (describe.name === 'User')
        for (const [name, value] of Object.entries(USER_DEFAULTS))
          template.set(name.toLowerCase(), value);
      this.templates.set(describe.name, template);
    }
    return template;
  }

  private duplicateAccess(fields: StoredRecord): boolean {
    const key = `SetupEntityAccess|${String(fields.get('parentid'))}|${String(fields.get('setupentityid'))}`;
    return this.baselineIndex().has(key);
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
    const aggregated = new Set<ApexValue>();
    for (const set of store.rows('PermissionSet'))
      if (set.get('type') === 'Group') aggregated.add(set.get('permissionsetgroupid') ?? null);
    const missing = [...store.rows('PermissionSetGroup')].filter(
      (g) => !aggregated.has(g.get('id') ?? null)
    );
    for (const group of missing) createAggregateSet(effects, group);
    calculateGroups(
      effects,
      missing.map((g) => String(g.get('id')))
    );
  }
}
