// Public types of the bulk MFA planning (issue 6): requests, rows, changes, messages and plans.
// A plan is a preview only: Apex applies it, re-checking the rules that protect the org.
import type {
  FindingParams,
  MessageTexts,
  PermissionSetAssignmentRecord,
  PermissionSetRecord,
  RecordId
} from './types';

/** The four MFA permissions the editor may change. */
export type MfaField =
  | 'PermissionsForceTwoFactor'
  | 'PermissionsTwoFactorApi'
  | 'PermissionsDelegatedTwoFactor'
  | 'PermissionsManageTwoFactor';

export interface MfaEdit {
  readonly permissionSetId?: RecordId | null;
  /** PermissionSet Name (`ns__Name` for a managed one), a profile's Name, or a group's DeveloperName. */
  readonly permissionSetName?: string | null;
  /** API name, metadata name, or a short alias: ui, api, manage-ui, manage-api. */
  readonly field: string;
  readonly value: boolean;
  /** The row's LastModifiedDate as the preview saw it; Apex refuses the row if it changed since. */
  readonly expectedLastModified?: string | null;
}

export interface MfaEditRequest {
  readonly edits: readonly MfaEdit[];
  /** The admin applying the plan; lockout rules are checked for this user. */
  readonly actingUserId?: RecordId | null;
}

export interface PlanOptions {
  /** The instant expirations are judged at; default facts.capturedAt, else the current time. */
  readonly now?: Date | string;
  /**
   * The acting user's time zone (IANA), in which a chosen expiry date begins, as Apex writes
   * it; default UTC.
   */
  readonly timeZone?: string;
  /** Templates by code (Custom Label values in the org); default PLAN_MESSAGES. */
  readonly texts?: MessageTexts;
  /** How many affected users to list by Name; default 10. */
  readonly sampleSize?: number;
  /**
   * The most rows one change set may have (Apex's cap, MfaEditorController.getChangeSetLimits):
   * a plan with more is blocked (TOO_MANY_ROWS). Unset: not checked.
   */
  readonly maxRows?: number | null;
  /**
   * Active users of each profile in the org, by Profile Id, when the facts may hold only some
   * of them (a sample: MfaEditorPlanningFacts.profileUserCounts). A profile grant whose profile
   * has more active users than the facts hold is blocked (PROFILE_USERS_NOT_ALL_LOADED): it
   * assigns to all of them or to none. A profile absent here is taken as whole in the facts.
   */
  readonly profileUserCounts?: Readonly<Record<RecordId, number>> | null;
  /**
   * The sets a profile grant may reuse, by Id, with the MFA field each grants
   * (MfaEditorPlanningFacts.reusableGrantSets): Apex found each created by this app for a grant,
   * unchanged since, carrying nothing but that permission (every Permissions* field, no object,
   * field, tab or setup entity access). No other set is reused, whatever it grants: unset or
   * empty, the grant plans a new set. Apex decides again at write time.
   */
  readonly reusableGrantSets?: Readonly<Record<RecordId, string>> | null;
  /**
   * What a clone would carry of its original (MfaEditorPlanningController.getCloneContents).
   * Unset: not read; the plan says so and Apex checks at write time.
   */
  readonly cloneContents?: CloneContents | null;
}

/** What a clone copies of its original, by kind, and what it can't (Apex counts it). */
export interface CloneContents {
  readonly permissionSetId: RecordId;
  /** Granted user permissions copied (those left out not counted). */
  readonly userPermissions: number;
  readonly objectPermissions: number;
  readonly fieldPermissions: number;
  readonly tabSettings: number;
  /** Setup entity access copied, by SetupEntityType (ApexClass, CustomPermission, TabSet…). */
  readonly setupEntityAccess: Readonly<Record<string, number>>;
  /** Setup entity access Apex can't copy, by SetupEntityType. */
  readonly notCopiedSetupEntityAccess: Readonly<Record<string, number>>;
  /** Labels of granted user permissions Apex can't write. */
  readonly notCopiedPermissions: readonly string[];
  /** More child rows than one clone copies (maxCopiedRows). */
  readonly tooManyRows: boolean;
  readonly maxCopiedRows: number;
  readonly licenseId: RecordId | null;
  /** Users asked about who lack the permission set licence the set needs. */
  readonly usersLackingLicence: readonly RecordId[];
  readonly hasActivationRequired: boolean;
  readonly hasDescription: boolean;
}

/** How the platform lets a permission set be edited. */
export type RowKind =
  'permissionSet' | 'profile' | 'groupAggregate' | 'managedPackage' | 'standardSet';

