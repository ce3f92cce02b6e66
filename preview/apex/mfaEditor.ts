// Ports of the bulk MFA editor's Apex (MfaEditorRowsService, MfaEditorService, MfaEditorRules,
// MfaEditorLockout, MfaEditorHistory, MfaEditorCursor) over the in-memory org: the grid's rows,
// field changes applied all-or-nothing with stale checks, the MFA dependency and the lockout
// guard, and the change-set history with undo. The history is an in-memory MFA_Change_Set__c.
// Every MfaEditorController method has a stand-in.
import { isLimitedAccessFreeLicenseName } from '../../force-app/main/default/lwc/accessEngine/findings';
import { DmlException, format, newId, sameId, toId18 } from './platform';
import type { OrgRecord } from './org';
import {
  ADMIN_CUSTOM_PERMISSION,
  AUTHORITY_FIELDS,
  Authority,
  MANAGE_PERMISSION_SETS,
  availableFieldNames,
  errorOf,
  labelOf,
  optionalId,
  requireId
} from './services';
import type { Transaction } from './services';
import type { ApexRecord } from './selector';

export const MFA_UI = 'PermissionsForceTwoFactor';
export const MFA_API = 'PermissionsTwoFactorApi';
const MANAGE_MFA_UI = 'PermissionsDelegatedTwoFactor';
const MANAGE_MFA_API = 'PermissionsManageTwoFactor';
const API_ONLY = 'PermissionsApiUserOnly';
const EDITABLE_FIELDS = [MFA_UI, MFA_API, MANAGE_MFA_UI, MANAGE_MFA_API];
const CONTEXT_FIELDS = [API_ONLY, 'PermissionsApiEnabled'];
const NEVER_GAIN = [MFA_API, API_ONLY];
const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;
/**
 * MfaEditorHistory.MAX_ROWS: a change set is one transaction (its governor limits give the
 * number, see the Apex); its history is the MFA_Change_Set__c record plus its rows' JSON in
 * ordered MFA_Change_Set_Part__c records. Bigger change sets are refused.
 */
const MAX_ROWS = 2000;
const MAX_CHANGES = MAX_ROWS;
const MAX_USERS = MAX_ROWS;
const MAX_HISTORY = 200;
/** MFA_Change_Set_Part__c.Json__c's length (describe in the org). */
const PART_LENGTH = 131072;
const KIND_FIELD_CHANGE = 'fieldChange';
const KIND_DELETE_SET = 'deleteSet';
const HISTORY = 'MFA_Change_Set__c' as const;
const HISTORY_PART = 'MFA_Change_Set_Part__c' as const;

const LOCK_PROFILE = 'LOCKED_PROFILE';
const LOCK_GROUP = 'LOCKED_GROUP_AGGREGATE';
const LOCK_MANAGED = 'LOCKED_MANAGED_PACKAGE';
const LOCK_STANDARD = 'LOCKED_STANDARD_SET';
const KIND_BY_LOCK: Record<string, string> = {
  [LOCK_PROFILE]: 'profile',
  [LOCK_GROUP]: 'groupAggregate',
  [LOCK_MANAGED]: 'managedPackage',
  [LOCK_STANDARD]: 'standardSet'
};
const KIND_FILTERS: Record<string, ((s: OrgRecord) => boolean) | null> = {
  all: null,
  profile: (s) => s.IsOwnedByProfile === true,
  group: (s) => !!s.PermissionSetGroupId,
  permissionSet: (s) => s.IsOwnedByProfile !== true && !s.PermissionSetGroupId,
  editable: (s) =>
    s.IsOwnedByProfile !== true &&
    !s.PermissionSetGroupId &&
    !s.NamespacePrefix &&
    s.IsCustom === true
};

// ---- MfaEditorRules --------------------------------------------------------------------------

function editableFields(tx: Transaction): string[] {
  const org = availableFieldNames(tx.org);
  return EDITABLE_FIELDS.filter((f) => org.includes(f));
}

function rowFields(tx: Transaction): string[] {
  const org = availableFieldNames(tx.org);
  return [...editableFields(tx), ...CONTEXT_FIELDS.filter((f) => org.includes(f))];
}

function lockReason(row: OrgRecord): string | null {
  if (row.IsOwnedByProfile === true) return LOCK_PROFILE;
  if (row.PermissionSetGroupId || row.Type === 'Group') return LOCK_GROUP;
  if (row.NamespacePrefix) return LOCK_MANAGED;
  if (row.IsCustom !== true) return LOCK_STANDARD;
  return null;
}

function lockMessage(tx: Transaction, reason: string | null, row: OrgRecord): string | null {
  if (reason === LOCK_PROFILE) return tx.labels.get('MfaEditor_Lock_Profile');
  if (reason === LOCK_GROUP) return tx.labels.get('MfaEditor_Lock_Group');
  if (reason === LOCK_MANAGED)
    return format(tx.labels.get('MfaEditor_Lock_Managed'), [row.NamespacePrefix]);
  return reason === LOCK_STANDARD ? tx.labels.get('MfaEditor_Lock_Standard') : null;
}

function displayName(tx: Transaction, row: OrgRecord): string {
  if (row.IsOwnedByProfile === true) {
    const profile = tx.org.byId('Profile', row.ProfileId as string);
    if (profile?.Name) return String(profile.Name);
  }
  return String(row.Name);
}

function valuesOf(row: OrgRecord, fields: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(fields.map((f) => [f, row[f] === true]));
}

/** The platform stamps LastModifiedDate; a snapshot without it is judged at its capture time. */
function lastModified(tx: Transaction, row: OrgRecord): string {
  return String(row.LastModifiedDate ?? tx.org.capturedAt ?? '1970-01-01T00:00:00.000Z');
}

function sameInstant(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);
}

function requirePermissionEditor(tx: Transaction, authority: Authority): void {
  authority.requireUserPermission(MANAGE_PERMISSION_SETS);
  // requireHistoryWritable: MFA_Change_Set__c is always creatable in the preview.
  void tx;
}

// ---- MfaEditorCursor -------------------------------------------------------------------------

function decodeCursor(
  tx: Transaction,
  value: string | null | undefined
): { name: string; id: string } | null {
  if (!value || !value.trim()) return null;
  const at = value.lastIndexOf('/');
  const id = at > 0 ? toId18(value.slice(at + 1)) : null;
  if (!id || id.slice(0, 3) !== '0PS') throw errorOf(tx, 'MfaEditor_Error_BadCursor', [value]);
  return { name: value.slice(0, at), id };
}

// ---- MfaEditorRowsService.page ---------------------------------------------------------------

