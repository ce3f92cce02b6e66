// Queueable jobs and their Transaction Finalizers, as Test.stopTest runs them (Apex Developer
// Guide: "Queueable Apex", "Transaction Finalizers", "Transaction Finalizers Error Messages";
// Apex Reference: "Finalizer Interface", "FinalizerContext Interface", "ParentJobResult Enum").
// - A job runs as the user who enqueued it, with limits of its own, as a transaction of its own:
//   an unhandled exception rolls back every record it wrote.
// - System.attachFinalizer(f), only while a Queueable executes and once per job, attaches a
//   System.Finalizer; after the job, success or failure, its execute(FinalizerContext) runs in a
//   separate transaction with fresh limits. The context gives the job's Id, a request Id, the
//   ParentJobResult (SUCCESS, UNHANDLED_EXCEPTION) and the exception (null on success).
// - A finalizer may enqueue one job; a job that failed may be re-enqueued by finalizers five
//   consecutive times (the counter resets when a job completes without an unhandled exception).
// - In a test, every job enqueued (by the test, by a job, by a finalizer) runs before stopTest
//   returns; then the first unhandled exception of a job is thrown from Test.stopTest(), so an
//   exception the code under test hands to a finalizer still reaches the test (unverified:
//   Salesforce Stack Exchange 365995 reports the finalizer running and the test then failing).
import { ApexError } from '../../errors';
import { ApexObject, EnumValue, NativeObject, type ApexValue } from '../../values';
import { classOf } from '../classes';
import { ApexThrow } from '../exceptions';
import type { Interpreter } from '../interpreter';
import { callOn } from '../invoke';

/** The consecutive failed jobs a finalizer may re-enqueue (the platform's five). */
export const MAX_FINALIZER_REENQUEUES = 5;

/** One queued job. */
export interface QueuedJob {
  job: ApexObject;
  id: string;
  /** The user who enqueued it: the job runs as them. */
  userId: string;
  /** How many failed jobs in a row led to this one through their finalizers. */
  reenqueues: number;
}

/** The job or finalizer running now. */
export interface Running {
  jobId: string;
  finalizer: ApexObject | null;
  /** In a finalizer: the reenqueues count a job it enqueues gets, or null when not in one. */
  finalizerReenqueues: number | null;
  finalizerEnqueued: number;
}

/** What the test context keeps of async Apex. */
export class AsyncJobs {
  queue: QueuedJob[] = [];
  running: Running | null = null;
}

/** The job (or its finalizer) running now: in a test, or in the host outside tests (auraHost). */
function runningJob(it: Interpreter): Running | null {
  return it.test?.jobs.running ?? (it.hostJob as Running | null) ?? null;
}

export function enqueueJob(it: Interpreter, job: ApexValue): ApexValue {
  if (!(job instanceof ApexObject) || !classOf(job).isA('Queueable'))
    throw new ApexError('AsyncException', 'System.enqueueJob needs a Queueable');
  const jobs = it.test?.jobs;
  const running = runningJob(it);
  let reenqueues = 0;
  if (running && running.finalizerReenqueues !== null) {
    // "You can enqueue only one asynchronous Apex job per finalizer" (unverified text).
    if (running.finalizerEnqueued >= 1)
      throw new ApexError('LimitException', 'Too many queueable jobs added to the queue: 2');
    reenqueues = running.finalizerReenqueues;
    if (reenqueues > MAX_FINALIZER_REENQUEUES)
      throw new ApexError(
        'AsyncException',
        `A failed Queueable job can be re-enqueued by a finalizer at most ${MAX_FINALIZER_REENQUEUES} consecutive times`
      );
    running.finalizerEnqueued++;
  }
  it.platform.limits.consume('queueableJobs');
  const id = it.platform.newId('AsyncApexJob');
  // Outside a test the host runs the queue once the transaction commits (auraHost).
  if (jobs) jobs.queue.push({ job, id, userId: it.runningUser, reenqueues });
  else it.asyncJobs.push({ job, id, userId: it.runningUser, reenqueues });
  return id;
}

