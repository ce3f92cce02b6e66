import { SoqlAccessError } from '../../src/soql';
import { column, seededOrg } from './fixture';

function accessError(run: () => unknown): SoqlAccessError {
  try {
    run();
  } catch (e) {
    if (e instanceof SoqlAccessError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('SOQL user mode', () => {
  it('refuses a field the running user cannot read, naming every inaccessible field', () => {
    const { org } = seededOrg();
    org.deniedFields.add('User.Username');
    org.deniedFields.add('Profile.Name');
    const error = accessError(() =>
      org.query("SELECT Username FROM User WHERE Profile.Name = 'x'", {}, 'user')
    );
    expect(error.typeName).toBe('QueryException');
    expect(error.message).toBe(
      'Insufficient permissions: secure query included inaccessible field'
    );
    expect([...error.inaccessibleFields]).toEqual([
      ['User', ['Username']],
      ['Profile', ['Name']]
    ]);
  });

  it('checks every object and lookup on a relationship path, and the ORDER BY and GROUP BY fields', () => {
    const { org } = seededOrg();
    org.deniedObjects.add('UserLicense');
    expect(() => org.query('SELECT Profile.UserLicense.Name FROM User', {}, 'user')).toThrow(
      SoqlAccessError
    );
    org.deniedObjects.clear();
    org.deniedFields.add('User.ProfileId');
    expect(() => org.query('SELECT Name FROM User ORDER BY Profile.Name', {}, 'user')).toThrow(
      SoqlAccessError
    );
    expect(() =>
      org.query('SELECT ProfileId, COUNT(Id) FROM User GROUP BY ProfileId', {}, 'user')
    ).toThrow(SoqlAccessError);
  });

  it('refuses an object the user cannot read, in FROM, a subquery or a semi-join', () => {
    const { org } = seededOrg();
    org.deniedObjects.add('PermissionSetAssignment');
    expect(() => org.query('SELECT Id FROM PermissionSetAssignment', {}, 'user')).toThrow(
      SoqlAccessError
    );
    expect(() =>
      org.query('SELECT Id, (SELECT Id FROM PermissionSetAssignments) FROM User', {}, 'user')
    ).toThrow(SoqlAccessError);
    expect(() =>
      org.query(
        'SELECT Id FROM User WHERE Id IN (SELECT AssigneeId FROM PermissionSetAssignment)',
        {},
        'user'
      )
    ).toThrow(SoqlAccessError);
    expect(org.limits.get('queries')).toBe(0);
  });

  it('applies user mode for WITH USER_MODE and none for WITH SYSTEM_MODE or system mode', () => {
    const { org } = seededOrg();
    org.deniedFields.add('User.Username');
    expect(() => org.query('SELECT Username FROM User WITH USER_MODE')).toThrow(SoqlAccessError);
    expect(
      column(
        org.query("SELECT Username FROM User WHERE Name = 'Ada' WITH SYSTEM_MODE", {}, 'user'),
        'username'
      )
    ).toEqual(['ada@x.test']);
    expect(column(org.query("SELECT Username FROM User WHERE Name = 'Ada'"), 'username')).toEqual([
      'ada@x.test'
    ]);
  });

  it('checks only the select list and FROM for WITH SECURITY_ENFORCED', () => {
    const { org } = seededOrg();
    org.deniedFields.add('User.Username');
    expect(
      column(
        org.query("SELECT Name FROM User WHERE Username = 'ada@x.test' WITH SECURITY_ENFORCED"),
        'name'
      )
    ).toEqual(['Ada']);
    expect(() => org.query('SELECT Username FROM User WITH SECURITY_ENFORCED')).toThrow(
      'Insufficient permissions: secure query included inaccessible field'
    );
  });

  it('lets Id through without field-level security', () => {
    const { org } = seededOrg();
    org.deniedFields.add('User.Id');
    expect(column(org.query('SELECT Id FROM User LIMIT 1', {}, 'user'), 'id')).toHaveLength(1);
  });
});
