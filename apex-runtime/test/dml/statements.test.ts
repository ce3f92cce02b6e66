import { ApexDatetime } from '../../src/values';
import {
  ADMIN_ID,
  ALL_OR_NONE,
  NOW,
  PARTIAL,
  USER_MODE,
  sobject,
  testOrg,
  thrown
} from './fixtures';

const widget = (name: string | null, extra: Record<string, unknown> = {}) =>
  sobject('Widget__c', { Name: name, ...(extra as Record<string, never>) });

describe('insert', () => {
  it('writes the new Id back into the record and stores system fields and defaults', () => {
    const { dml, store } = testOrg();
    const row = widget('First');
    const [result] = dml.insert([row], ALL_OR_NONE);
    expect(result.success).toBe(true);
    expect(row.get('Id')).toBe(result.id);
    expect(String(result.id).startsWith('a01')).toBe(true);
    const stored = store.byId(result.id as string)?.record;
    expect(stored?.get('ownerid')).toBe(ADMIN_ID);
    expect(stored?.get('createdbyid')).toBe(ADMIN_ID);
    expect(stored?.get('createddate')).toEqual(new ApexDatetime(NOW));
    expect(stored?.get('systemmodstamp')).toEqual(new ApexDatetime(NOW));
    expect(stored?.get('isdeleted')).toBe(false);
    expect(stored?.get('active__c')).toBe(false);
    expect(stored?.get('kind__c')).toBe('Plain');
    expect(stored?.get('score__c')).toBe(7);
    // Only the Id is written back, as Apex does.
    expect(row.get('CreatedDate')).toBeNull();
  });

  it('finds a record by its 15-character Id', () => {
    const { dml, store } = testOrg();
    const [result] = dml.insert([widget('Short')], ALL_OR_NONE);
    expect(store.byId(String(result.id).slice(0, 15))?.object).toBe('Widget__c');
  });

  it('stores a copy that a later change to the record does not alter', () => {
    const { dml, store } = testOrg();
    const row = widget('Copy');
    dml.insert([row], ALL_OR_NONE);
    row.set('Name', 'Changed');
    expect(store.byId(row.get('Id') as string)?.record.get('name')).toBe('Copy');
  });

  it('stores a reference given as 15 characters as 18 and an empty text as null', () => {
    const { dml, store } = testOrg();
    const row = widget('Ref', { Buddy__c: ADMIN_ID.slice(0, 15), Code__c: '' });
    dml.insert([row], ALL_OR_NONE);
    const stored = store.byId(row.get('Id') as string)?.record;
    expect(stored?.get('buddy__c')).toBe(ADMIN_ID);
    expect(stored?.get('code__c')).toBeNull();
  });

  it('refuses a missing required field with the platform message and writes nothing', () => {
    const { dml, store } = testOrg();
    const error = thrown(() => dml.insert([widget('Good'), widget(null)], ALL_OR_NONE));
    expect(error.typeName).toBe('DmlException');
    expect(error.message).toBe(
      'Insert failed. First exception on row 1; first error: REQUIRED_FIELD_MISSING, ' +
        'Required fields are missing: [Name]: [Name]'
    );
    expect(error.dmlErrors[0]).toMatchObject({ index: 1, fields: ['Name'] });
    expect([...store.rows('Widget__c')]).toHaveLength(0);
  });

  it('commits the good rows and reports the bad ones when allOrNone is false', () => {
    const { dml, store } = testOrg();
    const results = dml.insert([widget(null), widget('Good')], PARTIAL);
    expect(results[0]).toMatchObject({ success: false, id: null });
    expect(results[0].errors[0].statusCode).toBe('REQUIRED_FIELD_MISSING');
    expect(results[1].success).toBe(true);
    expect([...store.rows('Widget__c')]).toHaveLength(1);
  });

  it('refuses a row that already has an Id', () => {
    const { dml } = testOrg();
    const row = widget('Again');
    dml.insert([row], ALL_OR_NONE);
    const error = thrown(() => dml.insert([row], ALL_OR_NONE));
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      message: 'cannot specify Id in an insert call',
      fields: ['Id']
    });
  });

  it('refuses text over its length with the label and the maximum', () => {
    const { dml } = testOrg();
    const error = thrown(() =>
      dml.insert([widget('Long', { Note__c: 'x'.repeat(11) })], ALL_OR_NONE)
    );
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'STRING_TOO_LONG',
      message: `Note: data value too large: ${'x'.repeat(11)} (max length=10)`,
      fields: ['Note__c']
    });
  });

  it('rejects a value outside a restricted picklist', () => {
    const { dml } = testOrg();
    const error = thrown(() => dml.insert([widget('Odd', { Kind__c: 'Weird' })], ALL_OR_NONE));
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      message: 'Kind: bad value for restricted picklist field: Weird',
      fields: ['Kind__c']
    });
  });

  it('refuses a reference to a missing record, to the wrong object and a malformed Id', () => {
    const { dml } = testOrg();
    const results = dml.insert(
      [
        widget('Missing', { Buddy__c: '005000000000999AAA' }),
        widget('Wrong', { Buddy__c: '00e000000000001AAA' }),
        widget('Bad', { Buddy__c: 'not-an-id' })
      ],
      PARTIAL
    );
    expect(results.map((r) => r.errors[0].statusCode)).toEqual([
      'INVALID_CROSS_REFERENCE_KEY',
      'FIELD_INTEGRITY_EXCEPTION',
      'MALFORMED_ID'
    ]);
    expect(results[1].errors[0].message).toBe(
      'Buddy: id value of incorrect type: 00e000000000001AAA'
    );
  });

  it('refuses a field the schema does not have', () => {
    const { dml } = testOrg();
    const error = thrown(() => dml.insert([widget('Odd', { Bogus__c: 1 })], ALL_OR_NONE));
    expect(error.dmlErrors[0].statusCode).toBe('INVALID_FIELD');
    expect(error.dmlErrors[0].message).toContain("No such column 'bogus__c' on entity 'Widget__c'");
  });

  it('refuses a system field set on insert as not createable', () => {
    const { dml } = testOrg();
    const error = thrown(() =>
      dml.insert([widget('Old', { CreatedDate: new ApexDatetime(0) })], ALL_OR_NONE)
    );
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: ['CreatedDate']
    });
    expect(error.dmlErrors[0].message).toMatch(/^Unable to create\/update fields: CreatedDate\./);
  });
});

