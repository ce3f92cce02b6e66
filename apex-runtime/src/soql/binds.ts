// Binds of Database.queryWithBinds / countQueryWithBinds: `:name` is looked up in the bind map
// (Apex Reference: "Database.queryWithBinds"); `:name.Field` reads a field of the SObject found.
// A name missing from the map is a QueryException.
import { ApexError } from '../errors';
import { keyOf } from '../equality';
import { ApexMap, SObjectValue, type ApexValue } from '../values';
import type { BindNode } from './ast';

export function missingBindError(name: string): ApexError {
  return new ApexError('QueryException', `Key '${name}' does not exist in the bindMap`);
}

/** The value of a dynamic bind from a Map<String, Object> bind map. */
export function bindFromMap(binds: ApexMap, node: BindNode): ApexValue {
  const [head, ...fields] = String(node.name ?? node.expr).split('.');
  let entry = binds.entries.get(keyOf(head));
  if (!entry) {
    // Keys are matched ignoring case when no key matches exactly.
    const lower = head.toLowerCase();
    entry = [...binds.entries.values()].find(
      ([key]) => typeof key === 'string' && key.toLowerCase() === lower
    );
  }
  if (!entry) throw missingBindError(head);
  let value = entry[1];
  for (const field of fields) {
    if (!(value instanceof SObjectValue)) throw missingBindError(String(node.name));
    value = value.get(field);
  }
  return value;
}
