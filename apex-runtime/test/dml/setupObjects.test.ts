import { idSuffix } from '../../src/equality';
import { NotImplemented } from '../../src/errors';
import { ADMIN_ID, ALL_OR_NONE, PARTIAL, PROFILE_ID, sobject, testOrg, thrown } from './fixtures';

const PROFILE_SET_ID = '0PS000000000001' + idSuffix('0PS000000000001');
const user = (username: string) =>
  sobject('User', { Username: username, LastName: 'U', ProfileId: PROFILE_ID });
const permissionSet = (name: string, permissions: Record<string, boolean> = {}) =>
  sobject('PermissionSet', { Name: name, Label: name, ...permissions });

describe('mixed DML', () => {
  it('refuses DML on a setup object after DML on a non-setup object, with the platform text', () => {
    const { dml } = testOrg();
    dml.insert([sobject('Widget__c', { Name: 'w' })], ALL_OR_NONE);
    const error = thrown(() => dml.insert([user('u1@x.test')], ALL_OR_NONE));
    expect(error.message).toBe(
      'Insert failed. First exception on row 0; first error: MIXED_DML_OPERATION, DML ' +
        'operation on setup object is not permitted after you have updated a non-setup object ' +
        '(or vice versa): User, original object: Widget__c: []'
    );
  });

  it('refuses the reverse order too', () => {
    const { dml } = testOrg();
    dml.insert([permissionSet('PS_Mixed')], ALL_OR_NONE);
    const error = thrown(() => dml.insert([sobject('Widget__c', { Name: 'w' })], ALL_OR_NONE));
    expect(error.dmlErrors[0].statusCode).toBe('MIXED_DML_OPERATION');
  });

  it('allows the other kind inside a System.runAs block and after it', () => {
    const { dml } = testOrg();
    dml.insert([user('u2@x.test')], ALL_OR_NONE);
    dml.beginRunAs();
    expect(dml.insert([sobject('Widget__c', { Name: 'w' })], ALL_OR_NONE)[0].success).toBe(true);
    dml.endRunAs();
    expect(dml.insert([permissionSet('PS_After')], ALL_OR_NONE)[0].success).toBe(true);
  });

  it('starts over in a new transaction', () => {
    const { dml } = testOrg();
    dml.insert([sobject('Widget__c', { Name: 'w' })], ALL_OR_NONE);
    dml.newTransaction();
    expect(dml.insert([permissionSet('PS_New')], ALL_OR_NONE)[0].success).toBe(true);
  });
});

