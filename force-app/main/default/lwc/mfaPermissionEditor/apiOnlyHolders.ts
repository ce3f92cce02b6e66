// "Assigned to API-only users": the engine's audit tells which holders are API-only (from every
// source: profile, sets, groups, muting); a row matches when one of them holds it.
import { auditOrg } from 'c/accessEngine';
import type { Facts } from 'c/mfaEditorShared';

export function rowsHeldByApiOnlyUsers(facts: Facts): Set<string> {
  const records = facts.records;
  const apiOnly = new Set(
    auditOrg(facts)
      .rows.filter((row) => row.isActive && row.apiOnly)
      .map((row) => row.userId)
  );
  const membersByGroup = new Map<string, string[]>();
  for (const component of records.PermissionSetGroupComponent ?? []) {
    const members = membersByGroup.get(component.PermissionSetGroupId) ?? [];
    membersByGroup.set(component.PermissionSetGroupId, [...members, component.PermissionSetId]);
  }
  const held = new Set<string>();
  for (const assignment of records.PermissionSetAssignment ?? []) {
    if (!apiOnly.has(assignment.AssigneeId)) continue;
    held.add(assignment.PermissionSetId);
    const members = assignment.PermissionSetGroupId
      ? (membersByGroup.get(assignment.PermissionSetGroupId) ?? [])
      : [];
    members.forEach((member) => held.add(member));
  }
  const apiOnlyProfiles = new Set(
    (records.User ?? []).filter((user) => apiOnly.has(user.Id)).map((user) => user.ProfileId)
  );
  for (const set of records.PermissionSet ?? []) {
    if (set.IsOwnedByProfile && set.ProfileId && apiOnlyProfiles.has(set.ProfileId)) {
      held.add(set.Id);
    }
  }
  return held;
}
