// planCloneWithout (seed 003, option 2): a clone of a permission set without one MFA permission,
// and the chosen users' assignments moved from the original to the clone, previewed in one step.
import { compareText } from './compare';
import { groupIdOf, indexFacts } from './indexes';
import type { FactIndex } from './indexes';
import {
  applyWithDependencies,
  labelOf,
  metadataNameOf,
  mfaValuesOf,
  parseMfaField,
  plannedChanges
} from './planFields';
import { affectedUsersOf, compareUsers, computeImpact } from './planImpact';
import { classifyPermissionSet, rowName } from './planRows';
import type {
  AssignmentMove,
  CloneContents,
  ClonePermissionSet,
  CloneWithoutPlan,
  CloneWithoutRequest,
  MfaField,
  PlanOptions
} from './planTypes';
import { PlanMessages, checkRowCount, sharedChecks, sortBlockers } from './planWarnings';
import { TRACKED_PERMISSIONS } from './tracked';
import type {
  Facts,
  PermissionSetAssignmentRecord,
  PermissionSetRecord,
  RecordId,
  UserRecord
} from './types';

const API_NAME_LIMIT = 80;
const LABEL_LIMIT = 80;

const NOT_CLONEABLE_REASONS: Readonly<Record<string, string>> = {
  profile: "a profile's permission set",
  groupAggregate: "a permission set group's calculated permission set",
  managedPackage: 'a managed package permission set',
  standardSet: 'a standard (licence) permission set'
};

/** `<Name>_No_<metadataName>` within 80 characters, never ending the kept part with "_". */
export function cloneApiName(originalName: string, field: MfaField, attempt = 1): string {
  const suffix = `_No_${metadataNameOf(field)}${attempt > 1 ? `_${attempt}` : ''}`;
  const kept = originalName.slice(0, API_NAME_LIMIT - suffix.length).replace(/_+$/, '');
  return `${kept}${suffix}`;
}

function cloneLabel(original: PermissionSetRecord, field: MfaField): string {
  const suffix = ` (no ${metadataNameOf(field)})`;
  const base = original.Label ?? original.Name;
  return `${base.slice(0, LABEL_LIMIT - suffix.length).trimEnd()}${suffix}`;
}

function trackedValues(record: PermissionSetRecord): Record<string, boolean> {
  const values: Record<string, boolean> = {};
  for (const field of TRACKED_PERMISSIONS) {
    if (typeof record[field] === 'boolean') values[field] = record[field] === true;
  }
  return values;
}

/** An existing set already being that clone is reused; another set of that name is skipped. */
function chooseClone(
  index: FactIndex,
  original: PermissionSetRecord,
  field: MfaField,
  permissions: Record<string, boolean>
): ClonePermissionSet {
  const sets = [...index.permissionSetById.values()];
  for (let attempt = 1; ; attempt += 1) {
    const name = cloneApiName(original.Name, field, attempt);
    const existing = sets.filter((set) => set.Name === name && !set.NamespacePrefix);
    const same = existing.find(
      (set) =>
        classifyPermissionSet(set).kind === 'permissionSet' &&
        (set.LicenseId ?? null) === (original.LicenseId ?? null) &&
        TRACKED_PERMISSIONS.every((f) => (set[f] === true) === (permissions[f] === true))
    );
    if (existing.length === 0 || same !== undefined) {
      return {
        id: same?.Id ?? null,
        name,
        label: same?.Label ?? cloneLabel(original, field),
        reuse: same !== undefined,
        licenseId: original.LicenseId ?? null,
        hasActivationRequired: original.HasActivationRequired === true,
        permissions
      };
    }
  }
}

/**
 * What the clone can't carry, as Apex counted it (getCloneContents): a permission Apex can't
 * write, a setup entity type it is not known to insert, more rows than one clone copies. The
 * users moved rely on all of it, so any of it blocks the clone, as cloneWithout refuses it.
 */
function checkContents(
  contents: CloneContents | null,
  name: string,
  original: PermissionSetRecord,
  users: readonly UserRecord[],
  messages: PlanMessages
): void {
  if (contents === null) {
    messages.note('CLONE_CONTENTS_NOT_READ', 'info', { permissionSet: name });
    return;
  }
  const notCopied = [
    ...contents.notCopiedPermissions,
    ...Object.entries(contents.notCopiedSetupEntityAccess)
      .sort(([a], [b]) => compareText(a, b))
      .map(([type, count]) => `${type} (${count})`),
    ...(contents.tooManyRows ? [`> ${contents.maxCopiedRows}`] : [])
  ];
  if (notCopied.length > 0) {
    messages.block(
      'CLONE_NOT_COPYABLE',
      'locked',
      { permissionSet: name, notCopied: notCopied.join(', ') },
      original.Id
    );
  }
  const lacking = new Set(contents.usersLackingLicence.map((id) => id.slice(0, 15)));
  const without = users.filter((user) => lacking.has(user.Id.slice(0, 15)));
  if (without.length > 0) {
    messages.block(
      'CLONE_LICENCE_MISSING',
      'licence',
      { permissionSet: name },
      original.Id,
      without
    );
  }
}

function directAssignments(
  index: FactIndex,
  userId: RecordId,
  permissionSetId: RecordId
): PermissionSetAssignmentRecord[] {
  return (index.assignmentsByUser.get(userId) ?? [])
    .filter(
      (assignment) =>
        assignment.PermissionSetId === permissionSetId &&
        groupIdOf(assignment, index.permissionSetById) === null
    )
    .sort((a, b) => compareText(a.Id, b.Id));
}

