// JSON.deserialize / deserializeStrict / deserializeUntyped (Apex Reference: JSON Class).
// Into an Apex class or (API 35.0+) an SObject, JSON fields the type lacks are ignored;
// deserializeStrict rejects them. Field names match case-insensitively, as Apex names do.
import { ApexError } from '../errors';
import { toId18 } from '../equality';
import type { FieldDescribe, ObjectDescribe } from '../platform/contracts';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexList,
  ApexMap,
  ApexSet,
  ApexTime,
  SObjectValue,
  typeRef,
  type ApexValue,
  type TypeRef
} from '../values';
import { decimal, double, notImplemented } from './args';
import { mapPut, setAdd } from './collections';
import type { Interop } from './interop';
import type { JsonValue } from './json-parse';
import { parseDecimal } from './numbers';

const OBJECT = typeRef('Object');
const STRING = typeRef('String');

function mismatch(expected: string, node: JsonValue): never {
  throw new ApexError(
    'JSONException',
    `Cannot deserialize instance of ${expected} from ${node.kind} value`
  );
}

/** deserializeUntyped: objects → Map<String, Object>, arrays → List<Object>. */
export function untyped(node: JsonValue): ApexValue {
  switch (node.kind) {
    case 'null':
      return null;
    case 'boolean':
      return node.value;
    case 'string':
      return node.value;
    case 'number':
      return numberValue(node.text);
    case 'array':
      return new ApexList(OBJECT, node.items.map(untyped));
    case 'object': {
      const map = new ApexMap(STRING, OBJECT);
      for (const [k, v] of node.entries) map.entries.set(`s:${k}`, [k, untyped(v)]);
      return map;
    }
  }
}

/** A JSON number as Apex reads it untyped: Integer, Long when too big, else Decimal. */
function numberValue(text: string): ApexValue {
  if (/^-?\d+$/.test(text)) return Number(text);
  return parseDecimal(text);
}

const scalarText = (node: JsonValue): string | null =>
  node.kind === 'string'
    ? node.value
    : node.kind === 'number'
      ? node.text
      : node.kind === 'boolean'
        ? String(node.value)
        : null;

export function parseJsonDatetime(text: string): ApexDatetime {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text
    );
  if (!m)
    throw new ApexError(
      'JSONException',
      `Cannot deserialize instance of datetime from VALUE_STRING value ${text}`
    );
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = m;
  let offset = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    offset =
      (digits[0] === '-' ? -1 : 1) *
      (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) *
      60_000;
  }
  const millis = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(ms.padEnd(3, '0')));
  return new ApexDatetime(millis - offset);
}

function primitive(rt: Interop, node: JsonValue, name: string): ApexValue {
  const text = scalarText(node);
  if (text === null) return mismatch(name, node);
  switch (name) {
    case 'string':
      return text;
    case 'id': {
      const id = toId18(text);
      if (id === null) throw new ApexError('JSONException', `Invalid id: ${text}`);
      return id;
    }
    case 'boolean':
      if (node.kind !== 'boolean' && text !== 'true' && text !== 'false') mismatch(name, node);
      return text === 'true';
    case 'integer':
    case 'long':
      if (!/^-?\d+(\.0*)?$/.test(text)) mismatch(name, node);
      return Math.trunc(Number(text));
    case 'decimal':
      return parseDecimal(text);
    case 'double':
      return double(Number(parseDecimal(text).value));
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
      if (!m)
        throw new ApexError(
          'JSONException',
          `Cannot deserialize instance of date from VALUE_STRING value ${text}`
        );
      return new ApexDate(+m[1], +m[2], +m[3]);
    }
    case 'datetime':
      return parseJsonDatetime(text);
    case 'time': {
      const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z?$/.exec(text);
      if (!m)
        throw new ApexError(
          'JSONException',
          `Cannot deserialize instance of time from VALUE_STRING value ${text}`
        );
      return new ApexTime(
        ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000 + Number((m[4] ?? '0').padEnd(3, '0'))
      );
    }
    case 'blob':
      return new ApexBlob(new Uint8Array(Buffer.from(text, 'base64')));
  }
  return notImplemented(rt, `JSON.deserialize into ${name}`);
}

const PRIMITIVES = new Set([
  'string',
  'id',
  'boolean',
  'integer',
  'long',
  'decimal',
  'double',
  'date',
  'datetime',
  'time',
  'blob'
]);

