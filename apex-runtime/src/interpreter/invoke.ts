// Calls, object creation and static initialisation: overloads chosen by arity and run-time
// argument types, virtual dispatch, constructor chaining (this(…)/super(…)), and the
// conversion of platform errors into Apex exceptions with the Apex stack of where they arose.
import { ApexError, NotImplemented } from '../errors';
import type { Block, Expr } from '../parse/ast';
import {
  ApexList,
  ApexObject,
  EnumValue,
  SObjectValue,
  typeRef,
  type ApexValue,
  type TypeRef
} from '../values';
import { ClassInfo, classOf, type MethodInfo } from './classes';
import { ApexThrow, CAUSE, DML, MESSAGE, newExceptionObject } from './exceptions';
import { evaluate, evaluateTarget } from './expressions';
import { Frame } from './frames';
import type { Interpreter } from './interpreter';
import { coerce, isInstanceOf } from './types';

const MAX_STACK_DEPTH = 1000;

export function nullPointer(): never {
  throw new ApexError('NullPointerException', 'Attempt to de-reference a null object');
}

export function coerceTo(it: Interpreter, value: ApexValue, type: TypeRef): ApexValue {
  return coerce(value, type, it.isSObjectType);
}

/** Runs a static initialiser once per transaction: static fields in order, then static blocks. */
export function ensureStatics(it: Interpreter, cls: ClassInfo): void {
  if (cls.staticsReady || !cls.decl) return;
  cls.staticsReady = true;
  if (cls.superclass) ensureStatics(it, cls.superclass);
  const frame = new Frame(cls, '<clinit>', null, true);
  it.frames.push(frame);
  try {
    for (const field of cls.staticFields) {
      frame.line = field.line;
      if (field.init) it.coverage.hit(cls.file, field.line);
      cls.statics.set(
        field.name.toLowerCase(),
        field.init ? coerceTo(it, evaluate(it, field.init), field.type) : null
      );
    }
    for (const init of cls.decl.initializers) if (init.isStatic) it.execBlock(init.body);
  } catch (error) {
    throw asApexThrow(it, error);
  } finally {
    it.frames.pop();
  }
}

/** Runs a body in a new frame; returns what it returned. Converts platform errors with the stack. */
export function runBody(it: Interpreter, frame: Frame, body: Block): ApexValue {
  if (it.frames.length >= MAX_STACK_DEPTH)
    throw asApexThrow(
      it,
      new ApexError('LimitException', `Maximum stack depth reached: ${MAX_STACK_DEPTH + 1}`)
    );
  it.frames.push(frame);
  try {
    const completion = it.execBlock(body);
    return typeof completion === 'object' ? completion.returned : null;
  } catch (error) {
    throw asApexThrow(it, error);
  } finally {
    it.frames.pop();
  }
}

/** While the frames are still there: an ApexError becomes an Apex exception with its stack. */
function asApexThrow(it: Interpreter, error: unknown): unknown {
  if (error instanceof ApexError) return toApexThrow(it, error);
  if (error instanceof NotImplemented && !error.where) error.where = it.where();
  return error;
}

export function toApexThrow(it: Interpreter, error: unknown): ApexThrow | null {
  if (error instanceof ApexThrow) return error;
  if (error instanceof ApexError) {
    const cls =
      it.resolveClass(`System.${error.typeName}`, null) ?? it.resolveClass('Exception', null)!;
    const exception = newExceptionObject(
      cls,
      error.message,
      null,
      it.stackTrace(),
      it.frame?.line ?? 0
    );
    // APEX_RUNTIME_TRACE=1 prints where each platform exception arose, even when Apex catches it.
    if (process.env.APEX_RUNTIME_TRACE)
      console.error(`[trace] ${cls.name}: ${error.message}\n${it.stackTrace()}`);
    if (error.dmlErrors.length) exception.fields.set(DML, error.dmlErrors as unknown as ApexValue);
    return new ApexThrow(exception);
  }
  return null;
}

export function throwApex(it: Interpreter, value: ApexValue): never {
  if (value === null) nullPointer();
  if (!(value instanceof ApexObject) || !value.cls.isA('Exception'))
    throw new NotImplemented('throwing a value that is not an exception', it.where());
  throw new ApexThrow(value);
}

export function invokeMethod(
  it: Interpreter,
  method: MethodInfo,
  thisObj: ApexObject | null,
  args: ApexValue[]
): ApexValue {
  const { decl, owner } = method;
  ensureStatics(it, owner);
  if (!decl.body)
    throw new NotImplemented(`calling abstract method ${owner.name}.${decl.name}`, it.where());
  const frame = new Frame(owner, decl.name, thisObj, decl.modifiers.isStatic);
  frame.line = decl.line;
  decl.params.forEach((param, i) =>
    frame.declare(param.name, param.type, coerceTo(it, args[i] ?? null, param.type))
  );
  const result = runBody(it, frame, decl.body);
  return decl.returnType ? coerceTo(it, result, decl.returnType) : null;
}

