// planMfaEdits: the preview of a bulk edit of the four MFA permissions. Pure and deterministic:
// rows sorted by name, users by Name, whatever the order of the records or of the edits.
import { compareText } from './compare';
import { indexFacts } from './indexes';
import type { FactIndex } from './indexes';
import {
  applyWithDependencies,
  fieldOrder,
  isFieldAvailable,
  labelOf,
  metadataNameOf,
  mfaValuesOf,
  parseMfaField,
  plannedChanges
} from './planFields';
import { affectedUsersOf, computeImpact } from './planImpact';
import { profileActions } from './planProfileActions';
import { classifyPermissionSet, holdersOf, resolvePermissionSet, rowName } from './planRows';
import type {
  MfaEdit,
  MfaEditPlan,
  MfaEditRequest,
  MfaField,
  PlanOptions,
  PlanRow,
  PlannedChange,
  ProfileAction,
  RowStatus
} from './planTypes';
import { PlanMessages, checkRowCount, sharedChecks, sortBlockers } from './planWarnings';
import { MFA_API, MFA_UI } from './tracked';
import type { Facts, PermissionSetRecord, RecordId } from './types';

interface RequestedRow {
  readonly permissionSet: PermissionSetRecord;
  readonly explicit: Map<MfaField, boolean>;
  /** Fields asked both on and off. */
  readonly contradictions: Set<MfaField>;
  readonly expected: Set<string>;
}

function edited(row: RequestedRow, field: MfaField, value: boolean): void {
  const existing = row.explicit.get(field);
  if (existing !== undefined && existing !== value) {
    row.contradictions.add(field);
  }
  row.explicit.set(field, value);
}

/** Groups the edits by permission set; unknown sets and fields become bad-input blockers. */
function collectEdits(
  facts: Facts,
  index: FactIndex,
  edits: readonly MfaEdit[],
  messages: PlanMessages
): RequestedRow[] {
  const rows = new Map<RecordId, RequestedRow>();
  const reported = new Set<string>();
  const blockOnce = (code: string, params: Record<string, string>) => {
    const key = `${code}|${JSON.stringify(params)}`;
    if (!reported.has(key)) messages.block(code, 'badInput', params);
    reported.add(key);
  };
  for (const edit of edits) {
    const field = parseMfaField(edit.field);
    if (field === null) {
      blockOnce('UNKNOWN_FIELD', { field: edit.field });
      continue;
    }
    if (!isFieldAvailable(facts, field)) {
      blockOnce('FIELD_NOT_AVAILABLE', { field, permission: labelOf(facts, field) });
      continue;
    }
    const resolution = resolvePermissionSet(index, edit);
    if ('problem' in resolution) {
      blockOnce(resolution.problem, {
        reference: edit.permissionSetId || edit.permissionSetName || ''
      });
      continue;
    }
    const permissionSet = resolution.found;
    let row = rows.get(permissionSet.Id);
    if (row === undefined) {
      row = { permissionSet, explicit: new Map(), contradictions: new Set(), expected: new Set() };
      rows.set(permissionSet.Id, row);
    }
    edited(row, field, edit.value === true);
    if (edit.expectedLastModified) row.expected.add(edit.expectedLastModified);
  }
  return [...rows.values()];
}

interface RowDraft {
  readonly requested: RequestedRow;
  readonly name: string;
  readonly status: RowStatus;
  readonly changes: readonly PlannedChange[];
  readonly expectedLastModified: string | null;
}

function draftRow(
  facts: Facts,
  index: FactIndex,
  requested: RequestedRow,
  messages: PlanMessages,
  options: PlanOptions
): RowDraft {
  const permissionSet = requested.permissionSet;
  const name = rowName(index, permissionSet);
  const { lockReason, kind } = classifyPermissionSet(permissionSet);
  const before = mfaValuesOf(permissionSet);
  const outcome = applyWithDependencies(before, requested.explicit);
  const lastModified = (permissionSet as { readonly LastModifiedDate?: string | null })
    .LastModifiedDate;
  const expected = [...requested.expected].sort();
  const draft = { requested, name, expectedLastModified: expected[0] ?? lastModified ?? null };
  const contradictions = [...requested.contradictions]
    .sort((a, b) => fieldOrder(a) - fieldOrder(b))
    .map((field) => `${metadataNameOf(field)} both on and off`);
  // Only without contradictions does the outcome not depend on the order of the edits.
  if (contradictions.length === 0 && outcome.conflict)
    contradictions.push(
      `${metadataNameOf(MFA_API as MfaField)} on with ${metadataNameOf(MFA_UI as MfaField)} off`
    );
  if (contradictions.length > 0) {
    messages.block(
      'CONFLICTING_EDITS',
      'conflict',
      {
        permissionSet: name,
        detail: contradictions.join('; '),
        uiPermission: labelOf(facts, MFA_UI as MfaField),
        apiPermission: labelOf(facts, MFA_API as MfaField)
      },
      permissionSet.Id
    );
    return { ...draft, status: 'conflict', changes: [] };
  }
  if (expected.length > 1) {
    messages.block(
      'CONFLICTING_EXPECTED_LAST_MODIFIED',
      'conflict',
      { permissionSet: name, detail: expected.join(', ') },
      permissionSet.Id
    );
    return { ...draft, status: 'conflict', changes: [] };
  }
  const changes = plannedChanges(
    facts,
    { id: permissionSet.Id, name },
    before,
    outcome,
    options.texts
  );
  if (changes.length === 0) return { ...draft, status: 'noChange', changes };
  if (lockReason !== null) {
    messages.block(
      lockReason,
      'locked',
      { permissionSet: name, namespace: permissionSet.NamespacePrefix ?? '' },
      permissionSet.Id
    );
    return { ...draft, status: 'locked', changes };
  }
  return { ...draft, status: kind === 'profile' ? 'profileAction' : 'applicable', changes };
}

