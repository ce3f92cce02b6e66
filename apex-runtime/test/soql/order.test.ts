import { ApexDatetime } from '../../src/values';
import { column, seededOrg } from './fixture';

describe('SOQL ORDER BY, LIMIT and OFFSET', () => {
  it('sorts text ignoring case, ascending by default', () => {
    const { org } = seededOrg();
    expect(column(org.query('SELECT Name FROM User ORDER BY Name'), 'name')).toEqual([
      'Ada',
      'bob',
      'Cy',
      'Dee'
    ]);
    expect(column(org.query('SELECT Name FROM User ORDER BY Name DESC'), 'name')).toEqual([
      'Dee',
      'Cy',
      'bob',
      'Ada'
    ]);
  });

  it('puts nulls first ascending and last descending unless NULLS says otherwise', () => {
    const { org } = seededOrg();
    const q = (order: string) =>
      column(org.query(`SELECT Name FROM User ORDER BY Manager.Name ${order}, Name`), 'name');
    // Managers: bob → Ada, Cy → bob; Ada and Dee have none.
    expect(q('')).toEqual(['Ada', 'Dee', 'bob', 'Cy']);
    expect(q('DESC')).toEqual(['Cy', 'bob', 'Ada', 'Dee']);
    expect(q('ASC NULLS LAST')).toEqual(['bob', 'Cy', 'Ada', 'Dee']);
    expect(q('DESC NULLS FIRST')).toEqual(['Ada', 'Dee', 'Cy', 'bob']);
  });

  it('breaks ties by the next key and keeps the store order without ORDER BY', () => {
    const { org } = seededOrg();
    expect(
      column(org.query('SELECT Name FROM User ORDER BY IsActive DESC, Name DESC'), 'name')
    ).toEqual(['Dee', 'bob', 'Ada', 'Cy']);
    expect(column(org.query('SELECT Name FROM User'), 'name')).toEqual(['Ada', 'bob', 'Cy', 'Dee']);
  });

  it('sorts a picklist in the order its values are defined', () => {
    const { org } = seededOrg();
    for (const status of ['Undone', 'New', 'Applied'])
      org.add('MFA_Change_Set__c', { Name: status, Status__c: status });
    expect(
      column(org.query('SELECT Name FROM MFA_Change_Set__c ORDER BY Status__c'), 'name')
    ).toEqual(['New', 'Applied', 'Undone']);
  });

  it('sorts datetimes by instant', () => {
    const { org } = seededOrg();
    org.add('MFA_Change_Set__c', { Name: 'later', Applied_At__c: new ApexDatetime(2000) });
    org.add('MFA_Change_Set__c', { Name: 'earlier', Applied_At__c: new ApexDatetime(1000) });
    expect(
      column(org.query('SELECT Name FROM MFA_Change_Set__c ORDER BY Applied_At__c DESC'), 'name')
    ).toEqual(['later', 'earlier']);
  });

  it('applies OFFSET then LIMIT, either literal or bound', () => {
    const { org } = seededOrg();
    expect(
      column(org.query('SELECT Name FROM User ORDER BY Name LIMIT 2 OFFSET 1'), 'name')
    ).toEqual(['bob', 'Cy']);
    expect(
      column(
        org.query('SELECT Name FROM User ORDER BY Name LIMIT :n OFFSET :o', { n: 1, o: 3 }),
        'name'
      )
    ).toEqual(['Dee']);
  });

  it('refuses an OFFSET above 2,000', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Id FROM User OFFSET 2001')).toThrow(
      'Maximum SOQL offset allowed is 2000'
    );
  });

  it('pages by a keyset cursor as the project does (Name, then Id)', () => {
    const { org, ids } = seededOrg();
    const page = org.query(
      'SELECT Name FROM User WHERE IsActive = true AND (Name > :afterName OR (Name = :afterName AND Id > :afterId)) ORDER BY Name, Id LIMIT :maxRows',
      { afterName: 'Ada', afterId: ids.ada, maxRows: 5 }
    );
    expect(column(page, 'name')).toEqual(['bob', 'Dee']);
  });
});
