// Runs a SOQL query over the record store (SOQL and SOSL Reference; Apex Developer Guide:
// "Execution Governors and Limits"). One query counts once against the SOQL query limit; every
// row returned counts against the query-row limit, child rows of subqueries included (aggregate
// queries count as aggregate.ts says).
import { ApexError, NotImplemented } from '../errors';
import type {
  AccessMode,
  ObjectDescribe,
  PlatformContext,
  StoredRecord
} from '../platform/contracts';
import { ApexList, typeRef, type ApexValue, SObjectValue } from '../values';
import { AccessAudit } from './access';
import { runAggregate } from './aggregate';
import type { AggregateRef, BindNode, Condition, FieldRef, SoqlQuery } from './ast';
import { comparable, type Comparable } from './compare';
import { compileCondition, type ConditionContext, type Predicate } from './conditions';
import { sortBy, type SortKeyAccess } from './order';
import {
  resolveChildRelationship,
  resolveField,
  resolveObject,
  type ResolvedField
} from './resolve';
import { RowReader } from './rows';

export interface ExecuteOptions {
  /** AccessLevel of Database.query…; WITH USER_MODE / SYSTEM_MODE in the text overrides it. */
  mode: AccessMode;
  /** The Apex value of a bind (the interpreter evaluates `expr`, or looks `name` up). */
  bind: (node: BindNode) => ApexValue;
}

/** "OFFSET": the maximum offset is 2,000 rows. */
export const MAX_OFFSET = 2000;

/**
 * Runs a query: an ApexList of the object's records, an Integer for `SELECT COUNT()`, or an
 * ApexList of AggregateResult records for an aggregate query.
 */
export function executeQuery(
  platform: PlatformContext,
  query: SoqlQuery,
  options: ExecuteOptions
): ApexValue {
  return new QueryRun(platform, query, options).run();
}

export class QueryRun {
  readonly reader: RowReader;
  private readonly resolved = new Map<string, ResolvedField>();
  private readonly audit: AccessAudit | null;
  private readonly auditEverything: boolean;

  constructor(
    readonly platform: PlatformContext,
    private readonly query: SoqlQuery,
    readonly options: ExecuteOptions
  ) {
    this.reader = new RowReader(platform);
    const user =
      query.access === 'USER_MODE' || (options.mode === 'user' && query.access !== 'SYSTEM_MODE');
    const enforced = query.access === 'SECURITY_ENFORCED';
    this.auditEverything = user;
    this.audit =
      user || enforced
        ? new AccessAudit(platform.access, platform.runningUserId(), !user && enforced)
        : null;
  }

  run(): ApexValue {
    const query = this.query;
    if (query.allRows) throw new NotImplemented('SOQL ALL ROWS (the store keeps no deleted rows)');
    const object = resolveObject(this.platform.schema, query.from);
    this.check(query, object, true);
    this.audit?.throwIfAny();
    this.platform.limits.consume('queries');
    const rows = this.matching(query, object);
    if (query.countOnly) {
      if (query.groupBy.length > 0) throw new NotImplemented('SOQL COUNT() with GROUP BY');
      this.platform.limits.consume('queryRows', 1);
      return this.window(query, rows).length;
    }
    if (isAggregateQuery(query)) {
      const { results, rowsCounted } = runAggregate(this, query, object, rows);
      this.platform.limits.consume('queryRows', rowsCounted);
      return new ApexList(typeRef('AggregateResult'), results);
    }
    const page = this.window(query, this.sorted(query, object, rows));
    const records = this.records(query, object, page);
    return new ApexList(typeRef(object.name), records);
  }

