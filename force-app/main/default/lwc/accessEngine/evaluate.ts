// Which sources grant each tracked permission to one user, and whether each is in effect.
import { isGroupTarget } from './indexes';
import type { FactIndex, GroupState } from './indexes';
import type { TrackedPermission } from './tracked';
import type {
  NotInEffectReason,
  PermissionSetAssignmentRecord,
  PermissionSetRecord,
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

/** The instant an assignment stops applying: a date-only value is valid through that day (UTC). */
export function expiryMs(expirationDate: string): number {
  const parsed = Date.parse(
    DATE_ONLY.test(expirationDate) ? `${expirationDate}T00:00:00Z` : expirationDate
  );
  return DATE_ONLY.test(expirationDate) ? parsed + DAY_MS : parsed;
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
  activationId: RecordId | null,
  alternateActivationId: RecordId | null = null
): NotInEffectReason | null {
  if (!user.IsActive) return 'userInactive';
  if (assignment.ExpirationDate && context.nowMs >= expiryMs(assignment.ExpirationDate)) {
    return 'expired';
  }
  if (activationId !== null) {
    const isActivated = (id: RecordId | null): boolean =>
      id !== null &&
      (context.index.activatedByUser.get(user.Id)?.has(id) === true ||
        context.extraActivated?.has(id) === true);
    return isActivated(activationId) || isActivated(alternateActivationId)
      ? null
      : 'sessionActivationRequired';
  }
  return assignment.IsActive === false ? 'assignmentInactive' : null;
}

function sourceOf(
  kind: SourceKind,
  id: RecordId,
  name: string,
  reason: NotInEffectReason | null,
  assignmentId: RecordId | null,
  via: string | null = null,
  viaId: RecordId | null = null,
  mutedBy: string | null = null
): Source {
  return { kind, id, name, via, viaId, inEffect: reason === null, reason, mutedBy, assignmentId };
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
  group: GroupState,
  sources: Map<TrackedPermission, Source[]>
): void {
  const groupId = group.id;
  const sessionBased = group.aggregate?.HasActivationRequired === true;
  const baseReason = assignmentReason(
    context,
    user,
    assignment,
    sessionBased ? assignment.PermissionSetId : null,
    groupId
  );
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
        sourceOf('permissionSetGroup', groupId, group.name, baseReason, assignmentId)
      );
    }
    const mutedBy = state.muted ? (group.muting?.DeveloperName ?? null) : null;
    for (const member of state.grantingMembers) {
      let reason = baseReason;
      if (reason === null && state.muted) reason = 'muted';
      else if (reason === null && state.aggregate === false) reason = 'notInGroupAggregate';
      addSource(
        sources,
        field,
        sourceOf(
          'permissionSetGroup',
          groupId,
          group.name,
          reason,
          assignmentId,
          member.Name,
          member.Id,
          mutedBy
        )
      );
    }
  }
}

function addDirectSources(
  context: EvaluationContext,
  user: UserRecord,
  assignment: PermissionSetAssignmentRecord,
  permissionSet: PermissionSetRecord | null,
  sources: Map<TrackedPermission, Source[]>
): void {
  // Profile-owned sets are reported as the profile; unknown sets were not captured.
  if (permissionSet === null || permissionSet.IsOwnedByProfile) return;
  let reason: NotInEffectReason | null | undefined;
  for (const field of context.fields) {
    if (permissionSet[field] !== true) continue;
    reason ??= assignmentReason(
      context,
      user,
      assignment,
      permissionSet.HasActivationRequired === true ? permissionSet.Id : null
    );
    addSource(
      sources,
      field,
      sourceOf('permissionSet', permissionSet.Id, permissionSet.Name, reason, assignment.Id)
    );
  }
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
          sourceOf('profile', user.ProfileId, profile?.Name ?? user.ProfileId, reason, null)
        );
      }
    }
  }
  const groupIds = new Set<RecordId>();
  // Assignments come in Id order (see indexes.ts), so every list is in a stable order as built:
  // the profile, then each assignment's sources, a group's members by name.
  const assignments = index.assignmentsByUser.get(user.Id) ?? [];
  const targets = index.assignmentTargetsByUser.get(user.Id) ?? [];
  for (let i = 0; i < assignments.length; i += 1) {
    const target = targets[i] ?? null;
    if (isGroupTarget(target)) {
      groupIds.add(target.id);
      addGroupSources(context, user, assignments[i], target, sources);
    } else {
      addDirectSources(context, user, assignments[i], target?.permissionSet ?? null, sources);
    }
  }
  const effective = new Set<TrackedPermission>();
  for (const [field, list] of sources) {
    if (list.some((source) => source.inEffect)) effective.add(field);
  }
  return { user, profile, license, sources, effective, groupIds: [...groupIds].sort() };
}
