// Undo of a change set that created a permission set (a profile grant's set, a clone) deletes
// that set: the admin is asked first, in words that say so. Apex re-checks everything.
import LightningConfirm from 'lightning/confirm';
import { fill } from 'c/whyApiOnlyShared';
import { LABELS } from './labels';

/** The Name of the set undoing this recorded change set would delete; null when none. */
export function createdSetOf(entry: Apex.MfaEditorHistoryEntry | undefined): string | null {
  if (!entry?.createdSetId) return null;
  const name = entry.kind === 'cloneWithout' ? entry.cloneName : entry.permissionSetName;
  return name ?? entry.createdSetId;
}

/** The Name of the set undoing this write would delete; null when it created none. */
export function createdSetOfResult(result: Apex.MfaEditorResult | null): string | null {
  if (!result?.created || !result.permissionSetId) return null;
  const id = result.permissionSetId;
  const named = (result.outcomes ?? []).find((outcome) => outcome.permissionSetId === id);
  return named?.permissionSetName ?? id;
}

/**
 * Whether a recorded change set is offered for undo: not once undone, not a deletion (a
 * deleted set is not recreated), not a creation recorded before undo could delete it.
 */
export function isUndoable(changeSet: Apex.MfaEditorChangeSet): boolean {
  if (changeSet.status !== 'Applied' || changeSet.kind === 'deleteSet') return false;
  return changeSet.kind !== 'createSet' || !!changeSet.entry?.createdSetId;
}

/** Resolves true to go ahead: at once when nothing is deleted, else when the admin confirms. */
export function confirmUndo(createdSetName: string | null): Promise<boolean> {
  if (createdSetName === null) return Promise.resolve(true);
  return LightningConfirm.open({
    label: LABELS.undoDeleteTitle,
    message: fill(LABELS.undoDeleteMessage, { permissionSet: createdSetName }),
    theme: 'warning'
  });
}

/** An undo the server refused until the admin confirms the users it makes API-only. */
export interface UndoConfirmation {
  readonly changeSetId: string;
  readonly message: string;
  readonly users: readonly { readonly id: string; readonly name: string }[];
}

/**
 * The confirmation a refused undo asks for (the server names, by Id, the users it would make
 * API-only and wrote nothing), or null when the undo was not refused for that.
 */
export function confirmationOf(
  changeSetId: string,
  result: Apex.MfaEditorResult
): UndoConfirmation | null {
  const users = (result.apiOnlyUsers ?? []).filter((user) => !!user.id);
  if (result.success || users.length === 0) return null;
  return {
    changeSetId,
    message: result.message ?? '',
    users: users.map((user) => ({ id: user.id as string, name: user.name ?? (user.id as string) }))
  };
}
