// Public types of the access engine. Records use the platform's API field names exactly as
// SOQL / the REST API return them, so Apex results, snapshot files and the preview fake all fit.

/** A Salesforce record Id (15 or 18 characters). */
export type RecordId = string;

/** The tracked permission booleans, present when the org has the field and it was queried. */
export type PermissionFlags = {
  readonly [field: `Permissions${string}`]: boolean | null | undefined;
};

export interface UserRecord {
  readonly Id: RecordId;
  readonly Username: string;
  readonly Name: string;
  readonly IsActive: boolean;
  readonly UserType?: string | null;
  readonly ProfileId: RecordId;
}

export interface ProfileRecord {
  readonly Id: RecordId;
  readonly Name: string;
  readonly UserLicenseId?: RecordId | null;
}

export interface UserLicenseRecord {
  readonly Id: RecordId;
  readonly Name: string;
  readonly LicenseDefinitionKey?: string | null;
}

export interface PermissionSetRecord extends PermissionFlags {
  readonly Id: RecordId;
  readonly Name: string;
  readonly Label?: string | null;
  /** 'Regular', 'Group' (a group's aggregate), 'Profile', 'Session', … */
  readonly Type?: string | null;
  readonly IsOwnedByProfile: boolean;
  readonly ProfileId?: RecordId | null;
  readonly PermissionSetGroupId?: RecordId | null;
  readonly IsCustom?: boolean | null;
  readonly NamespacePrefix?: string | null;
  readonly HasActivationRequired?: boolean | null;
  readonly LicenseId?: RecordId | null;
  /** Read for the editor's writes, which compare it with the set as it is then. */
  readonly SystemModstamp?: string | null;
}

export interface PermissionSetAssignmentRecord {
  readonly Id: RecordId;
  readonly AssigneeId: RecordId;
  /** For a group assignment: the group's aggregate permission set (Type = 'Group'). */
  readonly PermissionSetId: RecordId;
  readonly PermissionSetGroupId?: RecordId | null;
  /** ISO date or date-time; a date-only value is valid through that whole day (UTC). */
  readonly ExpirationDate?: string | null;
  readonly IsActive?: boolean | null;
}

/** Updated, Outdated, Updating or Failed. */
export type PermissionSetGroupStatus =
  'Updated' | 'Outdated' | 'Updating' | 'Failed' | (string & {});

export interface PermissionSetGroupRecord {
  readonly Id: RecordId;
  readonly DeveloperName: string;
  readonly MasterLabel?: string | null;
  readonly Status?: PermissionSetGroupStatus | null;
}

export interface PermissionSetGroupComponentRecord {
  readonly Id: RecordId;
  readonly PermissionSetGroupId: RecordId;
  /** A member permission set, or the group's MutingPermissionSet. */
  readonly PermissionSetId: RecordId;
}

export interface MutingPermissionSetRecord extends PermissionFlags {
  readonly Id: RecordId;
  readonly DeveloperName: string;
  readonly MasterLabel?: string | null;
}

export interface TwoFactorMethodsInfoRecord {
  readonly UserId: RecordId;
  readonly HasTotp?: boolean | null;
  readonly HasSalesforceAuthenticator?: boolean | null;
  readonly HasSecurityKey?: boolean | null;
  readonly HasBuiltInAuthenticator?: boolean | null;
  readonly HasTempCode?: boolean | null;
  readonly HasUserVerifiedMobileNumber?: boolean | null;
  readonly HasUserVerifiedEmailAddress?: boolean | null;
}

export interface LoginHistoryRecord {
  readonly Id: RecordId;
  readonly UserId: RecordId;
  readonly LoginTime?: string | null;
  readonly LoginType?: string | null;
  readonly LoginSubType?: string | null;
  readonly Status?: string | null;
  readonly Application?: string | null;
}

export interface AuthSessionRecord {
  readonly Id: RecordId;
  readonly UsersId: RecordId;
  readonly SessionType?: string | null;
  readonly LoginType?: string | null;
  readonly SessionSecurityLevel?: string | null;
  readonly CreatedDate?: string | null;
}

