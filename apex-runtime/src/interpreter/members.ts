// Names and members: locals, instance and static fields, properties (with their accessors),
// classes, SObject types and system namespaces, as Apex resolves a name.
import { NotImplemented } from '../errors';
import { ApexList, ApexObject, EnumValue, SObjectValue, type ApexValue } from '../values';
import { classOf, type ClassInfo } from './classes';
import { Frame } from './frames';
import type { Interpreter } from './interpreter';
import { coerceTo, ensureStatics, nullPointer, runBody } from './invoke';

/** What a name or a member expression stands for. */
export type Target =
  | { kind: 'value'; value: ApexValue }
  | { kind: 'class'; cls: ClassInfo }
  | { kind: 'sobjectType'; name: string }
  | { kind: 'ns'; path: string };

export function resolveName(it: Interpreter, name: string): Target {
  const frame = it.frame;
  const slot = frame.lookup(name);
  if (slot) return { kind: 'value', value: slot.value };
  if (frame.thisObj && !frame.isStatic) {
    const found = readInstance(it, frame.thisObj, name);
    if (found !== undefined) return { kind: 'value', value: found };
  }
  for (let cls: ClassInfo | null = frame.cls; cls; cls = cls.outer) {
    const found = readStatic(it, cls, name);
    if (found !== undefined) return { kind: 'value', value: found };
  }
  const cls = it.resolveClass(name, frame.cls);
  if (cls) return { kind: 'class', cls };
  const object = it.schema.object(name);
  if (object) return { kind: 'sobjectType', name: object.name };
  if (it.natives.isNamespace(name)) return { kind: 'ns', path: name.toLowerCase() };
  throw new NotImplemented(
    `the name '${name}' (no variable, field, class or system type of that name)`,
    it.where()
  );
}

export function readMember(it: Interpreter, target: Target, name: string): Target {
  switch (target.kind) {
    case 'value': {
      const value = target.value;
      if (value === null) return nullPointer();
      if (value instanceof SObjectValue)
        return { kind: 'value', value: it.natives.readField(it, value, name) };
      // `[SELECT Name FROM User WHERE …].Name`: a query result read as its single row.
      if (value instanceof ApexList && it.isSObjectType(value.elementType.name)) {
        const row = coerceTo(it, value, value.elementType) as SObjectValue;
        return { kind: 'value', value: it.natives.readField(it, row, name) };
      }
      if (value instanceof ApexObject) {
        const found = readInstance(it, value, name);
        if (found !== undefined) return { kind: 'value', value: found };
        throw new NotImplemented(`field '${name}' of ${value.cls.name}`, it.where());
      }
      return { kind: 'value', value: it.natives.property(it, value, name) };
    }
    case 'class': {
      const inner = target.cls.inner.get(name.toLowerCase());
      if (inner) return { kind: 'class', cls: inner };
      if (target.cls.kind === 'enum') {
        const values = target.cls.decl!.enumValues;
        const ordinal = values.findIndex((v) => v.toLowerCase() === name.toLowerCase());
        if (ordinal >= 0)
          return { kind: 'value', value: new EnumValue(target.cls.name, values[ordinal], ordinal) };
      }
      const found = readStatic(it, target.cls, name);
      if (found !== undefined) return { kind: 'value', value: found };
      throw new NotImplemented(`static member '${name}' of ${target.cls.name}`, it.where());
    }
    case 'sobjectType':
      return { kind: 'value', value: it.natives.sobjectTypeMember(it, target.name, name) };
    case 'ns':
      return it.natives.namespaceMember(it, target.path, name);
  }
}

/** Instance field or property of an object; undefined when it has none of that name. */
function readInstance(it: Interpreter, obj: ApexObject, name: string): ApexValue | undefined {
  const cls = classOf(obj);
  const property = cls.findProperty(name);
  if (property && !property.property.modifiers.isStatic) {
    const key = property.property.name.toLowerCase();
    if (property.property.getter && !inOwnAccessor(it, key, obj)) {
      return runAccessor(
        it,
        property.owner,
        `get${property.property.name}`,
        obj,
        property.property.getter,
        null
      );
    }
    return obj.fields.get(key) ?? null;
  }
  const key = name.toLowerCase();
  if (obj.fields.has(key) && cls.findInstanceField(name)) return obj.fields.get(key) ?? null;
  return undefined;
}

