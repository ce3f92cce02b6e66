import type { OrgRow } from './orgRows';

/** One CSV field (RFC 4180): quoted when needed; a leading = + - @ is defused for spreadsheets. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The org-wide view as CSV: a header row of the given column titles, then one row per user. */
export function toCsv(
  headers: {
    name: string;
    username: string;
    profile: string;
    license: string;
    active: string;
    why: string;
  },
  rows: readonly OrgRow[],
  yesNo: { yes: string; no: string }
): string {
  const lines = [
    [headers.name, headers.username, headers.profile, headers.license, headers.active, headers.why],
    ...rows.map((row) => [
      row.name,
      row.username,
      row.profile,
      row.license,
      row.isActive ? yesNo.yes : yesNo.no,
      row.why
    ])
  ];
  return lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A data: URI the browser downloads as a file (no server round trip). */
export function csvDataUri(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
