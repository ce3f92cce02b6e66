// Properties of planMfaEdits over random small orgs and requests.
import fc from 'fast-check';
import { auditOrg } from '../audit';
import { planMfaEdits } from '../planMfaEdits';
import type { MfaEditPlan, MfaField } from '../planTypes';
import type { Facts, PermissionSetRecord } from '../types';
import {
  FIELDS,
  actingUserArbitrary,
  editsArbitrary,
  factsArbitrary,
  shuffled,
  shuffledFacts
} from './planArbitraries';
import { check, checkSameJson } from './propertyChecks';

const RUNS = 2000;
const ALL_USERS = { sampleSize: 1000 };

/** Every change the plan carries out: Apex-applied rows and profile rows (as their actions). */
function carriedOutChanges(plan: MfaEditPlan) {
  return plan.rows
    .filter((row) => row.status === 'applicable' || row.status === 'profileAction')
    .flatMap((row) => row.changes);
}

/**
 * The facts with the plan's changes written, re-derived independently of the planner: each group
 * containing a changed member recalculates the changed fields from its members minus muting.
 */
function applyPlan(facts: Facts, plan: MfaEditPlan): Facts {
  const values = new Map<string, Partial<Record<MfaField, boolean>>>();
  for (const change of carriedOutChanges(plan)) {
    values.set(change.permissionSetId, {
      ...values.get(change.permissionSetId),
      [change.field]: change.after
    });
  }
  const sets = (facts.records.PermissionSet ?? []).map((set) => ({
    ...set,
    ...values.get(set.Id)
  }));
  const byId = new Map(sets.map((set) => [set.Id, set]));
  const components = facts.records.PermissionSetGroupComponent ?? [];
  const muting = new Map((facts.records.MutingPermissionSet ?? []).map((m) => [m.Id, m]));
  const recalculated = sets.map((set): PermissionSetRecord => {
    if (set.Type !== 'Group') return set;
    const mine = components.filter((c) => c.PermissionSetGroupId === set.PermissionSetGroupId);
    const members = mine.flatMap((c) => byId.get(c.PermissionSetId) ?? []);
    const mute = mine.map((c) => muting.get(c.PermissionSetId)).find((m) => m !== undefined);
    const patch: Record<string, boolean> = {};
    for (const field of FIELDS) {
      if (!members.some((member) => values.get(member.Id)?.[field] !== undefined)) continue;
      patch[field] = mute?.[field] !== true && members.some((member) => member[field] === true);
    }
    return { ...set, ...patch };
  });
  return { ...facts, records: { ...facts.records, PermissionSet: recalculated } };
}

function effectiveMfa(facts: Facts): Map<string, string> {
  return new Map(
    auditOrg(facts).rows.map((row) => [
      row.userId,
      FIELDS.map((field) => (row.permissions[field]?.effective ? '1' : '0')).join('')
    ])
  );
}

const requestArbitrary = fc.record({
  facts: factsArbitrary,
  edits: editsArbitrary,
  actingUserId: actingUserArbitrary
});

describe('planMfaEdits properties', () => {
  it('never leaves a row it changes with MFA for API Logins on and MFA for UI Logins off', () => {
    fc.assert(
      fc.property(requestArbitrary, ({ facts, edits, actingUserId }) => {
        const plan = planMfaEdits(facts, { edits, actingUserId });
        const byId = new Map((facts.records.PermissionSet ?? []).map((set) => [set.Id, set]));
        for (const row of plan.rows.filter((r) => r.changes.length > 0)) {
          const after: Record<string, boolean> = {};
          for (const field of FIELDS)
            after[field] = byId.get(row.permissionSetId)?.[field] === true;
          for (const change of row.changes) after[change.field] = change.after;
          check(
            !(after.PermissionsTwoFactorApi && !after.PermissionsForceTwoFactor),
            `API without UI: ${row.permissionSetId}`
          );
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('never offers a locked row as applicable, and blocks it when it would change', () => {
    const lockedKinds = ['groupAggregate', 'managedPackage', 'standardSet'];
    fc.assert(
      fc.property(requestArbitrary, ({ facts, edits, actingUserId }) => {
        const plan = planMfaEdits(facts, { edits, actingUserId });
        const lockedRows = plan.rows.filter((row) => lockedKinds.includes(row.kind));
        for (const row of lockedRows) {
          check(
            ['locked', 'conflict', 'noChange'].includes(row.status),
            `locked row ${row.permissionSetId} is ${row.status}`
          );
        }
        const applicableIds = new Set(
          plan.rows.filter((row) => row.status === 'applicable').map((row) => row.permissionSetId)
        );
        for (const change of plan.changes)
          check(applicableIds.has(change.permissionSetId), `change of ${change.permissionSetId}`);
        const lockedCodes = plan.blockers.filter((b) => b.category === 'locked');
        check(
          lockedCodes.length === lockedRows.filter((row) => row.status === 'locked').length,
          'one locked blocker per locked row'
        );
      }),
      { numRuns: RUNS }
    );
  });

  it('does not depend on the order of the records or of the edits', () => {
    fc.assert(
      fc.property(requestArbitrary, fc.integer(), ({ facts, edits, actingUserId }, seed) => {
        const plan = planMfaEdits(facts, { edits, actingUserId });
        const reordered = planMfaEdits(shuffledFacts(facts, seed), {
          edits: shuffled(edits, seed),
          actingUserId
        });
        checkSameJson(reordered, plan, 'the plan of the reordered request');
      }),
      { numRuns: RUNS }
    );
  });

  it('affects exactly the users whose effective MFA values change once the plan is carried out', () => {
    fc.assert(
      fc.property(requestArbitrary, ({ facts, edits, actingUserId }) => {
        const plan = planMfaEdits(facts, { edits, actingUserId }, ALL_USERS);
        const before = effectiveMfa(facts);
        const after = effectiveMfa(applyPlan(facts, plan));
        const changed = [...before.keys()].filter((id) => before.get(id) !== after.get(id)).sort();
        checkSameJson(
          plan.affectedUsers.sample.map((user) => user.id).sort(),
          changed,
          'affected users'
        );
        check(plan.affectedUsers.count === changed.length, 'affected user count');
      }),
      { numRuns: RUNS }
    );
  });
});
