// Ports of the app's Apex services (force-app/main/default/classes) over the in-memory org:
// AccessAuthority, AccessFactsService, MfaFactsService, OrgAccessService, AccessFixService,
// LockoutGuard, IdInput, WhyApiOnlyErrors, TrackedPermissions. Same rules, same Custom Label
// messages, same shapes; each function names the Apex it stands for. When the Apex changes,
// this file changes with it (the generated contract makes signature drift a type error).
import { TRACKED_PERMISSIONS } from '../../force-app/main/default/lwc/accessEngine/tracked';
import type { InMemoryOrg } from './org';
import {
  AuraHandledException,
  DmlException,
  Labels,
  QueryException,
  format,
  sameId,
  sobjectTypeOf,
  toId18
} from './platform';
import type { SObjectName } from './platform';
import {
  PERMISSION_SET_FIELDS,
  Selector,
  userHasCustomPermission,
  userHasPermission
} from './selector';
import type { AccessLevel, ApexRecord } from './selector';

/** One Apex transaction: who runs it, when, against which org. */
export interface Transaction {
  readonly org: InMemoryOrg;
  readonly labels: Labels;
  readonly callerId: string;
  readonly now: Date;
  /** The caller's current session (AuthSession Id), kept by endUserSessions. */
  readonly currentSessionId: string | null;
  readonly selector: Selector;
}

export function transaction(
  org: InMemoryOrg,
  labels: Labels,
  callerId: string,
  currentSessionId: string | null = null
): Transaction {
  const now = new Date();
  return {
    org,
    labels,
    callerId,
    now,
    currentSessionId,
    selector: new Selector(org, callerId, now)
  };
}

const isoNow = (tx: Transaction) => tx.now.toISOString();

// ---- WhyApiOnlyErrors ------------------------------------------------------------------------

export function errorOf(
  tx: Transaction,
  label: string,
  values: readonly unknown[] | null = null
): AuraHandledException {
  const template = tx.labels.get(label);
  return new AuraHandledException(values && values.length ? format(template, values) : template);
}

export function unexpected(tx: Transaction, cause: unknown): AuraHandledException {
  const message = cause instanceof Error ? cause.message : String(cause);
  return errorOf(tx, 'WhyApiOnly_Error_Unexpected', [message]);
}

// ---- TrackedPermissions ----------------------------------------------------------------------

// The same list as Apex TrackedPermissions.FIELD_NAMES (a unit test holds the two equal).
export const TRACKED_FIELDS: readonly string[] = TRACKED_PERMISSIONS;

export interface FieldDescription {
  fieldName: string;
  label: string;
  metadataName: string;
  available: boolean;
}

/** TrackedPermissions.describeAll: the snapshot's describe when it has one, else every field. */
export function describeAll(org: InMemoryOrg): FieldDescription[] {
  const described = new Map((org.permissionFields ?? []).map((f) => [f.fieldName, f]));
  const present = (field: string) => org.all('PermissionSet').some((s) => field in s);
  return TRACKED_FIELDS.map((fieldName) => {
    const d = described.get(fieldName);
    const metadataName = fieldName.slice('Permissions'.length);
    const available = d ? d.available : present(fieldName);
    return { fieldName, metadataName, available, label: d?.label ?? metadataName };
  });
}

export function availableFieldNames(org: InMemoryOrg): string[] {
  return describeAll(org)
    .filter((d) => d.available)
    .map((d) => d.fieldName);
}

function availableOnMuting(org: InMemoryOrg): string[] {
  const muting = org.all('MutingPermissionSet');
  return availableFieldNames(org).filter((f) => muting.length === 0 || muting.some((m) => f in m));
}

/** TrackedPermissions.labelOf: the describe label, for tracked and authority fields alike. */
export function labelOf(org: InMemoryOrg, field: string): string {
  const tracked = describeAll(org).find((d) => d.fieldName === field);
  if (tracked) return tracked.label;
  const others: Record<string, string> = {
    PermissionsViewSetup: 'View Setup and Configuration',
    PermissionsManageUsers: 'Manage Users',
    PermissionsAssignPermissionSets: 'Assign Permission Sets',
    PermissionsManageProfilesPermissionsets: 'Manage Profiles and Permission Sets'
  };
  return others[field] ?? field;
}

