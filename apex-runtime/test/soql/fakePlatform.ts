// A small in-memory org for the SOQL tests: a hand-built schema of the objects the project queries
// (User, Profile, UserLicense, PermissionSet, PermissionSetAssignment, PermissionSetGroup) and a
// custom object with picklists, numbers and dates; rows as the store keeps them; an access checker
// whose denials a test sets.
import { toId18 } from '../../src/equality';
import type {
  AccessChecker,
  ChildRelationship,
  Dml,
  FieldDescribe,
  FieldType,
  ObjectDescribe,
  PlatformContext,
  Schema,
  StoredRecord
} from '../../src/platform/contracts';
import { Limits } from '../../src/platform/limits';
import { ApexMap, typeRef, type ApexValue } from '../../src/values';
import { bindFromMap, executeQuery, parseQueryText } from '../../src/soql';

type FieldSpec = [name: string, type: FieldType, referenceTo?: string, relationship?: string];

function field([name, type, referenceTo, relationship]: FieldSpec): FieldDescribe {
  return {
    name,
    label: name,
    type,
    length: 255,
    precision: 0,
    scale: 0,
    nillable: type !== 'id' && type !== 'boolean',
    required: false,
    createable: type !== 'id',
    updateable: type !== 'id',
    calculated: type === 'id',
    custom: name.endsWith('__c'),
    referenceTo: referenceTo ? [referenceTo] : [],
    relationshipName: relationship ?? null,
    picklistValues:
      name === 'Status__c'
        ? ['New', 'Applied', 'Undone'].map((value) => ({
            value,
            label: value,
            active: true,
            defaultValue: false
          }))
        : [],
    restrictedPicklist: false,
    defaultValue: null,
    filterable: true,
    groupable: true,
    sortable: true,
    aggregatable: true
  };
}

const OBJECTS: Record<string, { prefix: string; fields: FieldSpec[] }> = {
  UserLicense: { prefix: '100', fields: [['Name', 'string']] },
  Profile: {
    prefix: '00e',
    fields: [
      ['Name', 'string'],
      ['UserLicenseId', 'reference', 'UserLicense', 'UserLicense']
    ]
  },
  User: {
    prefix: '005',
    fields: [
      ['Name', 'string'],
      ['Username', 'string'],
      ['IsActive', 'boolean'],
      ['ProfileId', 'reference', 'Profile', 'Profile'],
      ['ManagerId', 'reference', 'User', 'Manager']
    ]
  },
  PermissionSetGroup: {
    prefix: '0PG',
    fields: [
      ['DeveloperName', 'string'],
      ['Status', 'picklist']
    ]
  },
  PermissionSet: {
    prefix: '0PS',
    fields: [
      ['Name', 'string'],
      ['Label', 'string'],
      ['IsOwnedByProfile', 'boolean'],
      ['PermissionsApiUserOnly', 'boolean'],
      ['ProfileId', 'reference', 'Profile', 'Profile'],
      ['PermissionSetGroupId', 'reference', 'PermissionSetGroup', 'PermissionSetGroup']
    ]
  },
  PermissionSetAssignment: {
    prefix: '0Pa',
    fields: [
      ['AssigneeId', 'reference', 'User', 'Assignee'],
      ['PermissionSetId', 'reference', 'PermissionSet', 'PermissionSet'],
      ['PermissionSetGroupId', 'reference', 'PermissionSetGroup', 'PermissionSetGroup'],
      ['ExpirationDate', 'datetime']
    ]
  },
  MFA_Change_Set__c: {
    prefix: 'a01',
    fields: [
      ['Name', 'string'],
      ['Status__c', 'picklist'],
      ['Tags__c', 'multipicklist'],
      ['Rows__c', 'double'],
      ['Applied_At__c', 'datetime'],
      ['Due__c', 'date']
    ]
  }
};

const CHILDREN: [parent: string, ChildRelationship][] = [
  [
    'User',
    {
      relationshipName: 'PermissionSetAssignments',
      childSObject: 'PermissionSetAssignment',
      field: 'AssigneeId'
    }
  ],
  [
    'PermissionSet',
    {
      relationshipName: 'Assignments',
      childSObject: 'PermissionSetAssignment',
      field: 'PermissionSetId'
    }
  ],
  ['Profile', { relationshipName: 'Users', childSObject: 'User', field: 'ProfileId' }]
];

