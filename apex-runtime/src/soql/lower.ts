// Lowers the SOQL part of the @apexdevtools/apex-parser tree (rule `query`) into soql/ast.ts.
// Constructs the engine does not run (TYPEOF, USING SCOPE, WITH DATA CATEGORY, ROLLUP, date
// functions, …) fail here with NotImplemented naming them, so nothing is skipped silently.
import * as P from '@apexdevtools/apex-parser';
import { ApexError, NotImplemented } from '../errors';
import type {
  AggregateFunction,
  AggregateRef,
  BindNode,
  ComparisonOperator,
  Condition,
  DateLiteralName,
  FieldRef,
  OrderItem,
  SelectItem,
  SoqlQuery,
  ValueNode
} from './ast';
import { parseDateLiteral, parseDatetimeLiteral, unescapeSoqlString } from './literals';

type Ctx = P.ApexParserRuleContext;
export type BindLowering = (expr: P.ExpressionContext) => unknown;

const AGGREGATES: readonly AggregateFunction[] = [
  'COUNT',
  'COUNT_DISTINCT',
  'SUM',
  'MIN',
  'MAX',
  'AVG'
];

const CLAUSE_KEYWORDS = new Set([
  'WHERE',
  'WITH',
  'GROUP',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'FOR',
  'USING',
  'UPDATE',
  'ALL',
  'HAVING'
]);

/** Lowers a `[SELECT …]` (or dynamic) query; each bind's expression goes through lowerBind. */
export function lowerQuery(ctx: P.QueryContext, lowerBind: BindLowering): SoqlQuery {
  return new SoqlLowering(lowerBind).query(ctx);
}

const lineOf = (ctx: Ctx): number => ctx.start?.line ?? 0;
const opt = <T>(value: T | null | undefined): T | null => value ?? null;

/** The terminal tokens directly under a node, upper-cased (keywords are case-insensitive). */
function keywords(ctx: Ctx): string[] {
  return (ctx.children ?? [])
    .filter((child) => (child as { symbol?: unknown }).symbol !== undefined)
    .map((child) => child.getText().toUpperCase());
}

class SoqlLowering {
  constructor(private readonly lowerBind: BindLowering) {}

  query(ctx: P.QueryContext): SoqlQuery {
    if (opt(ctx.usingScope())) throw new NotImplemented('SOQL USING SCOPE');
    if (opt(ctx.updateList())) throw new NotImplemented('SOQL UPDATE TRACKING/VIEWSTAT');
    const fors = this.forClauses(opt(ctx.forClauses()));
    const select = ctx
      .selectList()
      .selectEntry_list()
      .map((entry) => this.selectEntry(entry));
    return {
      select,
      from: this.fromName(ctx.fromNameList()),
      where: this.where(opt(ctx.whereClause())),
      access: this.withClause(opt(ctx.withClause())),
      ...this.groupBy(opt(ctx.groupByClause())),
      orderBy: this.orderBy(opt(ctx.orderByClause())),
      limit: this.limitOrOffset(opt(ctx.limitClause())),
      offset: this.limitOrOffset(opt(ctx.offsetClause())),
      ...fors,
      allRows: opt(ctx.allRowsClause()) !== null,
      countOnly: isCountOnly(select),
      line: lineOf(ctx)
    };
  }

  subQuery(ctx: P.SubQueryContext): SoqlQuery {
    if (opt(ctx.updateList())) throw new NotImplemented('SOQL UPDATE TRACKING/VIEWSTAT');
    const select = ctx
      .subFieldList()
      .subFieldEntry_list()
      .map((entry) => this.selectEntry(entry));
    return {
      select,
      from: this.fromName(ctx.fromNameList()),
      where: this.where(opt(ctx.whereClause())),
      access: null,
      groupBy: [],
      having: null,
      orderBy: this.orderBy(opt(ctx.orderByClause())),
      limit: this.limitOrOffset(opt(ctx.limitClause())),
      offset: null,
      ...this.forClauses(opt(ctx.forClauses())),
      allRows: false,
      countOnly: isCountOnly(select),
      line: lineOf(ctx)
    };
  }

  private forClauses(ctx: P.ForClausesContext | null) {
    const words = ctx ? keywords(ctx) : [];
    return {
      forUpdate: words.includes('UPDATE'),
      forView: words.includes('VIEW'),
      forReference: words.includes('REFERENCE')
    };
  }

  private selectEntry(ctx: P.SelectEntryContext | P.SubFieldEntryContext): SelectItem {
    const line = lineOf(ctx);
    if (opt(ctx.typeOf())) throw new NotImplemented('SOQL TYPEOF');
    const subQuery = opt(ctx.subQuery());
    if (subQuery) return { kind: 'subquery', query: this.subQuery(subQuery), line };
    const alias = opt(ctx.soqlId())?.getText() ?? null;
    const fn = opt(ctx.soqlFunction());
    if (fn) return { ...this.aggregate(fn), alias };
    return { ...this.field(ctx.fieldName()), alias };
  }

