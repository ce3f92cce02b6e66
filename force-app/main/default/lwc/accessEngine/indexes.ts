// Lookups built once per facts object (cached in a WeakMap) so an org-wide audit stays linear.
import { compareText } from './compare';
import { reportedPermissions, TRACKED_PERMISSIONS } from './tracked';
import type { TrackedPermission } from './tracked';
import type {
  Facts,
  MutingPermissionSetRecord,
  PermissionSetAssignmentRecord,
  PermissionSetGroupRecord,
  PermissionSetRecord,
  ProfileRecord,
  RecordId,
  SourceRef,
  UserLicenseRecord,
  UserRecord
} from './types';

/** One tracked permission as a group carries it. */
export interface GroupPermissionState {
  /** The aggregate's value (what the platform applies); null when the aggregate is not captured. */
  readonly aggregate: boolean | null;
  /** Members minus muting, as the group should calculate it. */
  readonly computed: boolean;
  readonly grantingMembers: readonly PermissionSetRecord[];
  readonly muted: boolean;
  /** The grants a member of this group gets while the assignment itself is in effect. */
  readonly inEffectGrants: readonly Grant[];
}

/** A source as audit rows list it, shared by every user it reaches (built once per facts). */
export interface Grant {
  readonly ref: SourceRef;
  /** The member permission set behind a group grant (for fixes); null otherwise. */
  readonly viaId: RecordId | null;
}

/** A grant and the position of its permission in the evaluated fields (audit fast path). */
export interface FieldGrant {
  readonly fieldIndex: number;
  readonly grant: Grant;
}

/** A direct assignment's set, with its grants resolved once (positions as in FieldGrant). */
export interface DirectTarget {
  readonly kind: 'direct';
  readonly permissionSet: PermissionSetRecord;
  readonly grant: Grant;
  /** Empty for a profile-owned set: the profile reports it. */
  readonly fieldIndexes: readonly number[];
  /** The set's Id when it is session-based (HasActivationRequired), else null. */
  readonly activationId: RecordId | null;
}

export interface GroupState {
  readonly kind: 'group';
  readonly id: RecordId;
  readonly name: string;
  readonly status: string;
  readonly record: PermissionSetGroupRecord | null;
  readonly aggregate: PermissionSetRecord | null;
  readonly muting: MutingPermissionSetRecord | null;
  /** Only permissions some member grants or the aggregate grants. */
  readonly permissions: ReadonlyMap<TrackedPermission, GroupPermissionState>;
  /** Permissions where aggregate and computed value differ. */
  readonly mismatches: readonly TrackedPermission[];
}

/** A group assignment's group, a direct assignment's set, or null for a set not captured. */
export type AssignmentTarget = GroupState | DirectTarget | null;

export function isGroupTarget(target: AssignmentTarget): target is GroupState {
  return target !== null && target.kind === 'group';
}

export interface FactIndex {
  readonly users: readonly UserRecord[];
  readonly userById: ReadonlyMap<RecordId, UserRecord>;
  readonly userByUsername: ReadonlyMap<string, UserRecord>;
  readonly profileById: ReadonlyMap<RecordId, ProfileRecord>;
  readonly licenseById: ReadonlyMap<RecordId, UserLicenseRecord>;
  readonly permissionSetById: ReadonlyMap<RecordId, PermissionSetRecord>;
  readonly profilePermissionSet: ReadonlyMap<RecordId, PermissionSetRecord>;
  readonly groupById: ReadonlyMap<RecordId, PermissionSetGroupRecord>;
  readonly assignmentsByUser: ReadonlyMap<RecordId, readonly PermissionSetAssignmentRecord[]>;
  /** Per user, what each assignment in assignmentsByUser brings (same positions), resolved once. */
  readonly assignmentTargetsByUser: ReadonlyMap<RecordId, readonly AssignmentTarget[]>;
  /** Shared grants of directly assigned sets and of profiles, built lazily. */
  readonly setGrants: Map<RecordId, Grant>;
  readonly profileGrants: Map<RecordId, Grant>;
  /** Audit fast path caches (the evaluated fields depend on the facts only). */
  /** The tracked fields this org has, in order: what FieldGrant/DirectTarget positions index. */
  readonly evaluatedFields: readonly TrackedPermission[];
  readonly groupFieldGrants: Map<GroupState, readonly FieldGrant[]>;
  readonly activatedByUser: ReadonlyMap<RecordId, ReadonlySet<RecordId>>;
  readonly sessionCountByUser: ReadonlyMap<RecordId, number> | null;
  readonly usersByProfile: ReadonlyMap<RecordId, number>;
  /** facts.assigneeCounts keyed by the 15-character Id; null when the facts have none. */
  readonly serverCounts: ReadonlyMap<RecordId, number> | null;
  /** Group Ids per member permission set (for the blast radius of editing a set). */
  readonly groupsByMember: ReadonlyMap<RecordId, readonly RecordId[]>;
  /** Assignee Ids per directly assigned permission set and per group. */
  readonly directAssignees: ReadonlyMap<RecordId, readonly RecordId[]>;
  readonly groupAssignees: ReadonlyMap<RecordId, readonly RecordId[]>;
  /** Lazily computed group states and distinct-user counts. */
  readonly groupStates: Map<RecordId, GroupState>;
  readonly setUserCounts: Map<RecordId, number>;
  readonly groupUserCounts: Map<RecordId, number>;
  readonly membersByGroup: ReadonlyMap<RecordId, readonly PermissionSetRecord[]>;
  readonly mutingByGroup: ReadonlyMap<RecordId, MutingPermissionSetRecord>;
  readonly aggregateByGroup: ReadonlyMap<RecordId, PermissionSetRecord>;
  /** PermissionSetGroupComponent Id by `groupId/memberSetId`. */
  readonly componentIdByKey: ReadonlyMap<string, RecordId>;
}

