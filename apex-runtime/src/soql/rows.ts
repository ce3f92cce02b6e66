// Reading stored rows for a query: values along relationship paths (each parent looked up once
// per query by Id), and the result records, new SObjectValues holding only what was selected
// (plus Id), parents nested as SObjectValues (null when the lookup is empty).
import type { PlatformContext, StoredRecord } from '../platform/contracts';
import { SObjectValue, type ApexValue } from '../values';
import type { ResolvedField } from './resolve';

/** Lookups whose relationship has one SObject type though the Id may point elsewhere. */
const SINGLE_TYPE_RELATIONSHIPS = new Set(['permissionsetgroupcomponent.permissionsetid']);

interface Found {
  object: string;
  record: StoredRecord;
}

export class RowReader {
  private readonly parents = new Map<string, Found | null>();

  constructor(private readonly platform: PlatformContext) {}

  lookup(id: string): Found | null {
    let found = this.parents.get(id);
    if (found === undefined) {
      const hit = this.platform.store.byId(id);
      found = hit
        ? {
            object: this.platform.schema.object(hit.object)?.name ?? hit.object,
            record: hit.record
          }
        : null;
      this.parents.set(id, found);
    }
    return found;
  }

  /** The value of a (possibly dotted) field on a row; null when a lookup on the way is empty. */
  valueAt(row: StoredRecord, resolved: ResolvedField): ApexValue {
    let current = row;
    for (const hop of resolved.hops) {
      const id = current.get(hop.field.name.toLowerCase());
      if (typeof id !== 'string') return null;
      const parent = this.lookup(id);
      if (!parent || !this.fits(parent, resolved, resolved.hops.indexOf(hop))) return null;
      current = parent.record;
    }
    return current.get(resolved.field.name.toLowerCase()) ?? null;
  }

  /**
   * Whether a parent can stand at this point of the path. A lookup that may hold another
   * object's Id while its relationship is typed to one object
   * (PermissionSetGroupComponent.PermissionSetId holds a permission set's or the group's muting
   * set's Id; its relationship PermissionSet is a PermissionSet) reads as null for a parent of
   * the other kind. A polymorphic relationship (Owner: User or Group) takes any of its targets.
   */
  private fits(parent: Found, field: ResolvedField, hop: number): boolean {
    const reference = field.hops[hop].field;
    const key = `${field.hops[hop].from.name}.${reference.name}`.toLowerCase();
    if (SINGLE_TYPE_RELATIONSHIPS.has(key)) return parent.object === reference.referenceTo[0];
    return true;
  }

  /** A result record of `objectName` with the selected fields (Id always). */
  project(row: StoredRecord, objectName: string, fields: ResolvedField[]): SObjectValue {
    const record = new SObjectValue(objectName);
    for (const field of fields) this.place(record, row, field, 0);
    if (!record.fields.has('id')) record.set('id', row.get('id') ?? null);
    return record;
  }

  private place(target: SObjectValue, row: StoredRecord, field: ResolvedField, hop: number): void {
    if (hop === field.hops.length) {
      target.fields.set(
        field.field.name.toLowerCase(),
        row.get(field.field.name.toLowerCase()) ?? null
      );
      return;
    }
    const reference = field.hops[hop].field;
    const key = (reference.relationshipName ?? reference.name).toLowerCase();
    const existing = target.fields.get(key);
    if (existing === null) return;
    if (existing instanceof SObjectValue) {
      const parent = this.lookup(String(existing.get('id')));
      if (parent) this.place(existing, parent.record, field, hop + 1);
      return;
    }
    const id = row.get(reference.name.toLowerCase());
    const parent = typeof id === 'string' ? this.lookup(id) : null;
    if (!parent || !this.fits(parent, field, hop)) {
      target.fields.set(key, null);
      return;
    }
    const nested = new SObjectValue(
      parent.object,
      new Map([['id', parent.record.get('id') ?? null]])
    );
    target.fields.set(key, nested);
    this.place(nested, parent.record, field, hop + 1);
  }
}
