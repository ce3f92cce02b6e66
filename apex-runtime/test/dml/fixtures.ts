// A tiny hand-made schema and org for the DML engine's tests, shaped like the platform's
// describe of the objects involved (Object Reference), plus a permissive or refusing
// AccessChecker fake.
import type {
  AccessChecker,
  FieldDescribe,
  FieldType,
  ObjectDescribe,
  PicklistEntry,
  Schema
} from '../../src/platform/contracts';
import { DmlEngine } from '../../src/platform/dml';
import { Limits } from '../../src/platform/limits';
import { RecordStore } from '../../src/platform/store';
import { idSuffix } from '../../src/equality';
import { SObjectValue, type ApexValue } from '../../src/values';

type FieldSpec = Partial<FieldDescribe> & { type: FieldType };

function field(name: string, spec: FieldSpec): FieldDescribe {
  const calculated = spec.calculated ?? false;
  return {
    name,
    label: spec.label ?? name,
    type: spec.type,
    length: spec.length ?? (spec.type === 'string' ? 255 : 0),
    precision: 0,
    scale: 0,
    nillable: spec.nillable ?? !spec.required,
    required: spec.required ?? false,
    createable: spec.createable ?? !calculated,
    updateable: spec.updateable ?? !calculated,
    calculated,
    custom: name.endsWith('__c'),
    referenceTo: spec.referenceTo ?? [],
    relationshipName: spec.relationshipName ?? null,
    picklistValues: spec.picklistValues ?? [],
    restrictedPicklist: spec.restrictedPicklist ?? false,
    defaultValue: spec.defaultValue ?? null,
    filterable: true,
    groupable: true,
    sortable: true,
    aggregatable: true
  };
}

const SYSTEM: Record<string, FieldSpec> = {
  Id: { type: 'id', calculated: true, nillable: false },
  IsDeleted: { type: 'boolean', calculated: true },
  CreatedDate: { type: 'datetime', calculated: true },
  CreatedById: { type: 'reference', calculated: true, referenceTo: ['User'] },
  LastModifiedDate: { type: 'datetime', calculated: true },
  LastModifiedById: { type: 'reference', calculated: true, referenceTo: ['User'] },
  SystemModstamp: { type: 'datetime', calculated: true }
};

interface ObjectSpec {
  prefix: string;
  setup: boolean;
  fields: Record<string, FieldSpec>;
  createable?: boolean;
  updateable?: boolean;
  deletable?: boolean;
  children?: { relationshipName: string; childSObject: string; field: string }[];
}

const pick = (values: string[], defaultValue?: string): PicklistEntry[] =>
  values.map((value) => ({
    value,
    label: value,
    active: true,
    defaultValue: value === defaultValue
  }));

const PERMISSIONS: Record<string, FieldSpec> = {
  PermissionsApiUserOnly: { type: 'boolean', label: 'API Only User' },
  PermissionsForceTwoFactor: {
    type: 'boolean',
    label: 'Multi-Factor Authentication for User Interface Logins'
  },
  PermissionsTwoFactorApi: { type: 'boolean', label: 'Multi-Factor Authentication for API Logins' },
  PermissionsViewSetup: { type: 'boolean', label: 'View Setup and Configuration' }
};

