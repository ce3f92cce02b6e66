// The acting admin's lockout rules, checked on their own evaluation before and after a plan.
import { labelOf } from './planFields';
import type { Impact } from './planImpact';
import type { MfaField } from './planTypes';
import { mfaMethodLookup } from './planMfaMethods';
import type { PlanMessages } from './planWarnings';
import { API_USER_ONLY, MFA_API } from './tracked';
import type { TrackedPermission } from './tracked';
import type { Facts, RecordId } from './types';

const MANAGE_MFA_FIELDS: readonly MfaField[] = [
  'PermissionsDelegatedTwoFactor',
  'PermissionsManageTwoFactor'
];

/**
 * The acting admin must keep what the editor needs. Blocked: losing either Manage MFA permission
 * (managing others' MFA, reading their methods); becoming API-only (no UI); gaining MFA for API
 * Logins without a registered strong method, or when the methods were not captured (their API
 * logins would fail). Apex's MfaEditorLockout applies the same rule to the write.
 */
export function lockoutChecks(
  facts: Facts,
  impact: Impact,
  actingUserId: RecordId | null,
  messages: PlanMessages
): void {
  if (!actingUserId) {
    messages.note('LOCKOUT_NOT_CHECKED', 'warning');
    return;
  }
  const pair = impact.evaluate(actingUserId);
  if (pair === null) {
    messages.block('UNKNOWN_ACTING_USER', 'badInput', { userId: actingUserId });
    return;
  }
  const user = pair.before.user.Username;
  const had = (field: TrackedPermission) => pair.before.effective.has(field);
  const has = (field: TrackedPermission) => pair.after.effective.has(field);
  for (const field of MANAGE_MFA_FIELDS) {
    if (had(field) && !has(field)) {
      messages.block('ADMIN_LOSES_MANAGE_MFA', 'lockout', {
        user,
        field,
        permission: labelOf(facts, field)
      });
    }
  }
  if (!had(API_USER_ONLY) && has(API_USER_ONLY)) {
    messages.block('ADMIN_BECOMES_API_ONLY', 'lockout', { user });
  }
  if (!had(MFA_API) && has(MFA_API)) {
    const hasMethod = mfaMethodLookup(facts);
    const apiPermission = labelOf(facts, MFA_API as MfaField);
    if (hasMethod === null) {
      messages.block('ACTING_USER_MFA_METHODS_UNKNOWN', 'lockout', { user, apiPermission });
    } else if (!hasMethod(actingUserId)) {
      messages.block('ADMIN_NEEDS_API_MFA_WITHOUT_METHOD', 'lockout', { user, apiPermission });
    }
  }
}

/**
 * Nobody else is made API-only unnamed: every other user who gains API Only User is listed in a
 * blocker the admin lifts only by confirming those users (an API-only user is turned away from
 * the user interface once MFA is registered). Apex's AccessChangeGuard refuses the same users
 * unless their Ids come confirmed with the write.
 */
export function apiOnlyChecks(
  impact: Impact,
  actingUserId: RecordId | null,
  messages: PlanMessages
): void {
  const madeApiOnly = impact.madeApiOnly.filter((user) => user.Id !== actingUserId);
  if (madeApiOnly.length > 0) {
    messages.block('USERS_BECOME_API_ONLY', 'confirm', {}, null, madeApiOnly);
  }
}
