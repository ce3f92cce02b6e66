// The engine's planning texts (accessEngine/planMessages.ts) as Custom Labels, same {placeholders}.
import planMfaApiForIntegrationUsers from '@salesforce/label/c.MfaEditorUi_Plan_MFA_API_FOR_INTEGRATION_USERS';
import planNoMfaMethodRegistered from '@salesforce/label/c.MfaEditorUi_Plan_NO_MFA_METHOD_REGISTERED';
import planMfaMethodsNotCaptured from '@salesforce/label/c.MfaEditorUi_Plan_MFA_METHODS_NOT_CAPTURED';
import planIntegrationUsersLoseUiMfa from '@salesforce/label/c.MfaEditorUi_Plan_INTEGRATION_USERS_LOSE_UI_MFA';
import planProfileChangeInSetup from '@salesforce/label/c.MfaEditorUi_Plan_PROFILE_CHANGE_IN_SETUP';
import planLockoutNotChecked from '@salesforce/label/c.MfaEditorUi_Plan_LOCKOUT_NOT_CHECKED';
import planActingUserMfaMethodsUnknown from '@salesforce/label/c.MfaEditorUi_Plan_ACTING_USER_MFA_METHODS_UNKNOWN';
import planPermissionSetLicenseNotChecked from '@salesforce/label/c.MfaEditorUi_Plan_PERMISSION_SET_LICENSE_NOT_CHECKED';
import planStillGrantedElsewhere from '@salesforce/label/c.MfaEditorUi_Plan_STILL_GRANTED_ELSEWHERE';
import planRemoveOnlyThroughGroup from '@salesforce/label/c.MfaEditorUi_Plan_REMOVE_ONLY_THROUGH_GROUP';
import planOrgMfaSettingUnreadable from '@salesforce/label/c.MfaEditorUi_Plan_ORG_MFA_SETTING_UNREADABLE';
import planUiMfaForIntegrationUsers from '@salesforce/label/c.MfaEditorUi_Plan_UI_MFA_FOR_INTEGRATION_USERS';
import planGroupsRecalculated from '@salesforce/label/c.MfaEditorUi_Plan_GROUPS_RECALCULATED';
import planProfileGrantThroughPermissionSet from '@salesforce/label/c.MfaEditorUi_Plan_PROFILE_GRANT_THROUGH_PERMISSION_SET';
import planMfaApiRequiresUi from '@salesforce/label/c.MfaEditorUi_Plan_MFA_API_REQUIRES_UI';
import planUiOffTurnsApiOff from '@salesforce/label/c.MfaEditorUi_Plan_UI_OFF_TURNS_API_OFF';
import planProfileActionGrant from '@salesforce/label/c.MfaEditorUi_Plan_PROFILE_ACTION_GRANT';
import planProfileActionSetup from '@salesforce/label/c.MfaEditorUi_Plan_PROFILE_ACTION_SETUP';
import planUnknownPermissionSet from '@salesforce/label/c.MfaEditorUi_Plan_UNKNOWN_PERMISSION_SET';
import planAmbiguousPermissionSetName from '@salesforce/label/c.MfaEditorUi_Plan_AMBIGUOUS_PERMISSION_SET_NAME';
import planUnknownField from '@salesforce/label/c.MfaEditorUi_Plan_UNKNOWN_FIELD';
import planFieldNotAvailable from '@salesforce/label/c.MfaEditorUi_Plan_FIELD_NOT_AVAILABLE';
import planUnknownUser from '@salesforce/label/c.MfaEditorUi_Plan_UNKNOWN_USER';
import planTooManyRows from '@salesforce/label/c.MfaEditorUi_Plan_TOO_MANY_ROWS';
import planUnknownActingUser from '@salesforce/label/c.MfaEditorUi_Plan_UNKNOWN_ACTING_USER';
import planConflictingEdits from '@salesforce/label/c.MfaEditorUi_Plan_CONFLICTING_EDITS';
import planConflictingExpectedLastModified from '@salesforce/label/c.MfaEditorUi_Plan_CONFLICTING_EXPECTED_LAST_MODIFIED';
import planLockedGroupAggregate from '@salesforce/label/c.MfaEditorUi_Plan_LOCKED_GROUP_AGGREGATE';
import planLockedManagedPackage from '@salesforce/label/c.MfaEditorUi_Plan_LOCKED_MANAGED_PACKAGE';
import planLockedStandardSet from '@salesforce/label/c.MfaEditorUi_Plan_LOCKED_STANDARD_SET';
import planNotCloneable from '@salesforce/label/c.MfaEditorUi_Plan_NOT_CLONEABLE';
import planNotAssignable from '@salesforce/label/c.MfaEditorUi_Plan_NOT_ASSIGNABLE';
import planLimitedAccessFreeGetsUiMfa from '@salesforce/label/c.MfaEditorUi_Plan_LIMITED_ACCESS_FREE_GETS_UI_MFA';
import planLicenceMismatch from '@salesforce/label/c.MfaEditorUi_Plan_LICENCE_MISMATCH';
import planInvalidExpirationDate from '@salesforce/label/c.MfaEditorUi_Plan_INVALID_EXPIRATION_DATE';
import planCloneFieldAlreadyOff from '@salesforce/label/c.MfaEditorUi_Plan_CLONE_FIELD_ALREADY_OFF';
import planUserNotAssigned from '@salesforce/label/c.MfaEditorUi_Plan_USER_NOT_ASSIGNED';
import planCloneContentsNotRead from '@salesforce/label/c.MfaEditorUi_Plan_CLONE_CONTENTS_NOT_READ';
import planCloneNotCopyable from '@salesforce/label/c.MfaEditorUi_Plan_CLONE_NOT_COPYABLE';
import planCloneLicenceMissing from '@salesforce/label/c.MfaEditorUi_Plan_CLONE_LICENCE_MISSING';
import planAdminLosesManageMfa from '@salesforce/label/c.MfaEditorUi_Plan_ADMIN_LOSES_MANAGE_MFA';
import planAccessEndsOnExpiry from '@salesforce/label/c.MfaEditorUi_Plan_ACCESS_ENDS_ON_EXPIRY';
import planUsersBecomeApiOnly from '@salesforce/label/c.MfaEditorUi_Plan_USERS_BECOME_API_ONLY';
import planAdminNeedsApiMfaWithoutMethod from '@salesforce/label/c.MfaEditorUi_Plan_ADMIN_NEEDS_API_MFA_WITHOUT_METHOD';
import planAdminBecomesApiOnly from '@salesforce/label/c.MfaEditorUi_Plan_ADMIN_BECOMES_API_ONLY';
import planAdminRemovesOwnAssignment from '@salesforce/label/c.MfaEditorUi_Plan_ADMIN_REMOVES_OWN_ASSIGNMENT';
import planProfileUsersNotAllLoaded from '@salesforce/label/c.MfaEditorUi_Plan_PROFILE_USERS_NOT_ALL_LOADED';
import planRowLimitedAccessFreeGetsUiMfa from '@salesforce/label/c.MfaEditorUi_Plan_ROW_LIMITED_ACCESS_FREE_GETS_UI_MFA';
import planRowLicenceMismatch from '@salesforce/label/c.MfaEditorUi_Plan_ROW_LICENCE_MISMATCH';

