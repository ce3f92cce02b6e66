// Runs the project's Apex tests as the platform does: each @IsTest method in a fresh org
// transaction (the data of the class's @TestSetup methods, nothing else; statics reset), the
// running user the org's admin, results with the assertion message and the Apex stack.
import { NotImplemented } from '../errors';
import type { MethodDecl } from '../parse/ast';
import { resetIdentities } from '../equality';
import { ClassInfo } from '../interpreter/classes';
import { ApexThrow, visibleMessage } from '../interpreter/exceptions';
import { Interpreter } from '../interpreter/interpreter';
import { invokeMethod } from '../interpreter/invoke';
import { createInterop } from '../interpreter/system/interop';
import { SystemLibrary } from '../interpreter/system/library';
import { TestContext } from '../interpreter/system/testing';
import { STACK } from '../interpreter/exceptions';
import { loadSchema, type ProjectSchema } from '../platform/schema';
import type { BaselineRecord } from '../platform/baseline';
import { Org, loadBaseline } from './org';
import { apexSources, loadLabels, loadUnits, type ApexSource } from './project';

export interface TestResult {
  className: string;
  method: string;
  outcome: 'pass' | 'fail';
  /** For a failure: `System.AssertException: Assertion Failed: …`. */
  message?: string;
  /** The Apex stack of a failure. */
  stack?: string;
  /** True when the failure is a construct this runtime does not implement. */
  notImplemented?: boolean;
  millis: number;
}

/** When the org's clock starts for every test: fixed, so runs are repeatable. */
export const TEST_START_TIME = Date.UTC(2026, 11, 4, 9, 0, 0);

export class ApexTestRunner {
  readonly interpreter: Interpreter;
  readonly schema: ProjectSchema;
  readonly baseline: BaselineRecord[];

  /**
   * @param projectDir the project: its schema, labels and deployed metadata make the org
   * @param sources the Apex classes to run; by default the project's own (force-app)
   */
  constructor(
    readonly projectDir: string,
    sources: ApexSource[] = apexSources(projectDir)
  ) {
    this.schema = loadSchema(projectDir);
    this.baseline = loadBaseline(this.schema, projectDir);
    this.interpreter = new Interpreter(this.schema);
    this.interpreter.natives = new SystemLibrary();
    this.interpreter.interop = createInterop(this.interpreter);
    this.interpreter.labels = loadLabels(projectDir);
    this.interpreter.load(loadUnits(projectDir, sources));
  }

  /** Top-level classes annotated @IsTest that have test methods. */
  testClasses(): ClassInfo[] {
    return [...this.interpreter.classes.values()].filter(
      (cls) => !cls.outer && cls.decl && cls.hasAnnotation('istest') && testMethods(cls).length > 0
    );
  }

  runClass(cls: ClassInfo, only?: (method: string) => boolean): TestResult[] {
    const it = this.interpreter;
    const org = new Org(this.schema, this.baseline, it, TEST_START_TIME);
    const setups = cls.decl!.methods.filter((m) =>
      m.modifiers.annotations.some((a) => a.name === 'testsetup')
    );
    const results: TestResult[] = [];
    let setupFailure: TestResult | null = null;
    if (setups.length > 0) {
      this.beginTransaction(org);
      for (const setup of setups) {
        const failure = this.invoke(cls, setup.name, () =>
          invokeMethod(it, { decl: setup, owner: cls }, null, [])
        );
        if (failure) setupFailure = failure;
      }
    }
    const mark = org.store.mark();
    const idCounter = org.idCounter;
    for (const method of testMethods(cls)) {
      if (only && !only(method.name)) continue;
      if (setupFailure) {
        results.push({
          ...setupFailure,
          method: method.name,
          message: `@TestSetup failed: ${setupFailure.message}`
        });
        continue;
      }
      this.beginTransaction(org);
      const started = performance.now();
      const failure = this.invoke(cls, method.name, () =>
        invokeMethod(it, { decl: method, owner: cls }, null, [])
      );
      const millis = performance.now() - started;
      results.push(
        failure
          ? { ...failure, millis }
          : { className: cls.name, method: method.name, outcome: 'pass', millis }
      );
      org.store.undoTo(mark);
      org.idCounter = idCounter;
      org.access.invalidate();
    }
    return results;
  }

  private beginTransaction(org: Org): void {
    const it = this.interpreter;
    it.resetStatics();
    resetIdentities();
    org.limits.reset();
    org.clock = TEST_START_TIME;
    org.dml.newTransaction();
    it.test = new TestContext();
    it.steps = 0;
    it.frames.length = 0;
    it.runningUser = this.adminId();
    org.access.invalidate();
  }

  private adminId(): string {
    return this.baseline.find((r) => r.object === 'User')!.fields.Id as string;
  }

  /** Runs one method; returns a failure, or null when it passed. */
  private invoke(cls: ClassInfo, method: string, run: () => unknown): TestResult | null {
    const it = this.interpreter;
    try {
      run();
      return null;
    } catch (error) {
      const base = { className: cls.name, method, outcome: 'fail' as const, millis: 0 };
      if (error instanceof ApexThrow) {
        const exception = error.exception;
        return {
          ...base,
          message: `${exception.cls.name}: ${String(visibleMessage(exception))}`,
          stack: String(exception.fields.get(STACK) ?? '')
        };
      }
      if (error instanceof NotImplemented) {
        return {
          ...base,
          message: `${error.message} (${error.where ?? it.where()})`,
          notImplemented: true
        };
      }
      const e = error as Error;
      return {
        ...base,
        message: `runtime error: ${e.message} (at ${it.where()})`,
        stack: e.stack,
        notImplemented: true
      };
    } finally {
      it.frames.length = 0;
    }
  }
}

export function testMethods(cls: ClassInfo): MethodDecl[] {
  return cls.decl!.methods.filter(
    (m) => m.modifiers.isStatic && m.modifiers.annotations.some((a) => a.name === 'istest')
  );
}
