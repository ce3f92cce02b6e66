// The access engine's planning API, as the editor's components use it. Planning is the engine's
// (c/accessEngine); this module only names what the editor needs.
export { planMfaEdits, planCloneWithout, planAssignments } from 'c/accessEngine';
export type {
  AssignmentPlan,
  AssignmentRow,
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
