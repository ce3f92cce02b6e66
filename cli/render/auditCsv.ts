/**
 * One CSV row per user, through the encoder the org-wide view's download uses. Column names are
 * API field names, stable across the org's language.
 */
import type { Audit, AuditRow } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { csvRows } from '../../force-app/main/default/lwc/csvEncoder/csvEncoder';
import { sourcePath } from './sourceText';

export function auditCsv(audit: Audit, rows: readonly AuditRow[]): string {
  const fields = audit.permissions.map((permission) => permission.fieldName);
  const header = [
    'UserId',
    'Username',
    'Name',
    'IsActive',
    'Profile',
    'License',
    'ApiOnly',
    ...fields.flatMap((field) => [field, `${field}.Sources`]),
    'Findings'
  ];
  const body = rows.map((row) => [
    row.userId,
    row.username,
    row.name,
    String(row.isActive),
    row.profile ?? '',
    row.license ?? '',
    String(row.apiOnly),
    ...fields.flatMap((field) => permissionCells(row, field)),
    row.findings.map((finding) => finding.code).join('; ')
  ]);
  return csvRows([header, ...body]);
}

function permissionCells(row: AuditRow, field: string): string[] {
  const permission = row.permissions[field];
  if (!permission) return ['', ''];
  return [String(permission.effective), permission.sources.map(sourcePath).join('; ')];
}
