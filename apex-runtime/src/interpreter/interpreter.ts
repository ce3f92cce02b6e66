// The interpreter: runs the project's classes as written. This file holds the class table and
// the statements; expressions.ts the expressions, invoke.ts calls and object creation.
import { ApexError, NotImplemented } from '../errors';
import type { Block, ClassDecl, CompilationUnit, Stmt } from '../parse/ast';
import type { PlatformContext, Schema } from '../platform/contracts';
import {
  ApexList,
  ApexMap,
  ApexSet,
  SObjectValue,
  type ApexObject,
  type ApexValue,
  type TypeRef
} from '../values';
import { ClassInfo } from './classes';
import { ApexThrow, builtInExceptionClasses } from './exceptions';
import { BREAK, CONTINUE, Frame, type Completion } from './frames';
import { Coverage } from './coverage';
import { evaluate, truthy } from './expressions';
import { coerceTo, throwApex, toApexThrow } from './invoke';
import { runDml } from './dml';
import { isInstanceOf } from './types';
import type { Natives } from './natives';
import type { Interop } from '../stdlib';
import type { TestContext } from './system/testing';
import { apexEquals } from '../equality';

export class Interpreter {
  /** Lower-case qualified name ('outer', 'outer.inner', 'system.dmlexception') → class. */
  readonly classes = new Map<string, ClassInfo>();
  readonly coverage = new Coverage();
  readonly frames: Frame[] = [];
  platform!: PlatformContext;
  natives!: Natives;
  /** Steps executed: a guard against endless loops (the platform's CPU limit). */
  steps = 0;
  /** What the system classes of stdlib/ need of the interpreter. */
  interop!: Interop;
  /** The running test method's state; null outside tests (the preview). */
  test: TestContext | null = null;
  /**
   * Outside tests: the Queueable jobs enqueued by the running transaction, with the user who
   * enqueued them; the host runs them after the transaction commits (runner/auraHost.ts).
   */
  /** Outside a test: the Queueable jobs the transaction enqueued, run by the host after it. */
  asyncJobs: { job: ApexObject; id: string; userId: string; reenqueues: number }[] = [];
  /** Outside a test: the job (or finalizer) the host runs now (asyncJobs.ts Running). */
  hostJob: unknown = null;
  /** Outside tests: a Queueable's execute is running (System.isQueueable()). */
  runningQueueable = false;
  /** The user Apex runs as (System.runAs changes it). */
  runningUser = '';
  organizationId = '00DDx0000000001MAA';
  /** Custom Labels by lower-case name. */
  labels = new Map<string, string>();
  /** Transaction events the DML engine wants to hear of. */
  hooks: { beginRunAs?(): void; endRunAs?(): void; newTransaction?(): void } = {};

  constructor(readonly schema: Schema) {
    for (const cls of builtInExceptionClasses()) this.classes.set(cls.name.toLowerCase(), cls);
  }

  // ---- classes ---------------------------------------------------------------------------

  load(units: CompilationUnit[]): void {
    const added: ClassInfo[] = [];
    const register = (decl: ClassDecl, outer: ClassInfo | null, file: string) => {
      const name = outer ? `${outer.name}.${decl.name}` : decl.name;
      const cls = new ClassInfo(name, decl, outer, file);
      this.classes.set(name.toLowerCase(), cls);
      outer?.inner.set(decl.name.toLowerCase(), cls);
      added.push(cls);
      for (const inner of decl.inner) register(inner, cls, file);
    };
    for (const unit of units) {
      register(unit.type, null, unit.file);
      this.coverage.addUnit(unit);
    }
    for (const cls of added) this.link(cls);
  }

  private link(cls: ClassInfo): void {
    const decl = cls.decl!;
    if (decl.extendsType) {
      const parent = this.resolveClass(decl.extendsType.name, cls.outer ?? cls);
      if (!parent) throw new NotImplemented(`superclass ${decl.extendsType.name} of ${cls.name}`);
      cls.superclass = parent;
    } else if (cls.simpleName.toLowerCase().endsWith('exception') && decl.kind === 'class') {
      cls.superclass = this.classes.get('exception')!;
    }
    for (const type of decl.implementsTypes) {
      const iface =
        this.resolveClass(type.name, cls.outer ?? cls) ?? this.systemInterface(type.name);
      cls.interfaces.push(iface);
    }
  }

