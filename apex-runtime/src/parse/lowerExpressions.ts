// Lowers expressions, literals and `new` creators (lower.ts says why the lowering fails loudly).
import * as P from '@apexdevtools/apex-parser';
import type { TypeRef } from '../values';
import type { Expr, Literal } from './ast';
import { LoweringBase } from './lowerBase';

/** The value of an Apex string literal, quotes removed and escapes resolved. */
export function unescapeString(text: string): string {
  const body = text.slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length === 5) return String.fromCharCode(parseInt(c.slice(1), 16));
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      default:
        return c;
    }
  });
}

export class ExpressionLowering extends LoweringBase {
  literal(ctx: P.LiteralContext): Literal {
    if (ctx.IntegerLiteral())
      return { type: 'integer', value: Number(ctx.IntegerLiteral().getText()) };
    if (ctx.LongLiteral())
      return { type: 'long', value: Number(ctx.LongLiteral().getText().replace(/[lL]$/, '')) };
    if (ctx.NumberLiteral()) {
      const text = ctx.NumberLiteral().getText();
      return { type: 'decimal', text: text.replace(/[dD]$/, '') };
    }
    if (ctx.StringLiteral())
      return { type: 'string', value: unescapeString(ctx.StringLiteral().getText()) };
    if (ctx.MultilineStringLiteral()) this.fail(ctx, 'multi-line string literal');
    if (ctx.BooleanLiteral())
      return { type: 'boolean', value: ctx.BooleanLiteral().getText().toLowerCase() === 'true' };
    return { type: 'null' };
  }

  expressionList(ctx: P.ExpressionListContext | null): Expr[] {
    return ctx ? ctx.expression_list().map((e) => this.expression(e)) : [];
  }

  expression(ctx: P.ExpressionContext): Expr {
    const line = this.line(ctx);
    if (ctx instanceof P.PrimaryExpressionContext) return this.primary(ctx.primary());
    if (ctx instanceof P.SubExpressionContext) return this.expression(ctx.expression());
    if (ctx instanceof P.DotExpressionContext) {
      const target = this.expression(ctx.expression());
      const safe = Boolean(ctx.QUESTIONDOT());
      const call = ctx.dotMethodCall();
      if (call)
        return {
          kind: 'call',
          line,
          target,
          name: call.anyId().getText(),
          args: this.expressionList(call.expressionList()),
          safe
        };
      return { kind: 'field', line, target, name: ctx.anyId().getText(), safe };
    }
    if (ctx instanceof P.MethodCallExpressionContext) {
      const call = ctx.methodCall();
      const name = call.id() ? call.id().getText() : call.THIS() ? 'this' : 'super';
      return {
        kind: 'call',
        line,
        target: null,
        name,
        args: this.expressionList(call.expressionList()),
        safe: false
      };
    }
    if (ctx instanceof P.ArrayExpressionContext) {
      return {
        kind: 'index',
        line,
        target: this.expression(ctx.expression(0)),
        index: this.expression(ctx.expression(1))
      };
    }
    if (ctx instanceof P.NewExpressionContext) return this.creator(ctx.creator(), line);
    if (ctx instanceof P.CastExpressionContext)
      return {
        kind: 'cast',
        line,
        type: this.typeRef(ctx.typeRef()),
        value: this.expression(ctx.expression())
      };
    if (ctx instanceof P.InstanceOfExpressionContext)
      return {
        kind: 'instanceof',
        line,
        value: this.expression(ctx.expression()),
        type: this.typeRef(ctx.typeRef())
      };
    if (ctx instanceof P.PostOpExpressionContext)
      return {
        kind: 'incdec',
        line,
        op: ctx.INC() ? '++' : '--',
        prefix: false,
        target: this.expression(ctx.expression())
      };
    if (ctx instanceof P.PreOpExpressionContext) {
      if (ctx.INC() || ctx.DEC())
        return {
          kind: 'incdec',
          line,
          op: ctx.INC() ? '++' : '--',
          prefix: true,
          target: this.expression(ctx.expression())
        };
      return {
        kind: 'unary',
        line,
        op: ctx.SUB() ? '-' : '+',
        operand: this.expression(ctx.expression())
      };
    }
    if (ctx instanceof P.NegExpressionContext)
      return {
        kind: 'unary',
        line,
        op: ctx.BANG() ? '!' : '~',
        operand: this.expression(ctx.expression())
      };
    if (ctx instanceof P.CondExpressionContext)
      return {
        kind: 'cond',
        line,
        cond: this.expression(ctx.expression(0)),
        then: this.expression(ctx.expression(1)),
        else: this.expression(ctx.expression(2))
      };
    if (ctx instanceof P.AssignExpressionContext) {
      const op = ctx.getChild(1).getText();
      return {
        kind: 'assign',
        line,
        op,
        target: this.expression(ctx.expression(0)),
        value: this.expression(ctx.expression(1))
      };
    }
    if (ctx instanceof P.CmpExpressionContext) {
      // The lexer splits `<=`/`>=` into two tokens: join the operator's tokens.
      const op = (ctx.GT() ? '>' : '<') + (ctx.ASSIGN() ? '=' : '');
      return this.binary(ctx, op, line);
    }
    if (ctx instanceof P.BitExpressionContext) {
      const op = ctx.LT_list().length === 2 ? '<<' : ctx.GT_list().length === 3 ? '>>>' : '>>';
      return this.binary(ctx, op, line);
    }
    if (
      ctx instanceof P.Arth1ExpressionContext ||
      ctx instanceof P.Arth2ExpressionContext ||
      ctx instanceof P.EqualityExpressionContext ||
      ctx instanceof P.LogAndExpressionContext ||
      ctx instanceof P.LogOrExpressionContext ||
      ctx instanceof P.CoalExpressionContext ||
      ctx instanceof P.BitAndExpressionContext ||
      ctx instanceof P.BitOrExpressionContext ||
      ctx instanceof P.BitNotExpressionContext
    ) {
      const op = ctx.getChild(1).getText();
      return this.binary(
        ctx as unknown as { expression(i: number): P.ExpressionContext },
        op === '<>' ? '!=' : op,
        line
      );
    }
    return this.fail(ctx, `expression '${ctx.getText().slice(0, 40)}'`);
  }

