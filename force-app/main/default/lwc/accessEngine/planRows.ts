// Which permission set an edit names, and how the platform lets it be edited.
import type { FactIndex } from './indexes';
import type { LockReason, RowKind } from './planTypes';
import type { PermissionSetRecord, RecordId } from './types';

export interface RowClass {
  readonly kind: RowKind;
  readonly lockReason: LockReason | null;
}

/**
 * Same order of precedence as the engine's isEditableFromApex, with group aggregates added:
 * a profile's set (Setup or Metadata API only), a group's aggregate (recalculated from its
 * members), a managed package's set, a standard/licence set (IsCustom false), else editable.
 */
export function classifyPermissionSet(permissionSet: PermissionSetRecord): RowClass {
  if (permissionSet.IsOwnedByProfile) return { kind: 'profile', lockReason: null };
  // As Apex's MfaEditorRules.lockReason: a group's aggregate by its type or its group link.
  if (permissionSet.Type === 'Group' || permissionSet.PermissionSetGroupId) {
    return { kind: 'groupAggregate', lockReason: 'LOCKED_GROUP_AGGREGATE' };
  }
  if (permissionSet.NamespacePrefix) {
    return { kind: 'managedPackage', lockReason: 'LOCKED_MANAGED_PACKAGE' };
  }
  if (permissionSet.IsCustom === false) {
    return { kind: 'standardSet', lockReason: 'LOCKED_STANDARD_SET' };
  }
  return { kind: 'permissionSet', lockReason: null };
}

export type Resolution =
  | { readonly found: PermissionSetRecord }
  | { readonly problem: 'UNKNOWN_PERMISSION_SET' | 'AMBIGUOUS_PERMISSION_SET_NAME' };

function onlyOne(matches: readonly PermissionSetRecord[]): Resolution | null {
  if (matches.length === 0) return null;
  const distinct = [...new Map(matches.map((match) => [match.Id, match])).values()];
  return distinct.length === 1
    ? { found: distinct[0] }
    : { problem: 'AMBIGUOUS_PERMISSION_SET_NAME' };
}

function byName(index: FactIndex, name: string): Resolution | null {
  const sets = [...index.permissionSetById.values()].filter((set) => !set.IsOwnedByProfile);
  const namespaced = /^(\w+?)__(\w+)$/.exec(name);
  const exact = sets.filter((set) => set.Name === name);
  const qualified = namespaced
    ? sets.filter((set) => set.NamespacePrefix === namespaced[1] && set.Name === namespaced[2])
    : [];
  return onlyOne(qualified) ?? onlyOne(exact);
}

function byProfileName(index: FactIndex, name: string): Resolution | null {
  const profileIds = [...index.profileById.values()]
    .filter((profile) => profile.Name === name)
    .map((profile) => profile.Id);
  const sets = profileIds.flatMap((id) => {
    const set = index.profilePermissionSet.get(id);
    return set === undefined ? [] : [set];
  });
  return onlyOne(sets);
}

function byGroupName(index: FactIndex, name: string): Resolution | null {
  const sets = [...index.groupById.values()]
    .filter((group) => group.DeveloperName === name)
    .flatMap((group) => {
      const aggregate = index.aggregateByGroup.get(group.Id);
      return aggregate === undefined ? [] : [aggregate];
    });
  return onlyOne(sets);
}

/** By Id (a PermissionSet, or a profile's Id for its set), else by name in that order. */
export function resolvePermissionSet(
  index: FactIndex,
  reference: {
    readonly permissionSetId?: RecordId | null;
    readonly permissionSetName?: string | null;
  }
): Resolution {
  const id = reference.permissionSetId;
  if (id) {
    const found = index.permissionSetById.get(id) ?? index.profilePermissionSet.get(id);
    return found === undefined ? { problem: 'UNKNOWN_PERMISSION_SET' } : { found };
  }
  const name = reference.permissionSetName?.trim();
  if (!name) return { problem: 'UNKNOWN_PERMISSION_SET' };
  return (
    byName(index, name) ??
    byProfileName(index, name) ??
    byGroupName(index, name) ?? { problem: 'UNKNOWN_PERMISSION_SET' }
  );
}

/** The name shown for a row: the profile's Name for a profile's set (never its X00e… Name). */
export function rowName(index: FactIndex, permissionSet: PermissionSetRecord): string {
  if (permissionSet.IsOwnedByProfile && permissionSet.ProfileId) {
    return index.profileById.get(permissionSet.ProfileId)?.Name ?? permissionSet.ProfileId;
  }
  if (permissionSet.Type === 'Group' && permissionSet.PermissionSetGroupId) {
    return (
      index.groupById.get(permissionSet.PermissionSetGroupId)?.DeveloperName ?? permissionSet.Name
    );
  }
  return permissionSet.NamespacePrefix
    ? `${permissionSet.NamespacePrefix}__${permissionSet.Name}`
    : permissionSet.Name;
}

/** Users who hold a set: directly, through any group containing it, or by profile. */
export function holdersOf(index: FactIndex, permissionSet: PermissionSetRecord): Set<RecordId> {
  const holders = new Set<RecordId>();
  if (permissionSet.IsOwnedByProfile) {
    for (const user of index.users) {
      if (user.ProfileId === permissionSet.ProfileId) holders.add(user.Id);
    }
    return holders;
  }
  for (const userId of index.directAssignees.get(permissionSet.Id) ?? []) holders.add(userId);
  const groupIds = new Set(index.groupsByMember.get(permissionSet.Id) ?? []);
  if (permissionSet.Type === 'Group' && permissionSet.PermissionSetGroupId) {
    groupIds.add(permissionSet.PermissionSetGroupId);
  }
  for (const groupId of groupIds) {
    for (const userId of index.groupAssignees.get(groupId) ?? []) holders.add(userId);
  }
  return holders;
}