/** A session-based permission set activated in one of the user's sessions. */
export interface SessionPermSetActivationRecord {
  readonly Id: RecordId;
  readonly UserId: RecordId;
  readonly PermissionSetId: RecordId;
  readonly AuthSessionId?: RecordId | null;
}

/** The snapshot's `records` map. A missing object means "not captured", not "none". */
export interface FactRecords {
  readonly User?: readonly UserRecord[];
  readonly Profile?: readonly ProfileRecord[];
  readonly UserLicense?: readonly UserLicenseRecord[];
  readonly PermissionSet?: readonly PermissionSetRecord[];
  readonly PermissionSetAssignment?: readonly PermissionSetAssignmentRecord[];
  readonly PermissionSetGroup?: readonly PermissionSetGroupRecord[];
  readonly PermissionSetGroupComponent?: readonly PermissionSetGroupComponentRecord[];
  readonly MutingPermissionSet?: readonly MutingPermissionSetRecord[];
  readonly TwoFactorMethodsInfo?: readonly TwoFactorMethodsInfoRecord[];
  readonly LoginHistory?: readonly LoginHistoryRecord[];
  readonly AuthSession?: readonly AuthSessionRecord[];
  readonly SessionPermSetActivation?: readonly SessionPermSetActivationRecord[];
}

/** One tracked field as the org describes it (Apex PermissionFieldsController's answer). */
export interface PermissionFieldInfo {
  readonly fieldName: string;
  readonly label: string;
  readonly metadataName: string;
  readonly available: boolean;
}

/** What the engine reasons over: records plus the org's describe of the tracked fields. */
export interface Facts {
  readonly records: FactRecords;
  readonly permissionFields?: readonly PermissionFieldInfo[];
  /** ISO-8601; expirations are judged at this instant unless options.now is given. */
  readonly capturedAt?: string;
  /**
   * Distinct active assignees per PermissionSet Id, counted by the server when the records are
   * partial (one user's facts from Apex hold only that user's assignments). For a regular set:
   * its direct holders; for a group's aggregate (Type = 'Group'): the group's members; for a
   * profile-owned set: the profile's users. Blast radius counts use the larger of this and the
   * count from the records. A set absent from the map is counted from the records only.
   */
  readonly assigneeCounts?: Readonly<Record<RecordId, number>>;
}

/** A validated snapshot file; it is itself usable as Facts. */
export interface Snapshot extends Facts {
  readonly schemaVersion: 1;
}

export interface EngineOptions {
  /** The instant expirations are judged at; default facts.capturedAt, else the current time. */
  readonly now?: Date | string;
  /**
   * Session-based permission sets (HasActivationRequired) activated for the explained user,
   * by PermissionSet Id (a group's aggregate Id or the group Id for a session-based group).
   * Added to any SessionPermSetActivation records in the facts.
   */
  readonly activatedPermissionSetIds?: Iterable<RecordId>;
  /** Templates used to fill `message` (default English, see messages.ts). */
  readonly texts?: MessageTexts;
  /**
   * Who reads the explanation. When it is the explained user, the verdict speaks to them
   * ("You are API-only because …", codes ending in _SELF): the locked-out person's own words.
   */
  readonly viewerId?: RecordId;
}

// ---- explanation --------------------------------------------------------------------------

export type SourceKind = 'profile' | 'permissionSet' | 'permissionSetGroup';

/** Why a source that grants a permission does not apply it (null when it does). */
export type NotInEffectReason =
  | 'userInactive'
  | 'expired'
  | 'assignmentInactive'
  | 'sessionActivationRequired'
  | 'muted'
  /** A member grants it, but the group's aggregate (what the platform applies) does not. */
  | 'notInGroupAggregate';

export interface Source {
  readonly kind: SourceKind;
  /** Profile Id, PermissionSet Id, or PermissionSetGroup Id. */
  readonly id: RecordId;
  /** Profile Name, PermissionSet Name, or group DeveloperName. */
  readonly name: string;
  /** For a group: the member set's Name granting it; null when only the aggregate grants it. */
  readonly via: string | null;
  readonly viaId: RecordId | null;
  readonly inEffect: boolean;
  readonly reason: NotInEffectReason | null;
  /** For reason 'muted': the muting set's DeveloperName. */
  readonly mutedBy: string | null;
  /** The assignment that brings this source (null for the profile). */
  readonly assignmentId: RecordId | null;
}

