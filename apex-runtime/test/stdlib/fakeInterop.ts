// A small stand-in for the interpreter's Interop: a two-object schema (User, Profile), Apex
// classes declared as plain field lists, and Id coercion as Apex assignment does it.
import { toId18 } from '../../src/equality';
import type { FieldDescribe, ObjectDescribe, PlatformContext } from '../../src/platform/contracts';
import { Limits } from '../../src/platform/limits';
import type { Interop } from '../../src/stdlib';
import { ApexObject, type ApexValue, type ClassHandle, type TypeRef } from '../../src/values';

function field(
  name: string,
  type: FieldDescribe['type'],
  extra: Partial<FieldDescribe> = {}
): FieldDescribe {
  return {
    name,
    label: name,
    type,
    length: 0,
    precision: 0,
    scale: 0,
    nillable: true,
    required: false,
    createable: true,
    updateable: true,
    calculated: false,
    custom: false,
    referenceTo: [],
    relationshipName: null,
    picklistValues: [],
    restrictedPicklist: false,
    defaultValue: null,
    filterable: true,
    groupable: true,
    sortable: true,
    aggregatable: false,
    ...extra
  };
}

function object(name: string, keyPrefix: string, fields: FieldDescribe[]): ObjectDescribe {
  return {
    name,
    label: name,
    labelPlural: `${name}s`,
    keyPrefix,
    custom: false,
    setup: true,
    createable: true,
    updateable: true,
    deletable: true,
    queryable: true,
    fields: new Map(fields.map((f) => [f.name.toLowerCase(), f])),
    childRelationships: new Map()
  };
}

const OBJECTS = [
  object('User', '005', [
    field('Id', 'id'),
    field('Name', 'string'),
    field('IsActive', 'boolean'),
    field('LastLoginDate', 'datetime'),
    field('ProfileId', 'reference', { referenceTo: ['Profile'], relationshipName: 'Profile' })
  ]),
  object('Profile', '00e', [field('Id', 'id'), field('Name', 'string')])
];

export interface FakeClass {
  name: string;
  fields: { name: string; type: TypeRef }[];
  comparable?: boolean;
}

export function fakeInterop(
  options: { timeZone?: string; now?: number; classes?: FakeClass[] } = {}
): Interop {
  const classes = new Map((options.classes ?? []).map((c) => [c.name.toLowerCase(), c]));
  const handle = (c: FakeClass): ClassHandle => ({
    name: c.name,
    isA: (t) =>
      t.toLowerCase() === c.name.toLowerCase() ||
      (t.toLowerCase() === 'comparable' && !!c.comparable)
  });
  const platform = {
    schema: {
      object: (n: string) => OBJECTS.find((o) => o.name.toLowerCase() === n.toLowerCase()),
      objectByKeyPrefix: (p: string) => OBJECTS.find((o) => o.keyPrefix === p),
      objects: () => OBJECTS
    },
    limits: new Limits(),
    now: () => options.now ?? Date.UTC(2026, 11, 4, 3, 23, 3),
    runningUserId: () => '005000000000001AAA',
    newId: () => '005000000000002AAA'
  } as unknown as PlatformContext;
  return {
    platform,
    coerce: (value: ApexValue, type: TypeRef) =>
      type.name.toLowerCase() === 'id' && typeof value === 'string'
        ? (toId18(value) ?? value)
        : value,
    invokeVirtual: (target, name, args) => {
      if (name === 'compareTo') {
        const a = target.fields.get('rank') as number;
        const b = (args[0] as ApexObject).fields.get('rank') as number;
        return a - b;
      }
      throw new Error(`fake: no method ${name}`);
    },
    hasMethod: (target, name) => name === 'compareto' && target.cls.isA('Comparable'),
    classFields: (type) => classes.get(type.name.toLowerCase())?.fields ?? null,
    newInstance: (type) => {
      const c = classes.get(type.name.toLowerCase());
      if (!c) throw new Error(`fake: no class ${type.name}`);
      return new ApexObject(handle(c), new Map(c.fields.map((f) => [f.name.toLowerCase(), null])));
    },
    objectToString: (target) => `${target.cls.name}:[...]`,
    nativeToString: (target) => target.className,
    sObjectType: (name) => name,
    timeZone: () => options.timeZone ?? 'GMT',
    apiVersion: () => '65.0',
    // The values stdlib counts with the heap are recorded on the platform's limits, as the
    // interpreter does (LimitException past 6 MB); stdlib tests read limits.snapshot().
    observeHeap: (inflight) =>
      platform.limits.observeHeap(
        inflight.reduce<number>((sum, v) => sum + (typeof v === 'string' ? 2 * v.length : 0), 0)
      ),
    where: () => 'Test.cls:1'
  };
}

/** An instance of a fake class with the given field values. */
export function instance(
  rt: Interop,
  className: string,
  values: Record<string, ApexValue>
): ApexObject {
  const o = rt.newInstance({ name: className, args: [] });
  for (const [k, v] of Object.entries(values)) o.fields.set(k.toLowerCase(), v);
  return o;
}