export function typed(rt: Interop, node: JsonValue, type: TypeRef, strict: boolean): ApexValue {
  if (node.kind === 'null') return null;
  const name = type.name.toLowerCase().replace(/^system\./, '');
  if (name === 'object') return untyped(node);
  if (PRIMITIVES.has(name)) return primitive(rt, node, name);
  if (name === 'list' || name === 'set') {
    if (node.kind !== 'array') return mismatch(type.name, node);
    const element = type.args[0] ?? OBJECT;
    const items = node.items.map((x) => typed(rt, x, element, strict));
    if (name === 'list') return new ApexList(element, items);
    const set = new ApexSet(element);
    for (const x of items) setAdd(rt, set, x);
    return set;
  }
  if (name === 'map') {
    if (node.kind !== 'object') return mismatch(type.name, node);
    const [keyType = STRING, valueType = OBJECT] = type.args;
    const map = new ApexMap(keyType, valueType);
    for (const [k, v] of node.entries)
      mapPut(
        rt,
        map,
        primitive(rt, { kind: 'string', value: k }, keyType.name.toLowerCase()),
        typed(rt, v, valueType, strict)
      );
    return map;
  }
  const describe =
    name === 'sobject' ? undefined : rt.platform.schema.object(type.name.replace(/^Schema\./i, ''));
  if (describe || name === 'sobject') return sObject(rt, node, describe, strict);
  const fields = rt.classFields(type);
  if (fields) {
    if (node.kind !== 'object') return mismatch(type.name, node);
    const instance = rt.newInstance(type);
    const byName = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
    for (const [k, v] of node.entries) {
      const field = byName.get(k.toLowerCase());
      if (!field) {
        if (strict)
          throw new ApexError(
            'JSONException',
            `No such column '${k}' on object of type ${type.name}`
          );
        continue;
      }
      instance.fields.set(field.name.toLowerCase(), typed(rt, v, field.type, strict));
    }
    return instance;
  }
  return notImplemented(rt, `JSON.deserialize into ${type.name}`);
}

function sObject(
  rt: Interop,
  node: JsonValue,
  expected: ObjectDescribe | undefined,
  strict: boolean
): ApexValue {
  if (node.kind !== 'object') return mismatch(expected?.name ?? 'SObject', node);
  const attributes = node.entries.find(([k]) => k === 'attributes')?.[1];
  const typeName =
    attributes?.kind === 'object' ? attributes.entries.find(([k]) => k === 'type')?.[1] : undefined;
  const describe =
    typeName?.kind === 'string'
      ? (rt.platform.schema.object(typeName.value) ?? expected)
      : expected;
  if (!describe)
    throw new ApexError('JSONException', 'Cannot deserialize an SObject without attributes.type');
  const record = new SObjectValue(describe.name);
  for (const [key, value] of node.entries) {
    if (key === 'attributes') continue;
    const lower = key.toLowerCase();
    const field = describe.fields.get(lower);
    if (field) {
      record.set(lower, value.kind === 'null' ? null : fieldValue(rt, value, field));
      continue;
    }
    const parent = [...describe.fields.values()].find(
      (f) => f.relationshipName?.toLowerCase() === lower
    );
    if (parent) {
      const target = rt.platform.schema.object(parent.referenceTo[0] ?? '');
      record.set(lower, value.kind === 'null' ? null : sObject(rt, value, target, strict));
      continue;
    }
    const child = describe.childRelationships.get(lower);
    if (child) {
      const childType = rt.platform.schema.object(child.childSObject);
      const records =
        value.kind === 'object' ? value.entries.find(([k]) => k === 'records')?.[1] : value;
      const rows =
        records?.kind === 'array'
          ? records.items.map((x) => sObject(rt, x, childType, strict))
          : [];
      record.set(lower, new ApexList(typeRef(child.childSObject), rows));
      continue;
    }
    if (strict)
      throw new ApexError(
        'JSONException',
        `No such column '${key}' on sobject of type ${describe.name}`
      );
  }
  return record;
}

function fieldValue(rt: Interop, node: JsonValue, field: FieldDescribe): ApexValue {
  switch (field.type) {
    case 'id':
    case 'reference':
      return primitive(rt, node, 'id');
    case 'boolean':
      return primitive(rt, node, 'boolean');
    case 'int':
      return primitive(rt, node, 'integer');
    case 'long':
      return primitive(rt, node, 'long');
    case 'double':
    case 'currency':
    case 'percent': {
      const text = scalarText(node);
      return text === null
        ? mismatch(field.type, node)
        : decimal(Number(text), parseDecimal(text).scale);
    }
    case 'date':
      return primitive(rt, node, 'date');
    case 'datetime':
      return primitive(rt, node, 'datetime');
    case 'time':
      return primitive(rt, node, 'time');
    case 'base64':
      return primitive(rt, node, 'blob');
    case 'anytype':
    case 'address':
    case 'location':
      return untyped(node);
    default:
      return primitive(rt, node, 'string');
  }
}
