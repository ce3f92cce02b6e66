// The stand-in for AccessFactsSelector: the same reads over the in-memory org, with the access
// rules the platform applies to a USER_MODE query. Records come back as Apex serializes them:
// API field names, `attributes`, null fields omitted, parent relationships as nested records
// when the query asked for them.
import type { InMemoryOrg, OrgRecord } from './org';
import { QueryException, sameId } from './platform';
import type { SObjectName } from './platform';

export type AccessLevel = 'USER_MODE' | 'SYSTEM_MODE';

export const USER_FIELDS = ['Id', 'Username', 'Name', 'IsActive', 'UserType', 'ProfileId'];
export const PERMISSION_SET_FIELDS = [
  'Id',
  'Name',
  'Label',
  'Type',
  'IsOwnedByProfile',
  'ProfileId',
  'PermissionSetGroupId',
  'IsCustom',
  'NamespacePrefix',
  'HasActivationRequired',
  'LicenseId'
];
export const ASSIGNMENT_FIELDS = [
  'Id',
  'AssigneeId',
  'PermissionSetId',
  'PermissionSetGroupId',
  'ExpirationDate',
  'IsActive'
];
export const GROUP_FIELDS = ['Id', 'DeveloperName', 'MasterLabel', 'Status'];
export const LOGIN_FIELDS = [
  'Id',
  'UserId',
  'LoginTime',
  'LoginType',
  'LoginSubType',
  'Status',
  'Application'
];
export const MAX_GRANTING_SETS = 10000;

/** Setup objects: a USER_MODE query needs one of the permissions in their special access rules. */
const SETUP_OBJECTS: ReadonlySet<SObjectName> = new Set<SObjectName>([
  'PermissionSet',
  'PermissionSetAssignment',
  'PermissionSetGroup',
  'PermissionSetGroupComponent',
  'MutingPermissionSet',
  'SetupEntityAccess',
  'CustomPermission'
]);
const SETUP_READ_PERMISSIONS = [
  'PermissionsViewSetup',
  'PermissionsAssignPermissionSets',
  'PermissionsManageProfilesPermissionsets'
];

export type ApexRecord = Record<string, unknown>;

