// Lowers blocks and statements: control flow, locals, DML, runAs and switch.
import type * as P from '@apexdevtools/apex-parser';
import type { Block, Expr, Stmt, SwitchWhen } from './ast';
import { ExpressionLowering, unescapeString } from './lowerExpressions';

export class StatementLowering extends ExpressionLowering {
  block(ctx: P.BlockContext): Block {
    return {
      kind: 'block',
      line: this.line(ctx),
      statements: ctx.statement_list().map((s) => this.statement(s))
    };
  }

  statement(ctx: P.StatementContext): Stmt {
    const line = this.line(ctx);
    if (ctx.block()) return this.block(ctx.block());
    if (ctx.localVariableDeclarationStatement())
      return this.local(ctx.localVariableDeclarationStatement().localVariableDeclaration());
    if (ctx.expressionStatement())
      return { kind: 'expr', line, expr: this.expression(ctx.expressionStatement().expression()) };
    if (ctx.ifStatement()) {
      const s = ctx.ifStatement();
      const branches = s.statement_list();
      return {
        kind: 'if',
        line,
        cond: this.expression(s.parExpression().expression()),
        then: this.statement(branches[0]),
        else: branches[1] ? this.statement(branches[1]) : null
      };
    }
    if (ctx.returnStatement()) {
      const e = ctx.returnStatement().expression();
      return { kind: 'return', line, value: e ? this.expression(e) : null };
    }
    if (ctx.forStatement()) return this.forStatement(ctx.forStatement());
    if (ctx.whileStatement()) {
      const s = ctx.whileStatement();
      return {
        kind: 'while',
        line,
        cond: this.expression(s.parExpression().expression()),
        body: s.statement()
          ? this.statement(s.statement())
          : { kind: 'block', line, statements: [] }
      };
    }
    if (ctx.doWhileStatement()) {
      const s = ctx.doWhileStatement();
      return {
        kind: 'doWhile',
        line,
        cond: this.expression(s.parExpression().expression()),
        body: this.block(s.block())
      };
    }
    if (ctx.tryStatement()) {
      const s = ctx.tryStatement();
      return {
        kind: 'try',
        line,
        body: this.block(s.block()),
        catches: s.catchClause_list().map((c) => ({
          type: c.qualifiedName().getText(),
          name: c.id().getText(),
          body: this.block(c.block()),
          line: this.line(c)
        })),
        finally: s.finallyBlock() ? this.block(s.finallyBlock().block()) : null
      };
    }
    if (ctx.throwStatement())
      return { kind: 'throw', line, value: this.expression(ctx.throwStatement().expression()) };
    if (ctx.breakStatement()) return { kind: 'break', line };
    if (ctx.continueStatement()) return { kind: 'continue', line };
    const dml = this.dml(ctx, line);
    if (dml) return dml;
    if (ctx.runAsStatement()) {
      const s = ctx.runAsStatement();
      return {
        kind: 'runAs',
        line,
        args:
          s
            .expressionList()
            ?.expression_list()
            .map((e) => this.expression(e)) ?? [],
        body: this.block(s.block())
      };
    }
    if (ctx.switchStatement()) return this.switchStatement(ctx.switchStatement());
    return this.fail(ctx, `statement '${ctx.getText().slice(0, 40)}'`);
  }

  private dml(ctx: P.StatementContext, line: number): Stmt | null {
    const mode = (a: P.AccessLevelContext | null): 'user' | 'system' | null =>
      a ? (a.USER() ? 'user' : 'system') : null;
    const simple: [
      P.InsertStatementContext | P.UpdateStatementContext | P.DeleteStatementContext | null,
      'insert' | 'update' | 'delete'
    ][] = [
      [ctx.insertStatement(), 'insert'],
      [ctx.updateStatement(), 'update'],
      [ctx.deleteStatement(), 'delete']
    ];
    for (const [s, op] of simple) {
      if (s)
        return {
          kind: 'dml',
          line,
          op,
          target: this.expression(s.expression()),
          field: null,
          mode: mode(s.accessLevel())
        };
    }
    const upsert = ctx.upsertStatement();
    if (upsert) {
      return {
        kind: 'dml',
        line,
        op: 'upsert',
        target: this.expression(upsert.expression()),
        field: upsert.qualifiedName()?.getText() ?? null,
        mode: mode(upsert.accessLevel())
      };
    }
    if (ctx.undeleteStatement()) return this.fail(ctx, 'undelete');
    if (ctx.mergeStatement()) return this.fail(ctx, 'merge');
    return null;
  }