export function listPermissionRows(
  tx: Transaction,
  afterName: string | null,
  pageSize: number | null,
  searchTerm: string | null,
  kindFilter: string | null
) {
  new Authority(tx).requireViewer();
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw errorOf(tx, 'MfaEditor_Error_PageSize', [MAX_PAGE_SIZE]);
  const kind = kindFilter && kindFilter.trim() ? kindFilter : 'all';
  if (!(kind in KIND_FILTERS)) throw errorOf(tx, 'MfaEditor_Error_BadKind', [kindFilter]);
  const cursor = decodeCursor(tx, afterName);
  const fields = rowFields(tx);
  const term = searchTerm?.trim().toLowerCase() ?? '';
  const filter = KIND_FILTERS[kind];
  // SOQL: ORDER BY Name, Id with the keyset condition; LIKE is case-insensitive.
  const sets = tx.org
    .where('PermissionSet', (s) => {
      if (filter && !filter(s)) return false;
      if (term) {
        const profileName = String(tx.org.byId('Profile', s.ProfileId as string)?.Name ?? '');
        if (
          ![s.Name, s.Label, profileName].some((v) =>
            String(v ?? '')
              .toLowerCase()
              .includes(term)
          )
        )
          return false;
      }
      if (cursor) {
        const name = String(s.Name);
        return name > cursor.name || (name === cursor.name && s.Id > cursor.id);
      }
      return true;
    })
    .sort((a, b) =>
      String(a.Name) < String(b.Name)
        ? -1
        : String(a.Name) > String(b.Name)
          ? 1
          : a.Id < b.Id
            ? -1
            : 1
    )
    .slice(0, size + 1);

  const page: {
    rows: Apex.MfaEditorRow[];
    fields: string[];
    editableFields: string[];
    nextAfterName?: string;
    pageSize: number;
  } = {
    rows: [],
    fields,
    editableFields: editableFields(tx),
    pageSize: size
  };
  if (sets.length > size) {
    sets.length = size;
    const last = sets[size - 1];
    page.nextAfterName = `${String(last.Name)}/${last.Id}`;
  }
  const activeUsers = tx.org.where('User', (u) => u.IsActive === true);
  const activeIds = new Set(activeUsers.map((u) => u.Id.slice(0, 15)));
  for (const row of sets) {
    const count =
      row.IsOwnedByProfile === true
        ? activeUsers.filter((u) => sameId(u.ProfileId as string, row.ProfileId as string)).length
        : tx.org.where(
            'PermissionSetAssignment',
            (a) =>
              sameId(a.PermissionSetId as string, row.Id) &&
              activeIds.has(String(a.AssigneeId).slice(0, 15))
          ).length;
    const reason = lockReason(row);
    const name = displayName(tx, row);
    const str = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
    const bool = (v: unknown) => (v === null || v === undefined ? undefined : v === true);
    // Typed by the generated contract: a renamed or retyped Apex field fails tsc here.
    const out: Apex.MfaEditorRow = {
      id: row.Id,
      name,
      label: row.IsOwnedByProfile === true ? name : str(row.Label),
      kind: reason === null ? 'permissionSet' : KIND_BY_LOCK[reason],
      profileId: str(row.ProfileId),
      type: str(row.Type),
      isOwnedByProfile: row.IsOwnedByProfile === true,
      isCustom: bool(row.IsCustom),
      namespacePrefix: str(row.NamespacePrefix),
      permissionSetGroupId: str(row.PermissionSetGroupId),
      licenseId: str(row.LicenseId),
      hasActivationRequired: bool(row.HasActivationRequired),
      lastModifiedDate: lastModified(tx, row),
      lockReason: reason ?? undefined,
      locked: reason !== null,
      lockMessage: lockMessage(tx, reason, row) ?? undefined,
      assigneeCount: count,
      values: valuesOf(row, fields)
    };
    // Apex leaves null fields out of the JSON; undefined members vanish the same way.
    page.rows.push(out);
  }
  return page;
}

// ---- MfaEditorLockout (field changes) --------------------------------------------------------

function guardedFields(tx: Transaction): string[] {
  const present = (f: string) => tx.org.all('PermissionSet').some((s) => f in s);
  return [MFA_API, API_ONLY, MANAGE_MFA_UI, MANAGE_MFA_API, ...AUTHORITY_FIELDS].filter(present);
}

function checkLockout(
  tx: Transaction,
  newValues: Map<string, Record<string, boolean>>,
  removedSetIds: ReadonlySet<string> = new Set(),
  addedSets: readonly OrgRecord[] = []
): void {
  const fields = guardedFields(tx);
  const assignments = (() => {
    try {
      return tx.selector.currentAssignments(tx.callerId, [
        'Id',
        'Name',
        'PermissionSetGroupId',
        'HasActivationRequired',
        ...fields
      ]);
    } catch {
      throw errorOf(tx, 'WhyApiOnly_Error_CannotCheckLockout');
    }
  })();
  const direct: ApexRecord[] = [];
  const groups = new Map<
    string,
    { aggregate: ApexRecord; members: ApexRecord[]; muting: ApexRecord | null }
  >();
  for (const a of assignments) {
    const source = a.PermissionSet as ApexRecord | undefined;
    if (!source || source.HasActivationRequired === true) continue;
    const groupId = (a.PermissionSetGroupId ?? source.PermissionSetGroupId) as string | undefined;
    if (!groupId) direct.push(source);
    else groups.set(String(groupId), { aggregate: source, members: [], muting: null });
  }
  for (const c of tx.selector.groupComponents(
    new Set(groups.keys()),
    ['Id', 'Name', ...fields],
    'USER_MODE'
  )) {
    const entry = [...groups.entries()].find(([g]) =>
      sameId(g, c.PermissionSetGroupId as string)
    )?.[1];
    if (!entry) continue;
    if (c.PermissionSet) entry.members.push(c.PermissionSet as ApexRecord);
    else {
      const muting = tx.selector.mutingSets(
        new Set([String(c.PermissionSetId)]),
        fields,
        'USER_MODE'
      )[0];
      if (muting) entry.muting = muting;
    }
  }
  const valueOf = (
    source: ApexRecord,
    field: string,
    edits: Map<string, Record<string, boolean>>
  ) => {
    const edited = [...edits.entries()].find(([id]) => sameId(id, source.Id as string))?.[1];
    if (edited && field in edited) return edited[field] === true;
    return source[field] === true;
  };
  const removed = (id: unknown) => [...removedSetIds].some((r) => sameId(r, id as string));
  const holds = (
    field: string,
    edits: Map<string, Record<string, boolean>>,
    withChanges: boolean
  ) =>
    direct.some((s) => !(withChanges && removed(s.Id)) && valueOf(s, field, edits)) ||
    (withChanges &&
      addedSets.some((s) => s.HasActivationRequired !== true && valueOf(s, field, edits))) ||
    [...groups.values()].some(({ aggregate, members, muting }) => {
      if (muting && muting[field] === true) return false;
      if (members.length === 0) return aggregate[field] === true;
      return members.some((m) => valueOf(m, field, edits));
    });
  const none = new Map<string, Record<string, boolean>>();
  for (const field of fields) {
    const before = holds(field, none, false);
    const after = holds(field, newValues, true);
    if (NEVER_GAIN.includes(field) && !before && after) {
      throw errorOf(tx, 'MfaEditor_Error_LockoutGain', [labelOf(tx.org, field)]);
    }
    if (!NEVER_GAIN.includes(field) && before && !after) {
      throw errorOf(tx, 'MfaEditor_Error_LockoutLoss', [labelOf(tx.org, field)]);
    }
  }
  // Losing the app's admin custom permission by removing a set that grants it.
  if (removedSetIds.size && new Authority(tx).hasAdminCustomPermission()) {
    if (tx.selector.setsGrantingCustomPermission(removedSetIds, ADMIN_CUSTOM_PERMISSION).size === 0)
      return;
    const remaining = new Set<string>([...direct, ...addedSets].map((s) => String(s.Id)));
    for (const { aggregate, members } of groups.values()) {
      remaining.add(String(aggregate.Id));
      members.forEach((m) => remaining.add(String(m.Id)));
    }
    for (const id of [...remaining]) if (removed(id)) remaining.delete(id);
    if (tx.selector.setsGrantingCustomPermission(remaining, ADMIN_CUSTOM_PERMISSION).size === 0) {
      throw errorOf(tx, 'WhyApiOnly_Error_WouldLockOut', [ADMIN_CUSTOM_PERMISSION]);
    }
  }
}

// ---- MfaEditorService ------------------------------------------------------------------------

interface ChangeInput {
  permissionSetId?: string | null;
  field?: string | null;
  newValue?: boolean | null;
  expectedLastModified?: string | null;
  expectedValue?: boolean | null;
}

interface Planned {
  setId: string;
  field: string;
  newValue: boolean;
  expectedLastModified: string;
  expectedValue: boolean | null;
  outcome: { -readonly [K in keyof Apex.MfaEditorOutcome]: Apex.MfaEditorOutcome[K] };
}

