// SObject fields in Apex memory: reading and writing by name (with the platform's checks: an
// unknown field, a field a query did not select), relationships, and the SObject methods
// (get, put, getPopulatedFieldsAsMap, clone, getSObjectType, …).
import { ApexError, NotImplemented } from '../../errors';
import { keyOf, toId18 } from '../../equality';
import type { FieldDescribe, ObjectDescribe } from '../../platform/contracts';
import {
  ApexDecimal,
  ApexList,
  ApexMap,
  NativeObject,
  SObjectValue,
  typeRef,
  type ApexValue
} from '../../values';
import type { Interpreter } from '../interpreter';

/** Rows that came from SOQL: reading a field the query did not select is an error there. */
const queriedRows = new WeakSet<SObjectValue>();

export function markQueried(value: ApexValue): void {
  if (value instanceof ApexList) value.items.forEach(markQueried);
  else if (value instanceof SObjectValue && !queriedRows.has(value)) {
    queriedRows.add(value);
    for (const child of value.fields.values()) {
      if (child instanceof SObjectValue || child instanceof ApexList) markQueried(child);
    }
  }
}

type Member =
  | { kind: 'field'; field: FieldDescribe }
  | { kind: 'parent'; field: FieldDescribe; name: string }
  | { kind: 'children'; name: string; childSObject: string };

const memberCache = new WeakMap<ObjectDescribe, Map<string, Member | null>>();

/** A field, a parent relationship (`Profile`) or a child relationship (`Assignments`). */
export function memberOf(object: ObjectDescribe, name: string): Member | null {
  let cache = memberCache.get(object);
  if (!cache) {
    cache = new Map();
    memberCache.set(object, cache);
  }
  const key = name.toLowerCase();
  if (cache.has(key)) return cache.get(key)!;
  let member: Member | null = null;
  const field = object.fields.get(key);
  if (field) member = { kind: 'field', field };
  else {
    for (const candidate of object.fields.values()) {
      if (candidate.relationshipName && candidate.relationshipName.toLowerCase() === key) {
        member = { kind: 'parent', field: candidate, name: candidate.relationshipName };
        break;
      }
    }
    const child = object.childRelationships.get(key);
    if (!member && child)
      member = { kind: 'children', name: child.relationshipName, childSObject: child.childSObject };
  }
  cache.set(key, member);
  return member;
}

function describeOf(it: Interpreter, record: SObjectValue): ObjectDescribe {
  const object = it.schema.object(record.type);
  if (!object)
    throw new NotImplemented(`SObject type ${record.type} without a describe`, it.where());
  return object;
}

export function readField(it: Interpreter, record: SObjectValue, name: string): ApexValue {
  const key = name.toLowerCase();
  if (record.type === 'AggregateResult') return record.fields.get(key) ?? null;
  const object = describeOf(it, record);
  const member = memberOf(object, name);
  if (!member) throw new ApexError('SObjectException', `Invalid field ${name} for ${object.name}`);
  const stored = member.kind === 'field' ? member.field.name : member.name;
  const storedKey = stored.toLowerCase();
  if (record.fields.has(storedKey)) return record.fields.get(storedKey) ?? null;
  if (queriedRows.has(record) && !(member.kind === 'field' && storedKey === 'id')) {
    const what =
      member.kind === 'children' ? `relationship ${stored}` : `field: ${object.name}.${stored}`;
    throw new ApexError(
      'SObjectException',
      `SObject row was retrieved via SOQL without querying the requested ${what}`
    );
  }
  return null;
}

/** Converts a value to what a field of this type holds (Ids to 18 characters, numbers). */
export function fieldValue(field: FieldDescribe, value: ApexValue): ApexValue {
  if (value === null) return null;
  switch (field.type) {
    case 'id':
    case 'reference':
      if (typeof value === 'string') {
        const id = toId18(value);
        if (id === null) throw new ApexError('StringException', `Invalid id: ${value}`);
        return id;
      }
      return value;
    case 'double':
    case 'currency':
    case 'percent':
      return typeof value === 'number' ? new ApexDecimal(value, field.scale || null) : value;
    default:
      return value;
  }
}

