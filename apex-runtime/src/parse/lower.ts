// Lowers the ANTLR parse tree of @apexdevtools/apex-parser into the interpreter's tree (ast.ts).
// Every construct the grammar has but this runtime does not lower fails here, naming the file
// and line, so nothing is skipped silently.
import * as P from '@apexdevtools/apex-parser';
import { NotImplemented } from '../errors';
import type { TypeRef } from '../values';
import type {
  Annotation,
  Block,
  ClassDecl,
  CompilationUnit,
  Expr,
  Literal,
  MethodDecl,
  Modifiers,
  Stmt,
  SwitchWhen
} from './ast';

type Ctx = P.ApexParserRuleContext;

/** Lowers a SOQL query; bind expressions are lowered back through this module. */
export type SoqlLowering = (
  query: P.QueryContext,
  lowerBind: (e: P.ExpressionContext) => Expr
) => unknown;

class ApexSyntaxError extends Error {}

export function parseCompilationUnit(
  file: string,
  source: string,
  lowerSoql: SoqlLowering
): CompilationUnit {
  const errors: string[] = [];
  const listener = new (class extends P.ApexErrorListener {
    apexSyntaxError(line: number, column: number, message: string): void {
      errors.push(`${file}:${line}:${column}: ${message}`);
    }
  })();
  const { parser } = P.ApexParserFactory.createLexerAndParser(source, listener);
  const tree = parser.compilationUnit();
  if (errors.length > 0) throw new ApexSyntaxError(`Apex does not parse: ${errors[0]}`);
  const lowering = new Lowering(file, lowerSoql);
  return {
    file,
    lineCount: source.split('\n').length,
    type: lowering.typeDeclaration(tree.typeDeclaration())
  };
}

/** Parses a single expression (used by tests and the anonymous-Apex entry point). */
export function parseExpressionText(text: string, lowerSoql: SoqlLowering): Expr {
  const { parser } = P.ApexParserFactory.createLexerAndParser(text, new P.ThrowingErrorListener());
  return new Lowering('<expression>', lowerSoql).expression(parser.expression());
}

const NO_MODIFIERS: Modifiers = {
  isStatic: false,
  isAbstract: false,
  isVirtual: false,
  isOverride: false,
  isFinal: false,
  isTransient: false,
  access: 'default',
  sharing: null,
  annotations: []
};