describe('update and delete', () => {
  it('updates a row, stamps LastModified and keeps a queried read-only value unchanged', () => {
    const { dml, store } = testOrg();
    const row = widget('Before');
    dml.insert([row], ALL_OR_NONE);
    const queried = widget('After', {
      Id: row.get('Id'),
      CreatedDate: store.byId(row.get('Id') as string)?.record.get('createddate') ?? null
    });
    expect(dml.update([queried], ALL_OR_NONE)[0].success).toBe(true);
    expect(store.byId(row.get('Id') as string)?.record.get('name')).toBe('After');
  });

  it('refuses a change to a field that is not updateable', () => {
    const { dml } = testOrg();
    const a = widget('A');
    const b = widget('B');
    dml.insert([a, b], ALL_OR_NONE);
    const part = sobject('Part__c', { Name: 'p', Widget__c: a.get('Id') });
    dml.insert([part], ALL_OR_NONE);
    part.set('Widget__c', b.get('Id'));
    const error = thrown(() => dml.update([part], ALL_OR_NONE));
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: ['Widget__c']
    });
  });

  it('refuses an update without Id, of a missing row and of a deleted row', () => {
    const { dml } = testOrg();
    const gone = widget('Gone');
    dml.insert([gone], ALL_OR_NONE);
    dml.delete([gone], ALL_OR_NONE);
    const results = dml.update(
      [widget('NoId'), widget('Missing', { Id: 'a01000000000999AAA' }), gone],
      PARTIAL
    );
    expect(results.map((r) => r.errors[0].statusCode)).toEqual([
      'MISSING_ARGUMENT',
      'INVALID_CROSS_REFERENCE_KEY',
      'ENTITY_IS_DELETED'
    ]);
    expect(results[0].errors[0].message).toBe('Id not specified in an update call');
  });

  it('names the row Id in the exception of a failed update', () => {
    const { dml } = testOrg();
    const row = widget('Named');
    dml.insert([row], ALL_OR_NONE);
    row.set('Name', null);
    const error = thrown(() => dml.update([row], ALL_OR_NONE));
    expect(error.message).toBe(
      `Update failed. First exception on row 0 with id ${row.get('Id')}; first error: ` +
        'REQUIRED_FIELD_MISSING, Required fields are missing: [Name]: [Name]'
    );
  });

  it('deletes by Id, flags the row deleted and refuses deleting it again', () => {
    const { dml, store } = testOrg();
    const row = widget('Doomed');
    dml.insert([row], ALL_OR_NONE);
    dml.delete([row.get('Id') as string], ALL_OR_NONE);
    expect(store.byId(row.get('Id') as string)).toBeUndefined();
    expect(store.deletedById(row.get('Id') as string)?.record.get('isdeleted')).toBe(true);
    const error = thrown(() => dml.delete([row], ALL_OR_NONE));
    expect(error.message).toBe(
      `Delete failed. First exception on row 0 with id ${row.get('Id')}; first error: ` +
        'ENTITY_IS_DELETED, entity is deleted: []'
    );
  });

  it('deletes the detail rows of a deleted master', () => {
    const { dml, store } = testOrg();
    const master = widget('Master');
    dml.insert([master], ALL_OR_NONE);
    dml.insert([sobject('Part__c', { Name: 'p', Widget__c: master.get('Id') })], ALL_OR_NONE);
    dml.delete([master], ALL_OR_NONE);
    expect([...store.rows('Part__c')]).toHaveLength(0);
  });

  it('upserts by Id: inserts rows without one and updates the others', () => {
    const { dml } = testOrg();
    const existing = widget('Old');
    dml.insert([existing], ALL_OR_NONE);
    existing.set('Name', 'Renamed');
    const results = dml.upsert([existing, widget('New')], null, ALL_OR_NONE);
    expect(results.map((r) => r.created)).toEqual([false, true]);
  });

  it('upserts by an external Id field, matching case-insensitively', () => {
    const { dml, store } = testOrg();
    dml.insert([widget('Ext', { Code__c: 'ABC' })], ALL_OR_NONE);
    const [result] = dml.upsert([widget('Ext2', { Code__c: 'abc' })], 'Code__c', ALL_OR_NONE);
    expect(result.created).toBe(false);
    expect([...store.rows('Widget__c')].map((r) => r.get('name'))).toEqual(['Ext2']);
  });
});

