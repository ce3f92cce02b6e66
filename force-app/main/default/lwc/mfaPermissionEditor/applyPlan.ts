// What Apex receives for a previewed plan: the engine's diff (dependent changes included), each
// change with the row's LastModifiedDate and value as previewed, so a changed row is refused.
import type { MfaEditPlan } from 'c/mfaEditorShared';

export function toApexChanges(plan: MfaEditPlan): Apex.MfaEditorChange[] {
  const lastModified = new Map(
    plan.rows.map((row) => [row.permissionSetId, row.expectedLastModified])
  );
  return plan.changes.map((change) => ({
    permissionSetId: change.permissionSetId,
    field: change.field,
    newValue: change.after,
    expectedValue: change.before,
    ...(lastModified.get(change.permissionSetId)
      ? { expectedLastModified: lastModified.get(change.permissionSetId) as string }
      : {})
  }));
}
