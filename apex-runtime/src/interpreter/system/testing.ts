// What Apex tests use of the platform: System.runAs, Test.startTest / stopTest (fresh limits
// for the code under test; queued jobs run at stopTest), Test.isRunningTest,
// Test.calculatePermissionSetGroup, System.enqueueJob, and the assertions of Assert and
// System.assert* (Apex Reference: "Test Class", "Assert Class", "System Class").
import { ApexError, NotImplemented } from '../../errors';
import { apexEquals } from '../../equality';
import type { Stmt } from '../../parse/ast';
import {
  ApexList,
  ApexObject,
  NativeObject,
  SObjectValue,
  TypeValue,
  type ApexValue
} from '../../values';
import { classOf } from '../classes';
import { evaluate } from '../expressions';
import type { Completion } from '../frames';
import type { Interpreter } from '../interpreter';
import { callOn } from '../invoke';
import { isInstanceOf } from '../types';

/** The state of the running test method. */
export class TestContext {
  started = false;
  stopped = false;
  /** Jobs enqueued and not yet run, with their AsyncApexJob Ids. */
  queue: { job: ApexObject; id: string }[] = [];
  savedLimits: ReturnType<import('../../platform/limits').Limits['snapshot']> | null = null;
  runningQueueable = false;
  /** The user each System.runAs block replaced, innermost last. */
  runAsUsers: string[] = [];
}

export function runAs(it: Interpreter, stmt: Extract<Stmt, { kind: 'runAs' }>): Completion {
  const test = it.test;
  if (!test)
    throw new ApexError('UnexpectedException', 'System.runAs can only be used in test methods');
  const [arg] = stmt.args.map((a) => evaluate(it, a));
  if (!(arg instanceof SObjectValue) || arg.type !== 'User')
    throw new NotImplemented('System.runAs with a Version or a non-User argument', it.where());
  const userId = arg.get('Id');
  if (typeof userId !== 'string')
    throw new ApexError('NullPointerException', 'System.runAs needs a user with an Id');
  const previous = it.runningUser;
  it.runningUser = userId;
  test.runAsUsers.push(previous);
  it.hooks.beginRunAs?.();
  it.platform.access.invalidate();
  try {
    return it.execBlock(stmt.body);
  } finally {
    it.hooks.endRunAs?.();
    test.runAsUsers.pop();
    it.runningUser = previous;
  }
}

function requireTest(it: Interpreter, what: string): NonNullable<Interpreter['test']> {
  if (!it.test) throw new ApexError('UnexpectedException', `${what} can only be used in a test`);
  return it.test;
}

/** Runs the queued Queueable jobs, in order, each as its own transaction's worth of limits. */
export function runQueuedJobs(it: Interpreter): void {
  const test = it.test!;
  while (test.queue.length > 0) {
    const { job, id } = test.queue.shift()!;
    const saved = it.platform.limits.snapshot();
    it.platform.limits.reset();
    // An async job is a transaction of its own (mixed DML and savepoints start afresh).
    it.hooks.newTransaction?.();
    test.runningQueueable = true;
    try {
      callOn(it, job, 'execute', [new NativeObject('System.QueueableContext', { jobId: id })]);
    } finally {
      test.runningQueueable = false;
      it.platform.limits.restore(saved);
    }
  }
}

