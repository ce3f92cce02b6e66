// planAssignments (seed 002): assign or remove one permission set for chosen users, with the
// licence rules, the acting admin's lockout and the affected users previewed.
import { compareText } from './compare';
import { expiryInstant } from './expiry';
import { groupIdOf, indexFacts } from './indexes';
import type { FactIndex } from './indexes';
import { labelOf } from './planFields';
import { compareUsers, computeImpact, affectedUsersOf, planUser } from './planImpact';
import type { Impact } from './planImpact';
import { rowName } from './planRows';
import type {
  AssignmentPlan,
  AssignmentPlanRequest,
  AssignmentRow,
  AssignmentRowStatus,
  MfaField,
  PlanOptions
} from './planTypes';
import { isLimitedAccessFree } from './findings';
import { renderPlanText } from './planMessages';
import { PlanMessages, checkRowCount, sharedChecks, sortBlockers } from './planWarnings';
import { MFA_UI } from './tracked';
import type {
  Facts,
  FindingParams,
  PermissionSetAssignmentRecord,
  PermissionSetRecord,
  RecordId,
  UserRecord
} from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

interface Intent {
  readonly user: UserRecord;
  readonly status: AssignmentRowStatus;
  readonly existing: PermissionSetAssignmentRecord | null;
}

function directAssignment(
  index: FactIndex,
  userId: RecordId,
  permissionSetId: RecordId
): PermissionSetAssignmentRecord | null {
  const direct = (index.assignmentsByUser.get(userId) ?? [])
    .filter(
      (assignment) =>
        assignment.PermissionSetId === permissionSetId &&
        groupIdOf(assignment, index.permissionSetById) === null
    )
    .sort((a, b) => compareText(a.Id, b.Id));
  return direct[0] ?? null;
}

function intentFor(
  index: FactIndex,
  user: UserRecord,
  request: AssignmentPlanRequest,
  expirationDate: string | null,
  timeZone: string | undefined
): Intent {
  const existing = directAssignment(index, user.Id, request.permissionSetId);
  if (request.action === 'remove') {
    return { user, existing, status: existing === null ? 'notAssigned' : 'delete' };
  }
  if (existing === null) return { user, existing, status: 'insert' };
  // A permanent assignment stays permanent unless the admin asks otherwise: an expiry chosen
  // for the new rows only changes assignments that already expire (giving a permanent one an
  // end date would take access away on that date without anyone asking for it).
  const expiring =
    (existing.ExpirationDate ?? null) !== null || request.endPermanentAssignments === true;
  // The same instant is the same expiry, however it is written (Apex compares Datetimes).
  const sameExpiry =
    existing.ExpirationDate !== null &&
    existing.ExpirationDate !== undefined &&
    expirationDate !== null &&
    Date.parse(existing.ExpirationDate) === expiryInstant(expirationDate, timeZone);
  const newExpiry = expirationDate !== null && expiring && !sameExpiry;
  return { user, existing, status: newExpiry ? 'updateExpiration' : 'alreadyAssigned' };
}

/** The expiry as the assignment will carry it; an invalid one (blocked) as given. */
function instantText(expirationDate: string | null, timeZone: string | undefined): string | null {
  if (expirationDate === null) return null;
  const instant = expiryInstant(expirationDate, timeZone);
  return Number.isNaN(instant) ? expirationDate : new Date(instant).toISOString();
}

/** A valid expiry lies after the facts' instant; invalid is a bad-input blocker. */
function checkedExpiration(
  facts: Facts,
  request: AssignmentPlanRequest,
  options: PlanOptions,
  messages: PlanMessages
): string | null {
  const expirationDate = request.action === 'assign' ? (request.expirationDate ?? null) : null;
  if (expirationDate === null) return null;
  const now = options.now ?? facts.capturedAt ?? new Date();
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const expiry = ISO_DATE.test(expirationDate)
    ? expiryInstant(expirationDate, options.timeZone)
    : Number.NaN;
  if (Number.isNaN(expiry) || !(expiry > nowMs)) {
    messages.block('INVALID_EXPIRATION_DATE', 'badInput', { expirationDate });
  }
  return expirationDate;
}

