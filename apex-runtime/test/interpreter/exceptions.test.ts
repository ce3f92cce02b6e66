// Exceptions as Apex has them: custom exceptions, try/catch/finally, rethrow, catch by supertype,
// the two exceptions no catch block sees (LimitException, AssertException), and how a failure is
// reported: the message and the Apex stack. An unsupported construct fails loudly.
import { NotImplemented } from '../../src/errors';
import { loadUnits } from '../../src/runner/project';
import { ApexSuite, PROJECT_DIR, expectPasses } from './apexSuite';

const suite = new ApexSuite();

suite.add(`
public class OrderException extends Exception {}`);
suite.add(`
public virtual class ValidationException extends Exception {
  public String field;
  public ValidationException withField(String field) { this.field = field; return this; }
}`);
suite.add(`
public class RequiredFieldException extends ValidationException {}`);

const custom = suite.add(`
@IsTest
private class CustomExceptionTest {
  @IsTest
  static void customExceptionsTakeAMessageACauseOrBoth() {
    OrderException plain = new OrderException('no lines');
    Assert.areEqual('no lines', plain.getMessage());
    Assert.isNull(plain.getCause());
    Assert.areEqual('OrderException', plain.getTypeName());

    OrderException wrapped = new OrderException('failed', plain);
    Assert.areEqual('failed', wrapped.getMessage());
    Assert.areEqual(plain, wrapped.getCause());

    OrderException fromCause = new OrderException(plain);
    Assert.areEqual('no lines', fromCause.getCause().getMessage());

    OrderException empty = new OrderException();
    Assert.isNull(empty.getMessage());
    empty.setMessage('set later');
    Assert.areEqual('set later', empty.getMessage());
  }
  @IsTest
  static void aSubclassIsCaughtByItsSupertypeAndKeepsItsFields() {
    try {
      throw new RequiredFieldException('Name is required').withField('Name');
    } catch (ValidationException e) {
      Assert.isTrue(e instanceof RequiredFieldException);
      Assert.areEqual('Name', e.field);
      Assert.areEqual('RequiredFieldException', e.getTypeName());
    }
  }
  @IsTest
  static void systemExceptionsAreCaughtByTheirTypeOrByException() {
    String nothing;
    try {
      nothing.length();
      Assert.fail('expected a NullPointerException');
    } catch (NullPointerException e) {
      Assert.areEqual('Attempt to de-reference a null object', e.getMessage());
      Assert.areEqual('System.NullPointerException', e.getTypeName());
    }
    try {
      List<Integer> numbers = new List<Integer>{ 1 };
      Integer missing = numbers[3];
    } catch (Exception e) {
      Assert.isTrue(e instanceof ListException);
      Assert.areEqual('List index out of bounds: 3', e.getMessage());
    }
    try {
      Integer zero = 0;
      Integer result = 1 / zero;
    } catch (MathException e) {
      Assert.areEqual('Divide by 0', e.getMessage());
    }
  }
  @IsTest
  static void theFirstMatchingCatchBlockRunsAndNoOther() {
    List<String> seen = new List<String>();
    try {
      throw new OrderException('x');
    } catch (DmlException e) {
      seen.add('dml');
    } catch (OrderException e) {
      seen.add('order');
    } catch (Exception e) {
      seen.add('any');
    }
    Assert.areEqual(new List<String>{ 'order' }, seen);
  }
}`);

