import type { Fix } from 'c/accessEngine';
import { LABELS } from './labels';
import { fill } from './fill';

/** The fixes this panel makes through Apex; every other fix is done in Setup. */
const PANEL_FIX_KINDS: ReadonlySet<string> = new Set([
  'removeAssignment',
  'removeGroupComponent',
  'endSessions'
]);

/** True when the panel can apply the fix itself (the engine says Apex may, and it has a target). */
export function isPanelFix(fix: Fix): boolean {
  return PANEL_FIX_KINDS.has(fix.kind) && fix.writableFromApex && fix.targetId !== '';
}

/**
 * Whom the fix touches, in words: "This user only", "All 12 members of the group", …
 * `countsKnown` is true when the engine could count whom a fix touches: the facts carry the
 * server's assignee counts (getAssigneeCounts, merged as Facts.assigneeCounts). Without them one
 * user's facts from Apex hold only that user's assignments, the engine's count would be 1, and
 * the text names the group instead.
 */
export function blastText(fix: Fix, countsKnown: boolean): string {
  const count = fix.blastRadius.userCount;
  switch (fix.blastRadius.scope) {
    case 'groupMembers':
      return countsKnown ? fill(LABELS.blastGroup, { count }) : LABELS.blastGroupUncounted;
    case 'permissionSetAssignees':
      return countsKnown
        ? fill(LABELS.blastPermissionSet, { count })
        : LABELS.blastPermissionSetUncounted;
    case 'profileUsers':
      return countsKnown ? fill(LABELS.blastProfile, { count }) : LABELS.blastProfileUncounted;
    default:
      return LABELS.blastUser;
  }
}
