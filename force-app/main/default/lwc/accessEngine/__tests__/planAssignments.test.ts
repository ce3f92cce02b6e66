// planAssignments (seed 002) on the rollout org: rows per user, licence rules, lockout.
import { planAssignments } from '../planAssignments';
import type { AssignmentPlanRequest } from '../planTypes';
import type { Facts } from '../types';
import { loadFixture } from './loadFixture';

const rollout = loadFixture('plan/rollout');
const ADA = '005000000000001AAA';
const BEN = '005000000000002AAA';
const CARA = '005000000000003AAA';
const IVY = '005000000000004AAA';
const FAY = '005000000000005AAA';
const JO = '005000000000010AAA';
const MFA_USERS = '0PS000000000011AAA';

const codes = (messages: readonly { code: string }[]) => messages.map((message) => message.code);

function assign(request: Partial<AssignmentPlanRequest>, facts: Facts = rollout) {
  return planAssignments(facts, {
    permissionSetId: MFA_USERS,
    userIds: [],
    action: 'assign',
    actingUserId: ADA,
    ...request
  });
}

describe('assigning a set granting MFA for UI Logins', () => {
  const plan = assign({ userIds: [FAY, BEN, CARA, BEN] });

  it('gives one row per distinct user, by Name: already assigned is a no-op', () => {
    expect(plan.rows.map((row) => [row.name, row.status])).toEqual([
      ['Ben Baker', 'alreadyAssigned'],
      ['Cara Cole', 'insert'],
      ['Fay Free', 'blocked']
    ]);
    expect(plan.rows[0].assignmentId).toBe('0Pa000000000003AAA');
  });

  it('blocks the Limited Access - Free user once, naming the rule on the row', () => {
    expect(plan.rows[2].blockedBy).toEqual(['LIMITED_ACCESS_FREE_GETS_UI_MFA']);
    expect(plan.rows[2].blockedByTexts).toEqual([
      'Salesforce Limited Access - Free licence: cannot take Multi-Factor Authentication for User Interface Logins'
    ]);
    expect(plan.rows[1].blockedByTexts).toEqual([]);
    expect(plan.blockers).toEqual([
      expect.objectContaining({ code: 'LIMITED_ACCESS_FREE_GETS_UI_MFA', userIds: [FAY] })
    ]);
  });

  it('counts the users whose effective MFA for UI Logins would change', () => {
    expect(plan.affectedUsers.sample.map((user) => user.name)).toEqual(['Cara Cole', 'Fay Free']);
  });

  it('calls MFA for UI Logins for an integration user good (seed 002)', () => {
    const forIvy = assign({ userIds: [IVY] });
    expect(forIvy.warnings).toContainEqual(
      expect.objectContaining({ code: 'UI_MFA_FOR_INTEGRATION_USERS', severity: 'info' })
    );
    expect(forIvy.blockers).toEqual([]);
  });
});

describe('expiry dates', () => {
  it('sets the date on new rows and leaves a permanent assignment permanent', () => {
    const plan = assign({ userIds: [BEN, CARA], expirationDate: '2026-12-31' });
    expect(plan.rows.map((row) => row.status)).toEqual(['alreadyAssigned', 'insert']);
    expect(plan.rows[1].expirationDate).toBe('2026-12-31');
  });

  it('moves the date of an assignment that already expires', () => {
    const expiring: Facts = {
      ...rollout,
      records: {
        ...rollout.records,
        PermissionSetAssignment: (rollout.records.PermissionSetAssignment ?? []).map(
          (assignment) => {
            const bens = assignment.AssigneeId === BEN && assignment.PermissionSetId === MFA_USERS;
            return bens
              ? { ...assignment, ExpirationDate: '2026-12-20T08:00:00.000Z' }
              : assignment;
          }
        )
      }
    };
    const plan = assign({ userIds: [BEN], expirationDate: '2026-12-31' }, expiring);
    expect(plan.rows.map((row) => [row.status, row.expirationDate])).toEqual([
      ['updateExpiration', '2026-12-31']
    ]);
  });

  it('shows each row before and after, and warns whose access ends on that date', () => {
    const plan = assign({ userIds: [BEN, CARA], expirationDate: '2026-12-31' });
    expect(
      plan.rows.map((row) => [row.name, row.previousExpirationDate, row.expirationDate])
    ).toEqual([
      ['Ben Baker', null, null],
      ['Cara Cole', null, '2026-12-31']
    ]);
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({
        code: 'ACCESS_ENDS_ON_EXPIRY',
        message:
          '1 user(s) lose MFA_Users on 2026-12-31 (Cara Cole): the platform removes the assignment when that day begins, and with it the access it grants.'
      })
    );
  });

  it('ends a permanent assignment on the date only when the admin asks for it (as Apex does)', () => {
    const plan = assign({
      userIds: [BEN, CARA],
      expirationDate: '2026-12-31',
      endPermanentAssignments: true
    });
    expect(
      plan.rows.map((row) => [row.status, row.previousExpirationDate, row.expirationDate])
    ).toEqual([
      ['updateExpiration', null, '2026-12-31'],
      ['insert', null, '2026-12-31']
    ]);
    expect(plan.warnings.find((w) => w.code === 'ACCESS_ENDS_ON_EXPIRY')?.params.userCount).toBe(2);
  });

  it.each(['2026-10-31', 'next week', '2026-13-45'])('refuses %s as bad input', (date) => {
    expect(codes(assign({ userIds: [CARA], expirationDate: date }).blockers)).toEqual([
      'INVALID_EXPIRATION_DATE'
    ]);
  });
});