// ---- IdInput ---------------------------------------------------------------------------------

function parseId(tx: Transaction, value: string, expected: SObjectName, what: string): string {
  const parsed = toId18(value);
  const actual = parsed ? sobjectTypeOf(parsed) : null;
  if (!parsed) throw errorOf(tx, 'WhyApiOnly_Error_IdMalformed', [what, value]);
  if (actual !== expected) {
    throw errorOf(tx, 'WhyApiOnly_Error_IdWrongType', [
      what,
      expected,
      value,
      actual ?? 'unknown object'
    ]);
  }
  return parsed;
}

export function requireId(
  tx: Transaction,
  value: unknown,
  expected: SObjectName,
  what: string
): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw errorOf(tx, 'WhyApiOnly_Error_IdRequired', [what]);
  return parseId(tx, value.trim(), expected, what);
}

export function optionalId(
  tx: Transaction,
  value: unknown,
  expected: SObjectName,
  what: string
): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return null;
  return parseId(tx, String(value).trim(), expected, what);
}

// ---- AccessAuthority -------------------------------------------------------------------------

export const ADMIN_CUSTOM_PERMISSION = 'Why_API_Only_Admin';
export const VIEW_SETUP = 'PermissionsViewSetup';
export const MANAGE_USERS = 'PermissionsManageUsers';
export const ASSIGN_PERMISSION_SETS = 'PermissionsAssignPermissionSets';
export const MANAGE_PERMISSION_SETS = 'PermissionsManageProfilesPermissionsets';
export const AUTHORITY_FIELDS = [
  VIEW_SETUP,
  MANAGE_USERS,
  ASSIGN_PERMISSION_SETS,
  MANAGE_PERMISSION_SETS
];

export class Authority {
  private permissions: Set<string> | null = null;

  constructor(private readonly tx: Transaction) {}

  isCaller(userId: string | null | undefined): boolean {
    return sameId(userId, this.tx.callerId);
  }

  hasAdminCustomPermission(): boolean {
    return userHasCustomPermission(
      this.tx.org,
      this.tx.callerId,
      ADMIN_CUSTOM_PERMISSION,
      this.tx.now
    );
  }

  hasUserPermission(field: string): boolean {
    if (!this.permissions) this.permissions = this.readPermissions();
    return this.permissions.has(field);
  }

  canViewOthers(): boolean {
    return (
      this.hasAdminCustomPermission() ||
      (this.hasUserPermission(VIEW_SETUP) && this.hasUserPermission(MANAGE_USERS))
    );
  }

  readAccessFor(userId: string): AccessLevel {
    if (this.isCaller(userId)) return 'SYSTEM_MODE';
    this.requireViewer();
    return 'USER_MODE';
  }

  roleFor(userId: string): string {
    return this.isCaller(userId) ? 'self' : 'viewer';
  }

  requireViewer(): void {
    if (!this.canViewOthers()) throw errorOf(this.tx, 'WhyApiOnly_Error_NotAllowed');
  }

  requireMayActOn(userId: string): void {
    if (!this.isCaller(userId)) this.requireViewer();
  }

  requireUserPermission(field: string): void {
    if (!this.hasUserPermission(field))
      throw errorOf(this.tx, 'WhyApiOnly_Error_MissingPermission', [labelOf(this.tx.org, field)]);
  }

  private readPermissions(): Set<string> {
    const granted = new Set<string>();
    let assignments: ApexRecord[];
    try {
      assignments = this.tx.selector.currentAssignments(this.tx.callerId, [
        'HasActivationRequired',
        ...AUTHORITY_FIELDS
      ]);
    } catch (e) {
      if (e instanceof QueryException) return granted; // fail closed
      throw e;
    }
    for (const a of assignments) {
      const source = a.PermissionSet as ApexRecord | undefined;
      if (!source || source.HasActivationRequired === true) continue;
      AUTHORITY_FIELDS.filter((f) => source[f] === true).forEach((f) => granted.add(f));
    }
    return granted;
  }
}

