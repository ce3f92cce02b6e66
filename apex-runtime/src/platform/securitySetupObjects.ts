// What user mode needs to read and write setup objects: the objects' "Special Access Rules"
// (Object Reference for the Salesforce Platform). Each requirement is any one of the listed
// user permissions (Metadata API names). Rules the documentation does not state are the most
// restrictive reading and are marked unverified in docs/security.md.
import type { ObjectOperation } from './contracts';

/** 'everyone': any active user; 'nobody': not through DML/SOQL at all; else any-of. */
export type Requirement = 'everyone' | 'nobody' | readonly string[];

export interface SetupObjectRule {
  read: Requirement;
  create: Requirement;
  edit: Requirement;
  delete: Requirement;
  /**
   * Rows a user sees of their own only (the field holds their Id), unless they have one of
   * `allRowsWith`.
   */
  ownRows?: { field: string; allRowsWith: readonly string[] };
}

const PERMISSION_READERS = [
  'ViewSetup',
  'ManageSessionPermissionSets',
  'AssignPermissionSets',
  'ManageProfilesPermissionsets'
];
const MANAGE_SETS = ['ManageProfilesPermissionsets'];
const VIEW_SETUP = ['ViewSetup'];
const MANAGE_USERS = ['ManageUsers'];

function rule(read: Requirement, write: Requirement, extra: Partial<SetupObjectRule> = {}) {
  return { read, create: write, edit: write, delete: write, ...extra };
}

/** Lower-case object name → rule. */
export const SETUP_OBJECT_RULES: ReadonlyMap<string, SetupObjectRule> = new Map<
  string,
  SetupObjectRule
>([
  ['permissionset', rule(PERMISSION_READERS, MANAGE_SETS)],
  [
    'permissionsetassignment',
    rule(['ViewSetup', 'AssignPermissionSets', 'ManageUsers'], ['AssignPermissionSets'])
  ],
  [
    'permissionsetgroup',
    rule(['ViewSetup', 'ManageSessionPermissionSets', 'AssignPermissionSets'], MANAGE_SETS)
  ],
  ['permissionsetgroupcomponent', { ...rule(VIEW_SETUP, MANAGE_SETS), edit: 'nobody' }],
  ['mutingpermissionset', rule(PERMISSION_READERS, MANAGE_SETS)],
  ['profile', rule('everyone', 'nobody')],
  ['userlicense', rule(VIEW_SETUP, 'nobody')],
  ['permissionsetlicense', rule(VIEW_SETUP, 'nobody')],
  ['setupentityaccess', { ...rule(VIEW_SETUP, MANAGE_SETS), edit: 'nobody' }],
  ['objectpermissions', rule(VIEW_SETUP, MANAGE_SETS)],
  ['fieldpermissions', rule(VIEW_SETUP, MANAGE_SETS)],
  ['permissionsettabsetting', rule(VIEW_SETUP, MANAGE_SETS)],
  ['custompermission', rule(VIEW_SETUP, ['CustomizeApplication'])],
  ['apexclass', rule(VIEW_SETUP, 'nobody')],
  [
    'sessionpermsetactivation',
    { ...rule(['ViewSetup', 'ManageSessionPermissionSets'], ['ManageSessionPermissionSets']) }
  ],
  [
    'user',
    {
      read: 'everyone',
      create: ['ManageUsers', 'ManageInternalUsers'],
      edit: ['ManageUsers', 'ManageInternalUsers'],
      delete: 'nobody'
    }
  ],
  ['twofactormethodsinfo', rule(['ManageTwoFactor'], 'nobody')],
  ['twofactorinfo', rule(['ManageTwoFactor'], ['ManageTwoFactor'])],
  [
    'loginhistory',
    rule('everyone', 'nobody', { ownRows: { field: 'UserId', allRowsWith: MANAGE_USERS } })
  ],
  [
    'authsession',
    {
      ...rule('everyone', 'nobody', { ownRows: { field: 'UsersId', allRowsWith: MANAGE_USERS } }),
      delete: MANAGE_USERS
    }
  ],
  [
    'asyncapexjob',
    rule('everyone', 'nobody', {
      ownRows: { field: 'CreatedById', allRowsWith: ['ViewSetup', 'ModifyAllData'] }
    })
  ]
]);

export function requirementFor(rule: SetupObjectRule, operation: ObjectOperation): Requirement {
  return rule[operation];
}

/** Whether a user with these permissions (lower-case field names) meets the requirement. */
export function meets(requirement: Requirement, has: (metadataName: string) => boolean): boolean {
  if (requirement === 'everyone') return true;
  if (requirement === 'nobody') return false;
  return requirement.some(has);
}
