// What Apex receives for a previewed plan: the engine's diff (dependent changes included), each
// change with the row's LastModifiedDate and value as previewed, and the whole set as the
// planning facts read it, so a changed row is refused naming what changed.
import { seenSetOf } from 'c/mfaEditorShared';
import type { Facts, MfaEditPlan } from 'c/mfaEditorShared';

export function toApexChanges(
  plan: MfaEditPlan,
  facts: Facts | null = null
): Apex.MfaEditorChange[] {
  const lastModified = new Map(
    plan.rows.map((row) => [row.permissionSetId, row.expectedLastModified])
  );
  // Each set once, whatever number of its fields change.
  const setIds = new Set(plan.changes.map((change) => change.permissionSetId));
  const seenById = new Map([...setIds].map((id) => [id, facts ? seenSetOf(facts, id) : null]));
  return plan.changes.map((change) => ({
    permissionSetId: change.permissionSetId,
    field: change.field,
    newValue: change.after,
    expectedValue: change.before,
    ...(seenById.get(change.permissionSetId)
      ? { seen: seenById.get(change.permissionSetId) as Apex.MfaEditorSeenSet }
      : {}),
    ...(lastModified.get(change.permissionSetId)
      ? { expectedLastModified: lastModified.get(change.permissionSetId) as string }
      : {})
  }));
}