// ---- AccessFactsService / MfaFactsService ----------------------------------------------------

export function permissionSetFields(org: InMemoryOrg): string[] {
  return [...PERMISSION_SET_FIELDS, ...availableFieldNames(org)];
}

/** Drops relationship objects, as SObjectRows.plain does. */
function plain(rows: readonly ApexRecord[]): ApexRecord[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).filter(
        ([k, v]) => k === 'attributes' || v === null || typeof v !== 'object'
      )
    )
  );
}

function isMutingSet(id: unknown): boolean {
  return typeof id === 'string' && sobjectTypeOf(id) === 'MutingPermissionSet';
}

export interface Facts {
  users: ApexRecord[];
  profiles: ApexRecord[];
  userLicenses: ApexRecord[];
  permissionSets: ApexRecord[];
  permissionSetAssignments: ApexRecord[];
  permissionSetGroups: ApexRecord[];
  permissionSetGroupComponents: ApexRecord[];
  mutingPermissionSets: ApexRecord[];
  permissionFields: FieldDescription[];
  mfa?: MfaFacts;
  subjectUserId?: string;
  viewerRole: string;
  capturedAt: string;
}

function emptyFacts(tx: Transaction, viewerRole: string): Facts {
  return {
    users: [],
    profiles: [],
    userLicenses: [],
    permissionSets: [],
    permissionSetAssignments: [],
    permissionSetGroups: [],
    permissionSetGroupComponents: [],
    mutingPermissionSets: [],
    permissionFields: describeAll(tx.org),
    viewerRole,
    capturedAt: isoNow(tx)
  };
}

function addProfile(facts: Facts, subject: ApexRecord): void {
  const profile = subject.Profile as ApexRecord | undefined;
  if (!profile || facts.profiles.some((p) => p.Id === profile.Id)) return;
  facts.profiles.push(...plain([profile]));
  if (profile.UserLicense) facts.userLicenses.push(profile.UserLicense as ApexRecord);
}

export function factsForUser(tx: Transaction, userId: string): Facts {
  const authority = new Authority(tx);
  const level = authority.readAccessFor(userId);
  const selector = tx.selector;
  const setFields = permissionSetFields(tx.org);
  const subject = selector.userWithAssignments(userId, setFields, level);
  if (!subject) throw errorOf(tx, 'WhyApiOnly_Error_UserNotFound', [userId]);

  const sets = new Map<string, ApexRecord>();
  const groups = new Map<string, ApexRecord>();
  const groupIds = new Set<string>();
  const assignments = subject.PermissionSetAssignments as ApexRecord[];
  for (const a of assignments) {
    const set = a.PermissionSet as ApexRecord | undefined;
    if (set) {
      sets.set(String(set.Id), set);
      if (set.PermissionSetGroupId) groupIds.add(String(set.PermissionSetGroupId));
    }
    if (a.PermissionSetGroupId) groupIds.add(String(a.PermissionSetGroupId));
    if (a.PermissionSetGroup)
      groups.set(String(a.PermissionSetGroupId), a.PermissionSetGroup as ApexRecord);
  }
  const components = selector.groupComponents(groupIds, setFields, level);
  const mutingIds = new Set<string>();
  for (const c of components) {
    if (c.PermissionSet) sets.set(String(c.PermissionSetId), c.PermissionSet as ApexRecord);
    else if (isMutingSet(c.PermissionSetId)) mutingIds.add(String(c.PermissionSetId));
    if (c.PermissionSetGroup)
      groups.set(String(c.PermissionSetGroupId), c.PermissionSetGroup as ApexRecord);
  }
  const hasProfileSet = [...sets.values()].some(
    (s) => s.IsOwnedByProfile === true && sameId(s.ProfileId as string, subject.ProfileId as string)
  );
  if (!hasProfileSet) {
    for (const s of selector.profileOwnedSets(
      new Set([String(subject.ProfileId)]),
      setFields,
      level
    ))
      sets.set(String(s.Id), s);
  }

  const facts = emptyFacts(tx, authority.roleFor(userId));
  facts.subjectUserId = userId;
  facts.users = plain([subject]);
  addProfile(facts, subject);
  facts.permissionSets = [...sets.values()];
  facts.permissionSetAssignments = plain(assignments);
  facts.permissionSetGroups = [...groups.values()];
  facts.permissionSetGroupComponents = plain(components);
  facts.mutingPermissionSets = selector.mutingSets(mutingIds, availableOnMuting(tx.org), level);
  facts.mfa = mfaForUser(tx, userId);
  return facts;
}

