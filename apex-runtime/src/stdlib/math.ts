// System.Math (Apex Reference: Math Class). The overload Apex picks decides the result type:
// Integer/Long arguments give Integer/Long, a Decimal gives Decimal, a Double gives Double.
import { ApexError } from '../errors';
import { ApexDecimal, type ApexValue } from '../values';
import { arity, decimal, double, int, notImplemented, nullArgument } from './args';
import type { Interop, StaticMethod } from './interop';
import { roundToScale } from './rounding';

type Numeric = number | ApexDecimal;

function numeric(rt: Interop, what: string, v: ApexValue): Numeric {
  if (v === null) nullArgument();
  if (typeof v === 'number' || v instanceof ApexDecimal) return v;
  return notImplemented(rt, `${what} with a non-numeric argument`);
}

const valueOf = (v: Numeric): number => (typeof v === 'number' ? v : v.value);
const isDouble = (v: Numeric): boolean => v instanceof ApexDecimal && v.isDouble;

/** The result of a two-argument overload, typed as the wider argument. */
function widen(a: Numeric, b: Numeric, chosen: Numeric): ApexValue {
  if (typeof a === 'number' && typeof b === 'number') return chosen;
  if (isDouble(a) || isDouble(b)) return double(valueOf(chosen));
  return chosen instanceof ApexDecimal ? chosen : decimal(chosen, 0);
}

const binary =
  (what: string, pick: (a: number, b: number) => boolean): StaticMethod =>
  (rt, args) => {
    arity(rt, what, args, 2);
    const a = numeric(rt, what, args[0]);
    const b = numeric(rt, what, args[1]);
    return widen(a, b, pick(valueOf(a), valueOf(b)) ? a : b);
  };

/** A Math method that always works in Double. */
const doubleFn =
  (what: string, f: (...x: number[]) => number, count = 1): StaticMethod =>
  (rt, args) => {
    arity(rt, what, args, count);
    return double(f(...args.map((a) => valueOf(numeric(rt, what, a)))));
  };

/** floor/ceil: Decimal (scale 0) for Decimal and whole arguments, Double for Double. */
const toWhole =
  (what: string, f: (x: number) => number): StaticMethod =>
  (rt, args) => {
    arity(rt, what, args, 1);
    const v = numeric(rt, what, args[0]);
    return isDouble(v) ? double(f(valueOf(v))) : decimal(f(valueOf(v)), 0);
  };

const roundTo =
  (what: string): StaticMethod =>
  (rt, args) => {
    arity(rt, what, args, 1);
    const v = numeric(rt, what, args[0]);
    if (typeof v === 'number') return v;
    // Math.round(Decimal) rounds half-even; Math.round(Double) is Java's Math.round.
    return v.isDouble ? Math.floor(v.value + 0.5) : roundToScale(v.value, 0, 'HALF_EVEN');
  };

export const MATH_STATIC: Record<string, StaticMethod> = {
  abs: (rt, args) => {
    arity(rt, 'Math.abs', args, 1);
    const v = numeric(rt, 'Math.abs', args[0]);
    if (typeof v === 'number') return Math.abs(v);
    return new ApexDecimal(Math.abs(v.value), v.scale, v.isDouble);
  },
  min: binary('Math.min', (a, b) => a <= b),
  max: binary('Math.max', (a, b) => a >= b),
  mod: (rt, args) => {
    arity(rt, 'Math.mod', args, 2);
    const a = int(rt, 'Math.mod', args[0]);
    const b = int(rt, 'Math.mod', args[1]);
    if (b === 0) throw new ApexError('MathException', 'Divide by 0');
    return a % b;
  },
  floor: toWhole('Math.floor', Math.floor),
  ceil: toWhole('Math.ceil', Math.ceil),
  round: roundTo('Math.round'),
  roundtolong: roundTo('Math.roundToLong'),
  signum: (rt, args) => {
    arity(rt, 'Math.signum', args, 1);
    const v = numeric(rt, 'Math.signum', args[0]);
    return isDouble(v) || typeof v === 'number'
      ? double(Math.sign(valueOf(v)))
      : decimal(Math.sign(valueOf(v)), 0);
  },
  random: (rt, args) => {
    arity(rt, 'Math.random', args, 0);
    return double(Math.random());
  },
  sqrt: doubleFn('Math.sqrt', Math.sqrt),
  cbrt: doubleFn('Math.cbrt', Math.cbrt),
  pow: doubleFn('Math.pow', Math.pow, 2),
  exp: doubleFn('Math.exp', Math.exp),
  log: doubleFn('Math.log', Math.log),
  log10: doubleFn('Math.log10', Math.log10),
  sin: doubleFn('Math.sin', Math.sin),
  cos: doubleFn('Math.cos', Math.cos),
  tan: doubleFn('Math.tan', Math.tan),
  asin: doubleFn('Math.asin', Math.asin),
  acos: doubleFn('Math.acos', Math.acos),
  atan: doubleFn('Math.atan', Math.atan),
  atan2: doubleFn('Math.atan2', Math.atan2, 2)
};