const cache = new WeakMap<Facts, FactIndex>();

/** Keeps the record with the lowest Id, so duplicates never make results depend on order. */
function keepLowest<T extends { readonly Id: RecordId }>(
  map: Map<RecordId, T>,
  key: RecordId,
  record: T
): void {
  const existing = map.get(key);
  if (existing === undefined || record.Id < existing.Id) map.set(key, record);
}

function byId<T extends { readonly Id: RecordId }>(
  records: readonly T[] | undefined
): Map<RecordId, T> {
  const map = new Map<RecordId, T>();
  for (const record of records ?? []) keepLowest(map, record.Id, record);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The group an assignment brings, or null for a direct permission set assignment. */
export function groupIdOf(
  assignment: PermissionSetAssignmentRecord,
  permissionSetById: ReadonlyMap<RecordId, PermissionSetRecord>
): RecordId | null {
  if (assignment.PermissionSetGroupId) return assignment.PermissionSetGroupId;
  const permissionSet = permissionSetById.get(assignment.PermissionSetId);
  return permissionSet?.Type === 'Group' && permissionSet.PermissionSetGroupId
    ? permissionSet.PermissionSetGroupId
    : null;
}

/** Each user's assignments in Id order (so results never depend on record order); cheap when sorted. */
interface UserAssignments {
  readonly assignments: PermissionSetAssignmentRecord[];
  /** Group Ids until the index exists, then resolved to group states (see resolveGroups). */
  readonly targets: (AssignmentTarget | RecordId)[];
}

interface Assignees {
  readonly direct: Map<RecordId, RecordId[]>;
  readonly group: Map<RecordId, RecordId[]>;
}

/** Assignees per set and per group: only fixes' blast radius needs them, so built on first use. */
function assigneesOf(
  assignmentsByUser: ReadonlyMap<RecordId, readonly PermissionSetAssignmentRecord[]>,
  targetsByUser: ReadonlyMap<RecordId, readonly AssignmentTarget[]>
): Assignees {
  // Keyed by the resolved set or group object first: identity lookups, no hashing of 1M Id strings.
  const byTarget = new Map<DirectTarget | GroupState, RecordId[]>();
  const unresolved = new Map<RecordId, RecordId[]>();
  for (const [userId, assignments] of assignmentsByUser) {
    const targets = targetsByUser.get(userId) ?? [];
    for (let i = 0; i < assignments.length; i += 1) {
      const target = targets[i] ?? null;
      if (target === null) push(unresolved, assignments[i].PermissionSetId, userId);
      else push(byTarget, target, userId);
    }
  }
  const direct = unresolved;
  const group = new Map<RecordId, RecordId[]>();
  for (const [target, userIds] of byTarget) {
    if (isGroupTarget(target)) group.set(target.id, userIds);
    else direct.set(target.permissionSet.Id, userIds);
  }
  return { direct, group };
}

function sortAssignmentsById(buckets: Map<RecordId, UserAssignments>): void {
  for (const [userId, bucket] of buckets) {
    const list = bucket.assignments;
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i += 1) sorted = list[i - 1].Id <= list[i].Id;
    if (sorted) continue;
    const order = list.map((_, i) => i).sort((a, b) => compareText(list[a].Id, list[b].Id));
    buckets.set(userId, {
      assignments: order.map((i) => list[i]),
      targets: order.map((i) => bucket.targets[i] ?? null)
    });
  }
}

