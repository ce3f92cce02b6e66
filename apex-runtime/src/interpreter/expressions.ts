// Expressions: literals, names, member access, operators, assignment, creation. Calls and
// member lookup are in invoke.ts and members.ts.
import { ApexError, NotImplemented } from '../errors';
import { apexEquals, compareValues, isNumeric, keyOf, numericValue } from '../equality';
import type { Expr } from '../parse/ast';
import {
  ApexDecimal,
  ApexList,
  ApexMap,
  ApexSet,
  SObjectValue,
  TypeValue,
  type ApexValue,
  type TypeRef
} from '../values';
import type { Interpreter } from './interpreter';
import { callExpression, coerceTo, construct, nullPointer } from './invoke';
import { assignMember, readMember, resolveName, type Target } from './members';
import { baseName, isInstanceOf, runtimeTypeName } from './types';

export function truthy(it: Interpreter, value: ApexValue, line: number): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null) {
    it.frame.line = line;
    return nullPointer();
  }
  throw new NotImplemented(`a condition of type ${runtimeTypeName(value)}`, it.where());
}

export function evaluate(it: Interpreter, expr: Expr): ApexValue {
  const target = evaluateTarget(it, expr);
  if (target.kind === 'value') return target.value;
  if (target.kind === 'class')
    throw new ApexError('TypeException', `Variable does not exist: ${target.cls.name}`);
  throw new NotImplemented(
    `'${target.kind === 'ns' ? target.path : target.name}' used as a value`,
    it.where()
  );
}

/** Like evaluate, but a name may also stand for a class, an SObject type or a namespace. */
export function evaluateTarget(it: Interpreter, expr: Expr): Target {
  switch (expr.kind) {
    case 'name':
      return resolveName(it, expr.name);
    case 'field': {
      const target = evaluateTarget(it, expr.target);
      if (expr.safe && target.kind === 'value' && target.value === null)
        return { kind: 'value', value: null };
      it.frame.line = expr.line;
      return readMember(it, target, expr.name);
    }
    default:
      return { kind: 'value', value: evaluateValue(it, expr) };
  }
}

function evaluateValue(it: Interpreter, expr: Expr): ApexValue {
  switch (expr.kind) {
    case 'literal':
      return literalValue(expr.value);
    case 'this':
      return it.frame.thisObj;
    case 'super':
      return it.frame.thisObj;
    case 'call':
      return callExpression(it, expr);
    case 'index': {
      const target = evaluate(it, expr.target);
      const index = evaluate(it, expr.index);
      it.frame.line = expr.line;
      if (target === null) return nullPointer();
      if (target instanceof ApexList) return listItem(target, index);
      throw new NotImplemented(`indexing a ${runtimeTypeName(target)}`, it.where());
    }
    case 'new':
      return construct(
        it,
        expr.type,
        expr.args.map((a) => evaluate(it, a)),
        expr.line
      );
    case 'newSObject':
      return newSObject(it, expr);
    case 'newCollection':
      return newCollection(
        it,
        expr.type,
        expr.items.map((e) => evaluate(it, e))
      );
    case 'newArray': {
      const size = evaluate(it, expr.size);
      const elementType = expr.type.args[0];
      return new ApexList(elementType, new Array<ApexValue>(Number(size)).fill(null));
    }
    case 'newMap': {
      const map = new ApexMap(
        expr.type.args[0] ?? { name: 'Object', args: [] },
        expr.type.args[1] ?? { name: 'Object', args: [] }
      );
      for (const [k, v] of expr.pairs) {
        const key = coerceTo(it, evaluate(it, k), map.keyType);
        map.entries.set(keyOf(key), [key, coerceTo(it, evaluate(it, v), map.valueType)]);
      }
      return map;
    }
    case 'unary':
      return unary(it, expr.op, evaluate(it, expr.operand));
    case 'incdec': {
      const old = evaluate(it, expr.target);
      if (old === null) return nullPointer();
      const next = arithmetic(it, expr.op === '++' ? '+' : '-', old, 1);
      assign(it, expr.target, next);
      return expr.prefix ? next : old;
    }
    case 'binary':
      return binary(it, expr);
    case 'assign': {
      if (expr.op === '=') {
        const value = evaluate(it, expr.value);
        return assign(it, expr.target, value);
      }
      const op = expr.op.slice(0, -1);
      const current = evaluate(it, expr.target);
      const right = evaluate(it, expr.value);
      return assign(it, expr.target, operate(it, op, current, right));
    }
    case 'cond':
      return truthy(it, evaluate(it, expr.cond), expr.line)
        ? evaluate(it, expr.then)
        : evaluate(it, expr.else);
    case 'cast':
      return cast(it, evaluate(it, expr.value), expr.type);
    case 'instanceof':
      return isInstanceOf(evaluate(it, expr.value), expr.type, it.isSObjectType);
    case 'classLiteral':
      return new TypeValue(it.natives.canonicalType(it, expr.type));
    case 'soql':
      return it.natives.staticSoql(it, expr.query);
    default:
      throw new NotImplemented(`expression kind ${expr.kind}`, it.where());
  }
}

