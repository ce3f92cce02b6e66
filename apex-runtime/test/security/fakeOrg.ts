// A small schema and a Map-backed RecordStore, standing in for schema.ts and store.ts (written
// by other helpers) so that the baseline and the access checker can be tested on their own.
import { toId18 } from '../../src/equality';
import type {
  FieldDescribe,
  FieldType,
  ObjectDescribe,
  RecordStore,
  Schema,
  StoredRecord
} from '../../src/platform/contracts';
import type { ApexValue } from '../../src/values';

type FieldSpec = string | [name: string, type: FieldType, options?: Partial<FieldDescribe>];

export const PERMISSIONS = [
  'ApiEnabled',
  'ApiUserOnly',
  'ModifyAllData',
  'ViewAllData',
  'ManageUsers',
  'ViewSetup',
  'AssignPermissionSets',
  'ManageProfilesPermissionsets',
  'CustomizeApplication',
  'AuthorApex',
  'ManagePasswordPolicies',
  'ManageTwoFactor',
  'DelegatedTwoFactor',
  'ForceTwoFactor',
  'TwoFactorApi',
  'ChatterInternalUser'
].map((name) => `Permissions${name}`);

const AUDIT: FieldSpec[] = [
  ['CreatedDate', 'datetime', { calculated: true }],
  ['LastModifiedDate', 'datetime', { calculated: true }],
  ['SystemModstamp', 'datetime', { calculated: true }],
  ['CreatedById', 'reference', { calculated: true }],
  ['LastModifiedById', 'reference', { calculated: true }]
];
const bool = (name: string): FieldSpec => [name, 'boolean'];
const ref = (name: string): FieldSpec => [name, 'reference'];
const dt = (name: string): FieldSpec => [name, 'datetime'];
const perms = PERMISSIONS.map(bool);

function field(spec: FieldSpec, custom: boolean): FieldDescribe {
  const [name, type, options] = typeof spec === 'string' ? [spec, 'string' as const, {}] : spec;
  return {
    name,
    label: name,
    type,
    length: type === 'string' ? 255 : 0,
    precision: 0,
    scale: 0,
    nillable: type !== 'boolean' && type !== 'id',
    required: false,
    createable: type !== 'id',
    updateable: type !== 'id',
    calculated: false,
    custom: custom && name.endsWith('__c'),
    referenceTo: [],
    relationshipName: null,
    picklistValues: [],
    restrictedPicklist: false,
    defaultValue: null,
    filterable: true,
    groupable: true,
    sortable: true,
    aggregatable: true,
    ...options
  };
}

function object(
  name: string,
  keyPrefix: string,
  setup: boolean,
  specs: FieldSpec[],
  custom = false
): ObjectDescribe {
  const fields = new Map<string, FieldDescribe>();
  for (const spec of [['Id', 'id'] as FieldSpec, ...AUDIT, bool('IsDeleted'), ...specs]) {
    const described = field(spec, custom);
    fields.set(described.name.toLowerCase(), described);
  }
  return {
    name,
    label: name,
    labelPlural: name,
    keyPrefix,
    custom,
    setup,
    createable: true,
    updateable: true,
    deletable: true,
    queryable: true,
    fields,
    childRelationships: new Map()
  };
}

const changeSetFields = [
  'Applied_At__c',
  'Applied_By__c',
  'Changes_Json__c',
  'Key__c',
  'Kind__c',
  'Part_Count__c',
  'Recording_Error__c',
  'Row_Count__c',
  'Status__c',
  'Summary__c',
  'Undoes__c'
];

