// Argument checks shared by the system-class tables. An overload the runtime does not know
// fails with NotImplemented (never a guessed result); a null where the platform requires a
// value throws the NullPointerException the platform throws.
import { ApexError, NotImplemented } from '../errors';
import {
  ApexBlob,
  ApexDate,
  ApexDatetime,
  ApexDecimal,
  ApexList,
  ApexSet,
  ApexTime,
  type ApexValue
} from '../values';
import type { Interop } from './interop';

export function notImplemented(rt: Interop, what: string): never {
  throw new NotImplemented(what, rt.where());
}

/** Fails unless the call has one of the given argument counts. */
export function arity(rt: Interop, what: string, args: ApexValue[], ...counts: number[]): void {
  if (!counts.includes(args.length)) notImplemented(rt, `${what} with ${args.length} argument(s)`);
}

export function nullArgument(): never {
  throw new ApexError('NullPointerException', 'Argument cannot be null.');
}

export function str(rt: Interop, what: string, value: ApexValue): string {
  if (value === null) nullArgument();
  if (typeof value !== 'string') notImplemented(rt, `${what} with a non-String argument`);
  return value;
}

/** An Integer or Long argument (a Decimal is accepted where Apex widens it, truncated). */
export function int(rt: Interop, what: string, value: ApexValue): number {
  if (value === null) nullArgument();
  if (typeof value === 'number') return value;
  if (value instanceof ApexDecimal) return Math.trunc(value.value);
  return notImplemented(rt, `${what} with a non-numeric argument`);
}

export function num(rt: Interop, what: string, value: ApexValue): number {
  if (value === null) nullArgument();
  if (typeof value === 'number') return value;
  if (value instanceof ApexDecimal) return value.value;
  return notImplemented(rt, `${what} with a non-numeric argument`);
}

export function bool(rt: Interop, what: string, value: ApexValue): boolean {
  if (value === null) nullArgument();
  if (typeof value !== 'boolean') notImplemented(rt, `${what} with a non-Boolean argument`);
  return value;
}

export function date(rt: Interop, what: string, value: ApexValue): ApexDate {
  if (value === null) nullArgument();
  if (!(value instanceof ApexDate)) notImplemented(rt, `${what} with a non-Date argument`);
  return value;
}

export function datetime(rt: Interop, what: string, value: ApexValue): ApexDatetime {
  if (value === null) nullArgument();
  if (!(value instanceof ApexDatetime)) notImplemented(rt, `${what} with a non-Datetime argument`);
  return value;
}

export function time(rt: Interop, what: string, value: ApexValue): ApexTime {
  if (value === null) nullArgument();
  if (!(value instanceof ApexTime)) notImplemented(rt, `${what} with a non-Time argument`);
  return value;
}

export function blob(rt: Interop, what: string, value: ApexValue): ApexBlob {
  if (value === null) nullArgument();
  if (!(value instanceof ApexBlob)) notImplemented(rt, `${what} with a non-Blob argument`);
  return value;
}

/** The elements of a List or Set argument (Iterable in Apex). */
export function elements(rt: Interop, what: string, value: ApexValue): ApexValue[] {
  if (value === null) nullArgument();
  if (value instanceof ApexList) return value.items;
  if (value instanceof ApexSet) return [...value.entries.values()];
  return notImplemented(rt, `${what} with an argument that is not a List or Set`);
}

/** Apex Decimal arithmetic result: keeps the larger scale, as BigDecimal does for + and -. */
export const decimal = (value: number, scale: number | null = null): ApexDecimal =>
  new ApexDecimal(value, scale);
export const double = (value: number): ApexDecimal => new ApexDecimal(value, null, true);