export interface PermissionExplanation {
  readonly field: string;
  readonly label: string;
  readonly effective: boolean;
  readonly sources: readonly Source[];
}

export type Severity = 'error' | 'warning' | 'info';

export type FindingParams = Readonly<Record<string, string | number | boolean>>;

export type BlastScope = 'user' | 'groupMembers' | 'permissionSetAssignees' | 'profileUsers';

export interface BlastRadius {
  readonly scope: BlastScope;
  /**
   * Users the change touches, counted from the facts' records, or from facts.assigneeCounts
   * when the server's count is larger (see Facts.assigneeCounts).
   */
  readonly userCount: number;
}

export type FixKind =
  | 'removeAssignment'
  | 'removeGroupComponent'
  | 'muteInGroup'
  | 'unmuteInGroup'
  | 'uncheckOnPermissionSet'
  | 'checkOnPermissionSet'
  | 'changeProfile'
  | 'assignPermissionSet'
  | 'endSessions';

export interface Fix {
  readonly kind: FixKind;
  readonly code: string;
  readonly params: FindingParams;
  readonly message: string;
  /** The SObject and record the change writes (or that must be edited in Setup). */
  readonly targetObject: string;
  readonly targetId: RecordId;
  /** The permission field the fix changes, when it changes one. */
  readonly field: string | null;
  /** False for profiles: Apex cannot write them; the fix is done in Setup. */
  readonly writableFromApex: boolean;
  readonly blastRadius: BlastRadius;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly params: FindingParams;
  readonly message: string;
  readonly fixes: readonly Fix[];
}

export interface ExplainedUser {
  readonly Id: RecordId;
  readonly Username: string;
  readonly Name: string;
  readonly profile: string | null;
  readonly license: string | null;
}

export interface RenderedText {
  readonly code: string;
  readonly params: FindingParams;
  readonly message: string;
}

export interface Explanation {
  readonly user: ExplainedUser;
  readonly apiOnly: boolean;
  /** The one sentence: why API-only (naming group and member set), or why not. */
  readonly verdict: RenderedText;
  readonly permissions: readonly PermissionExplanation[];
  readonly findings: readonly Finding[];
}

// ---- audit --------------------------------------------------------------------------------

/** A source in effect, in short form for org-wide rows. */
export interface SourceRef {
  readonly kind: SourceKind;
  readonly id: RecordId;
  readonly name: string;
  readonly via: string | null;
}

export interface AuditPermission {
  readonly effective: boolean;
  readonly sources: readonly SourceRef[];
}

export interface AuditRow {
  readonly userId: RecordId;
  readonly username: string;
  readonly name: string;
  readonly isActive: boolean;
  readonly profile: string | null;
  readonly license: string | null;
  readonly apiOnly: boolean;
  /** Keyed by permission field name, in TRACKED_PERMISSIONS order. */
  readonly permissions: Readonly<Record<string, AuditPermission>>;
  readonly findings: readonly Finding[];
}

export interface AuditCounts {
  readonly users: number;
  readonly activeUsers: number;
  readonly apiOnlyUsers: number;
  /** Users for whom each tracked permission is effective. */
  readonly effectiveByPermission: Readonly<Record<string, number>>;
  /** Findings by code, user-level and org-level together. */
  readonly findingsByCode: Readonly<Record<string, number>>;
}

export interface Audit {
  readonly capturedAt: string | null;
  /** The tracked fields reported, with labels (unavailable fields left out). */
  readonly permissions: readonly PermissionFieldInfo[];
  /** One per user, by username. */
  readonly rows: readonly AuditRow[];
  readonly orgFindings: readonly Finding[];
  readonly counts: AuditCounts;
}

/** Templates by code, with `{name}` placeholders (Custom Label values in the org). */
export type MessageTexts = Readonly<Record<string, string>>;
