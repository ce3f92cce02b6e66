// A chosen expiry date ends an assignment at the start of that day in the user's time zone, as
// Apex writes it (MfaEditorAssignmentService.expiryOf).
import { expiryInstant } from '../expiry';
import { planAssignments } from '../planAssignments';
import type { Facts } from '../types';
import { loadFixture } from './loadFixture';

describe('expiryInstant', () => {
  it.each([
    ['2027-01-31', 'UTC', '2027-01-31T00:00:00.000Z'],
    ['2027-01-31', 'Europe/Paris', '2027-01-30T23:00:00.000Z'],
    ['2026-07-01', 'Europe/Paris', '2026-06-30T22:00:00.000Z'],
    ['2027-01-31', 'America/Los_Angeles', '2027-01-31T08:00:00.000Z'],
    ['2027-01-31T12:00:00Z', 'Europe/Paris', '2027-01-31T12:00:00.000Z']
  ])('puts %s in %s at %s', (date, zone, instant) => {
    expect(new Date(expiryInstant(date, zone)).toISOString()).toBe(instant);
  });

  it('is no instant for a date that does not exist', () => {
    expect(expiryInstant('2026-13-45', 'UTC')).toBeNaN();
  });
});

describe('an expiry the assignment already has', () => {
  const BEN = '005000000000002AAA';
  const rollout = loadFixture('plan/rollout');
  const withExpiry = (instant: string): Facts => ({
    ...rollout,
    records: {
      ...rollout.records,
      PermissionSetAssignment: (rollout.records.PermissionSetAssignment ?? []).map((row) => {
        const bens = row.AssigneeId === BEN && row.PermissionSetId === '0PS000000000011AAA';
        return bens ? { ...row, ExpirationDate: instant } : row;
      })
    }
  });
  const plan = (facts: Facts, timeZone: string) =>
    planAssignments(
      facts,
      {
        permissionSetId: '0PS000000000011AAA',
        userIds: [BEN],
        action: 'assign',
        expirationDate: '2026-12-31',
        actingUserId: '005000000000001AAA'
      },
      { timeZone }
    );

  it('is left alone when it is that day in the user’s zone (Apex skips it too)', () => {
    const facts = withExpiry('2026-12-30T23:00:00.000Z');
    expect(plan(facts, 'Europe/Paris').rows[0].status).toBe('alreadyAssigned');
    expect(plan(facts, 'UTC').rows[0].status).toBe('updateExpiration');
  });
});
