// English texts for every finding, fix and verdict code. The org passes Custom Label values with
// the same {placeholders}; the command line uses these.
import type { FindingParams, MessageTexts } from './types';

export const ENGLISH_MESSAGES: MessageTexts = {
  // verdicts
  VERDICT_API_ONLY: '{user} is API-only because {paths}.',
  VERDICT_API_ONLY_BY_LICENSE:
    '{user} is API-only by design of the {license} licence (profile {profile}); it cannot be turned off.',
  VERDICT_NOT_API_ONLY: '{user} is not API-only: no source in effect grants {permission}.',
  VERDICT_NOT_API_ONLY_INACTIVE: '{user} is not API-only: the user is inactive.',
  VERDICT_API_ONLY_SELF: 'You are API-only because {paths}.',
  VERDICT_API_ONLY_BY_LICENSE_SELF:
    'You are API-only by design of the {license} licence (profile {profile}); it cannot be turned off.',
  VERDICT_NOT_API_ONLY_SELF: 'You are not API-only: no source in effect grants you {permission}.',
  // why a source is not in effect (REASON_ + the source's reason code)
  REASON_userInactive: 'the user is inactive',
  REASON_expired: 'the assignment has expired',
  REASON_assignmentInactive: 'the assignment is not active',
  REASON_sessionActivationRequired:
    'it needs activation in a session (session-based permission set)',
  REASON_muted: "the group's muting permission set removes it",
  REASON_notInGroupAggregate:
    "the group's aggregate permission set does not include it (the platform applies the aggregate)",
  // the pieces of a verdict's {paths}
  PATH_PROFILE: 'profile {profile} grants {permission}',
  PATH_PERMISSION_SET: 'permission set {permissionSet} grants {permission}',
  PATH_GROUP:
    'permission set group {group} includes permission set {memberSet}, which grants {permission}',
  PATH_GROUP_AGGREGATE:
    "permission set group {group} grants {permission} in its calculated permissions, though none of its member sets does (the group's status is {status})",
  PATH_JOIN: '; and',
  // findings
  API_ONLY_VIA_PROFILE: 'API-only through the profile {profile}, which grants {permission}.',
  API_ONLY_VIA_PERMISSION_SET:
    'API-only through permission set {permissionSet} (assigned directly), which grants {permission}.',
  API_ONLY_VIA_GROUP:
    'API-only through permission set group {group}, which includes permission set {memberSet}, which grants {permission}.',
  API_ONLY_VIA_GROUP_AGGREGATE:
    'API-only through permission set group {group}: its calculated permissions grant {permission}, though none of its member sets does.',
  API_ONLY_BY_LICENSE:
    'API-only by design: the {license} licence and its profile {profile} are for integrations and cannot log in to the user interface. No removal is offered; use another user for UI work.',
  MFA_API_WITHOUT_UI:
    '{apiPermission} is in effect without {uiPermission}, which it requires (the platform rejects saving one without the other with FIELD_INTEGRITY_EXCEPTION).',
  MFA_API_ON_API_ONLY_USER:
    '{apiPermission} is in effect for an API-only user: its integrations must log in through an OAuth flow that carries a high-assurance session ({flows}); other logins are blocked.',
  INTEGRATION_USER_WITHOUT_UI_MFA:
    'API-only (integration) user without {uiPermission}: human logins to this account are not protected by MFA unless the org-wide "Require MFA for all direct UI logins" setting is on (not readable here).',
  UI_MFA_ON_LIMITED_ACCESS_FREE:
    '{uiPermission} is in effect for a user with the {license} licence, which cannot be given it.',
  USER_INACTIVE: '{user} is inactive: no permission is in effect until the user is reactivated.',
  GROUP_NOT_UPDATED:
    'Permission set group {group} has status {status}: its calculated permissions may not match its member sets yet; the platform applies the calculated ones.',
  GROUP_AGGREGATE_MISMATCH:
    'Permission set group {group}: {permission} is {aggregate} in the calculated permissions the platform applies, but {computed} from its member sets minus its muting set.',
  // fixes
  FIX_REMOVE_ASSIGNMENT: 'Remove the assignment of {assigned} from {user} (this user only).',
  FIX_REMOVE_GROUP_COMPONENT:
    'Remove permission set {memberSet} from group {group} (affects every user assigned the group: {userCount}).',
  FIX_MUTE_IN_GROUP:
    'Mute {permission} in group {group} (affects every user assigned the group: {userCount}).',
  FIX_UNMUTE_IN_GROUP:
    'Unmute {permission} in group {group} (muting set {mutingSet}; affects every user assigned the group: {userCount}).',
  FIX_UNCHECK_ON_PERMISSION_SET:
    'Uncheck {permission} on permission set {permissionSet} (affects every user who has it, directly or through groups: {userCount}).',
  FIX_CHECK_ON_PERMISSION_SET:
    'Check {permission} on permission set {permissionSet} (affects every user who has it, directly or through groups: {userCount}).',
  FIX_LOCKED_MANAGED_SET:
    'Permission set {permissionSet} belongs to managed package {namespace}: its permissions cannot be edited in this org. Remove its assignment, or use another permission set for {permission}.',
  FIX_LOCKED_STANDARD_SET:
    'Permission set {permissionSet} is a standard (licence) set: its permissions cannot be edited. Remove its assignment, or use another permission set for {permission}.',
  FIX_LOCKED_GROUP_AGGREGATE:
    "Permission set {permissionSet} is the calculated set of a permission set group: change the group's member sets or its muting set for {permission} instead.",
  FIX_CHANGE_PROFILE:
    'Uncheck {permission} on profile {profile} in Setup, or give this user another profile (the profile change affects every user of the profile: {userCount}; Apex cannot edit profiles).',
  FIX_ASSIGN_PERMISSION_SET:
    'Assign permission set {permissionSet}, which grants {permission}, to {user} (this user only).',
  FIX_END_SESSIONS:
    'Then end {user}\'s sessions (Setup > Session Management, {sessionCount} open) or open /secur/logout.jsp, to leave the "Access Restricted for API Only Users" page (this user only).'
};

const PLACEHOLDER = /\{(\w+)\}/;
/** Templates split once into literal / placeholder parts: rendering is then concatenation only. */
const compiled = new WeakMap<MessageTexts, Map<string, readonly string[]>>();

function partsOf(code: string, texts: MessageTexts): readonly string[] {
  let byCode = compiled.get(texts);
  if (byCode === undefined) {
    byCode = new Map();
    compiled.set(texts, byCode);
  }
  let parts = byCode.get(code);
  if (parts === undefined) {
    parts = (texts[code] ?? ENGLISH_MESSAGES[code] ?? code).split(PLACEHOLDER);
    byCode.set(code, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders of the code's template; unknown codes render as the code. */
export function renderFinding(
  code: string,
  params: FindingParams,
  texts: MessageTexts = ENGLISH_MESSAGES
): string {
  const parts = partsOf(code, texts);
  let text = parts[0];
  // split() with a capture group alternates literal, name, literal, …
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]];
    text += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1];
  }
  return text;
}

/** Why a source is not in effect, in words (code REASON_<reason>); an unknown reason as it is. */
export function renderReason(reason: string, texts: MessageTexts = ENGLISH_MESSAGES): string {
  const code = `REASON_${reason}`;
  return texts[code] ?? ENGLISH_MESSAGES[code] ?? reason;
}
