// auditOrg: one row per user, org-level group findings and counts; linear in the facts.
import { compareText } from './compare';
import { engineContext } from './context';
import { evaluateLean } from './auditEvaluate';
import { groupFindings, userFindings } from './findings';
import { groupState } from './indexes';
import { API_USER_ONLY } from './tracked';
import type {
  Audit,
  AuditPermission,
  AuditRow,
  EngineOptions,
  Facts,
  Finding,
  UserRecord,
  RecordId,
  SourceRef
} from './types';

/** Shared by every row where nothing grants a permission (the common case), to save memory. */
const NOT_GRANTED: AuditPermission = Object.freeze({
  effective: false,
  sources: Object.freeze([]) as readonly SourceRef[]
});

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Rows by username (then Id); a capture already in that order (ORDER BY Username) is not re-sorted. */
function byUsername(users: readonly UserRecord[]): readonly UserRecord[] {
  const order = (a: UserRecord, b: UserRecord): number =>
    compareText(a.Username, b.Username) || compareText(a.Id, b.Id);
  for (let i = 1; i < users.length; i += 1) {
    if (order(users[i - 1], users[i]) > 0) return [...users].sort(order);
  }
  return users;
}

export function auditOrg(facts: Facts, options: EngineOptions = {}): Audit {
  const context = engineContext(facts, options);
  const index = context.evaluation.index;
  const fields = context.evaluation.fields;
  const effectiveByPermission: Record<string, number> = {};
  for (const field of fields) effectiveByPermission[field] = 0;
  const findingsByCode: Record<string, number> = {};
  let activeUsers = 0;
  let apiOnlyUsers = 0;
  const users = byUsername(index.users);
  const rows: AuditRow[] = users.map((user) => {
    const evaluation = evaluateLean(context.evaluation, user);
    const permissions: Record<string, AuditPermission> = {};
    fields.forEach((field, i) => {
      const grants = evaluation.grants[i];
      if (grants === undefined) {
        permissions[field] = NOT_GRANTED;
        return;
      }
      effectiveByPermission[field] += 1;
      permissions[field] = { effective: true, sources: grants.map((grant) => grant.ref) };
    });
    const findings = userFindings(context.findings, evaluation);
    for (const finding of findings) count(findingsByCode, finding.code);
    const apiOnly = evaluation.effective.has(API_USER_ONLY);
    if (apiOnly) apiOnlyUsers += 1;
    if (user.IsActive) activeUsers += 1;
    return {
      userId: user.Id,
      username: user.Username,
      name: user.Name,
      isActive: user.IsActive,
      profile: evaluation.profile?.Name ?? null,
      license: evaluation.license?.Name ?? null,
      apiOnly,
      permissions,
      findings
    };
  });
  const groupIds = new Set<RecordId>([
    ...index.groupById.keys(),
    ...index.aggregateByGroup.keys(),
    ...index.membersByGroup.keys()
  ]);
  const orgFindings: Finding[] = [...groupIds]
    .sort()
    .flatMap((groupId) => groupFindings(context.findings, groupState(index, groupId)));
  for (const finding of orgFindings) count(findingsByCode, finding.code);
  return {
    capturedAt: facts.capturedAt ?? null,
    permissions: context.reported,
    rows,
    orgFindings,
    counts: { users: rows.length, activeUsers, apiOnlyUsers, effectiveByPermission, findingsByCode }
  };
}
