import { ApexError } from '../../src/errors';
import { ApexList, SObjectValue } from '../../src/values';
import { column, records, seededOrg } from './fixture';

describe('SOQL select list', () => {
  it('returns new records of the queried type holding only the selected fields and Id', () => {
    const { org, ids } = seededOrg();
    const result = org.query('SELECT Name FROM User WHERE Id = :id', { id: ids.ada });
    expect(result).toBeInstanceOf(ApexList);
    expect((result as ApexList).elementType.name).toBe('User');
    const [ada] = records(result);
    expect(ada.type).toBe('User');
    expect([...ada.fields.keys()]).toEqual(['name', 'id']);
    expect(ada.get('Name')).toBe('Ada');
    expect(ada.get('id')).toBe(ids.ada);
  });

  it('spells field keys in lower case whatever case the query uses', () => {
    const { org } = seededOrg();
    const [first] = records(org.query('select USERNAME, isactive from user limit 1'));
    expect([...first.fields.keys()]).toEqual(['username', 'isactive', 'id']);
  });

  it('nests parent relationships as records, merging paths through the same parent', () => {
    const { org, ids } = seededOrg();
    const [bob] = records(
      org.query(
        'SELECT Profile.Name, Profile.UserLicense.Name, Manager.Name FROM User WHERE Id = :id',
        { id: ids.bob }
      )
    );
    const profile = bob.get('profile') as SObjectValue;
    expect(profile).toBeInstanceOf(SObjectValue);
    expect(profile.type).toBe('Profile');
    expect(profile.get('id')).toBe(ids.apiOnly);
    expect(profile.get('name')).toBe('Minimum Access - API Only Integrations');
    expect((profile.get('userlicense') as SObjectValue).get('name')).toBe('Salesforce Integration');
    expect((bob.get('manager') as SObjectValue).get('name')).toBe('Ada');
  });

  it('gives null for a relationship whose lookup is empty', () => {
    const { org, ids } = seededOrg();
    const [dee] = records(
      org.query('SELECT Profile.Name FROM User WHERE Id = :id', { id: ids.dee })
    );
    expect(dee.fields.has('profile')).toBe(true);
    expect(dee.get('profile')).toBeNull();
  });

  it('returns child subquery rows as a list per parent, empty and never null without children', () => {
    const { org, ids } = seededOrg();
    const users = records(
      org.query(
        'SELECT Name, (SELECT PermissionSet.Name FROM PermissionSetAssignments ORDER BY PermissionSet.Name)' +
          ' FROM User ORDER BY Name'
      )
    );
    const byName = new Map(
      users.map((u) => [u.get('name'), u.get('permissionsetassignments') as ApexList])
    );
    expect(byName.get('Ada')?.elementType.name).toBe('PermissionSetAssignment');
    expect(
      byName
        .get('Ada')
        ?.items.map((a) => ((a as SObjectValue).get('permissionset') as SObjectValue).get('name'))
    ).toEqual(['Api_Only', 'X00ex']);
    expect(byName.get('Dee')?.items).toEqual([]);
    expect(ids.ada).toBeDefined();
  });

  it('applies WHERE and LIMIT inside a child subquery per parent', () => {
    const { org } = seededOrg();
    const sets = records(
      org.query(
        'SELECT Name, (SELECT AssigneeId FROM Assignments WHERE Assignee.IsActive = true LIMIT 1)' +
          " FROM PermissionSet WHERE Name = 'X00ex'"
      )
    );
    expect((sets[0].get('assignments') as ApexList).items).toHaveLength(1);
  });

  it('refuses an unknown field with the platform message', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Nickname__x FROM User')).toThrow(
      "No such column 'Nickname__x' on entity 'User'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name."
    );
  });

  it('refuses an unknown object with the platform message', () => {
    const { org } = seededOrg();
    let error: unknown;
    try {
      org.query('SELECT Id FROM Widget__c');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApexError);
    expect((error as ApexError).typeName).toBe('QueryException');
    expect((error as ApexError).message).toMatch(/^sObject type 'Widget__c' is not supported\./);
  });

  it('refuses an unknown parent or child relationship', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Boss.Name FROM User')).toThrow(
      "Didn't understand relationship 'Boss' in field path."
    );
    expect(() => org.query('SELECT (SELECT Id FROM Widgets) FROM User')).toThrow(
      "Didn't understand relationship 'Widgets' in FROM part of query call."
    );
  });

  it('names a missing field on a parent by the parent entity', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Profile.Colour FROM User')).toThrow(
      "No such column 'Colour' on entity 'Profile'."
    );
  });

  it('reads a field written with the queried object as prefix', () => {
    const { org } = seededOrg();
    expect(column(org.query("SELECT User.Name FROM User WHERE Name = 'Cy'"), 'name')).toEqual([
      'Cy'
    ]);
  });
});