/** AssigneeCounts: the blast radius counts of one user's facts (getAssigneeCounts). */
export interface AssigneeCounts {
  counts: Record<string, number>;
  visible: boolean;
  message?: string;
}

/**
 * AccessFactsService.assigneeCountsFor: distinct active assignees of the user's assigned sets,
 * the member sets of their groups and their profile-owned set (0 without any), the user's rows
 * read with the same authority as factsForUser, the counts in user mode; visible = false with a
 * message when the caller may not read them.
 */
export function assigneeCountsFor(tx: Transaction, userId: string): AssigneeCounts {
  const level = new Authority(tx).readAccessFor(userId);
  const selector = tx.selector;
  const idFields = ['Id', 'PermissionSetGroupId'];
  const subject = selector.userWithAssignments(userId, idFields, level);
  if (!subject) throw errorOf(tx, 'WhyApiOnly_Error_UserNotFound', [userId]);
  const setIds = new Set<string>();
  const groupIds = new Set<string>();
  for (const a of subject.PermissionSetAssignments as ApexRecord[]) {
    setIds.add(String(a.PermissionSetId));
    if (a.PermissionSetGroupId) groupIds.add(String(a.PermissionSetGroupId));
    const set = a.PermissionSet as ApexRecord | undefined;
    if (set?.PermissionSetGroupId) groupIds.add(String(set.PermissionSetGroupId));
  }
  for (const c of selector.groupComponents(groupIds, idFields, level)) {
    if (!isMutingSet(c.PermissionSetId)) setIds.add(String(c.PermissionSetId));
  }
  let counted: Map<string, number>;
  try {
    counted = selector.assigneeCounts(setIds, String(subject.ProfileId));
  } catch (error) {
    if (error instanceof QueryException) {
      return { counts: {}, visible: false, message: tx.labels.get('WhyApiOnly_Counts_NotVisible') };
    }
    throw error;
  }
  for (const id of counted.keys()) setIds.add(id);
  const counts: Record<string, number> = {};
  for (const id of setIds) counts[id] = counted.get(id) ?? 0;
  return { counts, visible: true };
}

export interface MfaFacts {
  methodsVisible: boolean;
  methodsMessage?: string;
  methods?: Record<string, boolean>;
  loginsVisible: boolean;
  loginsMessage?: string;
  recentLogins: ApexRecord[];
  sessionsVisible: boolean;
  sessionsMessage?: string;
  openSessionCount?: number;
}

const METHOD_FIELDS = [
  'HasTotp',
  'HasSalesforceAuthenticator',
  'HasSecurityKey',
  'HasBuiltInAuthenticator',
  'HasTempCode',
  'HasUserVerifiedMobileNumber',
  'HasUserVerifiedEmailAddress'
];
const STRONG_METHODS = new Set([
  'HasTotp',
  'HasSalesforceAuthenticator',
  'HasSecurityKey',
  'HasBuiltInAuthenticator'
]);

