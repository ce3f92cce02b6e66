import { parseSnapshot, SnapshotError, validateSnapshot } from '../accessEngine';
import { fixtureText } from './loadFixture';

type Json = Record<string, unknown>;

function seed(): Json {
  return JSON.parse(fixtureText('seed000-group')) as Json;
}

function records(snapshot: Json): Record<string, Json[]> {
  return snapshot.records as Record<string, Json[]>;
}

function errorOf(action: () => unknown): SnapshotError {
  try {
    action();
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error('expected a SnapshotError');
}

describe('parseSnapshot', () => {
  it('accepts a valid snapshot and keeps capturedAt and permissionFields', () => {
    const snapshot = parseSnapshot(fixtureText('seed000-group'));
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.capturedAt).toBe('2026-11-01T10:00:00Z');
    expect(snapshot.records.User).toHaveLength(2);
    expect(snapshot.permissionFields).toHaveLength(8);
  });

  it('ignores unknown objects and unknown fields', () => {
    const value = seed();
    records(value).User[0].FavouriteColour = 'teal';
    const snapshot = validateSnapshot(value);
    expect(Object.keys(snapshot.records)).not.toContain('SomeUnknownObject');
    expect(snapshot.records.User?.[0].Id).toBe('005000000000001AAA');
  });

  it('treats a missing object as not captured rather than an error', () => {
    const value = seed();
    delete records(value).Profile;
    delete records(value).PermissionSetGroup;
    const snapshot = validateSnapshot(value);
    expect(snapshot.records.Profile).toBeUndefined();
  });

  it('explains text that is not JSON in one SnapshotError', () => {
    const error = errorOf(() => parseSnapshot('{"schemaVersion": 1,'));
    expect(error.message).toMatch(/^Snapshot: not valid JSON/);
  });

  it('rejects another schemaVersion naming the field', () => {
    const value = { ...seed(), schemaVersion: 2 };
    const error = errorOf(() => validateSnapshot(value));
    expect(error.field).toBe('schemaVersion');
    expect(error.message).toContain('schemaVersion 2');
  });

  it('rejects a value that is not an object, or has no records', () => {
    expect(errorOf(() => validateSnapshot([])).message).toContain('JSON object');
    expect(errorOf(() => validateSnapshot({ schemaVersion: 1 })).field).toBe('records');
    expect(
      errorOf(() => validateSnapshot({ schemaVersion: 1, capturedAt: 'soon', records: {} })).field
    ).toBe('capturedAt');
  });

  it('names object, record and field when a required field is missing', () => {
    const value = seed();
    delete records(value).PermissionSetAssignment[1].PermissionSetId;
    const error = errorOf(() => validateSnapshot(value));
    expect(error).toMatchObject({
      object: 'PermissionSetAssignment',
      recordId: '0Pa000000000002AAA',
      field: 'PermissionSetId'
    });
    expect(error.message).toBe(
      'Snapshot: PermissionSetAssignment 0Pa000000000002AAA, field PermissionSetId: is missing.'
    );
  });

  it('names the record by position when its Id is missing', () => {
    const value = seed();
    delete records(value).User[1].Id;
    expect(errorOf(() => validateSnapshot(value)).message).toBe(
      'Snapshot: User record #2, field Id: is missing.'
    );
  });

  it('names object, record and field of an Id linking to a record that is not there', () => {
    const value = seed();
    records(value).PermissionSetGroupComponent[0].PermissionSetId = '0PS000000000099AAA';
    const error = errorOf(() => validateSnapshot(value));
    expect(error).toMatchObject({
      object: 'PermissionSetGroupComponent',
      recordId: '0PC000000000001AAA'
    });
    expect(error.message).toContain(
      'field PermissionSetId: links to PermissionSet or MutingPermissionSet 0PS000000000099AAA'
    );
  });

  it('does not check links into an object that was not captured', () => {
    const value = seed();
    delete records(value).Profile;
    records(value).User[0].ProfileId = '00e000000000099AAA';
    expect(() => validateSnapshot(value)).not.toThrow();
  });

  it('rejects wrong types, malformed Ids and dates, and duplicate Ids', () => {
    const wrongBoolean = seed();
    records(wrongBoolean).User[0].IsActive = 'yes';
    expect(errorOf(() => validateSnapshot(wrongBoolean)).message).toContain(
      'field IsActive: must be true or false'
    );

    const wrongFlag = seed();
    records(wrongFlag).PermissionSet[1].PermissionsApiUserOnly = 1;
    expect(errorOf(() => validateSnapshot(wrongFlag)).field).toBe('PermissionsApiUserOnly');

    const badId = seed();
    records(badId).User[0].ProfileId = 'not-an-id';
    expect(errorOf(() => validateSnapshot(badId)).message).toContain(
      '"not-an-id" is not a Salesforce Id'
    );

    const badDate = seed();
    records(badDate).PermissionSetAssignment[0].ExpirationDate = 'tomorrow';
    expect(errorOf(() => validateSnapshot(badDate)).field).toBe('ExpirationDate');

    const emptyName = seed();
    records(emptyName).User[0].Username = '';
    expect(errorOf(() => validateSnapshot(emptyName)).field).toBe('Username');

    const duplicate = seed();
    records(duplicate).User[1].Id = '005000000000001AAA';
    expect(errorOf(() => validateSnapshot(duplicate)).message).toContain('field Id: appears twice');
  });

  it('rejects an object that is not a list, and a record that is not an object', () => {
    const notList = seed();
    (notList.records as Json).User = {};
    expect(errorOf(() => validateSnapshot(notList)).message).toBe(
      'Snapshot: records.User must be a list of records.'
    );
    const notRecord = seed();
    (records(notRecord).Profile as unknown[])[0] = 7;
    expect(errorOf(() => validateSnapshot(notRecord)).message).toBe(
      'Snapshot: Profile record #1 is not an object.'
    );
  });

  it('rejects malformed permissionFields entries', () => {
    const notList = { ...seed(), permissionFields: {} };
    expect(errorOf(() => validateSnapshot(notList)).object).toBe('permissionFields');
    for (const field of ['fieldName', 'label', 'metadataName', 'available']) {
      const value = seed();
      delete (value.permissionFields as Json[])[0][field];
      expect(errorOf(() => validateSnapshot(value)).field).toBe(field);
    }
    const notEntry = { ...seed(), permissionFields: [null] };
    expect(errorOf(() => validateSnapshot(notEntry)).field).toBe('fieldName');
  });
});