/** System.attachFinalizer: the texts are the platform's ("Transaction Finalizers Error Messages"). */
export function attachFinalizer(it: Interpreter, args: ApexValue[]): ApexValue {
  const running = runningJob(it);
  if (!running || running.finalizerReenqueues !== null)
    throw new ApexError(
      'AsyncException',
      'System.attachFinalizer(Finalizer) is not allowed in this context'
    );
  if (args.length !== 1) throw new ApexError('AsyncException', 'Invalid number of parameters');
  const [finalizer] = args;
  if (finalizer === null || finalizer === undefined)
    throw new ApexError('NullPointerException', 'Argument cannot be null');
  if (!(finalizer instanceof ApexObject) || !classOf(finalizer).isA('Finalizer'))
    throw new ApexError(
      'TypeException',
      `Class ${finalizer instanceof ApexObject ? classOf(finalizer).name : 'value'} must implement the Finalizer interface`
    );
  if (running.finalizer)
    throw new ApexError(
      'AsyncException',
      'More than one Finalizer cannot be attached to same Async Apex Job'
    );
  running.finalizer = finalizer;
  return null;
}

/** FinalizerContext's methods, or undefined for another receiver. */
export function finalizerContextMethod(
  receiver: NativeObject,
  name: string
): ApexValue | undefined {
  if (receiver.className !== 'System.FinalizerContext') return undefined;
  const state = receiver.state as { jobId: string; failure: ApexObject | null };
  switch (name.toLowerCase()) {
    case 'getasyncapexjobid':
      return state.jobId;
    case 'getrequestid':
      return `TID:${state.jobId}`;
    case 'getresult':
      return parentJobResult(state.failure ? 'UNHANDLED_EXCEPTION' : 'SUCCESS');
    case 'getexception':
      return state.failure;
    default:
      return undefined;
  }
}

/** System.ParentJobResult's constants. */
export function parentJobResult(name: string): EnumValue | undefined {
  const upper = name.toUpperCase();
  const values = ['SUCCESS', 'UNHANDLED_EXCEPTION'];
  return values.includes(upper)
    ? new EnumValue('System.ParentJobResult', upper, values.indexOf(upper))
    : undefined;
}

/** Runs every queued job (and what they and their finalizers enqueue), then rethrows the first failure. */
export function runQueuedJobs(it: Interpreter): void {
  const jobs = it.test!.jobs;
  let firstFailure: ApexThrow | null = null;
  while (jobs.queue.length > 0) {
    const queued = jobs.queue.shift()!;
    const running: Running = {
      jobId: queued.id,
      finalizer: null,
      finalizerReenqueues: null,
      finalizerEnqueued: 0
    };
    const failure = inTransaction(it, queued.userId, running, () =>
      callOn(it, queued.job, 'execute', [
        new NativeObject('System.QueueableContext', { jobId: queued.id })
      ])
    );
    firstFailure ??= failure;
    if (!running.finalizer) continue;
    const finalizer = running.finalizer;
    running.finalizer = null;
    running.finalizerReenqueues = failure ? queued.reenqueues + 1 : 0;
    const context = new NativeObject('System.FinalizerContext', {
      jobId: queued.id,
      failure: failure?.exception ?? null
    });
    const finalizerFailure = inTransaction(it, queued.userId, running, () =>
      callOn(it, finalizer, 'execute', [context])
    );
    firstFailure ??= finalizerFailure;
  }
  if (firstFailure) throw firstFailure;
}

// One async transaction: fresh limits and mixed-DML state, as the enqueuing user; an unhandled
// Apex exception rolls back what it wrote and is returned. Runtime faults (NotImplemented) rise.
function inTransaction(
  it: Interpreter,
  userId: string,
  running: Running,
  body: () => void
): ApexThrow | null {
  const jobs = it.test!.jobs;
  const saved = it.platform.limits.snapshot();
  const previousUser = it.runningUser;
  const mark = it.platform.store.mark();
  it.platform.limits.reset();
  it.hooks.newTransaction?.();
  it.runningUser = userId;
  it.platform.access.invalidate();
  jobs.running = running;
  it.test!.runningQueueable = running.finalizerReenqueues === null;
  try {
    body();
    return null;
  } catch (error) {
    if (!(error instanceof ApexThrow)) throw error;
    it.platform.store.undoTo(mark);
    return error;
  } finally {
    jobs.running = null;
    it.test!.runningQueueable = false;
    it.runningUser = previousUser;
    it.platform.access.invalidate();
    it.platform.limits.restore(saved);
  }
}