describe('objects and operations DML may not touch', () => {
  it('refuses inserting a Profile with a TypeException', () => {
    const { dml } = testOrg();
    const error = thrown(() => dml.insert([sobject('Profile', { Name: 'P' })], ALL_OR_NONE));
    expect(error.typeName).toBe('TypeException');
    expect(error.message).toBe('DML operation INSERT not allowed on Profile');
  });

  it('refuses deleting a User: users are deactivated instead', () => {
    const { dml } = testOrg();
    expect(thrown(() => dml.delete([ADMIN_ID], ALL_OR_NONE)).message).toBe(
      'DML operation DELETE not allowed on User'
    );
    const deactivated = sobject('User', { Id: ADMIN_ID, IsActive: false });
    expect(dml.update([deactivated], ALL_OR_NONE)[0].success).toBe(true);
  });

  it('refuses updating a PermissionSetGroupComponent', () => {
    const { dml } = testOrg();
    const row = sobject('PermissionSetGroupComponent', {
      Id: '0PM000000000001' + idSuffix('0PM000000000001')
    });
    expect(thrown(() => dml.update([row], ALL_OR_NONE)).message).toBe(
      'DML operation UPDATE not allowed on PermissionSetGroupComponent'
    );
  });

  it('refuses changing the permissions of a profile-owned permission set with a row error', () => {
    const { dml, store } = testOrg();
    store.load('PermissionSet', {
      Id: PROFILE_SET_ID,
      Name: 'X00ex',
      Label: 'X00ex',
      IsOwnedByProfile: true,
      ProfileId: PROFILE_ID
    });
    const edit = sobject('PermissionSet', { Id: PROFILE_SET_ID, PermissionsViewSetup: true });
    const [result] = dml.update([edit], PARTIAL);
    expect(result.success).toBe(false);
    expect(result.errors[0].statusCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    expect(() => dml.update([edit], ALL_OR_NONE)).toThrow(/profile/);
  });
});

describe('unique values', () => {
  it('refuses a second user with the same username, ignoring case', () => {
    const { dml } = testOrg();
    const [result] = dml.insert([user('ADMIN@example.test')], PARTIAL);
    expect(result.errors[0]).toMatchObject({
      statusCode: 'DUPLICATE_USERNAME',
      fields: ['Username']
    });
  });

  it('refuses a second assignment of the same set to the same user, also within one statement', () => {
    const { dml } = testOrg();
    const set = permissionSet('PS_Twice');
    dml.insert([set], ALL_OR_NONE);
    const assignment = () =>
      sobject('PermissionSetAssignment', { AssigneeId: ADMIN_ID, PermissionSetId: set.get('Id') });
    const results = dml.insert([assignment(), assignment()], PARTIAL);
    expect(results[0].success).toBe(true);
    expect(results[1].errors[0].statusCode).toBe('DUPLICATE_VALUE');
  });
});

describe('permission dependencies', () => {
  it('refuses MFA for API Logins without MFA for UI Logins, with the labels', () => {
    const { dml } = testOrg();
    const error = thrown(() =>
      dml.insert([permissionSet('PS_Api', { PermissionsTwoFactorApi: true })], ALL_OR_NONE)
    );
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'FIELD_INTEGRITY_EXCEPTION',
      message:
        'Permission Multi-Factor Authentication for API Logins depends on permission(s): ' +
        'Multi-Factor Authentication for User Interface Logins'
    });
    const both = permissionSet('PS_Both', {
      PermissionsTwoFactorApi: true,
      PermissionsForceTwoFactor: true
    });
    expect(dml.insert([both], ALL_OR_NONE)[0].success).toBe(true);
  });

  it('applies the same rule to a muting permission set', () => {
    const { dml } = testOrg();
    const muting = sobject('MutingPermissionSet', {
      DeveloperName: 'M',
      MasterLabel: 'M',
      PermissionsTwoFactorApi: true
    });
    expect(dml.insert([muting], PARTIAL)[0].errors[0].statusCode).toBe('FIELD_INTEGRITY_EXCEPTION');
  });
});

