// Pending edits (the datatable's draft values and bulk actions) and the engine's request.
import type { MfaEdit } from 'c/mfaEditorShared';
import type { GridRow } from './gridRows';

/** Row Id → field → wanted value; only values that differ from the row's current one. */
export type Drafts = ReadonlyMap<string, ReadonlyMap<string, boolean>>;

function withValue(
  drafts: Drafts,
  row: GridRow,
  field: string,
  value: boolean
): Map<string, ReadonlyMap<string, boolean>> {
  const next = new Map(drafts);
  const fields = new Map(next.get(row.id) ?? []);
  if ((row.values[field] === true) === value) {
    fields.delete(field);
  } else {
    fields.set(field, value);
  }
  if (fields.size === 0) next.delete(row.id);
  else next.set(row.id, fields);
  return next;
}

/** Merges the datatable's draft values ({ id, <field>: value }) into the drafts. */
export function withDraftValues(
  drafts: Drafts,
  draftValues: readonly Readonly<Record<string, unknown>>[],
  rowsById: ReadonlyMap<string, GridRow>,
  editableFields: readonly string[]
): Drafts {
  let next: Drafts = drafts;
  for (const draft of draftValues) {
    const row = rowsById.get(String(draft.id));
    if (!row?.editable) continue;
    for (const field of editableFields) {
      if (typeof draft[field] === 'boolean') {
        next = withValue(next, row, field, draft[field] as boolean);
      }
    }
  }
  return next;
}

/** A bulk action: one field to one value on every editable selected row. */
export function withBulkValue(
  drafts: Drafts,
  rows: readonly GridRow[],
  field: string,
  value: boolean
): Drafts {
  return rows
    .filter((row) => row.editable)
    .reduce<Drafts>((next, row) => withValue(next, row, field, value), drafts);
}

/** The drafts as the datatable's draft-values. */
export function toDraftValues(drafts: Drafts): Record<string, unknown>[] {
  return [...drafts].map(([id, fields]) => ({ id, ...Object.fromEntries(fields) }));
}

export function draftCount(drafts: Drafts): number {
  return [...drafts.values()].reduce((sum, fields) => sum + fields.size, 0);
}

/** The engine's request, with each row's LastModifiedDate for Apex's stale check. */
export function toEdits(drafts: Drafts, rowsById: ReadonlyMap<string, GridRow>): MfaEdit[] {
  const edits: MfaEdit[] = [];
  for (const [id, fields] of drafts) {
    const row = rowsById.get(id);
    for (const [field, value] of fields) {
      edits.push({
        permissionSetId: id,
        permissionSetName: row?.name ?? null,
        field,
        value,
        expectedLastModified: row?.lastModifiedDate ?? null
      });
    }
  }
  return edits;
}
