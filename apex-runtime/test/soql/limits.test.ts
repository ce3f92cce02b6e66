import { ApexError } from '../../src/errors';
import { seededOrg } from './fixture';

describe('SOQL governor limits', () => {
  it('counts one query per execution and each row returned, child rows included', () => {
    const { org } = seededOrg();
    org.query('SELECT Id, (SELECT Id FROM PermissionSetAssignments) FROM User');
    expect(org.limits.get('queries')).toBe(1);
    expect(org.limits.get('queryRows')).toBe(4 + 5);
  });

  it('does not count the rows a semi-join reads', () => {
    const { org } = seededOrg();
    org.query('SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment)');
    expect(org.limits.get('queryRows')).toBe(3);
  });

  it('throws the uncatchable LimitException past 50,000 rows', () => {
    const { org } = seededOrg();
    org.limits.consume('queryRows', 49_998);
    let error: unknown;
    try {
      org.query('SELECT Id FROM User');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApexError);
    expect((error as ApexError).typeName).toBe('LimitException');
    expect((error as ApexError).message).toBe('Too many query rows: 50001');
    expect((error as ApexError).catchable).toBe(false);
  });

  it('throws LimitException at the 101st query', () => {
    const { org } = seededOrg();
    org.limits.consume('queries', 100);
    expect(() => org.query('SELECT COUNT() FROM User')).toThrow('Too many SOQL queries: 101');
  });

  it('counts no query when the text does not resolve against the schema', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Nope FROM User')).toThrow();
    expect(org.limits.get('queries')).toBe(0);
  });
});