export function mfaForUser(tx: Transaction, userId: string): MfaFacts {
  const facts: MfaFacts = {
    methodsVisible: false,
    loginsVisible: false,
    recentLogins: [],
    sessionsVisible: false
  };
  // Describe: TwoFactorMethodsInfo is accessible only with "Manage Multi-Factor Authentication in API".
  const readable = userHasPermission(tx.org, tx.callerId, 'PermissionsManageTwoFactor', tx.now)
    ? METHOD_FIELDS
    : [];
  if (readable.length === 0) {
    facts.methodsMessage = tx.labels.get('WhyApiOnly_Mfa_MethodsNotVisible');
  } else {
    const rows = tx.selector.mfaMethods(userId, readable);
    facts.methodsVisible = true;
    if (rows.length) {
      const row = rows[0];
      const m: Record<string, boolean> = {};
      let strong = false;
      for (const f of readable) {
        const value = row[f] === true;
        m[f.charAt(0).toLowerCase() + f.slice(1)] = value;
        strong = strong || (value && STRONG_METHODS.has(f));
      }
      m.hasStrongMethod = strong;
      facts.methods = m;
    }
  }
  try {
    facts.recentLogins = tx.selector.recentLogins(userId, 10);
    facts.loginsVisible = true;
  } catch {
    facts.loginsMessage = tx.labels.get('WhyApiOnly_Mfa_LoginsNotVisible');
  }
  try {
    facts.openSessionCount = tx.selector.openSessionCount(userId);
    facts.sessionsVisible = true;
  } catch {
    facts.sessionsMessage = tx.labels.get('WhyApiOnly_Mfa_SessionsNotVisible');
  }
  return facts;
}

// ---- OrgAccessService ------------------------------------------------------------------------

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface OrgPage {
  permissionField: string;
  facts: Facts;
  nextAfterUserId?: string;
  hasMore: boolean;
  pageSize: number;
  grantingSetsTruncated: boolean;
}

export function orgPage(
  tx: Transaction,
  permissionField: string | null,
  afterUserId: string | null,
  pageSize: number | null
): OrgPage {
  const authority = new Authority(tx);
  authority.requireViewer();
  if (!permissionField || !availableFieldNames(tx.org).includes(permissionField)) {
    throw errorOf(tx, 'WhyApiOnly_Error_UnknownPermissionField', [permissionField]);
  }
  const size = pageSize === null || pageSize === undefined ? DEFAULT_PAGE_SIZE : pageSize;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw errorOf(tx, 'WhyApiOnly_Error_PageSize', [MAX_PAGE_SIZE]);

  const selector = tx.selector;
  const granting = selector.setsGranting(permissionField, [
    ...PERMISSION_SET_FIELDS,
    permissionField
  ]);
  const byId = new Map<string, ApexRecord>();
  const profileSetByProfile = new Map<string, ApexRecord>();
  const setIds = new Set<string>();
  const profileIds = new Set<string>();
  const memberSetIds = new Set<string>();
  const groupIds = new Set<string>();
  for (const s of granting) {
    byId.set(String(s.Id), s);
    setIds.add(String(s.Id));
    if (s.IsOwnedByProfile === true) {
      profileIds.add(String(s.ProfileId));
      profileSetByProfile.set(String(s.ProfileId), s);
    } else if (s.PermissionSetGroupId) groupIds.add(String(s.PermissionSetGroupId));
    else memberSetIds.add(String(s.Id));
  }
  selector.groupsContaining(memberSetIds).forEach((g) => groupIds.add(g));

  const merged = new Map<string, ApexRecord>();
  for (const u of [
    ...selector.usersWithProfiles(profileIds, afterUserId, size + 1),
    ...selector.usersAssigned(setIds, groupIds, afterUserId, size + 1)
  ]) {
    merged.set(String(u.Id), u);
  }
  let users = [...merged.keys()].sort().map((k) => merged.get(k) as ApexRecord);
  const hasMore = users.length > size;
  users = users.slice(0, size);

  const facts = emptyFacts(tx, 'viewer');
  const userIds = new Set<string>();
  const pageSetIds = new Set<string>();
  for (const u of users) {
    userIds.add(String(u.Id));
    addProfile(facts, u);
    const profileSet = profileSetByProfile.get(String(u.ProfileId));
    if (profileSet) pageSetIds.add(String(profileSet.Id));
  }
  facts.users = plain(users);
  const assignments = selector.assignmentsOfUsers(userIds, setIds, groupIds);
  const groups = new Map<string, ApexRecord>();
  for (const a of assignments) {
    pageSetIds.add(String(a.PermissionSetId));
    if (a.PermissionSetGroup)
      groups.set(String(a.PermissionSetGroupId), a.PermissionSetGroup as ApexRecord);
  }
  facts.permissionSetAssignments = plain(assignments);
  const components = selector.groupComponents(
    new Set(groups.keys()),
    permissionSetFields(tx.org),
    'USER_MODE'
  );
  const sets = new Map<string, ApexRecord>();
  const mutingIds = new Set<string>();
  for (const c of components) {
    if (c.PermissionSet) sets.set(String(c.PermissionSetId), c.PermissionSet as ApexRecord);
    else if (isMutingSet(c.PermissionSetId)) mutingIds.add(String(c.PermissionSetId));
  }
  for (const id of pageSetIds) {
    if (byId.has(id) && !sets.has(id)) sets.set(id, byId.get(id) as ApexRecord);
  }
  facts.permissionSets = [...sets.values()];
  facts.permissionSetGroups = [...groups.values()];
  facts.permissionSetGroupComponents = plain(components);
  facts.mutingPermissionSets = selector.mutingSets(
    mutingIds,
    availableOnMuting(tx.org),
    'USER_MODE'
  );

  const page: OrgPage = {
    permissionField,
    facts,
    hasMore,
    pageSize: size,
    grantingSetsTruncated: granting.length >= 10000
  };
  if (hasMore) page.nextAfterUserId = String(users[users.length - 1].Id);
  return page;
}