const OBJECTS: Record<string, ObjectSpec> = {
  Widget__c: {
    prefix: 'a01',
    setup: false,
    fields: {
      Name: { type: 'string', length: 80, label: 'Widget Name', required: true },
      OwnerId: { type: 'reference', referenceTo: ['User'] },
      Kind__c: {
        type: 'picklist',
        label: 'Kind',
        restrictedPicklist: true,
        picklistValues: pick(['Plain', 'Fancy'], 'Plain')
      },
      Active__c: { type: 'boolean', label: 'Active' },
      Note__c: { type: 'string', length: 10, label: 'Note' },
      Buddy__c: { type: 'reference', label: 'Buddy', referenceTo: ['User'] },
      Code__c: { type: 'string', length: 20, label: 'Code' },
      Score__c: { type: 'double', label: 'Score', defaultValue: 7 }
    },
    children: [{ relationshipName: 'Parts__r', childSObject: 'Part__c', field: 'Widget__c' }]
  },
  Part__c: {
    prefix: 'a02',
    setup: false,
    fields: {
      Name: { type: 'string', length: 80 },
      Widget__c: {
        type: 'reference',
        referenceTo: ['Widget__c'],
        required: true,
        updateable: false,
        relationshipName: 'Widget__r'
      }
    }
  },
  User: {
    prefix: '005',
    setup: true,
    deletable: false,
    fields: {
      Username: { type: 'string', length: 80, required: true },
      LastName: { type: 'string', length: 80, required: true, label: 'Last Name' },
      ProfileId: { type: 'reference', referenceTo: ['Profile'], required: true },
      IsActive: { type: 'boolean', defaultValue: true }
    }
  },
  Profile: {
    prefix: '00e',
    setup: true,
    createable: false,
    fields: { Name: { type: 'string', length: 255 } }
  },
  PermissionSet: {
    prefix: '0PS',
    setup: true,
    fields: {
      Name: { type: 'string', length: 80, required: true },
      Label: { type: 'string', length: 80, required: true },
      IsOwnedByProfile: { type: 'boolean', createable: false, updateable: false },
      Type: { type: 'picklist', createable: false, updateable: false },
      ProfileId: { type: 'reference', referenceTo: ['Profile'], createable: false },
      PermissionSetGroupId: {
        type: 'reference',
        referenceTo: ['PermissionSetGroup'],
        createable: false,
        updateable: false
      },
      ...PERMISSIONS
    }
  },
  MutingPermissionSet: {
    prefix: '0QM',
    setup: true,
    fields: {
      DeveloperName: { type: 'string', length: 80, required: true },
      MasterLabel: { type: 'string', length: 80, required: true },
      ...PERMISSIONS
    }
  },
  PermissionSetGroup: {
    prefix: '0PG',
    setup: true,
    fields: {
      DeveloperName: { type: 'string', length: 80, required: true },
      MasterLabel: { type: 'string', length: 80, required: true },
      Status: { type: 'picklist', createable: false, updateable: false }
    },
    children: [
      {
        relationshipName: 'PermissionSetGroupComponents',
        childSObject: 'PermissionSetGroupComponent',
        field: 'PermissionSetGroupId'
      },
      {
        relationshipName: 'PermissionSets',
        childSObject: 'PermissionSet',
        field: 'PermissionSetGroupId'
      }
    ]
  },
  PermissionSetGroupComponent: {
    prefix: '0PM',
    setup: true,
    updateable: false,
    fields: {
      PermissionSetGroupId: {
        type: 'reference',
        referenceTo: ['PermissionSetGroup'],
        required: true,
        updateable: false
      },
      PermissionSetId: {
        type: 'reference',
        referenceTo: ['PermissionSet', 'MutingPermissionSet'],
        required: true,
        updateable: false
      }
    }
  },
  ApexClass: {
    prefix: '01p',
    setup: false,
    createable: false,
    updateable: false,
    deletable: false,
    fields: { Name: { type: 'string', length: 255 } }
  },
  SetupEntityAccess: {
    prefix: '0J0',
    setup: true,
    updateable: false,
    fields: {
      ParentId: {
        type: 'reference',
        referenceTo: ['PermissionSet'],
        required: true,
        updateable: false
      },
      SetupEntityId: {
        type: 'reference',
        referenceTo: ['ApexClass'],
        required: true,
        updateable: false
      },
      SetupEntityType: { type: 'picklist', createable: false, updateable: false }
    }
  },
  PermissionSetAssignment: {
    prefix: '0Pa',
    setup: true,
    fields: {
      AssigneeId: { type: 'reference', referenceTo: ['User'], required: true, updateable: false },
      PermissionSetId: {
        type: 'reference',
        referenceTo: ['PermissionSet'],
        required: true,
        updateable: false
      },
      PermissionSetGroupId: {
        type: 'reference',
        referenceTo: ['PermissionSetGroup'],
        updateable: false
      },
      ExpirationDate: { type: 'date' }
    }
  }
};