/** The overload of `name` that takes these arguments. */
export function selectOverload(
  it: Interpreter,
  methods: MethodInfo[],
  args: ApexValue[]
): MethodInfo | null {
  const byArity = methods.filter((m) => m.decl.params.length === args.length);
  if (byArity.length <= 1) return byArity[0] ?? null;
  const fits = (m: MethodInfo) =>
    m.decl.params.every(
      (p, i) => args[i] === null || isInstanceOf(args[i], p.type, it.isSObjectType)
    );
  return byArity.find(fits) ?? byArity[0];
}

export function callExpression(it: Interpreter, expr: Extract<Expr, { kind: 'call' }>): ApexValue {
  const line = expr.line;
  if (expr.target === null) {
    const args = expr.args.map((a) => evaluate(it, a));
    it.frame.line = line;
    return callUnqualified(it, expr.name, args);
  }
  if (expr.target.kind === 'super') {
    const args = expr.args.map((a) => evaluate(it, a));
    const parent = it.frame.cls.superclass;
    const method = parent && selectOverload(it, parent.findMethods(expr.name), args);
    if (!method) throw new NotImplemented(`super.${expr.name}`, it.where());
    return invokeMethod(it, method, it.frame.thisObj, args);
  }
  const target = evaluateTarget(it, expr.target);
  const args = expr.args.map((a) => evaluate(it, a));
  it.frame.line = line;
  switch (target.kind) {
    case 'class': {
      const method = selectOverload(
        it,
        target.cls.findMethods(expr.name).filter((m) => m.decl.modifiers.isStatic),
        args
      );
      if (method) return invokeMethod(it, method, null, args);
      const enumResult =
        target.cls.kind === 'enum' ? enumStatic(target.cls, expr.name, args) : undefined;
      if (enumResult !== undefined) return enumResult;
      throw new NotImplemented(
        `static method ${target.cls.name}.${expr.name}(${args.length} arguments)`,
        it.where()
      );
    }
    case 'sobjectType':
      return it.natives.callSObjectType(it, target.name, expr.name, args);
    case 'ns':
      return it.natives.callStatic(it, target.path, expr.name, args);
    case 'value': {
      const receiver = target.value;
      if (receiver === null) {
        if (expr.safe) return null;
        return nullPointer();
      }
      return callOn(it, receiver, expr.name, args);
    }
  }
}

/** An enum's own statics: values() in declaration order, valueOf(name) (Apex Developer Guide: "Enums"). */
function enumStatic(cls: ClassInfo, name: string, args: ApexValue[]): ApexValue | undefined {
  const names = cls.decl!.enumValues;
  const lower = name.toLowerCase();
  if (lower === 'values' && args.length === 0) {
    return new ApexList(
      typeRef(cls.name),
      names.map((n, i) => new EnumValue(cls.name, n, i))
    );
  }
  if (lower === 'valueof' && args.length === 1 && typeof args[0] === 'string') {
    const wanted = args[0];
    const ordinal = names.findIndex((n) => n === wanted);
    // An unknown name's platform error is not pinned here: fall through to NotImplemented.
    return ordinal >= 0 ? new EnumValue(cls.name, names[ordinal], ordinal) : undefined;
  }
  return undefined;
}

/** A method call on a value: Apex objects dispatch virtually, everything else is a system type. */
export function callOn(
  it: Interpreter,
  receiver: ApexValue,
  name: string,
  args: ApexValue[]
): ApexValue {
  if (receiver instanceof ApexObject && !classOf(receiver).builtIn) {
    const method = selectOverload(
      it,
      classOf(receiver)
        .findMethods(name)
        .filter((m) => !m.decl.modifiers.isStatic && m.decl.body),
      args
    );
    if (method) return invokeMethod(it, method, receiver, args);
  }
  return it.natives.callInstance(it, receiver, name, args);
}

function callUnqualified(it: Interpreter, name: string, args: ApexValue[]): ApexValue {
  const frame = it.frame;
  if (frame.thisObj && !frame.isStatic) {
    const methods = classOf(frame.thisObj)
      .findMethods(name)
      .filter((m) => m.decl.body);
    const method = selectOverload(it, methods, args);
    if (method)
      return invokeMethod(it, method, method.decl.modifiers.isStatic ? null : frame.thisObj, args);
  }
  for (let cls: ClassInfo | null = frame.cls; cls; cls = cls.outer) {
    const method = selectOverload(
      it,
      cls.findMethods(name).filter((m) => m.decl.modifiers.isStatic || m.decl.body),
      args
    );
    if (method) {
      if (!method.decl.modifiers.isStatic && !frame.thisObj)
        throw new NotImplemented(
          `instance method ${name} called from a static context`,
          it.where()
        );
      return invokeMethod(it, method, method.decl.modifiers.isStatic ? null : frame.thisObj, args);
    }
  }
  throw new NotImplemented(
    `method ${name}(${args.length} arguments) in ${frame.cls.name}`,
    it.where()
  );
}