suite.add(`
public class FlowLog {
  public static List<String> steps = new List<String>();
  public static Integer returnsFromTry() {
    try {
      steps.add('try');
      return 1;
    } finally {
      steps.add('finally');
    }
  }
  public static void rethrows() {
    try {
      throw new OrderException('inner');
    } catch (OrderException e) {
      steps.add('caught');
      throw e;
    } finally {
      steps.add('finally');
    }
  }
  public static String breaksOutOfALoop() {
    for (Integer i = 0; i < 3; i++) {
      try {
        if (i == 1) break;
        steps.add('body ' + i);
      } finally {
        steps.add('finally ' + i);
      }
    }
    return 'done';
  }
}`);
const flow = suite.add(`
@IsTest
private class TryFinallyTest {
  @IsTest
  static void finallyRunsAfterAReturnInTheTryBlock() {
    Assert.areEqual(1, FlowLog.returnsFromTry());
    Assert.areEqual(new List<String>{ 'try', 'finally' }, FlowLog.steps);
  }
  @IsTest
  static void aRethrownExceptionIsTheSameObjectAndFinallyStillRuns() {
    try {
      FlowLog.rethrows();
      Assert.fail('expected the rethrow');
    } catch (OrderException e) {
      Assert.areEqual('inner', e.getMessage());
    }
    Assert.areEqual(new List<String>{ 'caught', 'finally' }, FlowLog.steps);
  }
  @IsTest
  static void finallyRunsWhenBreakLeavesTheTryBlock() {
    Assert.areEqual('done', FlowLog.breaksOutOfALoop());
    Assert.areEqual(new List<String>{ 'body 0', 'finally 0', 'finally 1' }, FlowLog.steps);
  }
  @IsTest
  static void anExceptionFromACatchBlockReplacesTheFirst() {
    try {
      try {
        throw new OrderException('first');
      } catch (OrderException e) {
        throw new ValidationException('second', e);
      }
    } catch (ValidationException e) {
      Assert.areEqual('second', e.getMessage());
      Assert.areEqual('first', e.getCause().getMessage());
    }
  }
}`);

const uncatchable = suite.add(`
@IsTest
private class UncatchableTest {
  @IsTest
  static void anAssertExceptionIsNotCaughtByCatchException() {
    try {
      Assert.areEqual(1, 2, 'numbers differ');
    } catch (Exception e) {
      // The platform never runs this block for an AssertException.
    }
  }
  @IsTest
  static void aLimitExceptionIsNotCaughtByCatchException() {
    try {
      for (Integer i = 0; i < 101; i++) {
        List<User> users = [SELECT Id FROM User LIMIT 1];
      }
    } catch (Exception e) {
      // Not reached: LimitException ends the transaction.
    }
  }
  @IsTest
  static void aCustomExceptionNotCaughtFailsTheTestWithItsMessage() {
    throw new OrderException('nobody caught me');
  }
}`);

const failing = suite.add(`
@IsTest
private class FailingAssertionTest {
  static void check(Integer actual) {
    System.assertEquals(5, actual, 'the helper saw another value');
  }
  @IsTest
  static void failsInAHelper() {
    Integer x = 4;
    check(x);
  }
  @IsTest
  static void failsWithAssertFail() {
    Assert.fail('stop here');
  }
  @IsTest
  static void failsWithIsTrue() {
    Assert.isTrue(false);
  }
  @IsTest
  static void failsWithSystemAssert() {
    System.assert(1 > 2, 'one is not more than two');
  }
}`);

const unsupported = suite.add(`
@IsTest
private class UnsupportedTest {
  public class Nightly implements Schedulable {
    public void execute(SchedulableContext context) {}
  }
  @IsTest
  static void schedulingIsNotSupported() {
    try {
      System.schedule('nightly', '0 0 2 * * ?', new Nightly());
    } catch (Exception e) {
      // Must not swallow what the runtime does not implement.
    }
    Assert.isTrue(true);
  }
}`);

/** A class whose syntax the runtime does not lower: loading it must fail, naming it. */
const UNDELETE_SOURCE = `
public class Restorer {
  public static void restore(Group g) {
    undelete g;
  }
}`;

function byMethod(results: ReturnType<ApexSuite['run']>) {
  return Object.fromEntries(results.map((r) => [r.method, r]));
}

