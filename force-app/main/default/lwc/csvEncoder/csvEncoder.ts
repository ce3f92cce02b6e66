/**
 * The one CSV encoder (RFC 4180: CRLF after every row), shared by the org-wide view's download
 * and `why-api-only audit --csv`. Values come from the org, so they are treated as hostile.
 */

// A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(…) leaks data
// when clicked); a leading apostrophe makes Excel, LibreOffice and Sheets show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
// `;` too: spreadsheets in semicolon locales split unquoted fields on it.
const NEEDS_QUOTES = /[",;\r\n]/;

/** One field: defused when it would start a formula, quoted when it holds a separator. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Whole rows of fields, each row ended by CRLF. */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