// ---- creation -----------------------------------------------------------------------------

export function construct(
  it: Interpreter,
  type: TypeRef,
  args: ApexValue[],
  line: number
): ApexValue {
  const cls = it.resolveClass(type.name, it.frame.cls);
  if (cls && cls.isA('Exception') && (cls.builtIn || cls.constructors.length === 0)) {
    return newException(it, cls, args, line);
  }
  if (cls && !cls.builtIn) {
    if (cls.isAbstract) throw new NotImplemented(`new of abstract ${cls.name}`, it.where());
    ensureStatics(it, cls);
    const obj = new ApexObject(cls);
    initialize(it, cls, obj, args);
    return obj;
  }
  const object = it.schema.object(type.name);
  if (object && args.length === 0) return new SObjectValue(object.name);
  return it.natives.construct(it, type, args);
}

/** Exceptions' implicit constructors: (), (message), (cause), (message, cause). */
function newException(
  it: Interpreter,
  cls: ClassInfo,
  args: ApexValue[],
  line: number
): ApexObject {
  let message: ApexValue = null;
  let cause: ApexValue = null;
  for (const arg of args) {
    if (arg instanceof ApexObject && arg.cls.isA('Exception')) cause = arg;
    else message = arg;
  }
  const exception = newExceptionObject(cls, message, cause, it.stackTrace(), line);
  initializeFields(it, cls, exception);
  return exception;
}

function initializeFields(it: Interpreter, cls: ClassInfo, obj: ApexObject): void {
  if (!cls.decl) return;
  const frame = new Frame(cls, '<init>', obj, false);
  it.frames.push(frame);
  try {
    for (const field of cls.instanceFields) {
      frame.line = field.line;
      if (field.init) it.coverage.hit(cls.file, field.line);
      obj.fields.set(
        field.name.toLowerCase(),
        field.init ? coerceTo(it, evaluate(it, field.init), field.type) : null
      );
    }
    for (const property of cls.properties.values()) {
      if (!property.modifiers.isStatic) obj.fields.set(property.name.toLowerCase(), null);
    }
    for (const init of cls.decl.initializers) if (!init.isStatic) it.execBlock(init.body);
  } catch (error) {
    throw asApexThrow(it, error);
  } finally {
    it.frames.pop();
  }
}

/** Runs the constructor chain for `cls` on `obj`: super first, then fields, then the body. */
function initialize(it: Interpreter, cls: ClassInfo, obj: ApexObject, args: ApexValue[]): void {
  const ctor = selectOverload(it, cls.constructors, args);
  if (!ctor && (args.length > 0 || cls.constructors.length > 0))
    throw new NotImplemented(`constructor ${cls.name}(${args.length} arguments)`, it.where());
  const frame = new Frame(cls, '<init>', obj, false);
  let statements = ctor?.decl.body?.statements ?? [];
  ctor?.decl.params.forEach((p, i) =>
    frame.declare(p.name, p.type, coerceTo(it, args[i] ?? null, p.type))
  );
  const first = statements[0];
  const chained =
    first?.kind === 'expr' &&
    first.expr.kind === 'call' &&
    first.expr.target === null &&
    (first.expr.name === 'this' || first.expr.name === 'super')
      ? first.expr
      : null;
  if (chained) {
    it.frames.push(frame);
    frame.line = first!.line;
    it.coverage.hit(cls.file, first!.line);
    let chainArgs: ApexValue[];
    try {
      chainArgs = chained.args.map((a) => evaluate(it, a));
    } catch (error) {
      throw asApexThrow(it, error);
    } finally {
      it.frames.pop();
    }
    statements = statements.slice(1);
    if (chained.name === 'this') {
      initialize(it, cls, obj, chainArgs);
    } else {
      superInitialize(it, cls, obj, chainArgs);
      initializeFields(it, cls, obj);
    }
  } else {
    superInitialize(it, cls, obj, []);
    initializeFields(it, cls, obj);
  }
  if (ctor?.decl.body) runBody(it, frame, { kind: 'block', line: ctor.decl.body.line, statements });
}

function superInitialize(
  it: Interpreter,
  cls: ClassInfo,
  obj: ApexObject,
  args: ApexValue[]
): void {
  const parent = cls.superclass;
  if (!parent) return;
  if (parent.builtIn) {
    if (parent.isA('Exception')) {
      const exception = newException(it, parent, args, it.frame?.line ?? 0);
      for (const [key, value] of exception.fields) obj.fields.set(key, value);
    }
    return;
  }
  initialize(it, parent, obj, args);
}

export { MESSAGE, CAUSE };
