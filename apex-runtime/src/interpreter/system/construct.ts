// `new` of system types: collections from other collections (List from a List or Set, Set from
// a List or Set, Map from a Map or from a List of SObjects keyed by Id), and the few system
// classes Apex constructs directly.
import { ApexError, NotImplemented } from '../../errors';
import { keyOf } from '../../equality';
import {
  ApexList,
  ApexMap,
  ApexSet,
  SObjectValue,
  type ApexValue,
  type TypeRef
} from '../../values';
import type { Interpreter } from '../interpreter';
import { coerceTo } from '../invoke';
import { baseName } from '../types';

const OBJECT: TypeRef = { name: 'Object', args: [] };

function items(value: ApexValue): ApexValue[] {
  if (value instanceof ApexList) return value.items;
  if (value instanceof ApexSet) return [...value.entries.values()];
  throw new ApexError('NullPointerException', 'Argument cannot be null.');
}

export function newSystemObject(it: Interpreter, type: TypeRef, args: ApexValue[]): ApexValue {
  const name = baseName(type);
  if (name === 'list') {
    const elementType = type.args[0] ?? OBJECT;
    if (args.length === 0) return new ApexList(elementType);
    if (typeof args[0] === 'number') return new ApexList(elementType);
    return new ApexList(
      elementType,
      items(args[0]).map((v) => coerceTo(it, v, elementType))
    );
  }
  if (name === 'set') {
    const set = new ApexSet(type.args[0] ?? OBJECT);
    if (args.length > 0) {
      for (const item of items(args[0])) {
        const value = coerceTo(it, item, set.elementType);
        set.entries.set(keyOf(value), value);
      }
    }
    return set;
  }
  if (name === 'map') {
    const map = new ApexMap(type.args[0] ?? OBJECT, type.args[1] ?? OBJECT);
    const source = args[0];
    if (source instanceof ApexMap) {
      for (const [k, [key, value]] of source.entries) map.entries.set(k, [key, value]);
    } else if (source instanceof ApexList) {
      // new Map<Id, SObject>(records): keyed by each record's Id.
      for (const record of source.items) {
        if (!(record instanceof SObjectValue))
          throw new NotImplemented('new Map(List) of non-SObjects', it.where());
        const id = record.get('Id');
        if (id === null) throw new ApexError('ListException', 'Row with null Id at index: 0');
        const key = coerceTo(it, id, map.keyType);
        map.entries.set(keyOf(key), [key, record]);
      }
    } else if (source !== undefined && source !== null) {
      throw new NotImplemented('new Map from this value', it.where());
    }
    return map;
  }
  if (name === 'object') return new ApexList(OBJECT);
  throw new NotImplemented(`new ${type.name}(${args.length} arguments)`, it.where());
}
