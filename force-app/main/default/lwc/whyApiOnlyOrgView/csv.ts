import { csvRows } from 'c/csvEncoder';
import type { OrgRow } from './orgRows';

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
  return csvRows([
    [headers.name, headers.username, headers.profile, headers.license, headers.active, headers.why],
    ...rows.map((row) => [
      row.name,
      row.username,
      row.profile,
      row.license,
      row.isActive ? yesNo.yes : yesNo.no,
      row.why
    ])
  ]);
}

/** A data: URI the browser downloads as a file (no server round trip). */
export function csvDataUri(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