/** An Apex-serialized record: the fields asked for (null omitted) plus `attributes`. */
export function serialize(
  sobject: string,
  record: OrgRecord,
  fields: readonly string[]
): ApexRecord {
  const out: ApexRecord = {
    attributes: { type: sobject, url: `/services/data/v65.0/sobjects/${sobject}/${record.Id}` }
  };
  for (const field of fields) {
    const value = record[field];
    if (value !== null && value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * The platform's own view of what a user holds right now: current assignments (not expired,
 * not inactive, not session-based), the profile's set always, groups by their aggregate.
 * Used for what the platform decides without asking Apex (object access, FeatureManagement).
 */
export function effectiveSets(org: InMemoryOrg, userId: string, now: Date): OrgRecord[] {
  const user = org.byId('User', userId);
  if (!user || user.IsActive !== true) return [];
  const sets: OrgRecord[] = [];
  const profileSet = org
    .whereId('PermissionSet', 'ProfileId', user.ProfileId as string)
    .find((s) => s.IsOwnedByProfile === true);
  if (profileSet) sets.push(profileSet);
  for (const a of org.whereId('PermissionSetAssignment', 'AssigneeId', userId)) {
    if (a.IsActive === false) continue;
    if (a.ExpirationDate && new Date(String(a.ExpirationDate)).getTime() <= now.getTime()) continue;
    const set = org.byId('PermissionSet', a.PermissionSetId as string);
    if (!set || set.HasActivationRequired === true || set === profileSet) continue;
    sets.push(set);
  }
  return sets;
}

export function userHasPermission(
  org: InMemoryOrg,
  userId: string,
  field: string,
  now: Date
): boolean {
  return effectiveSets(org, userId, now).some((s) => s[field] === true);
}

/** FeatureManagement.checkPermission: a custom permission through any current set or group member. */
export function userHasCustomPermission(
  org: InMemoryOrg,
  userId: string,
  developerName: string,
  now: Date
): boolean {
  const custom = org.all('CustomPermission').find((c) => c.DeveloperName === developerName);
  if (!custom) return false;
  const candidates = new Set<string>();
  for (const set of effectiveSets(org, userId, now)) {
    candidates.add(set.Id.slice(0, 15));
    if (set.Type === 'Group') {
      for (const c of org.whereId(
        'PermissionSetGroupComponent',
        'PermissionSetGroupId',
        set.PermissionSetGroupId as string
      )) {
        candidates.add(String(c.PermissionSetId).slice(0, 15));
      }
    }
  }
  return org
    .whereId('SetupEntityAccess', 'SetupEntityId', custom.Id)
    .some((e) => candidates.has(String(e.ParentId).slice(0, 15)));
}

export class Selector {
  constructor(
    private readonly org: InMemoryOrg,
    private readonly callerId: string,
    private readonly now: Date
  ) {}

  /** The check a USER_MODE query of this object gets (for queries written outside this class). */
  assertReadable(sobject: SObjectName): void {
    this.checkRead(sobject, 'USER_MODE');
  }

  /** A user with the profile and licence path, as the selectors' user pages return it. */
  userWithProfile(user: OrgRecord): ApexRecord {
    return { ...serialize('User', user, USER_FIELDS), ...this.profilePath(user) };
  }

  /** The platform's check before a USER_MODE query runs. */
  private checkRead(
    sobject: SObjectName,
    level: AccessLevel,
    subjectUserId: string | null = null
  ): void {
    if (level === 'SYSTEM_MODE') return;
    if (
      SETUP_OBJECTS.has(sobject) &&
      !SETUP_READ_PERMISSIONS.some((p) => userHasPermission(this.org, this.callerId, p, this.now))
    ) {
      // Unverified wording: the platform refuses a user-mode query of an object the user can't read.
      throw new QueryException(`sObject type '${sobject}' is not supported.`);
    }
    if (
      (sobject === 'LoginHistory' || sobject === 'AuthSession') &&
      !sameId(subjectUserId, this.callerId)
    ) {
      if (!userHasPermission(this.org, this.callerId, 'PermissionsManageUsers', this.now)) {
        throw new QueryException(`sObject type '${sobject}' is not supported.`);
      }
    }
  }

  private profilePath(user: OrgRecord): ApexRecord {
    const profile = this.org.byId('Profile', user.ProfileId as string);
    if (!profile) return {};
    const p = serialize('Profile', profile, ['Id', 'Name', 'UserLicenseId']);
    const license = this.org.byId('UserLicense', profile.UserLicenseId as string);
    if (license)
      p.UserLicense = serialize('UserLicense', license, ['Id', 'Name', 'LicenseDefinitionKey']);
    return { Profile: p };
  }

  private assignmentRow(
    a: OrgRecord,
    setFields: readonly string[] | null,
    withGroup: boolean
  ): ApexRecord {
    const row = serialize('PermissionSetAssignment', a, ASSIGNMENT_FIELDS);
    const set = this.org.byId('PermissionSet', a.PermissionSetId as string);
    if (setFields && set) row.PermissionSet = serialize('PermissionSet', set, setFields);
    const group = this.org.byId('PermissionSetGroup', a.PermissionSetGroupId as string);
    if (withGroup && group)
      row.PermissionSetGroup = serialize('PermissionSetGroup', group, GROUP_FIELDS);
    return row;
  }

  userWithAssignments(
    userId: string,
    setFields: readonly string[],
    level: AccessLevel
  ): ApexRecord | null {
    this.checkRead('User', level);
    this.checkRead('PermissionSetAssignment', level);
    const user = this.org.byId('User', userId);
    if (!user) return null;
    return {
      ...serialize('User', user, USER_FIELDS),
      ...this.profilePath(user),
      PermissionSetAssignments: this.org
        .whereId('PermissionSetAssignment', 'AssigneeId', userId)
        .map((a) => this.assignmentRow(a, setFields, true))
    };
  }

  /**
   * AccessFactsSelector.assigneeCounts: distinct active assignees (active user, assignment not
   * expired) per set, always in user mode; also the set owned by `profileId` when given (its Id
   * need not be known); sets without any are absent; no sets and no profile read nothing.
   */
  assigneeCounts(
    permissionSetIds: ReadonlySet<string>,
    profileId: string | null = null
  ): Map<string, number> {
    const counts = new Map<string, number>();
    if (permissionSetIds.size === 0 && profileId === null) return counts;
    this.checkRead('PermissionSetAssignment', 'USER_MODE');
    const wanted = new Map([...permissionSetIds].map((id) => [id.slice(0, 15), id]));
    if (profileId !== null) {
      for (const s of this.org.whereId('PermissionSet', 'ProfileId', profileId))
        if (s.IsOwnedByProfile === true && !wanted.has(s.Id.slice(0, 15)))
          wanted.set(s.Id.slice(0, 15), s.Id);
    }
    const holders = new Map<string, Set<string>>();
    for (const setId of wanted.values()) {
      for (const a of this.org.whereId('PermissionSetAssignment', 'PermissionSetId', setId)) {
        if (a.ExpirationDate && new Date(String(a.ExpirationDate)).getTime() <= this.now.getTime())
          continue;
        if (this.org.byId('User', a.AssigneeId as string)?.IsActive !== true) continue;
        const users = holders.get(setId) ?? new Set<string>();
        users.add(String(a.AssigneeId).slice(0, 15));
        holders.set(setId, users);
      }
    }
    for (const [setId, users] of holders) counts.set(setId, users.size);
    return counts;
  }

  userById(userId: string): ApexRecord | null {
    this.checkRead('User', 'USER_MODE');
    const user = this.org.byId('User', userId);
    return user ? serialize('User', user, USER_FIELDS) : null;
  }

  groupComponents(
    groupIds: ReadonlySet<string>,
    setFields: readonly string[],
    level: AccessLevel
  ): ApexRecord[] {
    if (groupIds.size === 0) return [];
    this.checkRead('PermissionSetGroupComponent', level);
    return this.uniqueKeys(groupIds)
      .flatMap((g) => this.org.whereId('PermissionSetGroupComponent', 'PermissionSetGroupId', g))
      .map((c) => this.componentRow(c, setFields));
  }

  private componentRow(c: OrgRecord, setFields: readonly string[]): ApexRecord {
    const row = serialize('PermissionSetGroupComponent', c, [
      'Id',
      'PermissionSetGroupId',
      'PermissionSetId'
    ]);
    // A muting set's Id is in PermissionSetId, but the PermissionSet relationship is null for it.
    const set = this.org.byId('PermissionSet', c.PermissionSetId as string);
    if (set) row.PermissionSet = serialize('PermissionSet', set, setFields);
    const group = this.org.byId('PermissionSetGroup', c.PermissionSetGroupId as string);
    if (group) row.PermissionSetGroup = serialize('PermissionSetGroup', group, GROUP_FIELDS);
    return row;
  }

  mutingSets(
    mutingIds: ReadonlySet<string>,
    permissionFields: readonly string[],
    level: AccessLevel
  ): ApexRecord[] {
    if (mutingIds.size === 0) return [];
    this.checkRead('MutingPermissionSet', level);
    return this.uniqueKeys(mutingIds)
      .map((id) => this.org.byId('MutingPermissionSet', id))
      .filter((m): m is OrgRecord => m !== null)
      .map((m) =>
        serialize('MutingPermissionSet', m, [
          'Id',
          'DeveloperName',
          'MasterLabel',
          ...permissionFields
        ])
      );
  }

  profileOwnedSets(
    profileIds: ReadonlySet<string>,
    setFields: readonly string[],
    level: AccessLevel
  ): ApexRecord[] {
    if (profileIds.size === 0) return [];
    this.checkRead('PermissionSet', level);
    return this.uniqueKeys(profileIds)
      .flatMap((p) => this.org.whereId('PermissionSet', 'ProfileId', p))
      .filter((s) => s.IsOwnedByProfile === true)
      .map((s) => serialize('PermissionSet', s, setFields));
  }

  mfaMethods(userId: string, methodFields: readonly string[]): ApexRecord[] {
    return this.org
      .whereId('TwoFactorMethodsInfo', 'UserId', userId)
      .slice(0, 1)
      .map((r) => {
        const row: ApexRecord = { attributes: { type: 'TwoFactorMethodsInfo' }, UserId: r.UserId };
        methodFields.forEach((f) => (row[f] = r[f] === true));
        return row;
      });
  }

  recentLogins(userId: string, maxRows: number): ApexRecord[] {
    this.checkRead('LoginHistory', 'USER_MODE', userId);
    return this.org
      .whereId('LoginHistory', 'UserId', userId)
      .sort((a, b) => String(b.LoginTime).localeCompare(String(a.LoginTime)))
      .slice(0, maxRows)
      .map((r) => serialize('LoginHistory', r, LOGIN_FIELDS));
  }

  openSessionCount(userId: string): number {
    this.checkRead('AuthSession', 'USER_MODE', userId);
    return this.org.whereId('AuthSession', 'UsersId', userId).length;
  }

  sessionsOf(userId: string, currentSessionId: string | null): ApexRecord[] {
    this.checkRead('AuthSession', 'USER_MODE', userId);
    return this.org.whereId('AuthSession', 'UsersId', userId).map((r) => ({
      ...serialize('AuthSession', r, ['Id', 'UsersId', 'SessionType']),
      IsCurrent: sameId(r.Id, currentSessionId)
    }));
  }

  currentAssignments(userId: string, setFields: readonly string[]): ApexRecord[] {
    this.checkRead('PermissionSetAssignment', 'USER_MODE');
    return this.org
      .whereId('PermissionSetAssignment', 'AssigneeId', userId)
      .filter(
        (a) =>
          !a.ExpirationDate || new Date(String(a.ExpirationDate)).getTime() > this.now.getTime()
      )
      .map((a) => this.assignmentRow(a, setFields, false));
  }

  assignmentById(assignmentId: string, setFields: readonly string[]): ApexRecord | null {
    this.checkRead('PermissionSetAssignment', 'USER_MODE');
    const a = this.org.byId('PermissionSetAssignment', assignmentId);
    if (!a) return null;
    const row = this.assignmentRow(a, setFields, true);
    const assignee = this.org.byId('User', a.AssigneeId as string);
    if (assignee) row.Assignee = serialize('User', assignee, ['Id', 'Username']);
    return row;
  }

  componentById(componentId: string, setFields: readonly string[]): ApexRecord | null {
    this.checkRead('PermissionSetGroupComponent', 'USER_MODE');
    const c = this.org.byId('PermissionSetGroupComponent', componentId);
    return c ? this.componentRow(c, setFields) : null;
  }

  setsGrantingCustomPermission(
    permissionSetIds: ReadonlySet<string>,
    customPermissionName: string
  ): Set<string> {
    const granting = new Set<string>();
    if (permissionSetIds.size === 0) return granting;
    this.checkRead('SetupEntityAccess', 'USER_MODE');
    const custom = this.org
      .all('CustomPermission')
      .filter((c) => c.DeveloperName === customPermissionName);
    for (const id of this.uniqueKeys(permissionSetIds)) {
      for (const e of this.org.whereId('SetupEntityAccess', 'ParentId', id)) {
        if (custom.some((c) => sameId(c.Id, e.SetupEntityId as string)))
          granting.add(String(e.ParentId));
      }
    }
    return granting;
  }

  setsGranting(permissionField: string, setFields: readonly string[]): ApexRecord[] {
    this.checkRead('PermissionSet', 'USER_MODE');
    return this.org
      .where('PermissionSet', (s) => s[permissionField] === true)
      .sort((a, b) => a.Id.localeCompare(b.Id))
      .slice(0, MAX_GRANTING_SETS)
      .map((s) => serialize('PermissionSet', s, setFields));
  }

  groupsContaining(memberSetIds: ReadonlySet<string>): Set<string> {
    const groupIds = new Set<string>();
    if (memberSetIds.size === 0) return groupIds;
    this.checkRead('PermissionSetGroupComponent', 'USER_MODE');
    for (const id of this.uniqueKeys(memberSetIds)) {
      for (const c of this.org.whereId('PermissionSetGroupComponent', 'PermissionSetId', id))
        groupIds.add(String(c.PermissionSetGroupId));
    }
    return groupIds;
  }

  /** The Ids of an IN clause, once each (an Id may come in its 15- and 18-character forms). */
  private uniqueKeys(ids: ReadonlySet<string>): string[] {
    return [...new Set([...ids].map((id) => id.slice(0, 15)))];
  }

  private userPage(users: OrgRecord[], afterUserId: string | null, maxRows: number): ApexRecord[] {
    return users
      .filter((u) => !afterUserId || u.Id.localeCompare(afterUserId) > 0)
      .sort((a, b) => a.Id.localeCompare(b.Id))
      .slice(0, maxRows)
      .map((u) => ({ ...serialize('User', u, USER_FIELDS), ...this.profilePath(u) }));
  }

  usersWithProfiles(
    profileIds: ReadonlySet<string>,
    afterUserId: string | null,
    maxRows: number
  ): ApexRecord[] {
    if (profileIds.size === 0) return [];
    return this.userPage(
      this.uniqueKeys(profileIds).flatMap((p) => this.org.whereId('User', 'ProfileId', p)),
      afterUserId,
      maxRows
    );
  }

  usersAssigned(
    permissionSetIds: ReadonlySet<string>,
    groupIds: ReadonlySet<string>,
    afterUserId: string | null,
    maxRows: number
  ): ApexRecord[] {
    if (permissionSetIds.size === 0 && groupIds.size === 0) return [];
    this.checkRead('PermissionSetAssignment', 'USER_MODE');
    const assignees = new Set(
      [
        ...this.uniqueKeys(permissionSetIds).flatMap((s) =>
          this.org.whereId('PermissionSetAssignment', 'PermissionSetId', s)
        ),
        ...this.uniqueKeys(groupIds).flatMap((g) =>
          this.org.whereId('PermissionSetAssignment', 'PermissionSetGroupId', g)
        )
      ].map((a) => String(a.AssigneeId).slice(0, 15))
    );
    return this.userPage(
      [...assignees]
        .map((id) => this.org.byId('User', id))
        .filter((u): u is OrgRecord => u !== null),
      afterUserId,
      maxRows
    );
  }

  assignmentsOfUsers(
    userIds: ReadonlySet<string>,
    permissionSetIds: ReadonlySet<string>,
    groupIds: ReadonlySet<string>
  ): ApexRecord[] {
    if (userIds.size === 0) return [];
    this.checkRead('PermissionSetAssignment', 'USER_MODE');
    const sets = new Set([...permissionSetIds].map((g) => g.slice(0, 15)));
    const groups = new Set([...groupIds].map((g) => g.slice(0, 15)));
    return this.uniqueKeys(userIds)
      .flatMap((u) => this.org.whereId('PermissionSetAssignment', 'AssigneeId', u))
      .filter(
        (a) =>
          sets.has(String(a.PermissionSetId).slice(0, 15)) ||
          (!!a.PermissionSetGroupId && groups.has(String(a.PermissionSetGroupId).slice(0, 15)))
      )
      .map((a) => this.assignmentRow(a, null, true));
  }
}
