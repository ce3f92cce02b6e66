// In-effect rules: profile, expiry, session activation, inactive assignment, inactive user, licence.
import { explainUser } from '../accessEngine';
import type { Explanation, Source } from '../accessEngine';
import { loadFixture } from './loadFixture';

const licences = loadFixture('profile-and-licence');
const directSets = loadFixture('direct-sets');

function sourcesOf(explanation: Explanation, field: string): readonly Source[] {
  return explanation.permissions.find((permission) => permission.field === field)?.sources ?? [];
}

function effective(explanation: Explanation, field: string): boolean {
  return (
    explanation.permissions.find((permission) => permission.field === field)?.effective === true
  );
}

function codes(explanation: Explanation): string[] {
  return explanation.findings.map((finding) => finding.code);
}

describe('a permission from the profile', () => {
  const alice = explainUser(licences, 'alice@example.com');

  it('names the profile by its Name, not its permission set', () => {
    expect(sourcesOf(alice, 'PermissionsApiUserOnly')).toEqual([
      expect.objectContaining({
        kind: 'profile',
        id: '00e000000000001AAA',
        name: 'Custom: Integration',
        inEffect: true
      })
    ]);
    expect(alice.verdict.message).toBe(
      'alice@example.com is API-only because profile Custom: Integration grants API Only User.'
    );
  });

  it('offers a profile change in Setup, not writable from Apex, counting all users of the profile', () => {
    const finding = alice.findings.find((candidate) => candidate.code === 'API_ONLY_VIA_PROFILE');
    expect(finding?.fixes[0]).toMatchObject({
      kind: 'changeProfile',
      targetObject: 'Profile',
      writableFromApex: false,
      blastRadius: { scope: 'profileUsers', userCount: 2 }
    });
    expect(finding?.fixes[1].kind).toBe('endSessions');
  });

  it('offers the profile itself as the place to add MFA for UI Logins when nothing else fits', () => {
    const finding = alice.findings.find(
      (candidate) => candidate.code === 'INTEGRATION_USER_WITHOUT_UI_MFA'
    );
    expect(finding?.fixes.map((fix) => fix.kind)).toEqual(['assignPermissionSet', 'changeProfile']);
    expect(finding?.fixes[0]).toMatchObject({
      targetId: '0PS000000000004AAA',
      blastRadius: { scope: 'user', userCount: 1 }
    });
  });
});

describe('an inactive user', () => {
  const bob = explainUser(licences, 'bob@example.com');

  it('has every source out of effect with reason userInactive, and is not API-only', () => {
    expect(bob.apiOnly).toBe(false);
    expect(sourcesOf(bob, 'PermissionsApiUserOnly')).toEqual([
      expect.objectContaining({ kind: 'profile', inEffect: false, reason: 'userInactive' })
    ]);
    expect(codes(bob)).toEqual(['USER_INACTIVE']);
    expect(bob.verdict.code).toBe('VERDICT_NOT_API_ONLY_INACTIVE');
  });
});

describe('the Salesforce Integration licence', () => {
  const integration = explainUser(licences, 'integration@example.com');

  it('explains API-only by design of the licence and offers no removal', () => {
    expect(integration.apiOnly).toBe(true);
    expect(integration.verdict.message).toBe(
      'integration@example.com is API-only by design of the Salesforce Integration licence (profile Minimum Access - API Only Integrations); it cannot be turned off.'
    );
    const finding = integration.findings.find(
      (candidate) => candidate.code === 'API_ONLY_BY_LICENSE'
    );
    expect(finding).toMatchObject({ severity: 'info', fixes: [] });
    expect(codes(integration)).not.toContain('API_ONLY_VIA_PROFILE');
  });

  it('still asks for MFA for UI Logins on the integration user (seed 002), by assigning a set only', () => {
    const finding = integration.findings.find(
      (candidate) => candidate.code === 'INTEGRATION_USER_WITHOUT_UI_MFA'
    );
    expect(finding?.fixes.map((fix) => [fix.kind, fix.targetId])).toEqual([
      ['assignPermissionSet', '0PS000000000004AAA']
    ]);
  });
});

describe('the Salesforce Limited Access - Free licence', () => {
  const limited = explainUser(licences, 'limited@example.com');

  it('reports MFA for UI Logins as not allowed, with the assignment to remove', () => {
    const finding = limited.findings.find(
      (candidate) => candidate.code === 'UI_MFA_ON_LIMITED_ACCESS_FREE'
    );
    expect(finding?.severity).toBe('error');
    expect(finding?.params.license).toBe('Salesforce Limited Access – Free');
    expect(finding?.fixes.map((fix) => fix.kind)).toEqual([
      'removeAssignment',
      'uncheckOnPermissionSet'
    ]);
  });
});

describe('directly assigned permission sets', () => {
  const carol = explainUser(directSets, 'carol@example.com');

  it('does not apply an assignment that expired before the capture', () => {
    expect(sourcesOf(carol, 'PermissionsApiUserOnly')).toContainEqual(
      expect.objectContaining({
        name: 'Temp_Api_Only',
        inEffect: false,
        reason: 'expired',
        assignmentId: '0Pa000000000001AAA'
      })
    );
  });

  it('applies a date-only expiration through that whole day', () => {
    expect(sourcesOf(carol, 'PermissionsIsSsoEnabled')).toContainEqual(
      expect.objectContaining({ name: 'Today_Api', inEffect: true })
    );
    const nextDay = explainUser(directSets, 'carol@example.com', { now: '2026-11-02T00:00:00Z' });
    expect(sourcesOf(nextDay, 'PermissionsIsSsoEnabled')).toContainEqual(
      expect.objectContaining({ name: 'Today_Api', inEffect: false, reason: 'expired' })
    );
    const before = explainUser(directSets, 'carol@example.com', {
      now: new Date('2026-10-30T00:00:00Z')
    });
    expect(before.apiOnly).toBe(true);
  });

  it('does not apply a session-based set that is not activated', () => {
    expect(carol.apiOnly).toBe(false);
    expect(sourcesOf(carol, 'PermissionsApiUserOnly')).toContainEqual(
      expect.objectContaining({
        name: 'Session_Api_Only',
        inEffect: false,
        reason: 'sessionActivationRequired'
      })
    );
    expect(carol.verdict.code).toBe('VERDICT_NOT_API_ONLY');
  });

  it('applies a session-based set the caller says is activated', () => {
    const activated = explainUser(directSets, 'carol@example.com', {
      activatedPermissionSetIds: ['0PS000000000004AAA']
    });
    expect(activated.apiOnly).toBe(true);
    expect(activated.verdict.message).toContain(
      'permission set Session_Api_Only grants API Only User'
    );
  });

  it('applies a session-based set activated in one of the user sessions (SessionPermSetActivation)', () => {
    expect(explainUser(directSets, 'dave@example.com').apiOnly).toBe(true);
  });

  it('does not apply an assignment whose IsActive is false', () => {
    expect(sourcesOf(carol, 'PermissionsIsSsoEnabled')).toContainEqual(
      expect.objectContaining({ name: 'Paused_Sso', inEffect: false, reason: 'assignmentInactive' })
    );
    expect(effective(carol, 'PermissionsIsSsoEnabled')).toBe(true);
  });

  it('lists the profile first, then sources in the order of their assignments (by Id)', () => {
    expect(sourcesOf(carol, 'PermissionsApiEnabled').map((source) => source.kind)).toEqual([
      'profile'
    ]);
    expect(sourcesOf(carol, 'PermissionsIsSsoEnabled').map((source) => source.name)).toEqual([
      'Today_Api',
      'Paused_Sso'
    ]);
  });
});
