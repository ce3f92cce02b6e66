// Methods called on values: Strings, numbers, dates, collections and Blobs (stdlib/), SObjects,
// exceptions, enums, System.Type, and the platform's own objects (describes, DML results, …).
import { finalizerContextMethod } from './asyncJobs';
import { NotImplemented } from '../../errors';
import { callMethod, hasStdlibMethod } from '../../stdlib';
import {
  ApexObject,
  EnumValue,
  NativeObject,
  SObjectValue,
  TypeValue,
  type ApexValue
} from '../../values';
import { classOf } from '../classes';
import type { Interpreter } from '../interpreter';
import { resultMethod } from './database';
import { describeMethod, describeProperty } from './describe';
import { exceptionMethod } from './exceptionMethods';
import { typeMethod } from './platformInfo';
import { sobjectMethod } from './sobjects';

export function callInstanceMethod(
  it: Interpreter,
  receiver: ApexValue,
  name: string,
  args: ApexValue[]
): ApexValue {
  const found = instanceMethod(it, receiver, name, args);
  if (found !== undefined) return found;
  const what =
    receiver instanceof NativeObject
      ? receiver.className
      : it.natives.typeDisplayName({ name: kind(receiver), args: [] });
  throw new NotImplemented(`method ${what}.${name}(${args.length} arguments)`, it.where());
}

function kind(receiver: ApexValue): string {
  if (receiver instanceof ApexObject) return receiver.cls.name;
  if (receiver instanceof SObjectValue) return receiver.type;
  if (receiver instanceof EnumValue) return receiver.enumType;
  return receiver === null
    ? 'null'
    : typeof receiver === 'object'
      ? receiver.constructor.name.replace(/^Apex/, '')
      : typeof receiver;
}

function instanceMethod(
  it: Interpreter,
  receiver: ApexValue,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  if (receiver instanceof SObjectValue) return sobjectMethod(it, receiver, name, args);
  if (receiver instanceof ApexObject) {
    if (classOf(receiver).isA('Exception')) {
      const result = exceptionMethod(receiver, name, args);
      if (result !== undefined) return result;
    }
    return objectDefaults(it, receiver, name, args);
  }
  if (receiver instanceof EnumValue) {
    switch (name.toLowerCase()) {
      case 'name':
      case 'tostring':
        return receiver.name;
      case 'ordinal':
        return receiver.ordinal;
      case 'equals':
        return (
          args[0] instanceof EnumValue &&
          args[0].name === receiver.name &&
          args[0].enumType === receiver.enumType
        );
      case 'hashcode':
        return receiver.ordinal;
      default:
        return undefined;
    }
  }
  if (receiver instanceof TypeValue) return typeMethod(it, receiver, name, args);
  if (receiver instanceof NativeObject) {
    const described = describeMethod(it, receiver, name, args);
    if (described !== undefined) return described;
    if (receiver.className.startsWith('Database.')) return resultMethod(receiver, name);
    if (receiver.className === 'System.QueueableContext' && name.toLowerCase() === 'getjobid')
      return (receiver.state as { jobId: string }).jobId;
    const finalizerAnswer = finalizerContextMethod(receiver, name);
    if (finalizerAnswer !== undefined) return finalizerAnswer;
  }
  if (hasStdlibMethod(receiver, name)) return callMethod(it.interop, receiver, name, args);
  if (typeof receiver === 'string' && hasStdlibMethod(receiver, name, 'Id'))
    return callMethod(it.interop, receiver, name, args, 'Id');
  return undefined;
}

/** What every object has: toString(), equals() (identity), hashCode(). */
function objectDefaults(
  it: Interpreter,
  receiver: ApexObject,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  switch (name.toLowerCase()) {
    case 'tostring':
      return it.interop.objectToString(receiver);
    case 'equals':
      return receiver === args[0];
    case 'hashcode':
      return 0;
    default:
      return undefined;
  }
}

export function nativeProperty(it: Interpreter, value: ApexValue, name: string): ApexValue {
  if (value instanceof NativeObject) {
    const found = describeProperty(it, value, name);
    if (found !== undefined) return found;
  }
  throw new NotImplemented(
    `property ${name} of ${value instanceof NativeObject ? value.className : typeof value}`,
    it.where()
  );
}
