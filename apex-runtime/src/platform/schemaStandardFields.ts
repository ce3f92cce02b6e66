// Field facts of standard objects that the type library lacks: lengths, required-on-create,
// read-only fields, picklists, labels. Curated from the Object Reference for Salesforce and
// Lightning Platform (one page per object: User, PermissionSet, ...) for the objects this project
// and its tests write; other standard fields get the defaults of schema.ts (docs/schema.md).
import type { FieldType } from './contracts';
import type { ApexValue } from '../values';

export interface FieldOverride {
  type?: FieldType;
  length?: number;
  precision?: number;
  scale?: number;
  label?: string;
  /** Must be given on insert (not nillable, not defaulted on create). */
  required?: boolean;
  nillable?: boolean;
  createable?: boolean;
  updateable?: boolean;
  calculated?: boolean;
  referenceTo?: string[];
  picklist?: string[];
  restrictedPicklist?: boolean;
  defaultValue?: ApexValue;
}

const readOnly: FieldOverride = { createable: false, updateable: false };
/** Set on insert, fixed after (a junction row's ends). */
const createOnly: FieldOverride = { updateable: false };
const text = (length: number, more: FieldOverride = {}): FieldOverride => ({
  type: 'string',
  length,
  ...more
});
const requiredText = (length: number, more: FieldOverride = {}): FieldOverride =>
  text(length, { required: true, nillable: false, ...more });
const picklist = (values: string[] = [], more: FieldOverride = {}, length = 40): FieldOverride => ({
  type: 'picklist',
  length,
  picklist: values,
  ...more
});
const phone: FieldOverride = { type: 'phone', length: 40 };
const address = (prefix: string): Record<string, FieldOverride> => ({
  [`${prefix}Street`]: { type: 'textarea', length: 255 },
  [`${prefix}City`]: text(40),
  [`${prefix}State`]: text(80),
  [`${prefix}PostalCode`]: text(20),
  [`${prefix}Country`]: text(80)
});

/** Fields every object has that only the platform writes (Object Reference: "System Fields"). */
export const SYSTEM_FIELDS: Readonly<Record<string, FieldOverride>> = {
  id: { ...readOnly, nillable: false },
  createddate: { ...readOnly, nillable: false },
  createdbyid: { ...readOnly, nillable: false },
  lastmodifieddate: { ...readOnly, nillable: false },
  lastmodifiedbyid: { ...readOnly, nillable: false },
  systemmodstamp: { ...readOnly, nillable: false },
  isdeleted: { ...readOnly, nillable: false },
  lastvieweddate: readOnly,
  lastreferenceddate: readOnly,
  lastactivitydate: readOnly
};

const SESSION_LANGUAGES = [
  'da',
  'de',
  'en_US',
  'es',
  'es_MX',
  'fi',
  'fr',
  'it',
  'ja',
  'ko',
  'nl_NL',
  'no',
  'pt_BR',
  'ru',
  'sv',
  'th',
  'zh_CN',
  'zh_TW'
];

const permissionSetLike: Record<string, FieldOverride> = {
  NamespacePrefix: text(15, readOnly),
  Description: text(255)
};

