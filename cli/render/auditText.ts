/** The human audit: a summary line, one table row per user, then the org-wide findings. */
import type { Audit, AuditRow } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import {
  API_USER_ONLY,
  MFA_API,
  MFA_UI
} from '../../force-app/main/default/lwc/accessEngine/tracked';
import { effective, OnlyFilter } from './auditRows';
import { findingLines } from './explanationText';
import { sourcePath } from './sourceText';
import { columns, textLines } from './terminalText';

const ONLY_TEXT: Record<OnlyFilter, string> = {
  'api-only': 'API-only users',
  mfa: 'users with MFA for UI or API logins'
};

export function auditText(
  audit: Audit,
  rows: readonly AuditRow[],
  only: OnlyFilter | undefined
): string {
  const { counts } = audit;
  const lines = [
    `${audit.capturedAt ? `Org as captured ${audit.capturedAt}` : 'Org'}: ` +
      `${counts.users} users (${counts.activeUsers} active), ${counts.apiOnlyUsers} API-only.`
  ];
  if (only) lines.push(`Showing ${ONLY_TEXT[only]}: ${rows.length} of ${counts.users}.`);
  lines.push('', ...table(rows), '');
  if (audit.orgFindings.length === 0) lines.push('Org findings: none');
  else lines.push('Org findings:', ...audit.orgFindings.flatMap((f) => findingLines(f, '  ')));
  return textLines(lines);
}

function table(rows: readonly AuditRow[]): string[] {
  if (rows.length === 0) return ['No users to show.'];
  const header = [
    'USERNAME',
    'ACTIVE',
    'API ONLY',
    'MFA UI',
    'MFA API',
    'API ONLY FROM',
    'FINDINGS'
  ];
  const body = rows.map((row) => [
    row.username,
    yesNo(row.isActive),
    yesNo(row.apiOnly),
    yesNo(effective(row, MFA_UI)),
    yesNo(effective(row, MFA_API)),
    (row.permissions[API_USER_ONLY]?.sources ?? []).map(sourcePath).join('; ') || '-',
    row.findings.map((finding) => finding.code).join(', ') || '-'
  ]);
  return columns([header, ...body]);
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}