export function writeField(
  it: Interpreter,
  record: SObjectValue,
  name: string,
  value: ApexValue
): ApexValue {
  const object = describeOf(it, record);
  const member = memberOf(object, name);
  if (!member) throw new ApexError('SObjectException', `Invalid field ${name} for ${object.name}`);
  if (member.kind === 'field') {
    const converted = fieldValue(member.field, value);
    record.fields.set(member.field.name.toLowerCase(), converted);
    return converted;
  }
  if (member.kind === 'parent') {
    if (value !== null && !(value instanceof SObjectValue))
      throw new ApexError('SObjectException', `Illegal assignment to relationship ${member.name}`);
    record.fields.set(member.name.toLowerCase(), value);
    return value;
  }
  record.fields.set(member.name.toLowerCase(), value);
  return value;
}

/** The schema's spelling of a field name (getPopulatedFieldsAsMap returns these). */
function canonicalName(object: ObjectDescribe, key: string): string {
  const member = memberOf(object, key);
  if (!member) return key;
  return member.kind === 'field' ? member.field.name : member.name;
}

function fieldNameArgument(value: ApexValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof NativeObject && value.className === 'Schema.SObjectField')
    return (value.state as { field: string }).field;
  throw new ApexError('SObjectException', 'Invalid field name');
}

export function sobjectMethod(
  it: Interpreter,
  record: SObjectValue,
  name: string,
  args: ApexValue[]
): ApexValue {
  const object = describeOf(it, record);
  switch (name.toLowerCase()) {
    case 'get':
      return readField(it, record, fieldNameArgument(args[0]));
    case 'put': {
      const field = fieldNameArgument(args[0]);
      const before = record.fields.get(field.toLowerCase()) ?? null;
      writeField(it, record, field, args[1]);
      return before;
    }
    case 'getsobject':
      return readField(it, record, fieldNameArgument(args[0]));
    case 'getsobjects':
      return readField(it, record, fieldNameArgument(args[0]));
    case 'putsobject':
      writeField(it, record, fieldNameArgument(args[0]), args[1]);
      return args[1];
    case 'getsobjecttype':
      return sobjectTypeToken(object.name);
    case 'getpopulatedfieldsasmap': {
      const map = new ApexMap(typeRef('String'), typeRef('Object'));
      for (const [key, value] of record.fields) {
        const fieldName = canonicalName(object, key);
        map.entries.set(keyOf(fieldName), [fieldName, value]);
      }
      return map;
    }
    case 'isset':
      return record.fields.has(fieldNameArgument(args[0]).toLowerCase());
    case 'clone':
      return cloneRecord(record, args);
    case 'id':
      return record.fields.get('id') ?? null;
    default:
      throw new NotImplemented(`SObject method ${name}`, it.where());
  }
}

/** clone(preserveId = false, isDeepClone = false, …): a copy; relationships copied when deep. */
function cloneRecord(record: SObjectValue, args: ApexValue[]): SObjectValue {
  const preserveId = args[0] === true;
  const deep = args[1] === true;
  const copy = new SObjectValue(record.type);
  for (const [key, value] of record.fields) {
    if (key === 'id' && !preserveId) continue;
    copy.fields.set(
      key,
      deep && value instanceof SObjectValue ? cloneRecord(value, [true, true]) : value
    );
  }
  if (queriedRows.has(record)) queriedRows.add(copy);
  return copy;
}

export function sobjectTypeToken(objectName: string): NativeObject {
  return new NativeObject('Schema.SObjectType', { object: objectName });
}

export function sobjectFieldToken(objectName: string, fieldName: string): NativeObject {
  return new NativeObject('Schema.SObjectField', { object: objectName, field: fieldName });
}