export function testStatic(
  it: Interpreter,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  switch (name.toLowerCase()) {
    case 'isrunningtest':
      return it.test !== null;
    case 'starttest': {
      const test = requireTest(it, 'Test.startTest');
      if (test.started)
        throw new ApexError(
          'UnexpectedException',
          'Test.startTest() can only be called once per test method'
        );
      test.started = true;
      test.savedLimits = it.platform.limits.snapshot();
      it.platform.limits.reset();
      return null;
    }
    case 'stoptest': {
      const test = requireTest(it, 'Test.stopTest');
      if (!test.started || test.stopped)
        throw new ApexError('UnexpectedException', 'Test.stopTest() must follow Test.startTest()');
      test.stopped = true;
      runQueuedJobs(it);
      it.platform.limits.restore(test.savedLimits!);
      return null;
    }
    case 'calculatepermissionsetgroup': {
      requireTest(it, 'Test.calculatePermissionSetGroup');
      const ids = args[0] instanceof ApexList ? args[0].items.map(String) : [String(args[0])];
      it.platform.dml.calculatePermissionSetGroup(ids);
      return null;
    }
    case 'setmock':
    case 'setcurrentpage':
    case 'setfixedsearchresults':
    case 'loaddata':
    case 'getstandardpricebookid':
      throw new NotImplemented(`Test.${name}`, it.where());
    default:
      return undefined;
  }
}

export function enqueueJob(it: Interpreter, job: ApexValue): ApexValue {
  if (!(job instanceof ApexObject) || !classOf(job).isA('Queueable'))
    throw new ApexError('AsyncException', 'System.enqueueJob needs a Queueable');
  it.platform.limits.consume('queueableJobs');
  const id = it.platform.newId('AsyncApexJob');
  if (it.test) it.test.queue.push({ job, id });
  else it.asyncJobs.push({ job, id, userId: it.runningUser });
  return id;
}

// ---- assertions ---------------------------------------------------------------------------

function fail(message: string): never {
  throw new ApexError('AssertException', `Assertion Failed: ${message}`);
}

function withMessage(message: ApexValue, detail: string): string {
  return message === null || message === undefined ? detail : `${String(message)}: ${detail}`;
}

/** assertEquals compares as equals() does: Strings case-sensitively, everything else by value. */
function sameValue(it: Interpreter, expected: ApexValue, actual: ApexValue): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') return expected === actual;
  const custom = it.natives.equals(it, expected, actual);
  return custom ?? apexEquals(expected, actual);
}

export function assertStatic(
  it: Interpreter,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  const text = (v: ApexValue) => it.natives.toText(it, v);
  const [a, b, c] = args;
  switch (name.toLowerCase()) {
    case 'areequal':
    case 'assertequals':
      if (!sameValue(it, a, b))
        fail(withMessage(c ?? null, `Expected: ${text(a)}, Actual: ${text(b)}`));
      return null;
    case 'arenotequal':
    case 'assertnotequals':
      if (sameValue(it, a, b))
        fail(withMessage(c ?? null, `Expected: ${text(a)}, Actual: ${text(b)}`));
      return null;
    case 'istrue':
    case 'assert':
      if (a !== true) {
        if (args.length > 1) fail(String(text(b)));
        fail(name.toLowerCase() === 'assert' ? '' : 'Expected: true, Actual: ' + text(a));
      }
      return null;
    case 'isfalse':
      if (a !== false) fail(withMessage(b ?? null, `Expected: false, Actual: ${text(a)}`));
      return null;
    case 'isnull':
      if (a !== null) fail(withMessage(b ?? null, `Expected: null, Actual: ${text(a)}`));
      return null;
    case 'isnotnull':
      if (a === null) fail(withMessage(b ?? null, 'Expected: not null, Actual: null'));
      return null;
    case 'isinstanceoftype':
    case 'isnotinstanceoftype': {
      const type = b instanceof TypeValue ? b.type : null;
      if (!type) throw new ApexError('IllegalArgumentException', 'Type must not be null');
      const is = isInstanceOf(a, type, it.isSObjectType);
      if (is !== (name.toLowerCase() === 'isinstanceoftype'))
        fail(
          withMessage(
            c ?? null,
            `Expected ${is ? 'not ' : ''}instance of ${type.name}, Actual: ${text(a)}`
          )
        );
      return null;
    }
    case 'fail':
      fail(a === undefined || a === null ? '' : String(a));
      return null;
    default:
      return undefined;
  }
}
