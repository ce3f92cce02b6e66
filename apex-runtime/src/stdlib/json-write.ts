// JSON.serialize / serializePretty (Apex Reference: JSON Class). Apex uses Jackson: compact
// output has no spaces; pretty output is Jackson's default printer (`"a" : 1`, arrays inline
// as `[ 1, 2 ]`, two-space indent). Dates are `2026-12-04`, Datetimes GMT
// `2026-12-04T03:23:03.000+0000`; an SObject leads with its `attributes`.
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
  SObjectValue,
  typeRef,
  type ApexValue
} from '../values';
import { notImplemented } from './args';
import { formatDatetime } from './date-format';
import type { Interop } from './interop';
import { apexToString, decimalToString, fieldDisplayName, timeToString } from './text';

export type JsonNode =
  | { kind: 'raw'; text: string }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'object'; entries: [string, JsonNode][] };

const raw = (text: string): JsonNode => ({ kind: 'raw', text });
const quote = (s: string): JsonNode => raw(JSON.stringify(s));

export function datetimeJson(value: ApexDatetime): string {
  return formatDatetime(value.millis, 'GMT', "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
}

export function toJsonNode(rt: Interop, value: ApexValue, suppressNulls: boolean): JsonNode {
  const child = (v: ApexValue) => toJsonNode(rt, v, suppressNulls);
  if (value === null) return raw('null');
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean' || typeof value === 'number') return raw(String(value));
  if (value instanceof ApexDecimal) return raw(decimalToString(value));
  if (value instanceof ApexDate) return quote(value.toString());
  if (value instanceof ApexDatetime) return quote(datetimeJson(value));
  if (value instanceof ApexTime) return quote(timeToString(value));
  if (value instanceof ApexBlob) return quote(Buffer.from(value.bytes).toString('base64'));
  if (value instanceof EnumValue) return quote(value.name);
  if (value instanceof ApexList) return { kind: 'array', items: value.items.map(child) };
  if (value instanceof ApexSet)
    return { kind: 'array', items: [...value.entries.values()].map(child) };
  if (value instanceof ApexMap) {
    const entries = [...value.entries.values()].map(
      ([k, v]) => [apexToString(rt, k, 'concat'), child(v)] as [string, JsonNode]
    );
    return { kind: 'object', entries };
  }
  if (value instanceof SObjectValue) return sObjectNode(rt, value, suppressNulls);
  if (value instanceof ApexObject) {
    const fields = rt.classFields(typeRef(value.cls.name));
    if (!fields) return notImplemented(rt, `JSON.serialize of ${value.cls.name}`);
    const entries: [string, JsonNode][] = [];
    for (const f of fields) {
      const v = value.fields.get(f.name.toLowerCase()) ?? null;
      if (v === null && suppressNulls) continue;
      entries.push([f.name, child(v)]);
    }
    return { kind: 'object', entries };
  }
  return notImplemented(rt, `JSON.serialize of ${value.constructor.name}`);
}

function sObjectNode(rt: Interop, record: SObjectValue, suppressNulls: boolean): JsonNode {
  const id = record.get('id');
  const attributes: [string, JsonNode][] = [['type', quote(record.type)]];
  if (typeof id === 'string')
    attributes.push([
      'url',
      quote(`/services/data/v${rt.apiVersion()}/sobjects/${record.type}/${id}`)
    ]);
  const entries: [string, JsonNode][] = [['attributes', { kind: 'object', entries: attributes }]];
  for (const [name, v] of record.fields) {
    const display = fieldDisplayName(rt, record.type, name);
    if (v instanceof ApexList) {
      // A subquery's child rows serialize as a query result.
      entries.push([
        display,
        {
          kind: 'object',
          entries: [
            ['totalSize', raw(String(v.items.length))],
            ['done', raw('true')],
            [
              'records',
              { kind: 'array', items: v.items.map((x) => toJsonNode(rt, x, suppressNulls)) }
            ]
          ]
        }
      ]);
    } else entries.push([display, toJsonNode(rt, v, suppressNulls)]);
  }
  return { kind: 'object', entries };
}

export function writeCompact(node: JsonNode): string {
  if (node.kind === 'raw') return node.text;
  if (node.kind === 'array') return `[${node.items.map(writeCompact).join(',')}]`;
  return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${writeCompact(v)}`).join(',')}}`;
}

export function writePretty(node: JsonNode, indent = ''): string {
  if (node.kind === 'raw') return node.text;
  if (node.kind === 'array') {
    if (!node.items.length) return '[ ]';
    return `[ ${node.items.map((x) => writePretty(x, indent)).join(', ')} ]`;
  }
  if (!node.entries.length) return '{ }';
  const inner = `${indent}  `;
  const lines = node.entries.map(
    ([k, v]) => `${inner}${JSON.stringify(k)} : ${writePretty(v, inner)}`
  );
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
