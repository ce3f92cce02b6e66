import { auditOrg, ENGLISH_MESSAGES, renderFinding, renderReason } from '../accessEngine';
import type { NotInEffectReason } from '../accessEngine';
import { loadFixture } from './loadFixture';

describe('auditOrg', () => {
  const audit = auditOrg(loadFixture('groups'));

  it('returns one row per user, sorted by username', () => {
    expect(audit.rows.map((row) => row.username)).toEqual([
      'erin@example.com',
      'frank@example.com',
      'gina@example.com',
      'grace@example.com'
    ]);
    expect(audit.capturedAt).toBe('2026-11-01T10:00:00Z');
    expect(audit.permissions).toHaveLength(8);
  });

  it('gives each tracked permission its effective value and only its in-effect sources', () => {
    const frank = audit.rows.find((row) => row.username === 'frank@example.com');
    expect(frank?.apiOnly).toBe(true);
    expect(frank?.permissions.PermissionsApiUserOnly).toEqual({
      effective: true,
      sources: [
        { kind: 'permissionSetGroup', id: '0PG000000000002AAA', name: 'Stale_Bundle', via: null }
      ]
    });
    expect(frank?.permissions.PermissionsIsSsoEnabled).toEqual({ effective: false, sources: [] });
    const grace = audit.rows.find((row) => row.username === 'grace@example.com');
    expect(grace?.permissions.PermissionsApiEnabled).toEqual({ effective: false, sources: [] });
  });

  it('reports each stale or failed group once at org level, with both values of a disagreement', () => {
    expect(audit.orgFindings.map((finding) => [finding.code, finding.params.group])).toEqual([
      ['GROUP_NOT_UPDATED', 'Stale_Bundle'],
      ['GROUP_AGGREGATE_MISMATCH', 'Stale_Bundle'],
      ['GROUP_NOT_UPDATED', 'Failed_Bundle'],
      ['GROUP_AGGREGATE_MISMATCH', 'Failed_Bundle']
    ]);
  });

  it('counts users, API-only users, effective permissions and findings by code', () => {
    expect(audit.counts).toMatchObject({ users: 4, activeUsers: 4, apiOnlyUsers: 2 });
    expect(audit.counts.effectiveByPermission).toMatchObject({
      PermissionsApiUserOnly: 2,
      PermissionsTwoFactorApi: 2,
      PermissionsForceTwoFactor: 1,
      PermissionsApiEnabled: 0
    });
    expect(audit.counts.findingsByCode).toMatchObject({
      API_ONLY_VIA_GROUP_AGGREGATE: 1,
      API_ONLY_VIA_PERMISSION_SET: 1,
      MFA_API_WITHOUT_UI: 1,
      MFA_API_ON_API_ONLY_USER: 1,
      INTEGRATION_USER_WITHOUT_UI_MFA: 1,
      GROUP_NOT_UPDATED: 4,
      GROUP_AGGREGATE_MISMATCH: 4
    });
  });

  it('counts inactive users and licence findings across an org', () => {
    const licences = auditOrg(loadFixture('profile-and-licence'));
    expect(licences.counts).toMatchObject({ users: 4, activeUsers: 3, apiOnlyUsers: 2 });
    expect(licences.counts.findingsByCode).toMatchObject({
      USER_INACTIVE: 1,
      API_ONLY_BY_LICENSE: 1,
      API_ONLY_VIA_PROFILE: 1,
      UI_MFA_ON_LIMITED_ACCESS_FREE: 1
    });
    expect(licences.orgFindings).toEqual([]);
  });

  it('audits facts with nothing captured as an empty org', () => {
    expect(auditOrg({ records: {} })).toMatchObject({
      capturedAt: null,
      rows: [],
      orgFindings: [],
      counts: { users: 0, activeUsers: 0, apiOnlyUsers: 0 }
    });
  });
});

describe('renderFinding', () => {
  it('fills every placeholder from the params', () => {
    expect(
      renderFinding('PATH_GROUP', { group: 'G', memberSet: 'M', permission: 'API Only User' })
    ).toBe('permission set group G includes permission set M, which grants API Only User');
  });

  it('keeps a placeholder it has no value for, and renders an unknown code as the code', () => {
    expect(renderFinding('PATH_PROFILE', { profile: 'P' })).toBe('profile P grants {permission}');
    expect(renderFinding('NO_SUCH_CODE', {})).toBe('NO_SUCH_CODE');
  });

  it('prefers the texts given (Custom Labels) and falls back to English for codes they lack', () => {
    const texts = { PATH_PROFILE: 'Profil {profile}' };
    expect(renderFinding('PATH_PROFILE', { profile: 'P' }, texts)).toBe('Profil P');
    expect(renderFinding('PATH_JOIN', {}, texts)).toBe(ENGLISH_MESSAGES.PATH_JOIN);
  });

  it('says in words why a source is not in effect, for every reason the engine gives', () => {
    const reasons: Record<NotInEffectReason, string> = {
      userInactive: 'the user is inactive',
      expired: 'the assignment has expired',
      assignmentInactive: 'the assignment is not active',
      sessionActivationRequired: 'it needs activation in a session (session-based permission set)',
      muted: "the group's muting permission set removes it",
      notInGroupAggregate:
        "the group's aggregate permission set does not include it (the platform applies the aggregate)"
    };
    for (const [reason, text] of Object.entries(reasons)) {
      expect(renderReason(reason)).toBe(text);
    }
    expect(renderReason('expired', { REASON_expired: 'abgelaufen' })).toBe('abgelaufen');
    expect(renderReason('someNewReason')).toBe('someNewReason');
  });

  it('has an English text for every code the engine emits', () => {
    const emitted = [
      'VERDICT_API_ONLY',
      'VERDICT_API_ONLY_BY_LICENSE',
      'VERDICT_NOT_API_ONLY',
      'VERDICT_NOT_API_ONLY_INACTIVE',
      'API_ONLY_VIA_PROFILE',
      'API_ONLY_VIA_PERMISSION_SET',
      'API_ONLY_VIA_GROUP',
      'API_ONLY_VIA_GROUP_AGGREGATE',
      'API_ONLY_BY_LICENSE',
      'MFA_API_WITHOUT_UI',
      'MFA_API_ON_API_ONLY_USER',
      'INTEGRATION_USER_WITHOUT_UI_MFA',
      'UI_MFA_ON_LIMITED_ACCESS_FREE',
      'USER_INACTIVE',
      'GROUP_NOT_UPDATED',
      'GROUP_AGGREGATE_MISMATCH',
      'FIX_REMOVE_ASSIGNMENT',
      'FIX_REMOVE_GROUP_COMPONENT',
      'FIX_MUTE_IN_GROUP',
      'FIX_UNMUTE_IN_GROUP',
      'FIX_UNCHECK_ON_PERMISSION_SET',
      'FIX_CHECK_ON_PERMISSION_SET',
      'FIX_CHANGE_PROFILE',
      'FIX_ASSIGN_PERMISSION_SET',
      'FIX_END_SESSIONS'
    ];
    expect(emitted.filter((code) => ENGLISH_MESSAGES[code] === undefined)).toEqual([]);
  });
});
