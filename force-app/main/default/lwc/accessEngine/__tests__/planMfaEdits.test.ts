// planMfaEdits scenarios on a small org: rows, dependencies, affected users, warnings, blockers.
import { planMfaEdits } from '../planMfaEdits';
import type { MfaEdit, MfaEditPlan } from '../planTypes';
import type { Facts } from '../types';
import { loadFixture } from './loadFixture';

const rollout = loadFixture('plan/rollout');
const ADA = '005000000000001AAA';
const CARA = '005000000000003AAA';

const MFA_USERS = '0PS000000000011AAA';
/** MFA_Users grants exactly MFA for UI Logins; Apex vouches for it as this app's grant set. */
const VOUCHED = { reusableGrantSets: { [MFA_USERS]: 'PermissionsForceTwoFactor' } };

function plan(edits: MfaEdit[], actingUserId: string | null = ADA, facts: Facts = rollout) {
  return planMfaEdits(facts, { edits, actingUserId }, VOUCHED);
}

function set(name: string, field: string, value: boolean): MfaEdit {
  return { permissionSetName: name, field, value };
}

const codes = (messages: readonly { code: string }[]) => messages.map((message) => message.code);
const affectedNames = (result: MfaEditPlan) => result.affectedUsers.sample.map((user) => user.name);

describe('turning MFA for API Logins on for a custom permission set', () => {
  const result = plan([set('Sales_Team', 'api', true)]);

  it('also turns MFA for UI Logins on, marked as a dependent change with its reason', () => {
    expect(result.changes).toEqual([
      expect.objectContaining({
        permissionSetName: 'Sales_Team',
        field: 'PermissionsForceTwoFactor',
        before: false,
        after: true,
        dependent: true,
        dependencyReason: 'MFA_API_REQUIRES_UI',
        dependencyMessage:
          'Multi-Factor Authentication for User Interface Logins turned on too: Multi-Factor Authentication for API Logins requires it.'
      }),
      expect.objectContaining({
        field: 'PermissionsTwoFactorApi',
        metadataName: 'TwoFactorApi',
        label: 'Multi-Factor Authentication for API Logins',
        dependent: false,
        dependencyReason: null
      })
    ]);
    expect(result.rows[0]).toMatchObject({ status: 'applicable', kind: 'permissionSet' });
  });

  it('counts active assignees whose effective values change, skipping inactive users', () => {
    expect(result.affectedUsers.count).toBe(4);
    expect(affectedNames(result)).toEqual(['Ben Baker', 'Cara Cole', 'Fay Free', 'Hal Hill']);
    expect(result.rows[0].affectedUserCount).toBe(4);
  });

  it('lists for each affected user only the permissions whose effective value changes', () => {
    const ben = result.affectedUsers.sample[0];
    expect(ben.changes).toEqual([
      {
        field: 'PermissionsTwoFactorApi',
        label: 'Multi-Factor Authentication for API Logins',
        before: false,
        after: true
      }
    ]);
  });

  it('blocks giving MFA for UI Logins to a Limited Access - Free user', () => {
    expect(result.blockers).toEqual([
      expect.objectContaining({
        code: 'LIMITED_ACCESS_FREE_GETS_UI_MFA',
        category: 'licence',
        userIds: ['005000000000005AAA']
      })
    ]);
  });

  it('warns about affected users without a registered MFA method, not counting temp codes', () => {
    const warning = result.warnings.find((w) => w.code === 'NO_MFA_METHOD_REGISTERED');
    expect(warning?.params).toMatchObject({ userCount: 3, users: 'Cara Cole, Fay Free, Hal Hill' });
  });

  it('always says the org-wide MFA setting cannot be read, as an info', () => {
    expect(result.warnings.at(-1)).toMatchObject({
      code: 'ORG_MFA_SETTING_UNREADABLE',
      severity: 'info'
    });
  });

  it('carries the row last modification seen, for the stale check in Apex', () => {
    expect(result.rows[0].expectedLastModified).toBe('2026-10-01T09:00:00.000Z');
    const given = planMfaEdits(rollout, {
      edits: [{ ...set('Sales_Team', 'api', true), expectedLastModified: '2026-10-02T00:00:00Z' }]
    });
    expect(given.rows[0].expectedLastModified).toBe('2026-10-02T00:00:00Z');
  });
});

describe('turning MFA for UI Logins on', () => {
  it('does not count users who already get it from another permission set', () => {
    const result = plan([set('Sales_Team', 'ui', true)]);
    expect(affectedNames(result)).toEqual(['Cara Cole', 'Fay Free']);
  });

  it('calls it good for integration users, as an info, not a warning', () => {
    const result = plan([set('Integration_Base', 'ui', true)]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'UI_MFA_FOR_INTEGRATION_USERS', severity: 'info' })
    );
    expect(codes(result.warnings)).not.toContain('MFA_API_FOR_INTEGRATION_USERS');
  });
});