describe('limits', () => {
  it('counts one statement per DML and one row per record, and nothing for an empty list', () => {
    const { dml, limits } = testOrg();
    dml.insert([], ALL_OR_NONE);
    expect(limits.get('dmlStatements')).toBe(0);
    dml.insert([widget('a'), widget('b')], ALL_OR_NONE);
    expect(limits.get('dmlStatements')).toBe(1);
    expect(limits.get('dmlRows')).toBe(2);
  });

  it('throws the uncatchable LimitException at the 151st statement', () => {
    const { dml, limits } = testOrg();
    limits.restore({ ...limits.snapshot(), dmlStatements: 150 });
    const error = thrown(() => dml.insert([widget('one too many')], ALL_OR_NONE));
    expect(error.typeName).toBe('LimitException');
    expect(error.message).toBe('Too many DML statements: 151');
    expect(error.catchable).toBe(false);
  });

  it('throws LimitException past 10,000 rows', () => {
    const { dml, limits } = testOrg();
    limits.restore({ ...limits.snapshot(), dmlRows: 10_000 });
    expect(thrown(() => dml.insert([widget('x')], ALL_OR_NONE)).message).toBe(
      'Too many DML rows: 10001'
    );
  });
});

describe('user mode', () => {
  it('refuses an object the user may not create', () => {
    const { dml, access } = testOrg();
    access.refusedObjects.add('Widget__c:create');
    const error = thrown(() => dml.insert([widget('Nope')], USER_MODE));
    expect(error.dmlErrors[0]).toMatchObject({ statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY' });
    // System mode checks none of this.
    expect(dml.insert([widget('Yes')], ALL_OR_NONE)[0].success).toBe(true);
  });

  it('refuses a populated field without edit access, naming it', () => {
    const { dml, access } = testOrg();
    access.refusedFields.add('widget__c.note__c');
    const error = thrown(() => dml.insert([widget('FLS', { Note__c: 'hi' })], USER_MODE));
    expect(error.dmlErrors[0]).toMatchObject({
      statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: ['Note__c']
    });
  });

  it('refuses a delete the user may not make', () => {
    const { dml, access } = testOrg();
    const row = widget('Kept');
    dml.insert([row], ALL_OR_NONE);
    access.refusedObjects.add('Widget__c:delete');
    const [result] = dml.delete([row], { allOrNone: false, mode: 'user' });
    expect(result.errors[0].statusCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
  });
});
