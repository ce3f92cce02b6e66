// The org's own labels of the permission fields (describe), read once per page load: labels
// differ between orgs and languages, so they are never literals.
import { loadPermissionFields } from 'c/permissionFields';

export const MFA_FIELDS = [
  'PermissionsForceTwoFactor',
  'PermissionsTwoFactorApi',
  'PermissionsDelegatedTwoFactor',
  'PermissionsManageTwoFactor'
] as const;
export const CONTEXT_FIELDS = ['PermissionsApiUserOnly', 'PermissionsApiEnabled'] as const;

let cached: Promise<ReadonlyMap<string, string>> | null = null;

export function fieldLabels(): Promise<ReadonlyMap<string, string>> {
  cached ??= loadPermissionFields().then(
    (fields) => new Map(fields.map((field) => [field.fieldName, field.label])),
    (error: unknown) => {
      cached = null;
      throw error;
    }
  );
  return cached;
}

/** A field's label, or its metadata name when describe did not name it. */
export function labelOf(labels: ReadonlyMap<string, string>, fieldName: string): string {
  return labels.get(fieldName) ?? fieldName.replace(/^Permissions/, '');
}
