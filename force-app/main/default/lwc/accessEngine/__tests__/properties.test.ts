// Property-based tests over 10,000 random orgs each (fast-check): rules that must hold whatever
// the org looks like, checked against a naive reference model of the platform's rules.
import fc from 'fast-check';
import { auditOrg, explainUser, TRACKED_PERMISSIONS, validateSnapshot } from '../accessEngine';
import type { Explanation, PermissionSetRecord, Snapshot } from '../accessEngine';
import { check, checkSameJson } from './propertyChecks';
import { CAPTURED_AT, randomSnapshot } from './randomFacts';

const RUNS = { numRuns: 10_000 };
const DAY_MS = 86_400_000;

function explainAll(snapshot: Snapshot): Explanation[] {
  return (snapshot.records.User ?? []).map((user) => explainUser(snapshot, user.Id));
}

/** The platform's rule, written plainly with linear scans, independent of the engine's indexes. */
function referenceEffective(snapshot: Snapshot, userId: string, field: string): boolean {
  const records = snapshot.records;
  const sets = records.PermissionSet ?? [];
  const user = (records.User ?? []).find((candidate) => candidate.Id === userId);
  if (user === undefined || !user.IsActive) return false;
  const grants = (set: PermissionSetRecord | undefined): boolean =>
    set !== undefined && (set as unknown as Record<string, unknown>)[field] === true;
  if (grants(sets.find((set) => set.IsOwnedByProfile && set.ProfileId === user.ProfileId)))
    return true;
  const now = Date.parse(CAPTURED_AT);
  return (records.PermissionSetAssignment ?? []).some((assignment) => {
    if (assignment.AssigneeId !== userId) return false;
    const expiration = assignment.ExpirationDate;
    if (expiration) {
      const ends =
        expiration.length === 10
          ? Date.parse(`${expiration}T00:00:00Z`) + DAY_MS
          : Date.parse(expiration);
      if (now >= ends) return false;
    }
    const assigned = sets.find((set) => set.Id === assignment.PermissionSetId);
    const groupId =
      assignment.PermissionSetGroupId ??
      (assigned?.Type === 'Group' ? assigned.PermissionSetGroupId : null);
    const aggregate = groupId
      ? sets.find((set) => set.Type === 'Group' && set.PermissionSetGroupId === groupId)
      : undefined;
    const holder = groupId ? aggregate : assigned;
    if (holder?.HasActivationRequired) {
      const activated = (records.SessionPermSetActivation ?? []).some(
        (activation) =>
          activation.UserId === userId &&
          (activation.PermissionSetId === assignment.PermissionSetId ||
            activation.PermissionSetId === groupId)
      );
      if (!activated) return false;
    } else if (assignment.IsActive === false) {
      return false;
    }
    if (!groupId) return assigned !== undefined && !assigned.IsOwnedByProfile && grants(assigned);
    if (aggregate !== undefined) return grants(aggregate);
    const components = (records.PermissionSetGroupComponent ?? []).filter(
      (c) => c.PermissionSetGroupId === groupId
    );
    const muting = (records.MutingPermissionSet ?? []).find((m) =>
      components.some((c) => c.PermissionSetId === m.Id)
    );
    if ((muting as unknown as Record<string, unknown> | undefined)?.[field] === true) return false;
    return components.some((c) => grants(sets.find((set) => set.Id === c.PermissionSetId)));
  });
}

/** The same sources, in any order (the audit orders by assignment, the explanation by name). */
function refKeys(sources: readonly { kind: string; id: string; via: string | null }[]): string {
  return sources
    .map((source) => `${source.kind}/${source.id}/${source.via ?? ''}`)
    .sort()
    .join(',');
}

/** fast-check's report of the first counterexample (shrunk), or undefined when the property holds. */
function failureOf<Ts extends unknown[]>(property: fc.IProperty<Ts>): string | undefined {
  return fc.defaultReportMessage(fc.check(property, RUNS));
}

