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
 * Logins with no registered method (API logins fail). Unknown methods are a warning.
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
      messages.note('ACTING_USER_MFA_METHODS_UNKNOWN', 'warning', { user, apiPermission });
    } else if (!hasMethod(actingUserId)) {
      messages.block('ADMIN_NEEDS_API_MFA_WITHOUT_METHOD', 'lockout', { user, apiPermission });
    }
  }
}
