// String.valueOf and string concatenation for every value kind (Apex Reference: String Class,
// valueOf; Datetime Class). Collections print as Java's do: List `(a, b)`, Set `{a, b}`, Map
// `{k=v}`; an SObject as `User:{Id=…, Name=…}`.
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
import type { Interop } from './interop';
import { wallTime } from './tz';

/**
 * 'valueOf': String.valueOf(x) — a Datetime in the context user's time zone.
 * 'concat': `'' + x`, and elements inside collections — a Datetime in GMT.
 */
export type StringMode = 'valueOf' | 'concat';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Java's Double.toString: plain between 10^-3 and 10^7, else `1.0E7` style. */
export function javaDoubleToString(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa, exponent] = value.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${exponent.replace('+', '')}`;
}

/** A number written without exponent (for Decimals whose scale is not known). */
export function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value
    .toFixed(Math.min(100, Math.max(0, -Math.floor(Math.log10(Math.abs(value))) + 15)))
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

export function decimalToString(value: ApexDecimal): string {
  if (value.isDouble) return javaDoubleToString(value.value);
  if (value.scale !== null && value.scale >= 0 && value.scale <= 100)
    return value.value.toFixed(value.scale);
  return plainNumber(value.value);
}

export function dateToString(value: ApexDate): string {
  return value.toString();
}

export function datetimeToString(value: ApexDatetime, zone: string): string {
  const w = wallTime(zone, value.millis);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** Time prints as `HH:mm:ss.SSSZ` (System.debug / String.valueOf of a Time). */
export function timeToString(value: ApexTime): string {
  const ms = value.millisOfDay;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}Z`;
}

export function typeToString(type: TypeRef): string {
  return type.args.length ? `${type.name}<${type.args.map(typeToString).join(', ')}>` : type.name;
}

/** The display name of an SObject field (the schema's spelling), for printing and JSON. */
export function fieldDisplayName(rt: Interop, objectName: string, lowerName: string): string {
  const describe = rt.platform.schema.object(objectName);
  if (!describe) return lowerName;
  const field = describe.fields.get(lowerName);
  if (field) return field.name;
  for (const f of describe.fields.values()) {
    if (f.relationshipName && f.relationshipName.toLowerCase() === lowerName)
      return f.relationshipName;
  }
  const child = describe.childRelationships.get(lowerName);
  return child ? child.relationshipName : lowerName;
}

/** String.valueOf(value) (mode 'valueOf') or `'' + value` (mode 'concat'). */
export function apexToString(rt: Interop, value: ApexValue, mode: StringMode = 'valueOf'): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (value instanceof ApexDecimal) return decimalToString(value);
  if (value instanceof ApexDate) return dateToString(value);
  if (value instanceof ApexDatetime)
    return datetimeToString(value, mode === 'valueOf' ? rt.timeZone() : 'GMT');
  if (value instanceof ApexTime) return timeToString(value);
  if (value instanceof ApexBlob) return value.toString();
  if (value instanceof EnumValue) return value.name;
  if (value instanceof TypeValue) return typeToString(value.type);
  const inner = (v: ApexValue) => apexToString(rt, v, 'concat');
  if (value instanceof ApexList) return `(${value.items.map(inner).join(', ')})`;
  if (value instanceof ApexSet) return `{${[...value.entries.values()].map(inner).join(', ')}}`;
  if (value instanceof ApexMap) {
    const parts = [...value.entries.values()].map(([k, v]) => `${inner(k)}=${inner(v)}`);
    return `{${parts.join(', ')}}`;
  }
  if (value instanceof SObjectValue) {
    const parts = [...value.fields].map(
      ([name, v]) => `${fieldDisplayName(rt, value.type, name)}=${inner(v)}`
    );
    return `${value.type}:{${parts.join(', ')}}`;
  }
  if (value instanceof ApexObject) return rt.objectToString(value);
  if (value instanceof NativeObject) return nativeObjectToString(rt, value);
  return rt.objectToString(value as ApexObject);
}

function nativeObjectToString(rt: Interop, value: NativeObject): string {
  if (value.className === 'System.Pattern') return (value.state as { source: string }).source;
  return rt.nativeToString(value);
}
