// The user licences and standard profiles of a fresh Developer Edition scratch org, as data.
// Permission names are Metadata API names (the field name without 'Permissions'); a name the
// org's schema lacks is dropped when the rows are built (describe decides, as on the platform).
// What is verified and what is not is listed in docs/security.md.

export interface LicenceDefinition {
  name: string;
  /** UserLicense.LicenseDefinitionKey. */
  key: string;
  total: number;
  used: number;
}

/** Object access a standard profile has on standard objects (ObjectPermissions rows). */
export interface ObjectAccess {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export interface ProfileDefinition {
  name: string;
  licence: string;
  /** Profile.UserType. */
  userType: string;
  description: string | null;
  /** Metadata API names of the user permissions the profile grants. */
  permissions: readonly string[];
  /** Standard object API name → access; custom objects are added for administrators only. */
  objects: Readonly<Record<string, ObjectAccess>>;
  /** Gets full access (and FLS) on every custom object the project deploys. */
  customObjectsFullAccess: boolean;
}

export const LICENCES: readonly LicenceDefinition[] = [
  { name: 'Salesforce', key: 'SFDC', total: 2, used: 1 },
  { name: 'Salesforce Platform', key: 'AUL', total: 3, used: 0 },
  { name: 'Salesforce Integration', key: 'SFDC_INTEGRATION', total: 5, used: 0 },
  { name: 'Identity', key: 'PID_IDENTITY', total: 10, used: 0 },
  { name: 'Chatter Free', key: 'PID_Chatter', total: 5000, used: 0 },
  { name: 'Chatter External', key: 'PID_Chatter_External', total: 500, used: 0 },
  { name: 'Salesforce Limited Access - Free', key: 'PID_LIMITED_ACCESS_FREE', total: 10, used: 0 }
];

const FULL: ObjectAccess = {
  read: true,
  create: true,
  edit: true,
  delete: true,
  viewAll: true,
  modifyAll: true
};
const CRUD: ObjectAccess = { ...FULL, viewAll: false, modifyAll: false };
const CRE: ObjectAccess = { ...CRUD, delete: false };
const READ: ObjectAccess = { ...CRUD, create: false, edit: false, delete: false };

const CRM_OBJECTS = [
  'Account',
  'Contact',
  'Lead',
  'Opportunity',
  'Case',
  'Campaign',
  'Contract',
  'Order',
  'Solution',
  'Asset',
  'Product2',
  'Pricebook2',
  'Document'
];

function access(names: readonly string[], level: ObjectAccess): Record<string, ObjectAccess> {
  return Object.fromEntries(names.map((name) => [name, level]));
}

/** Everyone with a Salesforce licence and a working profile: the profile's base permissions. */
const BASE_USER = [
  'ApiEnabled',
  'ChatterInternalUser',
  'LightningExperienceUser',
  'ActivitiesAccess',
  'RunReports',
  'ExportReport',
  'EditTask',
  'EditEvent',
  'ImportPersonal',
  'ViewHelpLink',
  'ShowCompanyNameAsUserBadge',
  'AllowViewKnowledge',
  'CreateCustomizeFilters',
  'CreateCustomizeReports',
  'CreateCustomizeDashboards',
  'ContentWorkspaces',
  'SelectFilesFromSalesforce',
  'SubmitMacrosAllowed'
];

const ADMIN_ONLY = [
  'ModifyAllData',
  'ViewAllData',
  'ManageUsers',
  'ManageInternalUsers',
  'ViewAllUsers',
  'ViewSetup',
  'AssignPermissionSets',
  'ManageProfilesPermissionsets',
  'ManageSessionPermissionSets',
  'CustomizeApplication',
  'ModifyMetadata',
  'AuthorApex',
  'ManagePasswordPolicies',
  'ManageLoginAccessPolicies',
  'ResetPasswords',
  'FreezeUsers',
  'MonitorLoginHistory',
  'ManageIpAddresses',
  'ManageAuthProviders',
  'ManageRemoteAccess',
  'ManageCustomPermissions',
  'ManageSharing',
  'ManageRoles',
  'ViewRoles',
  'ManageDataIntegrations',
  'ManageTranslation',
  'ManageCategories',
  'ViewDataCategories',
  'ManageDashboards',
  'ManageCustomReportTypes',
  'ManageAnalyticSnapshots',
  'ScheduleReports',
  'ScheduleJob',
  'EditReports',
  'EditPublicFilters',
  'EditPublicTemplates',
  'EditPublicDocuments',
  'EditOppLineItemUnitPrice',
  'EditReadonlyFields',
  'TransferAnyEntity',
  'TransferAnyLead',
  'TransferAnyCase',
  'ConvertLeads',
  'ImportLeads',
  'MassInlineEdit',
  'ManageCases',
  'ManageSolutions',
  'ManageLeads',
  'ActivateContract',
  'ActivateOrder',
  'DeleteActivatedContract',
  'BulkApiHardDelete',
  'InstallPackaging',
  'PublishPackaging',
  'ManageSandboxes',
  'ManageNetworks',
  'ManageUnlistedGroups',
  'ManageChatterMessages',
  'ModerateChatter',
  'ViewEventLogFiles',
  'ViewHealthCheck',
  'ManageHealthCheck',
  'ViewAllActivities',
  'ManageEmailClientConfig',
  'ManageMobile',
  'ConnectOrgToEnvironmentHub',
  'SendSitRequests',
  'DelegatedTwoFactor',
  'ManageTwoFactor'
];

const STANDARD_USER_OBJECTS: Record<string, ObjectAccess> = {
  ...access(
    ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Asset', 'Solution', 'Contract'],
    CRUD
  ),
  ...access(['Order'], CRE),
  ...access(['Campaign', 'Product2', 'Pricebook2', 'Document'], READ)
};

export const SYSTEM_ADMINISTRATOR = 'System Administrator';
export const MINIMUM_ACCESS_API_ONLY = 'Minimum Access - API Only Integrations';

/** In creation order: the oldest (System Administrator) first. */
export const PROFILES: readonly ProfileDefinition[] = [
  {
    name: SYSTEM_ADMINISTRATOR,
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: [...BASE_USER, ...ADMIN_ONLY],
    objects: access(CRM_OBJECTS, FULL),
    customObjectsFullAccess: true
  },
  {
    name: 'Standard User',
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: [...BASE_USER, 'ConvertLeads', 'ImportLeads', 'EditReports'],
    objects: STANDARD_USER_OBJECTS,
    customObjectsFullAccess: false
  },
  {
    name: 'Read Only',
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: ['ApiEnabled', 'ChatterInternalUser', 'LightningExperienceUser', 'RunReports'],
    objects: access(CRM_OBJECTS, READ),
    customObjectsFullAccess: false
  },
  {
    name: 'Solution Manager',
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: [...BASE_USER, 'ManageSolutions'],
    objects: STANDARD_USER_OBJECTS,
    customObjectsFullAccess: false
  },
  {
    name: 'Marketing User',
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: [...BASE_USER, 'ImportLeads', 'EditPublicDocuments'],
    objects: { ...STANDARD_USER_OBJECTS, ...access(['Campaign'], CRUD) },
    customObjectsFullAccess: false
  },
  {
    name: 'Contract Manager',
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: [...BASE_USER, 'ActivateContract', 'ActivateOrder'],
    objects: { ...STANDARD_USER_OBJECTS, ...access(['Order'], CRUD) },
    customObjectsFullAccess: false
  },
  {
    name: 'Minimum Access - Salesforce',
    licence: 'Salesforce',
    userType: 'Standard',
    description: null,
    permissions: ['ChatterInternalUser', 'LightningExperienceUser'],
    objects: {},
    customObjectsFullAccess: false
  },
  {
    name: 'Standard Platform User',
    licence: 'Salesforce Platform',
    userType: 'Standard',
    description: null,
    permissions: [...BASE_USER],
    objects: access(['Account', 'Contact'], CRUD),
    customObjectsFullAccess: false
  },
  {
    name: MINIMUM_ACCESS_API_ONLY,
    licence: 'Salesforce Integration',
    userType: 'Standard',
    description: null,
    permissions: ['ApiEnabled', 'ApiUserOnly'],
    objects: {},
    customObjectsFullAccess: false
  },
  {
    name: 'Identity User',
    licence: 'Identity',
    userType: 'Standard',
    description: null,
    permissions: [],
    objects: {},
    customObjectsFullAccess: false
  },
  {
    name: 'Chatter Free User',
    licence: 'Chatter Free',
    userType: 'CsnOnly',
    description: null,
    permissions: ['ChatterInternalUser', 'ApiEnabled'],
    objects: {},
    customObjectsFullAccess: false
  },
  {
    name: 'Chatter Moderator User',
    licence: 'Chatter Free',
    userType: 'CsnOnly',
    description: null,
    permissions: ['ChatterInternalUser', 'ApiEnabled', 'ModerateChatter'],
    objects: {},
    customObjectsFullAccess: false
  },
  {
    name: 'Chatter External User',
    licence: 'Chatter External',
    userType: 'CsnOnly',
    description: null,
    permissions: [],
    objects: {},
    customObjectsFullAccess: false
  }
];
