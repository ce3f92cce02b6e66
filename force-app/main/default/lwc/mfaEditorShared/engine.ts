// The access engine's planning API, reached through 'c/accessEngine' (the only import the
// platform allows across bundles). Until that entry re-exports accessEngine/plan.ts, the
// functions are missing at run time: say so plainly instead of failing with "not a function".
import * as accessEngine from 'c/accessEngine';
import type * as PlanApi from '../accessEngine/plan';
import { LABELS } from './labels';

export type {
  AssignmentPlan,
  AssignmentRow,
  CloneWithoutPlan,
  MfaEdit,
  MfaEditPlan,
  MfaField,
  PlanBlocker,
  PlanMessage,
  PlannedChange,
  ProfileAction,
  ProfileGrantAction,
  ProfileSetupAction
} from '../accessEngine/plan';
export type { Facts } from 'c/accessEngine';

type Planning = Pick<typeof PlanApi, 'planMfaEdits' | 'planCloneWithout' | 'planAssignments'>;

export class PlanningUnavailableError extends Error {}

function planning(): Planning {
  const api = accessEngine as unknown as Partial<Planning>;
  if (!api.planMfaEdits || !api.planCloneWithout || !api.planAssignments) {
    throw new PlanningUnavailableError(LABELS.planningUnavailable);
  }
  return api as Planning;
}

export const planMfaEdits: Planning['planMfaEdits'] = (...args) => planning().planMfaEdits(...args);
export const planCloneWithout: Planning['planCloneWithout'] = (...args) =>
  planning().planCloneWithout(...args);
export const planAssignments: Planning['planAssignments'] = (...args) =>
  planning().planAssignments(...args);