// ---- LockoutGuard ----------------------------------------------------------------------------

const API_ONLY = 'PermissionsApiUserOnly';

class LockoutGuard {
  private assignments: ApexRecord[] | null = null;
  private componentsByGroup = new Map<string, ApexRecord[]>();
  private mutingById = new Map<string, ApexRecord>();
  private readonly fields = [
    'Id',
    'Name',
    'PermissionSetGroupId',
    'HasActivationRequired',
    API_ONLY,
    ...AUTHORITY_FIELDS
  ];

  constructor(
    private readonly tx: Transaction,
    private readonly authority: Authority
  ) {}

  checkAssignmentRemoval(removed: ApexRecord): void {
    if (!sameId(removed.AssigneeId as string, this.tx.callerId)) return;
    this.load();
    this.compare(String(removed.Id), null, null);
  }

  checkComponentRemoval(removed: ApexRecord): void {
    this.load();
    const inGroup = (this.assignments ?? []).some((a) =>
      sameId(groupOf(a), removed.PermissionSetGroupId as string)
    );
    if (inGroup) this.compare(null, String(removed.PermissionSetGroupId), String(removed.Id));
  }

  private compare(
    removedAssignmentId: string | null,
    changedGroupId: string | null,
    removedComponentId: string | null
  ): void {
    for (const field of AUTHORITY_FIELDS) {
      if (
        this.grants(field, null, null, null) &&
        !this.grants(field, removedAssignmentId, changedGroupId, removedComponentId)
      ) {
        throw errorOf(this.tx, 'WhyApiOnly_Error_WouldLockOut', [labelOf(this.tx.org, field)]);
      }
    }
    if (
      !this.grants(API_ONLY, null, null, null) &&
      this.grants(API_ONLY, removedAssignmentId, changedGroupId, removedComponentId)
    ) {
      throw errorOf(this.tx, 'WhyApiOnly_Error_WouldMakeApiOnly');
    }
    if (
      this.authority.hasAdminCustomPermission() &&
      !this.keepsCustomPermission(removedAssignmentId, changedGroupId, removedComponentId)
    ) {
      throw errorOf(this.tx, 'WhyApiOnly_Error_WouldLockOut', [ADMIN_CUSTOM_PERMISSION]);
    }
  }

  private grants(
    field: string,
    removedAssignmentId: string | null,
    changedGroupId: string | null,
    removedComponentId: string | null
  ): boolean {
    for (const a of this.assignments ?? []) {
      const set = a.PermissionSet as ApexRecord | undefined;
      if (sameId(a.Id as string, removedAssignmentId) || !set) continue;
      const groupId = groupOf(a);
      const granted =
        groupId !== null && sameId(groupId, changedGroupId)
          ? this.groupGrants(groupId, field, removedComponentId)
          : set.HasActivationRequired !== true && set[field] === true;
      if (granted) return true;
    }
    return false;
  }

