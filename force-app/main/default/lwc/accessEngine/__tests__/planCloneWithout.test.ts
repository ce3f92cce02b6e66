// planCloneWithout (seed 003, option 2) on the rollout org.
import { cloneApiName, planCloneWithout } from '../planCloneWithout';
import type { CloneContents } from '../planTypes';
import type { Facts, PermissionSetRecord } from '../types';
import { loadFixture } from './loadFixture';

const rollout = loadFixture('plan/rollout');
const ADA = '005000000000001AAA';
const CARA = '005000000000003AAA';
const GUS = '005000000000006AAA';
const KIM = '005000000000009AAA';
const MFA_FULL = '0PS000000000012AAA';

const codes = (messages: readonly { code: string }[]) => messages.map((message) => message.code);

function withSet(facts: Facts, set: PermissionSetRecord): Facts {
  return {
    ...facts,
    records: { ...facts.records, PermissionSet: [...(facts.records.PermissionSet ?? []), set] }
  };
}

describe('cloning a permission set without MFA for API Logins', () => {
  const plan = planCloneWithout(rollout, {
    permissionSetId: MFA_FULL,
    field: 'api',
    userIds: [GUS],
    actingUserId: ADA
  });

  it('names the clone <Name>_No_<metadata name> and keeps every other tracked value', () => {
    expect(plan.clone).toMatchObject({
      id: null,
      name: 'MFA_Full_No_TwoFactorApi',
      label: 'MFA Full (no TwoFactorApi)',
      reuse: false,
      licenseId: null,
      hasActivationRequired: false,
      permissions: { PermissionsForceTwoFactor: true, PermissionsTwoFactorApi: false }
    });
    expect(plan.removed.map((change) => [change.field, change.before, change.after])).toEqual([
      ['PermissionsTwoFactorApi', true, false]
    ]);
  });

  it("moves the chosen user's assignment: delete the original's, insert the clone's", () => {
    expect(plan.moves).toEqual([
      {
        userId: GUS,
        deleteAssignmentId: '0Pa000000000007AAA',
        insertAssignment: { AssigneeId: GUS, ExpirationDate: null }
      }
    ]);
  });

  it('affects the moved user, who loses MFA for API Logins and keeps MFA for UI Logins', () => {
    expect(plan.affectedUsers.sample).toEqual([
      expect.objectContaining({
        name: 'Gus Green',
        changes: [expect.objectContaining({ field: 'PermissionsTwoFactorApi', after: false })]
      })
    ]);
    expect(plan.blockers).toEqual([]);
  });
});

describe('cloning without MFA for UI Logins', () => {
  it('also leaves MFA for API Logins out of the clone, as a dependent change', () => {
    const plan = planCloneWithout(rollout, {
      permissionSetId: MFA_FULL,
      field: 'ui',
      userIds: [GUS]
    });
    expect(plan.removed.map((change) => [change.field, change.dependencyReason])).toEqual([
      ['PermissionsForceTwoFactor', null],
      ['PermissionsTwoFactorApi', 'UI_OFF_TURNS_API_OFF']
    ]);
    expect(plan.clone?.permissions).toMatchObject({
      PermissionsForceTwoFactor: false,
      PermissionsTwoFactorApi: false
    });
  });
});

describe('what the clone cannot do', () => {
  it('warns when a moved user keeps the permission from another source', () => {
    const plan = planCloneWithout(rollout, {
      permissionSetId: MFA_FULL,
      field: 'api',
      userIds: [KIM]
    });
    expect(plan.affectedUsers.count).toBe(0);
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'STILL_GRANTED_ELSEWHERE', userIds: [KIM] })
    );
  });

  it('blocks users without a direct assignment of the original, and unknown users', () => {
    const plan = planCloneWithout(rollout, {
      permissionSetId: MFA_FULL,
      field: 'api',
      userIds: [CARA, '005000000000099AAA']
    });
    expect(plan.blockers.map((b) => [b.code, b.category])).toEqual([
      ['UNKNOWN_USER', 'badInput'],
      ['USER_NOT_ASSIGNED', 'badInput']
    ]);
    expect(plan.moves).toEqual([]);
  });

  it('blocks cloning a set that does not grant the field', () => {
    const plan = planCloneWithout(rollout, {
      permissionSetId: '0PS000000000011AAA',
      field: 'api',
      userIds: []
    });
    expect(codes(plan.blockers)).toEqual(['CLONE_FIELD_ALREADY_OFF']);
  });

  it('blocks cloning a profile, a group aggregate or a managed set', () => {
    for (const id of ['0PS000000000005AAA', '0PS000000000015AAA', '0PS000000000016AAA']) {
      const plan = planCloneWithout(rollout, { permissionSetId: id, field: 'ui', userIds: [] });
      expect(plan.blockers.filter((b) => b.category === 'locked').map((b) => b.code)).toEqual([
        'NOT_CLONEABLE'
      ]);
    }
  });

  it('blocks an admin cloning away their own Manage MFA', () => {
    const plan = planCloneWithout(rollout, {
      permissionSetId: '0PS000000000018AAA',
      field: 'manage-ui',
      userIds: [ADA],
      actingUserId: ADA
    });
    expect(codes(plan.blockers)).toEqual(['ADMIN_LOSES_MANAGE_MFA']);
  });

  it('reports unknown sets and fields as bad input', () => {
    const plan = planCloneWithout(rollout, {
      permissionSetId: '0PS000000000099AAA',
      field: 'sso',
      userIds: [GUS]
    });
    expect(plan.clone).toBeNull();
    expect(codes(plan.blockers)).toEqual(['UNKNOWN_FIELD', 'UNKNOWN_PERMISSION_SET']);
  });
});

