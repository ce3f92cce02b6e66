// The system library: every system class and namespace Apex code can name, dispatched to the
// module that implements it (stdlib/ for values, system/ for the platform). A name or method
// that none implements fails loudly with NotImplemented, naming it and where it was called.
import { NotImplemented } from '../../errors';
import { apexEquals } from '../../equality';
import type { Stmt } from '../../parse/ast';
import { DATE_STATIC } from '../../stdlib/dates';
import { STATIC_CLASSES, type StaticMethod } from '../../stdlib';
import { apexToString } from '../../stdlib/text';
import {
  ApexDate,
  ApexDatetime,
  ApexObject,
  EnumValue,
  NativeObject,
  SObjectValue,
  type ApexValue,
  type TypeRef
} from '../../values';
import { classOf, type ClassInfo } from '../classes';
import type { Completion } from '../frames';
import type { Interpreter } from '../interpreter';
import { callOn } from '../invoke';
import type { Target } from '../members';
import type { Natives } from '../natives';
import { accessLevel, databaseStatic, staticSoql } from './database';
import { DISPLAY_TYPE_NAMES, describeSObject, sameToken, schemaStatic } from './describe';
import { callInstanceMethod, nativeProperty } from './instanceMethods';
import { newSystemObject } from './construct';
import {
  featureManagementStatic,
  labelValue,
  limitsStatic,
  typeStatic,
  userInfoStatic
} from './platformInfo';
import { readField, sobjectFieldToken, sobjectTypeToken, writeField } from './sobjects';
import { assertStatic, runAs, testStatic } from './testing';
import { attachFinalizer, enqueueJob, parentJobResult } from './asyncJobs';

type Handler = (it: Interpreter, name: string, args: ApexValue[]) => ApexValue | undefined;

function table(methods: Record<string, StaticMethod>): Handler {
  return (it, name, args) => {
    const method = methods[name.toLowerCase()];
    return method ? method(it.interop, args) : undefined;
  };
}

function systemStatic(it: Interpreter, name: string, args: ApexValue[]): ApexValue | undefined {
  switch (name.toLowerCase()) {
    case 'debug':
      // APEX_RUNTIME_TRACE=1 shows System.debug output on stderr (the platform's debug log).
      if (process.env.APEX_RUNTIME_TRACE)
        console.error(`[debug] ${args.map((a) => it.natives.toText(it, a)).join(' ')}`);
      return null;
    case 'now':
      return new ApexDatetime(it.platform.now());
    case 'today':
      return DATE_STATIC.today(it.interop, []);
    case 'currenttimemillis':
      return it.platform.now();
    case 'enqueuejob':
      return enqueueJob(it, args[0] ?? null);
    case 'attachfinalizer':
      return attachFinalizer(it, args);
    case 'isbatch':
    case 'isfuture':
    case 'isscheduled':
      return false;
    case 'isqueueable':
      return Boolean(it.test?.runningQueueable) || it.runningQueueable;
    case 'assert':
    case 'assertequals':
    case 'assertnotequals':
      return assertStatic(it, name, args);
    default:
      return undefined;
  }
}

/** Static methods by namespace path (lower-case, without a leading `system.`). */
const STATICS: Record<string, Handler> = {
  system: systemStatic,
  test: testStatic,
  assert: assertStatic,
  database: databaseStatic,
  schema: schemaStatic,
  userinfo: (it, name) => userInfoStatic(it, name),
  limits: (it, name) => limitsStatic(it, name),
  featuremanagement: featureManagementStatic,
  type: typeStatic,
  ...Object.fromEntries(
    Object.entries(STATIC_CLASSES).map(([name, methods]) => [name, table(methods)])
  )
};

/** Namespaces whose members are values (enum constants, labels, describes). */
const ENUMS: Record<string, (name: string) => ApexValue | undefined> = {
  accesslevel: (name) =>
    /^(user_mode|system_mode)$/i.test(name)
      ? accessLevel(name.toUpperCase() as 'USER_MODE')
      : undefined,
  'schema.displaytype': (name) => {
    const upper = name.toUpperCase();
    return DISPLAY_TYPE_NAMES.includes(upper)
      ? new EnumValue('Schema.DisplayType', upper, DISPLAY_TYPE_NAMES.indexOf(upper))
      : undefined;
  },
  parentjobresult: parentJobResult,
  statuscode: (name) => new EnumValue('System.StatusCode', name.toUpperCase(), 0),
  'system.roundingmode': (name) => new EnumValue('System.RoundingMode', name.toUpperCase(), 0),
  roundingmode: (name) => new EnumValue('System.RoundingMode', name.toUpperCase(), 0),
  accesstype: (name) => new EnumValue('System.AccessType', name.toUpperCase(), 0),
  logginglevel: (name) => new EnumValue('System.LoggingLevel', name.toUpperCase(), 0),
  sobjectdescribeoptions: (name) =>
    /^(default|deferred|full)$/i.test(name)
      ? new EnumValue('SObjectDescribeOptions', name.toUpperCase(), 0)
      : undefined
};

const NAMESPACES = new Set([
  ...Object.keys(STATICS),
  ...Object.keys(ENUMS),
  'label',
  'system.label',
  'schema.sobjecttype',
  'blob'
]);

function normalize(path: string): string {
  const lower = path.toLowerCase();
  if (
    lower.startsWith('system.') &&
    (STATICS[lower.slice(7)] || ENUMS[lower.slice(7)] || lower === 'system.label')
  )
    return lower === 'system.label' ? 'label' : lower.slice(7);
  return lower;
}

export class SystemLibrary implements Natives {
  isNamespace(name: string): boolean {
    return NAMESPACES.has(name.toLowerCase());
  }

