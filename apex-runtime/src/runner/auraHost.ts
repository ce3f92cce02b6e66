// Serves @AuraEnabled methods outside tests, as the Lightning framework calls them: each call is
// one transaction as the calling user (statics, limits and mixed-DML state fresh; Test.isRunningTest()
// false), its parameters deserialized from JSON into the declared types, the result serialized
// with JSON.serialize, an uncaught exception rolling back the transaction's DML and answered as
// Aura answers it. Queueable jobs enqueued by a committed transaction then run, each its own
// transaction, as the platform runs them shortly after. Used by the preview and the benchmark.
import { resetIdentities } from '../equality';
import type { ClassInfo } from '../interpreter/classes';
import { ApexThrow, MESSAGE, STACK, visibleMessage } from '../interpreter/exceptions';
import { Frame } from '../interpreter/frames';
import type { Interpreter } from '../interpreter/interpreter';
import { callOn, invokeMethod } from '../interpreter/invoke';
import type { Running } from '../interpreter/system/asyncJobs';
import { GROUP_UPDATED } from '../platform/setupRulesGroups';
import { JSON_STATIC } from '../stdlib/json';
import { parseJson } from '../stdlib/json-parse';
import { typed } from '../stdlib/json-read';
import { NativeObject, type ApexValue } from '../values';
import type { MethodDecl } from '../parse/ast';
import type { Org } from './org';

/** What LWC receives for a failed call (the object `@salesforce/apex` rejects with). */
export interface AuraError {
  status: 500;
  statusText: 'Server Error';
  ok: false;
  headers: Record<string, never>;
  body: {
    message: string;
    exceptionType: string;
    isUserDefinedException: boolean;
    stackTrace: string;
  };
}

/** One action's answer: Aura's `returnValue`, or the error it reports with HTTP 200. */
export type AuraAnswer = { returnValue: unknown } | { error: AuraError };

export interface AuraMethod {
  /** 'Class.method' as the class declares it. */
  name: string;
  cls: ClassInfo;
  decl: MethodDecl;
}

export interface AuraHostOptions {
  /** The transaction's clock at its start (default: the wall clock, never going back). */
  clock?: () => number;
  /** Told of what a queued job threw (it is rolled back; the caller's answer is unaffected). */
  onJobFailure?: (job: string, message: string) => void;
}

/**
 * Prepares the interpreter and the org for one transaction as `userId`, outside any test: what
 * ApexTestRunner.beginTransaction does, without a TestContext. Jobs left queued are dropped.
 * `keepAccess`: the users' effective access computed before still holds (nothing changed since).
 */
export function beginAuraTransaction(
  it: Interpreter,
  org: Org,
  userId: string,
  clock: number,
  keepAccess = false
) {
  it.resetStatics();
  resetIdentities();
  org.limits.reset();
  org.clock = clock;
  org.dml.newTransaction();
  it.test = null;
  it.steps = 0;
  it.frames.length = 0;
  it.asyncJobs = [];
  it.runningQueueable = false;
  it.runningUser = userId;
  if (!keepAccess) org.access.invalidate();
}

/** Every public static @AuraEnabled method of the loaded top-level classes. */
export function auraMethods(it: Interpreter): AuraMethod[] {
  const found: AuraMethod[] = [];
  for (const cls of it.classes.values()) {
    if (!cls.decl || cls.name.includes('.')) continue;
    for (const decl of cls.decl.methods) {
      const aura = decl.modifiers.annotations.some((a) => a.name === 'auraenabled');
      if (aura && decl.modifiers.isStatic)
        found.push({ name: `${cls.name}.${decl.name}`, cls, decl });
    }
  }
  return found;
}

function auraError(exceptionType: string, message: string, userDefined: boolean, stack = '') {
  return {
    error: {
      status: 500 as const,
      statusText: 'Server Error' as const,
      ok: false as const,
      headers: {},
      body: { message, exceptionType, isUserDefinedException: userDefined, stackTrace: stack }
    }
  };
}

export class AuraHost {
  private readonly methods = new Map<string, AuraMethod>();
  private lastClock = 0;
  /**
   * The store's journal position and the day when effective access was last known current:
   * computing it scans every assignment, so it is kept while no record and no date changed.
   */
  private accessAt: { mark: number; day: number } | null = null;

  constructor(
    readonly it: Interpreter,
    readonly org: Org,
    private readonly options: AuraHostOptions = {}
  ) {
    for (const method of auraMethods(it)) this.methods.set(method.name.toLowerCase(), method);
  }

  /** 'Class.method' of every @AuraEnabled method the page can import. */
  methodNames(): string[] {
    return [...this.methods.values()].map((m) => m.name);
  }

  has(name: string): boolean {
    return this.methods.has(name.toLowerCase());
  }

  private clock(): number {
    const now = this.options.clock?.() ?? Date.now();
    // Stamps (SystemModstamp) never go back, whatever the machine's clock does.
    this.lastClock = Math.max(now, this.lastClock + 1, this.org.clock);
    return this.lastClock;
  }

  /** One call by `userId` with the JSON parameters LWC sent; never throws an Apex exception. */
  call(name: string, params: Record<string, unknown>, userId: string): AuraAnswer {
    const method = this.methods.get(name.toLowerCase());
    if (!method) {
      return auraError('System.UnexpectedException', `No @AuraEnabled method ${name}`, false);
    }
    const answer = this.transaction(userId, () => {
      const args = this.arguments(method, params ?? {});
      const result = invokeMethod(this.it, { decl: method.decl, owner: method.cls }, null, args);
      return { returnValue: this.serialize(result ?? null) };
    });
    this.runQueuedJobs();
    return answer;
  }

