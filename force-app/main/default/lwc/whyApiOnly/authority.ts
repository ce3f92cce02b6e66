import viewSetup from '@salesforce/userPermission/ViewSetup';
import manageUsers from '@salesforce/userPermission/ManageUsers';
import appAdmin from '@salesforce/customPermission/Why_API_Only_Admin';

/**
 * Mirrors Apex AccessAuthority.canViewOthers, only to hide what Apex would refuse anyway (the
 * user picker, the org-wide view); Apex checks again on every call.
 */
export const canViewOthers: boolean =
  Boolean(appAdmin) || (Boolean(viewSetup) && Boolean(manageUsers));
