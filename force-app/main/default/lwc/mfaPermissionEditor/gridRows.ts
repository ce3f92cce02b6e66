// Grid rows and columns from listPermissionRows pages, and the filters applied in the browser.
import { CONTEXT_FIELDS, LABELS, MFA_FIELDS, labelOf } from 'c/mfaEditorShared';

export interface GridRow {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly locked: boolean;
  readonly lockMessage: string;
  readonly assigneeCount: number;
  /** Custom sets are written by Apex; profile rows lead to a profile action, never a write. */
  readonly editable: boolean;
  readonly lastModifiedDate: string | null;
  readonly values: Readonly<Record<string, boolean>>;
  readonly [field: string]: unknown;
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  permissionSet: LABELS.rowKindPermissionSet,
  profile: LABELS.rowKindProfile,
  groupAggregate: LABELS.rowKindGroupAggregate,
  managedPackage: LABELS.rowKindManagedPackage,
  standardSet: LABELS.rowKindStandardSet
};

export function toGridRow(row: Apex.MfaEditorRow): GridRow {
  const kind = row.kind ?? '';
  const locked = row.locked === true;
  const values = { ...(row.values ?? {}) };
  return {
    ...values,
    id: row.id ?? '',
    name: row.name ?? '',
    label: row.label ?? row.name ?? '',
    kind,
    kindLabel: KIND_LABELS[kind] ?? kind,
    locked,
    lockMessage: row.lockMessage ?? '',
    assigneeCount: row.assigneeCount ?? 0,
    editable: (kind === 'permissionSet' && !locked) || kind === 'profile',
    lastModifiedDate: row.lastModifiedDate ?? null,
    values
  };
}

export interface Column {
  readonly label: string;
  readonly fieldName: string;
  readonly type: string;
  readonly editable?: { fieldName: string } | boolean;
  readonly initialWidth?: number;
  readonly wrapText?: boolean;
}

/** Name, kind, users, the editable MFA fields the org has, the API context fields, lock reason. */
export function gridColumns(
  labels: ReadonlyMap<string, string>,
  pageFields: readonly string[],
  editableFields: readonly string[]
): Column[] {
  const present = (field: string) => pageFields.length === 0 || pageFields.includes(field);
  const mfa = MFA_FIELDS.filter((field) => editableFields.includes(field)).map((field) => ({
    label: labelOf(labels, field),
    fieldName: field,
    type: 'boolean',
    editable: { fieldName: 'editable' }
  }));
  const context = CONTEXT_FIELDS.filter(present).map((field) => ({
    label: labelOf(labels, field),
    fieldName: field,
    type: 'boolean'
  }));
  return [
    { label: LABELS.colName, fieldName: 'label', type: 'text', wrapText: true },
    { label: LABELS.colKind, fieldName: 'kindLabel', type: 'text' },
    { label: LABELS.colUsers, fieldName: 'assigneeCount', type: 'number', initialWidth: 120 },
    ...mfa,
    ...context,
    { label: LABELS.colLock, fieldName: 'lockMessage', type: 'text', wrapText: true }
  ];
}

export interface BrowserFilters {
  readonly hasAssignees: boolean;
  readonly grantsMfa: boolean;
  readonly grantsApiOnly: boolean;
  readonly assignedToApiOnly: boolean;
}

export const NO_FILTERS: BrowserFilters = {
  hasAssignees: false,
  grantsMfa: false,
  grantsApiOnly: false,
  assignedToApiOnly: false
};

/** apiOnlyHeld: the rows held by an API-only user, once known (null while unknown). */
export function filterRows(
  rows: readonly GridRow[],
  filters: BrowserFilters,
  apiOnlyHeld: ReadonlySet<string> | null = null
): GridRow[] {
  return rows.filter(
    (row) =>
      (!filters.hasAssignees || row.assigneeCount > 0) &&
      (!filters.grantsMfa || MFA_FIELDS.some((field) => row.values[field] === true)) &&
      (!filters.grantsApiOnly || row.values.PermissionsApiUserOnly === true) &&
      (!filters.assignedToApiOnly || !apiOnlyHeld || apiOnlyHeld.has(row.id))
  );
}
