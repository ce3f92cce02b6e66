/**
 * Every SOQL statement the command line sends, in one place. Field lists are the snapshot
 * format's (the access engine's schema, which also validates snapshots); the permission booleans
 * are appended at run time from the org's describe, because not every org has every tracked field.
 */
import { snapshotFields } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import type { FactRecords } from '../../force-app/main/default/lwc/accessEngine/accessEngine';

export interface SnapshotObjectQuery {
  readonly objectName: keyof FactRecords;
  readonly fields: readonly string[];
  /** Add the tracked Permissions* fields the org's describe of this object has. */
  readonly withPermissionFields: boolean;
  /**
   * Without these the facts are meaningless, so a failure stops the capture. The others may be
   * unreadable for the running user (e.g. TwoFactorMethodsInfo needs Manage MFA in API) and are
   * then "not captured".
   */
  readonly required: boolean;
  /** Appended after FROM: keeps unbounded history objects to a useful, bounded slice. */
  readonly tail?: string;
}

export const SNAPSHOT_QUERIES: readonly SnapshotObjectQuery[] = [
  {
    objectName: 'User',
    fields: snapshotFields('User'),
    withPermissionFields: false,
    required: true
  },
  {
    objectName: 'Profile',
    fields: snapshotFields('Profile'),
    withPermissionFields: false,
    required: true
  },
  {
    objectName: 'UserLicense',
    fields: snapshotFields('UserLicense'),
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'PermissionSet',
    fields: snapshotFields('PermissionSet'),
    withPermissionFields: true,
    required: true
  },
  {
    objectName: 'PermissionSetAssignment',
    fields: snapshotFields('PermissionSetAssignment'),
    withPermissionFields: false,
    required: true
  },
  {
    objectName: 'PermissionSetGroup',
    fields: snapshotFields('PermissionSetGroup'),
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'PermissionSetGroupComponent',
    fields: snapshotFields('PermissionSetGroupComponent'),
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'MutingPermissionSet',
    fields: snapshotFields('MutingPermissionSet'),
    withPermissionFields: true,
    required: false
  },
  {
    objectName: 'TwoFactorMethodsInfo',
    fields: snapshotFields('TwoFactorMethodsInfo'),
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'SessionPermSetActivation',
    fields: snapshotFields('SessionPermSetActivation'),
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'AuthSession',
    fields: snapshotFields('AuthSession'),
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'LoginHistory',
    fields: snapshotFields('LoginHistory'),
    withPermissionFields: false,
    required: false,
    // A busy org has millions of login rows; the latest ones are what explains a lock-out.
    tail: 'ORDER BY LoginTime DESC LIMIT 10000'
  }
];

export function selectStatement(
  query: SnapshotObjectQuery,
  permissionFields: readonly string[]
): string {
  const fields = query.withPermissionFields
    ? [...query.fields, ...permissionFields]
    : [...query.fields];
  const statement = `SELECT ${fields.join(', ')} FROM ${query.objectName}`;
  return query.tail ? `${statement} ${query.tail}` : statement;
}