/** Static field or property of a class (or inherited); undefined when it has none. */
function readStatic(it: Interpreter, cls: ClassInfo, name: string): ApexValue | undefined {
  if (cls.builtIn) return undefined;
  const found = cls.findStatic(name);
  if (!found) return undefined;
  ensureStatics(it, found.owner);
  const key = name.toLowerCase();
  if (found.property?.getter && !inOwnAccessor(it, key, null)) {
    return runAccessor(
      it,
      found.owner,
      `get${found.property.name}`,
      null,
      found.property.getter,
      null
    );
  }
  return found.owner.statics.get(key) ?? null;
}

/** Frames running a property accessor → the property's lower-case name. */
const accessorFrames = new WeakMap<Frame, string>();

/**
 * Inside a property's own get/set, its name is the backing variable, not another call of the
 * accessor (Apex Developer Guide: "Using Properties").
 */
function inOwnAccessor(it: Interpreter, property: string, thisObj: ApexObject | null): boolean {
  const frame = it.frames[it.frames.length - 1];
  return !!frame && accessorFrames.get(frame) === property && frame.thisObj === thisObj;
}

function runAccessor(
  it: Interpreter,
  owner: ClassInfo,
  method: string,
  thisObj: ApexObject | null,
  body: NonNullable<Parameters<typeof runBody>[2]>,
  setterValue: { value: ApexValue; type: import('../values').TypeRef } | null
): ApexValue {
  const frame = new Frame(owner, method, thisObj, thisObj === null);
  accessorFrames.set(frame, method.slice(3).toLowerCase());
  if (setterValue) frame.declare('value', setterValue.type, setterValue.value);
  return runBody(it, frame, body);
}

/** Writes a member; target null means a bare name (this object's field, or a static). */
export function assignMember(
  it: Interpreter,
  target: Target | null,
  name: string,
  value: ApexValue
): ApexValue {
  if (target === null) {
    const frame = it.frame;
    if (frame.thisObj && !frame.isStatic && writeInstance(it, frame.thisObj, name, value)) {
      return value;
    }
    for (let cls: ClassInfo | null = frame.cls; cls; cls = cls.outer) {
      const written = writeStatic(it, cls, name, value);
      if (written !== undefined) return written;
    }
    throw new NotImplemented(
      `assignment to '${name}' (no variable or field of that name)`,
      it.where()
    );
  }
  if (target.kind === 'class') {
    const written = writeStatic(it, target.cls, name, value);
    if (written !== undefined) return written;
    throw new NotImplemented(`static member '${name}' of ${target.cls.name}`, it.where());
  }
  if (target.kind !== 'value')
    throw new NotImplemented(`assignment to ${name} of a system type`, it.where());
  const object = target.value;
  if (object === null) return nullPointer();
  if (object instanceof SObjectValue) return it.natives.writeField(it, object, name, value);
  if (object instanceof ApexObject) {
    if (writeInstance(it, object, name, value)) return value;
    throw new NotImplemented(`field '${name}' of ${object.cls.name}`, it.where());
  }
  throw new NotImplemented(`assignment to '${name}' of this value`, it.where());
}

function writeInstance(it: Interpreter, obj: ApexObject, name: string, value: ApexValue): boolean {
  const property = classOf(obj).findProperty(name);
  if (property && !property.property.modifiers.isStatic) {
    const converted = coerceTo(it, value, property.property.type);
    if (property.property.setter && !inOwnAccessor(it, property.property.name.toLowerCase(), obj)) {
      runAccessor(
        it,
        property.owner,
        `set${property.property.name}`,
        obj,
        property.property.setter,
        {
          value: converted,
          type: property.property.type
        }
      );
    } else {
      obj.fields.set(property.property.name.toLowerCase(), converted);
    }
    return true;
  }
  const field = classOf(obj).findInstanceField(name);
  if (!field) return false;
  obj.fields.set(field.field.name.toLowerCase(), coerceTo(it, value, field.field.type));
  return true;
}

function writeStatic(
  it: Interpreter,
  cls: ClassInfo,
  name: string,
  value: ApexValue
): ApexValue | undefined {
  if (cls.builtIn) return undefined;
  const found = cls.findStatic(name);
  if (!found) return undefined;
  ensureStatics(it, found.owner);
  const type = found.field?.type ?? found.property!.type;
  const converted = coerceTo(it, value, type);
  if (found.property?.setter && !inOwnAccessor(it, name.toLowerCase(), null)) {
    runAccessor(it, found.owner, `set${found.property.name}`, null, found.property.setter, {
      value: converted,
      type
    });
  } else {
    found.owner.statics.set(name.toLowerCase(), converted);
  }
  return converted;
}
