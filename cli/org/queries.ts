/**
 * Every SOQL statement the command line sends, in one place. Field lists follow the snapshot
 * format of design.md; the permission booleans are appended at run time from the org's describe,
 * because not every org has every tracked field.
 */

export interface SnapshotObjectQuery {
  readonly objectName: string;
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
    fields: ['Id', 'Username', 'Name', 'IsActive', 'UserType', 'ProfileId'],
    withPermissionFields: false,
    required: true
  },
  {
    objectName: 'Profile',
    fields: ['Id', 'Name', 'UserLicenseId'],
    withPermissionFields: false,
    required: true
  },
  {
    objectName: 'UserLicense',
    fields: ['Id', 'Name', 'LicenseDefinitionKey'],
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'PermissionSet',
    fields: [
      'Id',
      'Name',
      'Label',
      'Type',
      'IsOwnedByProfile',
      'ProfileId',
      'PermissionSetGroupId',
      'IsCustom',
      'NamespacePrefix',
      'HasActivationRequired',
      'LicenseId'
    ],
    withPermissionFields: true,
    required: true
  },
  {
    objectName: 'PermissionSetAssignment',
    fields: [
      'Id',
      'AssigneeId',
      'PermissionSetId',
      'PermissionSetGroupId',
      'ExpirationDate',
      'IsActive'
    ],
    withPermissionFields: false,
    required: true
  },
  {
    objectName: 'PermissionSetGroup',
    fields: ['Id', 'DeveloperName', 'MasterLabel', 'Status'],
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'PermissionSetGroupComponent',
    fields: ['Id', 'PermissionSetGroupId', 'PermissionSetId'],
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'MutingPermissionSet',
    fields: ['Id', 'DeveloperName', 'MasterLabel'],
    withPermissionFields: true,
    required: false
  },
  {
    objectName: 'TwoFactorMethodsInfo',
    fields: [
      'UserId',
      'HasTotp',
      'HasSalesforceAuthenticator',
      'HasSecurityKey',
      'HasBuiltInAuthenticator',
      'HasTempCode',
      'HasUserVerifiedMobileNumber',
      'HasUserVerifiedEmailAddress'
    ],
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'SessionPermSetActivation',
    fields: ['Id', 'UserId', 'PermissionSetId', 'AuthSessionId'],
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'AuthSession',
    fields: ['Id', 'UsersId', 'SessionType', 'LoginType', 'SessionSecurityLevel', 'CreatedDate'],
    withPermissionFields: false,
    required: false
  },
  {
    objectName: 'LoginHistory',
    fields: ['Id', 'UserId', 'LoginTime', 'LoginType', 'LoginSubType', 'Status', 'Application'],
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