describe('licences', () => {
  it('blocks users whose user licence differs from the one the set requires', () => {
    const plan = assign({ permissionSetId: '0PS000000000017AAA', userIds: [CARA, FAY] });
    expect(plan.rows.map((row) => [row.name, row.status, row.blockedBy])).toEqual([
      ['Cara Cole', 'insert', []],
      ['Fay Free', 'blocked', ['LICENCE_MISMATCH']]
    ]);
    expect(plan.blockers[0].message).toBe(
      '1 user(s) do not have the licence Salesforce that permission set Standard_Set requires (Fay Free).'
    );
    expect(plan.rows[1].blockedByTexts).toEqual([
      'Lacks the licence Salesforce that Standard_Set requires'
    ]);
  });

  it('renders a row blocker with the texts given (Custom Labels in the org)', () => {
    const plan = planAssignments(
      rollout,
      { permissionSetId: '0PS000000000017AAA', userIds: [FAY], action: 'assign' },
      { texts: { ROW_LICENCE_MISMATCH: 'needs {license}' } }
    );
    expect(plan.rows[0].blockedByTexts).toEqual(['needs Salesforce']);
  });

  it('warns that a permission set licence could not be checked', () => {
    const facts: Facts = {
      ...rollout,
      records: {
        ...rollout.records,
        PermissionSet: rollout.records.PermissionSet?.map((set) => {
          if (set.Id !== MFA_USERS) return set;
          return { ...set, LicenseId: '0PL000000000001AAA' };
        })
      }
    };
    expect(codes(assign({ userIds: [CARA] }, facts).warnings)).toContain(
      'PERMISSION_SET_LICENSE_NOT_CHECKED'
    );
  });
});

describe('removing', () => {
  it('deletes direct assignments and leaves users without one unchanged', () => {
    const plan = assign({ action: 'remove', userIds: [BEN, CARA] });
    expect(plan.rows.map((row) => [row.name, row.status, row.assignmentId])).toEqual([
      ['Ben Baker', 'delete', '0Pa000000000003AAA'],
      ['Cara Cole', 'notAssigned', null]
    ]);
    expect(plan.affectedUsers.sample).toEqual([
      expect.objectContaining({
        name: 'Ben Baker',
        changes: [expect.objectContaining({ field: 'PermissionsForceTwoFactor', after: false })]
      })
    ]);
  });

  it('warns when the set comes only through a group, which removal does not touch', () => {
    const plan = assign({ action: 'remove', permissionSetId: '0PS000000000014AAA', userIds: [JO] });
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'REMOVE_ONLY_THROUGH_GROUP', userIds: [JO] })
    );
  });

  it('blocks the admin removing their own assignment, and losing Manage MFA with it', () => {
    const plan = assign({
      action: 'remove',
      permissionSetId: '0PS000000000018AAA',
      userIds: [ADA]
    });
    expect(codes(plan.blockers)).toEqual([
      'ADMIN_LOSES_MANAGE_MFA',
      'ADMIN_LOSES_MANAGE_MFA',
      'ADMIN_REMOVES_OWN_ASSIGNMENT'
    ]);
  });
});

describe('what cannot be assigned', () => {
  it('blocks the admin giving themselves API Only User', () => {
    const plan = assign({ permissionSetId: '0PS000000000019AAA', userIds: [ADA] });
    expect(codes(plan.blockers)).toEqual(['ADMIN_BECOMES_API_ONLY']);
  });

  it('names every other user the set would make API-only, in a blocker lifted only by confirming them (as Apex refuses them unconfirmed)', () => {
    const plan = assign({ permissionSetId: '0PS000000000019AAA', userIds: [JO, CARA, ADA] });
    expect(plan.blockers).toEqual([
      expect.objectContaining({ code: 'ADMIN_BECOMES_API_ONLY', category: 'lockout' }),
      expect.objectContaining({
        code: 'USERS_BECOME_API_ONLY',
        category: 'confirm',
        userIds: [CARA, JO]
      })
    ]);
    expect(plan.blockers[1].message).toBe(
      '2 user(s) would become API-only (Cara Cole, Jo Jones): they could no longer use Salesforce in a browser. Confirm these users by name to go ahead.'
    );
  });

  it('does not ask to confirm a user who is API-only already', () => {
    const again = assign({ permissionSetId: '0PS000000000019AAA', userIds: [IVY] });
    expect(codes(again.blockers)).not.toContain('USERS_BECOME_API_ONLY');
  });

  it('blocks assigning a profile set or a group aggregate directly', () => {
    for (const id of ['0PS000000000002AAA', '0PS000000000015AAA']) {
      expect(codes(assign({ permissionSetId: id, userIds: [CARA] }).blockers)).toContain(
        'NOT_ASSIGNABLE'
      );
    }
  });

  it('reports unknown sets and users as bad input', () => {
    expect(codes(assign({ permissionSetId: '0PS000000000099AAA' }).blockers)).toEqual([
      'UNKNOWN_PERMISSION_SET'
    ]);
    const plan = assign({ userIds: ['005000000000099AAA', CARA] });
    expect(plan.blockers).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_USER', params: { userId: '005000000000099AAA' } })
    ]);
    expect(plan.rows.map((row) => row.name)).toEqual(['Cara Cole']);
  });
});
