// Run-time type questions: what a declared type converts a value to (assignment, parameters,
// fields), instanceof and casts, and the default value of a declaration. Apex checks most of
// this when it compiles; the interpreter checks it when it runs, with the platform's messages.
import { ApexError } from '../errors';
import { isNumeric, numericValue, toId18 } from '../equality';
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
  type TypeRef
} from '../values';
import { typeToString } from './classes';

const PRIMITIVES = new Set([
  'string',
  'id',
  'integer',
  'long',
  'decimal',
  'double',
  'boolean',
  'date',
  'datetime',
  'time',
  'blob',
  'object'
]);

/** Lower-case name without a leading `System.` (System.String is String). */
export function baseName(type: TypeRef): string {
  const name = type.name.toLowerCase();
  return name.startsWith('system.') ? name.slice(7) : name;
}

export function isPrimitiveType(type: TypeRef): boolean {
  return PRIMITIVES.has(baseName(type));
}

export function isCollectionType(type: TypeRef): boolean {
  const name = baseName(type);
  return name === 'list' || name === 'set' || name === 'map';
}

/** Whether an SObject type name is known: answered by the interpreter's schema. */
export type SObjectTypeTest = (name: string) => boolean;

/** The converted value, as Apex assigns it to a declaration of `type`. */
export function coerce(value: ApexValue, type: TypeRef, isSObjectType: SObjectTypeTest): ApexValue {
  if (value === null) return null;
  const name = baseName(type);
  switch (name) {
    case 'id':
      if (typeof value === 'string') {
        const id = toId18(value);
        if (id === null) throw new ApexError('StringException', `Invalid id: ${value}`);
        return id;
      }
      return value;
    case 'decimal':
    case 'double':
      if (typeof value === 'number') return new ApexDecimal(value, null, name === 'double');
      if (value instanceof ApexDecimal && name === 'double' && !value.isDouble)
        return new ApexDecimal(value.value, null, true);
      return value;
    case 'integer':
      // Integer is 32-bit two's complement: a value stored as an Integer wraps (Apex Developer
      // Guide: "Primitive Data Types" — Integer is a 32-bit number).
      return typeof value === 'number' && Number.isInteger(value) ? value | 0 : value;
    case 'long':
      return value;
    default:
      break;
  }
  // A query's result assigned to a single SObject: exactly one row, or QueryException.
  if (
    value instanceof ApexList &&
    !isCollectionType(type) &&
    (name === 'sobject' || isSObjectType(name))
  ) {
    if (value.items.length === 0)
      throw new ApexError('QueryException', 'List has no rows for assignment to SObject');
    if (value.items.length > 1)
      throw new ApexError('QueryException', 'List has more than 1 row for assignment to SObject');
    return value.items[0];
  }
  return value;
}

/** The default value of a field or variable of this type: null for everything in Apex. */
export function defaultValue(): ApexValue {
  return null;
}

/** The runtime type name of a value, as getTypeName / error messages print it. */
export function runtimeTypeName(value: ApexValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Integer';
  if (value instanceof ApexDecimal) return value.isDouble ? 'Double' : 'Decimal';
  if (value instanceof ApexDate) return 'Date';
  if (value instanceof ApexDatetime) return 'Datetime';
  if (value instanceof ApexTime) return 'Time';
  if (value instanceof ApexBlob) return 'Blob';
  if (value instanceof ApexList) return `List<${typeToString(value.elementType)}>`;
  if (value instanceof ApexSet) return `Set<${typeToString(value.elementType)}>`;
  if (value instanceof ApexMap)
    return `Map<${typeToString(value.keyType)},${typeToString(value.valueType)}>`;
  if (value instanceof SObjectValue) return value.type;
  if (value instanceof ApexObject) return value.cls.name;
  if (value instanceof EnumValue) return value.enumType;
  if (value instanceof TypeValue) return 'System.Type';
  if (value instanceof NativeObject) return value.className;
  return 'Object';
}

/** `value instanceof type`, also used by catch clauses and casts. */
export function isInstanceOf(
  value: ApexValue,
  type: TypeRef,
  isSObjectType: SObjectTypeTest
): boolean {
  if (value === null) return false;
  const name = baseName(type);
  switch (name) {
    case 'object':
      return true;
    case 'string':
      return typeof value === 'string';
    case 'id':
      return typeof value === 'string' && toId18(value) !== null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31;
    case 'long':
      return typeof value === 'number' && Number.isInteger(value);
    case 'decimal':
    case 'double':
      return (
        isNumeric(value) && (value instanceof ApexDecimal || Number.isFinite(numericValue(value)))
      );
    case 'date':
      return value instanceof ApexDate;
    case 'datetime':
      return value instanceof ApexDatetime;
    case 'time':
      return value instanceof ApexTime;
    case 'blob':
      return value instanceof ApexBlob;
    case 'sobject':
      return value instanceof SObjectValue;
    case 'list':
      return (
        value instanceof ApexList && elementTypeFits(value.elementType, type.args[0], isSObjectType)
      );
    case 'set':
      return (
        value instanceof ApexSet && elementTypeFits(value.elementType, type.args[0], isSObjectType)
      );
    case 'map':
      return value instanceof ApexMap;
    case 'type':
      return value instanceof TypeValue;
    default:
      break;
  }
  if (value instanceof SObjectValue) return value.type.toLowerCase() === name;
  if (value instanceof ApexObject) return value.cls.isA(type.name);
  if (value instanceof EnumValue)
    return (
      value.enumType.toLowerCase() === name || value.enumType.toLowerCase().endsWith(`.${name}`)
    );
  if (value instanceof NativeObject)
    return (
      value.className.toLowerCase() === name || value.className.toLowerCase().endsWith(`.${name}`)
    );
  void isSObjectType;
  return false;
}

/** List<Account> is a List<SObject> and a List<Object>; a List<Object> is not a List<String>. */
function elementTypeFits(
  actual: TypeRef,
  wanted: TypeRef | undefined,
  isSObjectType: SObjectTypeTest
): boolean {
  if (!wanted) return true;
  const want = baseName(wanted);
  const have = baseName(actual);
  if (want === 'object' || want === have) return true;
  if (want === 'sobject') return have === 'sobject' || isSObjectType(have);
  if (want === 'id' && have === 'string') return false;
  return false;
}