  /** System interfaces a class may implement (Queueable, Comparable, Schedulable, …). */
  private systemInterface(name: string): ClassInfo {
    const key = name.toLowerCase().replace(/^system\./, '');
    const qualified = `system.${key}`;
    let cls = this.classes.get(qualified);
    if (!cls) {
      cls = new ClassInfo(`System.${name.replace(/^system\./i, '')}`, null, null, '');
      this.classes.set(qualified, cls);
    }
    return cls;
  }

  /** A class by name as seen from `from`: its inner classes, its outer's, then top level. */
  resolveClass(name: string, from: ClassInfo | null): ClassInfo | null {
    const key = name.toLowerCase();
    for (let scope = from; scope; scope = scope.outer) {
      const inner = scope.inner.get(key);
      if (inner) return inner;
      for (let parent = scope.superclass; parent; parent = parent.superclass) {
        const inherited = parent.inner.get(key);
        if (inherited) return inherited;
      }
    }
    return (
      this.classes.get(key) ??
      this.classes.get(`system.${key}`) ??
      (key.startsWith('system.') ? (this.classes.get(key.slice(7)) ?? null) : null)
    );
  }

  /** Resets every class's static state: each test method is its own transaction. */
  resetStatics(): void {
    for (const cls of this.classes.values()) {
      cls.statics.clear();
      cls.staticsReady = false;
    }
  }

  // ---- frames ------------------------------------------------------------------------------

  get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  /** `Class.cls:line` of the code running now. */
  where(): string {
    const frame = this.frames[this.frames.length - 1];
    return frame ? `${frame.cls.file}:${frame.line}` : '<no frame>';
  }

  /** The Apex stack as the platform prints it: `Class.Outer.Inner.method: line N, column 1`. */
  stackTrace(): string {
    return this.frames
      .slice()
      .reverse()
      .map((f) => `Class.${f.cls.name}.${f.method}: line ${f.line}, column 1`)
      .join('\n');
  }

  isSObjectType = (name: string): boolean => this.schema.object(name) !== undefined;

  // ---- statements --------------------------------------------------------------------------

  execBlock(block: Block): Completion {
    const frame = this.frame;
    frame.push();
    try {
      for (const statement of block.statements) {
        const completion = this.exec(statement);
        if (completion !== undefined) return completion;
      }
      return undefined;
    } finally {
      frame.pop();
    }
  }

  exec(stmt: Stmt): Completion {
    const frame = this.frame;
    frame.line = stmt.line;
    if (stmt.kind !== 'block') this.coverage.hit(frame.cls.file, stmt.line);
    if (++this.steps > 50_000_000)
      throw new ApexError('LimitException', 'Apex CPU time limit exceeded');
    switch (stmt.kind) {
      case 'block':
        return this.execBlock(stmt);
      case 'local':
        for (const v of stmt.vars) {
          const value = v.init ? coerceTo(this, evaluate(this, v.init), stmt.type) : null;
          frame.line = stmt.line;
          frame.declare(v.name, stmt.type, value);
        }
        return undefined;
      case 'expr':
        evaluate(this, stmt.expr);
        return undefined;
      case 'if':
        if (truthy(this, evaluate(this, stmt.cond), stmt.line)) return this.execScoped(stmt.then);
        return stmt.else ? this.execScoped(stmt.else) : undefined;
      case 'while':
        while (truthy(this, evaluate(this, stmt.cond), stmt.line)) {
          const c = this.execScoped(stmt.body);
          if (c === BREAK) break;
          if (c !== undefined && c !== CONTINUE) return c;
          frame.line = stmt.line;
        }
        return undefined;
      case 'doWhile':
        do {
          const c = this.execBlock(stmt.body);
          if (c === BREAK) break;
          if (c !== undefined && c !== CONTINUE) return c;
          frame.line = stmt.line;
        } while (truthy(this, evaluate(this, stmt.cond), stmt.line));
        return undefined;
      case 'for':
        return this.execFor(stmt);
      case 'forEach':
        return this.execForEach(stmt);
      case 'return':
        return { returned: stmt.value ? evaluate(this, stmt.value) : null };
      case 'throw': {
        const value = evaluate(this, stmt.value);
        frame.line = stmt.line;
        return throwApex(this, value);
      }
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'try':
        return this.execTry(stmt);
      case 'dml':
        runDml(this, stmt);
        return undefined;
      case 'runAs':
        return this.natives.runAs(this, stmt);
      case 'switch':
        return this.execSwitch(stmt);
    }
  }