export function indexFacts(facts: Facts): FactIndex {
  const cached = cache.get(facts);
  if (cached !== undefined) return cached;
  const records = facts.records;
  const users = records.User ?? [];
  const userById = byId(users);
  const userByUsername = new Map<string, UserRecord>();
  const usersByProfile = new Map<RecordId, number>();
  for (const user of userById.values()) {
    userByUsername.set(user.Username.toLowerCase(), user);
    usersByProfile.set(user.ProfileId, (usersByProfile.get(user.ProfileId) ?? 0) + 1);
  }
  const permissionSetById = byId(records.PermissionSet);
  const profilePermissionSet = new Map<RecordId, PermissionSetRecord>();
  const aggregateByGroup = new Map<RecordId, PermissionSetRecord>();
  for (const permissionSet of permissionSetById.values()) {
    if (permissionSet.IsOwnedByProfile && permissionSet.ProfileId) {
      keepLowest(profilePermissionSet, permissionSet.ProfileId, permissionSet);
    } else if (permissionSet.Type === 'Group' && permissionSet.PermissionSetGroupId) {
      keepLowest(aggregateByGroup, permissionSet.PermissionSetGroupId, permissionSet);
    }
  }
  const mutingById = byId(records.MutingPermissionSet);
  const membersByGroup = new Map<RecordId, PermissionSetRecord[]>();
  const mutingByGroup = new Map<RecordId, MutingPermissionSetRecord>();
  const groupsByMember = new Map<RecordId, RecordId[]>();
  const componentIdByKey = new Map<string, RecordId>();
  for (const component of records.PermissionSetGroupComponent ?? []) {
    const groupId = component.PermissionSetGroupId;
    const muting = mutingById.get(component.PermissionSetId);
    if (muting !== undefined) {
      keepLowest(mutingByGroup, groupId, muting);
      continue;
    }
    const member = permissionSetById.get(component.PermissionSetId);
    const key = `${groupId}/${component.PermissionSetId}`;
    if (member === undefined) continue;
    const existing = componentIdByKey.get(key);
    if (existing !== undefined) {
      if (component.Id < existing) componentIdByKey.set(key, component.Id);
      continue;
    }
    componentIdByKey.set(key, component.Id);
    push(membersByGroup, groupId, member);
    push(groupsByMember, member.Id, groupId);
  }
  // One bucket per user: two map writes per user instead of two per assignment; each assignment's
  // set or group is looked up once here, never again per evaluation.
  const evaluatedFields = reportedPermissions(facts).map(
    (info) => info.fieldName as TrackedPermission
  );
  const directTargets = new Map<PermissionSetRecord, DirectTarget>();
  const directTargetOf = (permissionSet: PermissionSetRecord): DirectTarget => {
    let target = directTargets.get(permissionSet);
    if (target === undefined) {
      const fieldIndexes: number[] = [];
      evaluatedFields.forEach((field, i) => {
        if (permissionSet[field] === true && !permissionSet.IsOwnedByProfile) fieldIndexes.push(i);
      });
      target = {
        kind: 'direct',
        permissionSet,
        fieldIndexes,
        activationId: permissionSet.HasActivationRequired === true ? permissionSet.Id : null,
        grant: {
          ref: { kind: 'permissionSet', id: permissionSet.Id, name: permissionSet.Name, via: null },
          viaId: null
        }
      };
      directTargets.set(permissionSet, target);
    }
    return target;
  };
  const buckets = new Map<RecordId, UserAssignments>();
  let lastUserId: RecordId | null = null;
  let lastBucket: UserAssignments | undefined;
  for (const assignment of records.PermissionSetAssignment ?? []) {
    let target: AssignmentTarget | RecordId | undefined =
      assignment.PermissionSetGroupId ?? undefined;
    if (target === undefined) {
      const permissionSet = permissionSetById.get(assignment.PermissionSetId) ?? null;
      if (permissionSet === null) target = null;
      else if (permissionSet.Type === 'Group' && permissionSet.PermissionSetGroupId) {
        target = permissionSet.PermissionSetGroupId;
      } else target = directTargetOf(permissionSet);
    }
    // Captures usually list a user's assignments together: reuse the last bucket then.
    const bucket =
      lastBucket !== undefined && lastUserId === assignment.AssigneeId
        ? lastBucket
        : buckets.get(assignment.AssigneeId);
    if (bucket === undefined) {
      lastBucket = { assignments: [assignment], targets: [target] };
      buckets.set(assignment.AssigneeId, lastBucket);
    } else {
      bucket.assignments.push(assignment);
      bucket.targets.push(target);
      lastBucket = bucket;
    }
    lastUserId = assignment.AssigneeId;
  }
  sortAssignmentsById(buckets);
  const assignmentsByUser = new Map<RecordId, PermissionSetAssignmentRecord[]>();
  const assignmentTargetsByUser = new Map<RecordId, AssignmentTarget[]>();
  const activatedByUser = new Map<RecordId, Set<RecordId>>();
  for (const activation of records.SessionPermSetActivation ?? []) {
    const set = activatedByUser.get(activation.UserId) ?? new Set<RecordId>();
    set.add(activation.PermissionSetId);
    activatedByUser.set(activation.UserId, set);
  }
  let sessionCountByUser: Map<RecordId, number> | null = null;
  if (records.AuthSession !== undefined) {
    sessionCountByUser = new Map();
    for (const session of records.AuthSession) {
      sessionCountByUser.set(session.UsersId, (sessionCountByUser.get(session.UsersId) ?? 0) + 1);
    }
  }
  let assignees: Assignees | null = null;
  let serverCounts: Map<RecordId, number> | null = null;
  if (facts.assigneeCounts !== undefined) {
    serverCounts = new Map();
    for (const [id, count] of Object.entries(facts.assigneeCounts)) {
      serverCounts.set(id.slice(0, 15), count);
    }
  }
  const index: FactIndex = {
    users: [...userById.values()],
    userById,
    userByUsername,
    profileById: byId(records.Profile),
    licenseById: byId(records.UserLicense),
    permissionSetById,
    profilePermissionSet,
    groupById: byId(records.PermissionSetGroup),
    assignmentsByUser,
    assignmentTargetsByUser,
    setGrants: new Map(),
    profileGrants: new Map(),
    evaluatedFields,
    groupFieldGrants: new Map(),
    activatedByUser,
    sessionCountByUser,
    usersByProfile,
    serverCounts,
    groupsByMember,
    get directAssignees() {
      assignees ??= assigneesOf(assignmentsByUser, assignmentTargetsByUser);
      return assignees.direct;
    },
    get groupAssignees() {
      assignees ??= assigneesOf(assignmentsByUser, assignmentTargetsByUser);
      return assignees.group;
    },
    groupStates: new Map(),
    setUserCounts: new Map(),
    groupUserCounts: new Map(),
    membersByGroup,
    mutingByGroup,
    aggregateByGroup,
    componentIdByKey
  };
  for (const [userId, bucket] of buckets) {
    assignmentsByUser.set(userId, bucket.assignments);
    // Group Ids become group states in place (the index exists now).
    const targets = bucket.targets;
    for (let i = 0; i < targets.length; i += 1) {
      const target = targets[i];
      if (typeof target === 'string') targets[i] = groupState(index, target);
    }
    assignmentTargetsByUser.set(userId, targets as AssignmentTarget[]);
  }
  cache.set(facts, index);
  return index;
}

