// Small random orgs and edit requests for the planning property tests.
import fc from 'fast-check';
import type { MfaEdit, MfaField } from '../planTypes';
import type {
  Facts,
  PermissionSetAssignmentRecord,
  PermissionSetGroupComponentRecord,
  PermissionSetRecord,
  TwoFactorMethodsInfoRecord,
  UserRecord
} from '../types';

export const FIELDS: readonly MfaField[] = [
  'PermissionsForceTwoFactor',
  'PermissionsTwoFactorApi',
  'PermissionsDelegatedTwoFactor',
  'PermissionsManageTwoFactor'
];

const CAPTURED_AT = '2026-11-01T10:00:00Z';
const EXPIRATIONS = [null, null, '2026-10-01', '2026-12-31'];
const GROUP = '0PG000000000001AAA';
const AGGREGATE = '0PS000000000090AAA';
const MUTING = '0QM000000000001AAA';
const PROFILES = ['00e000000000001AAA', '00e000000000002AAA'];
const REGULAR_SET_COUNT = 5;
const USER_COUNT = 6;

const setId = (n: number) => `0PS0000000000${String(n).padStart(2, '0')}AAA`;
const userId = (n: number) => `0050000000000${String(n).padStart(2, '0')}AAA`;
const profileSetId = (n: number) => setId(80 + n);

export const USER_IDS = Array.from({ length: USER_COUNT }, (_, n) => userId(n + 1));
export const SET_IDS = [
  ...Array.from({ length: REGULAR_SET_COUNT }, (_, n) => setId(n + 1)),
  profileSetId(0),
  profileSetId(1),
  AGGREGATE
];

const flags = fc.record({
  PermissionsForceTwoFactor: fc.boolean(),
  PermissionsTwoFactorApi: fc.boolean(),
  PermissionsDelegatedTwoFactor: fc.boolean(),
  PermissionsManageTwoFactor: fc.boolean(),
  PermissionsApiUserOnly: fc.boolean()
});

const regularSet = (n: number) =>
  fc
    .record({
      flags,
      kind: fc.constantFrom('custom', 'custom', 'custom', 'managed', 'standard'),
      session: fc.boolean()
    })
    .map(({ flags: values, kind, session }): PermissionSetRecord => ({
      Id: setId(n),
      Name: `Set_${n}`,
      Type: 'Regular',
      IsOwnedByProfile: false,
      IsCustom: kind !== 'standard',
      NamespacePrefix: kind === 'managed' ? 'acme' : null,
      HasActivationRequired: session && n === 1,
      ...values
    }));

const user = (n: number) =>
  fc
    .record({
      active: fc.boolean(),
      profile: fc.nat(PROFILES.length - 1),
      sets: fc.subarray(Array.from({ length: REGULAR_SET_COUNT }, (_, i) => i + 1)),
      inGroup: fc.boolean(),
      expiration: fc.constantFrom(...EXPIRATIONS),
      method: fc.boolean()
    })
    .map((shape) => ({ n, ...shape }));

/** An org of six users, two profiles (one Limited Access - Free), five sets and one group. */
export const factsArbitrary: fc.Arbitrary<Facts> = fc
  .record({
    sets: fc.tuple(...Array.from({ length: REGULAR_SET_COUNT }, (_, n) => regularSet(n + 1))),
    profileFlags: fc.tuple(flags, flags),
    aggregateFlags: flags,
    mutingFlags: flags,
    members: fc.subarray(Array.from({ length: REGULAR_SET_COUNT }, (_, n) => n + 1)),
    users: fc.tuple(...Array.from({ length: USER_COUNT }, (_, n) => user(n + 1))),
    methodsCaptured: fc.boolean()
  })
  .map((shape): Facts => {
    const users: UserRecord[] = shape.users.map((u) => ({
      Id: userId(u.n),
      Username: `user${u.n}@example.com`,
      Name: `User ${String.fromCharCode(70 - u.n)}`,
      IsActive: u.active,
      ProfileId: PROFILES[u.profile]
    }));
    const assignments: PermissionSetAssignmentRecord[] = shape.users.flatMap((u) => [
      ...u.sets.map((s) => ({
        Id: `0Pa0000000${String(u.n).padStart(2, '0')}${String(s).padStart(2, '0')}AAAA`.slice(
          0,
          18
        ),
        AssigneeId: userId(u.n),
        PermissionSetId: setId(s),
        ExpirationDate: u.expiration
      })),
      ...(u.inGroup
        ? [
            {
              Id: `0Pa00000009${String(u.n).padStart(2, '0')}AAAAA`.slice(0, 18),
              AssigneeId: userId(u.n),
              PermissionSetId: AGGREGATE,
              PermissionSetGroupId: GROUP
            }
          ]
        : [])
    ]);
    const components: PermissionSetGroupComponentRecord[] = [
      ...shape.members.map((s) => ({
        Id: `0PH0000000000${String(s).padStart(2, '0')}AAA`,
        PermissionSetGroupId: GROUP,
        PermissionSetId: setId(s)
      })),
      { Id: '0PH000000000099AAA', PermissionSetGroupId: GROUP, PermissionSetId: MUTING }
    ];
    const methods: TwoFactorMethodsInfoRecord[] = shape.users.map((u) => ({
      UserId: userId(u.n),
      HasTotp: u.method
    }));
    return {
      capturedAt: CAPTURED_AT,
      records: {
        User: users,
        Profile: [
          { Id: PROFILES[0], Name: 'Custom: Sales', UserLicenseId: '100000000000001AAA' },
          { Id: PROFILES[1], Name: 'Limited Access User', UserLicenseId: '100000000000002AAA' }
        ],
        UserLicense: [
          { Id: '100000000000001AAA', Name: 'Salesforce' },
          { Id: '100000000000002AAA', Name: 'Salesforce Limited Access - Free' }
        ],
        PermissionSet: [
          ...shape.sets,
          ...shape.profileFlags.map((values, n): PermissionSetRecord => ({
            Id: profileSetId(n),
            Name: `X00e${n}`,
            Type: 'Profile',
            IsOwnedByProfile: true,
            ProfileId: PROFILES[n],
            ...values
          })),
          {
            Id: AGGREGATE,
            Name: 'Bundle_Aggregate',
            Type: 'Group',
            IsOwnedByProfile: false,
            PermissionSetGroupId: GROUP,
            ...shape.aggregateFlags
          }
        ],
        PermissionSetAssignment: assignments,
        PermissionSetGroup: [{ Id: GROUP, DeveloperName: 'Bundle', Status: 'Updated' }],
        PermissionSetGroupComponent: components,
        MutingPermissionSet: [{ Id: MUTING, DeveloperName: 'Bundle_Muting', ...shape.mutingFlags }],
        ...(shape.methodsCaptured ? { TwoFactorMethodsInfo: methods } : {})
      }
    };
  });

export const editsArbitrary: fc.Arbitrary<MfaEdit[]> = fc.array(
  fc.record({
    permissionSetId: fc.constantFrom(...SET_IDS),
    field: fc.constantFrom(...FIELDS),
    value: fc.boolean()
  }),
  { minLength: 1, maxLength: 6 }
);

export const actingUserArbitrary = fc.option(fc.constantFrom(...USER_IDS), { nil: null });

/** The same facts with every object's records in another order. */
export function shuffledFacts(facts: Facts, seed: number): Facts {
  const records: Record<string, readonly unknown[]> = {};
  for (const [name, list] of Object.entries(facts.records)) {
    records[name] = shuffled(list as readonly unknown[], seed);
  }
  return { ...facts, records: records as Facts['records'] };
}

export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