  /** Resolves every name (schema errors first) and audits access in user mode. */
  private check(query: SoqlQuery, object: ObjectDescribe, top: boolean): void {
    if (this.audit && (top || this.auditEverything)) this.audit.object(object);
    for (const item of query.select) {
      if (item.kind === 'subquery') {
        const relationship = resolveChildRelationship(object, item.query.from);
        this.check(
          item.query,
          resolveObject(this.platform.schema, relationship.childSObject),
          false
        );
      } else {
        const field = item.kind === 'field' ? item : item.field;
        if (field) this.resolveAudited(object, field, true);
      }
    }
    const others: FieldRef[] = [...query.groupBy];
    for (const order of query.orderBy)
      others.push(...(order.target.kind === 'field' ? [order.target] : fieldOf(order.target)));
    for (const cond of [query.where, query.having]) if (cond) this.checkCondition(object, cond);
    for (const field of others) this.resolveAudited(object, field, false);
  }

  private checkCondition(object: ObjectDescribe, cond: Condition): void {
    if (cond.kind === 'and' || cond.kind === 'or') {
      cond.operands.forEach((c) => this.checkCondition(object, c));
    } else if (cond.kind === 'not') {
      this.checkCondition(object, cond.operand);
    } else {
      const left = cond.left.kind === 'field' ? [cond.left] : fieldOf(cond.left);
      left.forEach((field) => this.resolveAudited(object, field, false));
      if (cond.right.kind === 'subquery') {
        const inner = resolveObject(this.platform.schema, cond.right.query.from);
        this.check(cond.right.query, inner, false);
      }
    }
  }

  private resolveAudited(object: ObjectDescribe, ref: FieldRef, selected: boolean): ResolvedField {
    const resolved = this.resolve(object, ref);
    if (this.audit && (selected || this.auditEverything)) this.audit.path(resolved);
    return resolved;
  }

  resolve(object: ObjectDescribe, ref: FieldRef): ResolvedField {
    const key = `${object.name}|${ref.path.join('.').toLowerCase()}`;
    let resolved = this.resolved.get(key);
    if (!resolved) {
      resolved = resolveField(this.platform.schema, object, ref);
      this.resolved.set(key, resolved);
    }
    return resolved;
  }

  /** The rows of the object that pass WHERE (and `only`, when given), in the store's order. */
  matching(
    query: SoqlQuery,
    object: ObjectDescribe,
    only?: (row: StoredRecord) => boolean
  ): StoredRecord[] {
    const rows: StoredRecord[] = [];
    for (const row of this.platform.store.rows(object.name)) if (!only || only(row)) rows.push(row);
    if (!query.where) return rows;
    const keep = this.predicate(query.where, object);
    return rows.filter(keep);
  }

  predicate(cond: Condition, object: ObjectDescribe): Predicate<StoredRecord> {
    const ctx: ConditionContext<StoredRecord> = {
      left: (ref) => this.rowAccess(object, ref),
      bind: (node) => this.options.bind(node),
      now: this.platform.now(),
      semiJoin: (inner) => this.semiJoin(inner)
    };
    return compileCondition(cond, ctx);
  }

  rowAccess(object: ObjectDescribe, ref: FieldRef | AggregateRef): SortKeyAccess<StoredRecord> {
    if (ref.kind === 'aggregate')
      throw new ApexError('QueryException', 'aggregate functions are not allowed in WHERE');
    const resolved = this.resolve(object, ref);
    return {
      type: resolved.field.type,
      field: resolved.field,
      get: (row) => this.reader.valueAt(row, resolved)
    };
  }

  /** `Id IN (SELECT AssigneeId FROM …)`: the inner rows' values, normalised; no rows counted. */
  private semiJoin(inner: SoqlQuery): Set<Comparable> {
    const object = resolveObject(this.platform.schema, inner.from);
    const [only] = inner.select;
    if (inner.select.length !== 1 || only.kind !== 'field')
      throw new NotImplemented('SOQL semi-join selecting other than one field');
    const resolved = this.resolve(object, only);
    const values = new Set<Comparable>();
    for (const row of this.matching(inner, object))
      values.add(comparable(resolved.field.type, this.reader.valueAt(row, resolved)));
    values.delete(null);
    return values;
  }

