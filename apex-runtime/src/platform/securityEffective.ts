// A user's effective access, computed from the org's records as the platform does (Salesforce
// Help: "Permission Sets", "Permission Set Groups", "Muting Permission Sets"; Object Reference:
// PermissionSetAssignment, SessionPermSetActivation, ObjectPermissions, FieldPermissions,
// SetupEntityAccess):
// - the profile's own permission set, plus each assigned set in effect: not expired
//   (ExpirationDate in the future or null), not revoked, and, for a session-based set
//   (HasActivationRequired), only while activated (a SessionPermSetActivation row);
// - a group assignment grants the group's aggregate permission set as last calculated
//   (Type 'Group'): muting is already applied there, and a group that is not 'Updated' still
//   grants its last aggregate; session-based members need no activation inside a group;
// - an inactive user has no access at all.
import { toId18 } from '../equality';
import { ApexDatetime, type ApexValue } from '../values';
import type { RecordStore, Schema, StoredRecord } from './contracts';

/** The store's rows of an object, none when the org has no such object. */
export type RowsOf = (objectName: string) => Iterable<StoredRecord>;

export function rowsReader(schema: Schema, store: RecordStore): RowsOf {
  return (objectName) => {
    const describe = schema.object(objectName);
    return describe ? store.rows(describe.name) : [];
  };
}