function parseChanges(
  tx: Transaction,
  changes: readonly ChangeInput[] | null | undefined
): Planned[] {
  if (!changes || changes.length === 0) throw errorOf(tx, 'MfaEditor_Error_NoChanges');
  if (changes.length > MAX_CHANGES)
    throw errorOf(tx, 'MfaEditor_Error_TooManyChanges', [MAX_CHANGES, changes.length]);
  const seen = new Set<string>();
  return changes.map((change, i) => {
    if (
      !change ||
      change.newValue === null ||
      change.newValue === undefined ||
      !change.expectedLastModified
    ) {
      throw errorOf(tx, 'MfaEditor_Error_ChangeIncomplete', [i + 1]);
    }
    const setId = requireId(tx, change.permissionSetId, 'PermissionSet', 'permissionSetId');
    if (!change.field || !editableFields(tx).includes(change.field)) {
      throw errorOf(tx, 'MfaEditor_Error_FieldNotEditable', [String(change.field ?? null)]);
    }
    const key = `${setId.slice(0, 15)}.${change.field}`;
    if (seen.has(key)) throw errorOf(tx, 'MfaEditor_Error_DuplicateChange', [change.field, setId]);
    seen.add(key);
    return {
      setId,
      field: change.field,
      newValue: change.newValue === true,
      expectedLastModified: change.expectedLastModified,
      expectedValue: change.expectedValue ?? null,
      outcome: {}
    };
  });
}

function apply(tx: Transaction, planned: Planned[], undoesId: string | null) {
  const fields = editableFields(tx);
  const current = new Map<string, OrgRecord>();
  const stale: string[] = [];
  for (const change of planned) {
    const row = tx.org.byId('PermissionSet', change.setId);
    if (!row) throw errorOf(tx, 'MfaEditor_Error_SetNotFound', [change.setId]);
    current.set(change.setId, row);
    const reason = lockReason(row);
    if (reason)
      throw errorOf(tx, 'MfaEditor_Error_Locked', [
        displayName(tx, row),
        lockMessage(tx, reason, row)
      ]);
    const name = displayName(tx, row);
    const valueChanged =
      change.expectedValue !== null && (row[change.field] === true) !== change.expectedValue;
    if (
      (!sameInstant(lastModified(tx, row), change.expectedLastModified) || valueChanged) &&
      !stale.includes(name)
    )
      stale.push(name);
  }
  if (stale.length) throw errorOf(tx, 'MfaEditor_Error_Stale', [stale.join(', ')]);

  const after = new Map<string, Record<string, boolean>>();
  for (const change of planned) {
    if (!after.has(change.setId))
      after.set(change.setId, valuesOf(current.get(change.setId) as OrgRecord, fields));
    (after.get(change.setId) as Record<string, boolean>)[change.field] = change.newValue;
  }
  for (const [setId, values] of after) {
    if (values[MFA_API] === true && values[MFA_UI] !== true) {
      throw errorOf(tx, 'MfaEditor_Error_Dependency', [
        String((current.get(setId) as OrgRecord).Name),
        labelOf(tx.org, MFA_API),
        labelOf(tx.org, MFA_UI)
      ]);
    }
  }
  checkLockout(tx, after);

  const outcomes: Apex.MfaEditorOutcome[] = [];
  const result: { -readonly [K in keyof Apex.MfaEditorResult]: Apex.MfaEditorResult[K] } = {
    success: false,
    kind: KIND_FIELD_CHANGE,
    created: false,
    outcomes
  };
  const updates = new Map<string, Record<string, unknown> & { Id: string }>();
  for (const change of planned) {
    const row = current.get(change.setId) as OrgRecord;
    const before = row[change.field] === true;
    change.outcome = {
      permissionSetId: row.Id,
      permissionSetName: displayName(tx, row),
      field: change.field,
      beforeValue: before,
      afterValue: change.newValue
    };
    outcomes.push(change.outcome);
    if (before === change.newValue) {
      change.outcome.status = 'unchanged';
      continue;
    }
    if (!updates.has(row.Id)) updates.set(row.Id, { Id: row.Id });
    (updates.get(row.Id) as Record<string, unknown>)[change.field] = change.newValue;
  }
  if (updates.size === 0) {
    result.success = true;
    return result;
  }
  const beforeModified = new Map([...current].map(([id, row]) => [id, lastModified(tx, row)]));
  // Database.update(rows, false, USER_MODE) in a savepoint: all rows or none.
  const errors = new Map<string, string>();
  if (!new Authority(tx).hasUserPermission(MANAGE_PERMISSION_SETS)) {
    for (const id of updates.keys())
      errors.set(id, 'INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id');
  } else {
    for (const change of updates.values()) {
      try {
        tx.org.validateUpdate('PermissionSet', change);
      } catch (e) {
        if (e instanceof DmlException)
          errors.set(change.Id, `${e.error.statusCode}: ${e.error.message}`);
        else throw e;
      }
    }
    if (errors.size === 0) tx.org.update('PermissionSet', [...updates.values()]);
  }
  for (const change of planned) {
    if (change.outcome.status === 'unchanged') continue;
    const rowFailed = errors.has(change.setId);
    change.outcome.status = errors.size === 0 ? 'applied' : rowFailed ? 'failed' : 'rolledBack';
    if (rowFailed) change.outcome.message = errors.get(change.setId);
    else if (errors.size) change.outcome.message = tx.labels.get('MfaEditor_Outcome_RolledBack');
  }
  if (errors.size) {
    result.message = tx.labels.get('MfaEditor_Result_RolledBack');
    return result;
  }
  result.success = true;
  const fieldRows = planned
    .filter((c) => c.outcome.status === 'applied')
    .map((c) => ({
      permissionSetId: c.setId,
      permissionSetName: c.outcome.permissionSetName,
      field: c.field,
      before: c.outcome.beforeValue,
      after: c.outcome.afterValue,
      beforeLastModified: beforeModified.get(c.setId),
      afterLastModified: lastModified(tx, tx.org.byId('PermissionSet', c.setId) as OrgRecord)
    }));
  recordHistory(
    tx,
    { version: 1, kind: KIND_FIELD_CHANGE, fieldRows, assignmentRows: [] },
    undoesId,
    result
  );
  return result;
}

export function applyChanges(tx: Transaction, changes: readonly ChangeInput[] | null | undefined) {
  requirePermissionEditor(tx, new Authority(tx));
  return apply(tx, parseChanges(tx, changes), null);
}

// ---- MfaEditorHistory ------------------------------------------------------------------------

interface HistoryEntry {
  version: number;
  kind: string;
  permissionSetId?: string;
  permissionSetName?: string;
  field?: string;
  cloneId?: string;
  cloneName?: string;
  /** The set this change set created (undo deletes it), and its LastModifiedDate after it. */
  createdSetId?: string;
  createdSetLastModified?: string;
  fieldRows: {
    permissionSetId: string;
    permissionSetName: unknown;
    field: string;
    before: unknown;
    after: unknown;
    beforeLastModified?: string;
    afterLastModified?: string;
  }[];
  assignmentRows: AssignmentRow[];
}

interface AssignmentRow {
  action: string | null;
  userId: string;
  userName: string;
  permissionSetId: string;
  assignmentId?: string | null;
  expirationDate?: string | null;
  previousExpirationDate?: string | null;
}

let changeSetNumber = 0;

/** JSON.serialize(entry, true): nulls left out. */
function serialize(entry: HistoryEntry): string {
  return JSON.stringify(entry, (_, v: unknown) => (v === null ? undefined : v));
}

/** MfaEditorHistory.split: ordered parts, never cut next to whitespace or in a surrogate pair. */
export function splitHistory(json: string, partLength: number): string[] {
  const isCut = (position: number) => {
    const code = json.charCodeAt(position - 1);
    return (
      !/\s/.test(json.slice(position - 1, position + 1)) && !(code >= 0xd800 && code <= 0xdbff)
    );
  };
  const parts: string[] = [];
  for (let start = 0; start < json.length;) {
    let stop = Math.min(start + partLength, json.length);
    while (stop < json.length && stop > start + 1 && !isCut(stop)) stop -= 1;
    parts.push(json.slice(start, stop));
    start = stop;
  }
  return parts;
}

