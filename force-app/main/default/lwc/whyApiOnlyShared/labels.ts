// Every text the panel shows, as Custom Labels (translated in the org).
import blastGroupUncounted from '@salesforce/label/c.WhyApiOnlyPanel_BlastGroupUncounted';
import blastPermissionSetUncounted from '@salesforce/label/c.WhyApiOnlyPanel_BlastPermissionSetUncounted';
import blastProfileUncounted from '@salesforce/label/c.WhyApiOnlyPanel_BlastProfileUncounted';
import askAdmin from '@salesforce/label/c.WhyApiOnlyPanel_AskAdmin';
import title from '@salesforce/label/c.WhyApiOnlyPanel_Title';
import verdict from '@salesforce/label/c.WhyApiOnlyPanel_Verdict';
import loading from '@salesforce/label/c.WhyApiOnlyPanel_Loading';
import empty from '@salesforce/label/c.WhyApiOnlyPanel_Empty';
import notAllowed from '@salesforce/label/c.WhyApiOnlyPanel_NotAllowed';
import loadError from '@salesforce/label/c.WhyApiOnlyPanel_LoadError';
import stale from '@salesforce/label/c.WhyApiOnlyPanel_Stale';
import refresh from '@salesforce/label/c.WhyApiOnlyPanel_Refresh';
import refreshAria from '@salesforce/label/c.WhyApiOnlyPanel_RefreshAria';
import copyJson from '@salesforce/label/c.WhyApiOnlyPanel_CopyJson';
import copied from '@salesforce/label/c.WhyApiOnlyPanel_Copied';
import copyFallback from '@salesforce/label/c.WhyApiOnlyPanel_CopyFallback';
import jsonLabel from '@salesforce/label/c.WhyApiOnlyPanel_JsonLabel';
import userPicker from '@salesforce/label/c.WhyApiOnlyPanel_UserPicker';
import userPickerPlaceholder from '@salesforce/label/c.WhyApiOnlyPanel_UserPickerPlaceholder';
import showingUser from '@salesforce/label/c.WhyApiOnlyPanel_ShowingUser';
import sourcesHeading from '@salesforce/label/c.WhyApiOnlyPanel_SourcesHeading';
import effective from '@salesforce/label/c.WhyApiOnlyPanel_Effective';
import notEffective from '@salesforce/label/c.WhyApiOnlyPanel_NotEffective';
import noSources from '@salesforce/label/c.WhyApiOnlyPanel_NoSources';
import kindProfile from '@salesforce/label/c.WhyApiOnlyPanel_KindProfile';
import kindPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_KindPermissionSet';
import kindGroup from '@salesforce/label/c.WhyApiOnlyPanel_KindGroup';
import viaMember from '@salesforce/label/c.WhyApiOnlyPanel_ViaMember';
import viaAggregate from '@salesforce/label/c.WhyApiOnlyPanel_ViaAggregate';
import showAllSources from '@salesforce/label/c.WhyApiOnlyPanel_ShowAllSources';
import sourceInEffect from '@salesforce/label/c.WhyApiOnlyPanel_SourceInEffect';
import notInEffectBecause from '@salesforce/label/c.WhyApiOnlyPanel_NotInEffectBecause';
import reasonUserInactive from '@salesforce/label/c.WhyApiOnlyPanel_ReasonUserInactive';
import reasonExpired from '@salesforce/label/c.WhyApiOnlyPanel_ReasonExpired';
import reasonAssignmentInactive from '@salesforce/label/c.WhyApiOnlyPanel_ReasonAssignmentInactive';
import reasonSessionActivation from '@salesforce/label/c.WhyApiOnlyPanel_ReasonSessionActivation';
import reasonMuted from '@salesforce/label/c.WhyApiOnlyPanel_ReasonMuted';
import reasonNotInAggregate from '@salesforce/label/c.WhyApiOnlyPanel_ReasonNotInAggregate';
import openInSetup from '@salesforce/label/c.WhyApiOnlyPanel_OpenInSetup';
import mfaHeading from '@salesforce/label/c.WhyApiOnlyPanel_MfaHeading';
import mfaMethods from '@salesforce/label/c.WhyApiOnlyPanel_MfaMethods';
import mfaNoMethods from '@salesforce/label/c.WhyApiOnlyPanel_MfaNoMethods';
import mfaNotVisible from '@salesforce/label/c.WhyApiOnlyPanel_MfaNotVisible';
import methodTotp from '@salesforce/label/c.WhyApiOnlyPanel_MethodTotp';
import methodSalesforceAuthenticator from '@salesforce/label/c.WhyApiOnlyPanel_MethodSalesforceAuthenticator';
import methodSecurityKey from '@salesforce/label/c.WhyApiOnlyPanel_MethodSecurityKey';
import methodBuiltIn from '@salesforce/label/c.WhyApiOnlyPanel_MethodBuiltIn';
import methodTempCode from '@salesforce/label/c.WhyApiOnlyPanel_MethodTempCode';
import methodMobile from '@salesforce/label/c.WhyApiOnlyPanel_MethodMobile';
import methodEmail from '@salesforce/label/c.WhyApiOnlyPanel_MethodEmail';
import recentLogins from '@salesforce/label/c.WhyApiOnlyPanel_RecentLogins';
import noLogins from '@salesforce/label/c.WhyApiOnlyPanel_NoLogins';
import loginTime from '@salesforce/label/c.WhyApiOnlyPanel_LoginTime';
import loginType from '@salesforce/label/c.WhyApiOnlyPanel_LoginType';
import loginStatus from '@salesforce/label/c.WhyApiOnlyPanel_LoginStatus';
import loginApplication from '@salesforce/label/c.WhyApiOnlyPanel_LoginApplication';
import openSessions from '@salesforce/label/c.WhyApiOnlyPanel_OpenSessions';
import findingsHeading from '@salesforce/label/c.WhyApiOnlyPanel_FindingsHeading';
import noFindings from '@salesforce/label/c.WhyApiOnlyPanel_NoFindings';
import severityError from '@salesforce/label/c.WhyApiOnlyPanel_SeverityError';
import severityWarning from '@salesforce/label/c.WhyApiOnlyPanel_SeverityWarning';
import severityInfo from '@salesforce/label/c.WhyApiOnlyPanel_SeverityInfo';
import blastUser from '@salesforce/label/c.WhyApiOnlyPanel_BlastUser';
import blastGroup from '@salesforce/label/c.WhyApiOnlyPanel_BlastGroup';
import blastPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_BlastPermissionSet';
import blastProfile from '@salesforce/label/c.WhyApiOnlyPanel_BlastProfile';
import applyFix from '@salesforce/label/c.WhyApiOnlyPanel_ApplyFix';
import applyFixAria from '@salesforce/label/c.WhyApiOnlyPanel_ApplyFixAria';
import setupOnly from '@salesforce/label/c.WhyApiOnlyPanel_SetupOnly';
import setupOnlyAria from '@salesforce/label/c.WhyApiOnlyPanel_SetupOnlyAria';
import confirmTitle from '@salesforce/label/c.WhyApiOnlyPanel_ConfirmTitle';
import confirmMessage from '@salesforce/label/c.WhyApiOnlyPanel_ConfirmMessage';
import fixApplied from '@salesforce/label/c.WhyApiOnlyPanel_FixApplied';
import fixFailed from '@salesforce/label/c.WhyApiOnlyPanel_FixFailed';
import orgHeading from '@salesforce/label/c.WhyApiOnlyPanel_OrgHeading';
import orgShow from '@salesforce/label/c.WhyApiOnlyPanel_OrgShow';
import orgLoadMore from '@salesforce/label/c.WhyApiOnlyPanel_OrgLoadMore';
import orgExportCsv from '@salesforce/label/c.WhyApiOnlyPanel_OrgExportCsv';
import orgEmpty from '@salesforce/label/c.WhyApiOnlyPanel_OrgEmpty';
import orgPartial from '@salesforce/label/c.WhyApiOnlyPanel_OrgPartial';
import orgCount from '@salesforce/label/c.WhyApiOnlyPanel_OrgCount';
import columnName from '@salesforce/label/c.WhyApiOnlyPanel_ColumnName';
import columnUsername from '@salesforce/label/c.WhyApiOnlyPanel_ColumnUsername';
import columnProfile from '@salesforce/label/c.WhyApiOnlyPanel_ColumnProfile';
import columnLicense from '@salesforce/label/c.WhyApiOnlyPanel_ColumnLicense';
import columnActive from '@salesforce/label/c.WhyApiOnlyPanel_ColumnActive';
import columnWhy from '@salesforce/label/c.WhyApiOnlyPanel_ColumnWhy';
import yes from '@salesforce/label/c.WhyApiOnlyPanel_Yes';
import no from '@salesforce/label/c.WhyApiOnlyPanel_No';
import csvFileName from '@salesforce/label/c.WhyApiOnlyPanel_CsvFileName';
import glossaryShow from '@salesforce/label/c.WhyApiOnlyPanel_GlossaryShow';
import msgVerdictApiOnly from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_API_ONLY';
import msgVerdictApiOnlyByLicense from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_API_ONLY_BY_LICENSE';
import msgVerdictNotApiOnly from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_NOT_API_ONLY';
import msgVerdictNotApiOnlyInactive from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_NOT_API_ONLY_INACTIVE';
import msgVerdictApiOnlySelf from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_API_ONLY_SELF';
import msgVerdictApiOnlyByLicenseSelf from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_API_ONLY_BY_LICENSE_SELF';
import msgVerdictNotApiOnlySelf from '@salesforce/label/c.WhyApiOnlyPanel_Msg_VERDICT_NOT_API_ONLY_SELF';
import msgPathProfile from '@salesforce/label/c.WhyApiOnlyPanel_Msg_PATH_PROFILE';
import msgPathPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_PATH_PERMISSION_SET';
import msgPathGroup from '@salesforce/label/c.WhyApiOnlyPanel_Msg_PATH_GROUP';
import msgPathGroupAggregate from '@salesforce/label/c.WhyApiOnlyPanel_Msg_PATH_GROUP_AGGREGATE';
import msgPathJoin from '@salesforce/label/c.WhyApiOnlyPanel_Msg_PATH_JOIN';
import msgApiOnlyViaProfile from '@salesforce/label/c.WhyApiOnlyPanel_Msg_API_ONLY_VIA_PROFILE';
import msgApiOnlyViaPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_API_ONLY_VIA_PERMISSION_SET';
import msgApiOnlyViaGroup from '@salesforce/label/c.WhyApiOnlyPanel_Msg_API_ONLY_VIA_GROUP';
import msgApiOnlyViaGroupAggregate from '@salesforce/label/c.WhyApiOnlyPanel_Msg_API_ONLY_VIA_GROUP_AGGREGATE';
import msgApiOnlyByLicense from '@salesforce/label/c.WhyApiOnlyPanel_Msg_API_ONLY_BY_LICENSE';
import msgMfaApiWithoutUi from '@salesforce/label/c.WhyApiOnlyPanel_Msg_MFA_API_WITHOUT_UI';
import msgMfaApiOnApiOnlyUser from '@salesforce/label/c.WhyApiOnlyPanel_Msg_MFA_API_ON_API_ONLY_USER';
import msgIntegrationUserWithoutUiMfa from '@salesforce/label/c.WhyApiOnlyPanel_Msg_INTEGRATION_USER_WITHOUT_UI_MFA';
import msgUiMfaOnLimitedAccessFree from '@salesforce/label/c.WhyApiOnlyPanel_Msg_UI_MFA_ON_LIMITED_ACCESS_FREE';
import msgUserInactive from '@salesforce/label/c.WhyApiOnlyPanel_Msg_USER_INACTIVE';
import msgGroupNotUpdated from '@salesforce/label/c.WhyApiOnlyPanel_Msg_GROUP_NOT_UPDATED';
import msgGroupAggregateMismatch from '@salesforce/label/c.WhyApiOnlyPanel_Msg_GROUP_AGGREGATE_MISMATCH';
import msgFixRemoveAssignment from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_REMOVE_ASSIGNMENT';
import msgFixRemoveGroupComponent from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_REMOVE_GROUP_COMPONENT';
import msgFixMuteInGroup from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_MUTE_IN_GROUP';
import msgFixUncheckOnPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_UNCHECK_ON_PERMISSION_SET';
import msgFixCheckOnPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_CHECK_ON_PERMISSION_SET';
import msgFixLockedManagedSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_LOCKED_MANAGED_SET';
import msgFixLockedStandardSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_LOCKED_STANDARD_SET';
import msgFixLockedGroupAggregate from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_LOCKED_GROUP_AGGREGATE';
import msgFixChangeProfile from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_CHANGE_PROFILE';
import msgFixAssignPermissionSet from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_ASSIGN_PERMISSION_SET';
import msgFixEndSessions from '@salesforce/label/c.WhyApiOnlyPanel_Msg_FIX_END_SESSIONS';

