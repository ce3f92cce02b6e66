import * as path from 'node:path';
import { loadSchema, type ProjectSchema } from '../../src/platform/schema';

const projectDir = path.resolve(__dirname, '..', '..', '..');
let schema: ProjectSchema;

beforeAll(() => {
  schema = loadSchema(projectDir);
});

const field = (objectName: string, fieldName: string) => {
  const described = schema.object(objectName)?.fields.get(fieldName.toLowerCase());
  if (!described) throw new Error(`${objectName}.${fieldName} is not in the schema`);
  return described;
};

describe('standard objects from the platform type library', () => {
  it('describes every standard object, not only those the code touches', () => {
    const names = [...schema.objects()].map((object) => object.name);
    expect(names.length).toBeGreaterThan(4000);
    for (const name of ['Account', 'Contact', 'Opportunity', 'Lead', 'Case', 'User', 'Group']) {
      expect(schema.object(name)?.name).toBe(name);
    }
  });

  it('finds objects by API name case-insensitively and knows no invented ones', () => {
    expect(schema.object('permissionsetassignment')?.name).toBe('PermissionSetAssignment');
    expect(schema.object('NoSuchObject')).toBeUndefined();
  });

  it('types fields by their Java type in the type library', () => {
    expect(field('Account', 'Name').type).toBe('string');
    expect(field('User', 'IsActive').type).toBe('boolean');
    expect(field('User', 'LastLoginDate').type).toBe('datetime');
    expect(field('Account', 'NumberOfEmployees').type).toBe('int');
    expect(field('User', 'Id').type).toBe('id');
    expect(field('Account', 'BillingAddress').type).toBe('address');
  });

  it('labels the permission fields as the platform does', () => {
    const apiOnly = field('PermissionSet', 'PermissionsApiUserOnly');
    expect(apiOnly.type).toBe('boolean');
    expect(apiOnly.label).toBe('API Only User');
    expect(field('PermissionSet', 'PermissionsForceTwoFactor').label).toBe(
      'Multi-Factor Authentication for User Interface Logins'
    );
    expect(field('MutingPermissionSet', 'PermissionsApiUserOnly').label).toBe('API Only User');
    expect(field('PermissionSet', 'PermissionsManageUsers').label).toBe('Manage Users');
  });

  it('gives lookups their target and relationship name from the relationship field', () => {
    const profileId = field('User', 'ProfileId');
    expect(profileId.type).toBe('reference');
    expect(profileId.referenceTo).toEqual(['Profile']);
    expect(profileId.relationshipName).toBe('Profile');
    expect(field('PermissionSetAssignment', 'AssigneeId').referenceTo).toEqual(['User']);
  });

  it('lets a group component point at a permission set or a muting permission set', () => {
    expect(field('PermissionSetGroupComponent', 'PermissionSetId').referenceTo).toEqual([
      'PermissionSet',
      'MutingPermissionSet'
    ]);
  });

  it('makes a polymorphic owner point at users and queues', () => {
    expect(field('Case', 'OwnerId').referenceTo).toEqual(expect.arrayContaining(['Group', 'User']));
  });

  it('includes the allow-listed TwoFactorMethodsInfo the type library lacks', () => {
    const info = schema.object('TwoFactorMethodsInfo');
    expect(info?.createable).toBe(false);
    expect(field('TwoFactorMethodsInfo', 'HasSecurityKey').type).toBe('boolean');
    expect(field('TwoFactorMethodsInfo', 'UserId').referenceTo).toEqual(['User']);
  });
});

