import { auditOrg, type AuditRow, type Facts } from 'c/accessEngine';
import { ENGINE_TEXTS } from 'c/whyApiOnlyShared';

/** One API-only user of the org-wide view, with the engine's reason in words. */
export interface OrgRow {
  readonly userId: string;
  readonly name: string;
  readonly username: string;
  readonly profile: string;
  readonly license: string;
  readonly isActive: boolean;
  readonly why: string;
}

function toOrgRow(row: AuditRow): OrgRow {
  const why = row.findings
    .filter((finding) => finding.code.startsWith('API_ONLY_'))
    .map((finding) => finding.message)
    .join(' ');
  return {
    userId: row.userId,
    name: row.name,
    username: row.username,
    profile: row.profile ?? '',
    license: row.license ?? '',
    isActive: row.isActive,
    why
  };
}

/** The API-only users of one page of facts, as the engine audits them. */
export function apiOnlyRows(facts: Facts): OrgRow[] {
  return auditOrg(facts, { texts: ENGINE_TEXTS })
    .rows.filter((row) => row.apiOnly)
    .map(toOrgRow);
}