  private local(ctx: P.LocalVariableDeclarationContext): Stmt {
    return {
      kind: 'local',
      line: this.line(ctx),
      type: this.typeRef(ctx.typeRef()),
      vars: ctx
        .variableDeclarators()
        .variableDeclarator_list()
        .map((v) => ({
          name: v.id().getText(),
          init: v.expression() ? this.expression(v.expression()) : null
        }))
    };
  }

  private forStatement(ctx: P.ForStatementContext): Stmt {
    const line = this.line(ctx);
    const control = ctx.forControl();
    const body: Stmt = ctx.statement()
      ? this.statement(ctx.statement())
      : { kind: 'block', line, statements: [] };
    const enhanced = control.enhancedForControl();
    if (enhanced) {
      return {
        kind: 'forEach',
        line,
        type: this.typeRef(enhanced.typeRef()),
        name: enhanced.id().getText(),
        iterable: this.expression(enhanced.expression()),
        body
      };
    }
    const init = control.forInit();
    return {
      kind: 'for',
      line,
      init: init
        ? init.localVariableDeclaration()
          ? this.local(init.localVariableDeclaration())
          : init
              .expressionList()
              .expression_list()
              .map((e) => this.expression(e))
        : null,
      cond: control.expression() ? this.expression(control.expression()) : null,
      update:
        control
          .forUpdate()
          ?.expressionList()
          .expression_list()
          .map((e) => this.expression(e)) ?? [],
      body
    };
  }

  private switchStatement(ctx: P.SwitchStatementContext): Stmt {
    const whens: SwitchWhen[] = ctx.whenControl_list().map((w) => {
      const value = w.whenValue();
      const body = this.block(w.block());
      const line = this.line(w);
      if (value.ELSE()) return { kind: 'else', body, line };
      if (value.typeRef())
        return {
          kind: 'type',
          type: this.typeRef(value.typeRef()),
          name: value.id().getText(),
          body,
          line
        };
      return {
        kind: 'values',
        values: value.whenLiteral_list().map((l) => this.whenLiteral(l)),
        body,
        line
      };
    });
    return {
      kind: 'switch',
      line: this.line(ctx),
      value: this.expression(ctx.expression()),
      whens
    };
  }

  private whenLiteral(ctx: P.WhenLiteralContext): Expr {
    const line = this.line(ctx);
    if (ctx.whenLiteral()) return this.whenLiteral(ctx.whenLiteral());
    const negative = ctx.SUB_list().length % 2 === 1;
    if (ctx.IntegerLiteral())
      return {
        kind: 'literal',
        line,
        value: {
          type: 'integer',
          value: (negative ? -1 : 1) * Number(ctx.IntegerLiteral().getText())
        }
      };
    if (ctx.LongLiteral())
      return {
        kind: 'literal',
        line,
        value: {
          type: 'long',
          value: (negative ? -1 : 1) * Number(ctx.LongLiteral().getText().replace(/[lL]$/, ''))
        }
      };
    if (ctx.StringLiteral())
      return {
        kind: 'literal',
        line,
        value: { type: 'string', value: unescapeString(ctx.StringLiteral().getText()) }
      };
    if (ctx.NULL()) return { kind: 'literal', line, value: { type: 'null' } };
    // An enum value: `when RED`, `when Color.RED`.
    const names = ctx
      .qualifiedName()
      .id_list()
      .map((id) => id.getText());
    return { kind: 'name', line, name: names[names.length - 1] };
  }
}
