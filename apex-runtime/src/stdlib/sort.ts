// List.sort (Apex Developer Guide: List Sorting). Primitives sort ascending with nulls first;
// Strings by Unicode code unit (case-sensitive: 'B' before 'a'), unlike `<` and ORDER BY.
// Apex objects sort by their Comparable.compareTo, or by a Comparator passed to sort().
import { ApexError } from '../errors';
import { compareValues } from '../equality';
import { ApexList, ApexObject, SObjectValue, type ApexValue } from '../values';
import { notImplemented } from './args';
import type { Interop } from './interop';
import { javaCompare } from './strings';

export function naturalCompare(a: ApexValue, b: ApexValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'string' && typeof b === 'string') return javaCompare(a, b);
  return compareValues(a, b);
}

function asOrder(rt: Interop, result: ApexValue, what: string): number {
  if (typeof result !== 'number') notImplemented(rt, `${what} returning a non-Integer`);
  return result;
}

export function sortList(rt: Interop, list: ApexList, comparator: ApexValue): void {
  if (comparator !== null) {
    if (!(comparator instanceof ApexObject)) notImplemented(rt, 'List.sort with a non-Comparator');
    list.items.sort((a, b) =>
      asOrder(rt, rt.invokeVirtual(comparator, 'compare', [a, b]), 'compare')
    );
    return;
  }
  if (list.items.some((x) => x instanceof SObjectValue))
    notImplemented(rt, 'List.sort of SObjects (the platform\u2019s field-by-field order)');
  const objects = list.items.filter((x): x is ApexObject => x instanceof ApexObject);
  if (objects.length) {
    if (objects.some((o) => !o.cls.isA('Comparable')))
      throw new ApexError(
        'ListException',
        'One or more of the items in this list is not Comparable'
      );
    list.items.sort((a, b) => {
      if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
      return asOrder(rt, rt.invokeVirtual(a as ApexObject, 'compareTo', [b]), 'compareTo');
    });
    return;
  }
  list.items.sort(naturalCompare);
}
