/** Which audit rows `--only` keeps. */
import type { Audit, AuditRow } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { MFA_API, MFA_UI } from '../../force-app/main/default/lwc/accessEngine/tracked';

export const ONLY_VALUES = ['api-only', 'mfa'] as const;
export type OnlyFilter = (typeof ONLY_VALUES)[number];

export function isOnlyFilter(value: string): value is OnlyFilter {
  return (ONLY_VALUES as readonly string[]).includes(value);
}

export function effective(row: AuditRow, field: string): boolean {
  return row.permissions[field]?.effective ?? false;
}

export function filterRows(audit: Audit, only: OnlyFilter | undefined): readonly AuditRow[] {
  switch (only) {
    case undefined:
      return audit.rows;
    case 'api-only':
      return audit.rows.filter((row) => row.apiOnly);
    case 'mfa':
      return audit.rows.filter((row) => effective(row, MFA_UI) || effective(row, MFA_API));
  }
}