const aura = suite.add(`
@IsTest
private class AuraHandledMessageTest {
  @IsTest
  static void hidesItsMessageUntilSetMessage() {
    AuraHandledException hidden = new AuraHandledException('for the browser');
    Assert.areEqual('Script-thrown exception', hidden.getMessage());
    hidden.setMessage('for the browser');
    Assert.areEqual('for the browser', hidden.getMessage());
  }
}`);

it('constructs custom exceptions with a message, a cause or both, and catches by supertype', () => {
  expectPasses(suite, custom);
});

it('runs finally after return, break and rethrow, and keeps the exception thrown from a catch', () => {
  expectPasses(suite, flow);
});

it('fails the test on an AssertException even inside catch (Exception e)', () => {
  const r = byMethod(suite.run(uncatchable, 'anAssertExceptionIsNotCaughtByCatchException'));
  const result = r.anAssertExceptionIsNotCaughtByCatchException;
  expect(result.outcome).toBe('fail');
  expect(result.message).toBe(
    'System.AssertException: Assertion Failed: numbers differ: Expected: 1, Actual: 2'
  );
});

it('fails the test on a LimitException even inside catch (Exception e)', () => {
  const result = suite.run(uncatchable, 'aLimitExceptionIsNotCaughtByCatchException')[0];
  expect(result.outcome).toBe('fail');
  expect(result.message).toBe('System.LimitException: Too many SOQL queries: 101');
});

it('reports an uncaught custom exception with its type and message', () => {
  const result = suite.run(uncatchable, 'aCustomExceptionNotCaughtFailsTheTestWithItsMessage')[0];
  expect(result.outcome).toBe('fail');
  expect(result.message).toBe('OrderException: nobody caught me');
  expect(result.stack).toContain(
    'Class.UncatchableTest.aCustomExceptionNotCaughtFailsTheTestWithItsMessage: line 24, column 1'
  );
});

it('reports a failing assertion with its message and the Apex stack of every frame', () => {
  const r = byMethod(suite.run(failing));
  expect(r.failsInAHelper.message).toBe(
    'System.AssertException: Assertion Failed: the helper saw another value: Expected: 5, Actual: 4'
  );
  expect(r.failsInAHelper.stack).toBe(
    'Class.FailingAssertionTest.check: line 5, column 1\nClass.FailingAssertionTest.failsInAHelper: line 10, column 1'
  );
  expect(r.failsWithAssertFail.message).toBe('System.AssertException: Assertion Failed: stop here');
  expect(r.failsWithAssertFail.stack).toBe(
    'Class.FailingAssertionTest.failsWithAssertFail: line 14, column 1'
  );
  expect(r.failsWithIsTrue.message).toMatch(/^System\.AssertException: Assertion Failed/);
  expect(r.failsWithSystemAssert.message).toBe(
    'System.AssertException: Assertion Failed: one is not more than two'
  );
});

it('fails loudly on an unsupported method, naming it and Class.cls:line, even inside a try', () => {
  const result = suite.run(unsupported)[0];
  expect(result.outcome).toBe('fail');
  expect(result.notImplemented).toBe(true);
  expect(result.message?.toLowerCase()).toContain('system.schedule');
  expect(result.message).toContain('UnsupportedTest.cls:10');
});

it('refuses to load a class with unsupported syntax, naming the construct and Class.cls:line', () => {
  let failure: unknown = null;
  try {
    loadUnits(PROJECT_DIR, [
      { file: 'Restorer.cls', path: 'memory/Restorer.cls', text: UNDELETE_SOURCE }
    ]);
  } catch (error) {
    failure = error;
  }
  // Parsed afresh each run: a class that fails to lower is not cached.
  expect(failure).toBeInstanceOf(NotImplemented);
  expect((failure as NotImplemented).message).toContain('undelete');
  expect((failure as NotImplemented).where).toBe('Restorer.cls:4');
});

it('hides an AuraHandledException message from getMessage until setMessage is called', () => {
  expectPasses(suite, aura);
});
