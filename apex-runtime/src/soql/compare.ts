// How SOQL compares a field with a value (SOQL and SOSL Reference: "Comparison Operators"):
// text ignores case; Ids compare on their 15 case-sensitive characters whatever length is given;
// `!=` and NOT IN keep rows whose field is null; <, >, LIKE never match null; dates compare by
// day, datetimes by instant, and a date literal (TODAY, LAST_N_DAYS:n) stands for a range.
import { ApexError } from '../errors';
import { isNumeric, numericValue, toId18 } from '../equality';
import type { FieldType } from '../platform/contracts';
import {
  ApexDate,
  ApexDatetime,
  ApexList,
  ApexSet,
  ApexTime,
  SObjectValue,
  type ApexValue
} from '../values';
import type { DayRange } from './literals';

const DAY_MS = 86_400_000;

const TEXT_TYPES = new Set<FieldType>([
  'string',
  'textarea',
  'picklist',
  'multipicklist',
  'combobox',
  'email',
  'phone',
  'url',
  'encryptedstring'
]);

export const isIdType = (type: FieldType) => type === 'id' || type === 'reference';
export const isTextType = (type: FieldType) => TEXT_TYPES.has(type);

/** A value on the right of an operator, made comparable once before the rows are scanned. */
export type Operand = { range: DayRange } | { value: Comparable };

/** A normalised value: Ids as 15 characters, text lower-case, dates and times as numbers. */
export type Comparable = string | number | boolean | null;

/** Normalises a stored or bound value for comparison with a field of this type. */
export function comparable(type: FieldType, value: ApexValue, checkId = false): Comparable {
  if (value === null) return null;
  if (isIdType(type)) {
    const text = value instanceof SObjectValue ? value.get('id') : value;
    if (typeof text !== 'string') throw invalidFilter(value);
    const id = toId18(text);
    if (id === null) {
      if (checkId) throw new ApexError('QueryException', `invalid ID field: ${text}`);
      return text;
    }
    return id.slice(0, 15);
  }
  if (typeof value === 'string')
    return isTextType(type) || type === 'anytype' ? value.toLowerCase() : value;
  if (typeof value === 'boolean') return value;
  if (isNumeric(value)) return numericValue(value);
  if (value instanceof ApexDate) {
    return type === 'datetime' ? value.toEpochDay() * DAY_MS : value.toEpochDay();
  }
  if (value instanceof ApexDatetime) {
    return type === 'date' ? Math.floor(value.millis / DAY_MS) : value.millis;
  }
  if (value instanceof ApexTime) return value.millisOfDay;
  throw invalidFilter(value);
}

function invalidFilter(value: ApexValue): ApexError {
  const text = value === null ? 'null' : String(value);
  return new ApexError('QueryException', `value of filter criterion is invalid: ${text}`);
}

/** Ordering of two normalised values of the same field (null handled by the caller). */
export function compareComparable(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The range of a date literal in the field's unit (days for dates, milliseconds otherwise). */
export function rangeFor(type: FieldType, range: DayRange): DayRange {
  return type === 'date' ? range : { start: range.start * DAY_MS, end: range.end * DAY_MS };
}

export function compareWith(op: string, left: Comparable, right: Operand): boolean {
  if ('range' in right) {
    if (left === null) return op === '!=';
    const value = left as number;
    const { start, end } = right.range;
    switch (op) {
      case '=':
        return value >= start && value < end;
      case '!=':
        return value < start || value >= end;
      case '<':
        return value < start;
      case '<=':
        return value < end;
      case '>':
        return value >= end;
      case '>=':
        return value >= start;
    }
    return false;
  }
  const value = right.value;
  if (op === '=') return left === value;
  if (op === '!=') return left !== value;
  if (left === null || value === null) return false;
  const order = compareComparable(left, value);
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
  return false;
}

/** The items of an IN list bind: a List or Set (a List<SObject> gives its records, read as Ids). */
export function bindItems(value: ApexValue): ApexValue[] {
  if (value instanceof ApexList) return value.items;
  if (value instanceof ApexSet) return [...value.entries.values()];
  return [value];
}

/**
 * LIKE: `%` any run of characters, `_` one character, `\%` `\_` `\\` the character itself;
 * case-insensitive.
 */
export function likePattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      source += escapeRegex(pattern[++i]);
    } else if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else source += escapeRegex(c);
  }
  return new RegExp(`^${source}$`, 'is');
}

const escapeRegex = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** INCLUDES / EXCLUDES on a multi-select picklist: `'a;b'` in the list means both a and b. */
export function includesAny(fieldValue: ApexValue, items: string[]): boolean {
  if (typeof fieldValue !== 'string') return false;
  const chosen = new Set(fieldValue.split(';').map((part) => part.trim().toLowerCase()));
  return items.some((item) =>
    item
      .split(';')
      .map((part) => part.trim().toLowerCase())
      .every((part) => chosen.has(part))
  );
}
