// Synthetic org snapshot for the benchmark: deterministic (seeded), written as a stream of JSON
// chunks so a 100,000-user, 1,000,000-assignment file never has to exist twice in memory.
import { closeSync, openSync, writeSync } from 'fs';

export interface BenchShape {
  readonly users: number;
  readonly permissionSets: number;
  readonly groups: number;
  readonly assignments: number;
  readonly profiles: number;
  /** Assignments of user 0, the one explained in the benchmark. */
  readonly heavyUserAssignments: number;
  readonly seed: number;
}

export const DEFAULT_SHAPE: BenchShape = {
  users: 100_000,
  permissionSets: 5_000,
  groups: 500,
  assignments: 1_000_000,
  profiles: 200,
  heavyUserAssignments: 300,
  seed: 20_261_101
};

const CAPTURED_AT = '2026-11-01T10:00:00Z';

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function benchId(prefix: string, n: number): string {
  return `${prefix}${n.toString(36).toUpperCase().padStart(12, '0')}AAA`;
}

type Flags = Record<string, boolean>;

/** Realistic sparsity: API-only rare, API Enabled common, MFA for API only with MFA for UI. */
function permissionFlags(next: () => number, apiOnlyRate: number): Flags {
  const forceTwoFactor = next() < 0.1;
  return {
    PermissionsApiUserOnly: next() < apiOnlyRate,
    PermissionsApiEnabled: next() < 0.5,
    PermissionsForceTwoFactor: forceTwoFactor,
    PermissionsTwoFactorApi: forceTwoFactor && next() < 0.3,
    PermissionsDelegatedTwoFactor: next() < 0.02,
    PermissionsManageTwoFactor: next() < 0.02,
    PermissionsIsSsoEnabled: next() < 0.05
  };
}

class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  private bytes = 0;
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    const text = this.parts.join('');
    this.bytes += writeSync(this.fd, text);
    this.parts = [];
    this.size = 0;
  }
  get written(): number {
    return this.bytes;
  }
}

/** Writes `"Name": [ … ]` with one JSON record per item. */
function writeList(
  out: ChunkWriter,
  name: string,
  count: number,
  record: (i: number) => object,
  last = false
): void {
  out.write(`"${name}":[`);
  for (let i = 0; i < count; i += 1) out.write((i === 0 ? '' : ',') + JSON.stringify(record(i)));
  out.write(last ? ']' : '],');
}