function computeGroupState(index: FactIndex, groupId: RecordId): GroupState {
  const record = index.groupById.get(groupId) ?? null;
  const aggregate = index.aggregateByGroup.get(groupId) ?? null;
  const muting = index.mutingByGroup.get(groupId) ?? null;
  const members = [...(index.membersByGroup.get(groupId) ?? [])].sort(
    (a, b) => compareText(a.Name, b.Name) || compareText(a.Id, b.Id)
  );
  const permissions = new Map<TrackedPermission, GroupPermissionState>();
  const mismatches: TrackedPermission[] = [];
  const name = record?.DeveloperName ?? aggregate?.Name ?? groupId;
  const grantOf = (member: PermissionSetRecord | null): Grant => ({
    ref: { kind: 'permissionSetGroup', id: groupId, name, via: member?.Name ?? null },
    viaId: member?.Id ?? null
  });
  const memberGrants = new Map(members.map((member) => [member.Id, grantOf(member)]));
  let aggregateGrant: Grant | null = null;
  for (const field of TRACKED_PERMISSIONS) {
    const grantingMembers = members.filter((member) => member[field] === true);
    const muted = muting?.[field] === true;
    const computed = grantingMembers.length > 0 && !muted;
    const aggregateValue = aggregate === null ? null : aggregate[field] === true;
    if (aggregateValue !== null && aggregateValue !== computed) mismatches.push(field);
    if (grantingMembers.length > 0 || aggregateValue === true) {
      // Same rules as evaluate.ts: the aggregate decides; muted members never count.
      const inEffectGrants: Grant[] =
        aggregateValue === false || muted
          ? []
          : grantingMembers.map((member) => memberGrants.get(member.Id) as Grant);
      if (aggregateValue === true && (muted || grantingMembers.length === 0)) {
        aggregateGrant ??= grantOf(null);
        inEffectGrants.push(aggregateGrant);
      }
      permissions.set(field, {
        aggregate: aggregateValue,
        computed,
        grantingMembers,
        muted,
        inEffectGrants
      });
    }
  }
  return {
    kind: 'group',
    id: groupId,
    name,
    status: record?.Status ?? 'Updated',
    record,
    aggregate,
    muting,
    permissions,
    mismatches
  };
}