function carriedOut(draft: RowDraft): boolean {
  return draft.status === 'applicable' || draft.status === 'profileAction';
}

function finishRow(index: FactIndex, draft: RowDraft, affectedIds: ReadonlySet<RecordId>): PlanRow {
  const permissionSet = draft.requested.permissionSet;
  let affectedUserCount = 0;
  if (carriedOut(draft)) {
    for (const userId of holdersOf(index, permissionSet)) {
      if (affectedIds.has(userId)) affectedUserCount += 1;
    }
  }
  const { kind, lockReason } = classifyPermissionSet(permissionSet);
  return {
    permissionSetId: permissionSet.Id,
    name: draft.name,
    label: permissionSet.IsOwnedByProfile ? null : (permissionSet.Label ?? null),
    kind,
    status: draft.status,
    lockReason: draft.status === 'locked' ? lockReason : null,
    profileId: permissionSet.IsOwnedByProfile ? (permissionSet.ProfileId ?? null) : null,
    changes: draft.changes,
    expectedLastModified: draft.expectedLastModified,
    affectedUserCount
  };
}

/** Infos and warnings about how the rows are carried out (groups, profiles). */
function rowNotes(
  index: FactIndex,
  drafts: readonly RowDraft[],
  actions: readonly ProfileAction[],
  messages: PlanMessages
): void {
  const inGroups = drafts.filter(
    (draft) =>
      draft.status === 'applicable' &&
      (index.groupsByMember.get(draft.requested.permissionSet.Id)?.length ?? 0) > 0
  );
  if (inGroups.length > 0) {
    const groups = new Set(
      inGroups.flatMap((draft) =>
        (index.groupsByMember.get(draft.requested.permissionSet.Id) ?? []).map(
          (groupId) => index.groupById.get(groupId)?.DeveloperName ?? groupId
        )
      )
    );
    messages.note('GROUPS_RECALCULATED', 'info', {
      permissionSets: inGroups.map((draft) => draft.name).join(', '),
      groups: [...groups].sort(compareText).join(', ')
    });
  }
  for (const action of actions) {
    if (action.kind === 'changeInSetup') {
      messages.note('PROFILE_CHANGE_IN_SETUP', 'warning', {
        profile: action.profileName,
        permissions: action.params.permissions
      });
    } else {
      messages.note('PROFILE_GRANT_THROUGH_PERMISSION_SET', 'info', action.params);
    }
  }
}

export function planMfaEdits(
  facts: Facts,
  request: MfaEditRequest,
  options: PlanOptions = {}
): MfaEditPlan {
  const index = indexFacts(facts);
  const messages = new PlanMessages(options);
  const drafts = collectEdits(facts, index, request.edits, messages)
    .map((requested) => draftRow(facts, index, requested, messages, options))
    .sort(
      (a, b) =>
        compareText(a.name, b.name) ||
        compareText(a.requested.permissionSet.Id, b.requested.permissionSet.Id)
    );
  const permissionSetValues = new Map<RecordId, Partial<Record<MfaField, boolean>>>();
  const candidates = new Set<RecordId>();
  for (const draft of drafts.filter(carriedOut)) {
    const values: Partial<Record<MfaField, boolean>> = {};
    for (const change of draft.changes) values[change.field] = change.after;
    permissionSetValues.set(draft.requested.permissionSet.Id, values);
    for (const userId of holdersOf(index, draft.requested.permissionSet)) candidates.add(userId);
  }
  const impact = computeImpact(
    facts,
    {
      permissionSetValues,
      addPermissionSets: [],
      removeAssignmentIds: new Set(),
      addAssignments: []
    },
    candidates,
    options
  );
  const actionContext = {
    facts,
    index,
    options,
    editedSetIds: new Set(permissionSetValues.keys())
  };
  const actions = drafts
    .filter((draft) => draft.status === 'profileAction')
    .flatMap((draft) =>
      profileActions(actionContext, draft.requested.permissionSet, draft.name, draft.changes)
    );
  const affectedIds = new Set(impact.affected.map((user) => user.user.Id));
  const rows = drafts.map((draft) => finishRow(index, draft, affectedIds));
  rowNotes(index, drafts, actions, messages);
  const actingUserId = request.actingUserId ?? null;
  sharedChecks(facts, impact, actingUserId, messages);
  const changes = rows.filter((row) => row.status === 'applicable').flatMap((row) => row.changes);
  // The changes Apex writes in one change set; each profile grant is its own (its blockers).
  checkRowCount(changes.length, options, messages);
  return {
    kind: 'mfaEdits',
    actingUserId,
    rows,
    changes,
    profileActions: actions,
    affectedUsers: affectedUsersOf(impact.affected, options),
    warnings: messages.warnings,
    blockers: sortBlockers(messages.blockers)
  };
}
