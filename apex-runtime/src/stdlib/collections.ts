// List, Set and Map methods (Apex Reference: List Class, Set Class, Map Class). Elements are
// converted to the declared element type on the way in (rt.coerce: a Set<Id> files a
// 15-character Id under its 18-character form); Set and Map keys use keyOf (Strings
// case-sensitive). Lists compare elements with equals(); List.equals uses `==`.
import { ApexError } from '../errors';
import { apexEquals, keyOf } from '../equality';
import {
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  SObjectValue,
  type ApexValue,
  type Key
} from '../values';
import { arity, bool, elements, int, notImplemented } from './args';
import type { InstanceMethod, Interop } from './interop';
import { sortList } from './sort';

/** The key of a Set element or Map key; custom hashCode() is not modelled. */
export function keyFor(rt: Interop, value: ApexValue): Key {
  if (value instanceof ApexObject && rt.hasMethod(value, 'hashcode', 0))
    notImplemented(rt, `Set/Map key of class ${value.cls.name} with a custom hashCode()`);
  return keyOf(value);
}

/** List.contains / indexOf / remove equality: equals() for objects that define it. */
export function sameElement(rt: Interop, a: ApexValue, b: ApexValue): boolean {
  if (a instanceof ApexObject && rt.hasMethod(a, 'equals', 1))
    return rt.invokeVirtual(a, 'equals', [b]) === true;
  return keyOf(a) === keyOf(b);
}

function outOfBounds(index: number): never {
  throw new ApexError('ListException', `List index out of bounds: ${index}`);
}

function index(
  rt: Interop,
  what: string,
  list: ApexList,
  value: ApexValue,
  allowEnd = false
): number {
  const i = int(rt, what, value);
  if (i < 0 || i > list.items.length || (i === list.items.length && !allowEnd)) outOfBounds(i);
  return i;
}

export function setAdd(rt: Interop, set: ApexSet, value: ApexValue): boolean {
  const element = rt.coerce(value, set.elementType);
  const key = keyFor(rt, element);
  if (set.entries.has(key)) return false;
  set.entries.set(key, element);
  return true;
}

export function mapPut(rt: Interop, map: ApexMap, key: ApexValue, value: ApexValue): ApexValue {
  const k = rt.coerce(key, map.keyType);
  const v = rt.coerce(value, map.valueType);
  const id = keyFor(rt, caseFolded(map, k));
  const previous = map.entries.get(id);
  map.entries.set(id, [previous ? previous[0] : k, v]);
  return previous ? previous[1] : null;
}

const setKey = (rt: Interop, set: ApexSet, value: ApexValue): Key =>
  keyFor(rt, rt.coerce(value, set.elementType));
const mapKey = (rt: Interop, map: ApexMap, value: ApexValue): Key =>
  keyFor(rt, caseFolded(map, rt.coerce(value, map.keyType)));

/** A String key of a case-insensitive map, as it is filed. */
function caseFolded(map: ApexMap, key: ApexValue): ApexValue {
  return map.caseInsensitive && typeof key === 'string' ? key.toLowerCase() : key;
}

/** SObject.clone(preserveId): a copy of the populated fields, without Id unless kept. */
export function cloneSObject(record: SObjectValue, preserveId: boolean): SObjectValue {
  const fields = new Map(record.fields);
  if (!preserveId) fields.delete('id');
  return new SObjectValue(record.type, fields);
}

export const LIST_METHODS: Record<string, InstanceMethod<ApexList>> = {
  add: (rt, list, args) => {
    arity(rt, 'List.add', args, 1, 2);
    if (args.length === 1) list.items.push(rt.coerce(args[0], list.elementType));
    else
      list.items.splice(
        index(rt, 'List.add', list, args[0], true),
        0,
        rt.coerce(args[1], list.elementType)
      );
    return null;
  },
  addall: (rt, list, args) => {
    arity(rt, 'List.addAll', args, 1);
    for (const v of elements(rt, 'List.addAll', args[0]))
      list.items.push(rt.coerce(v, list.elementType));
    return null;
  },
  get: (rt, list, args) => {
    arity(rt, 'List.get', args, 1);
    return list.items[index(rt, 'List.get', list, args[0])];
  },
  set: (rt, list, args) => {
    arity(rt, 'List.set', args, 2);
    list.items[index(rt, 'List.set', list, args[0])] = rt.coerce(args[1], list.elementType);
    return null;
  },
  remove: (rt, list, args) => {
    arity(rt, 'List.remove', args, 1);
    return list.items.splice(index(rt, 'List.remove', list, args[0]), 1)[0];
  },
  size: (_rt, list) => list.items.length,
  isempty: (_rt, list) => list.items.length === 0,
  contains: (rt, list, args) => {
    arity(rt, 'List.contains', args, 1);
    const v = rt.coerce(args[0], list.elementType);
    return list.items.some((x) => sameElement(rt, x, v));
  },
  indexof: (rt, list, args) => {
    arity(rt, 'List.indexOf', args, 1);
    const v = rt.coerce(args[0], list.elementType);
    return list.items.findIndex((x) => sameElement(rt, x, v));
  },
  clear: (_rt, list) => {
    list.items.length = 0;
    return null;
  },
  clone: (_rt, list) => new ApexList(list.elementType, [...list.items]),
  deepclone: (rt, list, args) => {
    arity(rt, 'List.deepClone', args, 0, 1, 2, 3);
    const preserveId = args.length ? bool(rt, 'List.deepClone', args[0]) : false;
    return new ApexList(
      list.elementType,
      list.items.map((x) => {
        if (x === null || typeof x !== 'object') return x;
        if (x instanceof SObjectValue) return cloneSObject(x, preserveId);
        return notImplemented(rt, 'List.deepClone of a list of non-SObject objects');
      })
    );
  },
  equals: (rt, list, args) => {
    arity(rt, 'List.equals', args, 1);
    return apexEquals(list, args[0]);
  },
  sort: (rt, list, args) => {
    arity(rt, 'List.sort', args, 0, 1);
    sortList(rt, list, args.length ? args[0] : null);
    return null;
  }
};