export function groupState(index: FactIndex, groupId: RecordId): GroupState {
  let state = index.groupStates.get(groupId);
  if (state === undefined) {
    state = computeGroupState(index, groupId);
    index.groupStates.set(groupId, state);
  }
  return state;
}

/** The server's count for a set (0 when it has no row for it); null when the facts have none. */
function serverCount(index: FactIndex, permissionSetId: RecordId | undefined): number | null {
  if (index.serverCounts === null) return null;
  return permissionSetId === undefined
    ? 0
    : (index.serverCounts.get(permissionSetId.slice(0, 15)) ?? 0);
}

/** A group's aggregate set Id: its PermissionSet record, else any assignment naming the group. */
function aggregateIdOf(index: FactIndex, groupId: RecordId): RecordId | undefined {
  const aggregate = index.aggregateByGroup.get(groupId);
  if (aggregate !== undefined) return aggregate.Id;
  for (const assignments of index.assignmentsByUser.values()) {
    for (const assignment of assignments) {
      if (assignment.PermissionSetGroupId === groupId) return assignment.PermissionSetId;
    }
  }
  return undefined;
}

/** The server's count of a group's members (its aggregate's assignees), or null. */
function serverGroupCount(index: FactIndex, groupId: RecordId): number | null {
  return index.serverCounts === null ? null : serverCount(index, aggregateIdOf(index, groupId));
}

/**
 * Distinct users assigned a group: counted from the records, or the server's count of the
 * group's aggregate (facts.assigneeCounts) when that is larger.
 */
export function groupUserCount(index: FactIndex, groupId: RecordId): number {
  let count = index.groupUserCounts.get(groupId);
  if (count === undefined) {
    count = Math.max(
      new Set(index.groupAssignees.get(groupId) ?? []).size,
      serverGroupCount(index, groupId) ?? 0
    );
    index.groupUserCounts.set(groupId, count);
  }
  return count;
}

/**
 * Users who get a permission set directly or through any group containing it. From the records
 * they are distinct users; the server's counts (facts.assigneeCounts) are per set, so with them
 * the count is the set's direct holders plus the members of each group containing it, and a
 * user holding the set more than one way is counted once per way. The larger of the two counts.
 */
export function permissionSetUserCount(index: FactIndex, permissionSetId: RecordId): number {
  let count = index.setUserCounts.get(permissionSetId);
  if (count === undefined) {
    const users = new Set(index.directAssignees.get(permissionSetId) ?? []);
    const groupIds = index.groupsByMember.get(permissionSetId) ?? [];
    for (const groupId of groupIds) {
      for (const userId of index.groupAssignees.get(groupId) ?? []) users.add(userId);
    }
    let server = serverCount(index, permissionSetId);
    if (server !== null) {
      for (const groupId of groupIds) server += serverGroupCount(index, groupId) ?? 0;
    }
    count = Math.max(users.size, server ?? 0);
    index.setUserCounts.set(permissionSetId, count);
  }
  return count;
}

/**
 * Users of a profile: counted from the records, or the server's count of the profile-owned
 * set's assignees (facts.assigneeCounts) when that is larger.
 */
export function profileUserCount(index: FactIndex, profileId: RecordId): number {
  const fromRecords = index.usersByProfile.get(profileId) ?? 0;
  if (index.serverCounts === null) return fromRecords;
  const owned = index.profilePermissionSet.get(profileId);
  return Math.max(fromRecords, serverCount(index, owned?.Id) ?? 0);
}
