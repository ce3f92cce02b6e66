import { ApexDate, ApexDatetime, ApexList, ApexSet, SObjectValue, typeRef } from '../../src/values';
import { column, seededOrg } from './fixture';

const names = (org: ReturnType<typeof seededOrg>['org'], where: string, binds = {}) =>
  column(org.query(`SELECT Name FROM User WHERE ${where} ORDER BY Name`, binds), 'name');

describe('SOQL WHERE', () => {
  it('compares text ignoring case', () => {
    const { org } = seededOrg();
    expect(names(org, "Name = 'BOB'")).toEqual(['bob']);
    expect(names(org, "Name != 'bob'")).toEqual(['Ada', 'Cy', 'Dee']);
  });

  it('matches LIKE with % and _, ignoring case, and reads \\% as a literal percent', () => {
    const { org } = seededOrg();
    expect(names(org, "Username LIKE '%@X.TEST' AND Name LIKE '_y'")).toEqual(['Cy']);
    org.add('User', { Name: '100% sure', Username: 'p@x.test' });
    expect(names(org, "Name LIKE '%\\%%'")).toEqual(['100% sure']);
    expect(names(org, 'Name LIKE :term', { term: '%0\\% s%' })).toEqual(['100% sure']);
  });

  it('compares Ids on 15 characters whatever the length given', () => {
    const { org, ids } = seededOrg();
    expect(names(org, 'Id = :id', { id: ids.bob.slice(0, 15) })).toEqual(['bob']);
    expect(names(org, `Id = '${ids.bob}'`)).toEqual(['bob']);
    expect(names(org, `ProfileId = '${ids.admin.slice(0, 15)}'`)).toEqual(['Ada', 'Cy']);
  });

  it('refuses an Id literal that is not an Id', () => {
    const { org } = seededOrg();
    expect(() => names(org, "Id = 'nope'")).toThrow('invalid ID field: nope');
  });

  it('filters IN and NOT IN with a List, a Set, a List of records or a literal list', () => {
    const { org, ids } = seededOrg();
    const set = new ApexSet(
      typeRef('Id'),
      new Map([
        [`s:${ids.ada}`, ids.ada],
        [`s:${ids.cy}`, ids.cy]
      ])
    );
    expect(names(org, 'Id IN :ids', { ids: set })).toEqual(['Ada', 'Cy']);
    expect(names(org, 'Id NOT IN :ids', { ids: set })).toEqual(['bob', 'Dee']);
    const list = new ApexList(typeRef('User'), [
      new SObjectValue('User', new Map([['id', ids.dee]]))
    ]);
    expect(names(org, 'Id IN :users', { users: list })).toEqual(['Dee']);
    expect(names(org, "Name IN ('ada', 'CY')")).toEqual(['Ada', 'Cy']);
    expect(names(org, 'Id IN :none', { none: new ApexList(typeRef('Id')) })).toEqual([]);
  });

  it('treats = null and != null as tests for an empty field, and keeps nulls for != and NOT IN', () => {
    const { org, ids } = seededOrg();
    expect(names(org, 'ProfileId = null')).toEqual(['Dee']);
    expect(names(org, 'ManagerId != null')).toEqual(['bob', 'Cy']);
    expect(names(org, 'ManagerId != :ada', { ada: ids.ada })).toEqual(['Ada', 'Cy', 'Dee']);
    expect(names(org, "Name > 'b' AND Name < 'c'")).toEqual(['bob']);
    expect(names(org, "ManagerId > '000000000000000'")).toEqual(['bob', 'Cy']);
  });

  it('combines AND, OR and NOT with parentheses', () => {
    const { org } = seededOrg();
    expect(names(org, "IsActive = true AND (Name = 'Ada' OR Name = 'Dee')")).toEqual([
      'Ada',
      'Dee'
    ]);
    expect(names(org, 'NOT (IsActive = true)')).toEqual(['Cy']);
    expect(names(org, "IsActive = false OR Profile.Name = 'System Administrator'")).toEqual([
      'Ada',
      'Cy'
    ]);
  });

  it('filters on parent fields across several relationships', () => {
    const { org } = seededOrg();
    expect(names(org, "Profile.UserLicense.Name = 'Salesforce Integration'")).toEqual(['bob']);
    expect(names(org, "Manager.Manager.Name = 'Ada'")).toEqual(['Cy']);
  });

  it('keeps rows by a semi-join and drops them by an anti-join', () => {
    const { org, ids } = seededOrg();
    const inner =
      'SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.PermissionsApiUserOnly = true';
    expect(names(org, `Id IN (${inner})`)).toEqual(['Ada', 'bob']);
    expect(names(org, `Id NOT IN (${inner}) AND ProfileId = :p`, { p: ids.admin })).toEqual(['Cy']);
  });

  it('compares datetimes with a bind and dates with literals and date literals', () => {
    const { org } = seededOrg();
    const now = new ApexDatetime(org.now());
    const active = org.query(
      'SELECT Id FROM PermissionSetAssignment WHERE ExpirationDate = null OR ExpirationDate > :now',
      { now }
    );
    expect((active as ApexList).items).toHaveLength(4);
    org.add('MFA_Change_Set__c', {
      Name: 'today',
      Due__c: new ApexDate(2026, 6, 17),
      Applied_At__c: new ApexDatetime(org.now() - 3_600_000)
    });
    org.add('MFA_Change_Set__c', {
      Name: 'old',
      Due__c: new ApexDate(2026, 6, 1),
      Applied_At__c: new ApexDatetime(Date.UTC(2025, 0, 1))
    });
    const sets = (where: string) =>
      column(org.query(`SELECT Name FROM MFA_Change_Set__c WHERE ${where}`), 'name');
    expect(sets('Due__c = TODAY')).toEqual(['today']);
    expect(sets('Due__c < 2026-06-17')).toEqual(['old']);
    expect(sets('Due__c = LAST_N_DAYS:20')).toEqual(['today', 'old']);
    expect(sets('Due__c = THIS_WEEK')).toEqual(['today']);
    expect(sets('Applied_At__c = TODAY')).toEqual(['today']);
    expect(sets('Applied_At__c < 2026-01-01T00:00:00Z')).toEqual(['old']);
    expect(sets('Applied_At__c = LAST_YEAR')).toEqual(['old']);
  });

  it('matches INCLUDES and EXCLUDES on a multi-select picklist, with ; meaning both', () => {
    const { org } = seededOrg();
    org.add('MFA_Change_Set__c', { Name: 'ab', Tags__c: 'a;b' });
    org.add('MFA_Change_Set__c', { Name: 'b', Tags__c: 'b' });
    const sets = (where: string) =>
      column(org.query(`SELECT Name FROM MFA_Change_Set__c WHERE ${where}`), 'name');
    expect(sets("Tags__c INCLUDES ('A;b')")).toEqual(['ab']);
    expect(sets("Tags__c INCLUDES ('a', 'b')")).toEqual(['ab', 'b']);
    expect(sets("Tags__c EXCLUDES ('a')")).toEqual(['b']);
  });

  it('compares numbers and booleans by value', () => {
    const { org } = seededOrg();
    org.add('MFA_Change_Set__c', { Name: 'small', Rows__c: 2 });
    org.add('MFA_Change_Set__c', { Name: 'big', Rows__c: 2000.5 });
    const sets = (where: string) =>
      column(org.query(`SELECT Name FROM MFA_Change_Set__c WHERE ${where}`), 'name');
    expect(sets('Rows__c >= 2.0')).toEqual(['small', 'big']);
    expect(sets('Rows__c > -1 AND Rows__c <= 2')).toEqual(['small']);
    expect(names(org, 'IsActive = FALSE')).toEqual(['Cy']);
  });
});
