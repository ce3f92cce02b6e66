// Blast radius counts from the server (facts.assigneeCounts) when the records hold one user only.
import { explainUser, validateSnapshot } from '../accessEngine';
import type { Facts, Snapshot } from '../accessEngine';
import { groupUserCount, indexFacts, permissionSetUserCount, profileUserCount } from '../indexes';
import { loadFixture } from './loadFixture';

const groups = loadFixture('groups');

const PROFILE = '00e000000000001AAA';
const PROFILE_SET = '0PS000000000001AAA';
const MUTED_GROUP = '0PG000000000001AAA';
const MUTED_AGGREGATE = '0PS000000000021AAA';
const MEMBER_SET = '0PS000000000011AAA';
const DIRECT_SET = '0PS000000000014AAA';

/** The fixture with server counts (a new facts object, so the index is built again). */
function withCounts(assigneeCounts: Record<string, number>): Facts {
  return { ...groups, assigneeCounts };
}

describe('counts without assigneeCounts', () => {
  it('are counted from the records only', () => {
    const index = indexFacts(groups);
    expect(groupUserCount(index, MUTED_GROUP)).toBe(1);
    expect(permissionSetUserCount(index, MEMBER_SET)).toBe(1);
    expect(permissionSetUserCount(index, DIRECT_SET)).toBe(1);
    expect(profileUserCount(index, PROFILE)).toBe(4);
  });
});

describe('counts with assigneeCounts', () => {
  it("take a group's members from its aggregate's count", () => {
    const index = indexFacts(withCounts({ [MUTED_AGGREGATE]: 12 }));
    expect(groupUserCount(index, MUTED_GROUP)).toBe(12);
  });

  it("take a regular set's direct holders from its count", () => {
    const index = indexFacts(withCounts({ [DIRECT_SET]: 5 }));
    expect(permissionSetUserCount(index, DIRECT_SET)).toBe(5);
  });

  it("add the members of each group containing a member set to the set's direct holders", () => {
    // A user holding the set directly and through the group is counted twice (documented).
    const index = indexFacts(withCounts({ [MEMBER_SET]: 3, [MUTED_AGGREGATE]: 12 }));
    expect(permissionSetUserCount(index, MEMBER_SET)).toBe(15);
  });

  it("take a profile's users from its profile-owned set's count", () => {
    const index = indexFacts(withCounts({ [PROFILE_SET]: 40 }));
    expect(profileUserCount(index, PROFILE)).toBe(40);
  });

  it('keep the record-based count when it is larger than the server count', () => {
    const index = indexFacts(withCounts({ [PROFILE_SET]: 2, [MUTED_AGGREGATE]: 0 }));
    expect(profileUserCount(index, PROFILE)).toBe(4);
    expect(groupUserCount(index, MUTED_GROUP)).toBe(1);
  });

  it('count a set the map leaves out from the records', () => {
    const index = indexFacts(withCounts({ [MUTED_AGGREGATE]: 12 }));
    expect(permissionSetUserCount(index, DIRECT_SET)).toBe(1);
  });

  it('match 15-character keys to 18-character Ids', () => {
    const index = indexFacts(withCounts({ [MUTED_AGGREGATE.slice(0, 15)]: 7 }));
    expect(groupUserCount(index, MUTED_GROUP)).toBe(7);
  });

  it("reach the fixes' blast radius and messages", () => {
    const erin = explainUser(
      withCounts({ [MEMBER_SET]: 2, [MUTED_AGGREGATE]: 12 }),
      'erin@example.com'
    );
    const fixes = erin.findings.flatMap((finding) => finding.fixes);
    const mute = fixes.find((fix) => fix.kind === 'muteInGroup');
    const uncheck = fixes.find(
      (fix) => fix.kind === 'uncheckOnPermissionSet' && fix.targetId === MEMBER_SET
    );
    const remove = fixes.find((fix) => fix.kind === 'removeAssignment');
    expect(mute?.blastRadius).toEqual({ scope: 'groupMembers', userCount: 12 });
    expect(mute?.message).toContain('affects every user assigned the group: 12');
    expect(uncheck?.blastRadius).toEqual({ scope: 'permissionSetAssignees', userCount: 14 });
    expect(remove?.blastRadius).toEqual({ scope: 'user', userCount: 1 });
  });
});

describe('snapshot validation of assigneeCounts', () => {
  const base = { schemaVersion: 1, records: {} };

  it('keeps the map when present', () => {
    const snapshot: Snapshot = validateSnapshot({
      ...base,
      assigneeCounts: { [MUTED_AGGREGATE]: 12 }
    });
    expect(snapshot.assigneeCounts).toEqual({ [MUTED_AGGREGATE]: 12 });
  });

  it('leaves it out when absent', () => {
    expect(validateSnapshot(base)).not.toHaveProperty('assigneeCounts');
  });

  it('rejects a key that is not an Id or a value that is not a count', () => {
    expect(() => validateSnapshot({ ...base, assigneeCounts: { nope: 1 } })).toThrow(
      'assigneeCounts key "nope" is not a Salesforce Id'
    );
    expect(() => validateSnapshot({ ...base, assigneeCounts: { [DIRECT_SET]: -1 } })).toThrow(
      `assigneeCounts ${DIRECT_SET}: -1 is not a count`
    );
    expect(() => validateSnapshot({ ...base, assigneeCounts: [] })).toThrow(
      'assigneeCounts must be an object'
    );
  });
});