  private binary(
    ctx: { expression(i: number): P.ExpressionContext },
    op: string,
    line: number
  ): Expr {
    return {
      kind: 'binary',
      line,
      op,
      left: this.expression(ctx.expression(0)),
      right: this.expression(ctx.expression(1))
    };
  }

  private primary(ctx: P.PrimaryContext): Expr {
    const line = this.line(ctx);
    if (ctx instanceof P.LiteralPrimaryContext)
      return { kind: 'literal', line, value: this.literal(ctx.literal()) };
    if (ctx instanceof P.IdPrimaryContext) return { kind: 'name', line, name: ctx.id().getText() };
    if (ctx instanceof P.ThisPrimaryContext) return { kind: 'this', line };
    if (ctx instanceof P.SuperPrimaryContext) return { kind: 'super', line };
    if (ctx instanceof P.TypeRefPrimaryContext)
      return { kind: 'classLiteral', line, type: this.typeRef(ctx.typeRef()) };
    if (ctx instanceof P.VoidPrimaryContext)
      return { kind: 'classLiteral', line, type: { name: 'void', args: [] } };
    if (ctx instanceof P.SoqlPrimaryContext) {
      return {
        kind: 'soql',
        line,
        query: this.lowerSoql(ctx.soqlLiteral().query(), (e) => this.expression(e))
      };
    }
    return this.fail(ctx, `expression '${ctx.getText().slice(0, 40)}'`);
  }

  private creator(ctx: P.CreatorContext, line: number): Expr {
    const created = ctx.createdName();
    const pairs = created.idCreatedNamePair_list();
    const name = pairs.map((p) => p.anyId().getText()).join('.');
    const last = pairs[pairs.length - 1];
    const args = last.typeList()
      ? last
          .typeList()
          .typeRef_list()
          .map((t) => this.typeRef(t))
      : [];
    const type: TypeRef = {
      name: /^(list|set|map)$/i.test(name)
        ? name[0].toUpperCase() + name.slice(1).toLowerCase()
        : name,
      args
    };
    if (ctx.noRest()) {
      const lower = type.name.toLowerCase();
      if (lower === 'map') return { kind: 'newMap', line, type, pairs: [] };
      return { kind: 'newCollection', line, type, items: [] };
    }
    if (ctx.classCreatorRest()) {
      const argCtx = ctx.classCreatorRest().arguments().expressionList();
      const argExprs = argCtx ? argCtx.expression_list() : [];
      // `new Account(Name = 'x')`: name = value pairs are field initialisers of an SObject.
      if (argExprs.length > 0 && argExprs.every((e) => e instanceof P.AssignExpressionContext)) {
        const fields = argExprs.map((e) => {
          const assign = e as P.AssignExpressionContext;
          return {
            name: assign.expression(0).getText(),
            value: this.expression(assign.expression(1))
          };
        });
        return { kind: 'newSObject', line, type, fields };
      }
      return { kind: 'new', line, type, args: argExprs.map((e) => this.expression(e)) };
    }
    if (ctx.arrayCreatorRest()) {
      const rest = ctx.arrayCreatorRest();
      const listType: TypeRef = { name: 'List', args: [type] };
      if (rest.arrayInitializer())
        return {
          kind: 'newCollection',
          line,
          type: listType,
          items: rest
            .arrayInitializer()
            .expression_list()
            .map((e) => this.expression(e))
        };
      if (rest.expression())
        return { kind: 'newArray', line, type: listType, size: this.expression(rest.expression()) };
      return { kind: 'newCollection', line, type: listType, items: [] };
    }
    if (ctx.mapCreatorRest()) {
      return {
        kind: 'newMap',
        line,
        type,
        pairs: ctx
          .mapCreatorRest()
          .mapCreatorRestPair_list()
          .map(
            (p) =>
              [this.expression(p.expression(0)), this.expression(p.expression(1))] as [Expr, Expr]
          )
      };
    }
    if (ctx.setCreatorRest()) {
      return {
        kind: 'newCollection',
        line,
        type,
        items: ctx
          .setCreatorRest()
          .expression_list()
          .map((e) => this.expression(e))
      };
    }
    return this.fail(ctx, 'this kind of new expression');
  }
}
