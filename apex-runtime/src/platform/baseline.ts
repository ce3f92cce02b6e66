// A fresh Developer Edition scratch org (config/project-scratch-def.json) as Apex tests see it:
// the user licences, the standard profiles with their profile-owned permission sets, the admin
// user who runs the tests, and the project's deployed metadata (deployedMetadata.ts). Records
// come with their Ids (key prefix from the schema) and are the same on every run.
import type { ApexValue } from '../values';
import type { Schema } from './contracts';
import { LICENCES, PROFILES, SYSTEM_ADMINISTRATOR } from './baselineProfiles';
import { BaselineRows, baselineId, type BaselineRecord } from './baselineRows';
import { addDeployedMetadata } from './deployedMetadata';
import { fieldPermissionName, isPermissionableField } from './securityFields';

export type { BaselineRecord } from './baselineRows';
export { BASELINE_ID_MARKER, DeployError, baselineId } from './baselineRows';

/** User's key prefix is fixed by the platform ('005'); the admin user is the first User. */
export const BASELINE_ADMIN_USER_ID = baselineId('005', 1);
export const BASELINE_ADMIN_USERNAME = 'admin@whyapionly.scratch';
/** When the scratch org was created (baseline CreatedDate): 2026-01-05 09:00 GMT. */
export const BASELINE_ORG_CREATED = Date.UTC(2026, 0, 5, 9, 0, 0);

export interface BaselineOptions {
  /** Milliseconds of the org's creation (default BASELINE_ORG_CREATED). */
  createdAt?: number;
}

export function baselineRecords(
  schema: Schema,
  projectDir: string,
  options: BaselineOptions = {}
): BaselineRecord[] {
  const userPrefix = schema.object('User')?.keyPrefix;
  if (userPrefix !== undefined && userPrefix !== '005') {
    throw new Error(`baseline: User key prefix is '${userPrefix}', expected '005'`);
  }
  const rows = new BaselineRows(
    schema,
    BASELINE_ADMIN_USER_ID,
    options.createdAt ?? BASELINE_ORG_CREATED
  );
  const licenceIds = addLicences(rows);
  const profiles = addProfiles(rows, licenceIds);
  const admin = profiles.get(SYSTEM_ADMINISTRATOR);
  if (!admin) throw new Error('baseline: no System Administrator profile');
  addAdminUser(rows, admin);
  addDeployedMetadata(rows, projectDir, licenceIds);
  return rows.records;
}

function addLicences(rows: BaselineRows): Map<string, string> {
  const ids = new Map<string, string>();
  for (const licence of LICENCES) {
    const id = rows.add('UserLicense', {
      Name: licence.name,
      MasterLabel: licence.name,
      LicenseDefinitionKey: licence.key,
      Status: 'Active',
      TotalLicenses: licence.total,
      UsedLicenses: licence.used
    });
    if (id) ids.set(licence.name, id);
  }
  return ids;
}

interface BaselineProfile {
  profileId: string;
  permissionSetId: string | null;
}

function addProfiles(
  rows: BaselineRows,
  licenceIds: Map<string, string>
): Map<string, BaselineProfile> {
  const profiles = new Map<string, BaselineProfile>();
  for (const definition of PROFILES) {
    const licenceId = licenceIds.get(definition.licence) ?? null;
    const profileId = rows.add('Profile', {
      Name: definition.name,
      UserLicenseId: licenceId,
      UserType: definition.userType,
      Description: definition.description,
      ...rows.permissionValues('Profile', definition.permissions)
    });
    if (!profileId) throw new Error('baseline: the schema has no Profile object');
    // The platform names a profile's own set after the profile's Id: 'X' + Id; its Label is
    // the Id (unverified: seen in orgs, not documented).
    const permissionSetId = rows.add('PermissionSet', {
      Name: `X${profileId}`,
      Label: profileId,
      IsOwnedByProfile: true,
      IsCustom: false,
      ProfileId: profileId,
      Type: 'Profile',
      LicenseId: licenceId,
      NamespacePrefix: null,
      HasActivationRequired: false,
      ...rows.permissionValues('PermissionSet', definition.permissions)
    });
    if (permissionSetId) {
      for (const [objectName, level] of Object.entries(definition.objects)) {
        if (rows.has(objectName)) rows.addObjectPermission(permissionSetId, objectName, level);
      }
      if (definition.customObjectsFullAccess) addCustomObjectsAccess(rows, permissionSetId);
    }
    profiles.set(definition.name, { profileId, permissionSetId });
  }
  return profiles;
}

/**
 * A deploy gives the System Administrator profile full access to each new custom object and
 * its fields (modelled: see docs/security.md).
 */
function addCustomObjectsAccess(rows: BaselineRows, parentId: string): void {
  const full = {
    read: true,
    create: true,
    edit: true,
    delete: true,
    viewAll: true,
    modifyAll: true
  };
  for (const object of rows.schema.objects()) {
    if (!object.custom || object.setup) continue;
    rows.addObjectPermission(parentId, object.name, full);
    for (const field of object.fields.values()) {
      if (!field.custom || !isPermissionableField(field)) continue;
      rows.add('FieldPermissions', {
        ParentId: parentId,
        SobjectType: object.name,
        Field: fieldPermissionName(object, field),
        PermissionsRead: true,
        PermissionsEdit: !field.calculated && (field.updateable || field.createable)
      });
    }
  }
}

function addAdminUser(rows: BaselineRows, admin: BaselineProfile): void {
  const values: Record<string, ApexValue> = {
    Username: BASELINE_ADMIN_USERNAME,
    FirstName: 'User',
    LastName: 'User',
    Name: 'User User',
    Alias: 'UUser',
    Email: BASELINE_ADMIN_USERNAME,
    CommunityNickname: 'User',
    ProfileId: admin.profileId,
    IsActive: true,
    UserType: 'Standard',
    TimeZoneSidKey: 'America/Los_Angeles',
    LocaleSidKey: 'en_US',
    LanguageLocaleKey: 'en_US',
    EmailEncodingKey: 'UTF-8',
    CompanyName: 'Why API-Only? development',
    UserRoleId: null
  };
  const id = rows.add('User', values);
  if (id !== BASELINE_ADMIN_USER_ID)
    throw new Error('baseline: the admin user must be the first User');
  // Every user holds an assignment of their profile's own set (queries on
  // PermissionSetAssignment with PermissionSet.IsOwnedByProfile = true find them).
  if (admin.permissionSetId) {
    rows.add('PermissionSetAssignment', {
      AssigneeId: id,
      PermissionSetId: admin.permissionSetId,
      PermissionSetGroupId: null,
      ExpirationDate: null,
      IsActive: true,
      IsRevoked: false
    });
  }
}
