// The lock rule of the engine's plans and fixes is Apex's (MfaEditorRules.lockReason), in order.
import { classifyPermissionSet } from '../planRows';
import type { PermissionSetRecord } from '../types';

const set = (fields: Partial<PermissionSetRecord>): PermissionSetRecord => ({
  Id: '0PS000000000001AAA',
  Name: 'Some_Set',
  IsOwnedByProfile: false,
  IsCustom: true,
  ...fields
});

describe('classifyPermissionSet', () => {
  it.each([
    ['a profile’s set', { IsOwnedByProfile: true }, 'profile', null],
    [
      'a group’s aggregate by its type',
      { Type: 'Group' },
      'groupAggregate',
      'LOCKED_GROUP_AGGREGATE'
    ],
    [
      'a group’s aggregate by its group link alone',
      { PermissionSetGroupId: '0PG000000000001AAA' },
      'groupAggregate',
      'LOCKED_GROUP_AGGREGATE'
    ],
    [
      'a managed package’s set',
      { NamespacePrefix: 'acme' },
      'managedPackage',
      'LOCKED_MANAGED_PACKAGE'
    ],
    ['a standard set', { IsCustom: false }, 'standardSet', 'LOCKED_STANDARD_SET'],
    ['a custom unmanaged set', {}, 'permissionSet', null]
  ])('classifies %s as Apex does', (_what, fields, kind, lockReason) => {
    expect(classifyPermissionSet(set(fields as Partial<PermissionSetRecord>))).toEqual({
      kind,
      lockReason
    });
  });
});