describe('the clone name', () => {
  it('stays within the 80-character API name limit without a trailing underscore', () => {
    const name = cloneApiName(`${'A'.repeat(60)}_B_${'C'.repeat(20)}`, 'PermissionsTwoFactorApi');
    expect(name).toHaveLength(80);
    expect(name.endsWith('_No_TwoFactorApi')).toBe(true);
    expect(cloneApiName(`${'A'.repeat(63)}_rest`, 'PermissionsTwoFactorApi')).toBe(
      `${'A'.repeat(63)}_No_TwoFactorApi`
    );
  });

  it('reuses an existing identical clone, and does not assign it twice to a user who has it', () => {
    const existing: PermissionSetRecord = {
      Id: '0PS000000000030AAA',
      Name: 'MFA_Full_No_TwoFactorApi',
      Label: 'Existing clone',
      Type: 'Regular',
      IsOwnedByProfile: false,
      IsCustom: true,
      PermissionsForceTwoFactor: true
    };
    const facts = withSet(rollout, existing);
    const withAssignment: Facts = {
      ...facts,
      records: {
        ...facts.records,
        PermissionSetAssignment: [
          ...(facts.records.PermissionSetAssignment ?? []),
          { Id: '0Pa000000000030AAA', AssigneeId: GUS, PermissionSetId: existing.Id }
        ]
      }
    };
    const plan = planCloneWithout(withAssignment, {
      permissionSetId: MFA_FULL,
      field: 'api',
      userIds: [GUS]
    });
    expect(plan.clone).toMatchObject({ id: existing.Id, reuse: true, label: 'Existing clone' });
    expect(plan.moves).toEqual([
      { userId: GUS, deleteAssignmentId: '0Pa000000000007AAA', insertAssignment: null }
    ]);
    expect(plan.affectedUsers.sample.map((user) => user.name)).toEqual(['Gus Green']);
  });

  it('picks another name when a different set already has it', () => {
    const other: PermissionSetRecord = {
      Id: '0PS000000000031AAA',
      Name: 'MFA_Full_No_TwoFactorApi',
      Type: 'Regular',
      IsOwnedByProfile: false,
      IsCustom: true,
      PermissionsApiUserOnly: true
    };
    const plan = planCloneWithout(withSet(rollout, other), {
      permissionSetId: MFA_FULL,
      field: 'api',
      userIds: [GUS]
    });
    expect(plan.clone).toMatchObject({ id: null, name: 'MFA_Full_No_TwoFactorApi_2' });
  });
});

describe('what the clone copies (Apex counts it: getCloneContents)', () => {
  const contents = (extra: Partial<CloneContents> = {}): CloneContents => ({
    permissionSetId: MFA_FULL,
    userPermissions: 1,
    objectPermissions: 2,
    fieldPermissions: 3,
    tabSettings: 1,
    setupEntityAccess: { ApexClass: 1 },
    notCopiedSetupEntityAccess: {},
    notCopiedPermissions: [],
    tooManyRows: false,
    maxCopiedRows: 5000,
    licenseId: null,
    usersLackingLicence: [],
    hasActivationRequired: false,
    hasDescription: false,
    ...extra
  });
  const request = { permissionSetId: MFA_FULL, field: 'api', userIds: [GUS], actingUserId: ADA };

  it('carries the counts into the plan and blocks nothing when everything is copied', () => {
    const plan = planCloneWithout(rollout, request, { cloneContents: contents() });
    expect(plan.contents).toMatchObject({
      objectPermissions: 2,
      setupEntityAccess: { ApexClass: 1 }
    });
    expect(plan.blockers).toEqual([]);
  });

  it('blocks the move when a kind of access cannot be copied, naming it with its count', () => {
    const plan = planCloneWithout(rollout, request, {
      cloneContents: contents({
        notCopiedSetupEntityAccess: { NamedCredential: 2 },
        notCopiedPermissions: ['Some Permission']
      })
    });
    expect(codes(plan.blockers)).toEqual(['CLONE_NOT_COPYABLE']);
    expect(plan.blockers[0].message).toBe(
      "MFA_Full carries what Apex can't copy to a clone (Some Permission, NamedCredential (2)): the users moved would lose it. Clone the set in Setup instead."
    );
  });

  it('blocks the move when more rows than one clone copies would have to be copied', () => {
    const plan = planCloneWithout(rollout, request, {
      cloneContents: contents({ tooManyRows: true })
    });
    expect(plan.blockers[0].params.notCopied).toBe('> 5000');
  });

  it('blocks moving a user who lacks the permission set licence the set needs', () => {
    const plan = planCloneWithout(rollout, request, {
      cloneContents: contents({ usersLackingLicence: [GUS.slice(0, 15)] })
    });
    expect(plan.blockers).toEqual([
      expect.objectContaining({
        code: 'CLONE_LICENCE_MISSING',
        category: 'licence',
        userIds: [GUS]
      })
    ]);
  });

  it('says when the contents were not read, and ignores counts of another set', () => {
    const plan = planCloneWithout(rollout, request, {
      cloneContents: contents({ permissionSetId: '0PS000000000011AAA', tooManyRows: true })
    });
    expect(plan.contents).toBeNull();
    expect(plan.blockers).toEqual([]);
    expect(codes(plan.warnings)).toContain('CLONE_CONTENTS_NOT_READ');
  });
});