function emptyPlan(messages: PlanMessages, request: CloneWithoutRequest): CloneWithoutPlan {
  return {
    kind: 'cloneWithout',
    actingUserId: request.actingUserId ?? null,
    original: { id: request.permissionSetId, name: request.permissionSetId },
    clone: null,
    removed: [],
    moves: [],
    affectedUsers: { count: 0, sample: [] },
    contents: null,
    warnings: messages.warnings,
    blockers: sortBlockers(messages.blockers)
  };
}

/** The chosen users, known ones sorted by Name; unknown Ids are a bad-input blocker. */
function chosenUsers(
  index: FactIndex,
  userIds: readonly RecordId[],
  messages: PlanMessages
): UserRecord[] {
  const unique = [...new Set(userIds)];
  const unknown = unique.filter((id) => !index.userById.has(id)).sort();
  if (unknown.length > 0)
    messages.block('UNKNOWN_USER', 'badInput', { userId: unknown.join(', ') });
  return unique.flatMap((id) => index.userById.get(id) ?? []).sort(compareUsers);
}

export function planCloneWithout(
  facts: Facts,
  request: CloneWithoutRequest,
  options: PlanOptions = {}
): CloneWithoutPlan {
  const index = indexFacts(facts);
  const messages = new PlanMessages(options);
  const field = parseMfaField(request.field);
  const original = index.permissionSetById.get(request.permissionSetId);
  if (field === null) messages.block('UNKNOWN_FIELD', 'badInput', { field: request.field });
  if (original === undefined) {
    messages.block('UNKNOWN_PERMISSION_SET', 'badInput', { reference: request.permissionSetId });
  }
  if (field === null || original === undefined) return emptyPlan(messages, request);
  const name = rowName(index, original);
  const kind = classifyPermissionSet(original).kind;
  if (kind !== 'permissionSet') {
    messages.block(
      'NOT_CLONEABLE',
      'locked',
      { permissionSet: name, reason: NOT_CLONEABLE_REASONS[kind] },
      original.Id
    );
  }
  if (original[field] !== true) {
    messages.block(
      'CLONE_FIELD_ALREADY_OFF',
      'badInput',
      { permissionSet: name, permission: labelOf(facts, field) },
      original.Id
    );
  }
  const before = mfaValuesOf(original);
  const outcome = applyWithDependencies(before, new Map([[field, false]]));
  const permissions = { ...trackedValues(original), ...outcome.after };
  const clone = chooseClone(index, original, field, permissions);
  const removed = plannedChanges(
    facts,
    { id: original.Id, name: clone.name },
    before,
    outcome,
    options.texts
  );
  const users = chosenUsers(index, request.userIds, messages);
  const given = options.cloneContents ?? null;
  const contents =
    given !== null && given.permissionSetId.slice(0, 15) === original.Id.slice(0, 15)
      ? given
      : null;
  checkContents(contents, name, original, users, messages);
  // Each moved user is two rows: removed from the original, added to the clone (as Apex counts).
  checkRowCount(new Set(request.userIds).size * 2, options, messages);
  const cloneId = clone.id ?? `new:${clone.name}`;
  const moves: AssignmentMove[] = [];
  const notAssigned: UserRecord[] = [];
  for (const user of users) {
    const assignments = directAssignments(index, user.Id, original.Id);
    if (assignments.length === 0) notAssigned.push(user);
    const hasClone = clone.id !== null && directAssignments(index, user.Id, clone.id).length > 0;
    assignments.forEach((assignment, position) => {
      moves.push({
        userId: user.Id,
        deleteAssignmentId: assignment.Id,
        insertAssignment:
          hasClone || position > 0
            ? null
            : { AssigneeId: user.Id, ExpirationDate: assignment.ExpirationDate ?? null }
      });
    });
  }
  if (notAssigned.length > 0) {
    messages.block(
      'USER_NOT_ASSIGNED',
      'badInput',
      { permissionSet: name },
      original.Id,
      notAssigned
    );
  }
  const cloneRecord: PermissionSetRecord = {
    ...permissions,
    Id: cloneId,
    Name: clone.name,
    Label: clone.label,
    Type: 'Regular',
    IsOwnedByProfile: false,
    IsCustom: true,
    LicenseId: clone.licenseId,
    HasActivationRequired: clone.hasActivationRequired
  };
  const impact = computeImpact(
    facts,
    {
      permissionSetValues: new Map(),
      addPermissionSets: clone.id === null ? [cloneRecord] : [],
      removeAssignmentIds: new Set(moves.map((move) => move.deleteAssignmentId)),
      addAssignments: moves.flatMap(({ userId, insertAssignment }) => {
        if (insertAssignment === null) return [];
        return [{ Id: `new:${userId}`, PermissionSetId: cloneId, ...insertAssignment }];
      })
    },
    moves.map((move) => move.userId),
    options
  );
  const keeping = users.filter((user) => {
    const pair = impact.evaluate(user.Id);
    return pair !== null && pair.after.effective.has(field);
  });
  if (keeping.length > 0) {
    messages.note(
      'STILL_GRANTED_ELSEWHERE',
      'warning',
      { permission: labelOf(facts, field) },
      keeping
    );
  }
  const actingUserId = request.actingUserId ?? null;
  sharedChecks(facts, impact, actingUserId, messages);
  return {
    kind: 'cloneWithout',
    actingUserId,
    original: { id: original.Id, name },
    clone,
    removed,
    moves,
    affectedUsers: affectedUsersOf(impact.affected, options),
    contents,
    warnings: messages.warnings,
    blockers: sortBlockers(messages.blockers)
  };
}
