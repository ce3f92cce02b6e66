// Data as Apex code reaches it: SOQL from static and dynamic strings with binds, DML statements
// and Database.* methods with their results, savepoints — and the coverage the runner records.
import { ApexSuite, expectPasses, failures } from './apexSuite';

const suite = new ApexSuite();

suite.add(`
public with sharing class ChangeSetStore {
  public static MFA_Change_Set__c create(String key, String summary) {
    MFA_Change_Set__c row = new MFA_Change_Set__c(Key__c = key, Summary__c = summary, Kind__c = 'assign');
    insert row;
    return row;
  }
  public static List<MFA_Change_Set__c> byKeys(Set<String> keys) {
    return [SELECT Id, Key__c, Summary__c FROM MFA_Change_Set__c WHERE Key__c IN :keys ORDER BY Key__c];
  }
  public static Integer unused() {
    Integer never = 1;
    return never;
  }
}`);

const soql = suite.add(`
@IsTest
private class SoqlTest {
  @IsTest
  static void staticQueriesBindVariablesCollectionsAndFields() {
    ChangeSetStore.create('k1', 'first');
    ChangeSetStore.create('k2', 'second');
    ChangeSetStore.create('k3', 'third');
    List<MFA_Change_Set__c> rows = ChangeSetStore.byKeys(new Set<String>{ 'k1', 'k3' });
    Assert.areEqual(2, rows.size());
    Assert.areEqual('first', rows[0].Summary__c);
    MFA_Change_Set__c probe = rows[1];
    MFA_Change_Set__c same = [SELECT Summary__c FROM MFA_Change_Set__c WHERE Id = :probe.Id];
    Assert.areEqual('third', same.Summary__c);
    Integer total = [SELECT COUNT() FROM MFA_Change_Set__c WHERE Key__c LIKE 'k%'];
    Assert.areEqual(3, total);
    Integer limited = [SELECT Id FROM MFA_Change_Set__c ORDER BY Key__c DESC LIMIT 2].size();
    Assert.areEqual(2, limited);
  }
  @IsTest
  static void dynamicQueriesSeeLocalBindsAndQueryWithBindsTakesAMap() {
    ChangeSetStore.create('dyn', 'dynamic');
    String wanted = 'dyn';
    List<SObject> rows = Database.query('SELECT Id, Summary__c FROM MFA_Change_Set__c WHERE Key__c = :wanted');
    Assert.areEqual(1, rows.size());
    Assert.areEqual('dynamic', rows[0].get('Summary__c'));
    List<MFA_Change_Set__c> bound = Database.queryWithBinds(
      'SELECT Summary__c FROM MFA_Change_Set__c WHERE Key__c = :key',
      new Map<String, Object>{ 'key' => 'dyn' },
      AccessLevel.SYSTEM_MODE
    );
    Assert.areEqual('dynamic', bound[0].Summary__c);
    String quoted = 'it\\'s';
    List<SObject> none = Database.query(
      'SELECT Id FROM MFA_Change_Set__c WHERE Summary__c = \\'' + String.escapeSingleQuotes(quoted) + '\\''
    );
    Assert.areEqual(0, none.size());
    Assert.areEqual(1, Database.countQuery('SELECT COUNT() FROM MFA_Change_Set__c'));
  }
  @IsTest
  static void assigningNoRowsToARecordThrowsQueryException() {
    try {
      MFA_Change_Set__c missing = [SELECT Id FROM MFA_Change_Set__c WHERE Key__c = 'none'];
      Assert.fail('expected a QueryException');
    } catch (QueryException e) {
      Assert.areEqual('List has no rows for assignment to SObject', e.getMessage());
    }
  }
  @IsTest
  static void aMalformedDynamicQueryThrowsQueryException() {
    try {
      Database.query('SELECT Id FROM MFA_Change_Set__c WHERE');
      Assert.fail('expected a QueryException');
    } catch (QueryException e) {
      Assert.isNotNull(e.getMessage());
    }
  }
}`);

