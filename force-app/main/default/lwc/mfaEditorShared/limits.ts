// The limits of one change set, as Apex enforces them (MfaEditorController.getChangeSetLimits,
// cacheable: the platform's client cache answers repeated reads): the engine's preview blocks a
// bigger change set before apply, and the bulk assignment keeps no more chosen users than one
// change set takes. Never a copy of Apex's numbers here.
import getChangeSetLimits from '@salesforce/apex/MfaEditorController.getChangeSetLimits';

export interface ChangeSetLimits {
  /** The most rows one change set may have (a user moved to a clone counts twice). */
  readonly maxRows: number;
  /** The most users one assignment change set may have. */
  readonly maxUsers: number;
}

function positive(value: number | null | undefined, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`getChangeSetLimits returned no ${name}.`);
  }
  return value;
}

export async function changeSetLimits(): Promise<ChangeSetLimits> {
  const limits = await getChangeSetLimits();
  return {
    maxRows: positive(limits?.maxRows, 'maxRows'),
    maxUsers: positive(limits?.maxUsers, 'maxUsers')
  };
}