function buildSchema(): Schema {
  const objects = new Map<string, ObjectDescribe>();
  for (const [name, spec] of Object.entries(OBJECTS)) {
    const fields = new Map<string, FieldDescribe>();
    for (const f of [['Id', 'id'] as FieldSpec, ...spec.fields])
      fields.set(f[0].toLowerCase(), field(f));
    objects.set(name.toLowerCase(), {
      name,
      label: name,
      labelPlural: name,
      keyPrefix: spec.prefix,
      custom: name.endsWith('__c'),
      setup: !name.endsWith('__c'),
      createable: true,
      updateable: true,
      deletable: true,
      queryable: true,
      fields,
      childRelationships: new Map()
    });
  }
  for (const [parent, relationship] of CHILDREN) {
    objects
      .get(parent.toLowerCase())
      ?.childRelationships.set(relationship.relationshipName.toLowerCase(), relationship);
  }
  return {
    object: (name) => objects.get(name.toLowerCase()),
    objectByKeyPrefix: (prefix) => [...objects.values()].find((o) => o.keyPrefix === prefix),
    objects: () => objects.values()
  };
}

export class FakeOrg implements PlatformContext {
  readonly schema = buildSchema();
  readonly limits = new Limits();
  readonly deniedObjects = new Set<string>();
  /** 'Object.Field' */
  readonly deniedFields = new Set<string>();
  private readonly tables = new Map<string, StoredRecord[]>();
  private readonly ids = new Map<string, { object: string; record: StoredRecord }>();
  private counter = 0;
  clock = Date.UTC(2026, 5, 17, 12, 0, 0); // a Wednesday
  userId = '';

  readonly store = {
    rows: (objectName: string): Iterable<StoredRecord> => this.tables.get(objectName) ?? [],
    byId: (id: string) => this.ids.get(id.slice(0, 15)),
    // No journal here: async jobs are not run on this fake.
    mark: (): number => 0,
    undoTo: (): void => {
      throw new Error('the fake platform keeps no journal');
    }
  };

  readonly access: AccessChecker = {
    hasUserPermission: () => false,
    hasCustomPermission: () => false,
    canAccessObject: (_user, object) => !this.deniedObjects.has(object),
    canAccessField: (_user, object, fieldName) => !this.deniedFields.has(`${object}.${fieldName}`),
    invalidate: () => undefined
  };

  get dml(): Dml {
    throw new Error('the SOQL tests do no DML');
  }

  runningUserId(): string {
    return this.userId;
  }

  now(): number {
    return this.clock;
  }

  newId(objectName: string): string {
    const prefix = this.schema.object(objectName)?.keyPrefix ?? '000';
    const id = toId18(prefix + String(++this.counter).padStart(12, '0'));
    if (!id) throw new Error('bad id');
    return id;
  }

  /** Inserts a row (fields by API name) and returns its 18-character Id. */
  add(objectName: string, values: Record<string, ApexValue> = {}): string {
    const id = this.newId(objectName);
    const record: StoredRecord = new Map([['id', id]]);
    for (const [name, value] of Object.entries(values)) record.set(name.toLowerCase(), value);
    if (!this.tables.has(objectName)) this.tables.set(objectName, []);
    this.tables.get(objectName)?.push(record);
    this.ids.set(id.slice(0, 15), { object: objectName, record });
    return id;
  }

  /** Runs dynamic SOQL as Database.queryWithBinds does. */
  query(text: string, binds: Record<string, ApexValue> = {}, mode: 'system' | 'user' = 'system') {
    const map = new ApexMap(typeRef('String'), typeRef('Object'));
    for (const [key, value] of Object.entries(binds)) map.entries.set(`s:${key}`, [key, value]);
    return executeQuery(this, parseQueryText(text), {
      mode,
      bind: (node) => bindFromMap(map, node)
    });
  }
}