const dml = suite.add(`
@IsTest
private class DmlTest {
  @IsTest
  static void insertUpdateAndDeleteChangeTheStore() {
    MFA_Change_Set__c row = ChangeSetStore.create('crud', 'created');
    Assert.isNotNull(row.Id);
    row.Summary__c = 'updated';
    update row;
    Assert.areEqual('updated', [SELECT Summary__c FROM MFA_Change_Set__c WHERE Id = :row.Id].Summary__c);
    delete row;
    Assert.areEqual(0, [SELECT COUNT() FROM MFA_Change_Set__c WHERE Id = :row.Id]);
    Assert.areEqual(3, Limits.getDmlStatements());
  }
  @IsTest
  static void aFailingStatementThrowsDmlExceptionWithPerRowDetails() {
    List<MFA_Change_Set__c> rows = new List<MFA_Change_Set__c>{
      new MFA_Change_Set__c(Key__c = 'good'),
      new MFA_Change_Set__c(Key__c = 'bad', Kind__c = 'notAKind')
    };
    try {
      insert rows;
      Assert.fail('expected a DmlException');
    } catch (DmlException e) {
      Assert.areEqual(1, e.getNumDml());
      Assert.areEqual(1, e.getDmlIndex(0));
      Assert.areEqual(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, e.getDmlType(0));
      Assert.areEqual(new List<String>{ 'Kind__c' }, e.getDmlFieldNames(0));
    }
    Assert.areEqual(0, [SELECT COUNT() FROM MFA_Change_Set__c]);
  }
  @IsTest
  static void databaseMethodsWithAllOrNoneFalseReportEachRow() {
    List<MFA_Change_Set__c> rows = new List<MFA_Change_Set__c>{
      new MFA_Change_Set__c(Key__c = 'ok'),
      new MFA_Change_Set__c(Key__c = 'nope', Kind__c = 'notAKind')
    };
    List<Database.SaveResult> results = Database.insert(rows, false);
    Assert.isTrue(results[0].isSuccess());
    Assert.areEqual(rows[0].Id, results[0].getId());
    Assert.isFalse(results[1].isSuccess());
    Database.Error error = results[1].getErrors()[0];
    Assert.areEqual(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, error.getStatusCode());
    Assert.areEqual(new List<String>{ 'Kind__c' }, error.getFields());
    Assert.areEqual(1, [SELECT COUNT() FROM MFA_Change_Set__c]);
    List<Database.DeleteResult> deleted = Database.delete(new List<Id>{ rows[0].Id });
    Assert.isTrue(deleted[0].isSuccess());
  }
  @IsTest
  static void upsertByAnExternalIdInsertsThenUpdates() {
    MFA_Change_Set__c first = new MFA_Change_Set__c(Key__c = 'ext', Summary__c = 'one');
    Database.UpsertResult created = Database.upsert(first, MFA_Change_Set__c.Key__c);
    Assert.isTrue(created.isCreated());
    MFA_Change_Set__c second = new MFA_Change_Set__c(Key__c = 'ext', Summary__c = 'two');
    upsert second Key__c;
    Assert.areEqual(first.Id, second.Id);
    Assert.areEqual('two', [SELECT Summary__c FROM MFA_Change_Set__c WHERE Key__c = 'ext'].Summary__c);
  }
  @IsTest
  static void aRollbackToASavepointUndoesLaterDmlButNotVariables() {
    ChangeSetStore.create('kept', 'before');
    Savepoint sp = Database.setSavepoint();
    MFA_Change_Set__c later = ChangeSetStore.create('gone', 'after');
    Integer counter = 1;
    Database.rollback(sp);
    counter++;
    Assert.areEqual(2, counter);
    Assert.isNotNull(later.Id, 'the variable keeps its Id');
    Assert.areEqual(1, [SELECT COUNT() FROM MFA_Change_Set__c]);
    Assert.areEqual('kept', [SELECT Key__c FROM MFA_Change_Set__c].Key__c);
  }
  @IsTest
  static void eachTestStartsFromTheOrgWithoutTheOtherTestsRows() {
    Assert.areEqual(0, [SELECT COUNT() FROM MFA_Change_Set__c]);
  }
}`);

