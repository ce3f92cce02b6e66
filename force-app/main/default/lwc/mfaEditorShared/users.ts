// Users as the editor's pickers show them, from the facts Apex returned.
import type { Facts } from 'c/accessEngine';

export interface UserChoice {
  readonly id: string;
  readonly name: string;
  readonly username: string;
  readonly profileName: string;
  readonly licenseName: string;
}

/** Every user in the facts with profile and licence names, sorted by name. */
export function userChoices(facts: Facts): UserChoice[] {
  const records = facts.records;
  const licenses = new Map((records.UserLicense ?? []).map((row) => [row.Id, row.Name ?? '']));
  const profiles = new Map((records.Profile ?? []).map((row) => [row.Id, row]));
  return (records.User ?? [])
    .map((user) => {
      const profile = user.ProfileId ? profiles.get(user.ProfileId) : undefined;
      return {
        id: user.Id,
        name: user.Name ?? user.Username ?? user.Id,
        username: user.Username ?? '',
        profileName: profile?.Name ?? '',
        licenseName: profile?.UserLicenseId ? (licenses.get(profile.UserLicenseId) ?? '') : ''
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The users holding one set by a direct assignment (not through a group). */
export function directHolderIds(facts: Facts, permissionSetId: string): Set<string> {
  return new Set(
    (facts.records.PermissionSetAssignment ?? [])
      .filter((row) => row.PermissionSetId === permissionSetId && !row.PermissionSetGroupId)
      .map((row) => row.AssigneeId)
  );
}
