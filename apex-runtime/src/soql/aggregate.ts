// Aggregate queries (SOQL and SOSL Reference: "Aggregate Functions", "GROUP BY", "HAVING").
// Results are AggregateResult records: grouped fields under their field name (or alias),
// aggregates under their alias or expr0, expr1, … in select-list order. Row cost, as the
// reference states it: "COUNT() or COUNT(fieldname) queries are counted as one query row, unless
// the query contains a GROUP BY clause, in which case one query row per grouping is consumed";
// any other aggregate function (COUNT_DISTINCT included) counts every row it aggregates.
import { ApexError, NotImplemented } from '../errors';
import { isNumeric, numericValue } from '../equality';
import type { FieldType, ObjectDescribe, StoredRecord } from '../platform/contracts';
import { ApexDecimal, SObjectValue, type ApexValue } from '../values';
import type { AggregateRef, FieldRef, SoqlQuery } from './ast';
import { comparable, compareComparable } from './compare';
import { compileCondition } from './conditions';
import type { QueryRun } from './execute';
import { sortBy, type SortKeyAccess } from './order';
import type { ResolvedField } from './resolve';

interface Group {
  rows: StoredRecord[];
  /** The grouped fields' values, as first seen in the group. */
  keys: ApexValue[];
}

export function runAggregate(
  run: QueryRun,
  query: SoqlQuery,
  object: ObjectDescribe,
  rows: StoredRecord[]
): { results: SObjectValue[]; rowsCounted: number } {
  const grouped = query.groupBy.map((ref) => run.resolve(object, ref));
  const groupIndex = (ref: FieldRef): number => {
    const resolved = run.resolve(object, ref);
    return grouped.findIndex((g) => g === resolved);
  };
  const access = (ref: FieldRef | AggregateRef): SortKeyAccess<Group> => {
    if (ref.kind === 'aggregate') return aggregateAccess(run, object, ref);
    const index = groupIndex(ref);
    if (index < 0) throw notGrouped(ref);
    return {
      type: grouped[index].field.type,
      field: grouped[index].field,
      get: (g) => g.keys[index]
    };
  };
  for (const item of query.select) {
    if (item.kind === 'subquery') throw new NotImplemented('SOQL subquery in an aggregate query');
    if (item.kind === 'field' && groupIndex(item) < 0) throw notGrouped(item);
  }

  let groups = groupRows(run, grouped, rows);
  if (query.having) {
    const keep = compileCondition(query.having, {
      left: access,
      bind: (node) => run.options.bind(node),
      now: run.platform.now(),
      semiJoin: () => {
        throw new NotImplemented('SOQL semi-join in HAVING');
      }
    });
    groups = groups.filter(keep);
  }
  groups = run.window(query, sortBy(groups, query.orderBy, access));

  let unnamed = 0;
  const columns = query.select.map((item) => {
    if (item.kind === 'field') {
      const index = groupIndex(item);
      const name = (item.alias ?? grouped[index].field.name).toLowerCase();
      return { name, value: (g: Group) => g.keys[index] };
    }
    if (item.kind !== 'aggregate') throw new NotImplemented('SOQL subquery in an aggregate query');
    const name = (item.alias ?? `expr${unnamed++}`).toLowerCase();
    const get = aggregateAccess(run, object, item).get;
    return { name, value: get };
  });
  const results = groups.map(
    (g) => new SObjectValue('AggregateResult', new Map(columns.map((c) => [c.name, c.value(g)])))
  );

  const onlyCounts = query.select.every((item) => item.kind !== 'aggregate' || item.fn === 'COUNT');
  const perGroup = query.groupBy.length > 0 ? results.length : 1;
  return { results, rowsCounted: onlyCounts ? perGroup : rows.length };
}

function notGrouped(ref: FieldRef): ApexError {
  return new ApexError(
    'QueryException',
    `Field must be grouped or aggregated: ${ref.path[ref.path.length - 1]}`
  );
}

function groupRows(run: QueryRun, grouped: ResolvedField[], rows: StoredRecord[]): Group[] {
  // Without GROUP BY, an aggregate query returns one row, even over no rows.
  if (grouped.length === 0) return [{ rows, keys: [] }];
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const keys = grouped.map((g) => run.reader.valueAt(row, g));
    // Grouping ignores case in text and compares Ids on 15 characters.
    const id = JSON.stringify(keys.map((value, i) => comparable(grouped[i].field.type, value)));
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { rows: [], keys }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

const COUNT_TYPE: FieldType = 'int';

function aggregateAccess(
  run: QueryRun,
  object: ObjectDescribe,
  ref: AggregateRef
): SortKeyAccess<Group> {
  if (!ref.field) return { type: COUNT_TYPE, get: (g) => g.rows.length };
  const resolved = run.resolve(object, ref.field);
  const type = resolved.field.type;
  const values = (g: Group) =>
    g.rows.map((row) => run.reader.valueAt(row, resolved)).filter((v) => v !== null);
  switch (ref.fn) {
    case 'COUNT':
      return { type: COUNT_TYPE, get: (g) => values(g).length };
    case 'COUNT_DISTINCT':
      return {
        type: COUNT_TYPE,
        get: (g) => new Set(values(g).map((v) => comparable(type, v))).size
      };
    case 'SUM':
    case 'AVG':
      return {
        type: 'double',
        get: (g) => {
          const numbers = values(g).filter(isNumeric).map(numericValue);
          if (numbers.length === 0) return null;
          const sum = numbers.reduce((a, b) => a + b, 0);
          return new ApexDecimal(ref.fn === 'SUM' ? sum : sum / numbers.length);
        }
      };
    case 'MIN':
    case 'MAX': {
      const sign = ref.fn === 'MIN' ? 1 : -1;
      return {
        type,
        field: resolved.field,
        get: (g) => {
          let best: ApexValue = null;
          for (const value of values(g)) {
            if (
              best === null ||
              sign * compareComparable(comparable(type, value), comparable(type, best)) < 0
            )
              best = value;
          }
          return best;
        }
      };
    }
  }
}
