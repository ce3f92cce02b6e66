import { validateSnapshot, type Facts } from 'c/accessEngine';
import { toPermissionFields } from 'c/permissionFields';

/**
 * Apex's AccessFacts → the engine's facts. The records go through the snapshot validation, so a
 * record Apex could not fully read becomes one clear message instead of a wrong explanation.
 */
export function toEngineFacts(apexFacts: Apex.AccessFacts): Facts {
  return validateSnapshot({
    schemaVersion: 1,
    capturedAt: apexFacts.capturedAt,
    records: {
      User: apexFacts.users ?? [],
      Profile: apexFacts.profiles ?? [],
      UserLicense: apexFacts.userLicenses ?? [],
      PermissionSet: apexFacts.permissionSets ?? [],
      PermissionSetAssignment: apexFacts.permissionSetAssignments ?? [],
      PermissionSetGroup: apexFacts.permissionSetGroups ?? [],
      PermissionSetGroupComponent: apexFacts.permissionSetGroupComponents ?? [],
      MutingPermissionSet: apexFacts.mutingPermissionSets ?? []
    },
    ...(apexFacts.permissionFields
      ? { permissionFields: toPermissionFields(apexFacts.permissionFields) }
      : {})
  });
}

/** The user the facts explain: the one Apex names, else the requested one, else the only one. */
export function subjectOf(apexFacts: Apex.AccessFacts, requestedUserId: string | null): string {
  const only = apexFacts.users?.length === 1 ? apexFacts.users[0].Id : undefined;
  return apexFacts.subjectUserId ?? requestedUserId ?? only ?? '';
}