  sorted(query: SoqlQuery, object: ObjectDescribe, rows: StoredRecord[]): StoredRecord[] {
    return sortBy(rows, query.orderBy, (target) => this.rowAccess(object, target));
  }

  /** OFFSET, then LIMIT. */
  window<T>(query: SoqlQuery, items: T[]): T[] {
    const offset = this.clauseNumber(query.offset, 'OFFSET') ?? 0;
    if (offset > MAX_OFFSET)
      throw new ApexError('QueryException', `Maximum SOQL offset allowed is ${MAX_OFFSET}`);
    const limit = this.clauseNumber(query.limit, 'LIMIT');
    return items.slice(offset, limit === null ? undefined : offset + limit);
  }

  private clauseNumber(node: SoqlQuery['limit'], clause: string): number | null {
    if (!node) return null;
    const value = node.kind === 'number' ? node.value : this.options.bind(node);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      throw new ApexError('QueryException', `invalid ${clause} value: ${String(value)}`);
    return value;
  }

  /** Result records with their child subqueries; counts every row and child row. */
  private records(query: SoqlQuery, object: ObjectDescribe, rows: StoredRecord[]): SObjectValue[] {
    const fields: ResolvedField[] = [];
    for (const item of query.select)
      if (item.kind === 'field') fields.push(this.resolve(object, item));
    const records = rows.map((row) => this.reader.project(row, object.name, fields));
    let counted = records.length;
    for (const item of query.select) {
      if (item.kind !== 'subquery') continue;
      counted += this.attachChildren(object, item.query, rows, records);
    }
    this.platform.limits.consume('queryRows', counted);
    return records;
  }

  /** `(SELECT … FROM Assignments)`: one list per parent (empty, never null); child rows read once. */
  private attachChildren(
    parent: ObjectDescribe,
    sub: SoqlQuery,
    rows: StoredRecord[],
    records: SObjectValue[]
  ): number {
    if (sub.select.some((item) => item.kind === 'subquery'))
      throw new NotImplemented('SOQL subquery inside a subquery');
    if (isAggregateQuery(sub)) throw new NotImplemented('SOQL aggregate subquery');
    const relationship = resolveChildRelationship(parent, sub.from);
    const child = resolveObject(this.platform.schema, relationship.childSObject);
    const lookup = relationship.field.toLowerCase();
    const byParent = new Map<string, StoredRecord[]>();
    // Only the parents' children are filtered and sorted (the others would be dropped below).
    const parentKeys = new Set(rows.map((row) => String(row.get('id')).slice(0, 15)));
    const ofParents = (row: StoredRecord) => {
      const id = row.get(lookup);
      return typeof id === 'string' && parentKeys.has(id.slice(0, 15));
    };
    for (const row of this.sorted(sub, child, this.matching(sub, child, ofParents))) {
      const id = row.get(lookup);
      if (typeof id !== 'string') continue;
      const key = id.slice(0, 15);
      let list = byParent.get(key);
      if (!list) byParent.set(key, (list = []));
      list.push(row);
    }
    const fields: ResolvedField[] = [];
    for (const item of sub.select)
      if (item.kind === 'field') fields.push(this.resolve(child, item));
    const key = relationship.relationshipName.toLowerCase();
    let counted = 0;
    rows.forEach((row, index) => {
      const id = row.get('id');
      const mine = typeof id === 'string' ? (byParent.get(id.slice(0, 15)) ?? []) : [];
      const page = this.window(sub, mine);
      counted += page.length;
      const items = page.map((r) => this.reader.project(r, child.name, fields));
      records[index].fields.set(key, new ApexList(typeRef(child.name), items));
    });
    return counted;
  }
}

export function isAggregateQuery(query: SoqlQuery): boolean {
  return query.groupBy.length > 0 || query.select.some((item) => item.kind === 'aggregate');
}

const fieldOf = (ref: AggregateRef): FieldRef[] => (ref.field ? [ref.field] : []);
