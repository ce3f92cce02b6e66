// Groups: muting, stale or failed aggregates, and the MFA rules that muting can break.
import { explainUser } from '../accessEngine';
import type { Explanation, Facts, Finding, Source } from '../accessEngine';
import { loadFixture } from './loadFixture';

const groups = loadFixture('groups');

function sourcesOf(explanation: Explanation, field: string): readonly Source[] {
  return explanation.permissions.find((permission) => permission.field === field)?.sources ?? [];
}

function findingsOf(explanation: Explanation, code: string): Finding[] {
  return explanation.findings.filter((finding) => finding.code === code);
}

describe('a member set muted by the group', () => {
  const erin = explainUser(groups, 'erin@example.com');

  it('never counts, and names the muting set', () => {
    expect(erin.apiOnly).toBe(false);
    expect(sourcesOf(erin, 'PermissionsApiUserOnly')).toEqual([
      expect.objectContaining({
        kind: 'permissionSetGroup',
        name: 'Muted_Bundle',
        via: 'Api_Everything',
        inEffect: false,
        reason: 'muted',
        mutedBy: 'Muted_Bundle_Muting'
      })
    ]);
  });

  it('reports MFA for API Logins left without its prerequisite MFA for UI Logins', () => {
    const [finding] = findingsOf(erin, 'MFA_API_WITHOUT_UI');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('FIELD_INTEGRITY_EXCEPTION');
    expect(finding.params).toEqual({
      apiPermission: 'Multi-Factor Authentication for API Logins',
      uiPermission: 'Multi-Factor Authentication for User Interface Logins'
    });
    expect(finding.fixes.map((fix) => [fix.kind, fix.field])).toEqual([
      ['unmuteInGroup', 'PermissionsForceTwoFactor'],
      ['removeAssignment', null],
      ['removeGroupComponent', null],
      ['muteInGroup', 'PermissionsTwoFactorApi'],
      ['uncheckOnPermissionSet', 'PermissionsTwoFactorApi']
    ]);
    expect(finding.fixes[0].message).toBe(
      'Unmute Multi-Factor Authentication for User Interface Logins in group Muted_Bundle (muting set Muted_Bundle_Muting; affects every user assigned the group: 1).'
    );
    const mute = finding.fixes.find((fix) => fix.kind === 'muteInGroup');
    expect(mute).toMatchObject({
      targetObject: 'MutingPermissionSet',
      targetId: '0QM000000000001AAA',
      writableFromApex: true
    });
  });

  it('raises no group finding when the aggregate matches members minus muting', () => {
    expect(findingsOf(erin, 'GROUP_AGGREGATE_MISMATCH')).toEqual([]);
    expect(findingsOf(erin, 'GROUP_NOT_UPDATED')).toEqual([]);
  });
});

describe('an outdated group whose aggregate still grants a muted permission', () => {
  const frank = explainUser(groups, 'frank@example.com');

  it('applies the aggregate, as the platform does, beside the muted member', () => {
    expect(frank.apiOnly).toBe(true);
    expect(sourcesOf(frank, 'PermissionsApiUserOnly')).toEqual([
      expect.objectContaining({ via: null, inEffect: true, reason: null }),
      expect.objectContaining({ via: 'Old_Api_Only', inEffect: false, reason: 'muted' })
    ]);
    expect(frank.verdict.message).toBe(
      "frank@example.com is API-only because permission set group Stale_Bundle grants API Only User in its calculated permissions, though none of its member sets does (the group's status is Outdated)."
    );
  });

  it('reports the status and both values of the disagreement', () => {
    expect(findingsOf(frank, 'GROUP_NOT_UPDATED')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        params: { group: 'Stale_Bundle', status: 'Outdated' }
      })
    ]);
    const [mismatch] = findingsOf(frank, 'GROUP_AGGREGATE_MISMATCH');
    expect(mismatch.params).toMatchObject({
      field: 'PermissionsApiUserOnly',
      aggregateValue: true,
      computedValue: false
    });
    expect(mismatch.message).toBe(
      'Permission set group Stale_Bundle: API Only User is granted in the calculated permissions the platform applies, but not granted from its member sets minus its muting set.'
    );
  });

  it('offers only removing the group assignment for the aggregate path', () => {
    const [finding] = findingsOf(frank, 'API_ONLY_VIA_GROUP_AGGREGATE');
    expect(finding.fixes.map((fix) => fix.kind)).toEqual(['removeAssignment', 'endSessions']);
  });
});