function unescapeString(text: string): string {
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

class Lowering {
  constructor(
    private readonly file: string,
    private readonly lowerSoql: SoqlLowering
  ) {}

  private fail(ctx: Ctx, what: string): never {
    throw new NotImplemented(what, `${this.file}:${ctx.start?.line ?? 0}`);
  }

  private line(ctx: Ctx): number {
    return ctx.start?.line ?? 0;
  }

  typeDeclaration(ctx: P.TypeDeclarationContext): ClassDecl {
    const modifiers = this.modifiers(ctx.modifier_list());
    if (ctx.classDeclaration()) return this.classDeclaration(ctx.classDeclaration(), modifiers);
    if (ctx.interfaceDeclaration())
      return this.interfaceDeclaration(ctx.interfaceDeclaration(), modifiers);
    if (ctx.enumDeclaration()) return this.enumDeclaration(ctx.enumDeclaration(), modifiers);
    return this.fail(ctx, 'a type declaration of this kind');
  }

  modifiers(list: P.ModifierContext[]): Modifiers {
    const result: Modifiers = { ...NO_MODIFIERS, annotations: [] };
    for (const m of list) {
      const annotation = m.annotation();
      if (annotation) {
        result.annotations.push(this.annotation(annotation));
        continue;
      }
      const text = m.getText().toLowerCase();
      if (text === 'static') result.isStatic = true;
      else if (text === 'abstract') result.isAbstract = true;
      else if (text === 'virtual') result.isVirtual = true;
      else if (text === 'override') result.isOverride = true;
      else if (text === 'final') result.isFinal = true;
      else if (text === 'transient') result.isTransient = true;
      else if (text === 'testmethod') result.annotations.push({ name: 'istest', params: {} });
      else if (['private', 'protected', 'public', 'global'].includes(text))
        result.access = text as Modifiers['access'];
      else if (text === 'withsharing') result.sharing = 'with';
      else if (text === 'withoutsharing') result.sharing = 'without';
      else if (text === 'inheritedsharing') result.sharing = 'inherited';
      else if (text === 'webservice') result.access = 'global';
      else this.fail(m, `modifier '${text}'`);
    }
    return result;
  }

  annotation(ctx: P.AnnotationContext): Annotation {
    const params: Record<string, string> = {};
    const pairs = ctx.elementValuePairs();
    if (pairs) {
      for (const pair of pairs.elementValuePair_list()) {
        const value = pair.elementValue().getText();
        params[pair.id().getText().toLowerCase()] = value.replace(/^'(.*)'$/, '$1');
      }
    } else if (ctx.elementValue()) {
      params.value = ctx
        .elementValue()
        .getText()
        .replace(/^'(.*)'$/, '$1');
    }
    return { name: ctx.id().getText().toLowerCase(), params };
  }

  private emptyClass(
    kind: ClassDecl['kind'],
    name: string,
    line: number,
    modifiers: Modifiers
  ): ClassDecl {
    return {
      kind,
      name,
      line,
      modifiers,
      extendsType: null,
      implementsTypes: [],
      enumValues: [],
      fields: [],
      properties: [],
      methods: [],
      constructors: [],
      initializers: [],
      inner: []
    };
  }

  classDeclaration(ctx: P.ClassDeclarationContext, modifiers: Modifiers): ClassDecl {
    const decl = this.emptyClass('class', ctx.id().getText(), this.line(ctx), modifiers);
    if (ctx.typeRef()) decl.extendsType = this.typeRef(ctx.typeRef());
    if (ctx.typeList())
      decl.implementsTypes = ctx
        .typeList()
        .typeRef_list()
        .map((t) => this.typeRef(t));
    for (const body of ctx.classBody().classBodyDeclaration_list())
      this.classBodyDeclaration(body, decl);
    return decl;
  }

  interfaceDeclaration(ctx: P.InterfaceDeclarationContext, modifiers: Modifiers): ClassDecl {
    const decl = this.emptyClass('interface', ctx.id().getText(), this.line(ctx), modifiers);
    if (ctx.typeList())
      decl.implementsTypes = ctx
        .typeList()
        .typeRef_list()
        .map((t) => this.typeRef(t));
    for (const m of ctx.interfaceBody().interfaceMethodDeclaration_list()) {
      decl.methods.push({
        name: m.id().getText(),
        returnType: m.typeRef() ? this.typeRef(m.typeRef()) : null,
        params: this.params(m.formalParameters()),
        modifiers: { ...this.modifiers(m.modifier_list()), isAbstract: true },
        body: null,
        line: this.line(m),
        endLine: m.stop?.line ?? this.line(m)
      });
    }
    return decl;
  }

  enumDeclaration(ctx: P.EnumDeclarationContext, modifiers: Modifiers): ClassDecl {
    const decl = this.emptyClass('enum', ctx.id().getText(), this.line(ctx), modifiers);
    decl.enumValues =
      ctx
        .enumConstants()
        ?.id_list()
        .map((id) => id.getText()) ?? [];
    return decl;
  }

  classBodyDeclaration(ctx: P.ClassBodyDeclarationContext, decl: ClassDecl): void {
    if (ctx.block()) {
      decl.initializers.push({ isStatic: Boolean(ctx.STATIC()), body: this.block(ctx.block()) });
      return;
    }
    const member = ctx.memberDeclaration();
    if (!member) return; // a stray semicolon
    const modifiers = this.modifiers(ctx.modifier_list());
    if (member.methodDeclaration()) {
      decl.methods.push(this.method(member.methodDeclaration(), modifiers));
    } else if (member.fieldDeclaration()) {
      const field = member.fieldDeclaration();
      const type = this.typeRef(field.typeRef());
      for (const v of field.variableDeclarators().variableDeclarator_list()) {
        decl.fields.push({
          name: v.id().getText(),
          type,
          modifiers,
          init: v.expression() ? this.expression(v.expression()) : null,
          line: this.line(v)
        });
      }
    } else if (member.propertyDeclaration()) {
      const prop = member.propertyDeclaration();
      const property: ClassDecl['properties'][number] = {
        name: prop.id().getText(),
        type: this.typeRef(prop.typeRef()),
        modifiers,
        line: this.line(prop)
      };
      for (const block of prop.propertyBlock_list()) {
        if (block.getter())
          property.getter = block.getter().block() ? this.block(block.getter().block()) : null;
        if (block.setter())
          property.setter = block.setter().block() ? this.block(block.setter().block()) : null;
      }
      decl.properties.push(property);
    } else if (member.classDeclaration()) {
      decl.inner.push(this.classDeclaration(member.classDeclaration(), modifiers));
    } else if (member.interfaceDeclaration()) {
      decl.inner.push(this.interfaceDeclaration(member.interfaceDeclaration(), modifiers));
    } else if (member.enumDeclaration()) {
      decl.inner.push(this.enumDeclaration(member.enumDeclaration(), modifiers));
    } else {
      const ctor = (
        member as unknown as { constructorDeclaration(): P.ConstructorDeclarationContext }
      ).constructorDeclaration();
      if (!ctor) this.fail(member, 'this kind of class member');
      decl.constructors.push({
        name: decl.name,
        returnType: null,
        params: this.params(ctor.formalParameters()),
        modifiers,
        body: this.block(ctor.block()),
        line: this.line(ctor),
        endLine: ctor.stop?.line ?? this.line(ctor)
      });
    }
  }

  method(ctx: P.MethodDeclarationContext, modifiers: Modifiers): MethodDecl {
    return {
      name: ctx.id().getText(),
      returnType: ctx.typeRef() ? this.typeRef(ctx.typeRef()) : null,
      params: this.params(ctx.formalParameters()),
      modifiers,
      body: ctx.block() ? this.block(ctx.block()) : null,
      line: this.line(ctx),
      endLine: ctx.stop?.line ?? this.line(ctx)
    };
  }

  params(ctx: P.FormalParametersContext): MethodDecl['params'] {
    const list = ctx.formalParameterList();
    if (!list) return [];
    return list
      .formalParameter_list()
      .map((p) => ({ name: p.id().getText(), type: this.typeRef(p.typeRef()) }));
  }

  typeRef(ctx: P.TypeRefContext): TypeRef {
    const names = ctx.typeName_list();
    const parts: string[] = [];
    let args: TypeRef[] = [];
    for (const typeName of names) {
      const base = typeName.LIST()
        ? 'List'
        : typeName.SET()
          ? 'Set'
          : typeName.MAP()
            ? 'Map'
            : typeName.id().getText();
      parts.push(base);
      const typeArguments = typeName.typeArguments();
      if (typeArguments)
        args = typeArguments
          .typeList()
          .typeRef_list()
          .map((t) => this.typeRef(t));
    }
    let type: TypeRef = { name: parts.join('.'), args };
    const subscripts = ctx.arraySubscripts();
    const depth = subscripts ? subscripts.LBRACK_list().length : 0;
    for (let i = 0; i < depth; i++) type = { name: 'List', args: [type] };
    return type;
  }

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

export { ApexSyntaxError };
