// SOQL literals (SOQL and SOSL Reference: "Quoted String Escape Sequences", "Date Formats and
// Date Literals"): string escapes, date and datetime values, and the relative date literals as
// day ranges in GMT (the offline runtime runs every user in GMT).
import { ApexError, NotImplemented } from '../errors';
import type { DateLiteralName } from './ast';

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\'
};

/**
 * The value of a quoted SOQL string. `\%` and `\_` stay escaped (they only mean something to
 * LIKE, which reads them); any other unknown escape is an error, as on the platform.
 */
export function unescapeSoqlString(quoted: string): string {
  const body = quoted.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = body[++i] ?? '';
    const simple = SIMPLE_ESCAPES[next.toLowerCase()] ?? SIMPLE_ESCAPES[next];
    if (simple !== undefined) out += simple;
    else if (next === '%' || next === '_') out += `\\${next}`;
    else if (next === 'u' || next === 'U') {
      const hex = body.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw invalidEscape(quoted);
      out += fromUnicodeEscape(parseInt(hex, 16));
      i += 4;
    } else throw invalidEscape(quoted);
  }
  return out;
}

/**
 * The Apex lexer knows no `\%` or `\_` escape, so dynamic text has them swapped for two
 * private-use characters before it is parsed (protectLikeEscapes); they come back here.
 */
export const LIKE_PERCENT = 0xe000;
export const LIKE_UNDERSCORE = 0xe001;

function fromUnicodeEscape(code: number): string {
  if (code === LIKE_PERCENT) return '\\%';
  if (code === LIKE_UNDERSCORE) return '\\_';
  return String.fromCharCode(code);
}

/** Rewrites `\%` and `\_` inside the quoted strings of dynamic SOQL text as unicode escapes. */
export function protectLikeEscapes(text: string): string {
  if (!text.includes('\\%') && !text.includes('\\_')) return text;
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '\\') {
      const next = text[i + 1] ?? '';
      if (next === '%') out += '\\uE000';
      else if (next === '_') out += '\\uE001';
      else out += c + next;
      i++;
      continue;
    }
    if (c === "'") quoted = !quoted;
    out += c;
  }
  return out;
}

function invalidEscape(quoted: string): ApexError {
  return new ApexError(
    'QueryException',
    `Invalid string literal ${quoted}. Illegal character sequence '\\' in string literal.`
  );
}

export function parseDateLiteral(text: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new ApexError('QueryException', `value of filter criterion ${text} is invalid`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function parseDatetimeLiteral(text: string): number {
  // 2024-01-31T10:00:00Z, 2024-01-31T10:00:00.000+01:00, 2024-01-31T10:00:00-0800
  const normal = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const millis = Date.parse(normal);
  if (Number.isNaN(millis))
    throw new ApexError('QueryException', `value of filter criterion ${text} is invalid`);
  return millis;
}

/** A range of days [start, end) as epoch days (GMT). */
export interface DayRange {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

/** The days a relative date literal covers, measured from `now` (milliseconds, GMT). */
export function dateLiteralRange(name: DateLiteralName, n: number | null, now: number): DayRange {
  const today = Math.floor(now / DAY_MS);
  const date = new Date(today * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const monthStart = (y: number, m: number) => Date.UTC(y, m, 1) / DAY_MS;
  // Weeks start on Sunday (the en_US locale's first day of the week).
  const weekStart = today - date.getUTCDay();
  const quarterStart = Math.floor(month / 3) * 3;
  const count = n ?? 0;
  switch (name) {
    case 'TODAY':
      return { start: today, end: today + 1 };
    case 'YESTERDAY':
      return { start: today - 1, end: today };
    case 'TOMORROW':
      return { start: today + 1, end: today + 2 };
    case 'THIS_WEEK':
      return { start: weekStart, end: weekStart + 7 };
    case 'LAST_WEEK':
      return { start: weekStart - 7, end: weekStart };
    case 'NEXT_WEEK':
      return { start: weekStart + 7, end: weekStart + 14 };
    case 'THIS_MONTH':
      return { start: monthStart(year, month), end: monthStart(year, month + 1) };
    case 'LAST_MONTH':
      return { start: monthStart(year, month - 1), end: monthStart(year, month) };
    case 'NEXT_MONTH':
      return { start: monthStart(year, month + 1), end: monthStart(year, month + 2) };
    case 'LAST_90_DAYS':
      return { start: today - 90, end: today + 1 };
    case 'NEXT_90_DAYS':
      return { start: today + 1, end: today + 91 };
    // "Starts with the current day and continues for the past n days" (includes today).
    case 'LAST_N_DAYS':
      return { start: today - count, end: today + 1 };
    // "Starts 00:00:00 of the next day and continues for the next n days."
    case 'NEXT_N_DAYS':
      return { start: today + 1, end: today + 1 + count };
    case 'N_DAYS_AGO':
      return { start: today - count, end: today - count + 1 };
    case 'LAST_N_WEEKS':
      return { start: weekStart - 7 * count, end: weekStart };
    case 'NEXT_N_WEEKS':
      return { start: weekStart + 7, end: weekStart + 7 + 7 * count };
    case 'N_WEEKS_AGO':
      return { start: weekStart - 7 * count, end: weekStart - 7 * count + 7 };
    case 'LAST_N_MONTHS':
      return { start: monthStart(year, month - count), end: monthStart(year, month) };
    case 'NEXT_N_MONTHS':
      return { start: monthStart(year, month + 1), end: monthStart(year, month + 1 + count) };
    case 'N_MONTHS_AGO':
      return { start: monthStart(year, month - count), end: monthStart(year, month - count + 1) };
    case 'THIS_QUARTER':
      return { start: monthStart(year, quarterStart), end: monthStart(year, quarterStart + 3) };
    case 'LAST_QUARTER':
      return { start: monthStart(year, quarterStart - 3), end: monthStart(year, quarterStart) };
    case 'NEXT_QUARTER':
      return { start: monthStart(year, quarterStart + 3), end: monthStart(year, quarterStart + 6) };
    case 'THIS_YEAR':
      return { start: monthStart(year, 0), end: monthStart(year + 1, 0) };
    case 'LAST_YEAR':
      return { start: monthStart(year - 1, 0), end: monthStart(year, 0) };
    case 'NEXT_YEAR':
      return { start: monthStart(year + 1, 0), end: monthStart(year + 2, 0) };
    case 'LAST_N_YEARS':
      return { start: monthStart(year - count, 0), end: monthStart(year, 0) };
    case 'NEXT_N_YEARS':
      return { start: monthStart(year + 1, 0), end: monthStart(year + 1 + count, 0) };
    case 'N_YEARS_AGO':
      return { start: monthStart(year - count, 0), end: monthStart(year - count + 1, 0) };
    default:
      throw new NotImplemented(`SOQL date literal ${String(name)}`);
  }
}
