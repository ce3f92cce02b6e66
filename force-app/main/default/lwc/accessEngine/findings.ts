// Findings for one evaluated user: stable codes, severity, params, rendered message and fixes.
import { compareText } from './compare';
import type { UserEvaluation } from './evaluate';
import {
  assignSetFix,
  endSessionsFix,
  grantThroughSourceFix,
  isEditableFromApex,
  removalFixes
} from './fixes';
import type { FixContext } from './fixes';
import { groupState } from './indexes';
import type { FactIndex, GroupState } from './indexes';
import { renderFinding } from './messages';
import { API_USER_ONLY, MFA_API, MFA_UI } from './tracked';
import type { TrackedPermission } from './tracked';
import type {
  Finding,
  FindingParams,
  Fix,
  PermissionSetRecord,
  ProfileRecord,
  RecordId,
  Severity,
  Source,
  UserLicenseRecord,
  UserRecord
} from './types';

/** The profile the Salesforce Integration licence comes with; its API-only access is fixed. */
export const INTEGRATION_PROFILE_NAME = 'Minimum Access - API Only Integrations';
export const INTEGRATION_LICENSE_NAME = 'Salesforce Integration';
const LIMITED_ACCESS_FREE = 'salesforce limited access - free';
/** The OAuth flows that carry a high-assurance session with MFA for API Logins (seed 001). */
export const HIGH_ASSURANCE_OAUTH_FLOWS = 'web server, refresh token, user-agent, JWT bearer';

/** What findings need of an evaluated user (full for explain, lean for audit). */
export interface FindingSubject {
  readonly user: UserRecord;
  readonly profile: ProfileRecord | null;
  readonly license: UserLicenseRecord | null;
  readonly effective: ReadonlySet<TrackedPermission>;
  readonly groupIds: readonly RecordId[];
  inEffectSources(field: TrackedPermission): readonly Source[];
}

export function subjectOf(evaluation: UserEvaluation): FindingSubject {
  return {
    user: evaluation.user,
    profile: evaluation.profile,
    license: evaluation.license,
    effective: evaluation.effective,
    groupIds: evaluation.groupIds,
    inEffectSources: (field) =>
      (evaluation.sources.get(field) ?? []).filter((source) => source.inEffect)
  };
}

