// Transaction Finalizers on Queueable jobs, as Test.stopTest runs them (Apex Developer Guide,
// "Transaction Finalizers"; Apex Reference, "FinalizerContext Interface", "ParentJobResult
// Enum"): the job's writes roll back when it fails, the finalizer runs after it in a transaction
// of its own with the job's Id, result and exception, may re-enqueue a failed job five
// consecutive times, and attachFinalizer refuses what the platform's error messages name.
import { ApexSuite, expectPasses } from './apexSuite';

const suite = new ApexSuite();

suite.add(`
public class FlakyJob implements Queueable {
  public static Integer attempts = 0;
  public static List<String> results = new List<String>();
  public static List<String> messages = new List<String>();
  public static List<Id> jobIds = new List<Id>();
  public static List<Id> runAsIds = new List<Id>();
  private final Integer failures;
  private final Integer attempt;
  public FlakyJob(Integer failures, Integer attempt) {
    this.failures = failures;
    this.attempt = attempt;
  }
  public void execute(QueueableContext context) {
    System.attachFinalizer(new Retry(failures, attempt));
    attempts++;
    runAsIds.add(UserInfo.getUserId());
    insert new Group(Name = 'Flaky' + attempt, DeveloperName = 'Flaky' + attempt, Type = 'Regular');
    if (attempt <= failures) {
      throw new IllegalArgumentException('attempt ' + attempt + ' broke');
    }
  }
  public class Retry implements Finalizer {
    private final Integer failures;
    private final Integer attempt;
    public Retry(Integer failures, Integer attempt) {
      this.failures = failures;
      this.attempt = attempt;
    }
    public void execute(FinalizerContext context) {
      results.add(String.valueOf(context.getResult()));
      jobIds.add(context.getAsyncApexJobId());
      messages.add(context.getException() == null ? null : context.getException().getMessage());
      Assert.areEqual(0, Limits.getDmlStatements(), 'a transaction of its own');
      if (context.getResult() == ParentJobResult.UNHANDLED_EXCEPTION) {
        System.enqueueJob(new FlakyJob(failures, attempt + 1));
      }
    }
  }
}`);

suite.add(`
public class TwiceJob implements Queueable, Finalizer {
  public static String refusal;
  public void execute(QueueableContext context) {
    System.attachFinalizer(this);
    try {
      System.attachFinalizer(this);
    } catch (AsyncException e) {
      refusal = e.getMessage();
    }
  }
  public void execute(FinalizerContext context) {
  }
}`);

const tests = suite.add(`
@IsTest
private class FinalizerTest {
  @IsTest
  static void aFinalizerRetriesAFailedJobWhoseWritesWereRolledBack() {
    Test.startTest();
    Id first = System.enqueueJob(new FlakyJob(2, 1));
    try {
      Test.stopTest();
      Assert.fail('the first failure reaches the test');
    } catch (IllegalArgumentException e) {
      Assert.areEqual('attempt 1 broke', e.getMessage());
    }
    Assert.areEqual(3, FlakyJob.attempts, 'two failures, then a success');
    Assert.areEqual(
      new List<String>{ 'UNHANDLED_EXCEPTION', 'UNHANDLED_EXCEPTION', 'SUCCESS' },
      FlakyJob.results
    );
    Assert.areEqual(new List<String>{ 'attempt 1 broke', 'attempt 2 broke', null }, FlakyJob.messages);
    Assert.areEqual(first, FlakyJob.jobIds[0], 'the context names the job');
    Assert.areEqual(
      0,
      [SELECT COUNT() FROM Group WHERE DeveloperName IN ('Flaky1', 'Flaky2')],
      'a failed job writes nothing'
    );
    Assert.areEqual(1, [SELECT COUNT() FROM Group WHERE DeveloperName = 'Flaky3'], 'the success commits');
  }
  @IsTest
  static void aFailedJobIsReEnqueuedAtMostFiveConsecutiveTimes() {
    Test.startTest();
    System.enqueueJob(new FlakyJob(100, 1));
    try {
      Test.stopTest();
    } catch (IllegalArgumentException e) {
      Assert.areEqual('attempt 1 broke', e.getMessage());
    }
    Assert.areEqual(6, FlakyJob.attempts, 'the job and five re-enqueued ones');
  }
  @IsTest
  static void aJobRunsAsTheUserWhoEnqueuedIt() {
    Profile standard = [SELECT Id FROM Profile WHERE Name = 'Standard User' LIMIT 1];
    User other = new User(
      LastName = 'Enqueuer',
      Alias = 'enq',
      Email = 'enq@example.com',
      Username = 'enq.' + Crypto.getRandomInteger() + '@finalizer.test',
      EmailEncodingKey = 'UTF-8',
      LanguageLocaleKey = 'en_US',
      LocaleSidKey = 'en_US',
      TimeZoneSidKey = 'GMT',
      ProfileId = standard.Id
    );
    insert other;
    Test.startTest();
    System.runAs(other) {
      System.enqueueJob(new FlakyJob(0, 1));
    }
    Test.stopTest();
    Assert.areEqual(new List<Id>{ other.Id }, FlakyJob.runAsIds);
  }
  @IsTest
  static void attachFinalizerIsRefusedTwiceAndOutsideAQueueable() {
    try {
      System.attachFinalizer(new TwiceJob());
      Assert.fail('not in a Queueable');
    } catch (AsyncException e) {
      Assert.areEqual('System.attachFinalizer(Finalizer) is not allowed in this context', e.getMessage());
    }
    Test.startTest();
    System.enqueueJob(new TwiceJob());
    Test.stopTest();
    Assert.areEqual('More than one Finalizer cannot be attached to same Async Apex Job', TwiceJob.refusal);
  }
}`);

it('runs a finalizer after its job, re-enqueues failed jobs five times at most, as the enqueuing user', () => {
  expectPasses(suite, tests);
});
