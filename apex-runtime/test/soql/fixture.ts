// The records most SOQL tests query: two licences, two profiles, four users, three permission sets
// (one owned by a profile, one a group's aggregate), a group and the assignments between them.
import { ApexDatetime, ApexList, SObjectValue, type ApexValue } from '../../src/values';
import { FakeOrg } from './fakePlatform';

export function seededOrg() {
  const org = new FakeOrg();
  const salesforce = org.add('UserLicense', { Name: 'Salesforce' });
  const integration = org.add('UserLicense', { Name: 'Salesforce Integration' });
  const admin = org.add('Profile', { Name: 'System Administrator', UserLicenseId: salesforce });
  const apiOnly = org.add('Profile', {
    Name: 'Minimum Access - API Only Integrations',
    UserLicenseId: integration
  });
  const ada = org.add('User', {
    Name: 'Ada',
    Username: 'ada@x.test',
    IsActive: true,
    ProfileId: admin
  });
  const bob = org.add('User', {
    Name: 'bob',
    Username: 'bob@x.test',
    IsActive: true,
    ProfileId: apiOnly,
    ManagerId: ada
  });
  const cy = org.add('User', {
    Name: 'Cy',
    Username: 'cy@x.test',
    IsActive: false,
    ProfileId: admin,
    ManagerId: bob
  });
  const dee = org.add('User', {
    Name: 'Dee',
    Username: 'dee@x.test',
    IsActive: true,
    ProfileId: null
  });
  const group = org.add('PermissionSetGroup', { DeveloperName: 'Integrations', Status: 'Updated' });
  const adminSet = org.add('PermissionSet', {
    Name: 'X00ex',
    Label: 'admin profile',
    IsOwnedByProfile: true,
    ProfileId: admin,
    PermissionsApiUserOnly: false
  });
  const apiSet = org.add('PermissionSet', {
    Name: 'Api_Only',
    Label: 'API only',
    IsOwnedByProfile: false,
    PermissionsApiUserOnly: true
  });
  const groupSet = org.add('PermissionSet', {
    Name: 'Group_Aggregate',
    Label: 'group',
    IsOwnedByProfile: false,
    PermissionsApiUserOnly: true,
    PermissionSetGroupId: group
  });
  const assign = (user: string, set: string, extra: Record<string, ApexValue> = {}) =>
    org.add('PermissionSetAssignment', { AssigneeId: user, PermissionSetId: set, ...extra });
  const assignments = [
    assign(ada, adminSet),
    assign(cy, adminSet),
    assign(bob, apiSet, { ExpirationDate: new ApexDatetime(Date.UTC(2026, 0, 1)) }),
    assign(bob, groupSet, { PermissionSetGroupId: group }),
    assign(ada, apiSet)
  ];
  org.userId = ada;
  return {
    org,
    ids: {
      salesforce,
      integration,
      admin,
      apiOnly,
      ada,
      bob,
      cy,
      dee,
      group,
      adminSet,
      apiSet,
      groupSet
    },
    assignments
  };
}

export function records(value: ApexValue): SObjectValue[] {
  if (!(value instanceof ApexList)) throw new Error(`not a list: ${String(value)}`);
  return value.items as SObjectValue[];
}

/** One field of every record. */
export function column(value: ApexValue, field: string): ApexValue[] {
  return records(value).map((record) => record.get(field));
}
