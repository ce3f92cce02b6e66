// WHERE and HAVING compiled to predicates once per execution: binds are evaluated once (before
// the rows are read, as the platform evaluates them), semi-join sub-selects run once into a set,
// LIKE patterns compile once.
import { NotImplemented } from '../errors';
import type { FieldType } from '../platform/contracts';
import { ApexDate, ApexDatetime, type ApexValue } from '../values';
import type { AggregateRef, BindNode, Condition, FieldRef, SoqlQuery, ValueNode } from './ast';
import {
  bindItems,
  comparable,
  compareWith,
  includesAny,
  likePattern,
  rangeFor,
  type Comparable,
  type Operand
} from './compare';
import { dateLiteralRange } from './literals';

export interface LeftAccess<S> {
  type: FieldType;
  get(subject: S): ApexValue;
}

export interface ConditionContext<S> {
  left(ref: FieldRef | AggregateRef): LeftAccess<S>;
  bind(node: BindNode): ApexValue;
  now: number;
  /** The values (normalised) a semi-join or anti-join sub-select returns. */
  semiJoin(query: SoqlQuery): Set<Comparable>;
}

export type Predicate<S> = (subject: S) => boolean;

export function compileCondition<S>(cond: Condition, ctx: ConditionContext<S>): Predicate<S> {
  switch (cond.kind) {
    case 'and': {
      const parts = cond.operands.map((c) => compileCondition(c, ctx));
      return (s) => parts.every((p) => p(s));
    }
    case 'or': {
      const parts = cond.operands.map((c) => compileCondition(c, ctx));
      return (s) => parts.some((p) => p(s));
    }
    case 'not': {
      const inner = compileCondition(cond.operand, ctx);
      return (s) => !inner(s);
    }
    case 'compare':
      return compileComparison(cond, ctx);
  }
}

function compileComparison<S>(
  cond: Extract<Condition, { kind: 'compare' }>,
  ctx: ConditionContext<S>
): Predicate<S> {
  const left = ctx.left(cond.left);
  const { type } = left;
  const read = (s: S): Comparable => comparable(type, left.get(s));
  switch (cond.op) {
    case 'IN':
    case 'NOT IN': {
      const set = inSet(type, cond.right, ctx);
      const wanted = cond.op === 'IN';
      return (s) => set.has(read(s)) === wanted;
    }
    case 'INCLUDES':
    case 'EXCLUDES': {
      const items = listValues(cond.right, ctx).filter((v): v is string => typeof v === 'string');
      const wanted = cond.op === 'INCLUDES';
      return (s) => includesAny(left.get(s), items) === wanted;
    }
    case 'LIKE': {
      const pattern = scalarValue(cond.right, ctx);
      if (typeof pattern !== 'string') return () => false;
      const regex = likePattern(pattern);
      return (s) => {
        const value = left.get(s);
        return typeof value === 'string' && regex.test(value);
      };
    }
    default: {
      const operand = operandOf(type, cond.right, ctx);
      const op = cond.op;
      return (s) => compareWith(op, read(s), operand);
    }
  }
}

function operandOf<S>(type: FieldType, node: ValueNode, ctx: ConditionContext<S>): Operand {
  if (node.kind === 'dateLiteral') {
    return { range: rangeFor(type, dateLiteralRange(node.name, node.n, ctx.now)) };
  }
  return { value: comparable(type, scalarValue(node, ctx), true) };
}

function inSet<S>(type: FieldType, node: ValueNode, ctx: ConditionContext<S>): Set<Comparable> {
  if (node.kind === 'subquery') return ctx.semiJoin(node.query);
  return new Set(listValues(node, ctx).map((v) => comparable(type, v, true)));
}

function listValues<S>(node: ValueNode, ctx: ConditionContext<S>): ApexValue[] {
  if (node.kind === 'list') return node.items.map((item) => scalarValue(item, ctx));
  if (node.kind === 'bind') return bindItems(ctx.bind(node));
  return [scalarValue(node, ctx)];
}

/** A literal or bind as an Apex value. */
function scalarValue<S>(node: ValueNode, ctx: ConditionContext<S>): ApexValue {
  switch (node.kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'number':
    case 'string':
      return node.value;
    case 'date':
      return new ApexDate(node.year, node.month, node.day);
    case 'datetime':
      return new ApexDatetime(node.millis);
    case 'bind':
      return ctx.bind(node);
    default:
      throw new NotImplemented(`SOQL ${node.kind} value in this position`);
  }
}