export type LockReason =
  'LOCKED_GROUP_AGGREGATE' | 'LOCKED_MANAGED_PACKAGE' | 'LOCKED_STANDARD_SET';

/**
 * applicable: Apex will write it. profileAction: not written by Apex, see profileActions.
 * locked / conflict: blocked, never applied. noChange: every requested value is already set.
 */
export type RowStatus = 'applicable' | 'profileAction' | 'locked' | 'conflict' | 'noChange';

export type DependencyReason = 'MFA_API_REQUIRES_UI' | 'UI_OFF_TURNS_API_OFF';

export interface PlannedChange {
  readonly permissionSetId: RecordId;
  readonly permissionSetName: string;
  readonly field: MfaField;
  readonly metadataName: string;
  readonly label: string;
  readonly before: boolean;
  readonly after: boolean;
  /** Added by the engine to satisfy the platform's dependency between the two MFA logins. */
  readonly dependent: boolean;
  readonly dependencyReason: DependencyReason | null;
  /** The reason rendered, e.g. "... turned on too: ... requires it." */
  readonly dependencyMessage: string | null;
}

export interface PlanRow {
  /** The PermissionSet Id (for a profile: its profile-owned permission set). */
  readonly permissionSetId: RecordId;
  /** PermissionSet Name; for a profile, the profile's Name. */
  readonly name: string;
  readonly label: string | null;
  readonly kind: RowKind;
  readonly status: RowStatus;
  readonly lockReason: LockReason | null;
  readonly profileId: RecordId | null;
  /** No-ops skipped. For locked and conflicting rows: what was asked, never applied. */
  readonly changes: readonly PlannedChange[];
  readonly expectedLastModified: string | null;
  /** Affected users who hold this row's set (directly, through a group, or by profile). */
  readonly affectedUserCount: number;
}

export interface PlanUser {
  readonly id: RecordId;
  readonly username: string;
  readonly name: string;
}

export interface EffectiveChange {
  readonly field: MfaField;
  readonly label: string;
  readonly before: boolean;
  readonly after: boolean;
}

export interface AffectedUser extends PlanUser {
  readonly changes: readonly EffectiveChange[];
}

export interface AffectedUsers {
  readonly count: number;
  /** The first users by Name (then Id). */
  readonly sample: readonly AffectedUser[];
}

export type PlanSeverity = 'warning' | 'info';

export interface PlanMessage {
  readonly code: string;
  readonly severity: PlanSeverity;
  readonly params: FindingParams;
  readonly message: string;
  /** Every user concerned, sorted by Name then Id (params carry a count and a short sample). */
  readonly userIds: readonly RecordId[];
}

/**
 * size: more rows than one change set holds (PlanOptions.maxRows), or a profile grant whose
 * profile has more active users than the facts hold (PlanOptions.profileUserCounts).
 */
/** 'confirm': lifted only by the admin confirming the users named (the write re-checks them). */
export type BlockerCategory =
  'badInput' | 'size' | 'locked' | 'conflict' | 'licence' | 'lockout' | 'confirm';

export interface PlanBlocker {
  readonly code: string;
  readonly category: BlockerCategory;
  readonly params: FindingParams;
  readonly message: string;
  /** The row concerned, when one is. */
  readonly permissionSetId: RecordId | null;
  readonly userIds: readonly RecordId[];
}

/** A change a profile needs that Apex cannot write to the profile itself. */
export interface ProfileGrantAction {
  readonly kind: 'grantThroughPermissionSet';
  readonly profileId: RecordId;
  readonly profileName: string;
  readonly fields: readonly MfaField[];
  /** An existing set granting exactly these fields (reused), or the one to create. */
  readonly permissionSet: {
    readonly id: RecordId | null;
    readonly name: string;
    readonly label: string;
    readonly reuse: boolean;
  };
  /** The profile's active users without a direct assignment of that set yet. */
  readonly assignUserIds: readonly RecordId[];
  /** The rows this grant's change set writes: the permissions of a created set, one per user. */
  readonly rowCount: number;
  /**
   * What blocks this grant, its own change set (TOO_MANY_ROWS, PROFILE_USERS_NOT_ALL_LOADED);
   * the plan's apply is not.
   */
  readonly blockers: readonly PlanBlocker[];
  readonly code: string;
  readonly params: FindingParams;
  readonly message: string;
}

export interface ProfileSetupAction {
  readonly kind: 'changeInSetup';
  readonly profileId: RecordId;
  readonly profileName: string;
  readonly fields: readonly MfaField[];
  readonly setupPath: string;
  /** Relative to the org's Lightning domain. */
  readonly setupUrl: string;
  /** One `<userPermissions>` element per field, for a Metadata API profile deploy. */
  readonly metadataXml: string;
  readonly code: string;
  readonly params: FindingParams;
  readonly message: string;
}