describe('permission set groups', () => {
  function groupWith(org: ReturnType<typeof testOrg>, memberIds: unknown[]) {
    const group = sobject('PermissionSetGroup', { DeveloperName: 'G', MasterLabel: 'G' });
    org.dml.insert([group], ALL_OR_NONE);
    const components = memberIds.map((id) =>
      sobject('PermissionSetGroupComponent', {
        PermissionSetGroupId: group.get('Id'),
        PermissionSetId: id as string
      })
    );
    org.dml.insert(components, ALL_OR_NONE);
    return group;
  }
  const status = (org: ReturnType<typeof testOrg>, id: unknown) =>
    org.store.byId(id as string)?.record.get('status');

  it('creates the aggregate set on insert and marks the group Outdated when a component is added', () => {
    const org = testOrg();
    const member = permissionSet('PS_Member', { PermissionsApiUserOnly: true });
    org.dml.insert([member], ALL_OR_NONE);
    const group = sobject('PermissionSetGroup', { DeveloperName: 'G', MasterLabel: 'G' });
    org.dml.insert([group], ALL_OR_NONE);
    expect(status(org, group.get('Id'))).toBe('Updated');
    const aggregate = [...org.store.rows('PermissionSet')].find((r) => r.get('type') === 'Group');
    expect(aggregate?.get('permissionsetgroupid')).toBe(group.get('Id'));
    expect(aggregate?.get('isownedbyprofile')).toBe(false);
    org.dml.insert(
      [
        sobject('PermissionSetGroupComponent', {
          PermissionSetGroupId: group.get('Id'),
          PermissionSetId: member.get('Id')
        })
      ],
      ALL_OR_NONE
    );
    expect(status(org, group.get('Id'))).toBe('Outdated');
    expect(aggregate?.get('permissionsapiuseronly')).toBe(false);
  });

  it('recalculates the aggregate as the OR of members minus the muting set', () => {
    const org = testOrg();
    const a = permissionSet('PS_A', { PermissionsApiUserOnly: true });
    const b = permissionSet('PS_B', { PermissionsViewSetup: true });
    const muting = sobject('MutingPermissionSet', {
      DeveloperName: 'Mute',
      MasterLabel: 'Mute',
      PermissionsApiUserOnly: true
    });
    org.dml.insert([a, b, muting], ALL_OR_NONE);
    const group = groupWith(org, [a.get('Id'), b.get('Id'), muting.get('Id')]);
    org.dml.calculatePermissionSetGroup([group.get('Id') as string]);
    expect(status(org, group.get('Id'))).toBe('Updated');
    const aggregate = [...org.store.rows('PermissionSet')].find((r) => r.get('type') === 'Group');
    expect(aggregate?.get('permissionsviewsetup')).toBe(true);
    expect(aggregate?.get('permissionsapiuseronly')).toBe(false);
    expect(org.access.invalidations).toBeGreaterThan(0);
  });

  it('assigns a group through its aggregate set, and refuses assigning an Outdated group', () => {
    const org = testOrg();
    const member = permissionSet('PS_M');
    org.dml.insert([member], ALL_OR_NONE);
    const group = groupWith(org, [member.get('Id')]);
    const assignment = () =>
      sobject('PermissionSetAssignment', {
        AssigneeId: ADMIN_ID,
        PermissionSetGroupId: group.get('Id')
      });
    expect(() => org.dml.insert([assignment()], ALL_OR_NONE)).toThrow(NotImplemented);
    org.dml.calculatePermissionSetGroup([group.get('Id') as string]);
    const row = assignment();
    org.dml.insert([row], ALL_OR_NONE);
    const aggregate = [...org.store.rows('PermissionSet')].find((r) => r.get('type') === 'Group');
    expect(org.store.byId(row.get('Id') as string)?.record.get('permissionsetid')).toBe(
      aggregate?.get('id')
    );
  });

  it('marks the group Outdated when a member set changes or a component is deleted', () => {
    const org = testOrg();
    const member = permissionSet('PS_Edit');
    org.dml.insert([member], ALL_OR_NONE);
    const group = groupWith(org, [member.get('Id')]);
    org.dml.calculatePermissionSetGroup([group.get('Id') as string]);
    member.set('PermissionsViewSetup', true);
    org.dml.update([member], ALL_OR_NONE);
    expect(status(org, group.get('Id'))).toBe('Outdated');
    org.dml.calculatePermissionSetGroup([group.get('Id') as string]);
    const component = [...org.store.rows('PermissionSetGroupComponent')][0];
    org.dml.delete([component.get('id') as string], ALL_OR_NONE);
    expect(status(org, group.get('Id'))).toBe('Outdated');
  });

  it('refuses deleting a permission set that is assigned or in a group', () => {
    const org = testOrg();
    const member = permissionSet('PS_InGroup');
    org.dml.insert([member], ALL_OR_NONE);
    groupWith(org, [member.get('Id')]);
    const [result] = org.dml.delete([member], PARTIAL);
    expect(result.errors[0]).toMatchObject({ statusCode: 'DELETE_FAILED' });
    expect(result.errors[0].message).toMatch(/permission set group/);
  });
});

describe('setup entity access', () => {
  it('takes SetupEntityType from the entity SetupEntityId names', () => {
    const { dml, store } = testOrg();
    const [set] = dml.insert([permissionSet('PS_Entity')], ALL_OR_NONE);
    const classId = '01p000000000001' + idSuffix('01p000000000001');
    store.load('ApexClass', { Id: classId, Name: 'AccessAuthority' });
    const [access] = dml.insert(
      [sobject('SetupEntityAccess', { ParentId: set.id, SetupEntityId: classId })],
      ALL_OR_NONE
    );
    expect(access.success).toBe(true);
    const stored = [...store.rows('SetupEntityAccess')].find((row) => row.get('id') === access.id);
    expect(stored?.get('setupentitytype')).toBe('ApexClass');
  });
});
