import { NotImplemented } from '../../src/errors';
import { ALL_OR_NONE, sobject, testOrg } from './fixtures';

const names = (org: ReturnType<typeof testOrg>) =>
  [...org.store.rows('Widget__c')].map((r) => r.get('name'));

describe('savepoints', () => {
  it('undoes inserts, updates and deletes made after the savepoint, keeping row order', () => {
    const org = testOrg();
    const first = sobject('Widget__c', { Name: 'first' });
    const second = sobject('Widget__c', { Name: 'second' });
    org.dml.insert([first, second], ALL_OR_NONE);
    const savepoint = org.dml.setSavepoint();
    first.set('Name', 'renamed');
    org.dml.update([first], ALL_OR_NONE);
    org.dml.delete([second], ALL_OR_NONE);
    org.dml.insert([sobject('Widget__c', { Name: 'third' })], ALL_OR_NONE);
    org.dml.rollback(savepoint);
    expect(names(org)).toEqual(['first', 'second']);
  });

  it('counts setSavepoint and rollback as DML statements', () => {
    const org = testOrg();
    const savepoint = org.dml.setSavepoint();
    org.dml.rollback(savepoint);
    expect(org.limits.get('dmlStatements')).toBe(2);
    expect(org.limits.get('dmlRows')).toBe(0);
  });

  it('does not reset the Id already written into a rolled-back record', () => {
    const org = testOrg();
    const savepoint = org.dml.setSavepoint();
    const row = sobject('Widget__c', { Name: 'kept Id' });
    org.dml.insert([row], ALL_OR_NONE);
    org.dml.rollback(savepoint);
    expect(row.get('Id')).not.toBeNull();
    expect(org.store.byId(row.get('Id') as string)).toBeUndefined();
  });

  it('invalidates the savepoints set after the one rolled back to', () => {
    const org = testOrg();
    const outer = org.dml.setSavepoint();
    const inner = org.dml.setSavepoint();
    org.dml.rollback(outer);
    expect(() => org.dml.rollback(inner)).toThrow(NotImplemented);
  });
});