  /** A branch or loop body that is a single statement still gets its own scope. */
  private execScoped(stmt: Stmt): Completion {
    if (stmt.kind === 'block') return this.execBlock(stmt);
    const frame = this.frame;
    frame.push();
    try {
      return this.exec(stmt);
    } finally {
      frame.pop();
    }
  }

  private execFor(stmt: Extract<Stmt, { kind: 'for' }>): Completion {
    const frame = this.frame;
    frame.push();
    try {
      if (Array.isArray(stmt.init)) stmt.init.forEach((e) => evaluate(this, e));
      else if (stmt.init) this.exec(stmt.init);
      while (!stmt.cond || truthy(this, evaluate(this, stmt.cond), stmt.line)) {
        const c = this.execScoped(stmt.body);
        if (c === BREAK) break;
        if (c !== undefined && c !== CONTINUE) return c;
        frame.line = stmt.line;
        for (const update of stmt.update) evaluate(this, update);
      }
      return undefined;
    } finally {
      frame.pop();
    }
  }

  private execForEach(stmt: Extract<Stmt, { kind: 'forEach' }>): Completion {
    const frame = this.frame;
    const iterable = evaluate(this, stmt.iterable);
    let items: ApexValue[];
    if (iterable instanceof ApexList) items = iterable.items.slice();
    else if (iterable instanceof ApexSet) items = [...iterable.entries.values()];
    else if (iterable === null)
      throw new ApexError('NullPointerException', 'Attempt to de-reference a null object');
    else if (iterable instanceof ApexMap || iterable instanceof SObjectValue)
      throw new NotImplemented(`iterating over a ${iterable.constructor.name}`, this.where());
    else throw new NotImplemented('iterating over this value', this.where());
    for (const item of items) {
      frame.push();
      try {
        frame.declare(stmt.name, stmt.type, coerceTo(this, item, stmt.type));
        const c = stmt.body.kind === 'block' ? this.execBlock(stmt.body) : this.exec(stmt.body);
        if (c === BREAK) break;
        if (c !== undefined && c !== CONTINUE) return c;
      } finally {
        frame.pop();
      }
      frame.line = stmt.line;
    }
    return undefined;
  }

  private execTry(stmt: Extract<Stmt, { kind: 'try' }>): Completion {
    const frame = this.frame;
    const depth = this.frames.length;
    const scopes = frame.scopes.length;
    let completion: Completion;
    try {
      try {
        completion = this.execBlock(stmt.body);
      } catch (error) {
        const thrown = toApexThrow(this, error);
        if (!thrown || !thrown.catchable) throw thrown ?? error;
        // Unwind frames and scopes the throw left behind.
        this.frames.length = depth;
        frame.scopes.length = scopes;
        const handler = stmt.catches.find((c) =>
          isInstanceOf(thrown.exception, { name: c.type, args: [] }, this.isSObjectType)
        );
        if (!handler) throw thrown;
        frame.push();
        try {
          frame.declare(handler.name, { name: handler.type, args: [] }, thrown.exception);
          completion = this.execBlock(handler.body);
        } finally {
          frame.pop();
        }
      }
    } finally {
      if (stmt.finally) {
        this.frames.length = Math.min(this.frames.length, depth);
        frame.scopes.length = Math.min(frame.scopes.length, scopes);
        const c = this.execBlock(stmt.finally);
        if (c !== undefined) return c;
      }
    }
    return completion;
  }

  private execSwitch(stmt: Extract<Stmt, { kind: 'switch' }>): Completion {
    const value = evaluate(this, stmt.value);
    for (const when of stmt.whens) {
      if (when.kind === 'else') return this.execBlock(when.body);
      if (when.kind === 'type') {
        if (isInstanceOf(value, when.type, this.isSObjectType)) {
          const frame = this.frame;
          frame.push();
          try {
            frame.declare(when.name, when.type, value);
            return this.execBlock(when.body);
          } finally {
            frame.pop();
          }
        }
        continue;
      }
      for (const candidate of when.values) {
        const expected =
          candidate.kind === 'name'
            ? this.natives.enumConstant(this, value, candidate.name)
            : evaluate(this, candidate);
        // switch on String matches case-sensitively (unlike ==).
        const matches =
          typeof value === 'string' && typeof expected === 'string'
            ? value === expected
            : apexEquals(value, expected);
        if (matches) return this.execBlock(when.body);
      }
    }
    return undefined;
  }

  /** Declared type of a value slot, for messages. */
  static typeName(type: TypeRef): string {
    return type.name;
  }
}

export { ApexThrow };
