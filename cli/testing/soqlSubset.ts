/**
 * The slice of SOQL the fake API understands: `SELECT f1, f2 FROM Object [ORDER BY f [ASC|DESC]]
 * [LIMIT n]`. Anything else is answered as the platform answers a statement it cannot parse
 * (MALFORMED_QUERY), so a query the command line adds later fails loudly here instead of being
 * silently half-evaluated.
 */
export interface SelectStatement {
  fields: string[];
  objectName: string;
  orderBy: { field: string; descending: boolean } | null;
  limit: number | null;
}

export class MalformedQueryError extends Error {
  readonly errorCode = 'MALFORMED_QUERY';
}

const SELECT =
  /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+ORDER\s+BY\s+(\w+)(?:\s+(ASC|DESC))?)?(?:\s+LIMIT\s+(\d+))?\s*$/is;

export function parseSelect(soql: string): SelectStatement {
  const match = SELECT.exec(soql);
  if (!match) {
    throw new MalformedQueryError(`unexpected token in '${soql}'`);
  }
  const fields = match[1].split(',').map((field) => field.trim());
  if (fields.some((field) => !/^\w+$/.test(field))) {
    throw new MalformedQueryError(`unexpected token in field list '${match[1]}'`);
  }
  return {
    fields,
    objectName: match[2],
    orderBy: match[3]
      ? { field: match[3], descending: (match[4] ?? '').toUpperCase() === 'DESC' }
      : null,
    limit: match[5] ? Number(match[5]) : null
  };
}

export function applyOrderAndLimit<T extends Record<string, unknown>>(
  statement: SelectStatement,
  records: readonly T[]
): T[] {
  const sorted = [...records];
  const { orderBy } = statement;
  if (orderBy) {
    const direction = orderBy.descending ? -1 : 1;
    sorted.sort((a, b) => direction * compare(a[orderBy.field], b[orderBy.field]));
  }
  return statement.limit === null ? sorted : sorted.slice(0, statement.limit);
}

function compare(a: unknown, b: unknown): number {
  const left = String(a ?? '');
  const right = String(b ?? '');
  return left < right ? -1 : left > right ? 1 : 0;
}