  private field(ctx: P.FieldNameContext): FieldRef {
    return {
      kind: 'field',
      path: ctx.soqlId_list().map((id) => id.getText()),
      line: lineOf(ctx)
    };
  }

  private aggregate(ctx: P.SoqlFunctionContext): AggregateRef {
    const name = ctx.getChild(0).getText().toUpperCase() as AggregateFunction;
    if (!AGGREGATES.includes(name)) throw new NotImplemented(`SOQL function ${name}()`);
    const fieldName = opt(ctx.fieldName());
    if (!fieldName && name !== 'COUNT') throw new NotImplemented(`SOQL function ${name}`);
    return {
      kind: 'aggregate',
      fn: name,
      field: fieldName ? this.field(fieldName) : null,
      line: lineOf(ctx)
    };
  }

  private fromName(ctx: P.FromNameListContext): string {
    const names = ctx.fieldName_list();
    if (names.length !== 1) throw new NotImplemented('SOQL FROM with several objects');
    const alias = ctx.soqlId_list()[0]?.getText();
    if (alias !== undefined) {
      // The grammar reads a dangling clause keyword (`FROM User WHERE`) as an alias.
      if (CLAUSE_KEYWORDS.has(alias.toUpperCase()))
        throw new ApexError('QueryException', `unexpected token: '${alias}'`);
      throw new NotImplemented('SOQL FROM with an alias');
    }
    return names[0].getText();
  }

  private where(ctx: P.WhereClauseContext | null): Condition | null {
    return ctx ? this.logical(ctx.whereLogicalExpression()) : null;
  }

  /** `a AND b AND c`, `a OR b`, `NOT a` (the grammar does not mix AND and OR unparenthesised). */
  private logical(ctx: P.WhereLogicalExpressionContext | P.LogicalExpressionContext): Condition {
    const operands =
      ctx instanceof P.WhereLogicalExpressionContext
        ? ctx.whereConditionalExpression_list().map((c) => this.conditional(c))
        : ctx.conditionalExpression_list().map((c) => this.conditional(c));
    if (opt(ctx.NOT())) return { kind: 'not', operand: operands[0] };
    if (operands.length === 1) return operands[0];
    return { kind: ctx.SOQLAND_list().length > 0 ? 'and' : 'or', operands };
  }

  private conditional(
    ctx: P.WhereConditionalExpressionContext | P.ConditionalExpressionContext
  ): Condition {
    if (ctx instanceof P.WhereConditionalExpressionContext) {
      const inner = opt(ctx.whereLogicalExpression());
      if (inner) return this.logical(inner);
      const fieldExpression = ctx.whereFieldExpression();
      if (opt(fieldExpression.FORMULA())) throw new NotImplemented('SOQL FORMULA() in WHERE');
      return this.comparison(fieldExpression.fieldExpression());
    }
    const inner = opt(ctx.logicalExpression());
    if (inner) return this.logical(inner);
    return this.comparison(ctx.fieldExpression());
  }

  private comparison(ctx: P.FieldExpressionContext): Condition {
    const fn = opt(ctx.soqlFunction());
    const left = fn ? this.aggregate(fn) : this.field(ctx.fieldName());
    return {
      kind: 'compare',
      left,
      op: operator(ctx.comparisonOperator()),
      right: this.value(ctx.value()),
      line: lineOf(ctx)
    };
  }

  private value(ctx: P.ValueContext): ValueNode {
    const line = lineOf(ctx);
    const bound = opt(ctx.boundExpression());
    if (bound) return this.bind(bound);
    const subQuery = opt(ctx.subQuery());
    if (subQuery) return { kind: 'subquery', query: this.subQuery(subQuery), line };
    const list = opt(ctx.valueList());
    if (list) return { kind: 'list', items: list.value_list().map((v) => this.value(v)) };
    const number = opt(ctx.signedNumber());
    if (number) return numberValue(number.getText());
    const formula = opt(ctx.dateFormula());
    if (formula) return dateFormula(formula);
    if (opt(ctx.NULL())) return { kind: 'null' };
    const bool = opt(ctx.BooleanLiteral());
    if (bool) return { kind: 'boolean', value: bool.getText().toLowerCase() === 'true' };
    const text = opt(ctx.StringLiteral());
    if (text) return { kind: 'string', value: unescapeSoqlString(text.getText()) };
    const date = opt(ctx.DateLiteral());
    if (date) return { kind: 'date', ...parseDateLiteral(date.getText()) };
    const datetime = opt(ctx.DateTimeLiteral());
    if (datetime) return { kind: 'datetime', millis: parseDatetimeLiteral(datetime.getText()) };
    if (opt(ctx.MultilineStringLiteral()))
      throw new NotImplemented('SOQL multi-line string literal');
    if (opt(ctx.TimeLiteral())) throw new NotImplemented('SOQL time literal');
    if (opt(ctx.IntegralCurrencyLiteral())) throw new NotImplemented('SOQL currency literal');
    throw new NotImplemented(`SOQL value ${ctx.getText()}`);
  }

