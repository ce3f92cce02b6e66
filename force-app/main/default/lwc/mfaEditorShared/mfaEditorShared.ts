// Shared by the MFA editor's screens: labels, the engine's planning API (planning is the
// engine's; this only names what the editor uses) and texts, facts.
export { LABELS } from './labels';
export { PLAN_TEXTS } from './planTexts';
export { planMfaEdits, planCloneWithout, planAssignments } from 'c/accessEngine';
export type {
  AssignmentPlan,
  AssignmentRow,
  CloneContents,
  CloneWithoutPlan,
  Facts,
  MfaEdit,
  MfaEditPlan,
  MfaField,
  PlanBlocker,
  PlanMessage,
  PlannedChange,
  ProfileAction,
  ProfileGrantAction,
  ProfileSetupAction
} from 'c/accessEngine';
export {
  loadPlanningFacts,
  loadPlanningFactsForUsers,
  mergeFacts,
  MAX_PLANNING_USERS,
  type PlanningFacts
} from './planning';
export { changeSetLimits, type ChangeSetLimits } from './limits';
export { seenSetOf } from './seen';
export { onOff, errorMessage, messageGroups, type MessageView, type MessageGroups } from './views';
export { MFA_FIELDS, CONTEXT_FIELDS, fieldLabels, labelOf } from './fieldLabels';
export { userChoices, directHolderIds, type UserChoice } from './users';
export {
  confirmUndo,
  confirmationOf,
  createdSetOf,
  createdSetOfResult,
  isUndoable,
  type UndoConfirmation
} from './undo';
export { watchRecording, RECORDING_DELAYS, type RecordingState } from './recording';
