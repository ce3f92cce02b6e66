import { ApexDecimal } from '../../src/values';
import { records, seededOrg } from './fixture';

describe('SOQL aggregates', () => {
  it('returns an Integer for SELECT COUNT() and counts one query row', () => {
    const { org } = seededOrg();
    expect(org.query('SELECT COUNT() FROM User WHERE IsActive = true')).toBe(3);
    expect(org.limits.get('queries')).toBe(1);
    expect(org.limits.get('queryRows')).toBe(1);
  });

  it('groups with COUNT(Id) under an alias and counts one row per group', () => {
    const { org, ids } = seededOrg();
    const rows = records(
      org.query(
        'SELECT PermissionSetId, COUNT(Id) total FROM PermissionSetAssignment GROUP BY PermissionSetId'
      )
    );
    expect(rows.map((r) => [r.type, r.get('permissionsetid'), r.get('total')])).toEqual([
      ['AggregateResult', ids.adminSet, 2],
      ['AggregateResult', ids.apiSet, 2],
      ['AggregateResult', ids.groupSet, 1]
    ]);
    expect(org.limits.get('queryRows')).toBe(3);
  });

  it('counts every aggregated row for COUNT_DISTINCT, even with GROUP BY', () => {
    const { org } = seededOrg();
    const rows = records(
      org.query(
        'SELECT PermissionSetId, COUNT_DISTINCT(AssigneeId) holders FROM PermissionSetAssignment GROUP BY PermissionSetId'
      )
    );
    expect(rows.map((r) => r.get('holders'))).toEqual([2, 2, 1]);
    expect(org.limits.get('queryRows')).toBe(5);
  });

  it('counts one row for COUNT(field) without GROUP BY and every row for other functions', () => {
    const { org } = seededOrg();
    const [counted] = records(org.query('SELECT COUNT(ManagerId) FROM User'));
    expect(counted.get('expr0')).toBe(2);
    expect(org.limits.get('queryRows')).toBe(1);
    org.add('MFA_Change_Set__c', { Name: 'a', Rows__c: 2 });
    org.add('MFA_Change_Set__c', { Name: 'b', Rows__c: 5 });
    org.add('MFA_Change_Set__c', { Name: 'c', Rows__c: null });
    const [sums] = records(
      org.query(
        'SELECT SUM(Rows__c), AVG(Rows__c) mean, MIN(Name), MAX(Rows__c) FROM MFA_Change_Set__c'
      )
    );
    expect(sums.get('expr0')).toEqual(new ApexDecimal(7));
    expect(sums.get('mean')).toEqual(new ApexDecimal(3.5));
    expect(sums.get('expr1')).toBe('a');
    expect(sums.get('expr2')).toBe(5);
    expect(org.limits.get('queryRows')).toBe(1 + 3);
  });

  it('filters groups with HAVING and orders them by an aggregate', () => {
    const { org, ids } = seededOrg();
    const rows = records(
      org.query(
        'SELECT ProfileId, COUNT(Id) FROM User WHERE ProfileId != null GROUP BY ProfileId HAVING COUNT(Id) > 1 ORDER BY COUNT(Id) DESC'
      )
    );
    expect(rows.map((r) => [r.get('profileid'), r.get('expr0')])).toEqual([[ids.admin, 2]]);
  });

  it('groups by a parent field under its field name and returns one row over no rows', () => {
    const { org } = seededOrg();
    const rows = records(
      org.query(
        'SELECT Profile.Name, COUNT(Id) n FROM User GROUP BY Profile.Name ORDER BY Profile.Name'
      )
    );
    expect(rows.map((r) => [r.get('name'), r.get('n')])).toEqual([
      [null, 1],
      ['Minimum Access - API Only Integrations', 1],
      ['System Administrator', 2]
    ]);
    const [none] = records(
      org.query("SELECT COUNT(Id), SUM(Rows__c) FROM MFA_Change_Set__c WHERE Name = 'x'")
    );
    expect([none.get('expr0'), none.get('expr1')]).toEqual([0, null]);
  });

  it('refuses a selected field that is neither grouped nor aggregated', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Name, COUNT(Id) FROM User GROUP BY ProfileId')).toThrow(
      'Field must be grouped or aggregated: Name'
    );
  });
});