function literalValue(value: Extract<Expr, { kind: 'literal' }>['value']): ApexValue {
  switch (value.type) {
    case 'null':
      return null;
    case 'boolean':
      return value.value;
    case 'integer':
    case 'long':
      return value.value;
    case 'decimal': {
      const dot = value.text.indexOf('.');
      return new ApexDecimal(Number(value.text), dot < 0 ? 0 : value.text.length - dot - 1);
    }
    case 'string':
      return value.value;
  }
}

function listItem(list: ApexList, index: ApexValue): ApexValue {
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= list.items.length)
    throw new ApexError('ListException', `List index out of bounds: ${String(index)}`);
  return list.items[i];
}

export function newCollection(it: Interpreter, type: TypeRef, items: ApexValue[]): ApexValue {
  const name = baseName(type);
  const elementType = type.args[0] ?? { name: 'Object', args: [] };
  if (name === 'list')
    return new ApexList(
      elementType,
      items.map((v) => coerceTo(it, v, elementType))
    );
  if (name === 'set') {
    const set = new ApexSet(elementType);
    for (const item of items) {
      const value = coerceTo(it, item, elementType);
      set.entries.set(keyOf(value), value);
    }
    return set;
  }
  throw new NotImplemented(`new ${type.name}{…}`, it.where());
}

function newSObject(it: Interpreter, expr: Extract<Expr, { kind: 'newSObject' }>): ApexValue {
  const record = construct(it, expr.type, [], expr.line);
  if (!(record instanceof SObjectValue))
    throw new NotImplemented(`name = value arguments for ${expr.type.name}`, it.where());
  for (const field of expr.fields) {
    assignMember(it, { kind: 'value', value: record }, field.name, evaluate(it, field.value));
  }
  return record;
}

/** Writes to a name, a member or a list element; returns the value written. */
export function assign(it: Interpreter, target: Expr, value: ApexValue): ApexValue {
  switch (target.kind) {
    case 'name': {
      const slot = it.frame.lookup(target.name);
      if (slot) {
        slot.value = coerceTo(it, value, slot.type);
        return slot.value;
      }
      return assignMember(it, null, target.name, value);
    }
    case 'field':
      return assignMember(it, evaluateTarget(it, target.target), target.name, value);
    case 'index': {
      const list = evaluate(it, target.target);
      const index = Number(evaluate(it, target.index));
      if (list === null) return nullPointer();
      if (!(list instanceof ApexList))
        throw new NotImplemented('index assignment on a non-list', it.where());
      if (!Number.isInteger(index) || index < 0 || index >= list.items.length)
        throw new ApexError('ListException', `List index out of bounds: ${index}`);
      list.items[index] = coerceTo(it, value, list.elementType);
      return list.items[index];
    }
    default:
      throw new NotImplemented('assignment to this expression', it.where());
  }
}

function unary(it: Interpreter, op: string, value: ApexValue): ApexValue {
  if (op === '!') {
    if (typeof value !== 'boolean')
      return value === null ? nullPointer() : notImplementedOp(it, op, value);
    return !value;
  }
  if (value === null) return nullPointer();
  if (op === '-') {
    if (typeof value === 'number') return -value;
    if (value instanceof ApexDecimal)
      return new ApexDecimal(-value.value, value.scale, value.isDouble);
  }
  if (op === '+' && isNumeric(value)) return value;
  if (op === '~' && typeof value === 'number') return ~value;
  return notImplementedOp(it, op, value);
}

function notImplementedOp(it: Interpreter, op: string, value: ApexValue): never {
  throw new NotImplemented(`operator ${op} on ${runtimeTypeName(value)}`, it.where());
}

