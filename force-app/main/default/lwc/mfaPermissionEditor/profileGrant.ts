// Turning an MFA permission on for a profile's users: Apex can't write profiles, so a set that
// grants it is created (or reused) and assigned to them, 200 users per call.
import createGrantingPermissionSet from '@salesforce/apex/MfaEditorController.createGrantingPermissionSet';
import assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import { PLAN_TEXTS, inSequence, planAssignments } from 'c/mfaEditorShared';
import type { Facts, MfaEditPlan, MfaField, ProfileGrantAction } from 'c/mfaEditorShared';

/** Apex assigns at most this many users per call. */
export const ASSIGN_BATCH = 200;

export function batches<T>(items: readonly T[], size: number = ASSIGN_BATCH): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

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

/** A reused granting set is assigned like any set: the engine checks licences and lockout. */
export function grantAssignmentBlockers(
  plan: MfaEditPlan,
  facts: Facts,
  actingUserId: string
): Record<string, string[]> {
  const blockers: Record<string, string[]> = {};
  for (const action of plan.profileActions) {
    if (action.kind !== 'grantThroughPermissionSet' || !action.permissionSet.id) continue;
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
    blockers[action.profileId] = assignment.blockers.map((blocker) => blocker.message);
  }
  return blockers;
}

/** Creates the set unless reused, then assigns it; stops when the set could not be made. */
export async function runProfileGrant(
  action: ProfileGrantAction,
  onStep: (done: number, total: number) => void
): Promise<Apex.MfaEditorResult[]> {
  const field = grantField(action);
  const userBatches = batches(action.assignUserIds);
  const steps = userBatches.length + (action.permissionSet.reuse ? 0 : 1);
  const results: Apex.MfaEditorResult[] = [];
  let permissionSetId = action.permissionSet.id;
  if (!action.permissionSet.reuse) {
    onStep(0, steps);
    const created = await createGrantingPermissionSet({
      field,
      name: action.permissionSet.name,
      label: action.permissionSet.label
    });
    results.push(created);
    permissionSetId = created.permissionSetId ?? null;
    if (created.success !== true || !permissionSetId) return results;
  }
  const offset = results.length;
  const assigned = await inSequence(userBatches, (userIds, index) => {
    onStep(offset + index, steps);
    return assignPermissionSet({ permissionSetId, userIds, expirationDate: null });
  });
  return [...results, ...assigned];
}
