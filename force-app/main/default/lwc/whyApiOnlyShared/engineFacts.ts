import { validateSnapshot, type FactRecords, type Facts } from 'c/accessEngine';
import { toPermissionFields } from 'c/permissionFields';

function snapshotOf(
  apexFacts: Apex.AccessFacts,
  assigneeCounts?: Readonly<Record<string, number>>
) {
  return {
    schemaVersion: 1 as const,
    ...(apexFacts.capturedAt ? { capturedAt: apexFacts.capturedAt } : {}),
    records: {
      User: apexFacts.users ?? [],
      Profile: apexFacts.profiles ?? [],
      UserLicense: apexFacts.userLicenses ?? [],
      PermissionSet: apexFacts.permissionSets ?? [],
      PermissionSetAssignment: apexFacts.permissionSetAssignments ?? [],
      PermissionSetGroup: apexFacts.permissionSetGroups ?? [],
      PermissionSetGroupComponent: apexFacts.permissionSetGroupComponents ?? [],
      MutingPermissionSet: apexFacts.mutingPermissionSets ?? [],
      // Absent, not empty, when the caller could not read them: "not captured" to the engine.
      ...(apexFacts.twoFactorMethodsInfo
        ? { TwoFactorMethodsInfo: apexFacts.twoFactorMethodsInfo }
        : {})
    },
    ...(apexFacts.permissionFields
      ? { permissionFields: toPermissionFields(apexFacts.permissionFields) }
      : {}),
    // The server's assignee counts (getAssigneeCounts): one user's records alone would count
    // every group as 1.
    ...(assigneeCounts ? { assigneeCounts } : {})
  };
}

/**
 * One user's AccessFacts from Apex → the engine's facts, through the snapshot validation: a
 * record Apex could not fully read becomes one clear message instead of a wrong explanation.
 * `assigneeCounts` (AssigneeCounts.counts from getAssigneeCounts, when visible) become the
 * engine's Facts.assigneeCounts, validated too; without them fixes are not counted.
 */
export function toEngineFacts(
  apexFacts: Apex.AccessFacts,
  assigneeCounts?: Readonly<Record<string, number>>
): Facts {
  return validateSnapshot(snapshotOf(apexFacts, assigneeCounts));
}

/**
 * An org-wide page's AccessFacts → the engine's facts, without the link check: a page carries
 * only the sources of one permission, so an assignment may name a set the page left out (a
 * group whose aggregate does not grant it); the engine treats such a set as not captured.
 */
export function toPageFacts(apexFacts: Apex.AccessFacts): Facts {
  const snapshot = snapshotOf(apexFacts);
  return { ...snapshot, records: snapshot.records as unknown as FactRecords };
}

/** The user the facts explain: the one Apex names, else the requested one, else the only one. */
export function subjectOf(apexFacts: Apex.AccessFacts, requestedUserId: string | null): string {
  const only = apexFacts.users?.length === 1 ? apexFacts.users[0].Id : undefined;
  return apexFacts.subjectUserId ?? requestedUserId ?? only ?? '';
}