  namespaceMember(it: Interpreter, path: string, name: string): Target {
    const ns = normalize(path);
    if (ns === 'label') return { kind: 'value', value: labelValue(it, name) };
    if (ns === 'schema.sobjecttype') {
      const object = it.schema.object(name);
      if (!object)
        throw new NotImplemented(`Schema.SObjectType.${name} (no such SObject)`, it.where());
      return { kind: 'value', value: describeSObject(object.name) };
    }
    const enumValue = ENUMS[ns]?.(name);
    if (enumValue !== undefined) return { kind: 'value', value: enumValue };
    const nested = `${ns}.${name.toLowerCase()}`;
    if (NAMESPACES.has(normalize(nested))) return { kind: 'ns', path: normalize(nested) };
    if (ns === 'system' || ns === 'schema') {
      const cls = it.resolveClass(name, null);
      if (cls) return { kind: 'class', cls };
      const object = ns === 'schema' ? it.schema.object(name) : undefined;
      if (object) return { kind: 'sobjectType', name: object.name };
      if (NAMESPACES.has(name.toLowerCase())) return { kind: 'ns', path: normalize(name) };
    }
    throw new NotImplemented(`${path}.${name}`, it.where());
  }

  callStatic(it: Interpreter, path: string, name: string, args: ApexValue[]): ApexValue {
    const handler = STATICS[normalize(path)];
    const result = handler?.(it, name, args);
    if (result !== undefined) return result;
    throw new NotImplemented(`${path}.${name}(${args.length} arguments)`, it.where());
  }

  callInstance(it: Interpreter, receiver: ApexValue, name: string, args: ApexValue[]): ApexValue {
    return callInstanceMethod(it, receiver, name, args);
  }

  property(it: Interpreter, value: ApexValue, name: string): ApexValue {
    return nativeProperty(it, value, name);
  }

  construct(it: Interpreter, type: TypeRef, args: ApexValue[]): ApexValue {
    return newSystemObject(it, type, args);
  }

  sobjectTypeMember(it: Interpreter, objectName: string, name: string): ApexValue {
    const lower = name.toLowerCase();
    if (lower === 'sobjecttype') return sobjectTypeToken(objectName);
    if (lower === 'fields') return new NativeObject('Schema.FieldsToken', { object: objectName });
    const field = it.schema.object(objectName)?.fields.get(lower);
    if (field) return sobjectFieldToken(objectName, field.name);
    throw new NotImplemented(`${objectName}.${name}`, it.where());
  }

  callSObjectType(it: Interpreter, objectName: string, name: string, args: ApexValue[]): ApexValue {
    if (name.toLowerCase() === 'getsobjecttype' && args.length === 0)
      return sobjectTypeToken(objectName);
    throw new NotImplemented(`${objectName}.${name}()`, it.where());
  }

  readField(it: Interpreter, record: SObjectValue, name: string): ApexValue {
    return readField(it, record, name);
  }

  writeField(it: Interpreter, record: SObjectValue, name: string, value: ApexValue): ApexValue {
    return writeField(it, record, name, value);
  }

  staticSoql(it: Interpreter, query: unknown): ApexValue {
    return staticSoql(it, query);
  }

  runAs(it: Interpreter, stmt: Extract<Stmt, { kind: 'runAs' }>): Completion {
    return runAs(it, stmt);
  }

  enumConstant(it: Interpreter, value: ApexValue, name: string): ApexValue {
    if (!(value instanceof EnumValue))
      throw new NotImplemented(`when ${name} on a value that is not an enum`, it.where());
    const cls = it.resolveClass(value.enumType, null);
    const values = cls?.decl?.enumValues;
    if (values) {
      const ordinal = values.findIndex((v) => v.toLowerCase() === name.toLowerCase());
      if (ordinal < 0)
        throw new NotImplemented(`enum constant ${value.enumType}.${name}`, it.where());
      return new EnumValue(cls!.name, values[ordinal], ordinal);
    }
    return new EnumValue(value.enumType, name.toUpperCase(), 0);
  }

  canonicalType(it: Interpreter, type: TypeRef, from?: ClassInfo): TypeRef {
    const cls = it.resolveClass(type.name, from ?? it.frame?.cls ?? null);
    const object = cls ? undefined : it.schema.object(type.name);
    const name = cls ? cls.name : (object?.name ?? type.name);
    return { name, args: type.args.map((a) => this.canonicalType(it, a, from)) };
  }

  typeDisplayName(type: TypeRef): string {
    return type.args.length
      ? `${type.name}<${type.args.map((a) => this.typeDisplayName(a)).join(',')}>`
      : type.name;
  }

  toText(it: Interpreter, value: ApexValue): string {
    return apexToString(it.interop, value, 'concat');
  }

  equals(it: Interpreter, left: ApexValue, right: ApexValue): boolean | undefined {
    if (
      left instanceof ApexObject &&
      !classOf(left).builtIn &&
      classOf(left)
        .findMethods('equals')
        .some((m) => m.decl.body)
    ) {
      return callOn(it, left, 'equals', [right]) === true;
    }
    if (left instanceof NativeObject && right instanceof NativeObject)
      return sameToken(left, right);
    if (left instanceof SObjectValue || right instanceof SObjectValue)
      return apexEquals(left, right);
    return undefined;
  }

  dateArithmetic(op: string, left: ApexValue, right: ApexValue): ApexValue | undefined {
    if (typeof right !== 'number' || (op !== '+' && op !== '-')) return undefined;
    const days = op === '+' ? right : -right;
    if (left instanceof ApexDate) return ApexDate.fromEpochDay(left.toEpochDay() + days);
    if (left instanceof ApexDatetime) return new ApexDatetime(left.millis + days * 86_400_000);
    return undefined;
  }
}