function recordHistory(
  tx: Transaction,
  entry: HistoryEntry,
  undoesId: string | null,
  result: { changeSetKey?: string; jobId?: string }
): void {
  const key = [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  const names = new Set(entry.fieldRows.map((r) => String(r.permissionSetName)));
  if (entry.permissionSetName) names.add(entry.permissionSetName);
  if (entry.cloneName) names.add(entry.cloneName);
  const rowCount = entry.fieldRows.length + entry.assignmentRows.length;
  const parts = splitHistory(serialize(entry), PART_LENGTH);
  changeSetNumber += 1;
  const id = newId(HISTORY);
  // The Apex writes the record and its parts from a Queueable; here they are written at once.
  tx.org.insertRecord(HISTORY, {
    Id: id,
    Name: `CS-${String(changeSetNumber).padStart(6, '0')}`,
    Key__c: key,
    Kind__c: entry.kind,
    Status__c: 'Applied',
    Applied_At__c: new Date().toISOString(),
    Applied_By__c: tx.callerId,
    Undoes__c: undoesId,
    Row_Count__c: rowCount,
    Summary__c: format(tx.labels.get('MfaEditor_History_Summary'), [
      entry.kind,
      [...names].join(', '),
      rowCount
    ]).slice(0, 255),
    Part_Count__c: parts.length,
    // The entry without its rows: they are in the parts.
    Changes_Json__c: serialize({ ...entry, fieldRows: [], assignmentRows: [] })
  });
  parts.forEach((json, index) =>
    tx.org.insertRecord(HISTORY_PART, {
      Id: newId(HISTORY_PART),
      Change_Set__c: id,
      Index__c: index,
      Json__c: json
    })
  );
  if (undoesId) {
    const undone = tx.org.byId(HISTORY, undoesId);
    if (undone) undone.Status__c = 'Undone';
  }
  result.changeSetKey = key;
  result.jobId = newId('AsyncApexJob');
}

function parseEntry(json: unknown): HistoryEntry | null {
  if (typeof json !== 'string' || !json.trim()) return null;
  try {
    return JSON.parse(json) as HistoryEntry;
  } catch {
    return null;
  }
}

/** MfaEditorHistory.entryOf: the parts joined in order, else Changes_Json__c (before parts). */
function entryOf(tx: Transaction, record: OrgRecord): HistoryEntry | null {
  if (record.Part_Count__c === null || record.Part_Count__c === undefined)
    return parseEntry(record.Changes_Json__c);
  const parts = tx.org
    .where(HISTORY_PART, (part) => sameId(part.Change_Set__c as string, record.Id))
    .sort((a, b) => Number(a.Index__c) - Number(b.Index__c));
  if (parts.length !== Number(record.Part_Count__c)) return null;
  if (parts.some((part, index) => part.Index__c !== index)) return null;
  return parseEntry(parts.map((part) => String(part.Json__c ?? '')).join(''));
}

/** MfaEditorLimits.current: what Apex enforces, for the browser's preview. */
export function getChangeSetLimits(tx: Transaction) {
  new Authority(tx).requireViewer();
  return { maxRows: MAX_ROWS, maxUsers: MAX_USERS };
}

export function listChangeSets(tx: Transaction, limitRows: number | null) {
  new Authority(tx).requireViewer();
  const maxRows = limitRows ?? MAX_HISTORY;
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > MAX_HISTORY)
    throw errorOf(tx, 'MfaEditor_Error_PageSize', [MAX_HISTORY]);
  let budget = MAX_ROWS;
  return [...tx.org.all(HISTORY)]
    .sort(
      (a, b) =>
        String(b.Applied_At__c).localeCompare(String(a.Applied_At__c)) ||
        String(b.Name).localeCompare(String(a.Name))
    )
    .slice(0, maxRows)
    .map((r) => {
      const by = tx.org.byId('User', r.Applied_By__c as string);
      const rowCount = Number(r.Row_Count__c ?? 0);
      // Rows of the newest change sets, at most one change set's worth in all.
      const withRows = rowCount <= budget;
      if (withRows) budget -= rowCount;
      const header = withRows ? null : parseEntry(r.Changes_Json__c);
      const out: Record<string, unknown> = {
        id: r.Id,
        name: r.Name,
        key: r.Key__c,
        kind: r.Kind__c,
        status: r.Status__c,
        appliedAt: r.Applied_At__c,
        appliedById: r.Applied_By__c,
        appliedByName: by?.Name,
        undoesId: r.Undoes__c,
        summary: r.Summary__c,
        rowCount,
        entry: withRows
          ? entryOf(tx, r)
          : header && { ...header, fieldRows: [], assignmentRows: [] },
        rowsOmitted: !withRows
      };
      return Object.fromEntries(
        Object.entries(out).filter(([, v]) => v !== null && v !== undefined)
      );
    });
}

/**
 * MfaEditorRecording.forKey: where a write's history record stands. The preview writes the
 * record at once (no Queueable), so a key it returned is recorded.
 */
export function getChangeSetRecording(tx: Transaction, key: unknown) {
  new Authority(tx).requireViewer();
  if (typeof key !== 'string' || !/^[0-9a-f]{32}$/.test(key))
    throw errorOf(tx, 'MfaEditor_Error_BadKey', [String(key).slice(0, 40)]);
  const record = [...tx.org.all(HISTORY)].find((r) => r.Key__c === key);
  if (!record) return { status: 'pending' };
  return {
    status: record.Status__c === 'Unrecorded' ? 'unrecorded' : 'recorded',
    changeSetId: record.Id,
    name: String(record.Name)
  };
}

/** MfaEditorHistory.requireRowCount: refused before anything is read or written. */
function requireRowCount(tx: Transaction, rows: number): void {
  if (rows > MAX_ROWS) throw errorOf(tx, 'MfaEditor_Error_TooManyRows', [rows, MAX_ROWS]);
}

export function undoChangeSet(tx: Transaction, changeSetIdInput: unknown) {
  const changeSetId = requireId(tx, changeSetIdInput, HISTORY, 'changeSetId');
  const record = tx.org.byId(HISTORY, changeSetId);
  if (!record) throw errorOf(tx, 'MfaEditor_Error_ChangeSetNotFound', [changeSetId]);
  const undoneBefore = tx.org.all(HISTORY).some((r) => sameId(r.Undoes__c as string, changeSetId));
  if (record.Status__c === 'Undone' || undoneBefore)
    throw errorOf(tx, 'MfaEditor_Error_AlreadyUndone', [record.Name]);
  const entry = entryOf(tx, record);
  if (!entry || entry.kind !== record.Kind__c)
    throw errorOf(tx, 'MfaEditor_Error_HistoryDamaged', [record.Name]);
  if (entry.kind === 'createSet' && !entry.createdSetId) {
    throw errorOf(tx, 'MfaEditor_Error_NotUndoable', [record.Name, entry.permissionSetName]);
  }
  if (entry.kind === KIND_DELETE_SET) {
    throw errorOf(tx, 'MfaEditor_Error_DeletionNotUndoable', [
      record.Name,
      entry.cloneName ?? entry.permissionSetName
    ]);
  }
  if (entry.kind !== KIND_FIELD_CHANGE) return undoAssignments(tx, entry, changeSetId);
  requirePermissionEditor(tx, new Authority(tx));
  const reverse: ChangeInput[] = entry.fieldRows.map((row) => ({
    permissionSetId: row.permissionSetId,
    field: row.field,
    newValue: row.before === true,
    expectedLastModified: row.afterLastModified ?? null,
    expectedValue: row.after === true
  }));
  return apply(tx, parseChanges(tx, reverse), changeSetId);
}

