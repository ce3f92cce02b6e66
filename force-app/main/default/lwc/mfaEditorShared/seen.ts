// What a write sends of the sets its preview was planned from: each set's SystemModstamp and
// tracked values, as read. Apex compares them with the set as it is then (requireAsSeen) and
// refuses, naming what changed; the time alone is blind within one second.
import { TRACKED_PERMISSIONS } from 'c/accessEngine';
import type { Facts } from 'c/accessEngine';

export function seenSetOf(facts: Facts, permissionSetId: string): Apex.MfaEditorSeenSet | null {
  const row = (facts.records.PermissionSet ?? []).find((set) => set.Id === permissionSetId);
  if (!row?.SystemModstamp) return null;
  const values = row as unknown as Readonly<Record<string, unknown>>;
  const permissionValues: Record<string, boolean> = {};
  for (const field of TRACKED_PERMISSIONS) {
    if (field in values) permissionValues[field] = values[field] === true;
  }
  return { permissionSetId, systemModstamp: row.SystemModstamp, permissionValues };
}