export const SET_METHODS: Record<string, InstanceMethod<ApexSet>> = {
  add: (rt, set, args) => {
    arity(rt, 'Set.add', args, 1);
    return setAdd(rt, set, args[0]);
  },
  addall: (rt, set, args) => {
    arity(rt, 'Set.addAll', args, 1);
    let changed = false;
    for (const v of elements(rt, 'Set.addAll', args[0])) changed = setAdd(rt, set, v) || changed;
    return changed;
  },
  contains: (rt, set, args) => {
    arity(rt, 'Set.contains', args, 1);
    return set.entries.has(setKey(rt, set, args[0]));
  },
  containsall: (rt, set, args) => {
    arity(rt, 'Set.containsAll', args, 1);
    return elements(rt, 'Set.containsAll', args[0]).every((v) =>
      set.entries.has(setKey(rt, set, v))
    );
  },
  remove: (rt, set, args) => {
    arity(rt, 'Set.remove', args, 1);
    return set.entries.delete(setKey(rt, set, args[0]));
  },
  removeall: (rt, set, args) => {
    arity(rt, 'Set.removeAll', args, 1);
    let changed = false;
    for (const v of elements(rt, 'Set.removeAll', args[0]))
      changed = set.entries.delete(setKey(rt, set, v)) || changed;
    return changed;
  },
  retainall: (rt, set, args) => {
    arity(rt, 'Set.retainAll', args, 1);
    const keep = new Set(elements(rt, 'Set.retainAll', args[0]).map((v) => setKey(rt, set, v)));
    let changed = false;
    for (const k of [...set.entries.keys()]) {
      if (!keep.has(k)) {
        set.entries.delete(k);
        changed = true;
      }
    }
    return changed;
  },
  size: (_rt, set) => set.entries.size,
  isempty: (_rt, set) => set.entries.size === 0,
  clear: (_rt, set) => {
    set.entries.clear();
    return null;
  },
  clone: (_rt, set) => new ApexSet(set.elementType, new Map(set.entries)),
  equals: (rt, set, args) => {
    arity(rt, 'Set.equals', args, 1);
    return apexEquals(set, args[0]);
  }
};

export const MAP_METHODS: Record<string, InstanceMethod<ApexMap>> = {
  put: (rt, map, args) => {
    arity(rt, 'Map.put', args, 2);
    return mapPut(rt, map, args[0], args[1]);
  },
  putall: (rt, map, args) => {
    arity(rt, 'Map.putAll', args, 1);
    const source = args[0];
    if (source instanceof ApexMap) {
      for (const [k, v] of source.entries.values()) mapPut(rt, map, k, v);
    } else {
      // putAll(List<SObject>): each record under its Id.
      for (const [at, row] of elements(rt, 'Map.putAll', source).entries()) {
        if (!(row instanceof SObjectValue))
          return notImplemented(rt, 'Map.putAll of a non-SObject list');
        if (row.get('id') === null)
          throw new ApexError('ListException', `Row with null Id at index: ${at}`);
        mapPut(rt, map, row.get('id'), row);
      }
    }
    return null;
  },
  get: (rt, map, args) => {
    arity(rt, 'Map.get', args, 1);
    return map.entries.get(mapKey(rt, map, args[0]))?.[1] ?? null;
  },
  containskey: (rt, map, args) => {
    arity(rt, 'Map.containsKey', args, 1);
    return map.entries.has(mapKey(rt, map, args[0]));
  },
  remove: (rt, map, args) => {
    arity(rt, 'Map.remove', args, 1);
    const k = mapKey(rt, map, args[0]);
    const previous = map.entries.get(k);
    map.entries.delete(k);
    return previous ? previous[1] : null;
  },
  keyset: (_rt, map) =>
    new ApexSet(
      map.keyType,
      new Map([...map.entries].map(([k, [key]]) => [k, key] as [Key, ApexValue]))
    ),
  values: (_rt, map) =>
    new ApexList(
      map.valueType,
      [...map.entries.values()].map(([, v]) => v)
    ),
  size: (_rt, map) => map.entries.size,
  isempty: (_rt, map) => map.entries.size === 0,
  clear: (_rt, map) => {
    map.entries.clear();
    return null;
  },
  clone: (_rt, map) => new ApexMap(map.keyType, map.valueType, new Map(map.entries)),
  deepclone: (rt, map) =>
    new ApexMap(
      map.keyType,
      map.valueType,
      new Map(
        [...map.entries].map(([k, [key, v]]) => {
          if (v !== null && typeof v === 'object' && !(v instanceof SObjectValue))
            return notImplemented(rt, 'Map.deepClone of non-SObject object values');
          return [k, [key, v instanceof SObjectValue ? cloneSObject(v, false) : v]] as [
            Key,
            [ApexValue, ApexValue]
          ];
        })
      )
    ),
  equals: (rt, map, args) => {
    arity(rt, 'Map.equals', args, 1);
    return apexEquals(map, args[0]);
  }
};