export const LABELS = {
  askAdmin,
  blastGroupUncounted,
  blastPermissionSetUncounted,
  blastProfileUncounted,
  title,
  verdict,
  loading,
  empty,
  notAllowed,
  loadError,
  stale,
  refresh,
  refreshAria,
  copyJson,
  copied,
  copyFallback,
  jsonLabel,
  userPicker,
  userPickerPlaceholder,
  showingUser,
  sourcesHeading,
  effective,
  notEffective,
  noSources,
  kindProfile,
  kindPermissionSet,
  kindGroup,
  viaMember,
  viaAggregate,
  showAllSources,
  sourceInEffect,
  notInEffectBecause,
  reasonUserInactive,
  reasonExpired,
  reasonAssignmentInactive,
  reasonSessionActivation,
  reasonMuted,
  reasonNotInAggregate,
  openInSetup,
  mfaHeading,
  mfaMethods,
  mfaNoMethods,
  mfaNotVisible,
  methodTotp,
  methodSalesforceAuthenticator,
  methodSecurityKey,
  methodBuiltIn,
  methodTempCode,
  methodMobile,
  methodEmail,
  recentLogins,
  noLogins,
  loginTime,
  loginType,
  loginStatus,
  loginApplication,
  openSessions,
  findingsHeading,
  noFindings,
  severityError,
  severityWarning,
  severityInfo,
  blastUser,
  blastGroup,
  blastPermissionSet,
  blastProfile,
  applyFix,
  applyFixAria,
  setupOnly,
  setupOnlyAria,
  confirmTitle,
  confirmMessage,
  fixApplied,
  fixFailed,
  orgHeading,
  orgShow,
  orgLoadMore,
  orgExportCsv,
  orgEmpty,
  orgPartial,
  orgCount,
  columnName,
  columnUsername,
  columnProfile,
  columnLicense,
  columnActive,
  columnWhy,
  yes,
  no,
  csvFileName,
  glossaryShow
} as const;

