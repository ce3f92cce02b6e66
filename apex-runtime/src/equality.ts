// Equality, ordering and collection keys as Apex defines them (Apex Developer Guide,
// "Expression Operators" and "Sets"/"Maps"): `==` on Strings ignores case, on Ids compares the
// 18-character form, on SObjects and collections compares contents; Set and Map keys of type
// String are case-sensitive; `===` is reference equality.
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexTime,
  EnumValue,
  NativeObject,
  SObjectValue,
  TypeValue,
  type ApexValue,
  type Key
} from './values';

const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The three-character case-safe suffix of a 15-character Id. */
export function idSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * Id.valueOf: the 18-character form, or null when the text is not an Id. An 18-character value
 * must carry the right suffix for its first 15 characters (the suffix's case is not checked).
 */
export function toId18(value: string): string | null {
  if (!ID_SHAPE.test(value)) return null;
  const id15 = value.slice(0, 15);
  const suffix = idSuffix(id15);
  if (value.length === 18 && value.slice(15).toUpperCase() !== suffix) return null;
  return id15 + suffix;
}

export function isNumeric(value: ApexValue): value is number | ApexDecimal {
  return typeof value === 'number' || value instanceof ApexDecimal;
}

export function numericValue(value: number | ApexDecimal): number {
  return typeof value === 'number' ? value : value.value;
}

/** Apex `==`. */
export function apexEquals(a: ApexValue, b: ApexValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === 'string' && typeof b === 'string') {
    if (a.length !== b.length && ID_SHAPE.test(a) && ID_SHAPE.test(b)) {
      const ia = toId18(a);
      return ia !== null && ia === toId18(b);
    }
    return a.toLowerCase() === b.toLowerCase();
  }
  if (isNumeric(a) && isNumeric(b)) return numericValue(a) === numericValue(b);
  if (a instanceof ApexDate && b instanceof ApexDate) return a.toEpochDay() === b.toEpochDay();
  if (a instanceof ApexDatetime && b instanceof ApexDatetime) return a.millis === b.millis;
  if (a instanceof ApexTime && b instanceof ApexTime) return a.millisOfDay === b.millisOfDay;
  if (a instanceof EnumValue && b instanceof EnumValue)
    return a.enumType.toLowerCase() === b.enumType.toLowerCase() && a.name === b.name;
  if (a instanceof TypeValue && b instanceof TypeValue) return keyOf(a) === keyOf(b);
  if (a instanceof ApexBlob && b instanceof ApexBlob) return keyOf(a) === keyOf(b);
  if (a instanceof ApexList && b instanceof ApexList) {
    return a.items.length === b.items.length && a.items.every((x, i) => apexEquals(x, b.items[i]));
  }
  if (a instanceof ApexSet && b instanceof ApexSet) {
    return (
      a.entries.size === b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k))
    );
  }
  if (a instanceof ApexMap && b instanceof ApexMap) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, [, v]] of a.entries) {
      const other = b.entries.get(k);
      if (!other || !apexEquals(v, other[1])) return false;
    }
    return true;
  }
  if (a instanceof SObjectValue && b instanceof SObjectValue) {
    if (a.type.toLowerCase() !== b.type.toLowerCase() || a.fields.size !== b.fields.size)
      return false;
    for (const [name, value] of a.fields) {
      if (!b.fields.has(name) || !apexEquals(value, b.fields.get(name) ?? null)) return false;
    }
    return true;
  }
  // Instances of Apex classes without equals(): reference equality (the interpreter calls a
  // user-defined equals() before reaching here).
  return false;
}

let objectIdentities = new WeakMap<object, number>();
let nextIdentity = 1;

function identity(value: object): number {
  let id = objectIdentities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    objectIdentities.set(value, id);
  }
  return id;
}

/** Resets identity numbering (between test methods, so keys do not grow without end). */
export function resetIdentities(): void {
  objectIdentities = new WeakMap();
  nextIdentity = 1;
}

/**
 * The key a Set or Map files a value under. Strings are case-sensitive; an Id-shaped string of
 * 15 characters files under its 18-character form when the collection holds Ids (the caller
 * converts before). Numbers of equal value share a key whatever their type.
 */
export function keyOf(value: ApexValue): Key {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return `s:${value}`;
  if (value instanceof ApexDecimal) return value.value;
  if (value instanceof ApexDate) return `d:${value.toEpochDay()}`;
  if (value instanceof ApexDatetime) return `t:${value.millis}`;
  if (value instanceof ApexTime) return `h:${value.millisOfDay}`;
  if (value instanceof EnumValue) return `e:${value.enumType.toLowerCase()}.${value.name}`;
  if (value instanceof TypeValue) return `y:${typeKey(value.type)}`;
  if (value instanceof ApexBlob) return `b:${Buffer.from(value.bytes).toString('base64')}`;
  if (value instanceof ApexList) return `l:[${value.items.map((x) => String(keyOf(x))).join(',')}]`;
  if (value instanceof ApexSet)
    return `S:{${[...value.entries.keys()].map(String).sort().join(',')}}`;
  if (value instanceof ApexMap) {
    const parts = [...value.entries].map(([k, [, v]]) => `${String(k)}=${String(keyOf(v))}`);
    return `m:{${parts.sort().join(',')}}`;
  }
  if (value instanceof SObjectValue) {
    const parts = [...value.fields].map(([k, v]) => `${k}=${String(keyOf(v))}`);
    return `o:${value.type.toLowerCase()}{${parts.sort().join(',')}}`;
  }
  if (value instanceof ApexObject || value instanceof NativeObject) return `r:${identity(value)}`;
  return `?:${String(value)}`;
}

function typeKey(type: { name: string; args: { name: string; args: unknown[] }[] }): string {
  const args = type.args as (typeof type)[];
  return args.length
    ? `${type.name.toLowerCase()}<${args.map(typeKey).join(',')}>`
    : type.name.toLowerCase();
}

/**
 * Ordering for `<`, List.sort() and ORDER BY: numbers by value, Strings ignoring case (then by
 * code unit, so the order is total), dates and times by instant, Booleans false before true.
 * null sorts first. Returns <0, 0 or >0.
 */
export function compareValues(a: ApexValue, b: ApexValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (isNumeric(a) && isNumeric(b)) return numericValue(a) - numericValue(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    if (la !== lb) return la < lb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (a instanceof ApexDate && b instanceof ApexDate) return a.toEpochDay() - b.toEpochDay();
  if (a instanceof ApexDatetime && b instanceof ApexDatetime) return a.millis - b.millis;
  if (a instanceof ApexTime && b instanceof ApexTime) return a.millisOfDay - b.millisOfDay;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof EnumValue && b instanceof EnumValue) return a.ordinal - b.ordinal;
  const ka = String(keyOf(a));
  const kb = String(keyOf(b));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