  private groupGrants(groupId: string, field: string, removedComponentId: string | null): boolean {
    let memberGrants = false;
    let muted = false;
    for (const c of this.componentsByGroup.get(groupId) ?? []) {
      if (sameId(c.Id as string, removedComponentId)) continue;
      const set = c.PermissionSet as ApexRecord | undefined;
      if (set) memberGrants = memberGrants || set[field] === true;
      else {
        const muting = this.mutingById.get(String(c.PermissionSetId));
        muted = muted || (!!muting && muting[field] === true);
      }
    }
    return memberGrants && !muted;
  }

  private keepsCustomPermission(
    removedAssignmentId: string | null,
    changedGroupId: string | null,
    removedComponentId: string | null
  ): boolean {
    const candidates = new Set<string>();
    for (const a of this.assignments ?? []) {
      if (sameId(a.Id as string, removedAssignmentId) || !a.PermissionSet) continue;
      const groupId = groupOf(a);
      if (groupId === null) {
        candidates.add(String(a.PermissionSetId));
        continue;
      }
      if (!sameId(groupId, changedGroupId)) candidates.add(String(a.PermissionSetId));
      for (const c of this.componentsByGroup.get(groupId) ?? []) {
        if (!sameId(c.Id as string, removedComponentId) && c.PermissionSet)
          candidates.add(String(c.PermissionSetId));
      }
    }
    return (
      this.tx.selector.setsGrantingCustomPermission(candidates, ADMIN_CUSTOM_PERMISSION).size > 0
    );
  }

  private load(): void {
    if (this.assignments) return;
    try {
      this.assignments = this.tx.selector.currentAssignments(this.tx.callerId, this.fields);
      const groupIds = new Set(
        this.assignments.map(groupOf).filter((g): g is string => g !== null)
      );
      groupIds.forEach((g) => this.componentsByGroup.set(g, []));
      const mutingIds = new Set<string>();
      for (const c of this.tx.selector.groupComponents(groupIds, this.fields, 'USER_MODE')) {
        const key = [...this.componentsByGroup.keys()].find((g) =>
          sameId(g, c.PermissionSetGroupId as string)
        );
        if (key) this.componentsByGroup.get(key)?.push(c);
        if (isMutingSet(c.PermissionSetId)) mutingIds.add(String(c.PermissionSetId));
      }
      const mutingFields = this.fields.filter((f) => f.startsWith('Permissions'));
      for (const m of this.tx.selector.mutingSets(mutingIds, mutingFields, 'USER_MODE'))
        this.mutingById.set(String(m.Id), m);
    } catch (e) {
      if (e instanceof QueryException)
        throw errorOf(this.tx, 'WhyApiOnly_Error_CannotCheckLockout');
      throw e;
    }
  }
}

function groupOf(a: ApexRecord): string | null {
  if (a.PermissionSetGroupId) return String(a.PermissionSetGroupId);
  const set = a.PermissionSet as ApexRecord | undefined;
  return set?.PermissionSetGroupId ? String(set.PermissionSetGroupId) : null;
}

// ---- AccessFixService ------------------------------------------------------------------------

export interface FixResult {
  action: string;
  message: string;
  deletedIds: string[];
  targetId: string;
  keptIds: string[];
  completedAt: string;
}

const FIX_SET_FIELDS = [
  'Id',
  'Name',
  'IsOwnedByProfile',
  'PermissionSetGroupId',
  'HasActivationRequired',
  API_ONLY,
  ...AUTHORITY_FIELDS
];

/** Database.delete(records, true, AccessLevel.USER_MODE): object permissions, then the platform's rules. */
function deleteInUserMode(tx: Transaction, sobject: SObjectName, ids: string[]): void {
  const needs: Partial<Record<SObjectName, string>> = {
    PermissionSetAssignment: ASSIGN_PERMISSION_SETS,
    PermissionSetGroupComponent: MANAGE_PERMISSION_SETS,
    AuthSession: MANAGE_USERS
  };
  const required = needs[sobject];
  try {
    if (required && !userHasPermission(tx.org, tx.callerId, required, tx.now)) {
      throw new DmlException('Delete', 0, ids[0] ?? null, {
        statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
        message: 'insufficient access rights on object id',
        fields: []
      });
    }
    if (sobject === 'PermissionSetGroupComponent') tx.org.deleteComponents(ids);
    else tx.org.delete(sobject, ids);
  } catch (e) {
    if (e instanceof DmlException) {
      // refused.getDmlMessage(0)
      throw errorOf(tx, 'WhyApiOnly_Error_WriteFailed', [e.error.message]);
    }
    throw e;
  }
}

