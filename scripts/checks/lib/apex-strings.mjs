// A small static evaluator for the Apex string expressions that build dynamic SOQL: literals,
// `+`, `+=`, constants (also in other classes), local variables, String.join over a list
// literal or constant, String.format, `cond ? a : b`, helper methods returning a string, and
// parameters resolved through their call sites. What it cannot resolve becomes a hole that names
// what was skipped, so the caller checks the rest and reports the gap instead of passing silently.
import {
  Arth2ExpressionContext,
  AssignExpressionContext,
  BlockContext,
  CastExpressionContext,
  CondExpressionContext,
  DotExpressionContext,
  ForStatementContext,
  IdPrimaryContext,
  LiteralPrimaryContext,
  LocalVariableDeclarationContext,
  MethodCallExpressionContext,
  MethodDeclarationContext,
  NewExpressionContext,
  PrimaryExpressionContext,
  ReturnStatementContext,
  SubExpressionContext
} from '@apexdevtools/apex-parser';
import {
  ancestor,
  callArguments,
  descendants,
  enclosingMethod,
  methodParameters
} from './apex-units.mjs';
import {
  appendItems,
  asParts,
  isFilteredInLoop,
  literalKey,
  markParts,
  snippet,
  substituteFormat,
  unescapeApexString
} from './apex-values.mjs';

const MAX_ALTERNATIVES = 16;
const MAX_DEPTH = 10;

/**
 * A value is { kind: 'text', parts } or { kind: 'list', items: parts[] }. A part is
 * { text, file, line, key } for resolved text (key identifies its literal) or
 * { hole, file, line } for something unresolved; `conditional` marks parts appended in a branch.
 */
export class StringEvaluator {
  constructor(project) {
    this.project = project;
    this.truncated = false;
    // Without parameter bindings an expression always evaluates the same: evaluate it once.
    this.unboundResults = new WeakMap();
  }

  /** Alternatives for expr in the given unit (and bindings of the enclosing method's parameters). */
  evaluate(expr, env) {
    if (env.depth > MAX_DEPTH) return [this.hole('expression nested too deeply', expr, env)];
    const memoizable = !env.bindings || env.bindings.size === 0;
    if (memoizable && this.unboundResults.has(expr)) return this.unboundResults.get(expr);
    const result = this.limit(this.evaluateOnce(expr, env));
    if (memoizable) this.unboundResults.set(expr, result);
    return result;
  }

  evaluateOnce(expr, env) {
    if (expr instanceof PrimaryExpressionContext) return this.evaluatePrimary(expr, env);
    if (expr instanceof SubExpressionContext || expr instanceof CastExpressionContext) {
      return this.evaluate(expr.expression(), env);
    }
    if (expr instanceof Arth2ExpressionContext && expr.ADD()) {
      return this.concat(
        this.evaluate(expr.expression(0), env),
        this.evaluate(expr.expression(1), env)
      );
    }
    if (expr instanceof CondExpressionContext) {
      return [...this.evaluate(expr.expression(1), env), ...this.evaluate(expr.expression(2), env)];
    }
    if (expr instanceof NewExpressionContext) return this.evaluateNew(expr, env);
    if (expr instanceof DotExpressionContext) return this.evaluateDot(expr, env);
    if (expr instanceof MethodCallExpressionContext && expr.methodCall().id()) {
      const call = expr.methodCall();
      return this.evaluateMethod(
        env.unit,
        call.id().getText(),
        callArguments(call.expressionList()),
        expr,
        env
      );
    }
    return [this.hole(`expression ${snippet(expr)}`, expr, env)];
  }

  evaluatePrimary(expr, env) {
    const primary = expr.primary();
    if (primary instanceof LiteralPrimaryContext) {
      const literal = primary.literal();
      const token = literal.start;
      if (literal.StringLiteral() || literal.MultilineStringLiteral()) {
        const text = unescapeApexString(token.text);
        return [
          {
            kind: 'text',
            parts: [
              { text, file: env.unit.file, line: token.line, key: literalKey(env.unit, token) }
            ]
          }
        ];
      }
      return [
        { kind: 'text', parts: [{ text: token.text, file: env.unit.file, line: token.line }] }
      ];
    }
    if (primary instanceof IdPrimaryContext)
      return this.resolveName(primary.id().getText(), expr, env);
    return [this.hole(`expression ${snippet(expr)}`, expr, env)];
  }

