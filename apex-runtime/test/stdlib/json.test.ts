import { callMethod, callStatic } from '../../src/stdlib';
import {
  ApexDatetime,
  ApexDecimal,
  ApexList,
  ApexMap,
  ApexObject,
  SObjectValue,
  TypeValue,
  typeRef
} from '../../src/values';
import { fakeInterop, instance } from './fakeInterop';

const rt = fakeInterop({
  classes: [
    {
      name: 'Entry',
      fields: [
        { name: 'kind', type: typeRef('String') },
        { name: 'count', type: typeRef('Integer') },
        { name: 'at', type: typeRef('Datetime') },
        { name: 'rows', type: typeRef('List', typeRef('Row')) }
      ]
    },
    { name: 'Row', fields: [{ name: 'userId', type: typeRef('Id') }] }
  ]
});
const serialize = (...args: Parameters<typeof callStatic>[3]) =>
  callStatic(rt, 'JSON', 'serialize', args);

describe('JSON', () => {
  it('round-trips an Apex object with a nested list of objects and a Datetime', () => {
    const row = instance(rt, 'Row', { userId: '005000000000001AAA' });
    const entry = instance(rt, 'Entry', {
      kind: 'grant',
      count: 2,
      at: new ApexDatetime(Date.UTC(2026, 11, 4, 3, 23, 3)),
      rows: new ApexList(typeRef('Row'), [row])
    });
    const json = serialize(entry);
    expect(json).toBe(
      '{"kind":"grant","count":2,"at":"2026-12-04T03:23:03.000+0000","rows":[{"userId":"005000000000001AAA"}]}'
    );
    const back = callStatic(rt, 'JSON', 'deserialize', [
      json,
      new TypeValue(typeRef('Entry'))
    ]) as ApexObject;
    expect(serialize(back)).toBe(json);
  });

  it('suppresses null fields of Apex objects only when asked', () => {
    const entry = instance(rt, 'Entry', { kind: 'x' });
    expect(serialize(entry)).toBe('{"kind":"x","count":null,"at":null,"rows":null}');
    expect(serialize(entry, true)).toBe('{"kind":"x"}');
  });

  it('ignores JSON fields the class lacks, but deserializeStrict rejects them', () => {
    const json = '{"KIND":"a","unknown":{"deep":[1]}}';
    const entry = callStatic(rt, 'JSON', 'deserialize', [
      json,
      new TypeValue(typeRef('Entry'))
    ]) as ApexObject;
    expect(entry.fields.get('kind')).toBe('a');
    expect(() =>
      callStatic(rt, 'JSON', 'deserializeStrict', [json, new TypeValue(typeRef('Entry'))])
    ).toThrow(/unknown/);
  });

  it('serializes an SObject with attributes, and its url only when it has an Id', () => {
    const user = new SObjectValue('User');
    user.set('Name', 'Ann');
    expect(serialize(user)).toBe('{"attributes":{"type":"User"},"Name":"Ann"}');
    user.set('Id', '005000000000001AAA');
    expect(serialize(user)).toBe(
      '{"attributes":{"type":"User","url":"/services/data/v65.0/sobjects/User/005000000000001AAA"},"Name":"Ann","Id":"005000000000001AAA"}'
    );
  });

  it('deserializes an SObject with a parent relationship and typed fields from the schema', () => {
    const json =
      '{"attributes":{"type":"User"},"Name":"Ann","LastLoginDate":"2026-12-04T03:23:03.000+0000",' +
      '"Profile":{"attributes":{"type":"Profile"},"Name":"Admin"},"NoSuchField__c":1}';
    const user = callStatic(rt, 'JSON', 'deserialize', [
      json,
      new TypeValue(typeRef('User'))
    ]) as SObjectValue;
    expect(user.get('LastLoginDate')).toEqual(new ApexDatetime(Date.UTC(2026, 11, 4, 3, 23, 3)));
    expect((user.get('Profile') as SObjectValue).get('Name')).toBe('Admin');
    expect(user.fields.has('nosuchfield__c')).toBe(false);
  });

  it('reads untyped JSON into Map<String, Object> and List<Object>, keeping Decimal scale', () => {
    const value = callStatic(rt, 'JSON', 'deserializeUntyped', [
      '{"a":[1,2.50,"x",null],"b":true}'
    ]) as ApexMap;
    const a = callMethod(rt, value, 'get', ['a']) as ApexList;
    expect(a.items).toEqual([1, new ApexDecimal(2.5, 2), 'x', null]);
    expect(serialize(value)).toBe('{"a":[1,2.50,"x",null],"b":true}');
  });

  it('pretty-prints as Jackson does', () => {
    const value = callStatic(rt, 'JSON', 'deserializeUntyped', [
      '{"a":[1,2],"b":{"c":"d"},"e":[]}'
    ]);
    expect(callStatic(rt, 'JSON', 'serializePretty', [value])).toBe(
      '{\n  "a" : [ 1, 2 ],\n  "b" : {\n    "c" : "d"\n  },\n  "e" : [ ]\n}'
    );
  });

  it('throws a JSONException for malformed JSON', () => {
    expect(() => callStatic(rt, 'JSON', 'deserializeUntyped', ['{"a":'])).toThrow(
      expect.objectContaining({ typeName: 'JSONException' })
    );
  });
});