function baseResult(tx: Transaction, action: string, targetId: string): FixResult {
  return { action, message: '', deletedIds: [], targetId, keptIds: [], completedAt: isoNow(tx) };
}

export function removeAssignment(tx: Transaction, assignmentId: string): FixResult {
  const authority = new Authority(tx);
  authority.requireUserPermission(ASSIGN_PERMISSION_SETS);
  const assignment = tx.selector.assignmentById(assignmentId, FIX_SET_FIELDS);
  if (!assignment) throw errorOf(tx, 'WhyApiOnly_Error_AssignmentGone', [assignmentId]);
  authority.requireMayActOn(String(assignment.AssigneeId));
  const set = assignment.PermissionSet as ApexRecord | undefined;
  if (set && set.IsOwnedByProfile === true) throw errorOf(tx, 'WhyApiOnly_Error_ProfileAssignment');
  new LockoutGuard(tx, authority).checkAssignmentRemoval(assignment);
  deleteInUserMode(tx, 'PermissionSetAssignment', [String(assignment.Id)]);

  const result = baseResult(tx, 'removeAssignment', String(assignment.AssigneeId));
  result.deletedIds.push(String(assignment.Id));
  const group = assignment.PermissionSetGroup as ApexRecord | undefined;
  const source = group ? group.DeveloperName : set ? set.Name : assignment.PermissionSetId;
  const assignee = assignment.Assignee as ApexRecord | undefined;
  result.message = format(tx.labels.get('WhyApiOnly_Fix_AssignmentRemoved'), [
    source,
    assignee?.Username
  ]);
  return result;
}

export function removeGroupComponent(tx: Transaction, componentId: string): FixResult {
  const authority = new Authority(tx);
  authority.requireUserPermission(MANAGE_PERMISSION_SETS);
  authority.requireViewer();
  const component = tx.selector.componentById(componentId, FIX_SET_FIELDS);
  if (!component) throw errorOf(tx, 'WhyApiOnly_Error_ComponentGone', [componentId]);
  new LockoutGuard(tx, authority).checkComponentRemoval(component);
  deleteInUserMode(tx, 'PermissionSetGroupComponent', [String(component.Id)]);

  const result = baseResult(tx, 'removeGroupComponent', String(component.PermissionSetGroupId));
  result.deletedIds.push(String(component.Id));
  const set = component.PermissionSet as ApexRecord | undefined;
  const group = component.PermissionSetGroup as ApexRecord | undefined;
  result.message = format(tx.labels.get('WhyApiOnly_Fix_ComponentRemoved'), [
    set ? set.Name : component.PermissionSetId,
    group ? group.DeveloperName : component.PermissionSetGroupId
  ]);
  return result;
}

export function endUserSessions(tx: Transaction, userId: string): FixResult {
  const authority = new Authority(tx);
  authority.requireUserPermission(MANAGE_USERS);
  authority.requireMayActOn(userId);
  const subject = tx.selector.userById(userId);
  if (!subject) throw errorOf(tx, 'WhyApiOnly_Error_UserNotFound', [userId]);
  const result = baseResult(tx, 'endUserSessions', userId);
  const toEnd: string[] = [];
  for (const s of tx.selector.sessionsOf(userId, tx.currentSessionId)) {
    if (authority.isCaller(userId) && s.IsCurrent === true) result.keptIds.push(String(s.Id));
    else {
      toEnd.push(String(s.Id));
      result.deletedIds.push(String(s.Id));
    }
  }
  if (toEnd.length) deleteInUserMode(tx, 'AuthSession', toEnd);
  result.message = format(tx.labels.get('WhyApiOnly_Fix_SessionsEnded'), [
    toEnd.length,
    subject.Username
  ]);
  return result;
}
