import type { PageReference } from 'lightning/navigation';

/** A record the admin opens in Setup: what it is, and its Id. */
export interface SetupTarget {
  readonly kind: 'profile' | 'permissionSet' | 'permissionSetGroup' | 'user' | 'sessions';
  readonly id: string;
}

// Setup pages are not record pages: Lightning opens them through these Setup node paths.
const SETUP_NODE: Readonly<Record<SetupTarget['kind'], string>> = {
  profile: 'EnhancedProfiles',
  permissionSet: 'PermSets',
  permissionSetGroup: 'PermSetGroups',
  user: 'ManageUsers',
  sessions: 'SessionManagementPage'
};

/** A standard__webPage reference to the Setup page of the target (NavigationMixin-ready). */
export function setupPageFor(target: SetupTarget): PageReference {
  const node = SETUP_NODE[target.kind];
  const url =
    target.kind === 'sessions'
      ? `/lightning/setup/${node}/home`
      : `/lightning/setup/${node}/page?address=${encodeURIComponent('/' + target.id)}`;
  return { type: 'standard__webPage', attributes: { url } };
}

/** Where a fix that Apex does not make is done by hand: the record it changes, in Setup. */
export function setupPageForFix(
  fix: { readonly kind: string; readonly targetId: string },
  userId: string
): PageReference {
  switch (fix.kind) {
    case 'changeProfile':
      return setupPageFor({ kind: 'profile', id: fix.targetId });
    case 'uncheckOnPermissionSet':
    case 'checkOnPermissionSet':
      return setupPageFor({ kind: 'permissionSet', id: fix.targetId });
    case 'muteInGroup':
      return setupPageFor({ kind: 'permissionSetGroup', id: fix.targetId });
    case 'endSessions':
      return setupPageFor({ kind: 'sessions', id: userId });
    default:
      // Assignments are managed on the user's own Setup page.
      return setupPageFor({ kind: 'user', id: userId });
  }
}
