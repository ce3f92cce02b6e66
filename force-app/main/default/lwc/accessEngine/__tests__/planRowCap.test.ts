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
      { maxRows }
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
