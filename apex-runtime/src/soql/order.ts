// ORDER BY (SOQL and SOSL Reference: "ORDER BY"): ascending by default; nulls first when
// ascending and last when descending unless NULLS FIRST/LAST says otherwise; text ignores case;
// a picklist sorts in the order its values are defined; several keys break ties in turn. The
// sort is stable, so rows equal on every key keep the store's order.
import type { FieldDescribe, FieldType } from '../platform/contracts';
import type { ApexValue } from '../values';
import type { AggregateRef, FieldRef, OrderItem } from './ast';
import { comparable, compareComparable, type Comparable } from './compare';

export interface SortKeyAccess<S> {
  type: FieldType;
  field?: FieldDescribe;
  get(subject: S): ApexValue;
}

export function sortBy<S>(
  items: S[],
  order: OrderItem[],
  access: (target: FieldRef | AggregateRef) => SortKeyAccess<S>
): S[] {
  if (order.length === 0 || items.length < 2) return items;
  const keys = order.map((item) => ({
    read: keyReader(access(item.target)),
    descending: item.descending,
    nullsFirst: item.nullsFirst ?? !item.descending
  }));
  const decorated = items.map((item) => ({ item, values: keys.map((key) => key.read(item)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.values[i];
      const y = b.values[i];
      if (x === y) continue;
      if (x === null) return keys[i].nullsFirst ? -1 : 1;
      if (y === null) return keys[i].nullsFirst ? 1 : -1;
      const order = compareComparable(x, y);
      if (order !== 0) return keys[i].descending ? -order : order;
    }
    return 0;
  });
  return decorated.map((entry) => entry.item);
}

function keyReader<S>(access: SortKeyAccess<S>): (subject: S) => Comparable {
  const picklist = access.field?.type === 'picklist' ? access.field.picklistValues : [];
  if (picklist.length > 0) {
    const rank = new Map(picklist.map((entry, index) => [entry.value.toLowerCase(), index]));
    return (subject) => {
      const value = access.get(subject);
      if (typeof value !== 'string') return null;
      return rank.get(value.toLowerCase()) ?? picklist.length;
    };
  }
  return (subject) => comparable(access.type, access.get(subject));
}