function shuffled<T>(items: readonly T[] | undefined, seed: number): T[] | undefined {
  if (items === undefined) return undefined;
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('the access engine on random orgs', () => {
  it('never crashes: every random org is a valid snapshot, audits, and explains every user', () => {
    expect(
      failureOf(
        fc.property(randomSnapshot, (snapshot) => {
          const parsed = validateSnapshot(JSON.parse(JSON.stringify(snapshot)));
          const audit = auditOrg(parsed);
          check(audit.rows.length === (snapshot.records.User?.length ?? 0), 'one row per user');
          check(explainAll(parsed).length === audit.rows.length, 'one explanation per user');
        })
      )
    ).toBeUndefined();
  });

  it('makes a permission effective exactly when some source is in effect, as the reference model says, with the same findings in audit and explain', () => {
    expect(
      failureOf(
        fc.property(randomSnapshot, (snapshot) => {
          const audit = auditOrg(snapshot);
          for (const explanation of explainAll(snapshot)) {
            const row = audit.rows.find((candidate) => candidate.userId === explanation.user.Id);
            for (const permission of explanation.permissions) {
              const where = `${explanation.user.Username} ${permission.field}`;
              const inEffect = permission.sources.filter((source) => source.inEffect);
              check(
                permission.effective === inEffect.length > 0,
                `some source in effect: ${where}`
              );
              check(
                permission.effective ===
                  referenceEffective(snapshot, explanation.user.Id, permission.field),
                `reference model: ${where}`
              );
              check(
                row?.permissions[permission.field].effective === permission.effective,
                `audit: ${where}`
              );
              check(
                refKeys(row?.permissions[permission.field].sources ?? []) === refKeys(inEffect),
                `audit sources: ${where}`
              );
            }
            check(
              explanation.apiOnly === explanation.permissions[0].effective,
              'apiOnly is API Only User'
            );
            checkSameJson(
              row?.findings,
              explanation.findings,
              `audit findings differ from explainUser: ${explanation.user.Username}`
            );
          }
        })
      )
    ).toBeUndefined();
  });

  it('never counts a member set whose permission the group mutes', () => {
    expect(
      failureOf(
        fc.property(randomSnapshot, (snapshot) => {
          // Each group's muting set (the first listed, as the reference model takes), found once
          // per org: looked up per source, the scan was a tenth of this file's time.
          const muting = snapshot.records.MutingPermissionSet ?? [];
          const componentKeys = new Set(
            (snapshot.records.PermissionSetGroupComponent ?? []).map(
              (c) => `${c.PermissionSetGroupId}/${c.PermissionSetId}`
            )
          );
          const mutingOf = (groupId: string) =>
            muting.find((m) => componentKeys.has(`${groupId}/${m.Id}`));
          for (const explanation of explainAll(snapshot)) {
            for (const permission of explanation.permissions) {
              for (const source of permission.sources) {
                if (source.kind !== 'permissionSetGroup' || source.via === null) continue;
                const mutingSet = mutingOf(source.id);
                const muted =
                  (mutingSet as unknown as Record<string, unknown> | undefined)?.[
                    permission.field
                  ] === true;
                check(
                  !muted || !source.inEffect,
                  `muted member counted: ${source.name}/${source.via} ${permission.field}`
                );
              }
            }
          }
        })
      )
    ).toBeUndefined();
  });

  it('makes a permission not effective once every in-effect source is removed', () => {
    expect(
      failureOf(
        fc.property(
          randomSnapshot,
          fc.nat(),
          fc.nat(TRACKED_PERMISSIONS.length - 1),
          (snapshot, userPick, fieldPick) => {
            const users = snapshot.records.User ?? [];
            const user = users[userPick % users.length];
            const field = TRACKED_PERMISSIONS[fieldPick];
            const permission = explainUser(snapshot, user.Id).permissions.find(
              (p) => p.field === field
            );
            const inEffect = (permission?.sources ?? []).filter((source) => source.inEffect);
            const removedAssignments = new Set(inEffect.map((source) => source.assignmentId));
            const profileGrants = inEffect.some((source) => source.kind === 'profile');
            const without: Snapshot = {
              ...snapshot,
              records: {
                ...snapshot.records,
                PermissionSet: (snapshot.records.PermissionSet ?? []).map((set) => {
                  const profileSet = set.IsOwnedByProfile && set.ProfileId === user.ProfileId;
                  return profileGrants && profileSet ? { ...set, [field]: false } : set;
                }),
                PermissionSetAssignment: (snapshot.records.PermissionSetAssignment ?? []).filter(
                  (assignment) => !removedAssignments.has(assignment.Id)
                )
              }
            };
            const after = explainUser(without, user.Id).permissions.find((p) => p.field === field);
            check(after?.effective !== true, `still effective: ${user.Username} ${field}`);
          }
        )
      )
    ).toBeUndefined();
  });

  it('gives the same audit and explanations whatever the order of the records', () => {
    expect(
      failureOf(
        fc.property(randomSnapshot, fc.integer(), (snapshot, seed) => {
          const records = snapshot.records;
          const reordered: Snapshot = {
            ...snapshot,
            records: Object.fromEntries(
              Object.entries(records).map(([name, list], i) => [
                name,
                shuffled(list as readonly unknown[], seed + i)
              ])
            )
          };
          checkSameJson(auditOrg(reordered), auditOrg(snapshot), 'audit differs');
          const explained = explainAll({
            ...reordered,
            records: { ...reordered.records, User: records.User }
          });
          checkSameJson(explained, explainAll(snapshot), 'explanations differ');
        })
      )
    ).toBeUndefined();
  });
});