  evaluateNew(expr, env) {
    const creator = expr.creator();
    const items =
      creator.setCreatorRest()?.expression_list() ??
      creator.arrayCreatorRest()?.arrayInitializer()?.expression_list();
    if (items) return [{ kind: 'list', items: items.map((item) => this.singleText(item, env)) }];
    const pairs = creator.mapCreatorRest()?.mapCreatorRestPair_list();
    if (pairs) {
      // A map of SOQL pieces: `.get(key)` may return any of its (non-null) values.
      const values = pairs
        .map((pair) => pair.expression(1))
        .filter((value) => value.getText().toLowerCase() !== 'null');
      return [{ kind: 'map', values: values.map((value) => this.singleText(value, env)) }];
    }
    const isCollection = /^(list|set)</i.test(creator.createdName().getText());
    const args = callArguments(creator.classCreatorRest()?.arguments()?.expressionList());
    // new List<String>() starts empty; new List<String>(other) copies other.
    if (isCollection && creator.classCreatorRest() && args.length === 0)
      return [{ kind: 'list', items: [] }];
    if (isCollection && args.length === 1) return this.evaluate(args[0], env);
    return [this.hole(`expression ${snippet(expr)}`, expr, env)];
  }

  evaluateDot(expr, env) {
    const receiver = expr.expression().getText();
    const call = expr.dotMethodCall();
    if (!call) {
      const name = expr.anyId().getText();
      if (receiver.toLowerCase() === 'this') return this.resolveField(env.unit, name, expr, env);
      const unit = this.project.unitOfClass(receiver);
      if (unit) return this.resolveField(unit, name, expr, env);
      return [this.hole(`expression ${snippet(expr)}`, expr, env)];
    }
    const method = call.anyId().getText();
    const args = callArguments(call.expressionList());
    if (receiver.toLowerCase() === 'string')
      return this.evaluateStringMethod(method.toLowerCase(), args, expr, env);
    const unit = receiver.toLowerCase() === 'this' ? env.unit : this.project.unitOfClass(receiver);
    if (unit) return this.evaluateMethod(unit, method, args, expr, env);
    if (method.toLowerCase() === 'get' && args.length === 1) {
      const maps = this.evaluate(expr.expression(), env).filter((value) => value.kind === 'map');
      if (maps.length > 0)
        return maps.flatMap((map) => map.values.map((parts) => ({ kind: 'text', parts })));
    }
    return [this.hole(`expression ${snippet(expr)}`, expr, env)];
  }

  evaluateStringMethod(method, args, expr, env) {
    if (method === 'join' && args.length === 2) {
      const separator = this.singleText(args[1], env);
      const lists = this.evaluate(args[0], env);
      // An empty list is a method's early return (a guard): the query is only built with items.
      const withItems = lists.filter((list) => list.kind !== 'list' || list.items.length > 0);
      return (withItems.length > 0 ? withItems : lists).map((list) =>
        list.kind === 'list'
          ? {
              kind: 'text',
              parts: list.items.flatMap((item, index) =>
                index === 0 ? item : [...separator, ...item]
              )
            }
          : this.hole(`list ${snippet(args[0])}`, args[0], env)
      );
    }
    if (method === 'format' && args.length === 2) {
      const format = this.singleText(args[0], env);
      return this.evaluate(args[1], env).map((list) =>
        list.kind === 'list' && format.every((part) => part.text !== undefined)
          ? { kind: 'text', parts: substituteFormat(format, list.items) }
          : this.hole(`String.format(${snippet(args[0])}, ...)`, expr, env)
      );
    }
    if (method === 'valueof' && args.length === 1) return this.evaluate(args[0], env);
    // escapeSingleQuotes and the rest produce values chosen at run time.
    return [this.hole(`String.${method}(...) value`, expr, env)];
  }

