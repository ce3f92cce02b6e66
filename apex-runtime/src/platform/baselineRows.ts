// Building baseline rows against the org's schema: Ids with the object's key prefix, only the
// fields the schema describes (an org without a field has no value for it), Booleans false
// unless set (a Boolean field is never null on the platform), and the audit fields.
import { toId18 } from '../equality';
import { ApexDatetime, type ApexValue } from '../values';
import type { ObjectAccess } from './baselineProfiles';
import type { ObjectDescribe, Schema } from './contracts';

/** The deploy that installs the project would fail: no test could run in that org. */
export class DeployError extends Error {
  constructor(message: string) {
    super(`deploy failed: ${message}`);
    this.name = 'DeployError';
  }
}

export interface BaselineRecord {
  object: string;
  fields: Record<string, ApexValue>;
}

/**
 * Characters 4–6 of every baseline Id ('Dx0'): the store's own Ids must use other characters
 * there so that the two never collide.
 */
export const BASELINE_ID_MARKER = 'Dx0';

/** The 18-character Id of the n-th (1-based) baseline record with this key prefix. */
export function baselineId(keyPrefix: string, n: number): string {
  const id = toId18(`${keyPrefix}${BASELINE_ID_MARKER}${String(n).padStart(9, '0')}`);
  if (id === null) throw new Error(`baseline: bad key prefix '${keyPrefix}'`);
  return id;
}

const AUDIT_DATE_FIELDS = ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'];
const AUDIT_USER_FIELDS = ['CreatedById', 'LastModifiedById'];

export class BaselineRows {
  readonly records: BaselineRecord[] = [];
  private readonly counters = new Map<string, number>();

  constructor(
    readonly schema: Schema,
    /** The admin user's Id, who created every baseline record. */
    readonly creatorId: string,
    /** Milliseconds of the org's creation; each record is one second after the previous. */
    private clock: number
  ) {}

  describe(objectName: string): ObjectDescribe | undefined {
    return this.schema.object(objectName);
  }

  has(objectName: string): boolean {
    return this.describe(objectName) !== undefined;
  }

  /** The Id the next record of the object will get (without adding it). */
  nextId(objectName: string): string | null {
    const describe = this.describe(objectName);
    if (!describe) return null;
    return baselineId(describe.keyPrefix, (this.counters.get(describe.name) ?? 0) + 1);
  }

  /**
   * Adds a record; returns its Id, or null when the org has no such object. Fields the schema
   * lacks are left out.
   */
  add(objectName: string, values: Record<string, ApexValue>): string | null {
    const describe = this.describe(objectName);
    if (!describe) return null;
    const n = (this.counters.get(describe.name) ?? 0) + 1;
    this.counters.set(describe.name, n);
    const id = baselineId(describe.keyPrefix, n);
    const fields: Record<string, ApexValue> = {};
    const put = (name: string, value: ApexValue) => {
      const field = describe.fields.get(name.toLowerCase());
      if (field) fields[field.name] = value;
    };
    put('Id', id);
    for (const name of AUDIT_DATE_FIELDS) put(name, new ApexDatetime(this.clock));
    for (const name of AUDIT_USER_FIELDS) put(name, this.creatorId);
    put('IsDeleted', false);
    for (const [name, value] of Object.entries(values)) put(name, value);
    for (const field of describe.fields.values()) {
      if (field.type === 'boolean' && !(field.name in fields)) fields[field.name] = false;
    }
    this.clock += 1000;
    this.records.push({ object: describe.name, fields });
    return id;
  }

  /** API names of the object's user-permission fields (Permissions*, Boolean). */
  permissionFields(objectName: string): string[] {
    const describe = this.describe(objectName);
    if (!describe) return [];
    return [...describe.fields.values()]
      .filter((f) => f.type === 'boolean' && /^permissions/i.test(f.name))
      .map((f) => f.name);
  }

  /**
   * The Permissions* values for an object: every permission field of its describe, true for
   * the granted Metadata API names. Throws for a granted name the schema lacks when `strict`
   * (a deployed permission set naming an unknown permission fails the deploy).
   */
  permissionValues(
    objectName: string,
    granted: readonly string[],
    strict = false
  ): Record<string, boolean> {
    const fields = this.permissionFields(objectName);
    const byLower = new Map(fields.map((f) => [f.toLowerCase(), f]));
    const values: Record<string, boolean> = Object.fromEntries(fields.map((f) => [f, false]));
    for (const name of granted) {
      const field = byLower.get(`permissions${name}`.toLowerCase());
      if (field) values[field] = true;
      else if (strict) throw new DeployError(`unknown user permission '${name}' on ${objectName}`);
    }
    return values;
  }

  /** An ObjectPermissions row of a permission set. */
  addObjectPermission(parentId: string, objectName: string, level: ObjectAccess): void {
    this.add('ObjectPermissions', {
      ParentId: parentId,
      SobjectType: objectName,
      PermissionsRead: level.read,
      PermissionsCreate: level.create,
      PermissionsEdit: level.edit,
      PermissionsDelete: level.delete,
      PermissionsViewAllRecords: level.viewAll,
      PermissionsModifyAllRecords: level.modifyAll
    });
  }
}
