import viewSetup from '@salesforce/userPermission/ViewSetup';
import manageUsers from '@salesforce/userPermission/ManageUsers';
import assignPermissionSets from '@salesforce/userPermission/AssignPermissionSets';
import managePermissionSets from '@salesforce/userPermission/ManageProfilesPermissionsets';
import appAdmin from '@salesforce/customPermission/Why_API_Only_Admin';

// These mirror Apex AccessAuthority and AccessFixService only to hide what Apex would refuse
// anyway (picker, org-wide view, fix buttons, Setup links); Apex checks again on every call.

/** Seeing other users and the org-wide view: the app's admin permission, or both permissions. */
export const canViewOthers: boolean =
  Boolean(appAdmin) || (Boolean(viewSetup) && Boolean(manageUsers));

/** The panel fixes the running user holds the permission for (see AccessFixService). */
export const allowedFixKinds: readonly string[] = [
  ...(assignPermissionSets ? ['removeAssignment'] : []),
  ...(managePermissionSets && canViewOthers ? ['removeGroupComponent'] : []),
  ...(manageUsers ? ['endSessions'] : [])
];
