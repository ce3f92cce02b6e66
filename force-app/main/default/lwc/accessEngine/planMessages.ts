// English texts for the planning codes (warnings, infos, blockers, profile actions), in the same
// style as messages.ts: `{name}` placeholders, Custom Label values in the org.
import { renderFinding } from './messages';
import type { FindingParams, MessageTexts } from './types';

export const PLAN_MESSAGES: MessageTexts = {
  // warnings
  MFA_API_FOR_INTEGRATION_USERS:
    '{userCount} API-only or integration user(s) will need {apiPermission} ({users}): their username-and-password integrations stop working; only these OAuth flows can carry the high-assurance session: {flows}.',
  NO_MFA_METHOD_REGISTERED:
    '{userCount} user(s) will need MFA but have no registered MFA method ({users}): they must register one at their next UI login, and API logins fail until they do.',
  MFA_METHODS_NOT_CAPTURED:
    'Registered MFA methods were not captured (TwoFactorMethodsInfo needs Manage MFA in API): for {userCount} user(s) who will need MFA it is unknown whether they have a method ({users}).',
  INTEGRATION_USERS_LOSE_UI_MFA:
    '{userCount} API-only or integration user(s) will lose {uiPermission} ({users}): human logins to these accounts are then protected only by the org-wide setting.',
  PROFILE_CHANGE_IN_SETUP:
    'Profile {profile}: {permissions} must be turned off on the profile in Setup or with the Metadata API; this plan does not change it.',
  LOCKOUT_NOT_CHECKED:
    'No acting admin given: whether this plan locks its own admin out was not checked.',
  ACTING_USER_MFA_METHODS_UNKNOWN:
    'You ({user}) would need {apiPermission}, and your registered MFA methods could not be read (that needs Manage MFA in API): your API logins might fail, so leave yourself out or ask an admin who can read them.',
  ACCESS_ENDS_ON_EXPIRY:
    '{userCount} user(s) lose {permissionSet} on {expirationDate} ({users}): the platform removes the assignment when that day begins, and with it the access it grants.',
  USERS_BECOME_API_ONLY:
    '{userCount} user(s) would become API-only ({users}): they could no longer use Salesforce in a browser. Confirm these users by name to go ahead.',
  PERMISSION_SET_LICENSE_NOT_CHECKED:
    'Permission set {permissionSet} needs the licence {licenseId}, which is not a user licence in the facts (a permission set licence?): whether each user has it was not checked.',
  STILL_GRANTED_ELSEWHERE:
    '{userCount} user(s) keep {permission} from another source after the move ({users}): the clone alone does not remove it for them.',
  CLONE_CONTENTS_NOT_READ:
    'What {permissionSet} carries besides its user permissions was not read: Apex copies it and refuses the clone when something cannot be copied.',
  REMOVE_ONLY_THROUGH_GROUP:
    '{userCount} user(s) have permission set {permissionSet} only through a permission set group ({users}): removing a direct assignment does not change that.',
  // infos
  ORG_MFA_SETTING_UNREADABLE:
    'The org-wide "Require MFA for all direct UI logins" setting cannot be read without the Tooling or Metadata API: users may already need MFA for UI logins regardless of these permissions.',
  UI_MFA_FOR_INTEGRATION_USERS:
    '{userCount} API-only or integration user(s) will get {uiPermission} ({users}): good, human logins to these accounts are then protected, and API calls are not affected.',
  GROUPS_RECALCULATED:
    'Permission set(s) {permissionSets} belong to group(s) {groups}: the platform recalculates those groups after the change (status Updating until done).',
  PROFILE_GRANT_THROUGH_PERMISSION_SET:
    "Profile {profile}: {permissions} cannot be given by Apex on the profile; {setVerb} permission set {permissionSet} and assign it to the profile's {assignCount} user(s) without it.",
  // dependent changes (the reason a change was added)
  MFA_API_REQUIRES_UI: '{uiPermission} turned on too: {apiPermission} requires it.',
  UI_OFF_TURNS_API_OFF: '{apiPermission} turned off too: it cannot stay on without {uiPermission}.',
  // profile actions
  PROFILE_ACTION_GRANT:
    '{setAction} permission set {permissionSet} granting {permissions}, and assign it to {assignCount} user(s) of profile {profile}.',
  PROFILE_ACTION_SETUP:
    'Turn off {permissions} on profile {profile} in Setup ({setupPath}), or deploy the profile with this metadata.',
  // blockers
  UNKNOWN_PERMISSION_SET: 'No permission set, profile or group named "{reference}" in the facts.',
  AMBIGUOUS_PERMISSION_SET_NAME:
    '"{reference}" names more than one permission set: use the Id, or namespace__Name.',
  UNKNOWN_FIELD:
    '"{field}" is not one of the editable MFA permissions (ui, api, manage-ui, manage-api).',
  FIELD_NOT_AVAILABLE: '{permission} does not exist in this org (per its describe).',
  UNKNOWN_USER: 'No user with Id {userId} in the facts.',
  TOO_MANY_ROWS:
    'This change set has {rowCount} rows (a user moved to a clone counts twice); one change set holds at most {maxRows}, applied in one transaction, all or nothing: split it into smaller change sets.',
  PROFILE_USERS_NOT_ALL_LOADED:
    "The preview loaded {loadedCount} of the {userCount} active users of profile {profile}; the grant assigns the set to all of them or to none, so it can't be applied partially. Preview the profile's row on its own to load all its users.",
  UNKNOWN_ACTING_USER: 'The acting admin {userId} is not among the users in the facts.',
  CONFLICTING_EDITS:
    '{permissionSet}: the edits contradict each other ({detail}); the platform requires {uiPermission} wherever {apiPermission} is on.',
  CONFLICTING_EXPECTED_LAST_MODIFIED:
    '{permissionSet}: the edits carry different last-modified times ({detail}).',
  LOCKED_GROUP_AGGREGATE:
    '{permissionSet} is the calculated permission set of a permission set group: edit its member sets or its muting set instead.',
  LOCKED_MANAGED_PACKAGE:
    '{permissionSet} belongs to managed package {namespace}: its permissions cannot be edited.',
  LOCKED_STANDARD_SET:
    '{permissionSet} is a standard (licence) permission set: its permissions cannot be edited.',
  NOT_CLONEABLE: '{permissionSet} is {reason}: Apex cannot clone it into a custom permission set.',
  NOT_ASSIGNABLE:
    '{permissionSet} cannot be assigned directly ({reason}): assign the profile or the permission set group instead.',
  LIMITED_ACCESS_FREE_GETS_UI_MFA:
    '{userCount} user(s) with the Salesforce Limited Access - Free licence would get {uiPermission}, which that licence cannot take ({users}).',
  LICENCE_MISMATCH:
    '{userCount} user(s) do not have the licence {license} that permission set {permissionSet} requires ({users}).',
  INVALID_EXPIRATION_DATE:
    'The expiration date "{expirationDate}" is not an ISO date in the future.',
  CLONE_FIELD_ALREADY_OFF:
    '{permissionSet} does not grant {permission}: a clone without it would be identical.',
  CLONE_NOT_COPYABLE:
    "{permissionSet} carries what Apex can't copy to a clone ({notCopied}): the users moved would lose it. Clone the set in Setup instead.",
  CLONE_LICENCE_MISSING:
    '{userCount} user(s) lack the permission set licence {permissionSet} needs ({users}): the clone cannot be assigned to them.',
  USER_NOT_ASSIGNED:
    '{userCount} chosen user(s) have no direct assignment of {permissionSet} to move ({users}).',
  ADMIN_LOSES_MANAGE_MFA:
    "You ({user}) would lose {permission}, which you need to manage other users' MFA (and to read their registered methods).",
  ADMIN_NEEDS_API_MFA_WITHOUT_METHOD:
    'You ({user}) would need {apiPermission} with no registered MFA method: your API logins (this tool, Data Loader) would fail until you register one.',
  ADMIN_BECOMES_API_ONLY:
    'You ({user}) would become API-only and lose access to the user interface.',
  ADMIN_REMOVES_OWN_ASSIGNMENT:
    'You ({user}) would remove your own assignment of {permissionSet}: it may carry the access you need to use this editor, which the facts cannot show.',
  // one row's blockers (a bulk assignment's user), short: the blocker above says it for all
  ROW_LIMITED_ACCESS_FREE_GETS_UI_MFA:
    'Salesforce Limited Access - Free licence: cannot take {uiPermission}',
  ROW_LICENCE_MISMATCH: 'Lacks the licence {license} that {permissionSet} requires'
};

export function renderPlanText(
  code: string,
  params: FindingParams,
  texts: MessageTexts | undefined
): string {
  return renderFinding(code, params, { ...PLAN_MESSAGES, ...texts });
}
