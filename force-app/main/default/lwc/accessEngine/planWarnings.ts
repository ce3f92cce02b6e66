// Warnings and blockers every plan shares, read from its impact: integration users, MFA methods,
// the unreadable org-wide setting, the Limited Access - Free licence, and the acting admin.
import { compareText } from './compare';
import { HIGH_ASSURANCE_OAUTH_FLOWS, isApiOnlyByLicense, isLimitedAccessFree } from './findings';
import type { UserEvaluation } from './evaluate';
import { labelOf } from './planFields';
import { gains, loses } from './planImpact';
import { apiOnlyChecks, lockoutChecks } from './planLockout';
import { mfaMethodLookup } from './planMfaMethods';
import type { Impact, UserImpact } from './planImpact';
import { renderPlanText } from './planMessages';
import type {
  BlockerCategory,
  MfaField,
  PlanBlocker,
  PlanMessage,
  PlanOptions,
  PlanSeverity
} from './planTypes';
import { API_USER_ONLY, MFA_API, MFA_UI } from './tracked';
import type { Facts, FindingParams, RecordId, UserRecord } from './types';

const NAMES_IN_TEXT = 5;

/** `userCount` and a short `users` list for a message; every Id stays in userIds. */
export function userListParams(users: readonly UserRecord[]): FindingParams {
  const names = users.slice(0, NAMES_IN_TEXT).map((user) => user.Name);
  const more = users.length - names.length;
  return {
    userCount: users.length,
    users: more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ')
  };
}

export class PlanMessages {
  readonly warnings: PlanMessage[] = [];
  readonly blockers: PlanBlocker[] = [];

  constructor(private readonly options: PlanOptions) {}

  note(
    code: string,
    severity: PlanSeverity,
    params: FindingParams = {},
    users: readonly UserRecord[] = []
  ): void {
    const allParams = users.length > 0 ? { ...params, ...userListParams(users) } : params;
    this.warnings.push({
      code,
      severity,
      params: allParams,
      message: renderPlanText(code, allParams, this.options.texts),
      userIds: users.map((user) => user.Id)
    });
  }

  /** Users of blockers already reported, so a code raised twice for one row becomes one. */
  private readonly blockedUsers = new Map<string, { at: number; users: UserRecord[] }>();

  block(
    code: string,
    category: BlockerCategory,
    params: FindingParams = {},
    permissionSetId: RecordId | null = null,
    users: readonly UserRecord[] = []
  ): void {
    const key = `${code}|${permissionSetId ?? ''}`;
    const earlier = users.length > 0 ? this.blockedUsers.get(key) : undefined;
    const merged = earlier === undefined ? [...users] : mergeUsers(earlier.users, users);
    const allParams = merged.length > 0 ? { ...params, ...userListParams(merged) } : params;
    const blocker: PlanBlocker = {
      code,
      category,
      params: allParams,
      message: renderPlanText(code, allParams, this.options.texts),
      permissionSetId,
      userIds: merged.map((user) => user.Id)
    };
    if (earlier !== undefined) {
      this.blockers[earlier.at] = blocker;
      earlier.users = merged;
      return;
    }
    if (users.length > 0) this.blockedUsers.set(key, { at: this.blockers.length, users: merged });
    this.blockers.push(blocker);
  }
}

function mergeUsers(first: readonly UserRecord[], second: readonly UserRecord[]): UserRecord[] {
  const byId = new Map([...first, ...second].map((user) => [user.Id, user]));
  return [...byId.values()].sort((a, b) => compareText(a.Name, b.Name) || compareText(a.Id, b.Id));
}

const CATEGORY_ORDER: readonly BlockerCategory[] = [
  'badInput',
  'size',
  'conflict',
  'locked',
  'licence',
  'lockout',
  'confirm'
];

/**
 * Blocks a change set with more rows than one holds (options.maxRows, Apex's cap): Apex would
 * refuse it whole, so the preview says so first.
 */
export function checkRowCount(
  rowCount: number,
  options: PlanOptions,
  messages: PlanMessages
): void {
  const maxRows = options.maxRows;
  if (maxRows === undefined || maxRows === null || rowCount <= maxRows) return;
  messages.block('TOO_MANY_ROWS', 'size', { rowCount, maxRows });
}

/** Blockers by category, then code, then text: the order of the request never shows. */
export function sortBlockers(blockers: readonly PlanBlocker[]): PlanBlocker[] {
  return [...blockers].sort(
    (a, b) =>
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message)
  );
}

export function isIntegrationUser(evaluation: UserEvaluation): boolean {
  return isApiOnlyByLicense(evaluation) || evaluation.effective.has(API_USER_ONLY);
}

const usersOf = (impacts: readonly UserImpact[]): UserRecord[] => impacts.map((i) => i.user);

function userWarnings(facts: Facts, impact: Impact, messages: PlanMessages): void {
  const uiPermission = labelOf(facts, MFA_UI as MfaField);
  const apiPermission = labelOf(facts, MFA_API as MfaField);
  const affected = impact.affected;
  const integration = affected.filter((i) => isIntegrationUser(i.after));
  const apiForIntegration = integration.filter((i) => gains(i, MFA_API));
  if (apiForIntegration.length > 0) {
    messages.note(
      'MFA_API_FOR_INTEGRATION_USERS',
      'warning',
      { apiPermission, flows: HIGH_ASSURANCE_OAUTH_FLOWS },
      usersOf(apiForIntegration)
    );
  }
  const needingMfa = affected.filter((i) => gains(i, MFA_UI) || gains(i, MFA_API));
  const hasMethod = mfaMethodLookup(facts);
  if (hasMethod === null && needingMfa.length > 0) {
    messages.note('MFA_METHODS_NOT_CAPTURED', 'warning', {}, usersOf(needingMfa));
  } else if (hasMethod !== null) {
    const without = needingMfa.filter((i) => !hasMethod(i.user.Id));
    if (without.length > 0)
      messages.note('NO_MFA_METHOD_REGISTERED', 'warning', {}, usersOf(without));
  }
  const uiLost = integration.filter((i) => loses(i, MFA_UI));
  if (uiLost.length > 0) {
    messages.note('INTEGRATION_USERS_LOSE_UI_MFA', 'warning', { uiPermission }, usersOf(uiLost));
  }
  const uiGained = integration.filter((i) => gains(i, MFA_UI));
  if (uiGained.length > 0) {
    messages.note('UI_MFA_FOR_INTEGRATION_USERS', 'info', { uiPermission }, usersOf(uiGained));
  }
  const freeWithUi = affected.filter((i) => gains(i, MFA_UI) && isLimitedAccessFree(i.after));
  if (freeWithUi.length > 0) {
    messages.block(
      'LIMITED_ACCESS_FREE_GETS_UI_MFA',
      'licence',
      { uiPermission },
      null,
      usersOf(freeWithUi)
    );
  }
}

/** Adds the shared warnings and blockers; always ends with the org-wide setting info. */
export function sharedChecks(
  facts: Facts,
  impact: Impact,
  actingUserId: RecordId | null,
  messages: PlanMessages
): void {
  userWarnings(facts, impact, messages);
  lockoutChecks(facts, impact, actingUserId, messages);
  apiOnlyChecks(impact, actingUserId, messages);
  messages.note('ORG_MFA_SETTING_UNREADABLE', 'info');
}
