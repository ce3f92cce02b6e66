/**
 * One CSV row per user (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break). Column names are API field names, stable across the org's language.
 */
import type { Audit, AuditRow } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
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
  return [header, ...body].map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}

function permissionCells(row: AuditRow, field: string): string[] {
  const permission = row.permissions[field];
  if (!permission) return ['', ''];
  return [String(permission.effective), permission.sources.map(sourcePath).join('; ')];
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
