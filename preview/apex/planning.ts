// Port of MfaEditorPlanningController: the facts the editor's preview of a change needs (the
// holders of some permission sets, or the users chosen for a bulk assignment, with their
// assignments, groups, components and muting sets), one page at a time as Apex sizes it (at
// most PAGE_USERS users whose assignments fit in PAGE_ASSIGNMENT_ROWS), in the snapshot shape,
// over the in-memory org.
import type { OrgRecord } from './org';
import { sameId } from './platform';
import { Authority, describeAll, errorOf, permissionSetFields, requireId } from './services';
import type { Facts, Transaction } from './services';
import { ASSIGNMENT_FIELDS, GROUP_FIELDS, serialize } from './selector';
import type { ApexRecord } from './selector';

const MAX_USERS = 2000;
const MAX_PERMISSION_SETS = 1000;
const PAGE_USERS = 500;
const PAGE_ASSIGNMENT_ROWS = 5000;

const plain = (rows: readonly ApexRecord[]): ApexRecord[] =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).filter(
        ([k, v]) => k === 'attributes' || v === null || typeof v !== 'object'
      )
    )
  );
const key = (id: unknown) => String(id).slice(0, 15);

function parseSetIds(tx: Transaction, permissionSetIds: readonly unknown[] | null | undefined) {
  const values = permissionSetIds ?? [];
  if (values.length > MAX_PERMISSION_SETS)
    throw errorOf(tx, 'MfaEditorUi_Error_TooManySets', [MAX_PERMISSION_SETS, values.length]);
  return new Set(values.map((v) => requireId(tx, v, 'PermissionSet', 'permissionSetIds')));
}

/** The edited sets, sorted by how they reach users (Apex: the Holders class). */
interface Holders {
  readonly edited: ApexRecord[];
  readonly setIds: Set<string>;
  readonly profileIds: Set<string>;
  readonly groupIds: Set<string>;
}

function holdersOf(tx: Transaction, ids: ReadonlySet<string>, setFields: string[]): Holders {
  tx.selector.assertReadable('PermissionSet');
  const wanted = new Set([...ids].map(key));
  const edited = tx.org
    .where('PermissionSet', (s) => wanted.has(key(s.Id)))
    .map((s) => serialize('PermissionSet', s, setFields));
  const setIds = new Set<string>();
  const profileIds = new Set<string>();
  const memberSetIds = new Set<string>();
  const groupIds = new Set<string>();
  for (const s of edited) {
    setIds.add(String(s.Id));
    if (s.IsOwnedByProfile === true) profileIds.add(String(s.ProfileId));
    else if (s.PermissionSetGroupId) groupIds.add(String(s.PermissionSetGroupId));
    else memberSetIds.add(String(s.Id));
  }
  tx.selector.groupsContaining(memberSetIds).forEach((g) => groupIds.add(g));
  return { edited, setIds, profileIds, groupIds };
}

export function getPlanningFacts(
  tx: Transaction,
  permissionSetIds: readonly unknown[] | null | undefined,
  maxUsersInput: number | null,
  afterUserId: string | null
) {
  new Authority(tx).requireViewer();
  const cursor = afterUserId ? requireId(tx, afterUserId, 'User', 'afterUserId') : null;
  const ids = parseSetIds(tx, permissionSetIds);
  const maxUsers =
    maxUsersInput === null || maxUsersInput > PAGE_USERS ? PAGE_USERS : Math.max(1, maxUsersInput);
  const selector = tx.selector;
  const holders = holdersOf(tx, ids, permissionSetFields(tx.org));
  const { setIds, profileIds, groupIds } = holders;

  // The page: the next maxUsers holders by Id after the cursor, sized, plus the caller.
  const byId = new Map<string, ApexRecord>();
  for (const u of [
    ...selector.usersAssigned(setIds, groupIds, cursor, maxUsers + 1),
    ...selector.usersWithProfiles(profileIds, cursor, maxUsers + 1)
  ]) {
    byId.set(String(u.Id), u);
  }
  const candidates = [...byId.keys()]
    .sort()
    .slice(0, maxUsers + 1)
    .map((id) => byId.get(id) as ApexRecord);
  const moreHolders = candidates.length > maxUsers;
  const { page, nextAfterUserId } = sizedPage(tx, candidates.slice(0, maxUsers), moreHolders);
  const { facts, truncated } = factsOf(tx, withCaller(tx, page), holders);
  // As Apex: the totals are counted on the first page only.
  const totals = cursor === null ? holderTotals(tx, holders) : null;
  return {
    facts,
    truncated,
    nextAfterUserId,
    sampledUserCount: page.length,
    totalUserCount: totals?.totalUserCount ?? 0,
    profileUserCounts: totals?.profileUserCounts ?? {},
    // Not ported: the demo org keeps no change set history of created sets, so none is reusable.
    reusableGrantSets: {}
  };
}

