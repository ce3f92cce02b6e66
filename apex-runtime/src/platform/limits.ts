// Governor limits of one synchronous Apex transaction, counted as the platform counts them
// (Apex Developer Guide, "Execution Governors and Limits"). Exceeding one throws
// System.LimitException, which Apex code cannot catch. Test.startTest() gives the code between
// it and Test.stopTest() a fresh set of limits.
import { ApexError } from '../errors';

export const SYNCHRONOUS_LIMITS = {
  queries: 100,
  queryRows: 50_000,
  dmlStatements: 150,
  dmlRows: 10_000,
  queueableJobs: 50,
  heapSize: 6_000_000,
  cpuTime: 10_000,
  futureCalls: 50,
  callouts: 100,
  emailInvocations: 10
} as const;

export type LimitName = keyof typeof SYNCHRONOUS_LIMITS;

const LIMIT_TEXT: Record<LimitName, string> = {
  queries: 'Too many SOQL queries',
  queryRows: 'Too many query rows',
  dmlStatements: 'Too many DML statements',
  dmlRows: 'Too many DML rows',
  queueableJobs: 'Too many queueable jobs added to the queue',
  heapSize: 'Apex heap size too large',
  cpuTime: 'Apex CPU time limit exceeded',
  futureCalls: 'Too many future calls',
  callouts: 'Too many callouts',
  emailInvocations: 'Too many Email Invocations'
};

export class Limits {
  private used: Record<LimitName, number> = Limits.zero();

  private static zero(): Record<LimitName, number> {
    return {
      queries: 0,
      queryRows: 0,
      dmlStatements: 0,
      dmlRows: 0,
      queueableJobs: 0,
      heapSize: 0,
      cpuTime: 0,
      futureCalls: 0,
      callouts: 0,
      emailInvocations: 0
    };
  }

  get(name: LimitName): number {
    return this.used[name];
  }

  limit(name: LimitName): number {
    return SYNCHRONOUS_LIMITS[name];
  }

  /** Counts `amount` against a limit; throws the uncatchable LimitException past it. */
  consume(name: LimitName, amount = 1): void {
    const next = this.used[name] + amount;
    if (next > SYNCHRONOUS_LIMITS[name]) {
      this.used[name] = next;
      const text =
        name === 'heapSize'
          ? `${LIMIT_TEXT[name]}: ${next}`
          : `${LIMIT_TEXT[name]}: ${SYNCHRONOUS_LIMITS[name] + 1}`;
      throw new ApexError('LimitException', text);
    }
    this.used[name] = next;
  }

  /** Heap is approximated: the largest estimate seen is kept and checked. */
  observeHeap(bytes: number): void {
    if (bytes > this.used.heapSize) {
      if (bytes > SYNCHRONOUS_LIMITS.heapSize) {
        this.used.heapSize = bytes;
        throw new ApexError('LimitException', `${LIMIT_TEXT.heapSize}: ${bytes}`);
      }
      this.used.heapSize = bytes;
    }
  }

  /** Test.startTest(): a fresh set of limits for the code under test. */
  reset(): void {
    this.used = Limits.zero();
  }

  snapshot(): Record<LimitName, number> {
    return { ...this.used };
  }

  restore(saved: Record<LimitName, number>): void {
    this.used = { ...saved };
  }
}
