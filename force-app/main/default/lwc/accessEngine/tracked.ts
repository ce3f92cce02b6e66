// The tracked permission fields, in display order. Must equal Apex TrackedPermissions.FIELD_NAMES
// (a unit test reads the Apex source and compares).
import type { Facts, PermissionFieldInfo } from './types';
export const TRACKED_PERMISSIONS = [
  'PermissionsApiUserOnly',
  'PermissionsApiEnabled',
  'PermissionsForceTwoFactor',
  'PermissionsTwoFactorApi',
  'PermissionsDelegatedTwoFactor',
  'PermissionsManageTwoFactor',
  'PermissionsBypassMFAForUiLogins',
  'PermissionsIsSsoEnabled'
] as const;

export type TrackedPermission = (typeof TRACKED_PERMISSIONS)[number];

export const API_USER_ONLY: TrackedPermission = 'PermissionsApiUserOnly';
export const MFA_UI: TrackedPermission = 'PermissionsForceTwoFactor';
export const MFA_API: TrackedPermission = 'PermissionsTwoFactorApi';

/** English labels (domain brief), used when the facts carry no describe. */
export const DEFAULT_LABELS: Readonly<Record<TrackedPermission, string>> = {
  PermissionsApiUserOnly: 'API Only User',
  PermissionsApiEnabled: 'API Enabled',
  PermissionsForceTwoFactor: 'Multi-Factor Authentication for User Interface Logins',
  PermissionsTwoFactorApi: 'Multi-Factor Authentication for API Logins',
  PermissionsDelegatedTwoFactor: 'Manage MFA in User Interface',
  PermissionsManageTwoFactor: 'Manage MFA in API',
  PermissionsBypassMFAForUiLogins: 'Waive Multi-Factor Authentication for Exempt Users',
  PermissionsIsSsoEnabled: 'Is Single Sign-On Enabled'
};

/** Tracked fields the org has (per its describe, when given), with the org's labels. */
export function reportedPermissions(facts: Facts): PermissionFieldInfo[] {
  const described = new Map((facts.permissionFields ?? []).map((info) => [info.fieldName, info]));
  return TRACKED_PERMISSIONS.map(
    (fieldName): PermissionFieldInfo =>
      described.get(fieldName) ?? {
        fieldName,
        label: DEFAULT_LABELS[fieldName],
        metadataName: fieldName.replace(/^Permissions/, ''),
        available: true
      }
  ).filter((info) => info.available);
}
