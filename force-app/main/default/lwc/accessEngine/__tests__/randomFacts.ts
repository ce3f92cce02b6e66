// fast-check generator of small random orgs, valid as snapshots, covering every rule's inputs:
// profiles, licences, direct and session sets, groups with muting, stale or missing aggregates,
// expired and inactive assignments, activations and inactive users.
import fc from 'fast-check';
import { TRACKED_PERMISSIONS } from '../accessEngine';
import type {
  MutingPermissionSetRecord,
  PermissionSetAssignmentRecord,
  PermissionSetGroupComponentRecord,
  PermissionSetRecord,
  Snapshot
} from '../accessEngine';

export const CAPTURED_AT = '2026-11-01T10:00:00Z';
const LICENCES = ['Salesforce', 'Salesforce Integration', 'Salesforce Limited Access - Free'];
const STATUSES = ['Updated', 'Updated', 'Outdated', 'Updating', 'Failed'];
const EXPIRATIONS = [null, null, '2026-10-01', '2026-11-01', '2027-01-01T00:00:00Z'];

/** An 18-character Id: key prefix, zero-padded number, fixed suffix. */
export function idOf(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(12, '0')}AAA`;
}

const flags = fc.array(fc.boolean(), {
  minLength: TRACKED_PERMISSIONS.length,
  maxLength: TRACKED_PERMISSIONS.length
});

function permissionFields(values: readonly boolean[]): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  TRACKED_PERMISSIONS.forEach((field, i) => {
    // Leave some fields out entirely, as an org without the field would.
    if (i !== 6 || values[i]) result[field] = values[i];
  });
  return result;
}

const shape = fc.record({
  profiles: fc.array(
    fc.record({ licence: fc.nat(LICENCES.length - 1), flags, integrationName: fc.boolean() }),
    { minLength: 1, maxLength: 3 }
  ),
  sets: fc.array(fc.record({ flags, session: fc.boolean(), name: fc.nat(3) }), { maxLength: 5 }),
  groups: fc.array(
    fc.record({
      status: fc.nat(STATUSES.length - 1),
      members: fc.array(fc.nat(4), { maxLength: 3 }),
      muting: fc.option(flags, { nil: null }),
      aggregate: fc.constantFrom('computed', 'random', 'missing'),
      aggregateFlags: flags,
      session: fc.boolean()
    }),
    { maxLength: 3 }
  ),
  users: fc.array(fc.record({ profile: fc.nat(2), active: fc.boolean() }), {
    minLength: 1,
    maxLength: 4
  }),
  assignments: fc.array(
    fc.record({
      user: fc.nat(3),
      target: fc.nat(7),
      expiration: fc.nat(EXPIRATIONS.length - 1),
      isActive: fc.constantFrom(true, true, false, null),
      viaGroupIdField: fc.boolean()
    }),
    { maxLength: 8 }
  ),
  activations: fc.array(fc.record({ user: fc.nat(3), set: fc.nat(7) }), { maxLength: 2 })
});

export const randomSnapshot: fc.Arbitrary<Snapshot> = shape.map((s) => {
  const profiles = s.profiles.map((p, i) => ({
    Id: idOf('00e', i + 1),
    Name:
      p.integrationName && p.licence === 1
        ? 'Minimum Access - API Only Integrations'
        : `Profile_${i + 1}`,
    UserLicenseId: idOf('100', p.licence + 1)
  }));
  const permissionSets: PermissionSetRecord[] = s.profiles.map((p, i) => ({
    Id: idOf('0PS', i + 1),
    Name: `X00e${i + 1}`,
    Type: 'Profile',
    IsOwnedByProfile: true,
    ProfileId: profiles[i].Id,
    ...permissionFields(p.flags)
  }));
  const regular: PermissionSetRecord[] = s.sets.map((set, i) => ({
    Id: idOf('0PS', 100 + i),
    // Names repeat on purpose: ties must still give one order.
    Name: `Set_${set.name}`,
    Type: set.session ? 'Session' : 'Regular',
    IsOwnedByProfile: false,
    IsCustom: true,
    HasActivationRequired: set.session,
    ...permissionFields(set.flags)
  }));
  permissionSets.push(...regular);
  const groups = s.groups.map((g, i) => ({
    Id: idOf('0PG', i + 1),
    DeveloperName: `Group_${i + 1}`,
    Status: STATUSES[g.status]
  }));
  const muting: MutingPermissionSetRecord[] = [];
  const components: PermissionSetGroupComponentRecord[] = [];
  s.groups.forEach((g, i) => {
    const members = [...new Set(g.members)]
      .filter((m) => m < regular.length)
      .map((m) => regular[m]);
    members.forEach((member, j) =>
      components.push({
        Id: idOf('0PC', i * 10 + j + 1),
        PermissionSetGroupId: groups[i].Id,
        PermissionSetId: member.Id
      })
    );
    if (g.muting !== null) {
      muting.push({
        Id: idOf('0QM', i + 1),
        DeveloperName: `Muting_${i + 1}`,
        ...permissionFields(g.muting)
      });
      components.push({
        Id: idOf('0PC', i * 10 + 9),
        PermissionSetGroupId: groups[i].Id,
        PermissionSetId: idOf('0QM', i + 1)
      });
    }
    if (g.aggregate === 'missing') return;
    const computed = TRACKED_PERMISSIONS.map(
      (field, f) => members.some((member) => member[field] === true) && !(g.muting?.[f] ?? false)
    );
    permissionSets.push({
      Id: idOf('0PS', 200 + i),
      Name: `Group_${i + 1}_Aggregate`,
      Type: 'Group',
      IsOwnedByProfile: false,
      PermissionSetGroupId: groups[i].Id,
      HasActivationRequired: g.session,
      ...permissionFields(g.aggregate === 'computed' ? computed : g.aggregateFlags)
    });
  });
  const users = s.users.map((u, i) => ({
    Id: idOf('005', i + 1),
    Username: `user${i + 1}@example.com`,
    Name: `User ${i + 1}`,
    IsActive: u.active,
    ProfileId: profiles[u.profile % profiles.length].Id
  }));
  const hasAggregate = new Set(
    permissionSets.filter((p) => p.Type === 'Group').map((p) => p.PermissionSetGroupId)
  );
  const assignments: PermissionSetAssignmentRecord[] = [];
  s.assignments.forEach((a, i) => {
    const user = users[a.user % users.length];
    const base = {
      Id: idOf('0Pa', i + 1),
      AssigneeId: user.Id,
      ExpirationDate: EXPIRATIONS[a.expiration],
      IsActive: a.isActive
    };
    if (a.target < regular.length) {
      assignments.push({ ...base, PermissionSetId: regular[a.target].Id });
      return;
    }
    const group = groups[a.target - regular.length];
    if (group === undefined || !hasAggregate.has(group.Id)) return;
    const aggregateId = idOf('0PS', 200 + groups.indexOf(group));
    // The platform fills PermissionSetGroupId; joining through the aggregate must work without it.
    assignments.push({
      ...base,
      PermissionSetId: aggregateId,
      PermissionSetGroupId: a.viaGroupIdField ? group.Id : null
    });
  });
  const activationTargets = [
    ...regular.map((r) => r.Id),
    ...permissionSets.filter((p) => p.Type === 'Group').map((p) => p.Id)
  ];
  const activations = s.activations
    .filter((a) => a.set < activationTargets.length)
    .map((a, i) => ({
      Id: idOf('0SP', i + 1),
      UserId: users[a.user % users.length].Id,
      PermissionSetId: activationTargets[a.set]
    }));
  return {
    schemaVersion: 1,
    capturedAt: CAPTURED_AT,
    records: {
      User: users,
      Profile: profiles,
      UserLicense: LICENCES.map((Name, i) => ({ Id: idOf('100', i + 1), Name })),
      PermissionSet: permissionSets,
      PermissionSetGroup: groups,
      PermissionSetGroupComponent: components,
      MutingPermissionSet: muting,
      PermissionSetAssignment: assignments,
      SessionPermSetActivation: activations
    }
  };
});