/** The first page's counts: every holder, and each edited profile's active users. */
function holderTotals(tx: Transaction, holders: Holders) {
  const { setIds, profileIds, groupIds } = holders;
  // Counts: users assigned a set or group, plus users holding only through a profile.
  tx.selector.assertReadable('PermissionSetAssignment');
  const setKeys = new Set([...setIds].map(key));
  const groupKeys = new Set([...groupIds].map(key));
  const assignedUserKeys = new Set(
    tx.org
      .where(
        'PermissionSetAssignment',
        (a) =>
          setKeys.has(key(a.PermissionSetId)) ||
          (!!a.PermissionSetGroupId && groupKeys.has(key(a.PermissionSetGroupId)))
      )
      .map((a) => key(a.AssigneeId))
  );
  const profileKeys = new Set([...profileIds].map(key));
  const users = tx.org.all('User');
  const totalUserCount =
    users.filter((u) => assignedUserKeys.has(key(u.Id))).length +
    users.filter((u) => profileKeys.has(key(u.ProfileId)) && !assignedUserKeys.has(key(u.Id)))
      .length;

  // Each edited profile's active users (MfaEditorSelector.activeUserCounts): a grant reaches
  // all of them or none, so the preview must know when its facts hold fewer.
  const profileUserCounts: Record<string, number> = {};
  for (const profileId of profileIds) {
    const active = tx.org
      .whereId('User', 'ProfileId', profileId)
      .filter((u) => u.IsActive === true);
    if (active.length > 0) profileUserCounts[profileId] = active.length;
  }
  return { totalUserCount, profileUserCounts };
}

/** MfaEditorPlanningPage.byAssignmentCount: the longest prefix whose assignments, with the caller's, fit a page. */
function sizedPage(tx: Transaction, candidates: ApexRecord[], moreAfter: boolean) {
  tx.selector.assertReadable('PermissionSetAssignment');
  // One pass over the assignments, as Apex's one COUNT(Id) GROUP BY AssigneeId query.
  const counts = new Map<string, number>(
    [tx.callerId, ...candidates.map((u) => u.Id)].map((id) => [key(id), 0])
  );
  for (const a of tx.org.all('PermissionSetAssignment')) {
    const assignee = key(a.AssigneeId);
    const count = counts.get(assignee);
    if (count !== undefined) counts.set(assignee, count + 1);
  }
  const countOf = (id: unknown) => counts.get(key(id)) ?? 0;
  let rows = countOf(tx.callerId);
  const page: ApexRecord[] = [];
  for (const candidate of candidates) {
    const own = sameId(candidate.Id as string, tx.callerId) ? 0 : countOf(candidate.Id);
    if (page.length > 0 && rows + own > PAGE_ASSIGNMENT_ROWS) break;
    page.push(candidate);
    rows += own;
  }
  const more = page.length > 0 && (moreAfter || page.length < candidates.length);
  return { page, nextAfterUserId: more ? String(page[page.length - 1].Id) : undefined };
}

function withCaller(tx: Transaction, page: ApexRecord[]): ApexRecord[] {
  if (page.some((u) => sameId(u.Id as string, tx.callerId))) return page;
  const caller = tx.org.byId('User', tx.callerId);
  return caller ? [...page, tx.selector.userWithProfile(caller)] : page;
}

/**
 * Port of getPlanningFactsForUsers: the edited sets and the users chosen by the search (holders
 * or not) with all their sources, plus the caller; users the caller can't see are left out.
 */
export function getPlanningFactsForUsers(
  tx: Transaction,
  permissionSetIds: readonly unknown[] | null | undefined,
  userIds: readonly unknown[] | null | undefined
) {
  new Authority(tx).requireViewer();
  const ids = parseSetIds(tx, permissionSetIds);
  const values = userIds ?? [];
  if (values.length === 0) throw errorOf(tx, 'MfaEditor_Error_NoUsers');
  if (values.length > MAX_USERS)
    throw errorOf(tx, 'MfaEditor_Error_TooManyUsers', [MAX_USERS, values.length]);
  const chosen = [...new Set(values.map((v) => key(requireId(tx, v, 'User', 'userIds'))))];
  const holders = holdersOf(tx, ids, permissionSetFields(tx.org));
  tx.selector.assertReadable('User');
  const window = chosen.slice(0, PAGE_USERS);
  const candidates = window
    .map((id) => tx.org.byId('User', id))
    .filter((u): u is OrgRecord => !!u)
    .map((u) => tx.selector.userWithProfile(u));
  const { page, nextAfterUserId } = sizedPage(tx, candidates, window.length < chosen.length);
  const { facts, truncated } = factsOf(tx, withCaller(tx, page), holders);
  return {
    facts,
    truncated,
    nextAfterUserId,
    sampledUserCount: page.length,
    totalUserCount: chosen.length
  };
}

