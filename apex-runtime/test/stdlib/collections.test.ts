import { callMethod, apexToString } from '../../src/stdlib';
import { ApexList, ApexMap, ApexSet, SObjectValue, typeRef } from '../../src/values';
import { fakeInterop, instance } from './fakeInterop';

const rt = fakeInterop({
  classes: [
    { name: 'Ranked', fields: [{ name: 'rank', type: typeRef('Integer') }], comparable: true }
  ]
});
const ID = typeRef('Id');
const STRING = typeRef('String');

describe('collections', () => {
  it('files a 15-character Id under its 18-character form in a Set<Id>', () => {
    const ids = new ApexSet(ID);
    expect(callMethod(rt, ids, 'add', ['005000000000001AAA'])).toBe(true);
    expect(callMethod(rt, ids, 'add', ['005000000000001'])).toBe(false);
    expect(callMethod(rt, ids, 'contains', ['005000000000001'])).toBe(true);
  });

  it('keeps Set<String> and Map<String, …> keys case-sensitive', () => {
    const names = new ApexSet(STRING);
    callMethod(rt, names, 'addAll', [new ApexList(STRING, ['a', 'A'])]);
    expect(callMethod(rt, names, 'size', [])).toBe(2);
    const map = new ApexMap(STRING, STRING);
    callMethod(rt, map, 'put', ['Key', 'v']);
    expect(callMethod(rt, map, 'get', ['key'])).toBe(null);
    expect(callMethod(rt, map, 'put', ['Key', 'w'])).toBe('v');
  });

  it('sorts nulls first and Strings case-sensitively, uppercase before lowercase', () => {
    const list = new ApexList(STRING, ['b', null, 'B', 'a', 'A']);
    callMethod(rt, list, 'sort', []);
    expect(list.items).toEqual([null, 'A', 'B', 'a', 'b']);
  });

  it('sorts Comparable objects by their compareTo', () => {
    const list = new ApexList(
      typeRef('Ranked'),
      [3, 1, 2].map((rank) => instance(rt, 'Ranked', { rank }))
    );
    callMethod(rt, list, 'sort', []);
    expect(
      list.items.map((o) => (o as { fields: Map<string, unknown> }).fields.get('rank'))
    ).toEqual([1, 2, 3]);
  });

  it('throws "List index out of bounds" for an index past the end', () => {
    const list = new ApexList(STRING, ['a']);
    expect(() => callMethod(rt, list, 'get', [3])).toThrow('List index out of bounds: 3');
    callMethod(rt, list, 'add', [1, 'b']);
    expect(callMethod(rt, list, 'remove', [0])).toBe('a');
    expect(list.items).toEqual(['b']);
  });

  it('prints Lists as (a, b), Sets as {a, b}, Maps as {k=v} and SObjects with field names', () => {
    const map = new ApexMap(STRING, typeRef('Integer'));
    callMethod(rt, map, 'put', ['a', 1]);
    callMethod(rt, map, 'put', ['b', 2]);
    const user = new SObjectValue('User');
    user.set('Id', '005000000000001AAA');
    user.set('Name', 'Ann');
    expect(apexToString(rt, new ApexList(STRING, ['a', null]))).toBe('(a, null)');
    expect(apexToString(rt, callMethod(rt, map, 'keySet', []))).toBe('{a, b}');
    expect(apexToString(rt, map)).toBe('{a=1, b=2}');
    expect(apexToString(rt, user)).toBe('User:{Id=005000000000001AAA, Name=Ann}');
  });

  it('retains only the given elements and reports whether the set changed', () => {
    const set = new ApexSet(STRING);
    callMethod(rt, set, 'addAll', [new ApexList(STRING, ['a', 'b', 'c'])]);
    expect(callMethod(rt, set, 'retainAll', [new ApexList(STRING, ['a', 'c'])])).toBe(true);
    expect(callMethod(rt, set, 'containsAll', [new ApexList(STRING, ['a', 'c'])])).toBe(true);
    expect(callMethod(rt, set, 'removeAll', [new ApexList(STRING, ['x'])])).toBe(false);
  });
});
