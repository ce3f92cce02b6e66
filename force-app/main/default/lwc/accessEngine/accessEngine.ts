// The access engine's entry: pure functions over an org's facts, no platform imports, shared by
// the LWCs, the command line (compiled to CommonJS) and the local preview.
//
// Rules, in short (details beside each function):
// - Sources of a permission: the profile (its owned permission set), each direct assignment, and
//   each group assignment through every member set that grants it. The group's aggregate
//   (PermissionSet Type = 'Group') is what the platform applies: a member the aggregate lacks is
//   'notInGroupAggregate'; an aggregate grant no unmuted member explains is a source of its own
//   (via null); either disagreement, or Status other than Updated, is a group finding.
// - Not in effect: 'userInactive', 'expired' (judged at options.now, else facts.capturedAt, else
//   now; a date-only ExpirationDate lasts through that day, UTC), 'sessionActivationRequired'
//   (HasActivationRequired, unless a SessionPermSetActivation record or
//   options.activatedPermissionSetIds names the set, a group's aggregate or the group),
//   'assignmentInactive' (IsActive = false), 'muted' (the group's MutingPermissionSet).
// - Sources are listed profile first, then by assignment Id; audit rows are by username.
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
export { parseSnapshot, validateSnapshot, snapshotFields } from './snapshot';
export { explainUser } from './explain';
export { auditOrg } from './audit';
export { renderFinding, renderReason, ENGLISH_MESSAGES } from './messages';
export {
  INTEGRATION_PROFILE_NAME,
  INTEGRATION_LICENSE_NAME,
  HIGH_ASSURANCE_OAUTH_FLOWS
} from './findings';
export * from './plan';