/** Object (lower-case) → field API name → what the Object Reference says. */
export const STANDARD_FIELD_OVERRIDES: Readonly<Record<string, Record<string, FieldOverride>>> = {
  user: {
    Username: requiredText(80),
    LastName: requiredText(80),
    FirstName: text(40),
    MiddleName: text(40),
    Suffix: text(40),
    Name: text(121, { ...readOnly, calculated: true, label: 'Full Name' }),
    Email: { type: 'email', length: 128, required: true, nillable: false },
    Alias: requiredText(8),
    CommunityNickname: text(40, { nillable: false, required: false }),
    // Restricted on the platform to the org's time zones, locales, ...; left open here.
    TimeZoneSidKey: picklist([], { required: true, nillable: false, label: 'Time Zone' }),
    LocaleSidKey: picklist([], { required: true, nillable: false, label: 'Locale' }),
    EmailEncodingKey: picklist([], { required: true, nillable: false, label: 'Email Encoding' }),
    LanguageLocaleKey: picklist([], { required: true, nillable: false, label: 'Language' }),
    ProfileId: { required: true, nillable: false, label: 'Profile ID' },
    IsActive: { defaultValue: true, label: 'Active' },
    UserType: picklist(
      [
        'Standard',
        'PowerPartner',
        'PowerCustomerSuccess',
        'CustomerSuccess',
        'Guest',
        'CspLitePortal',
        'CsnOnly',
        'SelfService'
      ],
      { ...readOnly, restrictedPicklist: true }
    ),
    Title: text(80),
    Department: text(80),
    Division: text(80),
    CompanyName: text(80),
    EmployeeNumber: text(20),
    FederationIdentifier: text(512, { label: 'SAML Federation ID' }),
    Phone: phone,
    MobilePhone: phone,
    Fax: phone,
    Extension: text(40),
    ...address(''),
    Street: { type: 'textarea', length: 255 },
    AboutMe: { type: 'textarea', length: 1000 },
    ContactId: createOnly,
    AccountId: readOnly,
    LastLoginDate: readOnly,
    LastPasswordChangeDate: readOnly,
    NumberOfFailedLogins: readOnly,
    FullPhotoUrl: { type: 'url', length: 1024, ...readOnly },
    SmallPhotoUrl: { type: 'url', length: 1024, ...readOnly }
  },
  permissionset: {
    ...permissionSetLike,
    Name: requiredText(80, { label: 'Name' }),
    Label: requiredText(80, { label: 'Label' }),
    IsOwnedByProfile: { ...readOnly, label: 'Is Owned By Profile' },
    ProfileId: { ...readOnly, label: 'Profile ID' },
    Type: picklist(['Group', 'Profile', 'Regular', 'Session', 'Standard'], {
      ...readOnly,
      restrictedPicklist: true
    }),
    PermissionSetGroupId: readOnly,
    IsCustom: readOnly,
    PsgCount: readOnly,
    LicenseId: { label: 'License ID' },
    HasActivationRequired: { label: 'Session Activation Required' }
  },
  mutingpermissionset: {
    DeveloperName: requiredText(80),
    MasterLabel: requiredText(80, { label: 'Label' }),
    NamespacePrefix: text(15, readOnly),
    Language: picklist(SESSION_LANGUAGES, { restrictedPicklist: true })
  },
  permissionsetgroup: {
    DeveloperName: requiredText(80),
    MasterLabel: requiredText(80, { label: 'Label' }),
    Description: { type: 'textarea', length: 255 },
    NamespacePrefix: text(15, readOnly),
    Language: picklist(SESSION_LANGUAGES, { restrictedPicklist: true }),
    Status: picklist(['Updated', 'Outdated', 'Updating', 'Failed'], {
      ...readOnly,
      restrictedPicklist: true
    }),
    HasActivationRequired: { label: 'Session Activation Required' }
  },
  permissionsetgroupcomponent: {
    PermissionSetGroupId: { ...createOnly, required: true, nillable: false },
    // Holds a PermissionSet or, for the group's muting component, a MutingPermissionSet Id.
    PermissionSetId: {
      ...createOnly,
      required: true,
      nillable: false,
      referenceTo: ['PermissionSet', 'MutingPermissionSet']
    }
  },
  permissionsetassignment: {
    AssigneeId: { ...createOnly, required: true, nillable: false, label: 'Assignee ID' },
    // Set by the platform to the group's aggregate set when PermissionSetGroupId is given.
    PermissionSetId: { ...createOnly, nillable: false, required: false },
    PermissionSetGroupId: createOnly,
    IsActive: readOnly,
    IsRevoked: readOnly
  },
  objectpermissions: {
    ParentId: { ...createOnly, required: true, nillable: false },
    SobjectType: picklist([], { ...createOnly, required: true, nillable: false }),
    PermissionsCreate: { label: 'Create Records' },
    PermissionsRead: { label: 'Read Records' },
    PermissionsEdit: { label: 'Edit Records' },
    PermissionsDelete: { label: 'Delete Records' },
    PermissionsViewAllRecords: { label: 'View All Records' },
    PermissionsModifyAllRecords: { label: 'Modify All Records' },
    PermissionsViewAllFields: { label: 'View All Fields' }
  },
  fieldpermissions: {
    ParentId: { ...createOnly, required: true, nillable: false },
    SobjectType: picklist([], { ...createOnly, required: true, nillable: false }),
    Field: text(255, { ...createOnly, required: true, nillable: false, label: 'Field Name' }),
    PermissionsRead: { label: 'Read Access' },
    PermissionsEdit: { label: 'Edit Access' }
  },
  setupentityaccess: {
    ParentId: { ...createOnly, required: true, nillable: false },
    SetupEntityId: {
      ...createOnly,
      required: true,
      nillable: false,
      referenceTo: ['ApexClass', 'ApexPage', 'CustomPermission']
    },
    SetupEntityType: picklist([], readOnly)
  },
  account: {
    Name: requiredText(255, { label: 'Account Name' }),
    Type: picklist([], { label: 'Account Type' }),
    Industry: picklist(),
    Rating: picklist(),
    Ownership: picklist(),
    AccountSource: picklist(),
    Phone: phone,
    Fax: phone,
    Website: { type: 'url', length: 255 },
    Description: { type: 'textarea', length: 32000 },
    AccountNumber: text(40),
    Site: text(80),
    TickerSymbol: text(20),
    Sic: text(20),
    NumberOfEmployees: { type: 'int', precision: 8, label: 'Employees' },
    AnnualRevenue: { type: 'currency', precision: 18, scale: 0 },
    ...address('Billing'),
    ...address('Shipping')
  },
  contact: {
    LastName: requiredText(80),
    FirstName: text(40),
    Salutation: picklist(),
    Name: text(121, { ...readOnly, calculated: true, label: 'Full Name' }),
    Email: { type: 'email', length: 80 },
    Phone: phone,
    MobilePhone: phone,
    HomePhone: phone,
    OtherPhone: phone,
    Fax: phone,
    Title: text(128),
    Department: text(80),
    LeadSource: picklist(),
    Description: { type: 'textarea', length: 32000 },
    ...address('Mailing'),
    ...address('Other')
  },
  profile: {
    Name: requiredText(255),
    Description: text(255),
    UserType: picklist([], readOnly)
  },
  group: {
    Name: requiredText(40),
    DeveloperName: text(80),
    Type: picklist(['Regular', 'Queue', 'Role', 'RoleAndSubordinates', 'Organization'], {
      nillable: false
    }),
    Email: { type: 'email', length: 255 }
  }
};

