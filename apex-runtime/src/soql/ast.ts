// The SOQL syntax tree the engine runs: plain JSON (except a bind's `expr`, which is whatever the
// interpreter's lowering made of the Apex expression), so that a lowered query can be cached and
// compared. Names are kept as written; the engine resolves them against the schema when it runs.

export type AggregateFunction = 'COUNT' | 'COUNT_DISTINCT' | 'SUM' | 'MIN' | 'MAX' | 'AVG';

/** A field as written: `Name`, `Profile.UserLicense.Name` (relationship names, then a field). */
export interface FieldRef {
  kind: 'field';
  path: string[];
  line: number;
}

/** `COUNT()` (field null), `COUNT(Id)`, `SUM(Amount)`, … */
export interface AggregateRef {
  kind: 'aggregate';
  fn: AggregateFunction;
  field: FieldRef | null;
  line: number;
}

export type SelectItem =
  | (FieldRef & { alias: string | null })
  | (AggregateRef & { alias: string | null })
  | { kind: 'subquery'; query: SoqlQuery; line: number };

/** A bind: `:expr` in Apex (expr is the lowered expression), `:name` in dynamic SOQL (expr is the name). */
export interface BindNode {
  kind: 'bind';
  expr: unknown;
  /** The name in dynamic SOQL (`:userId` → 'userId'); null for an Apex expression. */
  name: string | null;
  line: number;
}

export type DateLiteralName =
  | 'YESTERDAY'
  | 'TODAY'
  | 'TOMORROW'
  | 'LAST_WEEK'
  | 'THIS_WEEK'
  | 'NEXT_WEEK'
  | 'LAST_MONTH'
  | 'THIS_MONTH'
  | 'NEXT_MONTH'
  | 'LAST_90_DAYS'
  | 'NEXT_90_DAYS'
  | 'LAST_N_DAYS'
  | 'NEXT_N_DAYS'
  | 'N_DAYS_AGO'
  | 'LAST_N_WEEKS'
  | 'NEXT_N_WEEKS'
  | 'N_WEEKS_AGO'
  | 'LAST_N_MONTHS'
  | 'NEXT_N_MONTHS'
  | 'N_MONTHS_AGO'
  | 'THIS_QUARTER'
  | 'LAST_QUARTER'
  | 'NEXT_QUARTER'
  | 'THIS_YEAR'
  | 'LAST_YEAR'
  | 'NEXT_YEAR'
  | 'LAST_N_YEARS'
  | 'NEXT_N_YEARS'
  | 'N_YEARS_AGO';

export type ValueNode =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  /** `decimal`: written with a point (a Decimal), else an Integer/Long. */
  | { kind: 'number'; value: number; decimal: boolean; scale: number }
  /** Escapes resolved, except `\%` and `\_`, which stay escaped for LIKE. */
  | { kind: 'string'; value: string }
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'datetime'; millis: number }
  | { kind: 'dateLiteral'; name: DateLiteralName; n: number | null }
  | { kind: 'list'; items: ValueNode[] }
  | { kind: 'subquery'; query: SoqlQuery; line: number }
  | BindNode;

export type ComparisonOperator =
  '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'IN' | 'NOT IN' | 'INCLUDES' | 'EXCLUDES';

export type Condition =
  | { kind: 'and'; operands: Condition[] }
  | { kind: 'or'; operands: Condition[] }
  | { kind: 'not'; operand: Condition }
  | {
      kind: 'compare';
      left: FieldRef | AggregateRef;
      op: ComparisonOperator;
      right: ValueNode;
      line: number;
    };

export interface OrderItem {
  target: FieldRef | AggregateRef;
  descending: boolean;
  /** As written; null = the default (nulls first ascending, last descending). */
  nullsFirst: boolean | null;
}

/** WITH USER_MODE / SYSTEM_MODE / SECURITY_ENFORCED, or none. */
export type QueryAccessClause = 'USER_MODE' | 'SYSTEM_MODE' | 'SECURITY_ENFORCED' | null;

export interface SoqlQuery {
  select: SelectItem[];
  /** The object (top level) or the child relationship name (subquery in a select list). */
  from: string;
  where: Condition | null;
  access: QueryAccessClause;
  groupBy: FieldRef[];
  having: Condition | null;
  orderBy: OrderItem[];
  limit: { kind: 'number'; value: number } | BindNode | null;
  offset: { kind: 'number'; value: number } | BindNode | null;
  forUpdate: boolean;
  forView: boolean;
  forReference: boolean;
  allRows: boolean;
  /** `SELECT COUNT() FROM …`: the query returns an Integer. */
  countOnly: boolean;
  line: number;
}