function binary(it: Interpreter, expr: Extract<Expr, { kind: 'binary' }>): ApexValue {
  const { op } = expr;
  if (op === '&&' || op === '||') {
    const left = truthy(it, evaluate(it, expr.left), expr.line);
    if (op === '&&' ? !left : left) return left;
    return truthy(it, evaluate(it, expr.right), expr.line);
  }
  if (op === '??') {
    const left = evaluate(it, expr.left);
    return left !== null ? left : evaluate(it, expr.right);
  }
  const left = evaluate(it, expr.left);
  const right = evaluate(it, expr.right);
  it.frame.line = expr.line;
  return operate(it, op, left, right);
}

export function operate(it: Interpreter, op: string, left: ApexValue, right: ApexValue): ApexValue {
  switch (op) {
    case '==':
      return equals(it, left, right);
    case '!=':
      return !equals(it, left, right);
    case '===':
      return left === right || (left !== null && typeof left !== 'object' && left === right);
    case '!==':
      return !(left === right);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      if (left === null || right === null) return false;
      const c = compareValues(left, right);
      return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
    }
    case '+':
      if (typeof left === 'string' || typeof right === 'string')
        return it.natives.toText(it, left) + it.natives.toText(it, right);
      return arithmetic(it, op, left, right);
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(it, op, left, right);
    case '&':
    case '|':
    case '^':
      if (typeof left === 'boolean' && typeof right === 'boolean')
        return op === '&' ? left && right : op === '|' ? left || right : left !== right;
      if (typeof left === 'number' && typeof right === 'number')
        return op === '&' ? left & right : op === '|' ? left | right : left ^ right;
      break;
    case '<<':
    case '>>':
    case '>>>':
      if (typeof left === 'number' && typeof right === 'number')
        return op === '<<' ? left << right : op === '>>' ? left >> right : left >>> right;
      break;
    default:
      break;
  }
  throw new NotImplemented(
    `operator ${op} on ${runtimeTypeName(left)} and ${runtimeTypeName(right)}`,
    it.where()
  );
}

function equals(it: Interpreter, left: ApexValue, right: ApexValue): boolean {
  return it.natives.equals(it, left, right) ?? apexEquals(left, right);
}

export function arithmetic(
  it: Interpreter,
  op: string,
  left: ApexValue,
  right: ApexValue
): ApexValue {
  if (left === null || right === null) return nullPointer();
  const date = it.natives.dateArithmetic(op, left, right);
  if (date !== undefined) return date;
  if (!isNumeric(left) || !isNumeric(right))
    throw new NotImplemented(
      `operator ${op} on ${runtimeTypeName(left)} and ${runtimeTypeName(right)}`,
      it.where()
    );
  const a = numericValue(left);
  const b = numericValue(right);
  if (typeof left === 'number' && typeof right === 'number') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) throw new ApexError('MathException', 'Divide by 0');
        return Math.trunc(a / b);
      case '%':
        if (b === 0) throw new ApexError('MathException', 'Divide by 0');
        return a % b;
    }
  }
  const isDouble =
    (left instanceof ApexDecimal && left.isDouble) ||
    (right instanceof ApexDecimal && right.isDouble);
  const scaleOf = (v: number | ApexDecimal) => (v instanceof ApexDecimal ? (v.scale ?? 0) : 0);
  switch (op) {
    case '+':
    case '-':
      return new ApexDecimal(
        op === '+' ? a + b : a - b,
        Math.max(scaleOf(left), scaleOf(right)),
        isDouble
      );
    case '*':
      return new ApexDecimal(a * b, scaleOf(left) + scaleOf(right), isDouble);
    case '/':
      if (b === 0 && !isDouble) throw new ApexError('MathException', 'Divide by 0');
      return new ApexDecimal(a / b, null, isDouble);
    default:
      return new ApexDecimal(a % b, null, isDouble);
  }
}

export function cast(it: Interpreter, value: ApexValue, type: TypeRef): ApexValue {
  if (value === null) return null;
  const name = baseName(type);
  if (name === 'decimal' || name === 'double') return coerceTo(it, value, type);
  if (name === 'integer' || name === 'long') {
    if (typeof value === 'number') return value;
  }
  if (isInstanceOf(value, type, it.isSObjectType)) return coerceTo(it, value, type);
  // Collections are cast by their element types loosely: List<Object> → List<String> is allowed
  // here when every element fits (the platform checks the declared element type instead).
  if (value instanceof ApexList && name === 'list') return value;
  if (value instanceof ApexMap && name === 'map') return value;
  if (value instanceof ApexSet && name === 'set') return value;
  if (name === 'id' && typeof value === 'string') return coerceTo(it, value, type);
  throw new ApexError(
    'TypeException',
    `Invalid conversion from runtime type ${runtimeTypeName(value)} to ${it.natives.typeDisplayName(type)}`
  );
}
