// The access engine's entry: pure functions over an org's facts, no platform imports, shared by
// the LWCs, the command line (compiled to CommonJS) and the local preview.
export type {
  RecordId,
  PermissionFlags,
  UserRecord,
  ProfileRecord,
  UserLicenseRecord,
  PermissionSetRecord,
  PermissionSetAssignmentRecord,
  PermissionSetGroupStatus,
  PermissionSetGroupRecord,
  PermissionSetGroupComponentRecord,
  MutingPermissionSetRecord,
  TwoFactorMethodsInfoRecord,
  LoginHistoryRecord,
  AuthSessionRecord,
  SessionPermSetActivationRecord,
  FactRecords,
  PermissionFieldInfo,
  Facts,
  Snapshot,
  EngineOptions,
  SourceKind,
  NotInEffectReason,
  Source,
  PermissionExplanation,
  Severity,
  FindingParams,
  BlastScope,
  BlastRadius,
  FixKind,
  Fix,
  Finding,
  ExplainedUser,
  RenderedText,
  Explanation,
  SourceRef,
  AuditPermission,
  AuditRow,
  AuditCounts,
  Audit,
  MessageTexts
} from './types';
export { SnapshotError, UnknownUserError } from './errors';
export { TRACKED_PERMISSIONS, DEFAULT_LABELS } from './tracked';
export type { TrackedPermission } from './tracked';
export { parseSnapshot, validateSnapshot } from './snapshot';
export { explainUser } from './explain';
export { auditOrg } from './audit';
export { renderFinding, ENGLISH_MESSAGES } from './messages';
export {
  INTEGRATION_PROFILE_NAME,
  INTEGRATION_LICENSE_NAME,
  HIGH_ASSURANCE_OAUTH_FLOWS
} from './findings';