describe('what the type library lacks, curated from the Object Reference', () => {
  it('gives the common objects their documented key prefixes', () => {
    const expected: Record<string, string> = {
      User: '005',
      Profile: '00e',
      PermissionSet: '0PS',
      PermissionSetAssignment: '0Pa',
      PermissionSetGroup: '0PG',
      PermissionSetGroupComponent: '0PM',
      Account: '001',
      Contact: '003',
      Group: '00G',
      ObjectPermissions: '110',
      FieldPermissions: '01k',
      SetupEntityAccess: '0J0',
      CustomPermission: '0CP',
      AsyncApexJob: '707',
      LoginHistory: '0Ya',
      AuthSession: '0Ak'
    };
    for (const [name, prefix] of Object.entries(expected)) {
      expect(schema.object(name)?.keyPrefix).toBe(prefix);
      expect(schema.objectByKeyPrefix(prefix)?.name).toBe(name);
    }
  });

  it('gives every object a unique key prefix', () => {
    const prefixes = [...schema.objects()].map((object) => object.keyPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes.every((prefix) => /^[0-9A-Za-z]{3}$/.test(prefix))).toBe(true);
  });

  it('flags setup objects for mixed DML and leaves the others alone', () => {
    for (const name of ['User', 'PermissionSet', 'PermissionSetAssignment', 'Group'])
      expect(schema.object(name)?.setup).toBe(true);
    for (const name of ['Account', 'Contact', 'MFA_Change_Set__c'])
      expect(schema.object(name)?.setup).toBe(false);
  });

  it('makes system fields neither createable nor updateable', () => {
    for (const name of ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'SystemModstamp']) {
      const described = field('Account', name);
      expect([described.createable, described.updateable]).toEqual([false, false]);
    }
    expect(field('Account', 'IsDeleted').createable).toBe(false);
    expect(field('MFA_Change_Set__c', 'CreatedById').updateable).toBe(false);
  });

  it('knows the read-only fields of permission sets and groups', () => {
    for (const name of ['IsOwnedByProfile', 'ProfileId', 'Type', 'PermissionSetGroupId'])
      expect(field('PermissionSet', name).updateable).toBe(false);
    expect(field('PermissionSetGroup', 'Status').createable).toBe(false);
    const component = schema.object('PermissionSetGroupComponent')!;
    expect(component.updateable).toBe(false);
    expect([...component.fields.values()].some((described) => described.updateable)).toBe(false);
  });

  it('knows the lengths and required fields of users and permission sets', () => {
    expect(field('PermissionSet', 'Name').length).toBe(80);
    expect(field('PermissionSet', 'Description').length).toBe(255);
    expect(field('User', 'Alias').length).toBe(8);
    expect(field('User', 'Email').length).toBe(128);
    const required = [...schema.object('User')!.fields.values()]
      .filter((described) => described.required)
      .map((described) => described.name)
      .sort();
    expect(required).toEqual([
      'Alias',
      'Email',
      'EmailEncodingKey',
      'LanguageLocaleKey',
      'LastName',
      'LocaleSidKey',
      'ProfileId',
      'TimeZoneSidKey',
      'Username'
    ]);
    expect(field('PermissionSet', 'Label').required).toBe(true);
    expect(field('User', 'IsActive').required).toBe(false);
  });

  it('lists permission set types as a restricted picklist', () => {
    const type = field('PermissionSet', 'Type');
    expect(type.restrictedPicklist).toBe(true);
    expect(type.picklistValues.map((entry) => entry.value)).toContain('Group');
  });

  it('resolves the child relationships the project queries in subqueries', () => {
    expect(schema.object('User')?.childRelationships.get('permissionsetassignments')).toEqual({
      relationshipName: 'PermissionSetAssignments',
      childSObject: 'PermissionSetAssignment',
      field: 'AssigneeId'
    });
    expect(
      schema.object('PermissionSetGroup')?.childRelationships.get('permissionsetgroupcomponents')
        ?.field
    ).toBe('PermissionSetGroupId');
    expect(schema.object('Account')?.childRelationships.get('contacts')?.field).toBe('AccountId');
  });
});

describe("the project's custom objects from force-app", () => {
  it('describes a restricted picklist with its values and labels', () => {
    const kind = field('MFA_Change_Set__c', 'Kind__c');
    expect(kind.type).toBe('picklist');
    expect(kind.restrictedPicklist).toBe(true);
    expect(kind.picklistValues.map((entry) => entry.value)).toEqual([
      'fieldChange',
      'assign',
      'remove',
      'cloneWithout',
      'createSet',
      'deleteSet',
      'removeComponent',
      'addComponent',
      'endSessions'
    ]);
    expect(kind.picklistValues[1].label).toBe('Assignment');
    expect(field('MFA_Change_Set__c', 'Status__c').defaultValue).toBe('Applied');
  });

  it('reads lengths, numbers, uniqueness and external ids', () => {
    expect(field('MFA_Change_Set_Part__c', 'Json__c')).toMatchObject({
      type: 'textarea',
      length: 131072,
      filterable: false
    });
    expect(field('MFA_Change_Set__c', 'Row_Count__c')).toMatchObject({
      type: 'double',
      precision: 7,
      scale: 0
    });
    expect(field('MFA_Change_Set__c', 'Key__c')).toMatchObject({
      length: 32,
      unique: true,
      externalId: true
    });
  });

  it('makes a master-detail required, not reparentable, and the child ownerless', () => {
    const parent = field('MFA_Change_Set_Part__c', 'Change_Set__c');
    expect(parent).toMatchObject({
      type: 'reference',
      required: true,
      updateable: false,
      referenceTo: ['MFA_Change_Set__c'],
      relationshipName: 'Change_Set__r'
    });
    expect(schema.object('MFA_Change_Set_Part__c')?.fields.has('ownerid')).toBe(false);
    expect(field('MFA_Change_Set__c', 'OwnerId').referenceTo).toEqual(['Group', 'User']);
  });

  it('adds child relationships to the parents of custom lookups', () => {
    expect(schema.object('MFA_Change_Set__c')?.childRelationships.get('parts__r')).toEqual({
      relationshipName: 'Parts__r',
      childSObject: 'MFA_Change_Set_Part__c',
      field: 'Change_Set__c'
    });
    expect(schema.object('User')?.childRelationships.get('mfa_change_sets__r')?.field).toBe(
      'Applied_By__c'
    );
  });

  it('describes an auto-number name field and records the sharing model', () => {
    const changeSet = schema.object('MFA_Change_Set__c')!;
    expect(changeSet.custom).toBe(true);
    expect(changeSet.sharingModel).toBe('Private');
    expect(changeSet.label).toBe('MFA Change Set');
    expect(field('MFA_Change_Set__c', 'Name')).toMatchObject({
      autoNumber: true,
      createable: false,
      displayFormat: 'MCS-{000000}'
    });
  });

  it('gives custom objects a00, a01, … in name order', () => {
    expect(schema.object('MFA_Change_Set_Part__c')?.keyPrefix).toBe('a00');
    expect(schema.object('MFA_Change_Set__c')?.keyPrefix).toBe('a01');
    expect(schema.objectByKeyPrefix('a01')?.name).toBe('MFA_Change_Set__c');
  });
});

describe('loading', () => {
  it('loads once per process and project', () => {
    expect(loadSchema(projectDir)).toBe(schema);
  });
});