function describeOf(name: string, spec: ObjectSpec): ObjectDescribe {
  const fields = new Map<string, FieldDescribe>();
  for (const [fieldName, fieldSpec] of Object.entries({ ...SYSTEM, ...spec.fields })) {
    fields.set(fieldName.toLowerCase(), field(fieldName, fieldSpec));
  }
  return {
    name,
    label: name,
    labelPlural: name,
    keyPrefix: spec.prefix,
    custom: name.endsWith('__c'),
    setup: spec.setup,
    createable: spec.createable ?? true,
    updateable: spec.updateable ?? true,
    deletable: spec.deletable ?? true,
    queryable: true,
    fields,
    childRelationships: new Map(
      (spec.children ?? []).map((c) => [c.relationshipName.toLowerCase(), c])
    )
  };
}

export function testSchema(): Schema {
  const objects = Object.entries(OBJECTS).map(([name, spec]) => describeOf(name, spec));
  return {
    object: (name) => objects.find((o) => o.name.toLowerCase() === name.toLowerCase()),
    objectByKeyPrefix: (prefix) => objects.find((o) => o.keyPrefix === prefix),
    objects: () => objects
  };
}

/** A fake AccessChecker: everything allowed unless refused by object or object.field. */
export class FakeAccess implements AccessChecker {
  refusedObjects = new Set<string>();
  refusedFields = new Set<string>();
  invalidations = 0;
  hasUserPermission(): boolean {
    return true;
  }
  hasCustomPermission(): boolean {
    return true;
  }
  canAccessObject(_user: string, objectName: string, operation: string): boolean {
    return !this.refusedObjects.has(`${objectName}:${operation}`);
  }
  canAccessField(_user: string, objectName: string, fieldName: string): boolean {
    return !this.refusedFields.has(`${objectName}.${fieldName}`.toLowerCase());
  }
  invalidate(): void {
    this.invalidations++;
  }
}

export const ADMIN_ID = '005000000000001AAA';
export const PROFILE_ID = '00e000000000001AAA';
export const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

export interface TestOrg {
  schema: Schema;
  store: RecordStore;
  access: FakeAccess;
  limits: Limits;
  dml: DmlEngine;
}

function makeId(prefix: string, n: number): string {
  const id15 = prefix + String(n).padStart(12, '0');
  return id15 + idSuffix(id15);
}

export function testOrg(): TestOrg {
  const schema = testSchema();
  const store = new RecordStore(schema);
  store.load('Profile', { Id: PROFILE_ID, Name: 'System Administrator' });
  store.load('User', {
    Id: ADMIN_ID,
    Username: 'admin@example.test',
    LastName: 'Admin',
    ProfileId: PROFILE_ID,
    IsActive: true
  });
  const access = new FakeAccess();
  const limits = new Limits();
  let counter = 100;
  const dml = new DmlEngine({
    schema,
    store,
    access,
    limits,
    runningUserId: () => ADMIN_ID,
    now: () => NOW,
    newId: (objectName) => makeId(schema.object(objectName)?.keyPrefix ?? '000', counter++)
  });
  return { schema, store, access, limits, dml };
}

export const ALL_OR_NONE = { allOrNone: true, mode: 'system' } as const;
export const PARTIAL = { allOrNone: false, mode: 'system' } as const;
export const USER_MODE = { allOrNone: true, mode: 'user' } as const;

export function sobject(type: string, fields: Record<string, ApexValue>): SObjectValue {
  const row = new SObjectValue(type);
  for (const [name, value] of Object.entries(fields)) row.set(name, value);
  return row;
}

/** Runs a statement expected to throw and returns the ApexError. */
export function thrown(run: () => unknown): import('../../src/errors').ApexError {
  try {
    run();
  } catch (error) {
    return error as import('../../src/errors').ApexError;
  }
  throw new Error('expected the statement to throw');
}
