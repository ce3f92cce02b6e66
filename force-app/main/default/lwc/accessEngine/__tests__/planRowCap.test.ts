// The change-set cap (PlanOptions.maxRows, Apex's MfaEditorHistory.MAX_ROWS read through
// getChangeSetLimits): every planner blocks a change set Apex would refuse as too big, counting
// rows as Apex does, and leaves it alone at the cap or when no cap is given.
import { planAssignments } from '../planAssignments';
import { planCloneWithout } from '../planCloneWithout';
import { planMfaEdits } from '../planMfaEdits';
import type { PlanBlocker, ProfileGrantAction } from '../planTypes';
import { loadFixture } from './loadFixture';

const rollout = loadFixture('plan/rollout');
const ADA = '005000000000001AAA';
const BEN = '005000000000002AAA';
const CARA = '005000000000003AAA';
const GUS = '005000000000006AAA';
const KIM = '005000000000009AAA';
const MFA_USERS = '0PS000000000011AAA';
const MFA_FULL = '0PS000000000012AAA';

const sizeBlockers = (blockers: readonly PlanBlocker[]) =>
  blockers.filter((blocker) => blocker.code === 'TOO_MANY_ROWS');

describe('field changes', () => {
  // MFA for API Logins on Sales_Team: two changes, the dependent MFA for UI Logins included.
  const edits = [{ permissionSetName: 'Sales_Team', field: 'api', value: true }];
  const withCap = (maxRows?: number | null) =>
    planMfaEdits(rollout, { edits, actingUserId: ADA }, { maxRows });

  it('blocks more changes than one change set holds, dependent changes counted, as a size blocker', () => {
    const plan = withCap(1);
    expect(plan.changes).toHaveLength(2);
    expect(sizeBlockers(plan.blockers)).toEqual([
      expect.objectContaining({
        category: 'size',
        params: { rowCount: 2, maxRows: 1 },
        message:
          'This change set has 2 rows (a user moved to a clone counts twice); one change set holds at most 1, applied in one transaction, all or nothing: split it into smaller change sets.',
        permissionSetId: null,
        userIds: []
      })
    ]);
  });

  it('lets a change set of exactly the cap through, and checks nothing without a cap', () => {
    expect(sizeBlockers(withCap(2).blockers)).toEqual([]);
    expect(sizeBlockers(withCap(undefined).blockers)).toEqual([]);
    expect(sizeBlockers(withCap(null).blockers)).toEqual([]);
  });

  it('renders the blocker with the texts given (Custom Labels in the org)', () => {
    const plan = planMfaEdits(
      rollout,
      { edits, actingUserId: ADA },
      { maxRows: 1, texts: { TOO_MANY_ROWS: '{rowCount} > {maxRows}' } }
    );
    expect(sizeBlockers(plan.blockers)[0].message).toBe('2 > 1');
  });
});

describe('profile grants', () => {
  const grantOf = (maxRows: number | undefined, field = 'manage-api') =>
    planMfaEdits(
      rollout,
      { edits: [{ permissionSetName: 'Standard User', field, value: true }], actingUserId: ADA },
      // MFA_Users, granting exactly MFA for UI Logins, as Apex vouches for it.
      { maxRows, reusableGrantSets: { '0PS000000000011AAA': 'PermissionsForceTwoFactor' } }
    ).profileActions[0] as ProfileGrantAction;

  it('counts a created set as its permissions plus one row per user, as Apex does', () => {
    const grant = grantOf(undefined);
    expect(grant.permissionSet.reuse).toBe(false);
    expect(grant.rowCount).toBe(grant.fields.length + grant.assignUserIds.length);
    expect(grant.blockers).toEqual([]);
  });

  it('blocks the grant itself, not the plan, when it is bigger than one change set', () => {
    const grant = grantOf(undefined);
    const plan = planMfaEdits(
      rollout,
      {
        edits: [{ permissionSetName: 'Standard User', field: 'manage-api', value: true }],
        actingUserId: ADA
      },
      { maxRows: grant.rowCount - 1 }
    );
    const blocked = plan.profileActions[0] as ProfileGrantAction;
    expect(sizeBlockers(blocked.blockers)).toEqual([
      expect.objectContaining({ params: { rowCount: grant.rowCount, maxRows: grant.rowCount - 1 } })
    ]);
    expect(sizeBlockers(plan.blockers)).toEqual([]);
    expect(grantOf(grant.rowCount).blockers).toEqual([]);
  });

  it('counts only the users for a reused set', () => {
    const grant = grantOf(undefined, 'ui');
    expect(grant.permissionSet.reuse).toBe(true);
    expect(grant.rowCount).toBe(grant.assignUserIds.length);
  });
});