// ---- MfaEditorGrantService -------------------------------------------------------------------

const MAX_NAME_LENGTH = 80;
const API_NAME = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

/**
 * MfaEditorGrantService.requireWholeProfile: the users sent must be exactly the profile's active
 * users without a direct assignment of the set (null: a set about to be created), re-read now;
 * else the preview is stale and nothing is written.
 */
function requireWholeProfile(
  tx: Transaction,
  profileId: string | null,
  permissionSetId: string | null,
  users: readonly string[]
): void {
  if (profileId === null) return;
  const key = (id: unknown) => String(id).slice(0, 15);
  const holders = new Set(
    permissionSetId === null
      ? []
      : tx.org
          .whereId('PermissionSetAssignment', 'PermissionSetId', permissionSetId)
          .filter((a) => !a.PermissionSetGroupId)
          .map((a) => key(a.AssigneeId))
  );
  const due = new Set(
    tx.org
      .whereId('User', 'ProfileId', profileId)
      .filter((u) => u.IsActive === true && !holders.has(key(u.Id)))
      .map((u) => key(u.Id))
  );
  const sent = new Set(users.map(key));
  const matching = [...sent].filter((id) => due.has(id)).length;
  const notSent = due.size - matching;
  const notDue = sent.size - matching;
  if (notSent > 0 || notDue > 0) {
    throw errorOf(tx, 'MfaEditor_Error_ProfileUsersChanged', [
      notSent + notDue,
      notSent,
      notDue,
      due.size
    ]);
  }
}

/** Inserts a permission set in user mode: the caller needs Manage Profiles and Permission Sets. */
function insertPermissionSetAsCaller(tx: Transaction, record: Record<string, unknown>): OrgRecord {
  if (!new Authority(tx).hasUserPermission(MANAGE_PERMISSION_SETS)) {
    throw new DmlException('Insert', 0, null, {
      statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
      message: 'insufficient access rights on object id',
      fields: []
    });
  }
  return tx.org.byId('PermissionSet', tx.org.insert('PermissionSet', [record])[0]) as OrgRecord;
}

/** A creation refused by the platform: everything since the savepoint is rolled back. */
function rolledBackCreation(
  tx: Transaction,
  savepoint: ReturnType<Transaction['org']['savepoint']>,
  kind: 'createSet' | 'cloneWithout',
  permissionSetName: string,
  error: DmlException
): Apex.MfaEditorResult {
  tx.org.rollback(savepoint);
  return {
    kind,
    success: false,
    created: false,
    message: tx.labels.get('MfaEditor_Result_RolledBack'),
    outcomes: [
      {
        status: 'failed',
        permissionSetName,
        message: `${error.error.statusCode}: ${error.error.message}`
      }
    ]
  } satisfies Apex.MfaEditorResult;
}

export function createGrantingPermissionSet(
  tx: Transaction,
  field: string | null,
  name: string | null,
  label: string | null,
  profileIdInput: unknown,
  userIds: readonly unknown[] | null | undefined
) {
  requirePermissionEditor(tx, new Authority(tx));
  if (!field || !editableFields(tx).includes(field))
    throw errorOf(tx, 'MfaEditor_Error_FieldNotEditable', [String(field ?? null)]);
  const users = !userIds || userIds.length === 0 ? [] : parseUsers(tx, userIds);
  const profileId =
    users.length === 0
      ? optionalId(tx, profileIdInput, 'Profile', 'profileId')
      : requireId(tx, profileIdInput, 'Profile', 'profileId');
  if (users.length) requireAssigner(tx);
  if (
    !name ||
    !name.trim() ||
    name.length > MAX_NAME_LENGTH ||
    name.endsWith('_') ||
    !API_NAME.test(name)
  ) {
    throw errorOf(tx, 'MfaEditor_Error_BadName', [String(name ?? null), MAX_NAME_LENGTH]);
  }
  if (!label || !label.trim() || label.trim().length > MAX_NAME_LENGTH)
    throw errorOf(tx, 'MfaEditor_Error_BadLabel', [MAX_NAME_LENGTH]);
  const tracked = availableFieldNames(tx.org);
  const wanted = Object.fromEntries(
    tracked.map((f) => [f, f === field || (field === MFA_API && f === MFA_UI)])
  );
  const existing = tx.org.where(
    'PermissionSet',
    (s) => String(s.Name).toLowerCase() === name.toLowerCase() && !s.NamespacePrefix
  )[0];
  if (existing) {
    const same =
      lockReason(existing) === null &&
      !existing.LicenseId &&
      existing.HasActivationRequired !== true &&
      tracked.every((f) => (existing[f] === true) === wanted[f]);
    if (!same) throw errorOf(tx, 'MfaEditor_Error_NameTaken', [existing.Name]);
    requireWholeProfile(tx, profileId, existing.Id, users);
    if (users.length) {
      // Reused with users: an ordinary assignment change set of the existing set.
      const assigned = { ...assignPermissionSet(tx, existing.Id, users, null) };
      if (assigned.success) {
        assigned.permissionSetId = existing.Id;
        assigned.message = tx.labels.get('MfaEditor_Result_Reused');
      }
      return assigned;
    }
    const reused: Apex.MfaEditorResult = {
      kind: 'createSet',
      success: true,
      created: false,
      permissionSetId: existing.Id,
      message: tx.labels.get('MfaEditor_Result_Reused'),
      outcomes: []
    };
    return reused;
  }
  const grantedFields = tracked.filter((t) => wanted[t]);
  requireRowCount(tx, grantedFields.length + users.length);
  requireWholeProfile(tx, profileId, null, users);
  const found = users.length ? requireUsers(tx, users) : new Map<string, OrgRecord>();
  const record: Record<string, unknown> = {
    Name: name,
    Label: label.trim(),
    Type: 'Regular',
    IsOwnedByProfile: false,
    ProfileId: null,
    PermissionSetGroupId: null,
    IsCustom: true,
    NamespacePrefix: null,
    HasActivationRequired: false,
    LicenseId: null,
    LastModifiedDate: new Date().toISOString(),
    // A new set has every permission off, except the ones asked for.
    ...Object.fromEntries(
      Object.keys(tx.org.all('PermissionSet')[0] ?? {})
        .filter((k) => k.startsWith('Permissions'))
        .map((k) => [k, false])
    ),
    ...wanted
  };
  requireLicences(tx, record as OrgRecord, [...found.values()]);
  if (users.some((u) => sameId(u, tx.callerId)))
    checkLockout(tx, new Map(), new Set(), [{ Id: '', ...record } as OrgRecord]);

  const savepoint = tx.org.savepoint();
  let created: OrgRecord;
  try {
    created = insertPermissionSetAsCaller(tx, record);
  } catch (e) {
    if (!(e instanceof DmlException)) throw e;
    return rolledBackCreation(tx, savepoint, 'createSet', name, e);
  }
  const plan = new Plan(tx, 'createSet', created);
  plan.entry.field = field;
  plan.entry.createdSetId = created.Id;
  plan.recordWhenEmpty = true;
  for (const f of grantedFields) {
    plan.entry.fieldRows.push({
      permissionSetId: created.Id,
      permissionSetName: name,
      field: f,
      before: false,
      after: true
    });
    plan.outcomes.push({
      status: 'applied',
      permissionSetId: created.Id,
      permissionSetName: name,
      field: f,
      beforeValue: false,
      afterValue: true
    });
  }
  for (const userId of users) plan.add(found.get(userId) as OrgRecord, created, null);
  const result = { ...plan.execute(null, savepoint) };
  if (result.success) result.permissionSetId = created.Id;
  result.created = result.success === true;
  return result;
}

// ---- MfaEditorAssignmentService --------------------------------------------------------------

type Outcome = { -readonly [K in keyof Apex.MfaEditorOutcome]: Apex.MfaEditorOutcome[K] };

