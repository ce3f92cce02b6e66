// What Apex receives for a previewed plan: the engine's diff (dependent changes included), each
// change with the row's LastModifiedDate and value as previewed, so a changed row is refused.
import type { MfaEditPlan, MfaField, ProfileGrantAction } from 'c/mfaEditorShared';

export function toApexChanges(plan: MfaEditPlan): Apex.MfaEditorChange[] {
  const lastModified = new Map(
    plan.rows.map((row) => [row.permissionSetId, row.expectedLastModified])
  );
  return plan.changes.map((change) => ({
    permissionSetId: change.permissionSetId,
    field: change.field,
    newValue: change.after,
    expectedValue: change.before,
    ...(lastModified.get(change.permissionSetId)
      ? { expectedLastModified: lastModified.get(change.permissionSetId) as string }
      : {})
  }));
}

/** Apex assigns at most this many users per call. */
export const ASSIGN_BATCH = 200;

export function batches<T>(items: readonly T[], size: number = ASSIGN_BATCH): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/**
 * The one field createGrantingPermissionSet is asked for: Apex grants one MFA permission per
 * set (MFA for API Logins brings MFA for UI Logins with it); null when the action needs more.
 */
export function grantField(action: ProfileGrantAction): MfaField | null {
  const fields = new Set(action.fields);
  if (fields.size === 1) return action.fields[0];
  const apiWithUi =
    fields.size === 2 &&
    fields.has('PermissionsTwoFactorApi') &&
    fields.has('PermissionsForceTwoFactor');
  return apiWithUi ? 'PermissionsTwoFactorApi' : null;
}