  /**
   * Runs `body` as one transaction of `userId`: its DML is rolled back when it throws. Answers
   * what body returns, or the Aura error of what it threw.
   */
  private transaction(userId: string, body: () => AuraAnswer): AuraAnswer {
    const { it, org } = this;
    const clock = this.clock();
    const day = Math.floor(clock / 86_400_000);
    const mark = org.store.mark();
    const current = this.accessAt?.mark === mark && this.accessAt.day === day;
    beginAuraTransaction(it, org, userId, clock, current);
    try {
      return body();
    } catch (error) {
      org.store.undoTo(mark);
      org.access.invalidate();
      it.asyncJobs = [];
      if (!(error instanceof ApexThrow)) {
        const e = error as Error;
        return auraError(
          'System.UnexpectedException',
          `Offline Apex runtime: ${e.message} (at ${it.where()})`,
          false
        );
      }
      const ex = error.exception;
      const userDefined = !ex.cls.name.startsWith('System.');
      // Aura sends an AuraHandledException's constructor text, whatever getMessage() shows.
      const message = ex.cls.isA('AuraHandledException')
        ? String(ex.fields.get(MESSAGE) ?? '')
        : String(visibleMessage(ex) ?? '');
      return auraError(ex.cls.name, message, userDefined, String(ex.fields.get(STACK) ?? ''));
    } finally {
      it.frames.length = 0;
      this.lastClock = Math.max(this.lastClock, org.clock);
      // Writes of setup records invalidate access as they happen (DmlEngine); a rollback must too.
      if (org.store.mark() !== mark) org.access.invalidate();
      this.accessAt = { mark: org.store.mark(), day };
    }
  }

  /** The parameters by name, deserialized as Aura does (JSON into the declared types). */
  private arguments(method: AuraMethod, params: Record<string, unknown>): ApexValue[] {
    const it = this.it;
    const byName = new Map(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
    // Type names resolve in the method's class (an inner class named without its outer).
    it.frames.push(new Frame(method.cls, method.decl.name, null, true));
    try {
      return method.decl.params.map((param) => {
        const value = byName.get(param.name.toLowerCase());
        if (value === undefined || value === null) return null;
        return typed(it.interop, parseJson(JSON.stringify(value)), param.type, false);
      });
    } finally {
      it.frames.pop();
    }
  }

  /** JSON of the result as the framework sends it (not counted against the call's heap). */
  private serialize(result: ApexValue): unknown {
    const uncounted = Object.create(this.it.interop, { observeHeap: { value: () => {} } });
    return JSON.parse(String(JSON_STATIC.serialize(uncounted, [result])));
  }

  /**
   * The Queueable jobs the last transaction enqueued (and those they chain), in order, each a
   * transaction of its own; then its Transaction Finalizer, if it attached one, in another,
   * told whether the job failed (asyncJobs.ts runs the same in tests).
   */
  runQueuedJobs(): void {
    const pending = this.it.asyncJobs.splice(0);
    while (pending.length > 0) {
      const { job, id, userId, reenqueues } = pending.shift()!;
      const running: Running = {
        jobId: id,
        finalizer: null,
        finalizerReenqueues: null,
        finalizerEnqueued: 0
      };
      let failure: ApexValue = null;
      const answer = this.asJob(running, userId, () => {
        this.it.runningQueueable = true;
        try {
          callOn(this.it, job, 'execute', [
            new NativeObject('System.QueueableContext', { jobId: id })
          ]);
        } catch (error) {
          if (error instanceof ApexThrow) failure = error.exception;
          throw error;
        }
      });
      pending.push(...this.it.asyncJobs.splice(0));
      if ('error' in answer)
        this.options.onJobFailure?.(
          job.cls.name,
          `${answer.error.body.exceptionType}: ${answer.error.body.message}`
        );
      const finalizer = running.finalizer;
      if (!finalizer) continue;
      running.finalizer = null;
      running.finalizerReenqueues = failure ? reenqueues + 1 : 0;
      const context = new NativeObject('System.FinalizerContext', { jobId: id, failure });
      this.asJob(running, userId, () => callOn(this.it, finalizer, 'execute', [context]));
      pending.push(...this.it.asyncJobs.splice(0));
    }
  }

  private asJob(running: Running, userId: string, body: () => void) {
    this.it.hostJob = running;
    try {
      return this.transaction(userId, () => {
        body();
        return { returnValue: null };
      });
    } finally {
      this.it.hostJob = null;
    }
  }

  /** Records changed outside a transaction (the store reset): nothing computed before holds. */
  invalidate(): void {
    this.accessAt = null;
    this.org.access.invalidate();
  }

  /** Permission set groups a change left 'Outdated', as the platform's recalculation leaves them. */
  outdatedGroups(): string[] {
    return [...this.org.store.rows('PermissionSetGroup')]
      .filter((g) => g.get('status') !== GROUP_UPDATED)
      .map((g) => String(g.get('id')));
  }

  /** The platform's background recalculation of these groups' aggregate sets. */
  recalculateGroups(groupIds: string[]): void {
    if (groupIds.length === 0) return;
    beginAuraTransaction(this.it, this.org, this.it.runningUser, this.clock());
    this.org.dml.calculatePermissionSetGroup(groupIds);
  }
}
