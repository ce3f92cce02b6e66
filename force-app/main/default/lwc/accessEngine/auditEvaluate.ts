// The audit's lean evaluation: only in-effect grants, as shared refs built once per facts, so an
// org-wide audit allocates little per user. Same rules as evaluate.ts (the property tests compare).
// Order of a permission's grants: profile, then assignments by Id, then member sets by name.
// Findings that need sources with their assignments walk that user's assignments again, one field.
import { assignmentReason } from './evaluate';
import type { EvaluationContext } from './evaluate';
import type { FindingSubject } from './findings';
import { isGroupTarget } from './indexes';
import type { FactIndex, FieldGrant, Grant, GroupState } from './indexes';
import type { TrackedPermission } from './tracked';
import type { RecordId, Source, UserRecord } from './types';

export interface LeanEvaluation extends FindingSubject {
  /** In-effect grants per position in context.fields (undefined: none). */
  readonly grants: readonly (Grant[] | undefined)[];
}

function groupFieldGrants(context: EvaluationContext, group: GroupState): readonly FieldGrant[] {
  const index = context.index;
  let cached = index.groupFieldGrants.get(group);
  if (cached === undefined) {
    cached = context.fields.flatMap((field, fieldIndex) =>
      (group.permissions.get(field)?.inEffectGrants ?? []).map((grant) => ({ fieldIndex, grant }))
    );
    index.groupFieldGrants.set(group, cached);
  }
  return cached;
}

function profileGrant(index: FactIndex, user: UserRecord): Grant {
  let grant = index.profileGrants.get(user.ProfileId);
  if (grant === undefined) {
    const name = index.profileById.get(user.ProfileId)?.Name ?? user.ProfileId;
    grant = { ref: { kind: 'profile', id: user.ProfileId, name, via: null }, viaId: null };
    index.profileGrants.set(user.ProfileId, grant);
  }
  return grant;
}

function sourceOf(grant: Grant, assignmentId: RecordId | null): Source {
  const ref = grant.ref;
  return {
    kind: ref.kind,
    id: ref.id,
    name: ref.name,
    via: ref.via,
    viaId: grant.viaId,
    inEffect: true,
    reason: null,
    mutedBy: null,
    assignmentId
  };
}

/** The in-effect sources of one permission, with their assignments: what a finding's fixes need. */
function inEffectSourcesFor(
  context: EvaluationContext,
  user: UserRecord,
  field: TrackedPermission
): Source[] {
  const index = context.index;
  const sources: Source[] = [];
  if (user.IsActive && index.profilePermissionSet.get(user.ProfileId)?.[field] === true) {
    sources.push(sourceOf(profileGrant(index, user), null));
  }
  const assignments = index.assignmentsByUser.get(user.Id) ?? [];
  const targets = index.assignmentTargetsByUser.get(user.Id) ?? [];
  for (let i = 0; i < assignments.length; i += 1) {
    const assignment = assignments[i];
    const target = targets[i] ?? null;
    if (target === null) continue;
    if (!isGroupTarget(target)) {
      if (target.fieldIndexes.length === 0 || target.permissionSet[field] !== true) continue;
      if (assignmentReason(context, user, assignment, target.activationId) === null) {
        sources.push(sourceOf(target.grant, assignment.Id));
      }
      continue;
    }
    const grants = target.permissions.get(field)?.inEffectGrants ?? [];
    if (grants.length === 0) continue;
    const sessionId =
      target.aggregate?.HasActivationRequired === true ? assignment.PermissionSetId : null;
    if (assignmentReason(context, user, assignment, sessionId, target.id) !== null) continue;
    for (const grant of grants) sources.push(sourceOf(grant, assignment.Id));
  }
  return sources;
}

export function evaluateLean(context: EvaluationContext, user: UserRecord): LeanEvaluation {
  const index = context.index;
  const fields = context.fields;
  const grants: (Grant[] | undefined)[] = new Array<Grant[] | undefined>(fields.length);
  const profileSet = index.profilePermissionSet.get(user.ProfileId);
  if (profileSet !== undefined && user.IsActive) {
    for (let f = 0; f < fields.length; f += 1) {
      if (profileSet[fields[f]] === true) grants[f] = [profileGrant(index, user)];
    }
  }
  const assignments = index.assignmentsByUser.get(user.Id) ?? [];
  const targets = index.assignmentTargetsByUser.get(user.Id) ?? [];
  const groupIds: RecordId[] = [];
  for (let i = 0; i < assignments.length; i += 1) {
    const assignment = assignments[i];
    const target = targets[i] ?? null;
    if (target === null) continue;
    if (target.kind === 'direct') {
      if (target.fieldIndexes.length === 0) continue;
      if (assignmentReason(context, user, assignment, target.activationId) !== null) continue;
      for (const f of target.fieldIndexes) (grants[f] ??= []).push(target.grant);
      continue;
    }
    if (!groupIds.includes(target.id)) groupIds.push(target.id);
    const sessionId =
      target.aggregate?.HasActivationRequired === true ? assignment.PermissionSetId : null;
    if (assignmentReason(context, user, assignment, sessionId, target.id) !== null) continue;
    for (const fieldGrant of groupFieldGrants(context, target)) {
      (grants[fieldGrant.fieldIndex] ??= []).push(fieldGrant.grant);
    }
  }
  const effective = new Set<TrackedPermission>();
  for (let f = 0; f < fields.length; f += 1) if (grants[f] !== undefined) effective.add(fields[f]);
  const profile = index.profileById.get(user.ProfileId) ?? null;
  return {
    user,
    profile,
    license: profile?.UserLicenseId ? (index.licenseById.get(profile.UserLicenseId) ?? null) : null,
    grants,
    effective,
    groupIds: groupIds.sort(),
    inEffectSources: (field) => inEffectSourcesFor(context, user, field)
  };
}
