// The heap limit where large data appears: a query's rows count before any variable holds them,
// and a large JSON copy counts its text beside the values it was made from.
import { ApexSuite, failures } from './apexSuite';

const suite = new ApexSuite();

const heap = suite.add(`
@IsTest
private class HeapTest {
  @IsTest
  static void aQueryWhoseRowsExceedTheHeapEndsTheTestEvenIfNoVariableKeepsThem() {
    List<MFA_Change_Set__c> rows = new List<MFA_Change_Set__c>();
    String json = 'x'.repeat(13000);
    for (Integer i = 0; i < 250; i++) {
      rows.add(new MFA_Change_Set__c(Key__c = 'k' + i, Kind__c = 'assign', Changes_Json__c = json));
    }
    insert rows;
    rows = null;
    Integer held = [SELECT Changes_Json__c FROM MFA_Change_Set__c].size();
  }
  @IsTest
  static void aJsonCopyOfALargeValueCountsItsTextBesideTheValue() {
    String big = 'x'.repeat(1000000);
    List<String> values = new List<String>{ big, big };
    String text = JSON.serialize(values);
  }
  @IsTest
  static void smallQueriesAndCopiesStayFarBelowTheLimit() {
    insert new MFA_Change_Set__c(Key__c = 'small', Kind__c = 'assign', Changes_Json__c = '[]');
    List<MFA_Change_Set__c> rows = [SELECT Changes_Json__c FROM MFA_Change_Set__c];
    String text = JSON.serialize(rows);
    Assert.isTrue(Limits.getHeapSize() < 100000, 'heap ' + Limits.getHeapSize());
  }
}`);

it('ends a transaction whose query rows exceed 6 MB before they are assigned', () => {
  const [result] = suite.run(
    heap,
    'aQueryWhoseRowsExceedTheHeapEndsTheTestEvenIfNoVariableKeepsThem'
  );
  expect(result.outcome).toBe('fail');
  expect(result.message).toMatch(/^System\.LimitException: Apex heap size too large: \d+$/);
});

it('ends a transaction whose JSON text and values together exceed 6 MB', () => {
  const [result] = suite.run(heap, 'aJsonCopyOfALargeValueCountsItsTextBesideTheValue');
  expect(result.outcome).toBe('fail');
  expect(result.message).toMatch(/^System\.LimitException: Apex heap size too large: \d+$/);
});

it('lets small queries and JSON copies run', () => {
  expect(failures(suite.run(heap, 'smallQueriesAndCopiesStayFarBelowTheLimit'))).toEqual([]);
});
