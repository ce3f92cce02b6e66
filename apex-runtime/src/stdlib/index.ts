// The system classes the interpreter dispatches to: static methods by class name, instance
// methods by the receiver's value kind. Names are matched lower-case; an unknown method is
// NotImplemented, naming it.
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexList,
  ApexMap,
  ApexSet,
  ApexTime,
  NativeObject,
  type ApexValue
} from '../values';
import { notImplemented } from './args';
import { LIST_METHODS, MAP_METHODS, SET_METHODS } from './collections';
import { BLOB_METHODS, BLOB_STATIC, CRYPTO_STATIC, ENCODING_UTIL_STATIC } from './crypto';
import {
  DATE_METHODS,
  DATE_STATIC,
  DATETIME_METHODS,
  DATETIME_STATIC,
  TIME_METHODS,
  TIME_STATIC
} from './dates';
import type { InstanceMethod, Interop, StaticMethod } from './interop';
import { JSON_STATIC } from './json';
import { MATH_STATIC } from './math';
import {
  BOOLEAN_STATIC,
  DECIMAL_METHODS,
  DECIMAL_STATIC,
  DOUBLE_STATIC,
  ID_METHODS,
  ID_STATIC,
  INTEGER_METHODS,
  INTEGER_STATIC,
  LONG_STATIC
} from './numbers';
import { MATCHER_METHODS, PATTERN_METHODS, PATTERN_STATIC } from './pattern';
import { STRING_METHODS } from './strings';
import { STRING_STATIC } from './strings-static';

export type { InstanceMethod, Interop, StaticMethod } from './interop';
export { apexToString, type StringMode } from './text';
export { naturalCompare, sortList } from './sort';
export { keyFor, mapPut, setAdd, cloneSObject } from './collections';
export { messageFormat } from './format';
export { javaRegExp, splitJava, replaceAllJava } from './regex';
export {
  STRING_STATIC,
  STRING_METHODS,
  INTEGER_STATIC,
  INTEGER_METHODS,
  LONG_STATIC,
  DECIMAL_STATIC,
  DECIMAL_METHODS,
  DOUBLE_STATIC,
  BOOLEAN_STATIC,
  ID_STATIC,
  ID_METHODS,
  MATH_STATIC,
  DATE_STATIC,
  DATE_METHODS,
  DATETIME_STATIC,
  DATETIME_METHODS,
  TIME_STATIC,
  TIME_METHODS,
  LIST_METHODS,
  SET_METHODS,
  MAP_METHODS,
  BLOB_STATIC,
  BLOB_METHODS,
  CRYPTO_STATIC,
  ENCODING_UTIL_STATIC,
  JSON_STATIC,
  PATTERN_STATIC,
  PATTERN_METHODS,
  MATCHER_METHODS
};

/** System classes with static methods, by lower-case name without the `System.` prefix. */
export const STATIC_CLASSES: Record<string, Record<string, StaticMethod>> = {
  string: STRING_STATIC,
  integer: INTEGER_STATIC,
  long: LONG_STATIC,
  decimal: DECIMAL_STATIC,
  double: DOUBLE_STATIC,
  boolean: BOOLEAN_STATIC,
  id: ID_STATIC,
  math: MATH_STATIC,
  date: DATE_STATIC,
  datetime: DATETIME_STATIC,
  time: TIME_STATIC,
  blob: BLOB_STATIC,
  crypto: CRYPTO_STATIC,
  encodingutil: ENCODING_UTIL_STATIC,
  json: JSON_STATIC,
  pattern: PATTERN_STATIC
};

const NATIVE_METHODS: Record<string, Record<string, InstanceMethod<NativeObject>>> = {
  'System.Pattern': PATTERN_METHODS,
  'System.Matcher': MATCHER_METHODS
};

/** True when stdlib owns static methods of this class ('String', 'System.Math', …). */
export function isStdlibClass(className: string): boolean {
  return className.toLowerCase().replace(/^system\./, '') in STATIC_CLASSES;
}

/** Calls `Class.method(args)`; NotImplemented when the class or method is unknown. */
export function callStatic(
  rt: Interop,
  className: string,
  method: string,
  args: ApexValue[]
): ApexValue {
  const table = STATIC_CLASSES[className.toLowerCase().replace(/^system\./, '')];
  const fn = table?.[method.toLowerCase()];
  if (!fn) return notImplemented(rt, `${className}.${method}`);
  return fn(rt, args);
}

/**
 * Calls `receiver.method(args)` for a built-in value (the receiver is not null: the null
 * check and its NullPointerException are the interpreter's). `declaredType` tells an Id from
 * a String (both are JS strings); Id receivers also have every String method.
 */
export function callMethod(
  rt: Interop,
  receiver: ApexValue,
  method: string,
  args: ApexValue[],
  declaredType?: string
): ApexValue {
  const name = method.toLowerCase();
  const fn = lookup(receiver, name, declaredType);
  if (!fn) return notImplemented(rt, `${kindName(receiver, declaredType)}.${method}`);
  return (fn as InstanceMethod<ApexValue>)(rt, receiver, args);
}

/** The instance method for this receiver kind, or undefined. */
// The tables are keyed by receiver type; the union is narrowed by the kind checks below.
function lookup(
  receiver: ApexValue,
  name: string,
  declaredType?: string
): InstanceMethod<never> | undefined {
  if (typeof receiver === 'string') {
    if (declaredType?.toLowerCase() === 'id' && ID_METHODS[name]) return ID_METHODS[name];
    return STRING_METHODS[name];
  }
  if (typeof receiver === 'number') return INTEGER_METHODS[name];
  if (receiver instanceof ApexDecimal) return DECIMAL_METHODS[name];
  if (receiver instanceof ApexDate) return DATE_METHODS[name];
  if (receiver instanceof ApexDatetime) return DATETIME_METHODS[name];
  if (receiver instanceof ApexTime) return TIME_METHODS[name];
  if (receiver instanceof ApexBlob) return BLOB_METHODS[name];
  if (receiver instanceof ApexList) return LIST_METHODS[name];
  if (receiver instanceof ApexSet) return SET_METHODS[name];
  if (receiver instanceof ApexMap) return MAP_METHODS[name];
  if (receiver instanceof NativeObject) return NATIVE_METHODS[receiver.className]?.[name];
  return undefined;
}

/** True when stdlib has this instance method for the receiver. */
export function hasStdlibMethod(
  receiver: ApexValue,
  method: string,
  declaredType?: string
): boolean {
  return lookup(receiver, method.toLowerCase(), declaredType) !== undefined;
}

function kindName(receiver: ApexValue, declaredType?: string): string {
  if (declaredType) return declaredType;
  if (receiver === null) return 'null';
  if (typeof receiver !== 'object') return typeof receiver;
  return receiver instanceof NativeObject ? receiver.className : receiver.constructor.name;
}