  private bind(ctx: P.BoundExpressionContext): BindNode {
    const expr = this.lowerBind(ctx.expression());
    // Dynamic SOQL lowers a bind to its name (a string); static SOQL to an interpreter Expr.
    return { kind: 'bind', expr, name: typeof expr === 'string' ? expr : null, line: lineOf(ctx) };
  }

  private withClause(ctx: P.WithClauseContext | null): SoqlQuery['access'] {
    if (!ctx) return null;
    if (opt(ctx.USER_MODE())) return 'USER_MODE';
    if (opt(ctx.SYSTEM_MODE())) return 'SYSTEM_MODE';
    if (opt(ctx.SECURITY_ENFORCED())) return 'SECURITY_ENFORCED';
    if (opt(ctx.DATA())) throw new NotImplemented('SOQL WITH DATA CATEGORY');
    throw new NotImplemented(`SOQL ${ctx.getText()}`);
  }

  private groupBy(ctx: P.GroupByClauseContext | null): Pick<SoqlQuery, 'groupBy' | 'having'> {
    if (!ctx) return { groupBy: [], having: null };
    if (opt(ctx.ROLLUP())) throw new NotImplemented('SOQL GROUP BY ROLLUP');
    if (opt(ctx.CUBE())) throw new NotImplemented('SOQL GROUP BY CUBE');
    const groupBy = ctx
      .fieldGroupByList()
      .fieldGroupBy_list()
      .map((item) => {
        if (opt(item.soqlFunction())) throw new NotImplemented('SOQL function in GROUP BY');
        return this.field(item.fieldName());
      });
    const having = opt(ctx.logicalExpression());
    return { groupBy, having: having ? this.logical(having) : null };
  }

  private orderBy(ctx: P.OrderByClauseContext | null): OrderItem[] {
    if (!ctx) return [];
    return ctx
      .fieldOrderList()
      .fieldOrder_list()
      .map((item) => {
        const fn = opt(item.soqlFunction());
        const nulls = opt(item.NULLS()) ? opt(item.FIRST()) !== null : null;
        return {
          target: fn ? this.aggregate(fn) : this.field(item.fieldName()),
          descending: opt(item.DESC()) !== null,
          nullsFirst: nulls
        };
      });
  }

  private limitOrOffset(ctx: P.LimitClauseContext | P.OffsetClauseContext | null) {
    if (!ctx) return null;
    const bound = opt(ctx.boundExpression());
    if (bound) return this.bind(bound);
    return { kind: 'number' as const, value: Number(ctx.IntegerLiteral().getText()) };
  }
}

function isCountOnly(select: SelectItem[]): boolean {
  const [only] = select;
  return select.length === 1 && only.kind === 'aggregate' && only.fn === 'COUNT' && !only.field;
}

function operator(ctx: P.ComparisonOperatorContext): ComparisonOperator {
  const text = keywords(ctx).join(' ');
  switch (text) {
    case '=':
    case '!=':
    case '<':
    case '>':
    case 'LIKE':
    case 'IN':
    case 'NOT IN':
    case 'INCLUDES':
    case 'EXCLUDES':
      return text;
    case '< =':
      return '<=';
    case '> =':
      return '>=';
    case '<>':
      return '!=';
    default:
      throw new NotImplemented(`SOQL operator ${text}`);
  }
}

function numberValue(text: string): ValueNode {
  const clean = text.replace(/[dD]$/, '');
  const value = Number(clean);
  if (!Number.isFinite(value)) throw new ApexError('QueryException', `unexpected token: '${text}'`);
  const point = clean.indexOf('.');
  return {
    kind: 'number',
    value,
    decimal: point >= 0,
    scale: point >= 0 ? clean.length - point - 1 : 0
  };
}

function dateFormula(ctx: P.DateFormulaContext): ValueNode {
  const head = ctx.getChild(0).getText().toUpperCase();
  if (head.includes('FISCAL')) throw new NotImplemented(`SOQL date literal ${head}`);
  if (/QUARTERS/.test(head)) throw new NotImplemented(`SOQL date literal ${head}`);
  const n = opt(ctx.signedInteger());
  return { kind: 'dateLiteral', name: head as DateLiteralName, n: n ? Number(n.getText()) : null };
}
