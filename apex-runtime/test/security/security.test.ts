import { baselineRecords, BASELINE_ADMIN_USER_ID } from '../../src/platform/baseline';
import { NotImplemented } from '../../src/errors';
import { OrgAccessChecker } from '../../src/platform/security';
import { ApexDatetime, type ApexValue } from '../../src/values';
import { FakeStore, fakeSchema } from './fakeOrg';
import { removeProjectCopy, deployableProject } from './projectCopy';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const schema = fakeSchema();
const baseline = baselineRecords(schema, deployableProject());

function org() {
  const store = new FakeStore(schema);
  for (const record of baseline) store.insert(record.object, record.fields);
  const access = new OrgAccessChecker(schema, store, () => NOW);
  const profileId = (name: string) => store.find('Profile', 'Name', name).get('id') as string;
  const user = (alias: string, profile = 'Minimum Access - Salesforce', active = true) =>
    store.insert('User', {
      LastName: alias,
      Username: `${alias}@example.com`,
      ProfileId: profileId(profile),
      IsActive: active
    });
  const permissionSet = (name: string, permissions: Record<string, ApexValue> = {}) =>
    store.insert('PermissionSet', {
      Name: name,
      Label: name,
      IsOwnedByProfile: false,
      HasActivationRequired: false,
      Type: 'Regular',
      ...permissions
    });
  const assign = (assigneeId: string, fields: Record<string, ApexValue>) =>
    store.insert('PermissionSetAssignment', { AssigneeId: assigneeId, ...fields });
  return { store, access, user, permissionSet, assign };
}

afterAll(removeProjectCopy);

