// Parses Apex sources with @apexdevtools/apex-parser and indexes what the SOQL check needs to
// look up across files: classes, their fields, methods and the calls to each method.
import { readFileSync } from 'node:fs';
import {
  ApexErrorListener,
  ApexParserFactory,
  ClassDeclarationContext,
  ConstructorDeclarationContext,
  DotExpressionContext,
  FieldDeclarationContext,
  MethodCallExpressionContext,
  MethodDeclarationContext
} from '@apexdevtools/apex-parser';

/** The parser's version: part of every cached result read through it (another may read differently). */
export function apexParserVersion() {
  const manifest = new URL(
    '../../../node_modules/@apexdevtools/apex-parser/package.json',
    import.meta.url
  );
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

class CollectingErrorListener extends ApexErrorListener {
  constructor() {
    super();
    this.errors = [];
  }

  apexSyntaxError(line, column, message) {
    this.errors.push({ line, column, message });
  }
}

/** Depth-first visit of every rule node under root. */
export function* descendants(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node.children) continue;
    yield node;
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push(node.children[index]);
  }
}

export function ancestor(node, type) {
  for (let parent = node.parentCtx; parent; parent = parent.parentCtx) {
    if (parent instanceof type) return parent;
  }
  return null;
}

/** The method or constructor a node sits in, or null for field initializers. */
export function enclosingMethod(node) {
  for (let parent = node.parentCtx; parent; parent = parent.parentCtx) {
    if (
      parent instanceof MethodDeclarationContext ||
      parent instanceof ConstructorDeclarationContext
    ) {
      return parent;
    }
  }
  return null;
}

export function methodParameters(method) {
  const list = method.formalParameters().formalParameterList();
  return list ? list.formalParameter_list().map((parameter) => parameter.id().getText()) : [];
}

export function callArguments(expressionList) {
  return expressionList ? expressionList.expression_list() : [];
}

/** Parses text as a SOQL query; errors include text left over after the query. */
export function parseSoql(text) {
  const listener = new CollectingErrorListener();
  const { parser } = ApexParserFactory.createLexerAndParser(text, listener);
  const query = parser.query();
  const next = parser.getCurrentToken();
  if (listener.errors.length === 0 && next.type !== -1) {
    listener.errors.push({
      line: next.line,
      column: next.column,
      message: `unexpected '${next.text}' after the query`
    });
  }
  return { query, errors: listener.errors };
}

/** One parsed Apex file. */
export class ApexUnit {
  constructor(file) {
    this.file = file;
    this.source = readFileSync(file, 'utf8');
    const listener = new CollectingErrorListener();
    const { parser } = ApexParserFactory.createLexerAndParser(this.source, listener);
    this.tree = file.endsWith('.trigger') ? parser.triggerUnit() : parser.compilationUnit();
    this.syntaxErrors = listener.errors;
    this.classNames = [];
    this.fields = new Map(); // lower-case name -> initializer expression, or null
    this.methods = []; // { name, arity, node }
    this.calls = []; // { receiver (lower-case or null), name (lower-case), arguments, node }
    for (const node of descendants(this.tree)) this.index(node);
  }

  index(node) {
    if (node instanceof ClassDeclarationContext) {
      this.classNames.push(node.id().getText().toLowerCase());
    } else if (node instanceof FieldDeclarationContext) {
      for (const declarator of node.variableDeclarators().variableDeclarator_list()) {
        this.fields.set(declarator.id().getText().toLowerCase(), declarator.expression() ?? null);
      }
    } else if (node instanceof MethodDeclarationContext) {
      this.methods.push({
        name: node.id().getText().toLowerCase(),
        arity: methodParameters(node).length,
        node
      });
    } else if (node instanceof MethodCallExpressionContext && node.methodCall().id()) {
      const call = node.methodCall();
      this.calls.push({
        receiver: null,
        name: call.id().getText().toLowerCase(),
        arguments: callArguments(call.expressionList()),
        node
      });
    } else if (node instanceof DotExpressionContext && node.dotMethodCall()) {
      const call = node.dotMethodCall();
      this.calls.push({
        receiver: node.expression().getText().toLowerCase(),
        name: call.anyId().getText().toLowerCase(),
        arguments: callArguments(call.expressionList()),
        node
      });
    }
  }
}

/**
 * The project's Apex, parsed lazily: the ANTLR parser needs about 0.1 s per file (more for the
 * first), so only files whose text can matter are parsed: those with SOQL, and those a lookup
 * (a class, the callers of a method) points to.
 */
export class ApexProject {
  constructor(files) {
    this.sources = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    this.parsed = new Map();
  }

  unit(file) {
    if (!this.parsed.has(file)) this.parsed.set(file, new ApexUnit(file));
    return this.parsed.get(file);
  }

  /** Parsed units of the files whose text matches the pattern. */
  unitsMatching(pattern) {
    return this.sources.filter(({ text }) => pattern.test(text)).map(({ file }) => this.unit(file));
  }

  unitOfClass(name) {
    const key = name.toLowerCase();
    if (!/^\w+$/.test(key)) return null;
    const declares = new RegExp(`\\bclass\\s+${key}\\b`, 'i');
    return this.unitsMatching(declares).find((unit) => unit.classNames.includes(key)) ?? null;
  }

  /** Methods named so with that many parameters in the unit (overloads by type are not told apart). */
  methods(unit, name, arity) {
    return unit.methods.filter(
      (method) => method.name === name.toLowerCase() && method.arity === arity
    );
  }

  /**
   * Calls to a method of `unit`: unqualified from inside it, `Class.method(...)` from anywhere,
   * or `anything.method(...)` (an instance call) when no other class has a method of that name
   * and arity, so the call can only mean this one.
   */
  callsTo(unit, method) {
    const candidates = this.unitsMatching(new RegExp(`\\b${method.name}\\s*\\(`, 'i'));
    const classNames = new Set(unit.classNames);
    // Subclasses (test doubles overriding a virtual selector) share the method: not a rival.
    const extendsUnit = (other) =>
      unit.classNames.some((name) =>
        new RegExp(`\\bextends\\s+${name}\\b`, 'i').test(other.source)
      );
    const nameIsUnique = candidates.every(
      (other) =>
        other === unit ||
        extendsUnit(other) ||
        this.methods(other, method.name, method.arity).length === 0
    );
    const found = [];
    for (const caller of candidates) {
      for (const call of caller.calls) {
        if (call.name !== method.name || call.arguments.length !== method.arity) continue;
        // An override calling super passes its own parameters through: its callers are ours.
        if (call.receiver === 'super') continue;
        const unqualified = call.receiver === null || call.receiver === 'this';
        const sameUnit = caller === unit && unqualified;
        const qualified = call.receiver !== null && classNames.has(call.receiver);
        const instanceCall = !unqualified && !this.unitOfClass(call.receiver) && nameIsUnique;
        if (sameUnit || qualified || instanceCall) found.push({ caller, call });
      }
    }
    return found;
  }
}