describe('turning MFA for UI Logins off', () => {
  it('also turns MFA for API Logins off on that row', () => {
    const result = plan([set('MFA_Full', 'ui', false)]);
    expect(result.changes.map((c) => [c.field, c.after, c.dependencyReason])).toEqual([
      ['PermissionsForceTwoFactor', false, null],
      ['PermissionsTwoFactorApi', false, 'UI_OFF_TURNS_API_OFF']
    ]);
    expect(affectedNames(result)).toEqual(['Gus Green']);
  });

  it('skips values that are already set, leaving a no-change row and no diff', () => {
    const result = plan([set('MFA_Users', 'ui', true), set('MFA_Users', 'api', false)]);
    expect(result.rows[0]).toMatchObject({ status: 'noChange', changes: [] });
    expect(result.changes).toEqual([]);
    expect(result.affectedUsers.count).toBe(0);
  });
});

describe('integration users about to need MFA for API Logins (seed 003)', () => {
  const result = plan([set('Integration_Base', 'TwoFactorApi', true)]);

  it('warns that their username-and-password integrations break, naming the OAuth flows that work', () => {
    const warning = result.warnings.find((w) => w.code === 'MFA_API_FOR_INTEGRATION_USERS');
    expect(warning?.userIds).toEqual(['005000000000004AAA']);
    expect(warning?.message).toContain('web server, refresh token, user-agent, JWT bearer');
  });

  it('says the integration user has no registered method', () => {
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'NO_MFA_METHOD_REGISTERED', userIds: ['005000000000004AAA'] })
    );
  });

  it('says methods are unknown when TwoFactorMethodsInfo was not captured', () => {
    const records = { ...rollout.records };
    delete records.TwoFactorMethodsInfo;
    const uncaptured = plan([set('Integration_Base', 'api', true)], ADA, { ...rollout, records });
    expect(codes(uncaptured.warnings)).toContain('MFA_METHODS_NOT_CAPTURED');
    expect(codes(uncaptured.warnings)).not.toContain('NO_MFA_METHOD_REGISTERED');
  });

  it('warns when API-only users lose MFA for UI Logins', () => {
    const giving = plan([set('Integration_Base', 'ui', true)]);
    expect(giving.changes).toHaveLength(1);
    const facts: Facts = {
      ...rollout,
      records: {
        ...rollout.records,
        PermissionSet: rollout.records.PermissionSet?.map((ps) => {
          if (ps.Name !== 'Integration_Base') return ps;
          return { ...ps, PermissionsForceTwoFactor: true };
        })
      }
    };
    const taking = plan([set('Integration_Base', 'ui', false)], ADA, facts);
    expect(codes(taking.warnings)).toContain('INTEGRATION_USERS_LOSE_UI_MFA');
  });
});

describe('permission set groups', () => {
  it('counts a member set edit for the group users, and says the group is recalculated', () => {
    const result = plan([set('Support_Base', 'ui', true)]);
    expect(affectedNames(result)).toEqual(['Jo Jones']);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'GROUPS_RECALCULATED',
        params: { permissionSets: 'Support_Base', groups: 'Support_Bundle' }
      })
    );
  });

  it('does not count a permission the group muting set removes', () => {
    const result = plan([set('Support_Base', 'api', true)]);
    expect(result.affectedUsers.sample).toEqual([
      expect.objectContaining({
        name: 'Jo Jones',
        changes: [expect.objectContaining({ field: 'PermissionsForceTwoFactor', after: true })]
      })
    ]);
  });

  it('locks the group aggregate, named by the group DeveloperName', () => {
    const result = plan([set('Support_Bundle', 'ui', true)]);
    expect(result.rows[0]).toMatchObject({
      kind: 'groupAggregate',
      status: 'locked',
      lockReason: 'LOCKED_GROUP_AGGREGATE'
    });
    expect(result.changes).toEqual([]);
    expect(codes(result.blockers)).toEqual(['LOCKED_GROUP_AGGREGATE']);
  });
});