/** One user's blocker: its code and the short row text (ROW_<code>) in words. */
interface RowBlocker {
  readonly code: string;
  readonly text: string;
}

/** Licence rules for users who would newly get the set. Returns their blockers by user Id. */
function licenceChecks(
  facts: Facts,
  impact: Impact,
  permissionSet: PermissionSetRecord,
  name: string,
  gaining: readonly UserRecord[],
  messages: PlanMessages,
  options: PlanOptions
): Map<RecordId, RowBlocker[]> {
  const blockedBy = new Map<RecordId, RowBlocker[]>();
  const mark = (user: UserRecord, code: string, params: FindingParams) => {
    const text = renderPlanText(`ROW_${code}`, params, options.texts);
    blockedBy.set(user.Id, [...(blockedBy.get(user.Id) ?? []), { code, text }]);
  };
  const index = impact.index;
  if (permissionSet[MFA_UI] === true) {
    const free = gaining.filter((user) => {
      const pair = impact.evaluate(user.Id);
      return pair !== null && isLimitedAccessFree(pair.before);
    });
    const uiPermission = labelOf(facts, MFA_UI as MfaField);
    for (const user of free) mark(user, 'LIMITED_ACCESS_FREE_GETS_UI_MFA', { uiPermission });
    if (free.length > 0) {
      messages.block('LIMITED_ACCESS_FREE_GETS_UI_MFA', 'licence', { uiPermission }, null, free);
    }
  }
  const licenseId = permissionSet.LicenseId;
  if (!licenseId) return blockedBy;
  const licence = index.licenseById.get(licenseId);
  if (licence === undefined) {
    messages.note('PERMISSION_SET_LICENSE_NOT_CHECKED', 'warning', {
      permissionSet: name,
      licenseId
    });
    return blockedBy;
  }
  const mismatched = gaining.filter(
    (user) => index.profileById.get(user.ProfileId)?.UserLicenseId !== licenseId
  );
  for (const user of mismatched) {
    mark(user, 'LICENCE_MISMATCH', { permissionSet: name, license: licence.Name });
  }
  if (mismatched.length > 0) {
    messages.block(
      'LICENCE_MISMATCH',
      'licence',
      { permissionSet: name, license: licence.Name },
      permissionSet.Id,
      mismatched
    );
  }
  return blockedBy;
}

function emptyPlan(request: AssignmentPlanRequest, messages: PlanMessages): AssignmentPlan {
  return {
    kind: 'assignments',
    action: request.action,
    actingUserId: request.actingUserId ?? null,
    permissionSet: null,
    rows: [],
    affectedUsers: { count: 0, sample: [] },
    warnings: messages.warnings,
    blockers: sortBlockers(messages.blockers)
  };
}

