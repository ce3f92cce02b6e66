import { baselineRecords, BASELINE_ADMIN_USER_ID, DeployError } from '../../src/platform/baseline';
import { parseXml, childText } from '../../src/platform/deployedMetadataXml';
import { ApexDatetime } from '../../src/values';
import { PERMISSIONS, fakeSchema } from './fakeOrg';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  removeProjectCopy,
  deployableProject,
  PROJECT_DIR,
  setAdminDescription
} from './projectCopy';

const ADMIN_SET_FILE = (dir: string) =>
  join(dir, 'force-app/main/default/permissionsets/Why_API_Only_Admin.permissionset-meta.xml');

const schema = fakeSchema();
const records = baselineRecords(schema, deployableProject());
const of = (object: string) => records.filter((r) => r.object === object).map((r) => r.fields);
const one = (object: string, field: string, value: unknown) => {
  const found = of(object).find((f) => f[field] === value);
  if (!found) throw new Error(`no ${object} with ${field} = ${String(value)}`);
  return found;
};

afterAll(removeProjectCopy);

describe('the baseline of a fresh scratch org', () => {
  it('gives every record an 18-character Id with its object key prefix, the same on every run', () => {
    const again = baselineRecords(schema, deployableProject());
    expect(again.map((r) => r.fields.Id)).toEqual(records.map((r) => r.fields.Id));
    for (const record of records) {
      const id = String(record.fields.Id);
      expect(id).toHaveLength(18);
      expect(id.slice(0, 3)).toBe(schema.object(record.object)?.keyPrefix);
    }
    expect(new Set(records.map((r) => r.fields.Id)).size).toBe(records.length);
  });

  it('has the Salesforce licences with their definition keys', () => {
    expect(one('UserLicense', 'Name', 'Salesforce').LicenseDefinitionKey).toBe('SFDC');
    expect(one('UserLicense', 'Name', 'Salesforce Platform').LicenseDefinitionKey).toBe('AUL');
    expect(one('UserLicense', 'Name', 'Salesforce Integration').Status).toBe('Active');
  });

  it('makes System Administrator the oldest profile, on the Salesforce licence', () => {
    const profiles = of('Profile');
    const oldest = [...profiles].sort(
      (a, b) => (a.CreatedDate as ApexDatetime).millis - (b.CreatedDate as ApexDatetime).millis
    )[0];
    expect(oldest.Name).toBe('System Administrator');
    expect(oldest.UserLicenseId).toBe(one('UserLicense', 'Name', 'Salesforce').Id);
    expect(oldest.UserType).toBe('Standard');
    const apiOnly = one('Profile', 'Name', 'Minimum Access - API Only Integrations');
    expect(apiOnly.UserLicenseId).toBe(one('UserLicense', 'Name', 'Salesforce Integration').Id);
    expect(apiOnly.PermissionsApiUserOnly).toBe(true);
  });

  it('gives profile rows the same permissions as their profile-owned permission sets', () => {
    for (const profile of of('Profile')) {
      const owned = one('PermissionSet', 'ProfileId', profile.Id);
      expect(owned).toMatchObject({ IsOwnedByProfile: true, Type: 'Profile' });
      expect(owned.Name).toBe(`X${String(profile.Id)}`);
      for (const field of PERMISSIONS) expect(owned[field]).toBe(profile[field]);
    }
  });

  it('sets every Permissions field of the schema on every permission set, false when not granted', () => {
    for (const set of of('PermissionSet')) {
      for (const field of PERMISSIONS) expect(typeof set[field]).toBe('boolean');
    }
    const minimum = one('Profile', 'Name', 'Minimum Access - Salesforce');
    expect(minimum.PermissionsViewSetup).toBe(false);
    expect(minimum.PermissionsApiEnabled).toBe(false);
  });

  it('runs the tests as an active System Administrator user in the Los Angeles time zone', () => {
    const admin = one('User', 'Id', BASELINE_ADMIN_USER_ID);
    const profile = one('Profile', 'Name', 'System Administrator');
    expect(admin).toMatchObject({
      Username: 'admin@whyapionly.scratch',
      ProfileId: profile.Id,
      IsActive: true,
      TimeZoneSidKey: 'America/Los_Angeles',
      LocaleSidKey: 'en_US'
    });
    const ownSet = one('PermissionSet', 'ProfileId', profile.Id);
    expect(one('PermissionSetAssignment', 'AssigneeId', admin.Id).PermissionSetId).toBe(ownSet.Id);
  });

  it("builds the project's admin permission set's object and field permissions from its XML", () => {
    const set = one('PermissionSet', 'Name', 'Why_API_Only_Admin');
    expect(set).toMatchObject({
      Label: 'Why API-Only? Admin',
      IsOwnedByProfile: false,
      HasActivationRequired: false,
      Type: 'Regular',
      PermissionsViewSetup: true
    });
    expect(String(set.Description)).toMatch(/^Why API-Only\? User plus/);
    const objects = of('ObjectPermissions').filter((o) => o.ParentId === set.Id);
    expect(objects).toHaveLength(2);
    expect(one('ObjectPermissions', 'ParentId', set.Id)).toBeDefined();
    const changeSets = objects.find((o) => o.SobjectType === 'MFA_Change_Set__c');
    expect(changeSets).toMatchObject({
      PermissionsRead: true,
      PermissionsCreate: false,
      PermissionsEdit: false,
      PermissionsDelete: false,
      PermissionsViewAllRecords: true,
      PermissionsModifyAllRecords: false
    });
    const parts = objects.find((o) => o.SobjectType === 'MFA_Change_Set_Part__c');
    expect(parts?.PermissionsEdit).toBe(false);
    const fields = of('FieldPermissions').filter((f) => f.ParentId === set.Id);
    expect(fields).toHaveLength(13);
    expect(fields.find((f) => f.Field === 'MFA_Change_Set__c.Kind__c')).toMatchObject({
      SobjectType: 'MFA_Change_Set__c',
      PermissionsRead: true,
      PermissionsEdit: false
    });
  });

  it('deploys one ApexClass per class and grants class and custom permission access by SetupEntityAccess', () => {
    const classes = of('ApexClass');
    const classFiles = readdirSync(join(PROJECT_DIR, 'force-app/main/default/classes')).filter(
      (name) => name.endsWith('.cls')
    );
    expect(classes.length).toBe(classFiles.length);
    const controller = one('ApexClass', 'Name', 'WhyApiOnlyController');
    expect(controller).toMatchObject({ Status: 'Active', NamespacePrefix: null, ApiVersion: 65 });
    const custom = one('CustomPermission', 'DeveloperName', 'Why_API_Only_Admin');
    expect(custom.MasterLabel).toBe('Why API-Only? Admin');
    const userSet = one('PermissionSet', 'Name', 'Why_API_Only_User');
    const adminSet = one('PermissionSet', 'Name', 'Why_API_Only_Admin');
    const access = of('SetupEntityAccess');
    const entitiesOf = (parentId: unknown) =>
      access.filter((a) => a.ParentId === parentId).map((a) => a.SetupEntityType);
    expect(entitiesOf(userSet.Id)).toEqual(['ApexClass', 'ApexClass']);
    expect(entitiesOf(adminSet.Id).filter((t) => t === 'ApexClass')).toHaveLength(4);
    expect(access).toContainEqual(
      expect.objectContaining({ ParentId: adminSet.Id, SetupEntityId: custom.Id })
    );
    expect(access).toContainEqual(
      expect.objectContaining({ ParentId: userSet.Id, SetupEntityId: controller.Id })
    );
  });

  it('fails the deploy when a permission set description is over 255 characters', () => {
    const dir = deployableProject();
    const original = readFileSync(ADMIN_SET_FILE(dir), 'utf8');
    try {
      setAdminDescription(dir, 'x'.repeat(261));
      expect(() => baselineRecords(schema, dir)).toThrow(DeployError);
      expect(() => baselineRecords(schema, dir)).toThrow(/max length=255, actual length=261/);
    } finally {
      writeFileSync(ADMIN_SET_FILE(dir), original);
    }
  });

  it('deploys the project as it is', () => {
    expect(() => baselineRecords(schema, PROJECT_DIR)).not.toThrow();
  });

  it('reads Prettier-split tags and entities in metadata XML', () => {
    const xml = parseXml('<?xml version="1.0"?><A><description\n  >a &amp; b</description></A>');
    expect(childText(xml, 'description')).toBe('a & b');
  });
});
