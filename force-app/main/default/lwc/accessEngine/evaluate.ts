// Which sources grant each tracked permission to one user, and whether each is in effect.
import { compareText } from './compare';
import { groupState } from './indexes';
import type { FactIndex } from './indexes';
import type { TrackedPermission } from './tracked';
import type {
  NotInEffectReason,
  PermissionSetAssignmentRecord,
  ProfileRecord,
  RecordId,
  Source,
  SourceKind,
  UserLicenseRecord,
  UserRecord
} from './types';

export interface EvaluationContext {
  readonly index: FactIndex;
  /** Epoch milliseconds at which expirations are judged. */
  readonly nowMs: number;
  readonly fields: readonly TrackedPermission[];
  /** Session-based sets the caller says are activated for the user (explain only). */
  readonly extraActivated: ReadonlySet<RecordId> | null;
}

export interface UserEvaluation {
  readonly user: UserRecord;
  readonly profile: ProfileRecord | null;
  readonly license: UserLicenseRecord | null;
  /** Every source granting each permission, in effect or not, in a stable order. */
  readonly sources: ReadonlyMap<TrackedPermission, readonly Source[]>;
  readonly effective: ReadonlySet<TrackedPermission>;
  /** Groups assigned to the user, by Id, sorted. */
  readonly groupIds: readonly RecordId[];
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const KIND_ORDER: Readonly<Record<SourceKind, number>> = {
  profile: 0,
  permissionSet: 1,
  permissionSetGroup: 2
};

/** The instant an assignment stops applying: a date-only value is valid through that day (UTC). */
export function expiryMs(expirationDate: string): number {
  const parsed = Date.parse(
    DATE_ONLY.test(expirationDate) ? `${expirationDate}T00:00:00Z` : expirationDate
  );
  return DATE_ONLY.test(expirationDate) ? parsed + DAY_MS : parsed;
}

export function compareSources(a: Source, b: Source): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(a.name, b.name) ||
    compareText(a.id, b.id) ||
    compareText(a.via, b.via) ||
    compareText(a.viaId, b.viaId) ||
    compareText(a.assignmentId, b.assignmentId)
  );
}

/**
 * Why an assignment does not apply, before any group muting: inactive user, expiry, an inactive
 * assignment row, or a session-based set not activated. Session-based sets count as activated
 * when a SessionPermSetActivation row or options.activatedPermissionSetIds names the set (or,
 * for a group, its aggregate or the group itself).
 */
export function assignmentReason(
  context: EvaluationContext,
  user: UserRecord,
  assignment: PermissionSetAssignmentRecord,
  requiresActivation: boolean,
  activationIds: readonly RecordId[]
): NotInEffectReason | null {
  if (!user.IsActive) return 'userInactive';
  if (assignment.ExpirationDate && context.nowMs >= expiryMs(assignment.ExpirationDate)) {
    return 'expired';
  }
  if (requiresActivation) {
    const activated = context.index.activatedByUser.get(user.Id);
    const isActivated = activationIds.some(
      (id) => activated?.has(id) === true || context.extraActivated?.has(id) === true
    );
    return isActivated ? null : 'sessionActivationRequired';
  }
  return assignment.IsActive === false ? 'assignmentInactive' : null;
}

function sourceOf(
  kind: SourceKind,
  id: RecordId,
  name: string,
  reason: NotInEffectReason | null,
  extra: Partial<Pick<Source, 'via' | 'viaId' | 'mutedBy' | 'assignmentId'>> = {}
): Source {
  return {
    kind,
    id,
    name,
    via: extra.via ?? null,
    viaId: extra.viaId ?? null,
    inEffect: reason === null,
    reason,
    mutedBy: extra.mutedBy ?? null,
    assignmentId: extra.assignmentId ?? null
  };
}

function addSource(
  sources: Map<TrackedPermission, Source[]>,
  field: TrackedPermission,
  source: Source
): void {
  const list = sources.get(field);
  if (list === undefined) sources.set(field, [source]);
  else list.push(source);
}

