// The planning API (issue 6) in one place, for the engine's entry and the command line.
export type {
  MfaField,
  MfaEdit,
  MfaEditRequest,
  PlanOptions,
  RowKind,
  LockReason,
  RowStatus,
  DependencyReason,
  PlannedChange,
  PlanRow,
  PlanUser,
  EffectiveChange,
  AffectedUser,
  AffectedUsers,
  PlanSeverity,
  PlanMessage,
  BlockerCategory,
  PlanBlocker,
  ProfileGrantAction,
  ProfileSetupAction,
  ProfileAction,
  MfaEditPlan,
  CloneWithoutRequest,
  AssignmentMove,
  ClonePermissionSet,
  CloneContents,
  CloneWithoutPlan,
  AssignmentAction,
  AssignmentPlanRequest,
  AssignmentRowStatus,
  AssignmentRow,
  AssignmentPlan
} from './planTypes';
export { MFA_FIELDS, parseMfaField, metadataNameOf } from './planFields';
export { PLAN_MESSAGES, renderPlanText } from './planMessages';
export { planMfaEdits } from './planMfaEdits';
export { planCloneWithout, cloneApiName } from './planCloneWithout';
export { planAssignments } from './planAssignments';
