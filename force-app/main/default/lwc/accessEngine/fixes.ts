// Fixes for one source of a permission, each with its blast radius counted from the facts.
import { groupState, groupUserCount, permissionSetUserCount, profileUserCount } from './indexes';
import type { FactIndex } from './indexes';
import { renderFinding } from './messages';
import { classifyPermissionSet } from './planRows';
import type { LockReason } from './planTypes';
import type { TrackedPermission } from './tracked';
import type {
  BlastScope,
  Fix,
  FixKind,
  FindingParams,
  MessageTexts,
  PermissionSetRecord,
  RecordId,
  Source,
  UserRecord
} from './types';

export interface FixContext {
  readonly index: FactIndex;
  readonly texts: MessageTexts;
  readonly labels: Readonly<Record<string, string>>;
}

interface FixSpec {
  readonly kind: FixKind;
  readonly code: string;
  readonly targetObject: string;
  readonly targetId: RecordId;
  readonly field: string | null;
  readonly writableFromApex: boolean;
  readonly scope: BlastScope;
  readonly userCount: number;
  readonly params: FindingParams;
}

function makeFix(context: FixContext, spec: FixSpec): Fix {
  const params = { ...spec.params, userCount: spec.userCount };
  return {
    kind: spec.kind,
    code: spec.code,
    params,
    message: renderFinding(spec.code, params, context.texts),
    targetObject: spec.targetObject,
    targetId: spec.targetId,
    field: spec.field,
    writableFromApex: spec.writableFromApex,
    blastRadius: { scope: spec.scope, userCount: spec.userCount }
  };
}

/**
 * Apex can edit a custom, unmanaged set that is neither a profile's nor a group's calculated
 * set: the one rule of classifyPermissionSet, which the editor's plans and Apex's
 * MfaEditorRules.lockReason apply too.
 */
export function isEditableFromApex(permissionSet: PermissionSetRecord | undefined): boolean {
  return (
    permissionSet !== undefined && classifyPermissionSet(permissionSet).kind === 'permissionSet'
  );
}

const LOCKED_FIX_CODES: Readonly<Record<LockReason, string>> = {
  LOCKED_GROUP_AGGREGATE: 'FIX_LOCKED_GROUP_AGGREGATE',
  LOCKED_MANAGED_PACKAGE: 'FIX_LOCKED_MANAGED_SET',
  LOCKED_STANDARD_SET: 'FIX_LOCKED_STANDARD_SET'
};

/**
 * Edit a permission on a set; a set the platform won't let Apex edit (a managed package's, a
 * standard licence set, a group's calculated set) gets no edit, but a note saying why, beside
 * the edits that remain possible (remove the assignment, another set).
 */
function editSetFix(
  context: FixContext,
  kind: 'uncheckOnPermissionSet' | 'checkOnPermissionSet',
  permissionSetId: RecordId,
  field: TrackedPermission
): Fix {
  const permissionSet = context.index.permissionSetById.get(permissionSetId);
  const lockReason = permissionSet ? classifyPermissionSet(permissionSet).lockReason : null;
  if (permissionSet && lockReason !== null) {
    return makeFix(context, {
      kind,
      code: LOCKED_FIX_CODES[lockReason],
      targetObject: 'PermissionSet',
      targetId: permissionSetId,
      field,
      writableFromApex: false,
      scope: 'permissionSetAssignees',
      userCount: permissionSetUserCount(context.index, permissionSetId),
      params: {
        permission: context.labels[field],
        permissionSet: permissionSet.Name,
        namespace: permissionSet.NamespacePrefix ?? ''
      }
    });
  }
  return makeFix(context, {
    kind,
    code:
      kind === 'uncheckOnPermissionSet'
        ? 'FIX_UNCHECK_ON_PERMISSION_SET'
        : 'FIX_CHECK_ON_PERMISSION_SET',
    targetObject: 'PermissionSet',
    targetId: permissionSetId,
    field,
    writableFromApex: isEditableFromApex(permissionSet),
    scope: 'permissionSetAssignees',
    userCount: permissionSetUserCount(context.index, permissionSetId),
    params: {
      permission: context.labels[field],
      permissionSet: permissionSet?.Name ?? permissionSetId
    }
  });
}

function profileFix(context: FixContext, source: Source, field: TrackedPermission): Fix {
  return makeFix(context, {
    kind: 'changeProfile',
    code: 'FIX_CHANGE_PROFILE',
    targetObject: 'Profile',
    targetId: source.id,
    field,
    writableFromApex: false,
    scope: 'profileUsers',
    userCount: profileUserCount(context.index, source.id),
    params: { permission: context.labels[field], profile: source.name }
  });
}

