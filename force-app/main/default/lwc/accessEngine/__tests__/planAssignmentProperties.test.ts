// Properties of planAssignments and planCloneWithout over random small orgs.
import fc from 'fast-check';
import { auditOrg } from '../audit';
import { planAssignments } from '../planAssignments';
import { planCloneWithout } from '../planCloneWithout';
import type { AssignmentPlan, CloneWithoutPlan } from '../planTypes';
import type { Facts, PermissionSetAssignmentRecord } from '../types';
import {
  FIELDS,
  SET_IDS,
  USER_IDS,
  actingUserArbitrary,
  factsArbitrary,
  shuffled,
  shuffledFacts
} from './planArbitraries';
import { check, checkSameJson } from './propertyChecks';

const RUNS = 1000;
const ALL_USERS = { sampleSize: 1000 };

function effectiveMfa(facts: Facts): Map<string, string> {
  return new Map(
    auditOrg(facts).rows.map((row) => [
      row.userId,
      FIELDS.map((field) => (row.permissions[field]?.effective ? '1' : '0')).join('')
    ])
  );
}

function changedUsers(before: Facts, after: Facts): string[] {
  const was = effectiveMfa(before);
  const is = effectiveMfa(after);
  return [...was.keys()].filter((id) => was.get(id) !== is.get(id)).sort();
}

function withAssignments(
  facts: Facts,
  removed: ReadonlySet<string>,
  added: readonly PermissionSetAssignmentRecord[]
): Facts {
  const kept = (facts.records.PermissionSetAssignment ?? []).filter((a) => !removed.has(a.Id));
  return { ...facts, records: { ...facts.records, PermissionSetAssignment: [...kept, ...added] } };
}

/** Every intended row carried out (a blocked row is always an insert). */
function applyAssignments(facts: Facts, plan: AssignmentPlan, setId: string): Facts {
  const removed = new Set<string>();
  const added: PermissionSetAssignmentRecord[] = [];
  for (const row of plan.rows) {
    if (row.assignmentId !== null && ['delete', 'updateExpiration'].includes(row.status)) {
      removed.add(row.assignmentId);
    }
    if (['insert', 'blocked', 'updateExpiration'].includes(row.status)) {
      added.push({
        Id: `test:${row.id}`,
        AssigneeId: row.id,
        PermissionSetId: setId,
        ExpirationDate: row.expirationDate
      });
    }
  }
  return withAssignments(facts, removed, added);
}

function applyClone(facts: Facts, plan: CloneWithoutPlan): Facts {
  if (plan.clone === null) return facts;
  const cloneId = plan.clone.id ?? 'test:clone';
  const withClone: Facts = {
    ...facts,
    records: {
      ...facts.records,
      PermissionSet: [
        ...(facts.records.PermissionSet ?? []),
        {
          ...plan.clone.permissions,
          Id: cloneId,
          Name: plan.clone.name,
          Type: 'Regular',
          IsOwnedByProfile: false,
          HasActivationRequired: plan.clone.hasActivationRequired
        }
      ]
    }
  };
  return withAssignments(
    withClone,
    new Set(plan.moves.map((move) => move.deleteAssignmentId)),
    plan.moves.flatMap(({ userId, insertAssignment }) => {
      if (insertAssignment === null) return [];
      return [{ Id: `test:${userId}`, PermissionSetId: cloneId, ...insertAssignment }];
    })
  );
}

const assignmentRequest = fc.record({
  facts: factsArbitrary,
  permissionSetId: fc.constantFrom(...SET_IDS),
  userIds: fc.subarray(USER_IDS),
  action: fc.constantFrom('assign' as const, 'remove' as const),
  expirationDate: fc.constantFrom(null, '2026-12-31'),
  actingUserId: actingUserArbitrary
});

describe('planAssignments properties', () => {
  it('affects exactly the users whose effective MFA values change once the rows are carried out', () => {
    fc.assert(
      fc.property(assignmentRequest, ({ facts, ...request }) => {
        const plan = planAssignments(facts, request, ALL_USERS);
        const expected = changedUsers(
          facts,
          applyAssignments(facts, plan, request.permissionSetId)
        );
        checkSameJson(
          plan.affectedUsers.sample.map((user) => user.id).sort(),
          expected,
          'affected users'
        );
      }),
      { numRuns: RUNS }
    );
  });

  it('does not depend on the order of the records or of the chosen users', () => {
    fc.assert(
      fc.property(assignmentRequest, fc.integer(), ({ facts, ...request }, seed) => {
        const plan = planAssignments(facts, request);
        const reordered = planAssignments(shuffledFacts(facts, seed), {
          ...request,
          userIds: shuffled(request.userIds, seed)
        });
        checkSameJson(reordered, plan, 'the plan of the reordered request');
      }),
      { numRuns: RUNS }
    );
  });
});

describe('planCloneWithout properties', () => {
  it('affects exactly the users whose effective MFA values change once the moves are made', () => {
    const request = fc.record({
      facts: factsArbitrary,
      permissionSetId: fc.constantFrom(...SET_IDS),
      field: fc.constantFrom(...FIELDS),
      userIds: fc.subarray(USER_IDS),
      actingUserId: actingUserArbitrary
    });
    fc.assert(
      fc.property(request, ({ facts, ...cloneRequest }) => {
        const plan = planCloneWithout(facts, cloneRequest, ALL_USERS);
        const expected = changedUsers(facts, applyClone(facts, plan));
        checkSameJson(
          plan.affectedUsers.sample.map((user) => user.id).sort(),
          expected,
          'affected users'
        );
        const apiWithoutUi =
          plan.clone?.permissions.PermissionsTwoFactorApi === true &&
          plan.clone.permissions.PermissionsForceTwoFactor !== true;
        check(!apiWithoutUi, 'the clone has MFA for API Logins without UI Logins');
      }),
      { numRuns: RUNS }
    );
  });
});