function requireAssigner(tx: Transaction): void {
  new Authority(tx).requireUserPermission('PermissionsAssignPermissionSets');
}

function parseUsers(tx: Transaction, userIds: readonly unknown[] | null | undefined): string[] {
  if (!userIds || userIds.length === 0) throw errorOf(tx, 'MfaEditor_Error_NoUsers');
  if (userIds.length > MAX_USERS)
    throw errorOf(tx, 'MfaEditor_Error_TooManyUsers', [MAX_USERS, userIds.length]);
  const parsed: string[] = [];
  for (const value of userIds) {
    const id = requireId(tx, value, 'User', 'userIds');
    if (!parsed.some((p) => sameId(p, id))) parsed.push(id);
  }
  return parsed;
}

function requireSet(tx: Transaction, permissionSetId: string): OrgRecord {
  const row = tx.org.byId('PermissionSet', permissionSetId);
  if (!row) throw errorOf(tx, 'MfaEditor_Error_SetNotFound', [permissionSetId]);
  const reason = lockReason(row);
  if (reason === LOCK_PROFILE || reason === LOCK_GROUP) {
    throw errorOf(tx, 'MfaEditor_Error_NotAssignable', [
      displayName(tx, row),
      lockMessage(tx, reason, row)
    ]);
  }
  return row;
}

function requireUsers(tx: Transaction, userIds: readonly string[]): Map<string, OrgRecord> {
  const found = new Map<string, OrgRecord>();
  for (const id of userIds) {
    const user = tx.org.byId('User', id);
    if (!user) throw errorOf(tx, 'MfaEditor_Error_UserNotFound', [id]);
    found.set(id, user);
  }
  return found;
}

function requireLicences(tx: Transaction, target: OrgRecord, users: readonly OrgRecord[]): void {
  const tiedToUserLicence =
    typeof target.LicenseId === 'string' && target.LicenseId.startsWith('100');
  const grantsMfaUi = target[MFA_UI] === true;
  for (const user of users) {
    const profile = tx.org.byId('Profile', user.ProfileId as string);
    const licence = profile ? tx.org.byId('UserLicense', profile.UserLicenseId as string) : null;
    const licenceName = licence ? String(licence.Name) : null;
    if (
      tiedToUserLicence &&
      !sameId(profile?.UserLicenseId as string, target.LicenseId as string)
    ) {
      throw errorOf(tx, 'MfaEditor_Error_LicenceMismatch', [user.Name, target.Name, licenceName]);
    }
    if (grantsMfaUi && isLimitedAccessFreeLicenseName(licenceName)) {
      throw errorOf(tx, 'MfaEditor_Error_LimitedAccessFree', [
        user.Name,
        target.Name,
        labelOf(tx.org, MFA_UI)
      ]);
    }
  }
}

function directAssignment(tx: Transaction, setId: string, userId: string): OrgRecord | null {
  return (
    tx.org.where(
      'PermissionSetAssignment',
      (a) => sameId(a.PermissionSetId as string, setId) && sameId(a.AssigneeId as string, userId)
    )[0] ?? null
  );
}

/** MfaEditorAssignmentService.Plan (its apply() is execute() here): deletes, expiry updates and inserts, all or none. */
class Plan {
  readonly entry: HistoryEntry;
  readonly outcomes: Outcome[] = [];
  private readonly deletes: { record: OrgRecord; outcome: Outcome }[] = [];
  private readonly updates: { id: string; expiry: string | null; outcome: Outcome }[] = [];
  private readonly inserts: {
    row: AssignmentRow;
    record: Record<string, unknown>;
    outcome: Outcome;
  }[] = [];
  private setToDelete: { record: OrgRecord; outcome: Outcome } | null = null;
  private callerTouched = false;
  recordWhenEmpty = false;

  constructor(
    private readonly tx: Transaction,
    readonly kind: string,
    subject: OrgRecord | null
  ) {
    this.entry = { version: 1, kind, fieldRows: [], assignmentRows: [] };
    if (subject) {
      this.entry.permissionSetId = subject.Id;
      this.entry.permissionSetName = String(subject.Name);
    }
  }

  private row(
    action: string | null,
    user: OrgRecord,
    target: OrgRecord,
    assignmentId: string | null,
    expiry: string | null
  ): AssignmentRow {
    return {
      action,
      userId: user.Id,
      userName: String(user.Name),
      permissionSetId: target.Id,
      assignmentId,
      expirationDate: expiry
    };
  }

  private outcome(row: AssignmentRow, target: OrgRecord): Outcome {
    return {
      userId: row.userId,
      userName: row.userName,
      permissionSetId: target.Id,
      permissionSetName: String(target.Name),
      assignmentId: row.assignmentId ?? undefined,
      action: row.action ?? undefined
    };
  }

  add(user: OrgRecord, target: OrgRecord, expiry: string | null): void {
    const row = this.row('added', user, target, null, expiry);
    this.inserts.push({
      row,
      record: {
        AssigneeId: user.Id,
        PermissionSetId: target.Id,
        PermissionSetGroupId: null,
        ExpirationDate: expiry,
        IsActive: true
      },
      outcome: this.outcome(row, target)
    });
    this.callerTouched ||= sameId(user.Id, this.tx.callerId);
  }

  removeAssignment(user: OrgRecord, target: OrgRecord, existing: OrgRecord): void {
    const row = this.row(
      'removed',
      user,
      target,
      existing.Id,
      (existing.ExpirationDate as string | null) ?? null
    );
    this.entry.assignmentRows.push(row);
    this.deletes.push({ record: existing, outcome: this.outcome(row, target) });
    this.callerTouched ||= sameId(user.Id, this.tx.callerId);
  }

  updateExpiry(
    user: OrgRecord,
    target: OrgRecord,
    existing: OrgRecord,
    expiry: string | null
  ): void {
    const row = this.row('expiryChanged', user, target, existing.Id, expiry);
    row.previousExpirationDate = (existing.ExpirationDate as string | null) ?? null;
    this.entry.assignmentRows.push(row);
    this.updates.push({ id: existing.Id, expiry, outcome: this.outcome(row, target) });
  }

  skip(user: OrgRecord, target: OrgRecord, why: string): void {
    const skipped = this.outcome(this.row(null, user, target, null, null), target);
    skipped.status = 'skipped';
    skipped.message = why;
    this.outcomes.push(skipped);
  }

  /** Deletes a set after every assignment change (undo of the change set that created it). */
  deleteSetLast(record: OrgRecord): void {
    this.setToDelete = {
      record,
      outcome: {
        permissionSetId: record.Id,
        permissionSetName: String(record.Name),
        action: 'setDeleted'
      }
    };
  }

  touchesCaller(): boolean {
    return this.callerTouched;
  }

  /** What undo's stale check compares: the created set as this change set leaves it. */
  private stampCreatedSet(): void {
    if (!this.entry.createdSetId) return;
    const created = this.tx.org.byId('PermissionSet', this.entry.createdSetId);
    this.entry.createdSetLastModified = created ? lastModified(this.tx, created) : undefined;
  }