function removeAssignmentFix(context: FixContext, source: Source, user: UserRecord): Fix {
  const assigned =
    source.kind === 'permissionSetGroup'
      ? `permission set group ${source.name}`
      : `permission set ${source.name}`;
  return makeFix(context, {
    kind: 'removeAssignment',
    code: 'FIX_REMOVE_ASSIGNMENT',
    targetObject: 'PermissionSetAssignment',
    targetId: source.assignmentId ?? '',
    field: null,
    writableFromApex: true,
    scope: 'user',
    userCount: 1,
    params: { assigned, user: user.Username }
  });
}

function muteFix(
  context: FixContext,
  source: Source,
  field: TrackedPermission,
  mute: boolean
): Fix {
  const group = groupState(context.index, source.id);
  // Without a muting set one must first be created and added to the group in Setup.
  return makeFix(context, {
    kind: mute ? 'muteInGroup' : 'unmuteInGroup',
    code: mute ? 'FIX_MUTE_IN_GROUP' : 'FIX_UNMUTE_IN_GROUP',
    targetObject: group.muting === null ? 'PermissionSetGroup' : 'MutingPermissionSet',
    targetId: group.muting?.Id ?? source.id,
    field,
    writableFromApex: group.muting !== null,
    scope: 'groupMembers',
    userCount: groupUserCount(context.index, source.id),
    params: {
      group: source.name,
      permission: context.labels[field],
      mutingSet: group.muting?.DeveloperName ?? ''
    }
  });
}

/** A member's grant: remove the member, mute it, or uncheck it on the member set. */
function groupMemberFixes(
  context: FixContext,
  source: Source,
  memberId: RecordId,
  field: TrackedPermission
): Fix[] {
  return [
    makeFix(context, {
      kind: 'removeGroupComponent',
      code: 'FIX_REMOVE_GROUP_COMPONENT',
      targetObject: 'PermissionSetGroupComponent',
      targetId: context.index.componentIdByKey.get(`${source.id}/${memberId}`) ?? '',
      field: null,
      writableFromApex: true,
      scope: 'groupMembers',
      userCount: groupUserCount(context.index, source.id),
      params: { group: source.name, memberSet: source.via ?? memberId }
    }),
    muteFix(context, source, field, true),
    editSetFix(context, 'uncheckOnPermissionSet', memberId, field)
  ];
}

/** Every way to take this source's grant of `field` away from the user, narrowest first. */
export function removalFixes(
  context: FixContext,
  source: Source,
  field: TrackedPermission,
  user: UserRecord
): Fix[] {
  switch (source.kind) {
    case 'profile':
      return [profileFix(context, source, field)];
    case 'permissionSet':
      return [
        removeAssignmentFix(context, source, user),
        editSetFix(context, 'uncheckOnPermissionSet', source.id, field)
      ];
    default:
      // A stale aggregate's grant (no member) goes away with the assignment or a recalculation.
      return source.viaId === null
        ? [removeAssignmentFix(context, source, user)]
        : [
            removeAssignmentFix(context, source, user),
            ...groupMemberFixes(context, source, source.viaId, field)
          ];
  }
}

/** Give `field` through the set (or profile) that already brings this source. */
export function grantThroughSourceFix(
  context: FixContext,
  source: Source,
  field: TrackedPermission
): Fix | null {
  if (source.kind === 'profile') return profileFix(context, source, field);
  const permissionSetId = source.kind === 'permissionSet' ? source.id : source.viaId;
  if (source.kind === 'permissionSetGroup' && permissionSetId !== null) {
    const member = context.index.permissionSetById.get(permissionSetId);
    if (member?.[field] === true) return muteFix(context, source, field, false);
  }
  return permissionSetId === null
    ? null
    : editSetFix(context, 'checkOnPermissionSet', permissionSetId, field);
}

export function assignSetFix(
  context: FixContext,
  permissionSet: PermissionSetRecord,
  field: TrackedPermission,
  user: UserRecord
): Fix {
  return makeFix(context, {
    kind: 'assignPermissionSet',
    code: 'FIX_ASSIGN_PERMISSION_SET',
    targetObject: 'PermissionSet',
    targetId: permissionSet.Id,
    field,
    writableFromApex: true,
    scope: 'user',
    userCount: 1,
    params: {
      permissionSet: permissionSet.Name,
      permission: context.labels[field],
      user: user.Username
    }
  });
}

export function endSessionsFix(context: FixContext, user: UserRecord): Fix {
  const sessions = context.index.sessionCountByUser;
  return makeFix(context, {
    kind: 'endSessions',
    code: 'FIX_END_SESSIONS',
    targetObject: 'AuthSession',
    targetId: user.Id,
    field: null,
    writableFromApex: true,
    scope: 'user',
    userCount: 1,
    params: {
      user: user.Username,
      sessionCount: sessions === null ? 'unknown' : (sessions.get(user.Id) ?? 0)
    }
  });
}