function addGroupSources(
  context: EvaluationContext,
  user: UserRecord,
  assignment: PermissionSetAssignmentRecord,
  groupId: RecordId,
  sources: Map<TrackedPermission, Source[]>
): void {
  const group = groupState(context.index, groupId);
  const requiresActivation = group.aggregate?.HasActivationRequired === true;
  const activationIds = [assignment.PermissionSetId, groupId];
  const baseReason = assignmentReason(context, user, assignment, requiresActivation, activationIds);
  const assignmentId = assignment.Id;
  for (const field of context.fields) {
    const state = group.permissions.get(field);
    if (state === undefined) continue;
    // The platform applies the aggregate: when it grants what no unmuted member does, that
    // stale aggregate is itself a source (reported by a group finding too).
    if (state.aggregate === true && (state.muted || state.grantingMembers.length === 0)) {
      addSource(
        sources,
        field,
        sourceOf('permissionSetGroup', groupId, group.name, baseReason, { assignmentId })
      );
    }
    for (const member of state.grantingMembers) {
      let reason = baseReason;
      if (reason === null && state.muted) reason = 'muted';
      else if (reason === null && state.aggregate === false) reason = 'notInGroupAggregate';
      addSource(
        sources,
        field,
        sourceOf('permissionSetGroup', groupId, group.name, reason, {
          via: member.Name,
          viaId: member.Id,
          mutedBy: state.muted ? (group.muting?.DeveloperName ?? null) : null,
          assignmentId
        })
      );
    }
  }
}

function addDirectSources(
  context: EvaluationContext,
  user: UserRecord,
  assignment: PermissionSetAssignmentRecord,
  sources: Map<TrackedPermission, Source[]>
): void {
  const permissionSet = context.index.permissionSetById.get(assignment.PermissionSetId);
  // Profile-owned sets are reported as the profile; unknown sets were not captured.
  if (permissionSet === undefined || permissionSet.IsOwnedByProfile) return;
  let reason: NotInEffectReason | null | undefined;
  for (const field of context.fields) {
    if (permissionSet[field] !== true) continue;
    reason ??= assignmentReason(
      context,
      user,
      assignment,
      permissionSet.HasActivationRequired === true,
      [permissionSet.Id]
    );
    addSource(
      sources,
      field,
      sourceOf('permissionSet', permissionSet.Id, permissionSet.Name, reason, {
        assignmentId: assignment.Id
      })
    );
  }
}

interface OrderedAssignment {
  readonly assignment: PermissionSetAssignmentRecord;
  readonly groupId: RecordId | null;
  readonly name: string;
  readonly id: RecordId;
}

/**
 * The user's assignments in the order their sources are listed (sets, then groups, each by
 * name): sorting a few hundred assignments once is far cheaper than sorting every source list.
 */
function inListingOrder(index: FactIndex, user: UserRecord): OrderedAssignment[] {
  const assignments = index.assignmentsByUser.get(user.Id) ?? [];
  const groups = index.assignmentGroupsByUser.get(user.Id) ?? [];
  const ordered = assignments.map((assignment, i): OrderedAssignment => {
    const groupId = groups[i] ?? null;
    if (groupId !== null)
      return { assignment, groupId, name: groupState(index, groupId).name, id: groupId };
    const name = index.permissionSetById.get(assignment.PermissionSetId)?.Name ?? '';
    return { assignment, groupId, name, id: assignment.PermissionSetId };
  });
  return ordered.sort(
    (a, b) =>
      Number(a.groupId !== null) - Number(b.groupId !== null) ||
      compareText(a.name, b.name) ||
      compareText(a.id, b.id) ||
      compareText(a.assignment.Id, b.assignment.Id)
  );
}

function isSorted(list: readonly Source[]): boolean {
  for (let i = 1; i < list.length; i += 1)
    if (compareSources(list[i - 1], list[i]) > 0) return false;
  return true;
}

export function evaluateUser(context: EvaluationContext, user: UserRecord): UserEvaluation {
  const index = context.index;
  const profile = index.profileById.get(user.ProfileId) ?? null;
  const license = profile?.UserLicenseId
    ? (index.licenseById.get(profile.UserLicenseId) ?? null)
    : null;
  const sources = new Map<TrackedPermission, Source[]>();
  const profileSet = index.profilePermissionSet.get(user.ProfileId);
  if (profileSet !== undefined) {
    const reason: NotInEffectReason | null = user.IsActive ? null : 'userInactive';
    for (const field of context.fields) {
      if (profileSet[field] === true) {
        addSource(
          sources,
          field,
          sourceOf('profile', user.ProfileId, profile?.Name ?? user.ProfileId, reason)
        );
      }
    }
  }
  const groupIds = new Set<RecordId>();
  for (const { assignment, groupId } of inListingOrder(index, user)) {
    if (groupId === null) {
      addDirectSources(context, user, assignment, sources);
    } else {
      groupIds.add(groupId);
      addGroupSources(context, user, assignment, groupId, sources);
    }
  }
  const effective = new Set<TrackedPermission>();
  for (const [field, list] of sources) {
    if (!isSorted(list)) list.sort(compareSources);
    if (list.some((source) => source.inEffect)) effective.add(field);
  }
  return { user, profile, license, sources, effective, groupIds: [...groupIds].sort() };
}