describe('locked rows', () => {
  it('locks managed-package and standard sets with their reason, and never applies them', () => {
    const result = plan([set('acme__Managed_MFA', 'ui', true), set('Standard_Set', 'ui', true)]);
    expect(result.rows.map((row) => [row.name, row.status, row.lockReason])).toEqual([
      ['Standard_Set', 'locked', 'LOCKED_STANDARD_SET'],
      ['acme__Managed_MFA', 'locked', 'LOCKED_MANAGED_PACKAGE']
    ]);
    expect(result.changes).toEqual([]);
    expect(result.affectedUsers.count).toBe(0);
    expect(result.blockers.map((b) => b.category)).toEqual(['locked', 'locked']);
    expect(result.blockers[0].message).toBe(
      'acme__Managed_MFA belongs to managed package acme: its permissions cannot be edited.'
    );
  });
});

describe('profiles', () => {
  it('turns ON into reusing a set granting exactly it, assigned to the profile active users without it', () => {
    const result = plan([set('Standard User', 'ui', true)]);
    expect(result.rows[0]).toMatchObject({ kind: 'profile', status: 'profileAction' });
    expect(result.changes).toEqual([]);
    expect(result.profileActions).toEqual([
      expect.objectContaining({
        kind: 'grantThroughPermissionSet',
        profileName: 'Standard User',
        permissionSet: {
          id: '0PS000000000011AAA',
          name: 'MFA_Users',
          label: 'MFA Users',
          reuse: true
        },
        // Ian Idle (005…8), inactive, is left out: a grant reaches the profile's active users.
        assignUserIds: [CARA, '005000000000006AAA', '005000000000010AAA']
      })
    ]);
    expect(affectedNames(result)).toEqual(['Cara Cole', 'Jo Jones']);
  });

  it('reuses no set Apex did not vouch for, even one granting exactly the permission: it plans a new one', () => {
    const result = planMfaEdits(rollout, {
      edits: [set('Standard User', 'ui', true)],
      actingUserId: ADA
    });
    expect(result.profileActions[0]).toMatchObject({
      permissionSet: { id: null, name: 'WhyApiOnly_ForceTwoFactor', reuse: false }
    });
  });

  it('reuses a vouched set only when it grants exactly the tracked permissions asked for', () => {
    // MFA_Full grants MFA for API Logins besides: not a set for a grant of MFA for UI Logins.
    const result = planMfaEdits(
      rollout,
      { edits: [set('Standard User', 'ui', true)], actingUserId: ADA },
      { reusableGrantSets: { '0PS000000000012AAA': 'PermissionsForceTwoFactor' } }
    );
    expect(result.profileActions[0]).toMatchObject({ permissionSet: { reuse: false } });
  });

  it('does not reuse a set the same plan changes', () => {
    const result = plan([set('Standard User', 'ui', true), set('MFA_Users', 'ui', false)]);
    expect(result.profileActions[0]).toMatchObject({
      permissionSet: { id: null, name: 'WhyApiOnly_ForceTwoFactor', reuse: false },
      assignUserIds: expect.arrayContaining(['005000000000002AAA'])
    });
  });

  it('proposes creating a set when none grants exactly the permission and its prerequisite', () => {
    const result = plan([set('Standard User', 'manage-api', true)]);
    expect(result.profileActions[0]).toMatchObject({
      fields: ['PermissionsManageTwoFactor'],
      permissionSet: { id: null, name: 'WhyApiOnly_ManageTwoFactor', reuse: false }
    });
    expect(result.profileActions[0].message).toBe(
      'Create permission set WhyApiOnly_ManageTwoFactor granting Manage MFA in API, and assign it to 5 user(s) of profile Standard User.'
    );
  });

  it('turns OFF into a Setup step with the exact metadata, and a warning that the plan does not do it', () => {
    const result = plan([set('Custom: Support', 'api', false)]);
    expect(result.profileActions).toEqual([
      expect.objectContaining({
        kind: 'changeInSetup',
        setupPath: 'Setup > Users > Profiles > Custom: Support > System Permissions > Edit',
        setupUrl: '/lightning/setup/EnhancedProfiles/page?address=%2F00e000000000005AAA',
        metadataXml:
          '<userPermissions><enabled>false</enabled><name>TwoFactorApi</name></userPermissions>'
      })
    ]);
    expect(codes(result.warnings)).toContain('PROFILE_CHANGE_IN_SETUP');
    // Kim Kay, the profile's only user, keeps it from permission set MFA_Full.
    expect(result.affectedUsers.count).toBe(0);
    expect(result.rows[0].affectedUserCount).toBe(0);
  });

  it('counts the profile users who lose a permission only the profile gives', () => {
    const result = plan([
      set('Custom: Support', 'manage-ui', true),
      set('Custom: Support', 'ui', false)
    ]);
    expect(result.profileActions.map((action) => action.kind)).toEqual([
      'grantThroughPermissionSet',
      'changeInSetup'
    ]);
    expect(affectedNames(result)).toEqual(['Kim Kay']);
    expect(result.affectedUsers.sample[0].changes.map((change) => change.field)).toEqual([
      'PermissionsDelegatedTwoFactor'
    ]);
  });

  it('blocks a profile grant that would reach a Limited Access - Free user', () => {
    const result = plan([set('Limited Access User', 'ui', true)]);
    expect(codes(result.blockers)).toEqual(['LIMITED_ACCESS_FREE_GETS_UI_MFA']);
  });
});