export type ProfileAction = ProfileGrantAction | ProfileSetupAction;

interface PlanOutcome {
  readonly actingUserId: RecordId | null;
  /** Users whose effective value of a changed permission changes (all steps carried out). */
  readonly affectedUsers: AffectedUsers;
  readonly warnings: readonly PlanMessage[];
  readonly blockers: readonly PlanBlocker[];
}

export interface MfaEditPlan extends PlanOutcome {
  readonly kind: 'mfaEdits';
  readonly rows: readonly PlanRow[];
  /** The diff Apex writes: applicable rows only, no-ops skipped, dependent changes marked. */
  readonly changes: readonly PlannedChange[];
  readonly profileActions: readonly ProfileAction[];
}

export interface CloneWithoutRequest {
  readonly permissionSetId: RecordId;
  readonly field: string;
  readonly userIds: readonly RecordId[];
  readonly actingUserId?: RecordId | null;
}

export interface AssignmentMove {
  readonly userId: RecordId;
  /** The user's assignment of the original, deleted. */
  readonly deleteAssignmentId: RecordId;
  /** Inserted for the clone; null when the user already has the reused clone. */
  readonly insertAssignment: {
    readonly AssigneeId: RecordId;
    readonly ExpirationDate: string | null;
  } | null;
}

export interface ClonePermissionSet {
  /** Null until Apex creates it; set when an identical clone already exists and is reused. */
  readonly id: RecordId | null;
  readonly name: string;
  readonly label: string;
  readonly reuse: boolean;
  readonly licenseId: RecordId | null;
  readonly hasActivationRequired: boolean;
  /** Tracked Permissions* values: the original's minus the field, plus the dependency rule. */
  readonly permissions: Readonly<Record<string, boolean>>;
}

export interface CloneWithoutPlan extends PlanOutcome {
  readonly kind: 'cloneWithout';
  readonly original: { readonly id: RecordId; readonly name: string };
  readonly clone: ClonePermissionSet | null;
  /** The clone's values that differ from the original (the removed field and its dependents). */
  readonly removed: readonly PlannedChange[];
  readonly moves: readonly AssignmentMove[];
  /** What the clone copies, as Apex counted it; null when not read (PlanOptions.cloneContents). */
  readonly contents: CloneContents | null;
}

export type AssignmentAction = 'assign' | 'remove';

export interface AssignmentPlanRequest {
  readonly permissionSetId: RecordId;
  readonly userIds: readonly RecordId[];
  readonly action: AssignmentAction;
  /** ISO date or date-time; assign only. */
  readonly expirationDate?: string | null;
  /**
   * Also give the expiry to users whose assignment is permanent (default: a permanent
   * assignment stays permanent; only new and already expiring ones get the date).
   */
  readonly endPermanentAssignments?: boolean;
  readonly actingUserId?: RecordId | null;
}

export type AssignmentRowStatus =
  'insert' | 'updateExpiration' | 'delete' | 'alreadyAssigned' | 'notAssigned' | 'blocked';

export interface AssignmentRow extends PlanUser {
  readonly status: AssignmentRowStatus;
  /** The existing assignment (delete, updateExpiration, alreadyAssigned). */
  readonly assignmentId: RecordId | null;
  /** The expiry after the change (null: permanent, or no assignment). */
  readonly expirationDate: string | null;
  /** The expiry of the existing assignment before the change (null: permanent, or none). */
  readonly previousExpirationDate: string | null;
  /** Blocker codes for this user. */
  readonly blockedBy: readonly string[];
  /** The same blockers in words, about this user alone (the ROW_<code> texts). */
  readonly blockedByTexts: readonly string[];
}

export interface AssignmentPlan extends PlanOutcome {
  readonly kind: 'assignments';
  readonly action: AssignmentAction;
  readonly permissionSet: { readonly id: RecordId; readonly name: string } | null;
  readonly rows: readonly AssignmentRow[];
}

/** What a plan changes in the facts, to evaluate before against after. */
export interface FactChanges {
  /** New values of MFA fields by PermissionSet Id. */
  readonly permissionSetValues: ReadonlyMap<RecordId, Readonly<Partial<Record<MfaField, boolean>>>>;
  readonly addPermissionSets: readonly PermissionSetRecord[];
  readonly removeAssignmentIds: ReadonlySet<RecordId>;
  readonly addAssignments: readonly PermissionSetAssignmentRecord[];
}
