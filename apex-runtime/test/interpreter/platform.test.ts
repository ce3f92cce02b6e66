// What Apex reads of the platform in a test: Schema describe, UserInfo, custom permissions
// through FeatureManagement, Limits, System.runAs, Test.startTest/stopTest with queued jobs,
// and Test.calculatePermissionSetGroup — against the org built from the real project.
import { ApexSuite, expectPasses } from './apexSuite';

const suite = new ApexSuite();

suite.add(`
@IsTest
public class PlatformTestUsers {
  public static User withProfile(String profileName, String alias) {
    Profile p = [SELECT Id FROM Profile WHERE Name = :profileName LIMIT 1];
    User u = new User(
      LastName = 'Platform ' + alias,
      Alias = alias,
      Email = alias + '@example.com',
      Username = alias + '.' + Crypto.getRandomInteger() + '@platform.test',
      EmailEncodingKey = 'UTF-8',
      LanguageLocaleKey = 'en_US',
      LocaleSidKey = 'en_US',
      TimeZoneSidKey = 'GMT',
      ProfileId = p.Id
    );
    insert u;
    return u;
  }
}`);

const describe = suite.add(`
@IsTest
private class DescribeTest {
  @IsTest
  static void describesAnObjectAndItsFieldsFromTheSchema() {
    Schema.DescribeSObjectResult described = PermissionSet.SObjectType.getDescribe();
    Assert.areEqual('PermissionSet', described.getName());
    Assert.areEqual('0PS', described.getKeyPrefix());
    Map<String, Schema.SObjectField> fields = described.fields.getMap();
    Assert.isTrue(fields.containsKey('permissionsapiuseronly'), 'field map keys are lower case');
    Schema.DescribeFieldResult apiOnly = fields.get('permissionsapiuseronly').getDescribe();
    Assert.areEqual('PermissionsApiUserOnly', apiOnly.getName());
    Assert.areEqual(Schema.DisplayType.BOOLEAN, apiOnly.getType());
    Assert.areEqual(PermissionSet.PermissionsApiUserOnly, apiOnly.getSObjectField());
  }
  @IsTest
  static void describesTheProjectsCustomObjects() {
    Schema.DescribeSObjectResult changeSet = Schema.getGlobalDescribe().get('mfa_change_set__c').getDescribe();
    Assert.isTrue(changeSet.isCustom());
    Schema.DescribeFieldResult summary = MFA_Change_Set__c.Summary__c.getDescribe();
    Assert.areEqual(255, summary.getLength());
    Assert.areEqual(Schema.DisplayType.STRING, summary.getType());
    Assert.areEqual(
      'MFA_Change_Set__c',
      Schema.describeSObjects(new List<String>{ 'MFA_Change_Set__c' })[0].getName()
    );
  }
}`);

const describeMaps = suite.add(`
@IsTest
private class DescribeMapCaseTest {
  @IsTest
  static void describeMapsFindKeysInAnyCase() {
    Assert.isTrue(Schema.getGlobalDescribe().containsKey('MFA_Change_Set__c'));
    Assert.isNotNull(PermissionSet.SObjectType.getDescribe().fields.getMap().get('PermissionsApiUserOnly'));
  }
}`);

const users = suite.add(`
@IsTest
private class UserContextTest {
  @IsTest
  static void userInfoDescribesTheRunningUserAndChangesInsideRunAs() {
    Id admin = UserInfo.getUserId();
    Assert.areEqual('005', String.valueOf(admin).left(3));
    User me = [SELECT Id, Username, ProfileId FROM User WHERE Id = :admin];
    Assert.areEqual(me.Username, UserInfo.getUserName());
    Assert.areEqual(me.ProfileId, UserInfo.getProfileId());
    User other = PlatformTestUsers.withProfile('Standard User', 'stdu');
    System.runAs(other) {
      Assert.areEqual(other.Id, UserInfo.getUserId());
    }
    Assert.areEqual(admin, UserInfo.getUserId(), 'runAs restores the user after its block');
  }
  @IsTest
  static void aCustomPermissionIsGrantedThroughAnAssignedPermissionSet() {
    User u = PlatformTestUsers.withProfile('Standard User', 'perm');
    System.runAs(u) {
      Assert.isFalse(FeatureManagement.checkPermission('Why_API_Only_Admin'));
    }
    PermissionSet appAdmin = [SELECT Id FROM PermissionSet WHERE Name = 'Why_API_Only_Admin'];
    insert new PermissionSetAssignment(AssigneeId = u.Id, PermissionSetId = appAdmin.Id);
    System.runAs(u) {
      Assert.isTrue(FeatureManagement.checkPermission('Why_API_Only_Admin'));
    }
  }
}`);