describe('the acting admin', () => {
  it('is blocked from removing their own Manage MFA permissions', () => {
    const result = plan([set('Admin_Tools', 'manage-ui', false)]);
    expect(result.blockers).toEqual([
      expect.objectContaining({ code: 'ADMIN_LOSES_MANAGE_MFA', category: 'lockout' })
    ]);
    expect(result.blockers[0].message).toBe(
      "You (ada@example.com) would lose Manage MFA in User Interface, which you need to manage other users' MFA (and to read their registered methods)."
    );
  });

  it('is blocked from needing MFA for API Logins with no registered method', () => {
    const result = plan([set('Sales_Team', 'ui', true), set('Sales_Team', 'api', true)], CARA);
    expect(codes(result.blockers)).toContain('ADMIN_NEEDS_API_MFA_WITHOUT_METHOD');
  });

  it('is not blocked when they have a registered method', () => {
    const result = plan([set('Admin_Tools', 'api', true)]);
    expect(result.blockers).toEqual([]);
  });

  it('is blocked from needing MFA for API Logins when the methods were not captured (Apex refuses it alike)', () => {
    const records = { ...rollout.records };
    delete records.TwoFactorMethodsInfo;
    const result = plan([set('Admin_Tools', 'api', true)], ADA, { ...rollout, records });
    expect(result.blockers).toEqual([
      expect.objectContaining({ code: 'ACTING_USER_MFA_METHODS_UNKNOWN', category: 'lockout' })
    ]);
  });

  it('gets a warning that lockout was not checked when no admin is given', () => {
    expect(codes(plan([set('MFA_Full', 'ui', false)], null).warnings)).toContain(
      'LOCKOUT_NOT_CHECKED'
    );
  });

  it('must be a user in the facts', () => {
    const result = plan([set('MFA_Full', 'ui', false)], '005000000000099AAA');
    expect(result.blockers).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_ACTING_USER', category: 'badInput' })
    ]);
  });
});

describe('bad input', () => {
  it('reports unknown names and fields once each, as bad input', () => {
    const result = plan([
      set('No_Such_Set', 'ui', true),
      set('No_Such_Set', 'api', true),
      set('Sales_Team', 'bogus', true)
    ]);
    expect(result.blockers.map((b) => [b.code, b.category])).toEqual([
      ['UNKNOWN_FIELD', 'badInput'],
      ['UNKNOWN_PERMISSION_SET', 'badInput']
    ]);
    expect(result.rows).toEqual([]);
  });

  it('finds a set by Id and merges it with the same set by name', () => {
    const result = plan([
      { permissionSetId: '0PS000000000010AAA', field: 'PermissionsForceTwoFactor', value: true },
      set('Sales_Team', 'ManageTwoFactor', true)
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.changes.map((c) => c.metadataName)).toEqual([
      'ForceTwoFactor',
      'ManageTwoFactor'
    ]);
  });

  it('blocks a row asked for MFA for API Logins on with MFA for UI Logins off', () => {
    const result = plan([set('Sales_Team', 'api', true), set('Sales_Team', 'ui', false)]);
    expect(result.rows[0]).toMatchObject({ status: 'conflict', changes: [] });
    expect(codes(result.blockers)).toEqual(['CONFLICTING_EDITS']);
    expect(result.changes).toEqual([]);
  });

  it('blocks a field asked both on and off', () => {
    const result = plan([
      set('Sales_Team', 'manage-ui', true),
      set('Sales_Team', 'manage-ui', false)
    ]);
    expect(result.blockers[0].params.detail).toBe('DelegatedTwoFactor both on and off');
  });

  it('blocks edits of a field the org does not have', () => {
    const facts: Facts = {
      ...rollout,
      permissionFields: [
        {
          fieldName: 'PermissionsManageTwoFactor',
          label: 'Manage MFA in API',
          metadataName: 'ManageTwoFactor',
          available: false
        }
      ]
    };
    expect(codes(plan([set('Sales_Team', 'manage-api', true)], ADA, facts).blockers)).toEqual([
      'FIELD_NOT_AVAILABLE'
    ]);
  });
});