describe('profile grants from a sample of the profile', () => {
  // Standard User has five active users in the facts (Ian Idle is inactive and not counted).
  const STANDARD_USER = '00e000000000002AAA';
  const grantWith = (profileUserCounts?: Record<string, number> | null, maxRows?: number) =>
    planMfaEdits(
      rollout,
      {
        edits: [{ permissionSetName: 'Standard User', field: 'manage-api', value: true }],
        actingUserId: ADA
      },
      { profileUserCounts, maxRows }
    );
  const loadBlockers = (blockers: readonly PlanBlocker[]) =>
    blockers.filter((blocker) => blocker.code === 'PROFILE_USERS_NOT_ALL_LOADED');

  it('blocks the grant, not the plan, when the profile has more active users than the facts hold', () => {
    const plan = grantWith({ [STANDARD_USER]: 7 });
    const grant = plan.profileActions[0] as ProfileGrantAction;
    expect(loadBlockers(grant.blockers)).toEqual([
      {
        code: 'PROFILE_USERS_NOT_ALL_LOADED',
        category: 'size',
        params: { profile: 'Standard User', loadedCount: 5, userCount: 7 },
        message:
          "The preview loaded 5 of the 7 active users of profile Standard User; the grant assigns the set to all of them or to none, so it can't be applied partially. Preview the profile's row on its own to load all its users.",
        permissionSetId: null,
        userIds: []
      }
    ]);
    expect(loadBlockers(plan.blockers)).toEqual([]);
  });

  it('lets the grant through when the facts hold every active user of the profile, or no count is given', () => {
    expect(grantWith({ [STANDARD_USER]: 5 }).profileActions[0]).toMatchObject({ blockers: [] });
    expect(grantWith({}).profileActions[0]).toMatchObject({ blockers: [] });
    expect(grantWith(null).profileActions[0]).toMatchObject({ blockers: [] });
  });

  it('reports a sample too small beside a grant too big, both about that grant', () => {
    const grant = grantWith({ [STANDARD_USER]: 3000 }, 2).profileActions[0] as ProfileGrantAction;
    expect(grant.blockers.map((blocker) => blocker.code)).toEqual([
      'PROFILE_USERS_NOT_ALL_LOADED',
      'TOO_MANY_ROWS'
    ]);
  });

  it('renders the blocker with the texts given (Custom Labels in the org)', () => {
    const plan = planMfaEdits(
      rollout,
      { edits: [{ permissionSetName: 'Standard User', field: 'ui', value: true }] },
      {
        profileUserCounts: { [STANDARD_USER]: 9 },
        texts: { PROFILE_USERS_NOT_ALL_LOADED: '{profile}: {loadedCount}/{userCount}' }
      }
    );
    const grant = plan.profileActions[0] as ProfileGrantAction;
    expect(loadBlockers(grant.blockers)[0].message).toBe('Standard User: 5/9');
  });
});

describe('assignments', () => {
  const assign = (userIds: string[], maxRows: number) =>
    planAssignments(
      rollout,
      { permissionSetId: MFA_USERS, userIds, action: 'assign', actingUserId: ADA },
      { maxRows }
    );

  it('counts each distinct chosen user once, whatever becomes of them', () => {
    expect(sizeBlockers(assign([BEN, CARA, BEN], 2).blockers)).toEqual([]);
    expect(sizeBlockers(assign([BEN, CARA, GUS], 2).blockers)).toEqual([
      expect.objectContaining({ category: 'size', params: { rowCount: 3, maxRows: 2 } })
    ]);
  });
});

describe('clone moves', () => {
  const clone = (userIds: string[], maxRows: number) =>
    planCloneWithout(
      rollout,
      { permissionSetId: MFA_FULL, field: 'api', userIds, actingUserId: ADA },
      { maxRows }
    );

  it('counts a moved user twice: removed from the original, added to the clone', () => {
    expect(sizeBlockers(clone([GUS], 2).blockers)).toEqual([]);
    expect(sizeBlockers(clone([GUS, KIM], 3).blockers)).toEqual([
      expect.objectContaining({ category: 'size', params: { rowCount: 4, maxRows: 3 } })
    ]);
  });
});