const setup = suite.add(`
@IsTest
private class TestSetupDataTest {
  static Integer setInSetup;
  @TestSetup
  static void makeData() {
    setInSetup = 5;
    insert new List<MFA_Change_Set__c>{
      new MFA_Change_Set__c(Key__c = 's1', Row_Count__c = 2),
      new MFA_Change_Set__c(Key__c = 's2', Row_Count__c = 3)
    };
  }
  @IsTest
  static void setupRowsAreVisibleAndStaticsStartAgain() {
    Assert.isNull(setInSetup, 'the setup ran in a transaction of its own');
    Assert.areEqual(2, [SELECT COUNT() FROM MFA_Change_Set__c]);
    delete [SELECT Id FROM MFA_Change_Set__c];
  }
  @IsTest
  static void aDeleteInAnotherTestIsUndoneBeforeThisOne() {
    Assert.areEqual(2, [SELECT COUNT() FROM MFA_Change_Set__c]);
  }
  @IsTest
  static void aggregatesSumCountAndGroup() {
    AggregateResult[] totals = [SELECT SUM(Row_Count__c) total, COUNT(Id) n FROM MFA_Change_Set__c];
    Assert.areEqual(5, totals[0].get('total'));
    Assert.areEqual(2, totals[0].get('n'));
    List<AggregateResult> byKey = [SELECT Key__c, COUNT(Id) FROM MFA_Change_Set__c GROUP BY Key__c ORDER BY Key__c];
    Assert.areEqual('s1', byKey[0].get('Key__c'));
    Assert.areEqual(1, byKey[0].get('expr0'));
  }
  @IsTest
  static void parentFieldsAndChildSubqueries() {
    MFA_Change_Set__c row = [SELECT Id, CreatedById, CreatedBy.Name FROM MFA_Change_Set__c WHERE Key__c = 's1'];
    Assert.areEqual(UserInfo.getUserId(), row.CreatedById);
    Assert.isNotNull(row.CreatedBy.Name);
    insert new MFA_Change_Set_Part__c(Change_Set__c = row.Id, Index__c = 0, Json__c = '{}');
    MFA_Change_Set__c withParts = [
      SELECT Id, (SELECT Index__c FROM Parts__r)
      FROM MFA_Change_Set__c
      WHERE Id = :row.Id
    ];
    Assert.areEqual(1, withParts.Parts__r.size());
    Assert.areEqual(0, withParts.Parts__r[0].Index__c);
  }
  @IsTest
  static void setupAndOtherObjectsCannotShareATransactionsDml() {
    insert new MFA_Change_Set__c(Key__c = 'm1');
    try {
      insert new PermissionSet(Name = 'Mixed_Ps', Label = 'Mixed');
      Assert.fail('expected MIXED_DML_OPERATION');
    } catch (DmlException e) {
      Assert.areEqual(StatusCode.MIXED_DML_OPERATION, e.getDmlType(0));
    }
  }
  @IsTest
  static void theHundredAndFiftyFirstDmlStatementEndsTheTest() {
    MFA_Change_Set__c row = [SELECT Id FROM MFA_Change_Set__c LIMIT 1];
    for (Integer i = 0; i < 151; i++) {
      update row;
    }
  }
}`);

it('runs static and dynamic SOQL with binds, COUNT() and single-row assignment', () => {
  expectPasses(suite, soql);
});

it('runs DML statements and Database methods with their results, errors and savepoints', () => {
  expectPasses(suite, dml);
});

it('records the lines that ran as coverage and leaves the others uncovered', () => {
  suite.run(soql, 'staticQueriesBindVariablesCollectionsAndFields');
  const file = suite.runner.interpreter.coverage.files.get('ChangeSetStore.cls')!;
  expect(file.isTest).toBe(false);
  // Line 4 inserts a row and line 9 queries; lines 12-13 (unused) never ran.
  expect([...file.covered].sort((a, b) => a - b)).toEqual(expect.arrayContaining([4, 5, 6, 9]));
  expect(file.coverable.has(12)).toBe(true);
  expect(file.covered.has(12)).toBe(false);
  expect(file.covered.has(13)).toBe(false);
});

it('gives every test the @TestSetup rows afresh, with aggregates, relationships and DML limits', () => {
  const results = suite.run(setup);
  const limit = results.find((r) => r.method === 'theHundredAndFiftyFirstDmlStatementEndsTheTest')!;
  expect(limit.outcome).toBe('fail');
  expect(limit.message).toBe('System.LimitException: Too many DML statements: 151');
  expect(failures(results.filter((r) => r !== limit))).toEqual([]);
});