export interface ObjectGrant {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export interface FieldGrant {
  read: boolean;
  edit: boolean;
}

export interface EffectiveAccess {
  userId: string;
  active: boolean;
  profileId: string | null;
  /** 18-character Ids of every permission set in effect (the profile's own first). */
  permissionSetIds: string[];
  /** Lower-case Permissions* field names true on any set in effect. */
  userPermissions: Set<string>;
  /** 18-character CustomPermission Ids granted through SetupEntityAccess. */
  customPermissionIds: Set<string>;
  /** Lower-case object name → merged ObjectPermissions. */
  objects: Map<string, ObjectGrant>;
  /** Lower-case 'object.field' → merged FieldPermissions. */
  fields: Map<string, FieldGrant>;
}

/** Permissions the platform always turns on with another (a permission's dependencies). */
const IMPLIED: Readonly<Record<string, readonly string[]>> = {
  permissionsmodifyalldata: ['permissionsviewalldata']
};

export function id18(value: ApexValue): string | null {
  return typeof value === 'string' ? toId18(value) : null;
}

function sameId(a: ApexValue, b: string | null): boolean {
  return b !== null && id18(a) === b;
}

export function noAccess(userId: string): EffectiveAccess {
  return {
    userId,
    active: false,
    profileId: null,
    permissionSetIds: [],
    userPermissions: new Set(),
    customPermissionIds: new Set(),
    objects: new Map(),
    fields: new Map()
  };
}

export function computeEffectiveAccess(
  store: RecordStore,
  rows: RowsOf,
  userIdInput: string,
  now: number
): EffectiveAccess {
  const userId = toId18(userIdInput) ?? userIdInput;
  const found = store.byId(userId);
  if (!found || found.object.toLowerCase() !== 'user') return noAccess(userId);
  const user = found.record;
  if (user.get('isactive') !== true) return noAccess(userId);
  const profileId = id18(user.get('profileid') ?? null);
  const setIds = new Set<string>();
  for (const set of rows('PermissionSet')) {
    if (set.get('isownedbyprofile') === true && sameId(set.get('profileid') ?? null, profileId)) {
      const id = id18(set.get('id') ?? null);
      if (id) setIds.add(id);
    }
  }
  const activations = activationsOf(rows, userId);
  for (const assignment of rows('PermissionSetAssignment')) {
    if (!sameId(assignment.get('assigneeid') ?? null, userId)) continue;
    if (!inEffect(assignment, now)) continue;
    const granted = grantedSet(store, rows, assignment, activations);
    if (granted) setIds.add(granted);
  }
  return gatherGrants(store, rows, userId, profileId, [...setIds]);
}

function inEffect(assignment: StoredRecord, now: number): boolean {
  if (assignment.get('isrevoked') === true) return false;
  const expires = assignment.get('expirationdate') ?? null;
  return !(expires instanceof ApexDatetime && expires.millis <= now);
}

interface Activations {
  setIds: Set<string>;
  groupIds: Set<string>;
}

function activationsOf(rows: RowsOf, userId: string): Activations {
  const activations: Activations = { setIds: new Set(), groupIds: new Set() };
  for (const row of rows('SessionPermSetActivation')) {
    if (!sameId(row.get('userid') ?? null, userId)) continue;
    const setId = id18(row.get('permissionsetid') ?? null);
    const groupId = id18(row.get('permissionsetgroupid') ?? null);
    if (setId) activations.setIds.add(setId);
    if (groupId) activations.groupIds.add(groupId);
  }
  return activations;
}

/** The permission set an assignment in effect grants, or null. */
function grantedSet(
  store: RecordStore,
  rows: RowsOf,
  assignment: StoredRecord,
  activations: Activations
): string | null {
  const groupId = id18(assignment.get('permissionsetgroupid') ?? null);
  if (groupId) {
    const group = store.byId(groupId)?.record;
    if (!group) return null;
    if (group.get('hasactivationrequired') === true && !activations.groupIds.has(groupId))
      return null;
    return aggregateSetOf(store, rows, groupId, id18(assignment.get('permissionsetid') ?? null));
  }
  const setId = id18(assignment.get('permissionsetid') ?? null);
  const set = setId ? store.byId(setId)?.record : undefined;
  if (!setId || !set) return null;
  if (set.get('hasactivationrequired') === true && !activations.setIds.has(setId)) return null;
  return setId;
}

/** The group's aggregate permission set: the one the assignment names, or the group's own. */
function aggregateSetOf(
  store: RecordStore,
  rows: RowsOf,
  groupId: string,
  named: string | null
): string | null {
  if (named) {
    const set = store.byId(named)?.record;
    if (set && sameId(set.get('permissionsetgroupid') ?? null, groupId)) return named;
  }
  for (const set of rows('PermissionSet')) {
    if (sameId(set.get('permissionsetgroupid') ?? null, groupId)) {
      return id18(set.get('id') ?? null);
    }
  }
  return null; // never calculated: grants nothing yet
}

function gatherGrants(
  store: RecordStore,
  rows: RowsOf,
  userId: string,
  profileId: string | null,
  permissionSetIds: string[]
): EffectiveAccess {
  const access: EffectiveAccess = { ...noAccess(userId), active: true, profileId };
  access.permissionSetIds = permissionSetIds;
  const inSets = new Set(permissionSetIds);
  for (const setId of permissionSetIds) {
    const set = store.byId(setId)?.record;
    if (!set) continue;
    for (const [field, value] of set) {
      if (value === true && field.startsWith('permissions')) {
        access.userPermissions.add(field);
        for (const implied of IMPLIED[field] ?? []) access.userPermissions.add(implied);
      }
    }
  }
  const parentIn = (row: StoredRecord) => inSets.has(id18(row.get('parentid') ?? null) ?? '');
  for (const row of rows('SetupEntityAccess')) {
    if (!parentIn(row)) continue;
    const entityId = id18(row.get('setupentityid') ?? null);
    if (entityId) access.customPermissionIds.add(entityId);
  }
  for (const row of rows('ObjectPermissions')) {
    if (!parentIn(row)) continue;
    const key = String(row.get('sobjecttype') ?? '').toLowerCase();
    const before = access.objects.get(key);
    const flag = (name: string, old: boolean | undefined) => old === true || row.get(name) === true;
    access.objects.set(key, {
      read: flag('permissionsread', before?.read),
      create: flag('permissionscreate', before?.create),
      edit: flag('permissionsedit', before?.edit),
      delete: flag('permissionsdelete', before?.delete),
      viewAll: flag('permissionsviewallrecords', before?.viewAll),
      modifyAll: flag('permissionsmodifyallrecords', before?.modifyAll)
    });
  }
  for (const row of rows('FieldPermissions')) {
    if (!parentIn(row)) continue;
    const key = String(row.get('field') ?? '').toLowerCase();
    const before = access.fields.get(key);
    access.fields.set(key, {
      read: before?.read === true || row.get('permissionsread') === true,
      edit: before?.edit === true || row.get('permissionsedit') === true
    });
  }
  return access;
}
