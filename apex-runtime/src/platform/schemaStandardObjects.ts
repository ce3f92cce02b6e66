// What the platform type library (sobject-types jar) does not say about standard objects: key
// prefixes, which objects are setup objects, which support DML, their labels. Curated from the
// Salesforce documentation named beside each table (see docs/schema.md).

/**
 * Key prefixes (the first three characters of an Id), from the Object Reference / SOAP API
 * Developer Guide ("Standard Objects") and the platform's Ids. Prefixes are case-sensitive.
 * MutingPermissionSet's 0QM is the one the project's preview org uses (not in the docs found).
 */
export const STANDARD_KEY_PREFIXES: Readonly<Record<string, string>> = {
  Account: '001',
  Note: '002',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  Organization: '00D',
  UserRole: '00E',
  Group: '00G',
  OpportunityContactRole: '00K',
  Report: '00O',
  Attachment: '00P',
  Lead: '00Q',
  Task: '00T',
  Event: '00U',
  EmailTemplate: '00X',
  Profile: '00e',
  OpportunityLineItem: '00k',
  Folder: '00l',
  GroupMember: '011',
  RecordType: '012',
  Document: '015',
  PermissionSet: '0PS',
  PermissionSetAssignment: '0Pa',
  PermissionSetGroup: '0PG',
  PermissionSetGroupComponent: '0PM',
  PermissionSetLicense: '0PL',
  MutingPermissionSet: '0QM',
  CustomPermission: '0CP',
  SetupEntityAccess: '0J0',
  TwoFactorMethodsInfo: '0Kg',
  ObjectPermissions: '110',
  FieldPermissions: '01k',
  UserLicense: '100',
  ApexClass: '01p',
  ApexTrigger: '01q',
  ApexPage: '066',
  BusinessHours: '01m',
  ContentVersion: '068',
  ContentDocument: '069',
  CronTrigger: '08e',
  AsyncApexJob: '707',
  Campaign: '701',
  Contract: '800',
  Asset: '02i',
  Case: '500',
  Solution: '501',
  LoginHistory: '0Ya',
  SetupAuditTrail: '0Ym',
  AuthSession: '0Ak'
};

/**
 * Setup objects: DML on one cannot share a transaction with DML on another kind of object
 * (MIXED_DML_OPERATION). Apex Developer Guide: "sObjects That Can't Be Used Together in DML
 * Operations" (the list is not exhaustive); PermissionSetGroup, PermissionSetGroupComponent and
 * MutingPermissionSet grant access the same way and behave as setup objects too (domain brief),
 * and so does PermissionSetTabSetting, a permission set's child like ObjectPermissions.
 */
export const SETUP_OBJECTS: ReadonlySet<string> = new Set(
  [
    'AuthSession',
    'ContentWorkspace',
    'FieldPermissions',
    'ForecastingShare',
    'Group',
    'GroupMember',
    'ObjectPermissions',
    'ObjectTerritory2AssignmentRule',
    'ObjectTerritory2AssignmentRuleItem',
    'PermissionSet',
    'PermissionSetAssignment',
    'QueueSObject',
    'RuleTerritory2Association',
    'SetupEntityAccess',
    'Territory',
    'Territory2',
    'Territory2Model',
    'User',
    'UserRole',
    'UserTerritory',
    'UserTerritory2Association',
    'PermissionSetGroup',
    'PermissionSetGroupComponent',
    'MutingPermissionSet',
    // A permission set's child like ObjectPermissions (unverified: not on the guide's list).
    'PermissionSetTabSetting'
  ].map((name) => name.toLowerCase())
);

export interface ObjectCapabilities {
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
}

const READ_ONLY: ObjectCapabilities = { createable: false, updateable: false, deletable: false };

/**
 * Objects Apex DML cannot write (or only partly). Apex Developer Guide: "sObjects That Don't
 * Support DML Operations" (Profile, RecordType, BusinessHours, ...); Object Reference for the
 * query-only objects (LoginHistory, UserLicense, AsyncApexJob, TwoFactorMethodsInfo, ...);
 * AuthSession supports delete only; a PermissionSetGroupComponent is created and deleted, never
 * updated; Users are deactivated, never deleted.
 */
export const OBJECT_CAPABILITIES: Readonly<Record<string, ObjectCapabilities>> = {
  accountterritoryassignmentrule: READ_ONLY,
  accountterritoryassignmentruleitem: READ_ONLY,
  apexcomponent: READ_ONLY,
  apexpage: READ_ONLY,
  apexclass: READ_ONLY,
  apextrigger: READ_ONLY,
  businesshours: READ_ONLY,
  businessprocess: READ_ONLY,
  categorynode: READ_ONLY,
  currencytype: READ_ONLY,
  datedconversionrate: READ_ONLY,
  networkmember: { createable: false, updateable: true, deletable: false },
  processinstance: READ_ONLY,
  profile: READ_ONLY,
  recordtype: READ_ONLY,
  selfserviceuser: READ_ONLY,
  staticresource: READ_ONLY,
  territory2: READ_ONLY,
  useraccountteammember: READ_ONLY,
  userpreference: READ_ONLY,
  userterritory: READ_ONLY,
  weblink: READ_ONLY,
  userlicense: READ_ONLY,
  permissionsetlicense: READ_ONLY,
  loginhistory: READ_ONLY,
  asyncapexjob: READ_ONLY,
  setupaudittrail: READ_ONLY,
  twofactormethodsinfo: READ_ONLY,
  organization: READ_ONLY,
  authsession: { createable: false, updateable: false, deletable: true },
  permissionsetgroupcomponent: { createable: true, updateable: false, deletable: true },
  user: { createable: true, updateable: true, deletable: false }
};

/** Labels where the name does not give them (Object Reference). */
export const OBJECT_LABELS: Readonly<Record<string, [string, string]>> = {
  user: ['User', 'Users'],
  permissionset: ['Permission Set', 'Permission Sets'],
  permissionsetgroup: ['Permission Set Group', 'Permission Set Groups'],
  mutingpermissionset: ['Muting Permission Set', 'Muting Permission Sets'],
  objectpermissions: ['Object Permissions', 'Object Permissions'],
  fieldpermissions: ['Field Permissions', 'Field Permissions'],
  setupentityaccess: ['Setup Entity Access', 'Setup Entity Access'],
  twofactormethodsinfo: ['Two Factor Methods Info', 'Two Factor Methods Info'],
  loginhistory: ['Login History', 'Login History'],
  setupaudittrail: ['Setup Audit Trail', 'Setup Audit Trail'],
  case: ['Case', 'Cases'],
  opportunity: ['Opportunity', 'Opportunities']
};

/** 'PermissionSetAssignment' → 'Permission Set Assignment'; acronyms stay whole ('API'). */
export function labelFromName(name: string): string {
  return name
    .replace(/__c$/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
}

/** English plural of a label, the platform's default for objects without a curated one. */
export function pluralOf(label: string): string {
  if (/(s|x|ch|sh)$/.test(label)) return `${label}es`;
  if (/[^aeiou]y$/.test(label)) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}
