// Seed 000: "I have no permission sets assigned" — the API-only came through a group.
import { explainUser, planMfaEdits, UnknownUserError } from '../accessEngine';
import type { Explanation, Finding } from '../accessEngine';
import { loadFixture } from './loadFixture';

const snapshot = loadFixture('seed000-group');

function findingOf(explanation: Explanation, code: string): Finding {
  const found = explanation.findings.find((finding) => finding.code === code);
  if (found === undefined) throw new Error(`no finding ${code}`);
  return found;
}

describe('explainUser on the seed 000 case', () => {
  const explanation = explainUser(snapshot, 'jane@example.com');

  it('names the group and the member set in the one-sentence verdict', () => {
    expect(explanation.apiOnly).toBe(true);
    expect(explanation.verdict.message).toBe(
      'jane@example.com is API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User.'
    );
  });

  it('describes the user with profile and licence names', () => {
    expect(explanation.user).toEqual({
      Id: '005000000000001AAA',
      Username: 'jane@example.com',
      Name: 'Jane Admin',
      profile: 'Custom: Sales',
      license: 'Salesforce'
    });
  });

  it('lists the group source with its member set as via, and not the profile-owned assignment', () => {
    const apiOnly = explanation.permissions.find(
      (permission) => permission.field === 'PermissionsApiUserOnly'
    );
    expect(apiOnly).toMatchObject({ label: 'API Only User', effective: true });
    expect(apiOnly?.sources).toEqual([
      expect.objectContaining({
        kind: 'permissionSetGroup',
        id: '0PG000000000001AAA',
        name: 'Integration_Bundle',
        via: 'Integration_Base',
        inEffect: true,
        reason: null
      })
    ]);
  });

  it('leaves out a field the org does not have, and takes labels from the describe', () => {
    const fields = explanation.permissions.map((permission) => permission.field);
    expect(fields).not.toContain('PermissionsBypassMFAForUiLogins');
    expect(fields).toHaveLength(7);
    const manage = explanation.permissions.find(
      (permission) => permission.field === 'PermissionsDelegatedTwoFactor'
    );
    expect(manage?.label).toBe('Manage Multi-Factor Authentication in User Interface');
  });

  it('offers every fix with its blast radius, narrowest first, ending with the session fix', () => {
    const finding = findingOf(explanation, 'API_ONLY_VIA_GROUP');
    expect(finding.severity).toBe('warning');
    expect(finding.params).toEqual({
      group: 'Integration_Bundle',
      memberSet: 'Integration_Base',
      permission: 'API Only User'
    });
    expect(
      finding.fixes.map((fix) => [
        fix.kind,
        fix.targetId,
        fix.blastRadius.scope,
        fix.blastRadius.userCount
      ])
    ).toEqual([
      ['removeAssignment', '0Pa000000000002AAA', 'user', 1],
      ['removeGroupComponent', '0PC000000000001AAA', 'groupMembers', 2],
      ['muteInGroup', '0PG000000000001AAA', 'groupMembers', 2],
      ['uncheckOnPermissionSet', '0PS000000000002AAA', 'permissionSetAssignees', 2],
      ['endSessions', '005000000000001AAA', 'user', 1]
    ]);
  });

  it('says that muting needs a muting set created in Setup when the group has none', () => {
    const mute = findingOf(explanation, 'API_ONLY_VIA_GROUP').fixes.find(
      (fix) => fix.kind === 'muteInGroup'
    );
    expect(mute).toMatchObject({
      targetObject: 'PermissionSetGroup',
      writableFromApex: false,
      field: 'PermissionsApiUserOnly'
    });
  });

  it('counts the open sessions the session fix ends, to leave the restricted page', () => {
    const endSessions = findingOf(explanation, 'API_ONLY_VIA_GROUP').fixes.at(-1);
    expect(endSessions?.params.sessionCount).toBe(1);
    expect(endSessions?.message).toContain('/secur/logout.jsp');
    expect(endSessions?.message).toContain('Access Restricted for API Only Users');
  });

  it('reports a second path when the same set is also assigned directly', () => {
    const sync = explainUser(snapshot, '005000000000002AAA');
    expect(sync.findings.map((finding) => finding.code)).toEqual([
      'API_ONLY_VIA_GROUP',
      'API_ONLY_VIA_PERMISSION_SET',
      'INTEGRATION_USER_WITHOUT_UI_MFA'
    ]);
    expect(sync.verdict.message).toBe(
      'sync@example.com is API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User; and permission set Integration_Base grants API Only User.'
    );
  });
});

describe('explainUser finding the user', () => {
  it('accepts the Id, its 15-character form, or the username in any case', () => {
    expect(explainUser(snapshot, '005000000000001AAA').user.Username).toBe('jane@example.com');
    expect(explainUser(snapshot, '005000000000001').user.Username).toBe('jane@example.com');
    expect(explainUser(snapshot, ' JANE@example.com ').user.Id).toBe('005000000000001AAA');
  });

  it('throws a typed UnknownUserError for a user not in the facts', () => {
    expect(() => explainUser(snapshot, 'nobody@example.com')).toThrow(UnknownUserError);
    expect(() => explainUser(snapshot, '005000000000009')).toThrow(
      'No user with Id or Username "005000000000009"'
    );
  });

  it('renders messages from the texts given, with the same placeholders', () => {
    const texts = {
      VERDICT_API_ONLY: 'API seulement : {paths}.',
      PATH_GROUP: 'groupe {group} / {memberSet}'
    };
    const explanation = explainUser(snapshot, 'jane@example.com', { texts });
    expect(explanation.verdict.message).toBe(
      'API seulement : groupe Integration_Bundle / Integration_Base.'
    );
    expect(explanation.verdict.code).toBe('VERDICT_API_ONLY');
  });
});

describe('a member set from a managed package (one lock rule for fixes and plans)', () => {
  const records = {
    ...snapshot.records,
    PermissionSet: (snapshot.records.PermissionSet ?? []).map((row) => {
      const managedRow = row.Id === '0PS000000000002AAA';
      return managedRow ? { ...row, NamespacePrefix: 'acme' } : row;
    })
  };
  const managed = { ...snapshot, records };
  const fixes = findingOf(explainUser(managed, 'jane@example.com'), 'API_ONLY_VIA_GROUP').fixes;

  it('offers no edit of the managed set, says why, and keeps the edits that remain possible', () => {
    expect(fixes.map((fix) => [fix.kind, fix.code, fix.writableFromApex])).toEqual([
      ['removeAssignment', 'FIX_REMOVE_ASSIGNMENT', true],
      ['removeGroupComponent', 'FIX_REMOVE_GROUP_COMPONENT', true],
      ['muteInGroup', 'FIX_MUTE_IN_GROUP', false],
      ['uncheckOnPermissionSet', 'FIX_LOCKED_MANAGED_SET', false],
      ['endSessions', 'FIX_END_SESSIONS', true]
    ]);
    expect(fixes[3].message).toBe(
      'Permission set Integration_Base belongs to managed package acme: its permissions cannot be edited in this org. Remove its assignment, or use another permission set for API Only User.'
    );
  });

  it('is locked for a plan of the same edit, by the same rule', () => {
    const plan = planMfaEdits(managed, {
      edits: [
        { permissionSetId: '0PS000000000002AAA', field: 'PermissionsForceTwoFactor', value: true }
      ],
      actingUserId: null
    });
    expect(plan.blockers.map((blocker) => blocker.code)).toContain('LOCKED_MANAGED_PACKAGE');
  });
});
