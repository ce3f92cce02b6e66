// @AuraEnabled calls outside tests (runner/auraHost.ts) on an org made of a snapshot laid over the
// baseline (runner/snapshotOrg.ts): what the preview and the benchmark rely on.
import { toId18 } from '../../src/equality';
import { AuraHost, type AuraAnswer } from '../../src/runner/auraHost';
import { snapshotOrg, type SnapshotRecords } from '../../src/runner/snapshotOrg';
import { TEST_START_TIME } from '../../src/runner/testRunner';
import type { ApexDatetime } from '../../src/values';
import { ApexSuite } from '../interpreter/apexSuite';

const suite = new ApexSuite();
suite.add(`public with sharing class HostProbe {
  public class Item { @AuraEnabled public String name; @AuraEnabled public Integer count; }
  public class Result {
    @AuraEnabled public String userId;
    @AuraEnabled public Boolean admin;
    @AuraEnabled public List<Item> items;
  }
  @AuraEnabled
  public static Result echo(List<Item> items, Integer times) {
    Result r = new Result();
    r.userId = UserInfo.getUserId();
    r.admin = FeatureManagement.checkPermission('Why_API_Only_Admin');
    r.items = new List<Item>();
    for (Integer i = 0; i < times; i++) r.items.addAll(items);
    return r;
  }
  @AuraEnabled
  public static void failAfterInsert(String name) {
    insert new Account(Name = name);
    throw new AuraHandledException('refused: ' + name);
  }
  @AuraEnabled
  public static Integer countAccounts(String name) {
    return [SELECT COUNT() FROM Account WHERE Name LIKE :name];
  }
  @AuraEnabled
  public static Integer npe() { String s; return s.length(); }
  @AuraEnabled
  public static void grant(Id setId, Boolean fail) {
    insert new PermissionSetAssignment(AssigneeId = UserInfo.getUserId(), PermissionSetId = setId);
    // Access computed after the insert: the rollback must not leave it cached.
    Boolean granted = FeatureManagement.checkPermission('Why_API_Only_Admin');
    if (fail) throw new AuraHandledException('granted ' + granted + ', refused');
  }
  @AuraEnabled
  public static void enqueue(String name) { System.enqueueJob(new HostProbeJob(name)); }
}`);
suite.add(`public class HostProbeJob implements Queueable {
  String name;
  public HostProbeJob(String name) { this.name = name; }
  public void execute(QueueableContext context) {
    insert new Account(Name = name + (System.isQueueable() ? ' queued' : '') + ' by ' + UserInfo.getUserId());
  }
}`);

const id = (prefix: string, n: number) => toId18(`${prefix}${String(n).padStart(12, '0')}`)!;
const ANNA = id('005', 1);
const BEN = id('005', 2);
// A hand-written 18-character Id whose last three characters are not its checksum.
const BEN_WRONG_SUFFIX = `${BEN.slice(0, 15)}ZZZ`;
const ADMIN_SET = id('0PS', 1);
const MEMBER_A = id('0PS', 2);
const MEMBER_B = id('0PS', 3);
const GROUP = id('0PG', 1);
const MUTING = id('0QM', 1);
const CUSTOM_PROFILE = id('00e', 1);
const STANDARD_USER = id('00e', 2);