  /** A helper method's return expressions, with its parameters bound to the call's arguments. */
  evaluateMethod(unit, name, args, expr, env) {
    const [method] = this.project.methods(unit, name, args.length);
    if (!method) return [this.hole(`result of ${snippet(expr)}`, expr, env)];
    const bindings = new Map(
      methodParameters(method.node).map((parameter, index) => [
        parameter.toLowerCase(),
        { expr: args[index], env }
      ])
    );
    const calleeEnv = { unit, bindings, depth: env.depth + 1 };
    const returns = [...descendants(method.node)].filter(
      (node) => node instanceof ReturnStatementContext && node.expression()
    );
    if (returns.length === 0) return [this.hole(`result of ${snippet(expr)}`, expr, env)];
    return returns.flatMap((statement) => this.evaluate(statement.expression(), calleeEnv));
  }

  resolveName(name, useSite, env) {
    const key = name.toLowerCase();
    const binding = env.bindings?.get(key);
    if (binding?.values) return binding.values;
    if (binding) return this.evaluate(binding.expr, { ...binding.env, depth: env.depth + 1 });
    const method = enclosingMethod(useSite);
    if (method) {
      const local = this.resolveLocal(method, key, useSite, env);
      if (local) return local;
      const parameterIndex = methodParameters(method).findIndex(
        (parameter) => parameter.toLowerCase() === key
      );
      if (parameterIndex >= 0)
        return this.resolveParameter(method, parameterIndex, name, useSite, env);
    }
    return this.resolveField(env.unit, name, useSite, env);
  }

  /**
   * A class field: its initializer, then every assignment and add in the class, in source order
   * (the order methods run in is unknown; a lazily filled static list is the usual case).
   */
  resolveField(unit, name, useSite, env) {
    const key = name.toLowerCase();
    if (!unit.fields.has(key)) return [this.hole(`value of ${name}`, useSite, env)];
    const fieldEnv = { unit, bindings: new Map(), depth: env.depth + 1 };
    const initializer = unit.fields.get(key);
    let values = initializer ? this.evaluate(initializer, fieldEnv) : [];
    for (const change of this.changesOf(unit.tree, key, -1, Infinity)) {
      values = this.applyChange(values, change, enclosingMethod(change.node), fieldEnv, {});
    }
    return values.length > 0 ? values : [this.hole(`value of ${name}`, useSite, env)];
  }

  /** A parameter takes the values its callers pass: one alternative per call site. */
  resolveParameter(method, index, name, useSite, env) {
    const target = env.unit.methods.find((candidate) => candidate.node === method);
    const callSites = target ? this.project.callsTo(env.unit, target) : [];
    if (callSites.length === 0)
      return [this.hole(`parameter ${name} (no callers found)`, useSite, env)];
    return callSites.flatMap(({ caller, call }) =>
      this.evaluate(call.arguments[index], {
        unit: caller,
        bindings: new Map(),
        depth: env.depth + 1
      })
    );
  }

  /**
   * A local variable: its initializer, then each `=`, `+=`, `.add()` and `.addAll()` before the
   * use, in source order. Changes made inside a nested block (an if, a loop) are kept but marked
   * conditional, so a caller can retry without them.
   */
  resolveLocal(method, key, useSite, env) {
    const useIndex = useSite.start.tokenIndex;
    let declaration = null;
    for (const node of descendants(method)) {
      if (node instanceof LocalVariableDeclarationContext && node.start.tokenIndex < useIndex) {
        const declarator = node
          .variableDeclarators()
          .variableDeclarator_list()
          .find((d) => d.id().getText().toLowerCase() === key);
        if (declarator) declaration = { node, declarator };
      }
    }
    if (!declaration) return null;
    const declarationBlock = ancestor(declaration.node, BlockContext);
    let values = declaration.declarator.expression()
      ? this.evaluate(declaration.declarator.expression(), env)
      : [{ kind: 'text', parts: [] }];
    for (const change of this.changesOf(method, key, declaration.node.stop.tokenIndex, useIndex)) {
      const conditional = ancestor(change.node, BlockContext) !== declarationBlock;
      values = this.applyChange(values, change, method, env, conditional ? { conditional } : {});
    }
    return values;
  }

