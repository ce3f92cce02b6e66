import removeAssignment from '@salesforce/apex/WhyApiOnlyController.removeAssignment';
import removeGroupComponent from '@salesforce/apex/WhyApiOnlyController.removeGroupComponent';
import endUserSessions from '@salesforce/apex/WhyApiOnlyController.endUserSessions';
import type { Fix } from 'c/accessEngine';
import { LABELS } from 'c/whyApiOnlyShared';

/** Calls the Apex method that makes one panel fix, with the record Id the engine named. */
export function runFix(fix: Fix): Promise<Apex.FixResult> {
  switch (fix.kind) {
    case 'removeAssignment':
      return removeAssignment({ assignmentId: fix.targetId });
    case 'removeGroupComponent':
      return removeGroupComponent({ groupComponentId: fix.targetId });
    case 'endSessions':
      return endUserSessions({ userId: fix.targetId });
    default:
      // Only reached if a caller skips isPanelFix: such fixes are made in Setup.
      return Promise.reject(new Error(LABELS.setupOnly));
  }
}