describe('a failed group joined through its aggregate permission set only', () => {
  const grace = explainUser(groups, 'grace@example.com');

  it('finds the group from the aggregate when the assignment lacks PermissionSetGroupId', () => {
    expect(sourcesOf(grace, 'PermissionsApiEnabled')).toEqual([
      expect.objectContaining({
        kind: 'permissionSetGroup',
        name: 'Failed_Bundle',
        via: 'Api_Enabled_Member'
      })
    ]);
  });

  it('does not apply a member grant the aggregate lacks, and reports the failure as an error', () => {
    expect(sourcesOf(grace, 'PermissionsApiEnabled')[0]).toMatchObject({
      inEffect: false,
      reason: 'notInGroupAggregate'
    });
    expect(findingsOf(grace, 'GROUP_NOT_UPDATED')[0].severity).toBe('error');
    expect(findingsOf(grace, 'GROUP_AGGREGATE_MISMATCH')[0].params).toMatchObject({
      aggregateValue: false,
      computedValue: true
    });
  });
});

describe('MFA for API Logins on an API-only user', () => {
  const gina = explainUser(groups, 'gina@example.com');

  it('names the OAuth flows the integration must use, and how to remove the permission', () => {
    const [finding] = findingsOf(gina, 'MFA_API_ON_API_ONLY_USER');
    expect(finding.params.flows).toBe('web server, refresh token, user-agent, JWT bearer');
    expect(finding.fixes.map((fix) => [fix.kind, fix.field])).toEqual([
      ['removeAssignment', null],
      ['uncheckOnPermissionSet', 'PermissionsTwoFactorApi']
    ]);
    expect(findingsOf(gina, 'INTEGRATION_USER_WITHOUT_UI_MFA')).toEqual([]);
  });
});

describe('facts not validated as a snapshot (e.g. straight from Apex)', () => {
  it('uses members minus muting when the group aggregate was not captured', () => {
    const facts: Facts = {
      records: {
        User: [
          {
            Id: '005000000000001AAA',
            Username: 'h@example.com',
            Name: 'H',
            IsActive: true,
            ProfileId: '00e000000000001AAA'
          }
        ],
        PermissionSet: [
          {
            Id: '0PS000000000001AAA',
            Name: 'Member',
            IsOwnedByProfile: false,
            PermissionsApiUserOnly: true
          }
        ],
        PermissionSetGroupComponent: [
          {
            Id: '0PC000000000001AAA',
            PermissionSetGroupId: '0PG000000000001AAA',
            PermissionSetId: '0PS000000000001AAA'
          },
          {
            Id: '0PC000000000002AAA',
            PermissionSetGroupId: '0PG000000000001AAA',
            PermissionSetId: '0PS000000000001AAA'
          },
          {
            Id: '0PC000000000003AAA',
            PermissionSetGroupId: '0PG000000000001AAA',
            PermissionSetId: '0PS000000000099AAA'
          }
        ],
        PermissionSetAssignment: [
          {
            Id: '0Pa000000000001AAA',
            AssigneeId: '005000000000001AAA',
            PermissionSetId: '0PS000000000098AAA',
            PermissionSetGroupId: '0PG000000000001AAA'
          },
          {
            Id: '0Pa000000000002AAA',
            AssigneeId: '005000000000001AAA',
            PermissionSetId: '0PS000000000097AAA'
          }
        ]
      }
    };
    const explanation = explainUser(facts, 'h@example.com', { now: 'not a date' });
    expect(explanation.apiOnly).toBe(true);
    expect(explanation.user).toMatchObject({ profile: null, license: null });
    expect(explanation.permissions).toHaveLength(8);
    expect(sourcesOf(explanation, 'PermissionsApiUserOnly')).toEqual([
      expect.objectContaining({ name: '0PG000000000001AAA', via: 'Member', inEffect: true })
    ]);
    expect(explanation.findings[0].fixes[1]).toMatchObject({
      kind: 'removeGroupComponent',
      targetId: '0PC000000000001AAA'
    });
    const endSessions = explanation.findings[0].fixes.at(-1);
    expect(endSessions?.params.sessionCount).toBe('unknown');
  });
});