  /** Applies one assignment, `+=`, `.add()` or `.addAll()` (once per item inside a for-each). */
  applyChange(values, change, method, env, flags) {
    const filtered = method !== null && isFilteredInLoop(change.node, method);
    const partFlags = { ...flags, ...(filtered && { filtered }) };
    for (const changeEnv of method ? this.loopEnvironments(change.node, method, env) : [env]) {
      const changed = this.evaluate(change.value, changeEnv).map((value) =>
        markParts(value, partFlags)
      );
      if (change.operation === 'assign') values = changed;
      else if (change.operation === 'append') values = this.concat(values, changed);
      else values = values.map((value) => appendItems(value, changed, change.operation));
      values = this.limit(values);
    }
    return values;
  }

  /**
   * A change inside `for (String x : list)` happens once per item, with x bound to that item;
   * elsewhere it happens once. An iteration over something unresolved binds x to a hole.
   */
  loopEnvironments(node, method, env) {
    const loop = ancestor(node, ForStatementContext);
    const control = loop?.forControl()?.enhancedForControl();
    if (!control || ancestor(loop, MethodDeclarationContext) !== method) return [env];
    const name = control.id().getText().toLowerCase();
    const iterables = this.evaluate(control.expression(), env);
    const withValue = (values) => ({
      ...env,
      bindings: new Map([...(env.bindings ?? []), [name, { values }]])
    });
    // Several callers pass several lists: the loop body sees the items of all of them.
    const environments = iterables
      .filter((iterable) => iterable.kind === 'list')
      .flatMap((list) => list.items.map((item) => withValue([{ kind: 'text', parts: item }])));
    if (iterables.some((iterable) => iterable.kind !== 'list')) {
      environments.push(
        withValue([this.hole(`items of ${snippet(control.expression())}`, control, env)])
      );
    }
    return environments;
  }

  /** Changes to `key` (or `this.key`) under root, strictly between two token positions. */
  changesOf(root, key, afterIndex, beforeIndex) {
    const changes = [];
    const names = new Set([key, `this.${key}`]);
    for (const node of descendants(root)) {
      if (node.start.tokenIndex <= afterIndex || node.stop.tokenIndex >= beforeIndex) continue;
      if (
        node instanceof AssignExpressionContext &&
        names.has(node.expression(0).getText().toLowerCase())
      ) {
        if (node.ASSIGN()) changes.push({ node, operation: 'assign', value: node.expression(1) });
        else if (node.ADD_ASSIGN())
          changes.push({ node, operation: 'append', value: node.expression(1) });
      } else if (
        node instanceof DotExpressionContext &&
        node.dotMethodCall() &&
        names.has(node.expression().getText().toLowerCase())
      ) {
        const method = node.dotMethodCall().anyId().getText().toLowerCase();
        const [argument] = callArguments(node.dotMethodCall().expressionList());
        if ((method === 'add' || method === 'addall') && argument)
          changes.push({ node, operation: method, value: argument });
      }
    }
    return changes.sort((a, b) => a.node.start.tokenIndex - b.node.start.tokenIndex);
  }

  /** Parts of an expression used where one text is needed (a list item, a separator). */
  singleText(expr, env) {
    const values = this.evaluate(expr, env);
    if (values.length === 1 && values[0].kind === 'text') return values[0].parts;
    return this.hole(`value of ${snippet(expr)}`, expr, env).parts;
  }

  concat(lefts, rights) {
    const result = [];
    for (const left of lefts) {
      for (const right of rights)
        result.push({ kind: 'text', parts: [...asParts(left), ...asParts(right)] });
    }
    return this.limit(result);
  }

  limit(values) {
    if (values.length <= MAX_ALTERNATIVES) return values;
    this.truncated = true;
    return values.slice(0, MAX_ALTERNATIVES);
  }

  hole(description, node, env) {
    return {
      kind: 'text',
      parts: [{ hole: description, file: env.unit.file, line: node.start.line }]
    };
  }
}
