// Turning an MFA permission on for a profile's users: Apex can't write profiles, so a set that
// grants it is created (or reused) and assigned to them, in one call: one change set, one
// transaction, all or nothing (Apex refuses more users than one change set holds, and users
// that are not exactly the profile's active users without the set: a stale preview).
import createGrantingPermissionSet from '@salesforce/apex/MfaEditorController.createGrantingPermissionSet';
import { PLAN_TEXTS, planAssignments } from 'c/mfaEditorShared';
import type { Facts, MfaEditPlan, MfaField, ProfileGrantAction } from 'c/mfaEditorShared';

export function grantActionFor(
  plan: MfaEditPlan,
  profileId: string
): ProfileGrantAction | undefined {
  return plan.profileActions.find(
    (action): action is ProfileGrantAction =>
      action.kind === 'grantThroughPermissionSet' && action.profileId === profileId
  );
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

/**
 * What blocks each profile grant, its own change set: its size (the engine's TOO_MANY_ROWS), a
 * preview that holds only some of the profile's users (PROFILE_USERS_NOT_ALL_LOADED), and for a
 * reused granting set what assigning it would meet (licences and lockout, checked by
 * the engine like any assignment).
 */
export function grantAssignmentBlockers(
  plan: MfaEditPlan,
  facts: Facts,
  actingUserId: string
): Record<string, string[]> {
  const blockers: Record<string, string[]> = {};
  for (const action of plan.profileActions) {
    if (action.kind !== 'grantThroughPermissionSet') continue;
    const own = action.blockers.map((blocker) => blocker.message);
    if (own.length > 0) blockers[action.profileId] = own;
    if (!action.permissionSet.id) continue;
    const assignment = planAssignments(
      facts,
      {
        permissionSetId: action.permissionSet.id,
        userIds: action.assignUserIds,
        action: 'assign',
        actingUserId
      },
      { texts: PLAN_TEXTS }
    );
    blockers[action.profileId] = [...own, ...assignment.blockers.map((blocker) => blocker.message)];
  }
  return blockers;
}

/** Creates the set (Apex reuses an identical one of that name) and assigns it, in one call. */
export function runProfileGrant(action: ProfileGrantAction): Promise<Apex.MfaEditorResult> {
  return createGrantingPermissionSet({
    field: grantField(action),
    name: action.permissionSet.name,
    label: action.permissionSet.label,
    profileId: action.profileId,
    userIds: [...action.assignUserIds]
  });
}