  execute(undoesId: string | null, savepoint = this.tx.org.savepoint()): Apex.MfaEditorResult {
    const tx = this.tx;
    const result: { -readonly [K in keyof Apex.MfaEditorResult]: Apex.MfaEditorResult[K] } = {
      success: false,
      kind: this.kind,
      created: false
    };
    const all = [
      ...this.deletes.map((d) => d.outcome),
      ...this.updates.map((u) => u.outcome),
      ...this.inserts.map((i) => i.outcome),
      ...(this.setToDelete ? [this.setToDelete.outcome] : [])
    ];
    this.outcomes.push(...all);
    result.outcomes = this.outcomes;
    if (all.length === 0) {
      result.success = true;
      if (this.recordWhenEmpty) {
        this.stampCreatedSet();
        recordHistory(tx, this.entry, undoesId, result);
      }
      return result;
    }
    let ok = true;
    const settle = (outcome: Outcome, error: string | null) => {
      outcome.status = error ? 'failed' : 'applied';
      if (error) outcome.message = error;
      ok = ok && !error;
    };
    // Database.delete/update/insert(rows, false, AccessLevel.USER_MODE): object access, then rules.
    const mayAssign = new Authority(tx).hasUserPermission('PermissionsAssignPermissionSets');
    const refusal = 'INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id';
    const attempt = (write: () => void): string | null => {
      if (!mayAssign) return refusal;
      try {
        write();
        return null;
      } catch (e) {
        if (e instanceof DmlException) return `${e.error.statusCode}: ${e.error.message}`;
        throw e;
      }
    };
    for (const d of this.deletes)
      settle(
        d.outcome,
        attempt(() => tx.org.delete('PermissionSetAssignment', [d.record.Id]))
      );
    if (ok)
      for (const u of this.updates)
        settle(
          u.outcome,
          attempt(() =>
            tx.org.update('PermissionSetAssignment', [{ Id: u.id, ExpirationDate: u.expiry }])
          )
        );
    if (ok) {
      for (const i of this.inserts) {
        let id: string | null = null;
        settle(
          i.outcome,
          attempt(() => (id = tx.org.insert('PermissionSetAssignment', [i.record])[0]))
        );
        i.row.assignmentId = id;
        i.outcome.assignmentId = id ?? undefined;
      }
    }
    const doomed = this.setToDelete;
    if (ok && doomed) {
      // Database.delete(set, false, USER_MODE): deleting a set needs Manage Profiles and
      // Permission Sets; the org refuses one still assigned or in a group.
      const mayDelete = new Authority(tx).hasUserPermission(MANAGE_PERMISSION_SETS);
      settle(
        doomed.outcome,
        mayDelete ? attempt(() => tx.org.delete('PermissionSet', [doomed.record.Id])) : refusal
      );
    }
    if (!ok) {
      tx.org.rollback(savepoint);
      for (const each of this.outcomes) {
        if (each.status === 'applied' || each.status === undefined) {
          each.status = 'rolledBack';
          each.message = tx.labels.get('MfaEditor_Outcome_RolledBack');
        }
      }
      result.message = tx.labels.get('MfaEditor_Result_RolledBack');
      return result;
    }
    result.success = true;
    this.entry.assignmentRows.push(...this.inserts.map((i) => i.row));
    this.stampCreatedSet();
    recordHistory(tx, this.entry, undoesId, result);
    return result;
  }
}

export function assignPermissionSet(
  tx: Transaction,
  permissionSetIdInput: unknown,
  userIds: readonly unknown[] | null | undefined,
  expirationDate: string | null
) {
  const permissionSetId = requireId(tx, permissionSetIdInput, 'PermissionSet', 'permissionSetId');
  requireAssigner(tx);
  const users = parseUsers(tx, userIds);
  const today = new Date().toISOString().slice(0, 10);
  if (expirationDate && expirationDate <= today) throw errorOf(tx, 'MfaEditor_Error_ExpiryInPast');
  const target = requireSet(tx, permissionSetId);
  const found = requireUsers(tx, users);
  requireLicences(tx, target, [...found.values()]);
  const expiry = expirationDate ? `${expirationDate}T00:00:00.000Z` : null;
  const plan = new Plan(tx, 'assign', target);
  for (const userId of users) {
    const user = found.get(userId) as OrgRecord;
    const existing = directAssignment(tx, target.Id, userId);
    if (!existing) plan.add(user, target, expiry);
    else if (expiry !== null && !sameInstant(existing.ExpirationDate, expiry))
      plan.updateExpiry(user, target, existing, expiry);
    else plan.skip(user, target, tx.labels.get('MfaEditor_Outcome_AlreadyAssigned'));
  }
  if (plan.touchesCaller()) checkLockout(tx, new Map(), new Set(), [target]);
  return plan.execute(null);
}

export function removePermissionSetAssignments(
  tx: Transaction,
  permissionSetIdInput: unknown,
  userIds: readonly unknown[] | null | undefined
) {
  const permissionSetId = requireId(tx, permissionSetIdInput, 'PermissionSet', 'permissionSetId');
  requireAssigner(tx);
  const users = parseUsers(tx, userIds);
  const target = requireSet(tx, permissionSetId);
  const found = requireUsers(tx, users);
  const plan = new Plan(tx, 'remove', target);
  for (const userId of users) {
    const user = found.get(userId) as OrgRecord;
    const existing = directAssignment(tx, target.Id, userId);
    if (existing) plan.removeAssignment(user, target, existing);
    else plan.skip(user, target, tx.labels.get('MfaEditor_Outcome_NotAssigned'));
  }
  if (plan.touchesCaller()) checkLockout(tx, new Map(), new Set([target.Id]), []);
  return plan.execute(null);
}

function undoAssignments(tx: Transaction, entry: HistoryEntry, undoesId: string) {
  requireAssigner(tx);
  const deletesCreated = !!entry.createdSetId;
  if (deletesCreated) requirePermissionEditor(tx, new Authority(tx));
  const reverseKind = deletesCreated
    ? KIND_DELETE_SET
    : entry.kind === 'assign'
      ? 'remove'
      : entry.kind === 'remove'
        ? 'assign'
        : entry.kind;
  const subject = entry.permissionSetId
    ? tx.org.byId('PermissionSet', entry.permissionSetId)
    : null;
  const plan = new Plan(tx, reverseKind, subject);
  plan.entry.cloneId = entry.cloneId;
  plan.entry.cloneName = entry.cloneName;
  plan.entry.field = entry.field;
  const stale: string[] = [];
  const removedFromCaller = new Set<string>();
  const addedToCaller: OrgRecord[] = [];
  for (const row of entry.assignmentRows) {
    const target = tx.org.byId('PermissionSet', row.permissionSetId);
    const user = tx.org.byId('User', row.userId);
    const now = target && user ? directAssignment(tx, target.Id, user.Id) : null;
    const asRecorded =
      row.action === 'removed'
        ? now === null
        : !!now &&
          sameId(now.Id, row.assignmentId ?? null) &&
          (row.action === 'added' ||
            sameInstant(now.ExpirationDate ?? null, row.expirationDate ?? null) ||
            (now.ExpirationDate == null && row.expirationDate == null));
    if (!target || !user || !asRecorded) {
      stale.push(row.userName);
      continue;
    }
    if (row.action === 'expiryChanged')
      plan.updateExpiry(user, target, now as OrgRecord, row.previousExpirationDate ?? null);
    else if (row.action === 'added') {
      plan.removeAssignment(user, target, now as OrgRecord);
      if (sameId(user.Id, tx.callerId)) removedFromCaller.add(target.Id);
    } else {
      requireLicences(tx, target, [user]);
      plan.add(user, target, row.expirationDate ?? null);
      if (sameId(user.Id, tx.callerId)) addedToCaller.push(target);
    }
  }
  if (stale.length) throw errorOf(tx, 'MfaEditor_Error_AssignmentsStale', [stale.join(', ')]);
  if (deletesCreated) plan.deleteSetLast(requireDeletable(tx, entry));
  if (plan.touchesCaller()) checkLockout(tx, new Map(), removedFromCaller, addedToCaller);
  return plan.execute(undoesId);
}

// ---- MfaEditorCreatedSet ---------------------------------------------------------------------

const NAMED_HOLDERS = 10;

