// Writes preview/demo-org.json: the demo org the preview (and anyone without an org) runs on,
// in the snapshot format of design.md. Deterministic: the same script writes the same file.
//
//   node preview/demo-org/build-demo-org.mjs          writes the file
//   node preview/demo-org/build-demo-org.mjs --check  exits 1 when the committed file is stale
//
// Each story below is one user the product must explain (issue 5, seeds 000–003); the rest is an
// ordinary org around them. Ids are 18-character Ids with the objects' key prefixes and a valid
// case-safe suffix. Key prefixes: 005 User, 00e Profile, 100 UserLicense, 0PS PermissionSet,
// 0Pa PermissionSetAssignment, 0PG PermissionSetGroup, 0PC PermissionSetGroupComponent,
// 0QM MutingPermissionSet, 0CP CustomPermission, 0J0 SetupEntityAccess, 0Ak AuthSession,
// 0Ya LoginHistory. (0PC and 0QM are from memory of the platform's key prefix list, not from a
// document we could cite: nothing in the product depends on a prefix except through describe.)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'demo-org.json');
const CAPTURED_AT = '2026-11-20T09:30:00.000Z';

// ---- Ids -------------------------------------------------------------------------------------

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The platform's 3-character case-safe suffix of a 15-character Id. */
export function caseSafeSuffix(id15) {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15[chunk * 5 + i];
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

let seed = 20260822;
function random() {
  // mulberry32: deterministic, good enough to make Ids look like an org's
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const issued = new Set();
/** A new 18-character Id: key prefix, pod-like "Hs0000", then 6 base-62 characters. */
function newId(prefix) {
  for (;;) {
    let tail = '';
    for (let i = 0; i < 6; i++) tail += BASE62[Math.floor(random() * 62)];
    const id15 = `${prefix}Hs0000${tail}`;
    if (!issued.has(id15)) {
      issued.add(id15);
      return id15 + caseSafeSuffix(id15);
    }
  }
}

/** A plausible LastModifiedDate, a few weeks to months before the capture. */
function modifiedDate() {
  const days = 3 + Math.floor(random() * 200);
  const at = new Date(
    Date.parse(CAPTURED_AT) - days * 86400000 - Math.floor(random() * 86400) * 1000
  );
  return at.toISOString().replace(/\.\d{3}Z$/, '.000Z');
}

// ---- permission fields -----------------------------------------------------------------------

const TRACKED = [
  ['PermissionsApiUserOnly', 'API Only User'],
  ['PermissionsApiEnabled', 'API Enabled'],
  ['PermissionsForceTwoFactor', 'Multi-Factor Authentication for User Interface Logins'],
  ['PermissionsTwoFactorApi', 'Multi-Factor Authentication for API Logins'],
  ['PermissionsDelegatedTwoFactor', 'Manage MFA in User Interface'],
  ['PermissionsManageTwoFactor', 'Manage MFA in API'],
  ['PermissionsBypassMFAForUiLogins', 'Waive Multi-Factor Authentication for Exempt Users'],
  ['PermissionsIsSsoEnabled', 'Is Single Sign-On Enabled']
];
// Permissions the app's Apex checks for the caller's authority (not tracked, but real fields).
const AUTHORITY = [
  'PermissionsViewSetup',
  'PermissionsManageUsers',
  'PermissionsAssignPermissionSets',
  'PermissionsManageProfilesPermissionsets'
];
const ALL_FLAGS = [...TRACKED.map(([f]) => f), ...AUTHORITY];

/** Every Permissions* field, false unless named (short names without the prefix). */
function flags(...on) {
  const names = new Set(on.map((n) => `Permissions${n}`));
  for (const n of names) {
    if (!ALL_FLAGS.includes(n)) throw new Error(`unknown permission ${n}`);
  }
  return Object.fromEntries(ALL_FLAGS.map((f) => [f, names.has(f)]));
}

// ---- the org ---------------------------------------------------------------------------------

const records = {
  UserLicense: [],
  Profile: [],
  PermissionSet: [],
  PermissionSetGroup: [],
  MutingPermissionSet: [],
  PermissionSetGroupComponent: [],
  User: [],
  PermissionSetAssignment: [],
  CustomPermission: [],
  SetupEntityAccess: [],
  TwoFactorMethodsInfo: [],
  LoginHistory: [],
  AuthSession: []
};

const licenses = {};
function license(key, name, definitionKey) {
  const rec = { Id: newId('100'), Name: name, LicenseDefinitionKey: definitionKey };
  records.UserLicense.push(rec);
  licenses[key] = rec;
}
license('salesforce', 'Salesforce', 'SFDC');
license('platform', 'Salesforce Platform', 'AUL');
license('integration', 'Salesforce Integration', null);
license('limitedFree', 'Salesforce Limited Access - Free', null);

const profiles = {};
const permissionSets = {};
/** A profile and the permission set it owns (what SOQL on PermissionSet returns for it). */
function profile(key, name, licenseKey, perms, { custom = false } = {}) {
  const rec = { Id: newId('00e'), Name: name, UserLicenseId: licenses[licenseKey].Id };
  records.Profile.push(rec);
  profiles[key] = rec;
  const owned = {
    Id: newId('0PS'),
    // Profile-owned sets carry generated names (often derived from the profile Id), never
    // the profile's name: the product shows the profile's Name instead.
    Name: `X${rec.Id.slice(0, 15)}`,
    Label: rec.Id.slice(0, 15),
    Type: 'Profile',
    IsOwnedByProfile: true,
    ProfileId: rec.Id,
    PermissionSetGroupId: null,
    IsCustom: custom,
    NamespacePrefix: null,
    HasActivationRequired: false,
    LicenseId: licenses[licenseKey].Id,
    LastModifiedDate: modifiedDate(),
    ...perms
  };
  records.PermissionSet.push(owned);
  permissionSets[`profile:${key}`] = owned;
}

const ADMIN_PERMS = flags(
  'ApiEnabled',
  'DelegatedTwoFactor',
  'ManageTwoFactor',
  'ViewSetup',
  'ManageUsers',
  'AssignPermissionSets',
  'ManageProfilesPermissionsets'
);
profile('sysadmin', 'System Administrator', 'salesforce', ADMIN_PERMS);
profile('standard', 'Standard User', 'salesforce', flags('ApiEnabled'));
profile('readOnly', 'Read Only', 'salesforce', flags('ApiEnabled'));
profile('minimum', 'Minimum Access - Salesforce', 'salesforce', flags());
profile('sales', 'Sales Representative', 'salesforce', flags('ApiEnabled'), { custom: true });
profile('support', 'Support Agent', 'salesforce', flags('ApiEnabled'), { custom: true });
profile('marketing', 'Marketing User', 'salesforce', flags('ApiEnabled'));
// A custom profile someone made for integrations, with API Only User on the profile itself.
profile(
  'legacyApi',
  'Integration Profile - Legacy API',
  'salesforce',
  flags('ApiUserOnly', 'ApiEnabled'),
  {
    custom: true
  }
);
// The Salesforce Integration licence's profile: API only by design of the licence.
profile(
  'apiOnlyIntegrations',
  'Minimum Access - API Only Integrations',
  'integration',
  flags('ApiUserOnly', 'ApiEnabled')
);
profile('platformUser', 'Custom: Platform App User', 'platform', flags('ApiEnabled'), {
  custom: true
});
profile('limitedFree', 'Limited Access User', 'limitedFree', flags(), { custom: true });

/** A regular permission set. */
function permissionSet(name, label, perms, { sessionBased = false } = {}) {
  const rec = {
    Id: newId('0PS'),
    Name: name,
    Label: label,
    Type: sessionBased ? 'Session' : 'Regular',
    IsOwnedByProfile: false,
    ProfileId: null,
    PermissionSetGroupId: null,
    IsCustom: true,
    NamespacePrefix: null,
    HasActivationRequired: sessionBased,
    LicenseId: null,
    LastModifiedDate: modifiedDate(),
    ...perms
  };
  records.PermissionSet.push(rec);
  permissionSets[name] = rec;
  return rec;
}

// The sets the stories need.
permissionSet('Integration_Base', 'Integration Base', flags('ApiUserOnly', 'ApiEnabled'));
permissionSet('Integration_Data_Access', 'Integration Data Access', flags('ApiEnabled'));
permissionSet('Partner_Sync_API_Only', 'Partner Sync API Only', flags('ApiUserOnly', 'ApiEnabled'));
permissionSet('Partner_Sync_Objects', 'Partner Sync Objects', flags('ApiEnabled'));
permissionSet('Legacy_API_Only', 'Legacy API Only (temporary)', flags('ApiUserOnly', 'ApiEnabled'));
permissionSet('MFA_UI_Logins', 'MFA for UI Logins', flags('ForceTwoFactor'));
permissionSet(
  'MFA_UI_and_API_Logins',
  'MFA for UI and API Logins',
  flags('ForceTwoFactor', 'TwoFactorApi')
);
permissionSet(
  'SalesCookie_Integration',
  'Sales Cookie Integration',
  flags('ApiEnabled', 'ForceTwoFactor', 'TwoFactorApi')
);
permissionSet('Marketing_Sync_Integration', 'Marketing Sync Integration', flags('ApiEnabled'));
permissionSet('ERP_Integration', 'ERP Integration', flags('ApiEnabled'));
permissionSet(
  'Manage_MFA',
  'Manage MFA (UI and API)',
  flags('DelegatedTwoFactor', 'ManageTwoFactor')
);
permissionSet(
  'High_Assurance_API_Session',
  'High Assurance API Session',
  flags('ApiUserOnly', 'ApiEnabled'),
  {
    sessionBased: true
  }
);
permissionSet(
  'Waive_MFA_Exempt_Users',
  'Waive MFA for Exempt Users',
  flags('BypassMFAForUiLogins')
);
permissionSet('SSO_Users', 'Single Sign-On Users', flags('IsSsoEnabled'));
// The app's own permission sets (force-app/main/default/permissionsets).
permissionSet('Why_API_Only_User', 'Why API-Only? User', flags());
permissionSet('Why_API_Only_Admin', 'Why API-Only? Admin', flags('ViewSetup'));
// An ordinary org's other sets.
permissionSet('Sales_Cloud_User', 'Sales Cloud User', flags());
permissionSet('Service_Cloud_User', 'Service Cloud User', flags());
permissionSet('Report_Builder', 'Report Builder', flags());
permissionSet('Data_Loader_Access', 'Data Loader Access', flags('ApiEnabled'));
permissionSet('Knowledge_Author', 'Knowledge Author', flags());
permissionSet('Flow_Runner', 'Run Flows', flags());
permissionSet('Field_Service_Dispatcher', 'Field Service Dispatcher', flags());
permissionSet('Contract_Manager', 'Contract Manager', flags());
permissionSet('CRM_Analytics_Viewer', 'CRM Analytics Viewer', flags());
permissionSet('Event_Monitoring_Viewer', 'Event Monitoring Viewer', flags('ViewSetup'));
permissionSet(
  'User_Management_Delegate',
  'User Management Delegate',
  flags('ManageUsers', 'AssignPermissionSets', 'ViewSetup')
);

const groups = {};
/** A permission set group: its row, its aggregate set (Type Group), components, muting set. */
function group(developerName, label, memberNames, { muting = null, status = 'Updated' } = {}) {
  const rec = {
    Id: newId('0PG'),
    DeveloperName: developerName,
    MasterLabel: label,
    Status: status
  };
  records.PermissionSetGroup.push(rec);
  const members = memberNames.map((n) => permissionSets[n]);
  let mutingRec = null;
  if (muting) {
    mutingRec = {
      Id: newId('0QM'),
      DeveloperName: muting.developerName,
      MasterLabel: muting.label,
      ...flags(...muting.mutes)
    };
    records.MutingPermissionSet.push(mutingRec);
  }
  // The aggregate: what the platform computed from the members minus the muted permissions.
  const aggregate = {};
  for (const f of ALL_FLAGS) {
    aggregate[f] = members.some((m) => m[f]) && !(mutingRec && mutingRec[f]);
  }
  const aggregateSet = {
    Id: newId('0PS'),
    // Unverified: the platform's naming of a group's aggregate set; the product never shows it.
    Name: `X${rec.Id.slice(0, 15)}`,
    Label: label,
    Type: 'Group',
    IsOwnedByProfile: false,
    ProfileId: null,
    PermissionSetGroupId: rec.Id,
    IsCustom: false,
    NamespacePrefix: null,
    HasActivationRequired: false,
    LicenseId: null,
    LastModifiedDate: modifiedDate(),
    ...aggregate
  };
  records.PermissionSet.push(aggregateSet);
  for (const m of members) {
    records.PermissionSetGroupComponent.push({
      Id: newId('0PC'),
      PermissionSetGroupId: rec.Id,
      PermissionSetId: m.Id
    });
  }
  if (mutingRec) {
    records.PermissionSetGroupComponent.push({
      Id: newId('0PC'),
      PermissionSetGroupId: rec.Id,
      PermissionSetId: mutingRec.Id
    });
  }
  groups[developerName] = { rec, aggregateSet };
}

// Seed 000: the group whose member set grants API Only User.
group('Integration_Bundle', 'Integration Bundle', [
  'Integration_Base',
  'Integration_Data_Access',
  'Report_Builder'
]);
// A group whose API Only User is muted by its muting set.
group('Partner_Sync', 'Partner Sync', ['Partner_Sync_API_Only', 'Partner_Sync_Objects'], {
  muting: {
    developerName: 'Partner_Sync_Muting',
    label: 'Partner Sync Muting',
    mutes: ['ApiUserOnly']
  }
});
group('Sales_Team', 'Sales Team', ['Sales_Cloud_User', 'Report_Builder', 'MFA_UI_Logins']);

// Custom permissions the app's sets grant (SetupEntityAccess rows).
const customPermissions = {};
function customPermission(developerName, label, grantedBy) {
  const rec = {
    Id: newId('0CP'),
    DeveloperName: developerName,
    MasterLabel: label,
    NamespacePrefix: null
  };
  records.CustomPermission.push(rec);
  customPermissions[developerName] = rec;
  for (const setName of grantedBy) {
    records.SetupEntityAccess.push({
      Id: newId('0J0'),
      ParentId: permissionSets[setName].Id,
      SetupEntityId: rec.Id,
      SetupEntityType: 'CustomPermission'
    });
  }
}
// AccessAuthority.ADMIN_CUSTOM_PERMISSION: seeing other users and the org-wide view.
customPermission('Why_API_Only_Admin', 'Why API-Only? for other users and the org', [
  'Why_API_Only_Admin'
]);

// ---- users -----------------------------------------------------------------------------------

const users = {};
const DOMAIN = 'acme-demo.example.com';
/**
 * A user, with direct assignments (set names), group assignments, and an optional note shown in
 * the preview's "running as" list. Every user also gets the profile's assignment row, as the
 * platform keeps one per user for the profile-owned set.
 */
function user(
  key,
  name,
  username,
  profileKey,
  { sets = [], groups: groupNames = [], active = true, note = null, type = 'Standard' } = {}
) {
  const rec = {
    Id: newId('005'),
    Username: `${username}@${DOMAIN}`,
    Name: name,
    IsActive: active,
    UserType: type,
    ProfileId: profiles[profileKey].Id
  };
  records.User.push(rec);
  users[key] = rec;
  if (note) previewNotes[rec.Id] = note;
  records.PermissionSetAssignment.push({
    Id: newId('0Pa'),
    AssigneeId: rec.Id,
    PermissionSetId: permissionSets[`profile:${profileKey}`].Id,
    PermissionSetGroupId: null,
    ExpirationDate: null,
    IsActive: true
  });
  for (const entry of sets) {
    const [setName, expiration] = Array.isArray(entry) ? entry : [entry, null];
    records.PermissionSetAssignment.push({
      Id: newId('0Pa'),
      AssigneeId: rec.Id,
      PermissionSetId: permissionSets[setName].Id,
      PermissionSetGroupId: null,
      ExpirationDate: expiration,
      IsActive: true
    });
  }
  for (const g of groupNames) {
    records.PermissionSetAssignment.push({
      Id: newId('0Pa'),
      AssigneeId: rec.Id,
      PermissionSetId: groups[g].aggregateSet.Id,
      PermissionSetGroupId: groups[g].rec.Id,
      ExpirationDate: null,
      IsActive: true
    });
  }
  return rec;
}
const previewNotes = {};

// The stories (issue 5).
user('seed000', 'Dana Whitfield', 'dana.whitfield', 'standard', {
  sets: ['Sales_Cloud_User', 'Why_API_Only_User', 'SSO_Users'],
  groups: ['Integration_Bundle'],
  note: 'locked out: API-only through group Integration_Bundle (seed 000)'
});
user('profileApiOnly', 'Paul Ortega', 'paul.ortega', 'legacyApi', {
  sets: ['Why_API_Only_User'],
  note: 'API-only through his profile'
});
user('muted', 'Mia Chen', 'mia.chen', 'sales', {
  sets: ['Sales_Cloud_User'],
  groups: ['Partner_Sync'],
  note: 'API Only User muted in group Partner_Sync'
});
user('expired', 'Ravi Natarajan', 'ravi.natarajan', 'support', {
  sets: ['Service_Cloud_User', ['Legacy_API_Only', '2026-10-31T23:59:59.000Z']],
  note: 'expired API-only assignment'
});
user('sessionBased', 'Noah Kim', 'noah.kim', 'standard', {
  sets: ['Sales_Cloud_User', 'High_Assurance_API_Session'],
  note: 'session-based API-only set, not activated'
});
user('integrationOk', 'ERP Integration', 'integration.erp', 'apiOnlyIntegrations', {
  sets: ['ERP_Integration', 'MFA_UI_Logins'],
  note: 'Salesforce Integration licence, MFA for UI Logins'
});
user(
  'integrationNoMfa',
  'Marketing Sync Integration',
  'integration.marketing',
  'apiOnlyIntegrations',
  {
    sets: ['Marketing_Sync_Integration'],
    note: 'integration user without MFA for UI Logins (seed 002)'
  }
);
user(
  'integrationMfaApi',
  'Sales Cookie Integration',
  'integration.salescookie',
  'apiOnlyIntegrations',
  {
    sets: ['SalesCookie_Integration'],
    note: 'integration broken by MFA for API Logins (seed 003)'
  }
);
user('limitedFree', 'Lena Fischer', 'lena.fischer', 'limitedFree', {
  sets: ['MFA_UI_Logins'],
  note: 'Salesforce Limited Access - Free licence with MFA for UI Logins (seed 001)'
});
user('plain', 'Sam Patel', 'sam.patel', 'sales', {
  sets: ['Sales_Cloud_User', 'Report_Builder'],
  note: 'plain user: nothing to explain'
});
user('admin', 'Alex Morgan', 'alex.morgan', 'sysadmin', {
  sets: ['Why_API_Only_Admin', 'Manage_MFA', 'MFA_UI_Logins'],
  note: 'System Administrator with the app’s admin permission set'
});
user('viewer', 'Jordan Lee', 'jordan.lee', 'standard', {
  sets: ['Sales_Cloud_User', 'Why_API_Only_User'],
  note: 'may see only himself: other users are "not allowed"'
});
user('delegate', 'Chris Delegate', 'chris.delegate', 'standard', {
  sets: ['Sales_Cloud_User', 'Why_API_Only_Admin'],
  note: 'sees other users through the app’s admin custom permission only'
});
user('inactive', 'Old Legacy Integration', 'integration.legacy', 'legacyApi', {
  active: false,
  note: 'inactive, API-only through the profile'
});

// The rest of the org.
const others = [
  ['Priya Shah', 'sysadmin', ['Manage_MFA', 'MFA_UI_and_API_Logins'], []],
  ['Marco Rossi', 'sales', [], ['Sales_Team']],
  ['Emily Johnson', 'sales', [], ['Sales_Team']],
  ['Kenji Watanabe', 'sales', ['Contract_Manager'], ['Sales_Team']],
  ['Sofia Alvarez', 'sales', ['CRM_Analytics_Viewer'], ['Sales_Team']],
  ['Liam O’Brien', 'sales', ['Sales_Cloud_User', 'MFA_UI_Logins'], []],
  ['Fatima Zahra', 'support', ['Service_Cloud_User', 'Knowledge_Author'], []],
  ['Tom Becker', 'support', ['Service_Cloud_User', 'MFA_UI_Logins'], []],
  ['Grace Okafor', 'support', ['Service_Cloud_User', 'Field_Service_Dispatcher'], []],
  ['Hannah Berg', 'support', ['Service_Cloud_User'], []],
  ['Oliver Smith', 'marketing', ['CRM_Analytics_Viewer'], []],
  ['Chloé Martin', 'marketing', ['Flow_Runner'], []],
  ['Ahmed Hassan', 'standard', ['Data_Loader_Access', 'MFA_UI_Logins'], []],
  ['Isabella Rossi', 'standard', ['Report_Builder', 'SSO_Users'], []],
  ['Lucas Silva', 'standard', ['Flow_Runner', 'SSO_Users'], []],
  ['Mei Tanaka', 'readOnly', ['CRM_Analytics_Viewer'], []],
  ['Daniel Novak', 'readOnly', [], []],
  ['Zoe Adams', 'platformUser', ['Flow_Runner'], []],
  ['Ethan Brown', 'platformUser', ['Contract_Manager'], []],
  [
    'Nina Petrova',
    'standard',
    ['User_Management_Delegate', 'MFA_UI_Logins', 'Event_Monitoring_Viewer'],
    []
  ],
  ['Carlos Mendez', 'sales', ['Sales_Cloud_User', 'Waive_MFA_Exempt_Users'], []],
  ['Aisha Bello', 'support', ['Service_Cloud_User', 'SSO_Users'], []],
  ['Victor Dubois', 'minimum', ['Knowledge_Author'], []],
  ['Ingrid Larsen', 'sales', [], ['Sales_Team']],
  ['Raj Mehta', 'standard', ['Data_Loader_Access'], []]
];
for (const [name, profileKey, sets, groupNames] of others) {
  const username = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f’']/g, '')
    .toLowerCase()
    .replace(/\s+/g, '.');
  user(username, name, username, profileKey, { sets, groups: groupNames });
}
user('inactiveSales', 'Former Sales Rep', 'former.rep', 'sales', {
  sets: ['Sales_Cloud_User'],
  active: false
});
user('automatedProcess', 'Data Warehouse Export', 'integration.dwh', 'apiOnlyIntegrations', {
  sets: ['Data_Loader_Access', 'MFA_UI_Logins']
});

// ---- MFA state, logins, sessions -------------------------------------------------------------

function mfaMethods(userKey, methods) {
  const all = [
    'HasTotp',
    'HasSalesforceAuthenticator',
    'HasSecurityKey',
    'HasBuiltInAuthenticator',
    'HasTempCode',
    'HasUserVerifiedMobileNumber',
    'HasUserVerifiedEmailAddress'
  ];
  records.TwoFactorMethodsInfo.push({
    UserId: users[userKey].Id,
    ...Object.fromEntries(all.map((f) => [f, methods.includes(f)]))
  });
}
mfaMethods('seed000', ['HasTotp', 'HasUserVerifiedEmailAddress']); // registered, then turned away
mfaMethods('admin', [
  'HasSalesforceAuthenticator',
  'HasSecurityKey',
  'HasUserVerifiedEmailAddress'
]);
mfaMethods('integrationOk', ['HasTotp']);
mfaMethods('plain', ['HasSalesforceAuthenticator']);
mfaMethods('integrationMfaApi', []);
mfaMethods('priya.shah', ['HasBuiltInAuthenticator', 'HasTotp']);

function login(userKey, at, loginType, status, application, subType = null) {
  records.LoginHistory.push({
    Id: newId('0Ya'),
    UserId: users[userKey].Id,
    LoginTime: at,
    LoginType: loginType,
    LoginSubType: subType,
    Status: status,
    Application: application
  });
}
login('seed000', '2026-11-20T08:58:12.000Z', 'SAML Sfdc Initiated SSO', 'Success', 'Browser');
login('seed000', '2026-11-20T08:41:03.000Z', 'SAML Sfdc Initiated SSO', 'Success', 'Browser');
login('admin', '2026-11-20T07:55:40.000Z', 'Application', 'Success', 'Browser');
login(
  'integrationOk',
  '2026-11-20T09:00:01.000Z',
  'Remote Access 2.0',
  'Success',
  'ERP Connector',
  'OAuth JWT Bearer'
);
login(
  'integrationMfaApi',
  '2026-11-20T09:15:00.000Z',
  'Remote Access 2.0',
  'Failed: Verification Error',
  'Sales Cookie',
  'OAuth Username-Password'
);
login(
  'integrationMfaApi',
  '2026-11-19T09:15:00.000Z',
  'Remote Access 2.0',
  'Success',
  'Sales Cookie',
  'OAuth Username-Password'
);
login(
  'integrationNoMfa',
  '2026-11-20T06:00:00.000Z',
  'Other Apex API',
  'Success',
  'Marketing Sync'
);
login('plain', '2026-11-20T08:12:00.000Z', 'Application', 'Success', 'Browser');

function session(userKey, type, createdAt, level = 'STANDARD') {
  records.AuthSession.push({
    Id: newId('0Ak'),
    UsersId: users[userKey].Id,
    SessionType: type,
    LoginType: type === 'UI' ? 'SAML Sfdc Initiated SSO' : 'Remote Access 2.0',
    SessionSecurityLevel: level,
    CreatedDate: createdAt
  });
}
session('seed000', 'UI', '2026-11-20T08:58:13.000Z', 'HIGH_ASSURANCE'); // stuck on "Access Restricted"
session('seed000', 'UI', '2026-11-20T08:41:04.000Z');
session('admin', 'UI', '2026-11-20T07:55:41.000Z', 'HIGH_ASSURANCE');
session('integrationOk', 'Oauth2', '2026-11-20T09:00:02.000Z');
session('plain', 'UI', '2026-11-20T08:12:01.000Z');

// ---- write -----------------------------------------------------------------------------------

const snapshot = {
  schemaVersion: 1,
  capturedAt: CAPTURED_AT,
  source:
    'Why API-Only? demo org (preview/demo-org/build-demo-org.mjs): invented data, not a real org',
  permissionFields: TRACKED.map(([fieldName, label]) => ({
    fieldName,
    label,
    metadataName: fieldName.slice('Permissions'.length),
    available: true
  })),
  records,
  preview: {
    defaultRunningUserId: users.seed000.Id,
    defaultRecordUserId: users.seed000.Id,
    notes: previewNotes
  }
};

// Formatted as `npx prettier --write` would, so the committed file and the check agree.
const text = await prettier.format(JSON.stringify(snapshot), {
  ...(await prettier.resolveConfig(OUT)),
  filepath: OUT
});
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error('preview/demo-org.json is stale: run node preview/demo-org/build-demo-org.mjs');
    process.exit(1);
  }
  console.log('preview/demo-org.json is up to date');
} else {
  fs.writeFileSync(OUT, text);
  const counts = Object.entries(records)
    .map(([k, v]) => `${v.length} ${k}`)
    .join(', ');
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${counts}`);
}