/**
 * Labels of permission fields (PermissionSet, Profile, MutingPermissionSet), as the Setup UI and
 * describe show them (domain brief; Help: "User Permissions"). Others: the name without
 * 'Permissions', words split (an approximation).
 */
export const PERMISSION_LABELS: Readonly<Record<string, string>> = {
  PermissionsApiUserOnly: 'API Only User',
  PermissionsApiEnabled: 'API Enabled',
  PermissionsForceTwoFactor: 'Multi-Factor Authentication for User Interface Logins',
  PermissionsTwoFactorApi: 'Multi-Factor Authentication for API Logins',
  PermissionsDelegatedTwoFactor: 'Manage MFA in User Interface',
  PermissionsManageTwoFactor: 'Manage MFA in API',
  PermissionsBypassMFAForUiLogins: 'Waive Multi-Factor Authentication for Exempt Users',
  PermissionsIsSsoEnabled: 'Is Single Sign-On Enabled',
  PermissionsManageUsers: 'Manage Users',
  PermissionsModifyAllData: 'Modify All Data',
  PermissionsViewAllData: 'View All Data',
  PermissionsViewSetup: 'View Setup and Configuration',
  PermissionsCustomizeApplication: 'Customize Application',
  PermissionsAuthorApex: 'Author Apex',
  PermissionsAssignPermissionSets: 'Assign Permission Sets',
  PermissionsManageProfilesPermissionsets: 'Manage Profiles and Permission Sets',
  PermissionsViewAllUsers: 'View All Users'
};