suite.add(`
public class CountingJob implements Queueable {
  public static Integer runs = 0;
  public static Integer queriesSeen;
  private final String name;
  public CountingJob(String name) { this.name = name; }
  public void execute(QueueableContext context) {
    runs++;
    queriesSeen = Limits.getQueries();
    insert new Group(Name = name, DeveloperName = name, Type = 'Regular');
  }
}`);
const async = suite.add(`
@IsTest
private class AsyncTest {
  @IsTest
  static void startTestGivesFreshLimitsAndStopTestRestoresTheTestsOwn() {
    List<User> first = [SELECT Id FROM User LIMIT 1];
    Assert.areEqual(1, Limits.getQueries());
    Assert.areEqual(100, Limits.getLimitQueries());
    Test.startTest();
    Assert.areEqual(0, Limits.getQueries());
    List<User> second = [SELECT Id FROM User LIMIT 1];
    Assert.areEqual(1, Limits.getQueries());
    Test.stopTest();
    Assert.areEqual(1, Limits.getQueries());
  }
  @IsTest
  static void aQueuedJobRunsAtStopTestWithLimitsOfItsOwn() {
    Test.startTest();
    Id jobId = System.enqueueJob(new CountingJob('Queued_Group'));
    Assert.isNotNull(jobId);
    Assert.areEqual(1, Limits.getQueueableJobs());
    List<User> before = [SELECT Id FROM User LIMIT 1];
    Assert.areEqual(0, CountingJob.runs, 'nothing runs before stopTest');
    Test.stopTest();
    Assert.areEqual(1, CountingJob.runs);
    Assert.areEqual(0, CountingJob.queriesSeen, 'the job starts with fresh limits');
    Assert.areEqual(1, [SELECT COUNT() FROM Group WHERE DeveloperName = 'Queued_Group']);
  }
}`);

suite.add(`
public class BrokenJob implements Queueable {
  public void execute(QueueableContext context) {
    throw new IllegalArgumentException('job broke');
  }
}`);
const brokenAsync = suite.add(`
@IsTest
private class BrokenAsyncTest {
  @IsTest
  static void anExceptionInAQueuedJobFailsTheTestAtStopTest() {
    Test.startTest();
    System.enqueueJob(new BrokenJob());
    Test.stopTest();
  }
}`);

const groups = suite.add(`
@IsTest
private class PermissionSetGroupTest {
  @IsTest
  static void calculatePermissionSetGroupAggregatesMembersMinusTheMutingSet() {
    PermissionSet api = new PermissionSet(Name = 'Psg_Api', Label = 'Psg Api', PermissionsApiEnabled = true);
    PermissionSet setup = new PermissionSet(Name = 'Psg_Setup', Label = 'Psg Setup', PermissionsViewSetup = true);
    insert new List<PermissionSet>{ api, setup };
    PermissionSetGroup psg = new PermissionSetGroup(DeveloperName = 'Psg_Test', MasterLabel = 'Psg Test');
    insert psg;
    MutingPermissionSet muting = new MutingPermissionSet(DeveloperName = 'Psg_Mute', MasterLabel = 'Psg Mute', PermissionsViewSetup = true);
    insert muting;
    insert new List<PermissionSetGroupComponent>{
      new PermissionSetGroupComponent(PermissionSetGroupId = psg.Id, PermissionSetId = api.Id),
      new PermissionSetGroupComponent(PermissionSetGroupId = psg.Id, PermissionSetId = setup.Id),
      new PermissionSetGroupComponent(PermissionSetGroupId = psg.Id, PermissionSetId = muting.Id)
    };
    Test.calculatePermissionSetGroup(psg.Id);
    PermissionSetGroup calculated = [SELECT Status FROM PermissionSetGroup WHERE Id = :psg.Id];
    Assert.areEqual('Updated', calculated.Status);
    PermissionSet aggregate = [
      SELECT PermissionsApiEnabled, PermissionsViewSetup
      FROM PermissionSet
      WHERE PermissionSetGroupId = :psg.Id
    ];
    Assert.isTrue(aggregate.PermissionsApiEnabled);
    Assert.isFalse(aggregate.PermissionsViewSetup, 'muted in the group');
  }
}`);

it('describes objects and fields of the real schema, custom objects included', () => {
  expectPasses(suite, describe);
});

// Known gap: the platform's describe maps find keys in any case ("Accessing All sObjects": "The
// sObject names are case insensitive"; the same holds for fields.getMap()). The runtime's maps
// are plain case-sensitive String maps with lower-case keys. The project lower-cases its keys.
it('finds describe map keys in any case, as the platform does', () => {
  expectPasses(suite, describeMaps);
});

it('reports the running user through UserInfo, switches it in runAs and checks custom permissions', () => {
  expectPasses(suite, users);
});

it('gives the code after startTest fresh limits and runs queued jobs at stopTest', () => {
  expectPasses(suite, async);
});

it('fails the test with the exception a queued job throws when stopTest runs it', () => {
  const [result] = suite.run(brokenAsync);
  expect(result.outcome).toBe('fail');
  expect(result.message).toBe('System.IllegalArgumentException: job broke');
  expect(result.stack).toBe(
    'Class.BrokenJob.execute: line 4, column 1\nClass.BrokenAsyncTest.anExceptionInAQueuedJobFailsTheTestAtStopTest: line 8, column 1'
  );
});

it('recalculates a permission set group from its members and muting set', () => {
  expectPasses(suite, groups);
});