/** factsOf: the users with every assignment, set, group, component, muting set and profile. */
function factsOf(tx: Transaction, sample: ApexRecord[], holders: Holders) {
  const selector = tx.selector;
  const setFields = permissionSetFields(tx.org);
  const { edited, groupIds } = holders;
  const facts: Facts = {
    users: plain(sample),
    profiles: [],
    userLicenses: [],
    permissionSets: [],
    permissionSetAssignments: [],
    permissionSetGroups: [],
    permissionSetGroupComponents: [],
    mutingPermissionSets: [],
    permissionFields: describeAll(tx.org),
    viewerRole: 'viewer',
    capturedAt: tx.now.toISOString()
  };
  const userKeys = new Set<string>();
  const userProfileIds = new Set<string>();
  for (const u of sample) {
    userKeys.add(key(u.Id));
    userProfileIds.add(String(u.ProfileId));
    const profile = u.Profile as ApexRecord | undefined;
    if (profile && !facts.profiles.some((p) => p.Id === profile.Id)) {
      facts.profiles.push(...plain([profile]));
      if (profile.UserLicense) facts.userLicenses.push(profile.UserLicense as ApexRecord);
    }
  }
  const assignments = tx.org
    .where('PermissionSetAssignment', (a) => userKeys.has(key(a.AssigneeId)))
    .slice(0, PAGE_ASSIGNMENT_ROWS + 1)
    .map((a: OrgRecord) => {
      const row = serialize('PermissionSetAssignment', a, ASSIGNMENT_FIELDS);
      const set = tx.org.byId('PermissionSet', a.PermissionSetId as string);
      if (set) row.PermissionSet = serialize('PermissionSet', set, setFields);
      const group = tx.org.byId('PermissionSetGroup', a.PermissionSetGroupId as string);
      if (group) row.PermissionSetGroup = serialize('PermissionSetGroup', group, GROUP_FIELDS);
      return row;
    });
  const truncated = assignments.length > PAGE_ASSIGNMENT_ROWS;
  if (truncated) assignments.pop();
  const sets = new Map<string, ApexRecord>(edited.map((s) => [String(s.Id), s]));
  const groups = new Map<string, ApexRecord>();
  for (const a of assignments) {
    if (a.PermissionSet) sets.set(String(a.PermissionSetId), a.PermissionSet as ApexRecord);
    if (a.PermissionSetGroup)
      groups.set(String(a.PermissionSetGroupId), a.PermissionSetGroup as ApexRecord);
  }
  facts.permissionSetAssignments = plain(assignments);
  const allGroupIds = new Set([...groups.keys(), ...groupIds]);
  const components = selector.groupComponents(allGroupIds, setFields, 'USER_MODE');
  const mutingIds = new Set<string>();
  for (const c of components) {
    if (c.PermissionSet) sets.set(String(c.PermissionSetId), c.PermissionSet as ApexRecord);
    else if (String(c.PermissionSetId).startsWith('0QM')) mutingIds.add(String(c.PermissionSetId));
    if (c.PermissionSetGroup)
      groups.set(String(c.PermissionSetGroupId), c.PermissionSetGroup as ApexRecord);
  }
  for (const s of selector.profileOwnedSets(userProfileIds, setFields, 'USER_MODE'))
    sets.set(String(s.Id), s);
  facts.permissionSets = [...sets.values()];
  facts.permissionSetGroups = [...groups.values()];
  facts.permissionSetGroupComponents = plain(components);
  const mutingFields = describeAll(tx.org)
    .filter((d) => d.available && tx.org.all('MutingPermissionSet').every((m) => d.fieldName in m))
    .map((d) => d.fieldName);
  facts.mutingPermissionSets = selector.mutingSets(mutingIds, mutingFields, 'USER_MODE');
  return { facts, truncated };
}

/**
 * Port of getCloneContents, reduced to what the demo org holds: its sets carry user permissions
 * only (no object, field, tab or setup entity access rows), so those counts are 0.
 */
export function getCloneContents(
  tx: Transaction,
  permissionSetId: string | null,
  field: string | null
) {
  new Authority(tx).requireViewer();
  const setId = requireId(tx, permissionSetId ?? '', 'PermissionSet', 'permissionSetId');
  const source = tx.org.byId('PermissionSet', setId);
  if (!source) throw errorOf(tx, 'MfaEditor_Error_SetNotFound', [setId]);
  const leftOut = new Set([field ?? '']);
  if (field === 'PermissionsForceTwoFactor') leftOut.add('PermissionsTwoFactorApi');
  const userPermissions = Object.keys(source).filter(
    (name) => name.startsWith('Permissions') && source[name] === true && !leftOut.has(name)
  ).length;
  return {
    permissionSetId: String(source.Id),
    userPermissions,
    objectPermissions: 0,
    fieldPermissions: 0,
    tabSettings: 0,
    setupEntityAccess: {},
    notCopiedSetupEntityAccess: {},
    notCopiedPermissions: [],
    tooManyRows: false,
    maxCopiedRows: 5000,
    licenseId: (source.LicenseId as string | null | undefined) ?? undefined,
    usersLackingLicence: [],
    hasActivationRequired: source.HasActivationRequired === true,
    hasDescription: typeof source.Description === 'string' && source.Description !== ''
  };
}