export function planAssignments(
  facts: Facts,
  request: AssignmentPlanRequest,
  options: PlanOptions = {}
): AssignmentPlan {
  const index = indexFacts(facts);
  const messages = new PlanMessages(options);
  const permissionSet = index.permissionSetById.get(request.permissionSetId);
  if (permissionSet === undefined) {
    messages.block('UNKNOWN_PERMISSION_SET', 'badInput', { reference: request.permissionSetId });
    return emptyPlan(request, messages);
  }
  const name = rowName(index, permissionSet);
  if (permissionSet.IsOwnedByProfile || permissionSet.Type === 'Group') {
    const reason = permissionSet.IsOwnedByProfile
      ? "a profile's permission set"
      : "a permission set group's calculated permission set";
    messages.block('NOT_ASSIGNABLE', 'locked', { permissionSet: name, reason }, permissionSet.Id);
  }
  const expirationDate = checkedExpiration(facts, request, options, messages);
  const unique = [...new Set(request.userIds)];
  checkRowCount(unique.length, options, messages);
  const unknown = unique.filter((id) => !index.userById.has(id)).sort();
  if (unknown.length > 0)
    messages.block('UNKNOWN_USER', 'badInput', { userId: unknown.join(', ') });
  const users = unique.flatMap((id) => index.userById.get(id) ?? []).sort(compareUsers);
  const intents = users.map((user) =>
    intentFor(index, user, request, expirationDate, options.timeZone)
  );
  const removed = new Set<RecordId>();
  const added: PermissionSetAssignmentRecord[] = [];
  for (const intent of intents) {
    if (
      intent.existing !== null &&
      intent.status !== 'alreadyAssigned' &&
      intent.status !== 'notAssigned'
    ) {
      removed.add(intent.existing.Id);
    }
    if (intent.status === 'insert' || intent.status === 'updateExpiration') {
      added.push({
        Id: `new:${intent.user.Id}`,
        AssigneeId: intent.user.Id,
        PermissionSetId: permissionSet.Id,
        ExpirationDate: instantText(expirationDate, options.timeZone)
      });
    }
  }
  const impact = computeImpact(
    facts,
    {
      permissionSetValues: new Map(),
      addPermissionSets: [],
      removeAssignmentIds: removed,
      addAssignments: added
    },
    users.map((user) => user.Id),
    options
  );
  const gaining = intents
    .filter((intent) => intent.status === 'insert')
    .map((intent) => intent.user);
  const blockedBy = licenceChecks(facts, impact, permissionSet, name, gaining, messages, options);
  const actingUserId = request.actingUserId ?? null;
  const selfRemoval = intents.find(
    (intent) => intent.status === 'delete' && intent.user.Id === actingUserId
  );
  if (selfRemoval !== undefined) {
    messages.block(
      'ADMIN_REMOVES_OWN_ASSIGNMENT',
      'lockout',
      { user: selfRemoval.user.Username, permissionSet: name },
      permissionSet.Id
    );
  }
  const throughGroupOnly = intents
    .filter((intent) => intent.status === 'notAssigned')
    .map((intent) => intent.user)
    .filter((user) =>
      (index.assignmentsByUser.get(user.Id) ?? []).some((assignment) => {
        const groupId = groupIdOf(assignment, index.permissionSetById);
        return (
          groupId !== null &&
          (index.membersByGroup.get(groupId) ?? []).some((m) => m.Id === permissionSet.Id)
        );
      })
    );
  if (throughGroupOnly.length > 0) {
    messages.note(
      'REMOVE_ONLY_THROUGH_GROUP',
      'warning',
      { permissionSet: name },
      throughGroupOnly
    );
  }
  const ending = intents
    .filter((intent) => intent.status === 'insert' || intent.status === 'updateExpiration')
    .filter((intent) => !blockedBy.has(intent.user.Id))
    .map((intent) => intent.user);
  if (expirationDate !== null && ending.length > 0) {
    messages.note(
      'ACCESS_ENDS_ON_EXPIRY',
      'warning',
      { permissionSet: name, expirationDate },
      ending
    );
  }
  sharedChecks(facts, impact, actingUserId, messages);
  const rows = intents.map((intent): AssignmentRow => {
    const blockers = blockedBy.get(intent.user.Id) ?? [];
    return {
      ...planUser(intent.user),
      status: blockers.length > 0 ? 'blocked' : intent.status,
      assignmentId: intent.existing?.Id ?? null,
      expirationDate:
        intent.status === 'insert' || intent.status === 'updateExpiration'
          ? expirationDate
          : (intent.existing?.ExpirationDate ?? null),
      previousExpirationDate: intent.existing?.ExpirationDate ?? null,
      blockedBy: blockers.map((blocker) => blocker.code),
      blockedByTexts: blockers.map((blocker) => blocker.text)
    };
  });
  return {
    kind: 'assignments',
    action: request.action,
    actingUserId,
    permissionSet: { id: permissionSet.Id, name },
    rows,
    affectedUsers: affectedUsersOf(impact.affected, options),
    warnings: messages.warnings,
    blockers: sortBlockers(messages.blockers)
  };
}