/** Refuses deleting a created set that was modified, is assigned to others or is in a group. */
function requireDeletable(tx: Transaction, entry: HistoryEntry): OrgRecord {
  const setId = entry.createdSetId as string;
  const created = tx.org.byId('PermissionSet', setId);
  const name = entry.kind === 'cloneWithout' ? entry.cloneName : entry.permissionSetName;
  if (!created) throw errorOf(tx, 'MfaEditor_Error_CreatedSetGone', [name]);
  if (!sameInstant(lastModified(tx, created), entry.createdSetLastModified))
    throw errorOf(tx, 'MfaEditor_Error_CreatedSetChanged', [created.Name]);
  const made = entry.assignmentRows
    .filter((r) => r.action === 'added' && r.assignmentId && sameId(r.permissionSetId, setId))
    .map((r) => r.assignmentId as string);
  const others = tx.org
    .where(
      'PermissionSetAssignment',
      (a) => sameId(a.PermissionSetId as string, setId) && !made.some((m) => sameId(m, a.Id))
    )
    .map((a) => String(tx.org.byId('User', a.AssigneeId as string)?.Name ?? a.AssigneeId))
    .sort();
  if (others.length) {
    const named = others.slice(0, NAMED_HOLDERS);
    if (others.length > NAMED_HOLDERS) named.push('…');
    throw errorOf(tx, 'MfaEditor_Error_CreatedSetAssigned', [created.Name, named.join(', ')]);
  }
  const groups = tx.org
    .where('PermissionSetGroupComponent', (c) => sameId(c.PermissionSetId as string, setId))
    .map((c) => {
      const group = tx.org.byId('PermissionSetGroup', c.PermissionSetGroupId as string);
      return String(group?.DeveloperName ?? c.PermissionSetGroupId);
    });
  if (groups.length)
    throw errorOf(tx, 'MfaEditor_Error_CreatedSetInGroup', [created.Name, groups.join(', ')]);
  return created;
}

// ---- MfaEditorCloneService -------------------------------------------------------------------

const MAX_NAME_ATTEMPTS = 10;

function cloneName(sourceName: string, field: string, attempt: number): string {
  const suffix = `_No_${field.replace(/^Permissions/, '')}${attempt > 1 ? `_${attempt}` : ''}`;
  let kept = sourceName.slice(0, MAX_NAME_LENGTH - suffix.length);
  while (kept.endsWith('_')) kept = kept.slice(0, -1);
  return kept + suffix;
}

function cloneLabel(sourceLabel: string, field: string): string {
  const suffix = ` (no ${field.replace(/^Permissions/, '')})`;
  return sourceLabel.slice(0, MAX_NAME_LENGTH - suffix.length).replace(/\s+$/, '') + suffix;
}

/** Every Permissions* field of PermissionSet in this org (describe: boolean and createable). */
function copiedFields(tx: Transaction): string[] {
  const fields = new Set<string>();
  for (const s of tx.org.all('PermissionSet')) {
    Object.keys(s)
      .filter((k) => k.startsWith('Permissions') && typeof s[k] === 'boolean')
      .forEach((k) => fields.add(k));
  }
  return [...fields].sort();
}

export function cloneWithout(
  tx: Transaction,
  permissionSetIdInput: unknown,
  field: string | null,
  userIdsToMove: readonly unknown[] | null | undefined
) {
  const permissionSetId = requireId(tx, permissionSetIdInput, 'PermissionSet', 'permissionSetId');
  requirePermissionEditor(tx, new Authority(tx));
  if (!field || !editableFields(tx).includes(field))
    throw errorOf(tx, 'MfaEditor_Error_FieldNotEditable', [String(field ?? null)]);
  const users = !userIdsToMove || userIdsToMove.length === 0 ? [] : parseUsers(tx, userIdsToMove);
  if (users.length) requireAssigner(tx);
  // Each moved user is two rows (removed from the original, added to the clone).
  requireRowCount(tx, users.length * 2);
  const copied = copiedFields(tx);
  const source = tx.org.byId('PermissionSet', permissionSetId);
  if (!source) throw errorOf(tx, 'MfaEditor_Error_SetNotFound', [permissionSetId]);
  const reason = lockReason(source);
  if (reason)
    throw errorOf(tx, 'MfaEditor_Error_Locked', [
      displayName(tx, source),
      lockMessage(tx, reason, source)
    ]);

  // cloneOf: every copied permission of the source except the field (and MFA API with MFA UI).
  const leftOut = new Set([field, ...(field === MFA_UI ? [MFA_API] : [])]);
  const wanted: Record<string, unknown> = {
    Label: cloneLabel(String(source.Label ?? source.Name), field),
    LicenseId: source.LicenseId ?? null,
    HasActivationRequired: source.HasActivationRequired === true
  };
  for (const f of copied) wanted[f] = !leftOut.has(f) && source[f] === true;

  // chooseClone: the first free name, or an existing set that is exactly this clone.
  const names = Array.from({ length: MAX_NAME_ATTEMPTS }, (_, i) =>
    cloneName(String(source.Name), field, i + 1)
  );
  let clone: OrgRecord | null = null;
  let cloneNameChosen: string | null = null;
  for (const name of names) {
    const existing = tx.org.where(
      'PermissionSet',
      (s) => String(s.Name).toLowerCase() === name.toLowerCase() && !s.NamespacePrefix
    )[0];
    if (!existing) {
      cloneNameChosen = name;
      break;
    }
    const same =
      lockReason(existing) === null &&
      (existing.LicenseId ?? null) === (wanted.LicenseId ?? null) &&
      copied.every((f) => (existing[f] === true) === (wanted[f] === true));
    if (same) {
      clone = existing;
      break;
    }
  }
  if (!clone && !cloneNameChosen)
    throw errorOf(tx, 'MfaEditor_Error_NameTaken', [names.join(', ')]);
  const reused = clone !== null;

  const found = users.length ? requireUsers(tx, users) : new Map<string, OrgRecord>();
  const onSource = new Map(users.map((u) => [u, directAssignment(tx, source.Id, u)]));
  for (const userId of users) {
    if (!onSource.get(userId))
      throw errorOf(tx, 'MfaEditor_Error_NotAssignedToSource', [
        (found.get(userId) as OrgRecord).Name,
        source.Name
      ]);
  }
  const cloneForCheck = clone ?? ({ Id: '', Name: cloneNameChosen, ...wanted } as OrgRecord);
  if (users.some((u) => sameId(u, tx.callerId)))
    checkLockout(tx, new Map(), new Set([source.Id]), [cloneForCheck]);

  const savepoint = tx.org.savepoint();
  if (!clone) {
    const record: Record<string, unknown> = {
      Name: cloneNameChosen,
      Type: wanted.HasActivationRequired ? 'Session' : 'Regular',
      IsOwnedByProfile: false,
      ProfileId: null,
      PermissionSetGroupId: null,
      IsCustom: true,
      NamespacePrefix: null,
      LastModifiedDate: new Date().toISOString(),
      ...wanted
    };
    try {
      clone = insertPermissionSetAsCaller(tx, record);
    } catch (e) {
      if (!(e instanceof DmlException)) throw e;
      return rolledBackCreation(tx, savepoint, 'cloneWithout', String(cloneNameChosen), e);
    }
  }
  const plan = new Plan(tx, 'cloneWithout', source);
  plan.entry.cloneId = clone.Id;
  plan.entry.cloneName = String(clone.Name);
  plan.entry.field = field;
  if (!reused) plan.entry.createdSetId = clone.Id;
  plan.recordWhenEmpty = !reused;
  for (const userId of users) {
    const user = found.get(userId) as OrgRecord;
    const existing = onSource.get(userId) as OrgRecord;
    plan.removeAssignment(user, source, existing);
    if (!directAssignment(tx, clone.Id, userId))
      plan.add(user, clone, (existing.ExpirationDate as string | null) ?? null);
  }
  const result = { ...plan.execute(null, savepoint) };
  if (result.success) {
    result.permissionSetId = clone.Id;
    result.created = !reused;
    result.message = tx.labels.get(
      reused ? 'MfaEditor_Result_CloneReused' : 'MfaEditor_Result_CloneScope'
    );
  }
  return result;
}