const snapshot: SnapshotRecords = {
  capturedAt: '2026-11-20T09:30:00.000Z',
  records: {
    Profile: [
      { Id: CUSTOM_PROFILE, Name: 'Custom: Integration' },
      { Id: STANDARD_USER, Name: 'Standard User' }
    ],
    User: [
      {
        Id: ANNA,
        Username: 'anna@x.example',
        Name: 'Anna Admin',
        IsActive: true,
        ProfileId: STANDARD_USER
      },
      {
        Id: BEN_WRONG_SUFFIX,
        Username: 'ben@x.example',
        Name: 'Ben Bot',
        IsActive: true,
        ProfileId: CUSTOM_PROFILE
      }
    ],
    PermissionSet: [
      { Id: ADMIN_SET, Name: 'Why_API_Only_Admin', Type: 'Regular', PermissionsViewSetup: true },
      { Id: MEMBER_A, Name: 'Member_A', Type: 'Regular', PermissionsApiUserOnly: true },
      { Id: MEMBER_B, Name: 'Member_B', Type: 'Regular', PermissionsApiEnabled: true }
    ],
    PermissionSetGroup: [
      { Id: GROUP, DeveloperName: 'Bundle', MasterLabel: 'Bundle', Status: 'Updated' }
    ],
    MutingPermissionSet: [
      { Id: MUTING, DeveloperName: 'Bundle_Muting', PermissionsApiUserOnly: true }
    ],
    PermissionSetGroupComponent: [
      { Id: id('0PC', 1), PermissionSetGroupId: GROUP, PermissionSetId: MEMBER_A },
      { Id: id('0PC', 2), PermissionSetGroupId: GROUP, PermissionSetId: MEMBER_B },
      { Id: id('0PC', 3), PermissionSetGroupId: GROUP, PermissionSetId: MUTING }
    ],
    PermissionSetAssignment: [
      {
        Id: id('0Pa', 1),
        AssigneeId: ANNA,
        PermissionSetId: ADMIN_SET,
        ExpirationDate: null,
        IsActive: true
      },
      {
        Id: id('0Pa', 2),
        AssigneeId: BEN_WRONG_SUFFIX,
        PermissionSetId: MEMBER_B,
        ExpirationDate: '2027-01-31',
        IsActive: true
      }
    ]
  }
};

function world() {
  const runner = suite.runner;
  const org = snapshotOrg(
    runner.schema,
    runner.baseline,
    runner.interpreter,
    snapshot,
    TEST_START_TIME
  );
  let now = Date.UTC(2026, 11, 4, 12, 0, 0);
  const failures: string[] = [];
  const host = new AuraHost(runner.interpreter, org, {
    clock: () => (now += 1000),
    onJobFailure: (job, message) => failures.push(`${job}: ${message}`)
  });
  return { runner, org, host, failures };
}

const value = (answer: AuraAnswer) => {
  if ('error' in answer)
    throw new Error(`${answer.error.body.exceptionType}: ${answer.error.body.message}`);
  return answer.returnValue as Record<string, unknown>;
};

describe('the snapshot on the baseline', () => {
  it('takes the baseline Id of a profile, a shipped set and their references, and fixes a bad checksum', () => {
    const { org } = world();
    const baselineStandardUser = [...org.store.rows('Profile')].find(
      (p) => p.get('name') === 'Standard User'
    );
    const anna = org.store.byId(ANNA)!.record;
    expect(anna.get('profileid')).toBe(baselineStandardUser!.get('id'));
    expect(anna.get('timezonesidkey')).toBe('America/Los_Angeles');
    expect([anna.get('firstname'), anna.get('lastname')]).toEqual(['Anna', 'Admin']);
    const shipped = [...org.store.rows('PermissionSet')].filter(
      (s) => s.get('name') === 'Why_API_Only_Admin'
    );
    expect(shipped).toHaveLength(1);
    expect(shipped[0].get('permissionsviewsetup')).toBe(true);
    expect(org.store.byId(ADMIN_SET)).toBeUndefined();
    const ben = org.store.byId(BEN);
    expect(ben?.record.get('profileid')).toBe(CUSTOM_PROFILE);
    const bens = [...org.store.rows('PermissionSetAssignment')].filter(
      (a) => a.get('assigneeid') === BEN
    );
    // ExpirationDate is a Datetime: a date in the snapshot is its midnight GMT.
    expect(bens.map((a) => (a.get('expirationdate') as ApexDatetime).millis)).toEqual([
      Date.UTC(2027, 0, 31)
    ]);
  });

  it('leaves out the baseline admin and the profiles the snapshot lacks, with their own sets', () => {
    const { org } = world();
    const profiles = [...org.store.rows('Profile')].map((p) => p.get('name')).sort();
    expect(profiles).toEqual(['Custom: Integration', 'Standard User']);
    const profileSets = [...org.store.rows('PermissionSet')].filter(
      (s) => s.get('isownedbyprofile') === true
    );
    expect(profileSets).toHaveLength(1); // the snapshot lists none; Standard User's is the baseline's
    const orphans = [...org.store.rows('ObjectPermissions')].filter(
      (o) => !org.store.byId(String(o.get('parentid')))
    );
    expect(orphans).toEqual([]);
  });

  it('gives a group without an aggregate one, muting applied', () => {
    const { org } = world();
    expect([...org.store.rows('User')].map((u) => u.get('username'))).toEqual([
      'anna@x.example',
      'ben@x.example'
    ]);
    const aggregate = [...org.store.rows('PermissionSet')].find(
      (s) => s.get('permissionsetgroupid') === GROUP
    );
    expect(aggregate?.get('type')).toBe('Group');
    expect(aggregate?.get('permissionsapienabled')).toBe(true);
    expect(aggregate?.get('permissionsapiuseronly')).toBe(false);
  });
});

