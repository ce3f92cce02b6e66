// Integer, Long, Decimal, Double, Boolean and Id (Apex Reference: Integer Class, Long Class,
// Decimal Class, Double Class, Boolean Class, Id Class). Integer and Long are JS numbers;
// Decimal and Double are ApexDecimal (isDouble tells them apart).
import { ApexError } from '../errors';
import { toId18 } from '../equality';
import { ApexDecimal, EnumValue, type ApexValue } from '../values';
import { arity, decimal, double, int, notImplemented, num, str } from './args';
import { formatDecimal, formatInteger } from './format';
import type { InstanceMethod, Interop, StaticMethod } from './interop';
import { ROUNDING_MODES, roundToScale, type RoundingMode } from './rounding';
import { plainNumber } from './text';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const WHOLE = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function invalid(kind: string, text: string): never {
  throw new ApexError('TypeException', `Invalid ${kind}: ${text}`);
}

/** The scale a Decimal carries: declared, or read from its shortest decimal text. */
export function scaleOf(value: ApexDecimal | number): number {
  if (value instanceof ApexDecimal && value.scale !== null && !value.isDouble) return value.scale;
  const n = typeof value === 'number' ? value : value.value;
  const text = plainNumber(n);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** Decimal.valueOf(String): the scale is the number of digits written after the point. */
export function parseDecimal(text: string): ApexDecimal {
  const trimmed = text.trim();
  if (!DECIMAL_TEXT.test(trimmed)) invalid('decimal', text);
  const [mantissa, exponent = '0'] = trimmed.toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return decimal(Number(trimmed), Math.max(0, fraction.length - Number(exponent)));
}

function parseWhole(kind: 'integer' | 'long', text: string): number {
  if (!WHOLE.test(text)) invalid(kind, text);
  const value = Number(text);
  const inRange =
    kind === 'integer' ? value >= INT_MIN && value <= INT_MAX : Number.isSafeInteger(value);
  if (!inRange) invalid(kind, text);
  return value;
}

function roundingMode(rt: Interop, what: string, value: ApexValue): RoundingMode {
  if (value instanceof EnumValue && ROUNDING_MODES.includes(value.name as RoundingMode))
    return value.name as RoundingMode;
  return notImplemented(rt, `${what} with a rounding mode that is not System.RoundingMode`);
}

const wholeValueOf =
  (kind: 'integer' | 'long', what: string): StaticMethod =>
  (rt, args) => {
    arity(rt, what, args, 1);
    const v = args[0];
    if (v === null) return null;
    if (typeof v === 'string') return parseWhole(kind, v);
    if (typeof v === 'number') return v;
    if (v instanceof ApexDecimal) return Math.trunc(v.value);
    return notImplemented(rt, `${what} of this argument type`);
  };

export const INTEGER_STATIC: Record<string, StaticMethod> = {
  valueof: wholeValueOf('integer', 'Integer.valueOf')
};
export const LONG_STATIC: Record<string, StaticMethod> = {
  valueof: wholeValueOf('long', 'Long.valueOf')
};

/** Methods of Integer and Long receivers. */
export const INTEGER_METHODS: Record<string, InstanceMethod<number>> = {
  format: (rt, n, args) => {
    arity(rt, 'Integer.format', args, 0);
    return formatInteger(n);
  },
  intvalue: (_rt, n) => (n << 0 === n ? n : Number(BigInt.asIntN(32, BigInt(n)))),
  longvalue: (_rt, n) => n,
  doublevalue: (_rt, n) => double(n)
};

export const DECIMAL_STATIC: Record<string, StaticMethod> = {
  valueof: (rt, args) => {
    arity(rt, 'Decimal.valueOf', args, 1);
    const v = args[0];
    if (v === null) return null;
    if (typeof v === 'string') return parseDecimal(v);
    if (typeof v === 'number') return decimal(v, 0);
    if (v instanceof ApexDecimal) return v.isDouble ? decimal(v.value, scaleOf(v.value)) : v;
    return notImplemented(rt, 'Decimal.valueOf of this argument type');
  }
};

export const DOUBLE_STATIC: Record<string, StaticMethod> = {
  valueof: (rt, args) => {
    arity(rt, 'Double.valueOf', args, 1);
    const v = args[0];
    if (v === null) return null;
    if (typeof v === 'string') {
      const t = v.trim();
      if (!DECIMAL_TEXT.test(t) && !/^[+-]?(NaN|Infinity)$/.test(t)) invalid('double', v);
      return double(Number(t));
    }
    if (typeof v === 'number' || v instanceof ApexDecimal)
      return double(num(rt, 'Double.valueOf', v));
    return notImplemented(rt, 'Double.valueOf of this argument type');
  }
};

const keepKind = (d: ApexDecimal, value: number, scale: number | null): ApexDecimal =>
  d.isDouble ? double(value) : decimal(value, scale);

/** Methods of Decimal and Double receivers (Double has the subset its class documents). */
export const DECIMAL_METHODS: Record<string, InstanceMethod<ApexDecimal>> = {
  abs: (_rt, d) => keepKind(d, Math.abs(d.value), d.scale),
  intvalue: (_rt, d) => Number(BigInt.asIntN(32, BigInt(Math.trunc(d.value)))),
  longvalue: (_rt, d) => Math.trunc(d.value),
  doublevalue: (_rt, d) => double(d.value),
  format: (rt, d, args) => {
    arity(rt, 'Decimal.format', args, 0);
    return formatDecimal(d.value);
  },
  scale: (_rt, d) => scaleOf(d),
  precision: (_rt, d) => {
    const digits = plainNumber(Math.abs(d.value)).replace('.', '').replace(/^0+/, '');
    const scale = scaleOf(d);
    const whole =
      Math.trunc(Math.abs(d.value)) === 0 ? 0 : String(Math.trunc(Math.abs(d.value))).length;
    return Math.max(1, Math.max(digits.length, whole + scale));
  },
  setscale: (rt, d, args) => {
    arity(rt, 'Decimal.setScale', args, 1, 2);
    const scale = int(rt, 'Decimal.setScale', args[0]);
    // Without a rounding mode Decimal.setScale rounds half-even.
    const mode = args.length === 2 ? roundingMode(rt, 'Decimal.setScale', args[1]) : 'HALF_EVEN';
    return decimal(roundToScale(d.value, scale, mode), Math.max(0, scale));
  },
  round: (rt, d, args) => {
    arity(rt, 'Decimal.round', args, 0, 1);
    if (d.isDouble) return Math.floor(d.value + 0.5); // Double.round: Java Math.round
    const mode = args.length === 1 ? roundingMode(rt, 'Decimal.round', args[0]) : 'HALF_EVEN';
    return roundToScale(d.value, 0, mode);
  },
  divide: (rt, d, args) => {
    arity(rt, 'Decimal.divide', args, 2, 3);
    const divisor = num(rt, 'Decimal.divide', args[0]);
    if (divisor === 0) throw new ApexError('MathException', 'Divide by 0');
    const scale = int(rt, 'Decimal.divide', args[1]);
    const mode = args.length === 3 ? roundingMode(rt, 'Decimal.divide', args[2]) : 'HALF_UP';
    return decimal(roundToScale(d.value / divisor, scale, mode), Math.max(0, scale));
  },
  pow: (rt, d, args) => {
    arity(rt, 'Decimal.pow', args, 1);
    const exponent = int(rt, 'Decimal.pow', args[0]);
    return keepKind(d, d.value ** exponent, d.isDouble ? null : scaleOf(d) * exponent);
  },
  striptrailingzeros: (_rt, d) => decimal(d.value, scaleOf(d.value)),
  toplainstring: (_rt, d) =>
    d.isDouble ? plainNumber(d.value) : d.value.toFixed(Math.min(100, scaleOf(d)))
};

export const BOOLEAN_STATIC: Record<string, StaticMethod> = {
  valueof: (rt, args) => {
    arity(rt, 'Boolean.valueOf', args, 1);
    const v = args[0];
    if (v === null) return false;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') return v.toLowerCase() === 'true';
    return notImplemented(rt, 'Boolean.valueOf of this argument type');
  }
};

export const ID_STATIC: Record<string, StaticMethod> = {
  valueof: (rt, args) => {
    arity(rt, 'Id.valueOf', args, 1, 2);
    if (args[0] === null) return null;
    const text = str(rt, 'Id.valueOf', args[0]);
    const id = toId18(text);
    if (id === null) throw new ApexError('StringException', `Invalid id: ${text}`);
    return id;
  }
};

export const ID_METHODS: Record<string, InstanceMethod<string>> = {
  to15: (_rt, id) => id.slice(0, 15),
  getsobjecttype: (rt, id) => {
    const object = rt.platform.schema.objectByKeyPrefix(id.slice(0, 3));
    // An Id whose key prefix names no object of the org is not a valid Id there: the platform
    // refuses such a value as 'Invalid id' (observed; see docs/stdlib.md).
    if (!object) throw new ApexError('StringException', `Invalid id: ${id}`);
    return rt.sObjectType(object.name);
  }
};
