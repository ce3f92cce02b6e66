// Who a plan affects: the engine's evaluation of each candidate before and after the changes.
// A user who still gets a permission from another source is not affected.
import { compareText } from './compare';
import { engineContext } from './context';
import { evaluateUser } from './evaluate';
import type { UserEvaluation } from './evaluate';
import type { FactIndex } from './indexes';
import { factsAfter } from './planFacts';
import { MFA_FIELDS, labelOf } from './planFields';
import { API_USER_ONLY } from './tracked';
import type {
  AffectedUser,
  AffectedUsers,
  EffectiveChange,
  FactChanges,
  PlanOptions,
  PlanUser
} from './planTypes';
import type { TrackedPermission } from './tracked';
import type { Facts, RecordId, UserRecord } from './types';

export interface UserImpact {
  readonly user: UserRecord;
  readonly before: UserEvaluation;
  readonly after: UserEvaluation;
  /** MFA fields whose effective value differs. */
  readonly changes: readonly EffectiveChange[];
}

export interface Impact {
  readonly index: FactIndex;
  readonly afterFacts: Facts;
  /** Affected users only, sorted by Name then Id. */
  readonly affected: readonly UserImpact[];
  /** Candidates without API Only User before who hold it after, sorted by Name then Id. */
  readonly madeApiOnly: readonly UserRecord[];
  /** Before and after for any user (the acting admin need not be affected). */
  evaluate(userId: RecordId): { before: UserEvaluation; after: UserEvaluation } | null;
}

export const DEFAULT_SAMPLE_SIZE = 10;

export function compareUsers(a: UserRecord, b: UserRecord): number {
  return compareText(a.Name, b.Name) || compareText(a.Id, b.Id);
}

/** One instant for before and after, so an expiry never differs between the two. */
function fixedNow(facts: Facts, options: PlanOptions): Date | string {
  return options.now ?? facts.capturedAt ?? new Date();
}

export function computeImpact(
  facts: Facts,
  changes: FactChanges,
  candidateIds: Iterable<RecordId>,
  options: PlanOptions
): Impact {
  const now = fixedNow(facts, options);
  const before = engineContext(facts, { now }).evaluation;
  const afterFacts = factsAfter(facts, changes);
  const after = engineContext(afterFacts, { now }).evaluation;
  const cache = new Map<RecordId, { before: UserEvaluation; after: UserEvaluation } | null>();
  const evaluate = (userId: RecordId) => {
    if (!cache.has(userId)) {
      const user = before.index.userById.get(userId);
      cache.set(
        userId,
        user === undefined
          ? null
          : { before: evaluateUser(before, user), after: evaluateUser(after, user) }
      );
    }
    return cache.get(userId) ?? null;
  };
  const affected: UserImpact[] = [];
  const madeApiOnly: UserRecord[] = [];
  for (const userId of new Set(candidateIds)) {
    const pair = evaluate(userId);
    if (pair === null) continue;
    if (!pair.before.effective.has(API_USER_ONLY) && pair.after.effective.has(API_USER_ONLY)) {
      madeApiOnly.push(pair.before.user);
    }
    const fieldChanges = MFA_FIELDS.flatMap((field): EffectiveChange[] => {
      const wasOn = pair.before.effective.has(field as TrackedPermission);
      const isOn = pair.after.effective.has(field as TrackedPermission);
      return wasOn === isOn
        ? []
        : [{ field, label: labelOf(facts, field), before: wasOn, after: isOn }];
    });
    if (fieldChanges.length > 0) {
      affected.push({ user: pair.before.user, ...pair, changes: fieldChanges });
    }
  }
  affected.sort((a, b) => compareUsers(a.user, b.user));
  madeApiOnly.sort(compareUsers);
  return { index: before.index, afterFacts, affected, madeApiOnly, evaluate };
}

export function planUser(user: UserRecord): PlanUser {
  return { id: user.Id, username: user.Username, name: user.Name };
}

export function affectedUsersOf(
  impacts: readonly UserImpact[],
  options: PlanOptions
): AffectedUsers {
  const size = Math.max(0, options.sampleSize ?? DEFAULT_SAMPLE_SIZE);
  const sample = impacts
    .slice(0, size)
    .map((impact): AffectedUser => ({ ...planUser(impact.user), changes: impact.changes }));
  return { count: impacts.length, sample };
}

export function gains(impact: UserImpact, field: string): boolean {
  return impact.changes.some((change) => change.field === field && change.after);
}

export function loses(impact: UserImpact, field: string): boolean {
  return impact.changes.some((change) => change.field === field && !change.after);
}