/** One fix per change: several member sets of one group share its assignment and muting. */
function uniqueFixes(fixes: readonly Fix[]): readonly Fix[] {
  if (fixes.length < 2) return fixes;
  const seen = new Set<string>();
  return fixes.filter((fix) => {
    const key = `${fix.kind}/${fix.targetId}/${fix.field ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface FindingContext extends FixContext {
  readonly fields: ReadonlySet<TrackedPermission>;
  /** Group findings are the same for every member: built once per group. */
  readonly groupFindings: Map<string, readonly Finding[]>;
}

function finding(
  context: FixContext,
  code: string,
  severity: Severity,
  params: FindingParams,
  fixes: readonly Fix[] = []
): Finding {
  return {
    code,
    severity,
    params,
    message: renderFinding(code, params, context.texts),
    fixes: uniqueFixes(fixes)
  };
}

/** Licence and profile names are few: normalize each once, not once per user. */
const normalizedNames = new Map<string, string>();

function normalizeName(name: string | null | undefined): string {
  const raw = name ?? '';
  let normalized = normalizedNames.get(raw);
  if (normalized === undefined) {
    normalized = raw
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (normalizedNames.size < 10_000) normalizedNames.set(raw, normalized);
  }
  return normalized;
}

export function isApiOnlyByLicense(evaluation: LicensedUser): boolean {
  return (
    evaluation.profile?.Name === INTEGRATION_PROFILE_NAME ||
    normalizeName(evaluation.license?.Name) === normalizeName(INTEGRATION_LICENSE_NAME)
  );
}

/** The Salesforce Limited Access - Free licence (can't take MFA for UI Logins), by its name. */
export function isLimitedAccessFreeLicenseName(licenseName: string | null | undefined): boolean {
  return normalizeName(licenseName) === LIMITED_ACCESS_FREE;
}

export function isLimitedAccessFree(evaluation: LicensedUser): boolean {
  return isLimitedAccessFreeLicenseName(evaluation.license?.Name);
}

function inEffect(subject: FindingSubject, field: TrackedPermission): readonly Source[] {
  return subject.inEffectSources(field);
}

type LicensedUser = Pick<UserEvaluation, 'profile' | 'license'>;

/** The finding code and params naming one API-only path (group *and* member set for groups). */
export function apiOnlyPath(
  context: FixContext,
  source: Source
): { code: string; params: FindingParams } {
  const permission = context.labels[API_USER_ONLY];
  if (source.kind === 'profile')
    return { code: 'PROFILE', params: { profile: source.name, permission } };
  if (source.kind === 'permissionSet') {
    return { code: 'PERMISSION_SET', params: { permissionSet: source.name, permission } };
  }
  const status = groupState(context.index, source.id).status;
  return source.via === null
    ? { code: 'GROUP_AGGREGATE', params: { group: source.name, permission, status } }
    : { code: 'GROUP', params: { group: source.name, memberSet: source.via, permission } };
}

function apiOnlyFindings(context: FindingContext, evaluation: FindingSubject): Finding[] {
  const user = evaluation.user;
  if (isApiOnlyByLicense(evaluation)) {
    return [
      finding(context, 'API_ONLY_BY_LICENSE', 'info', {
        license: evaluation.license?.Name ?? INTEGRATION_LICENSE_NAME,
        profile: evaluation.profile?.Name ?? user.ProfileId
      })
    ];
  }
  return inEffect(evaluation, API_USER_ONLY).map((source) => {
    const path = apiOnlyPath(context, source);
    const fixes = [
      ...removalFixes(context, source, API_USER_ONLY, user),
      endSessionsFix(context, user)
    ];
    return finding(context, `API_ONLY_VIA_${path.code}`, 'warning', path.params, fixes);
  });
}

const uiMfaSetCache = new WeakMap<FactIndex, PermissionSetRecord | null>();

/** An existing editable set granting MFA for UI Logins and nothing else tracked that locks out. */
function uiMfaOnlySet(index: FactIndex): PermissionSetRecord | null {
  let best = uiMfaSetCache.get(index);
  if (best !== undefined) return best;
  best = null;
  for (const permissionSet of index.permissionSetById.values()) {
    const fits =
      permissionSet[MFA_UI] === true &&
      permissionSet[MFA_API] !== true &&
      permissionSet[API_USER_ONLY] !== true &&
      permissionSet.Type !== 'Group' &&
      permissionSet.HasActivationRequired !== true &&
      isEditableFromApex(permissionSet);
    const better =
      best === null ||
      (compareText(permissionSet.Name, best.Name) || compareText(permissionSet.Id, best.Id)) < 0;
    if (fits && better) best = permissionSet;
  }
  uiMfaSetCache.set(index, best);
  return best;
}

function mfaFindings(
  context: FindingContext,
  evaluation: FindingSubject,
  apiOnly: boolean
): Finding[] {
  const findings: Finding[] = [];
  const user = evaluation.user;
  const uiPermission = context.labels[MFA_UI];
  const apiPermission = context.labels[MFA_API];
  const hasUi = evaluation.effective.has(MFA_UI);
  const hasApi = evaluation.effective.has(MFA_API);
  if (hasApi && !hasUi && context.fields.has(MFA_UI)) {
    const fixes = inEffect(evaluation, MFA_API).flatMap((source) => {
      const grant = grantThroughSourceFix(context, source, MFA_UI);
      return [...(grant === null ? [] : [grant]), ...removalFixes(context, source, MFA_API, user)];
    });
    findings.push(
      finding(context, 'MFA_API_WITHOUT_UI', 'error', { apiPermission, uiPermission }, fixes)
    );
  }
  if (hasApi && apiOnly) {
    const fixes = inEffect(evaluation, MFA_API).flatMap((source) =>
      removalFixes(context, source, MFA_API, user)
    );
    findings.push(
      finding(
        context,
        'MFA_API_ON_API_ONLY_USER',
        'warning',
        { apiPermission, flows: HIGH_ASSURANCE_OAUTH_FLOWS },
        fixes
      )
    );
  }
  const limitedFree = (hasUi || apiOnly) && isLimitedAccessFree(evaluation);
  if (apiOnly && !hasUi && !limitedFree && context.fields.has(MFA_UI)) {
    const candidate = uiMfaOnlySet(context.index);
    const fixes: Fix[] = candidate === null ? [] : [assignSetFix(context, candidate, MFA_UI, user)];
    for (const source of inEffect(evaluation, API_USER_ONLY)) {
      const grant = isApiOnlyByLicense(evaluation)
        ? null
        : grantThroughSourceFix(context, source, MFA_UI);
      if (grant !== null) fixes.push(grant);
    }
    findings.push(
      finding(context, 'INTEGRATION_USER_WITHOUT_UI_MFA', 'warning', { uiPermission }, fixes)
    );
  }
  if (hasUi && limitedFree) {
    const fixes = inEffect(evaluation, MFA_UI).flatMap((source) =>
      removalFixes(context, source, MFA_UI, user)
    );
    findings.push(
      finding(
        context,
        'UI_MFA_ON_LIMITED_ACCESS_FREE',
        'error',
        { uiPermission, license: evaluation.license?.Name ?? '' },
        fixes
      )
    );
  }
  return findings;
}

/** GROUP_NOT_UPDATED and GROUP_AGGREGATE_MISMATCH (both values) for one group. */
export function groupFindings(context: FindingContext, group: GroupState): readonly Finding[] {
  const cached = context.groupFindings.get(group.id);
  if (cached !== undefined) return cached;
  const findings: Finding[] = [];
  if (group.status !== 'Updated') {
    const severity: Severity = group.status === 'Failed' ? 'error' : 'warning';
    findings.push(
      finding(context, 'GROUP_NOT_UPDATED', severity, { group: group.name, status: group.status })
    );
  }
  for (const field of group.mismatches) {
    if (!context.fields.has(field)) continue;
    const state = group.permissions.get(field);
    const aggregateValue = state?.aggregate === true;
    const computedValue = state?.computed === true;
    findings.push(
      finding(context, 'GROUP_AGGREGATE_MISMATCH', 'warning', {
        group: group.name,
        status: group.status,
        field,
        permission: context.labels[field],
        aggregateValue,
        computedValue,
        aggregate: aggregateValue ? 'granted' : 'not granted',
        computed: computedValue ? 'granted' : 'not granted'
      })
    );
  }
  context.groupFindings.set(group.id, findings);
  return findings;
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export function userFindings(
  context: FindingContext,
  evaluation: FindingSubject
): readonly Finding[] {
  const user = evaluation.user;
  const apiOnly = evaluation.effective.has(API_USER_ONLY);
  const mfaRelevant =
    apiOnly || evaluation.effective.has(MFA_API) || evaluation.effective.has(MFA_UI);
  // Most users of a large org have nothing to report: allocate nothing for them.
  if (user.IsActive && !mfaRelevant && evaluation.groupIds.length === 0) return NO_FINDINGS;
  const findings: Finding[] = [];
  if (!user.IsActive)
    findings.push(finding(context, 'USER_INACTIVE', 'info', { user: user.Username }));
  if (apiOnly) findings.push(...apiOnlyFindings(context, evaluation));
  if (mfaRelevant) findings.push(...mfaFindings(context, evaluation, apiOnly));
  for (const groupId of evaluation.groupIds) {
    const forGroup = groupFindings(context, groupState(context.index, groupId));
    for (const groupFinding of forGroup) findings.push(groupFinding);
  }
  return findings.length === 0 ? NO_FINDINGS : findings;
}