const OBJECTS: ObjectDescribe[] = [
  object('UserLicense', '100', true, [
    'Name',
    'MasterLabel',
    'LicenseDefinitionKey',
    'Status',
    ['TotalLicenses', 'int'],
    ['UsedLicenses', 'int']
  ]),
  object('Profile', '00e', true, [
    'Name',
    ref('UserLicenseId'),
    'UserType',
    'Description',
    ...perms
  ]),
  object('PermissionSet', '0PS', true, [
    'Name',
    'Label',
    'Description',
    bool('IsOwnedByProfile'),
    bool('IsCustom'),
    bool('HasActivationRequired'),
    ref('ProfileId'),
    ref('LicenseId'),
    ref('PermissionSetGroupId'),
    'Type',
    'NamespacePrefix',
    ...perms
  ]),
  object('MutingPermissionSet', '0QM', true, ['DeveloperName', 'MasterLabel', ...perms]),
  object('PermissionSetGroup', '0PG', true, [
    'DeveloperName',
    'MasterLabel',
    'Status',
    bool('HasActivationRequired')
  ]),
  object('PermissionSetGroupComponent', '0PM', true, [
    ref('PermissionSetGroupId'),
    ref('PermissionSetId')
  ]),
  object('PermissionSetAssignment', '0Pa', true, [
    ref('AssigneeId'),
    ref('PermissionSetId'),
    ref('PermissionSetGroupId'),
    dt('ExpirationDate'),
    bool('IsActive'),
    bool('IsRevoked')
  ]),
  object('SessionPermSetActivation', '5Pa', true, [
    ref('UserId'),
    ref('PermissionSetId'),
    ref('PermissionSetGroupId'),
    ref('AuthSessionId')
  ]),
  object('ObjectPermissions', '110', true, [
    ref('ParentId'),
    'SobjectType',
    ...['Read', 'Create', 'Edit', 'Delete', 'ViewAllRecords', 'ModifyAllRecords'].map((p) =>
      bool(`Permissions${p}`)
    )
  ]),
  object('FieldPermissions', '01k', true, [
    ref('ParentId'),
    'SobjectType',
    'Field',
    bool('PermissionsRead'),
    bool('PermissionsEdit')
  ]),
  object('SetupEntityAccess', '0J0', true, [
    ref('ParentId'),
    ref('SetupEntityId'),
    'SetupEntityType'
  ]),
  object('PermissionSetTabSetting', '01P', true, [ref('ParentId'), 'Name', 'Visibility']),
  object('ApexClass', '01p', true, [
    'Name',
    'NamespacePrefix',
    'Status',
    ['ApiVersion', 'double'],
    bool('IsValid')
  ]),
  object('CustomPermission', '0CP', true, [
    'DeveloperName',
    'MasterLabel',
    'Description',
    bool('IsLicensed'),
    'NamespacePrefix'
  ]),
  object('User', '005', true, [
    'Username',
    'FirstName',
    ['LastName', 'string', { nillable: false }],
    'Name',
    'Alias',
    'Email',
    'CommunityNickname',
    ref('ProfileId'),
    bool('IsActive'),
    'UserType',
    'TimeZoneSidKey',
    'LocaleSidKey',
    'LanguageLocaleKey',
    'EmailEncodingKey',
    'CompanyName',
    ref('UserRoleId')
  ]),
  object('TwoFactorMethodsInfo', '0tm', true, [ref('UserId'), bool('HasTotp')]),
  object('LoginHistory', '0Ya', true, [ref('UserId'), dt('LoginTime'), 'Status']),
  object('AuthSession', '0Ak', true, [ref('UsersId'), bool('IsCurrent')]),
  object('Group', '00G', true, ['Name']),
  object('Account', '001', false, [['Name', 'string', { nillable: false }], 'Phone']),
  object(
    'MFA_Change_Set__c',
    'a00',
    false,
    [
      ['Name', 'string', { nillable: false }],
      ...changeSetFields,
      ['Formula__c', 'string', { calculated: true, createable: false, updateable: false }]
    ],
    true
  ),
  object(
    'MFA_Change_Set_Part__c',
    'a01',
    false,
    [
      ['Name', 'string', { nillable: false }],
      'Index__c',
      'Json__c',
      ['Change_Set__c', 'reference', { nillable: false }]
    ],
    true
  )
];

export function fakeSchema(): Schema {
  const byName = new Map(OBJECTS.map((o) => [o.name.toLowerCase(), o]));
  return {
    object: (name) => byName.get(name.toLowerCase()),
    objectByKeyPrefix: (prefix) => OBJECTS.find((o) => o.keyPrefix === prefix),
    objects: () => OBJECTS
  };
}

/** A Map-backed store: what the contracts' RecordStore promises, plus insert for tests. */
export class FakeStore implements RecordStore {
  private readonly byObject = new Map<string, StoredRecord[]>();
  private readonly index = new Map<string, { object: string; record: StoredRecord }>();
  private counter = 0;

  constructor(private readonly schema: Schema) {}

  rows(objectName: string): Iterable<StoredRecord> {
    return this.byObject.get(objectName.toLowerCase()) ?? [];
  }

  byId(id: string): { object: string; record: StoredRecord } | undefined {
    const id18 = toId18(id);
    return id18 ? this.index.get(id18) : undefined;
  }

  /** No journal here: async jobs are not run on this fake. */
  mark(): number {
    return 0;
  }

  undoTo(): void {
    throw new Error('FakeStore keeps no journal');
  }

  /** Adds a record; gives it an Id when it has none. Returns the Id. */
  insert(objectName: string, fields: Record<string, ApexValue>): string {
    const describe = this.schema.object(objectName);
    if (!describe) throw new Error(`no object ${objectName}`);
    const record: StoredRecord = new Map();
    for (const [name, value] of Object.entries(fields)) record.set(name.toLowerCase(), value);
    let id = record.get('id');
    if (typeof id !== 'string') {
      id = toId18(`${describe.keyPrefix}TT${String(++this.counter).padStart(10, '0')}`) as string;
      record.set('id', id);
    }
    const list = this.byObject.get(describe.name.toLowerCase()) ?? [];
    list.push(record);
    this.byObject.set(describe.name.toLowerCase(), list);
    this.index.set(id, { object: describe.name, record });
    return id;
  }

  /** The first record of the object whose field equals the value. */
  find(objectName: string, field: string, value: ApexValue): StoredRecord {
    for (const row of this.rows(objectName)) if (row.get(field.toLowerCase()) === value) return row;
    throw new Error(`no ${objectName} with ${field} = ${String(value)}`);
  }
}