/** The engine's finding, fix and verdict templates, same {placeholders} (see accessEngine/messages.ts). */
export const ENGINE_TEXTS: Readonly<Record<string, string>> = {
  VERDICT_API_ONLY: msgVerdictApiOnly,
  VERDICT_API_ONLY_BY_LICENSE: msgVerdictApiOnlyByLicense,
  VERDICT_NOT_API_ONLY: msgVerdictNotApiOnly,
  VERDICT_NOT_API_ONLY_INACTIVE: msgVerdictNotApiOnlyInactive,
  VERDICT_API_ONLY_SELF: msgVerdictApiOnlySelf,
  VERDICT_API_ONLY_BY_LICENSE_SELF: msgVerdictApiOnlyByLicenseSelf,
  VERDICT_NOT_API_ONLY_SELF: msgVerdictNotApiOnlySelf,
  PATH_PROFILE: msgPathProfile,
  PATH_PERMISSION_SET: msgPathPermissionSet,
  PATH_GROUP: msgPathGroup,
  PATH_GROUP_AGGREGATE: msgPathGroupAggregate,
  PATH_JOIN: msgPathJoin,
  API_ONLY_VIA_PROFILE: msgApiOnlyViaProfile,
  API_ONLY_VIA_PERMISSION_SET: msgApiOnlyViaPermissionSet,
  API_ONLY_VIA_GROUP: msgApiOnlyViaGroup,
  API_ONLY_VIA_GROUP_AGGREGATE: msgApiOnlyViaGroupAggregate,
  API_ONLY_BY_LICENSE: msgApiOnlyByLicense,
  MFA_API_WITHOUT_UI: msgMfaApiWithoutUi,
  MFA_API_ON_API_ONLY_USER: msgMfaApiOnApiOnlyUser,
  INTEGRATION_USER_WITHOUT_UI_MFA: msgIntegrationUserWithoutUiMfa,
  UI_MFA_ON_LIMITED_ACCESS_FREE: msgUiMfaOnLimitedAccessFree,
  USER_INACTIVE: msgUserInactive,
  GROUP_NOT_UPDATED: msgGroupNotUpdated,
  GROUP_AGGREGATE_MISMATCH: msgGroupAggregateMismatch,
  FIX_REMOVE_ASSIGNMENT: msgFixRemoveAssignment,
  FIX_REMOVE_GROUP_COMPONENT: msgFixRemoveGroupComponent,
  FIX_MUTE_IN_GROUP: msgFixMuteInGroup,
  FIX_UNCHECK_ON_PERMISSION_SET: msgFixUncheckOnPermissionSet,
  FIX_CHECK_ON_PERMISSION_SET: msgFixCheckOnPermissionSet,
  FIX_LOCKED_MANAGED_SET: msgFixLockedManagedSet,
  FIX_LOCKED_STANDARD_SET: msgFixLockedStandardSet,
  FIX_LOCKED_GROUP_AGGREGATE: msgFixLockedGroupAggregate,
  FIX_CHANGE_PROFILE: msgFixChangeProfile,
  FIX_ASSIGN_PERMISSION_SET: msgFixAssignPermissionSet,
  FIX_END_SESSIONS: msgFixEndSessions
};