describe('AuraHost', () => {
  it('runs as the caller, deserializes the parameters into the declared types and serializes the result', () => {
    const { host } = world();
    const items = [{ name: 'a', count: 2, ignored: true }];
    const anna = value(host.call('HostProbe.echo', { items, times: 2 }, ANNA));
    expect(anna).toEqual({
      userId: ANNA,
      admin: true,
      items: [
        { name: 'a', count: 2 },
        { name: 'a', count: 2 }
      ]
    });
    expect(value(host.call('hostprobe.ECHO', { items: [], times: 0 }, BEN))).toMatchObject({
      userId: BEN,
      admin: false
    });
  });

  it('answers an AuraHandledException with its text and rolls the transaction back', () => {
    const { host } = world();
    const answer = host.call('HostProbe.failAfterInsert', { name: 'Rolled' }, ANNA);
    expect('error' in answer && answer.error.body).toMatchObject({
      exceptionType: 'System.AuraHandledException',
      message: 'refused: Rolled'
    });
    expect(value(host.call('HostProbe.countAccounts', { name: 'Rolled' }, ANNA))).toBe(0);
  });

  it('answers another exception with its type and message', () => {
    const { host } = world();
    const answer = host.call('HostProbe.npe', {}, ANNA);
    expect('error' in answer && answer.error.body.exceptionType).toBe(
      'System.NullPointerException'
    );
    const unknown = host.call('HostProbe.nothing', {}, ANNA);
    expect('error' in unknown && unknown.error.body.message).toBe(
      'No @AuraEnabled method HostProbe.nothing'
    );
  });

  it('runs an enqueued Queueable after the transaction commits, as the user who enqueued it', () => {
    const { host, failures } = world();
    value(host.call('HostProbe.enqueue', { name: 'Job' }, BEN));
    expect(failures).toEqual([]);
    expect(
      value(host.call('HostProbe.countAccounts', { name: `Job queued by ${BEN}` }, ANNA))
    ).toBe(1);
  });

  it('sees an assignment a call committed, and not one a failed call rolled back', () => {
    const { host, org } = world();
    const adminSet = [...org.store.rows('PermissionSet')].find(
      (s) => s.get('name') === 'Why_API_Only_Admin'
    )!;
    const echo = () => value(host.call('HostProbe.echo', { items: [], times: 0 }, BEN)).admin;
    expect(echo()).toBe(false);
    expect(
      'error' in host.call('HostProbe.grant', { setId: adminSet.get('id'), fail: true }, BEN)
    ).toBe(true);
    expect(echo()).toBe(false);
    value(host.call('HostProbe.grant', { setId: adminSet.get('id'), fail: false }, BEN));
    expect(echo()).toBe(true);
  });
});