/** Writes the snapshot file; returns its size in bytes. */
export function writeBenchSnapshot(path: string, shape: BenchShape = DEFAULT_SHAPE): number {
  const next = random(shape.seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const fd = openSync(path, 'w');
  const out = new ChunkWriter(fd);
  out.write(`{"schemaVersion":1,"capturedAt":"${CAPTURED_AT}","records":{`);
  const licenceNames = [
    'Salesforce',
    'Salesforce Platform',
    'Salesforce Integration',
    'Salesforce Limited Access - Free'
  ];
  writeList(out, 'UserLicense', licenceNames.length, (i) => ({
    Id: benchId('100', i),
    Name: licenceNames[i]
  }));
  const profileLicence = (p: number): number => (p === 1 ? 2 : p === 2 ? 3 : p % 2);
  writeList(out, 'Profile', shape.profiles, (p) => ({
    Id: benchId('00e', p),
    Name: p === 1 ? 'Minimum Access - API Only Integrations' : `Profile_${p}`,
    UserLicenseId: benchId('100', profileLicence(p))
  }));
  writeList(out, 'User', shape.users, (u) => ({
    Id: benchId('005', u),
    Username: `user${u}@bench.example.com`,
    Name: `Bench User ${u}`,
    IsActive: next() < 0.95,
    UserType: 'Standard',
    ProfileId: benchId('00e', u === 0 ? 0 : pick(shape.profiles))
  }));
  // Regular sets, then one profile-owned set per profile, then one aggregate per group.
  const setFlags: Flags[] = [];
  const sessionBased: boolean[] = [];
  out.write('"PermissionSet":[');
  for (let s = 0; s < shape.permissionSets; s += 1) {
    setFlags.push(permissionFlags(next, 0.002));
    sessionBased.push(next() < 0.01);
    out.write(
      (s === 0 ? '' : ',') +
        JSON.stringify({
          Id: benchId('0PS', s),
          Name: `Bench_Set_${s}`,
          Label: `Bench Set ${s}`,
          Type: sessionBased[s] ? 'Session' : 'Regular',
          IsOwnedByProfile: false,
          IsCustom: true,
          HasActivationRequired: sessionBased[s],
          ...setFlags[s]
        })
    );
  }
  for (let p = 0; p < shape.profiles; p += 1) {
    out.write(
      ',' +
        JSON.stringify({
          Id: benchId('0PS', shape.permissionSets + p),
          Name: `X00e${p}`,
          Type: 'Profile',
          IsOwnedByProfile: true,
          ProfileId: benchId('00e', p),
          // Profile 0 (the explained user's) and the integration profile grant API Only User.
          ...permissionFlags(next, p <= 1 ? 1 : 0.02)
        })
    );
  }
  const groupMembers: number[][] = [];
  const groupMuting: (Flags | null)[] = [];
  for (let g = 0; g < shape.groups; g += 1) {
    const members = new Set<number>();
    const size = 5 + pick(16);
    while (members.size < size) members.add(pick(shape.permissionSets));
    groupMembers.push([...members]);
    groupMuting.push(next() < 0.3 ? permissionFlags(next, 0.5) : null);
    const aggregate: Flags = {};
    for (const field of Object.keys(setFlags[0])) {
      const granted =
        groupMembers[g].some((m) => setFlags[m][field]) && !(groupMuting[g]?.[field] ?? false);
      // One group in 50 is stale: its aggregate disagrees somewhere.
      aggregate[field] = g % 50 === 7 && field === 'PermissionsApiEnabled' ? !granted : granted;
    }
    out.write(
      ',' +
        JSON.stringify({
          Id: benchId('0PS', shape.permissionSets + shape.profiles + g),
          Name: `Bench_Group_${g}_Aggregate`,
          Type: 'Group',
          IsOwnedByProfile: false,
          PermissionSetGroupId: benchId('0PG', g),
          ...aggregate
        })
    );
  }
  out.write('],');
  const statuses = ['Updated', 'Outdated', 'Failed'];
  writeList(out, 'PermissionSetGroup', shape.groups, (g) => ({
    Id: benchId('0PG', g),
    DeveloperName: `Bench_Group_${g}`,
    MasterLabel: `Bench Group ${g}`,
    Status: g % 50 === 7 ? statuses[1 + (g % 2)] : statuses[0]
  }));
  const mutingIndex = groupMuting.flatMap((flags, g) => (flags === null ? [] : [g]));
  writeList(out, 'MutingPermissionSet', mutingIndex.length, (i) => ({
    Id: benchId('0QM', mutingIndex[i]),
    DeveloperName: `Bench_Group_${mutingIndex[i]}_Muting`,
    ...groupMuting[mutingIndex[i]]
  }));
  const components = groupMembers.flatMap((members, g) => [
    ...members.map((m) => [g, benchId('0PS', m)] as const),
    ...(groupMuting[g] === null ? [] : [[g, benchId('0QM', g)] as const])
  ]);
  writeList(out, 'PermissionSetGroupComponent', components.length, (i) => ({
    Id: benchId('0PC', i),
    PermissionSetGroupId: benchId('0PG', components[i][0]),
    PermissionSetId: components[i][1]
  }));
  // User 0 gets the heavy load; the rest spread the remaining assignments evenly.
  const perUser = (shape.assignments - shape.heavyUserAssignments) / (shape.users - 1);
  const groupShare = 0.3;
  let written = 0;
  out.write('"PermissionSetAssignment":[');
  for (let u = 0; u < shape.users; u += 1) {
    const count =
      u === 0
        ? shape.heavyUserAssignments
        : Math.floor(perUser * u) - Math.floor(perUser * (u - 1));
    const firstSet = pick(shape.permissionSets);
    const firstGroup = pick(shape.groups);
    for (let j = 0; j < count; j += 1) {
      const toGroup = next() < groupShare && j < shape.groups;
      const expires = next() < 0.05 ? (next() < 0.5 ? '2026-10-01' : '2027-01-01') : null;
      const record = toGroup
        ? {
            PermissionSetId: benchId(
              '0PS',
              shape.permissionSets + shape.profiles + ((firstGroup + j * 7) % shape.groups)
            ),
            PermissionSetGroupId: benchId('0PG', (firstGroup + j * 7) % shape.groups)
          }
        : {
            PermissionSetId: benchId('0PS', (firstSet + j * 4729) % shape.permissionSets),
            PermissionSetGroupId: null
          };
      out.write(
        (written === 0 ? '' : ',') +
          JSON.stringify({
            Id: benchId('0Pa', written),
            AssigneeId: benchId('005', u),
            ...record,
            ExpirationDate: expires,
            IsActive: true
          })
      );
      written += 1;
    }
  }
  out.write(']}}');
  out.flush();
  closeSync(fd);
  return out.written;
}
