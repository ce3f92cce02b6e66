// The heap, approximated: the size of everything reachable from the running frames and the
// classes' statics, by rough per-value costs (a String two bytes a character, a number 8, an
// SObject its fields plus a header). The platform's exact accounting is not published; this is
// close enough to tell a few kilobytes from the 6 MB synchronous limit, and is measured where
// large data appears: after a query of many rows (its rows counted before any variable holds
// them), around a large JSON call (its argument and result), and at Limits.getHeapSize().
import { ApexList, ApexMap, ApexObject, ApexSet, SObjectValue, type ApexValue } from '../../values';
import type { Interpreter } from '../interpreter';

function sizeOf(value: ApexValue, seen: Set<object>): number {
  if (value === null) return 0;
  switch (typeof value) {
    case 'string':
      return 2 * value.length + 8;
    case 'number':
    case 'boolean':
      return 8;
    default:
      break;
  }
  if (seen.has(value)) return 0;
  seen.add(value);
  let total = 16;
  if (value instanceof ApexList) for (const item of value.items) total += 8 + sizeOf(item, seen);
  else if (value instanceof ApexSet)
    for (const item of value.entries.values()) total += 8 + sizeOf(item, seen);
  else if (value instanceof ApexMap)
    for (const [k, v] of value.entries.values()) total += 16 + sizeOf(k, seen) + sizeOf(v, seen);
  else if (value instanceof SObjectValue || value instanceof ApexObject)
    for (const v of value.fields.values()) total += 8 + sizeOf(v, seen);
  else total += 8;
  return total;
}

export function estimateHeap(it: Interpreter, inflight: readonly ApexValue[] = []): number {
  const seen = new Set<object>();
  let total = 0;
  for (const value of inflight) total += sizeOf(value, seen);
  for (const frame of it.frames) {
    if (frame.thisObj) total += sizeOf(frame.thisObj, seen);
    for (const scope of frame.scopes)
      for (const slot of scope.values()) total += sizeOf(slot.value, seen);
  }
  for (const cls of it.classes.values())
    for (const value of cls.statics.values()) total += sizeOf(value, seen);
  return total;
}

/**
 * Measures the heap now, with values in flight that no frame holds yet (a query's rows, a JSON
 * call's argument and result), and counts it against the limit (LimitException past 6 MB).
 */
export function checkHeap(it: Interpreter, inflight: readonly ApexValue[] = []): number {
  const size = estimateHeap(it, inflight);
  it.platform.limits.observeHeap(size);
  return size;
}