export const PLAN_TEXTS: Readonly<Record<string, string>> = {
  MFA_API_FOR_INTEGRATION_USERS: planMfaApiForIntegrationUsers,
  NO_MFA_METHOD_REGISTERED: planNoMfaMethodRegistered,
  MFA_METHODS_NOT_CAPTURED: planMfaMethodsNotCaptured,
  INTEGRATION_USERS_LOSE_UI_MFA: planIntegrationUsersLoseUiMfa,
  PROFILE_CHANGE_IN_SETUP: planProfileChangeInSetup,
  LOCKOUT_NOT_CHECKED: planLockoutNotChecked,
  ACTING_USER_MFA_METHODS_UNKNOWN: planActingUserMfaMethodsUnknown,
  PERMISSION_SET_LICENSE_NOT_CHECKED: planPermissionSetLicenseNotChecked,
  STILL_GRANTED_ELSEWHERE: planStillGrantedElsewhere,
  REMOVE_ONLY_THROUGH_GROUP: planRemoveOnlyThroughGroup,
  ORG_MFA_SETTING_UNREADABLE: planOrgMfaSettingUnreadable,
  UI_MFA_FOR_INTEGRATION_USERS: planUiMfaForIntegrationUsers,
  GROUPS_RECALCULATED: planGroupsRecalculated,
  PROFILE_GRANT_THROUGH_PERMISSION_SET: planProfileGrantThroughPermissionSet,
  MFA_API_REQUIRES_UI: planMfaApiRequiresUi,
  UI_OFF_TURNS_API_OFF: planUiOffTurnsApiOff,
  PROFILE_ACTION_GRANT: planProfileActionGrant,
  PROFILE_ACTION_SETUP: planProfileActionSetup,
  UNKNOWN_PERMISSION_SET: planUnknownPermissionSet,
  AMBIGUOUS_PERMISSION_SET_NAME: planAmbiguousPermissionSetName,
  UNKNOWN_FIELD: planUnknownField,
  FIELD_NOT_AVAILABLE: planFieldNotAvailable,
  UNKNOWN_USER: planUnknownUser,
  TOO_MANY_ROWS: planTooManyRows,
  PROFILE_USERS_NOT_ALL_LOADED: planProfileUsersNotAllLoaded,
  UNKNOWN_ACTING_USER: planUnknownActingUser,
  CONFLICTING_EDITS: planConflictingEdits,
  CONFLICTING_EXPECTED_LAST_MODIFIED: planConflictingExpectedLastModified,
  LOCKED_GROUP_AGGREGATE: planLockedGroupAggregate,
  LOCKED_MANAGED_PACKAGE: planLockedManagedPackage,
  LOCKED_STANDARD_SET: planLockedStandardSet,
  NOT_CLONEABLE: planNotCloneable,
  NOT_ASSIGNABLE: planNotAssignable,
  LIMITED_ACCESS_FREE_GETS_UI_MFA: planLimitedAccessFreeGetsUiMfa,
  LICENCE_MISMATCH: planLicenceMismatch,
  INVALID_EXPIRATION_DATE: planInvalidExpirationDate,
  CLONE_FIELD_ALREADY_OFF: planCloneFieldAlreadyOff,
  USER_NOT_ASSIGNED: planUserNotAssigned,
  CLONE_CONTENTS_NOT_READ: planCloneContentsNotRead,
  CLONE_NOT_COPYABLE: planCloneNotCopyable,
  CLONE_LICENCE_MISSING: planCloneLicenceMissing,
  ADMIN_LOSES_MANAGE_MFA: planAdminLosesManageMfa,
  ADMIN_NEEDS_API_MFA_WITHOUT_METHOD: planAdminNeedsApiMfaWithoutMethod,
  ADMIN_BECOMES_API_ONLY: planAdminBecomesApiOnly,
  USERS_BECOME_API_ONLY: planUsersBecomeApiOnly,
  ACCESS_ENDS_ON_EXPIRY: planAccessEndsOnExpiry,
  ADMIN_REMOVES_OWN_ASSIGNMENT: planAdminRemovesOwnAssignment,
  ROW_LIMITED_ACCESS_FREE_GETS_UI_MFA: planRowLimitedAccessFreeGetsUiMfa,
  ROW_LICENCE_MISMATCH: planRowLicenceMismatch
};