describe('effective permissions in user mode', () => {
  it('lets a Minimum Access user with a set granting View Setup read PermissionSet but not assign it', () => {
    const { access, user, permissionSet, assign } = org();
    const viewer = user('viewer');
    expect(access.canAccessObject(viewer, 'PermissionSet', 'read')).toBe(false);
    assign(viewer, { PermissionSetId: permissionSet('Viewer', { PermissionsViewSetup: true }) });
    access.invalidate();
    expect(access.hasUserPermission(viewer, 'PermissionsViewSetup')).toBe(true);
    expect(access.canAccessObject(viewer, 'PermissionSet', 'read')).toBe(true);
    expect(access.canAccessObject(viewer, 'PermissionSetAssignment', 'read')).toBe(true);
    expect(access.canAccessObject(viewer, 'PermissionSetAssignment', 'create')).toBe(false);
    expect(access.canAccessObject(viewer, 'PermissionSetAssignment', 'delete')).toBe(false);
    expect(access.canAccessObject(viewer, 'PermissionSet', 'edit')).toBe(false);
  });

  it("grants a group member the group's last calculated aggregate, muting applied, even when Outdated", () => {
    const { store, access, user, permissionSet, assign } = org();
    const member = user('member');
    const component = permissionSet('Component', {
      PermissionsViewSetup: true,
      PermissionsManageUsers: true
    });
    const muting = store.insert('MutingPermissionSet', {
      DeveloperName: 'Mute',
      PermissionsManageUsers: true
    });
    const group = store.insert('PermissionSetGroup', { DeveloperName: 'G', Status: 'Outdated' });
    store.insert('PermissionSetGroupComponent', {
      PermissionSetGroupId: group,
      PermissionSetId: component
    });
    store.insert('PermissionSetGroupComponent', {
      PermissionSetGroupId: group,
      PermissionSetId: muting
    });
    const aggregate = permissionSet('Aggregate', {
      Type: 'Group',
      PermissionSetGroupId: group,
      PermissionsViewSetup: true,
      PermissionsManageUsers: false
    });
    assign(member, { PermissionSetGroupId: group, PermissionSetId: aggregate });
    expect(access.hasUserPermission(member, 'PermissionsViewSetup')).toBe(true);
    expect(access.hasUserPermission(member, 'PermissionsManageUsers')).toBe(false);
    expect(access.effectiveAccess(member).permissionSetIds).toContain(aggregate);
    expect(access.effectiveAccess(member).permissionSetIds).not.toContain(component);
  });

  it('gives an expired or revoked assignment nothing, and a future expiry everything', () => {
    const { access, user, permissionSet, assign } = org();
    const expired = user('expired');
    const revoked = user('revoked');
    const current = user('current');
    const set = permissionSet('Users', { PermissionsManageUsers: true });
    assign(expired, { PermissionSetId: set, ExpirationDate: new ApexDatetime(NOW - 1) });
    assign(revoked, { PermissionSetId: set, IsRevoked: true });
    assign(current, { PermissionSetId: set, ExpirationDate: new ApexDatetime(NOW + 60_000) });
    expect(access.hasUserPermission(expired, 'PermissionsManageUsers')).toBe(false);
    expect(access.hasUserPermission(revoked, 'ManageUsers')).toBe(false);
    expect(access.hasUserPermission(current, 'ManageUsers')).toBe(true);
  });

  it('grants a session-based set only once activated in a session', () => {
    const { store, access, user, permissionSet, assign } = org();
    const holder = user('holder');
    const set = permissionSet('Session', {
      HasActivationRequired: true,
      PermissionsViewSetup: true
    });
    assign(holder, { PermissionSetId: set });
    expect(access.hasUserPermission(holder, 'ViewSetup')).toBe(false);
    store.insert('SessionPermSetActivation', { UserId: holder, PermissionSetId: set });
    access.invalidate();
    expect(access.hasUserPermission(holder, 'ViewSetup')).toBe(true);
  });

  it('reaches a custom permission through an assigned permission set', () => {
    const { store, access, user, assign } = org();
    const delegate = user('delegate');
    expect(access.hasCustomPermission(delegate, 'Why_API_Only_Admin')).toBe(false);
    const adminSet = store.find('PermissionSet', 'Name', 'Why_API_Only_Admin').get('id') as string;
    assign(delegate, { PermissionSetId: adminSet });
    access.invalidate();
    expect(access.hasCustomPermission(delegate, 'why_api_only_admin')).toBe(true);
    expect(access.hasCustomPermission(BASELINE_ADMIN_USER_ID, 'Why_API_Only_Admin')).toBe(false);
  });

  it('gives the admin baseline user Manage Users, View Setup and Modify All Data from the profile', () => {
    const { access } = org();
    for (const permission of ['ManageUsers', 'ViewSetup', 'ModifyAllData', 'ViewAllData'])
      expect(access.hasUserPermission(BASELINE_ADMIN_USER_ID, permission)).toBe(true);
    expect(access.hasUserPermission(BASELINE_ADMIN_USER_ID, 'ApiUserOnly')).toBe(false);
    expect(access.canAccessObject(BASELINE_ADMIN_USER_ID, 'User', 'edit')).toBe(true);
    expect(access.canAccessObject(BASELINE_ADMIN_USER_ID, 'Account', 'delete')).toBe(true);
    expect(access.canAccessObject(BASELINE_ADMIN_USER_ID, 'TwoFactorMethodsInfo', 'read')).toBe(
      true
    );
  });

  it('gives an inactive user no access at all', () => {
    const { access, user } = org();
    const gone = user('gone', 'System Administrator', false);
    expect(access.hasUserPermission(gone, 'ModifyAllData')).toBe(false);
    expect(access.canAccessObject(gone, 'User', 'read')).toBe(false);
  });

  it("opens the project's custom objects and fields by the admin set's ObjectPermissions and FieldPermissions", () => {
    const { store, access, user, assign } = org();
    const delegate = user('fls');
    expect(access.canAccessObject(delegate, 'MFA_Change_Set__c', 'read')).toBe(false);
    const adminSet = store.find('PermissionSet', 'Name', 'Why_API_Only_Admin').get('id') as string;
    assign(delegate, { PermissionSetId: adminSet });
    access.invalidate();
    // The history is read-only to users: read, no create, edit or delete, fields read-only.
    expect(access.canAccessObject(delegate, 'MFA_Change_Set__c', 'read')).toBe(true);
    expect(access.canAccessObject(delegate, 'MFA_Change_Set__c', 'create')).toBe(false);
    expect(access.canAccessObject(delegate, 'MFA_Change_Set__c', 'delete')).toBe(false);
    expect(access.canAccessObject(delegate, 'MFA_Change_Set_Part__c', 'edit')).toBe(false);
    expect(access.canAccessField(delegate, 'MFA_Change_Set__c', 'Kind__c', 'read')).toBe(true);
    expect(access.canAccessField(delegate, 'MFA_Change_Set__c', 'Kind__c', 'edit')).toBe(false);
    // Name and the Id are not governed by FLS; a formula field without FieldPermissions is hidden.
    expect(access.canAccessField(delegate, 'MFA_Change_Set__c', 'Name', 'read')).toBe(true);
    expect(access.canAccessField(delegate, 'MFA_Change_Set__c', 'Id', 'read')).toBe(true);
    expect(access.canAccessField(delegate, 'MFA_Change_Set__c', 'Formula__c', 'read')).toBe(false);
    expect(
      access.canAccessField(BASELINE_ADMIN_USER_ID, 'MFA_Change_Set__c', 'Formula__c', 'read')
    ).toBe(true);
    expect(
      access.canAccessField(BASELINE_ADMIN_USER_ID, 'MFA_Change_Set__c', 'Formula__c', 'edit')
    ).toBe(false);
  });

  it('lets users read only their own LoginHistory unless they have Manage Users', () => {
    const { store, access, user } = org();
    const self = user('self');
    const mine = store.insert('LoginHistory', { UserId: self });
    const theirs = store.insert('LoginHistory', { UserId: BASELINE_ADMIN_USER_ID });
    const filter = access.rowFilter(self, 'LoginHistory');
    expect(filter?.(store.byId(mine)!.record)).toBe(true);
    expect(filter?.(store.byId(theirs)!.record)).toBe(false);
    expect(access.rowFilter(BASELINE_ADMIN_USER_ID, 'LoginHistory')).toBeNull();
    expect(access.canAccessObject(self, 'AuthSession', 'delete')).toBe(false);
  });

  it('keeps answers per user until invalidate(), when the store changed', () => {
    const { access, user, permissionSet, assign } = org();
    const later = user('later');
    expect(access.hasUserPermission(later, 'ViewSetup')).toBe(false);
    assign(later, { PermissionSetId: permissionSet('Later', { PermissionsViewSetup: true }) });
    expect(access.hasUserPermission(later, 'ViewSetup')).toBe(false);
    access.invalidate();
    expect(access.hasUserPermission(later, 'ViewSetup')).toBe(true);
  });

  it('throws NotImplemented for a setup object whose user-mode rules are not modelled', () => {
    const { access } = org();
    expect(() => access.canAccessObject(BASELINE_ADMIN_USER_ID, 'Group', 'read')).toThrow(
      NotImplemented
    );
  });
});
