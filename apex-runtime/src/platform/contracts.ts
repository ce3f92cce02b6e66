// The seams between the parts of the platform model. Each part is its own module:
//   schema.ts     describe of every SObject (standard from the platform type library, custom
//                 from force-app)                                       → Schema
//   store.ts      the org's records and the DML engine, transactions,
//                 savepoints, setup-object rules                        → RecordStore, Dml
//   baseline.ts   a fresh scratch org's records (profiles, licences, the admin user)
//   security.ts   a user's effective permissions and what they open    → AccessChecker
//   ../soql/      SOQL parsing and execution over the store             → (uses all of these)
//   limits.ts     governor limits                                       → Limits
// The interpreter builds one PlatformContext per test method (or per preview request).
import type { ApexValue } from '../values';

/** DescribeFieldResult.getType() values, lower-case as in the REST describe. */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'boolean'
  | 'int'
  | 'long'
  | 'double'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'time'
  | 'reference'
  | 'picklist'
  | 'multipicklist'
  | 'combobox'
  | 'email'
  | 'phone'
  | 'url'
  | 'base64'
  | 'encryptedstring'
  | 'address'
  | 'location'
  | 'anytype';

export interface PicklistEntry {
  value: string;
  label: string;
  active: boolean;
  defaultValue: boolean;
}

export interface FieldDescribe {
  /** API name as the platform spells it: 'PermissionsApiUserOnly', 'Kind__c'. */
  name: string;
  label: string;
  type: FieldType;
  /** Maximum characters for text types; 0 otherwise. */
  length: number;
  precision: number;
  scale: number;
  /** Can hold null. */
  nillable: boolean;
  /** Must be given on insert: createable, not nillable, and not defaulted on create. */
  required: boolean;
  createable: boolean;
  updateable: boolean;
  /** Set by the platform (Id, CreatedDate, SystemModstamp, formulas, roll-ups, auto numbers). */
  calculated: boolean;
  custom: boolean;
  /** For 'reference': the SObjects it may point to. */
  referenceTo: string[];
  /** For 'reference': the relationship name used in SOQL paths ('Profile', 'Change_Set__r'). */
  relationshipName: string | null;
  picklistValues: PicklistEntry[];
  /** A restricted picklist rejects values that are not in picklistValues. */
  restrictedPicklist: boolean;
  /** The value an insert gives when the field is not set (null when none). */
  defaultValue: ApexValue;
  filterable: boolean;
  groupable: boolean;
  sortable: boolean;
  aggregatable: boolean;
}

export interface ChildRelationship {
  /** The name used in a subquery's FROM: 'Assignments', 'Parts__r'. */
  relationshipName: string;
  childSObject: string;
  /** The child's lookup field to the parent: 'AssigneeId', 'Change_Set__c'. */
  field: string;
}

export interface ObjectDescribe {
  /** API name as the platform spells it. */
  name: string;
  label: string;
  labelPlural: string;
  /** First three characters of the object's Ids. */
  keyPrefix: string;
  custom: boolean;
  /**
   * A setup object (User, PermissionSet, PermissionSetAssignment, Group, …): DML on one may not
   * be mixed with DML on a non-setup object in one transaction (MIXED_DML_OPERATION).
   */
  setup: boolean;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  queryable: boolean;
  /** Lower-case field name → describe. */
  fields: Map<string, FieldDescribe>;
  /** Lower-case relationship name → child relationship. */
  childRelationships: Map<string, ChildRelationship>;
}

export interface Schema {
  /** By API name, case-insensitive; undefined when the org has no such object. */
  object(name: string): ObjectDescribe | undefined;
  objectByKeyPrefix(prefix: string): ObjectDescribe | undefined;
  objects(): Iterable<ObjectDescribe>;
}

/** One stored record: lower-case field name → value. Holds value fields only (no relationships). */
export type StoredRecord = Map<string, ApexValue>;

/** Read access to the org's records, for SOQL and security. Rows are the store's own: do not mutate. */
export interface RecordStore {
  /** Every record of the object (canonical API name), in insertion order. */
  rows(objectName: string): Iterable<StoredRecord>;
  /** The record with this Id (15 or 18 characters), or undefined. */
  byId(id: string): { object: string; record: StoredRecord } | undefined;
  /** The journal position: what an async job's rollback returns to. */
  mark(): number;
  /** Undoes every change made after the mark (an async job that failed). */
  undoTo(mark: number): void;
}

export type ObjectOperation = 'read' | 'create' | 'edit' | 'delete';
export type FieldOperation = 'read' | 'edit';

/**
 * A user's effective permissions, computed from the org's records as the platform does: the
 * profile's permission set, plus each active assigned set and group (a group's members minus
 * its muting set). Used for user-mode SOQL and DML, FeatureManagement and UserInfo.
 */
export interface AccessChecker {
  /** A user permission by its field name, e.g. 'PermissionsViewSetup'. */
  hasUserPermission(userId: string, permissionField: string): boolean;
  /** A custom permission by DeveloperName (FeatureManagement.checkPermission). */
  hasCustomPermission(userId: string, developerName: string): boolean;
  /** CRUD on an object in user mode; for setup objects, what View Setup, Manage Users, … open. */
  canAccessObject(userId: string, objectName: string, operation: ObjectOperation): boolean;
  /** FLS in user mode. */
  canAccessField(
    userId: string,
    objectName: string,
    fieldName: string,
    operation: FieldOperation
  ): boolean;
  /** Forget cached answers: the store changed. */
  invalidate(): void;
}

/** How a DML statement or query checks access: system mode, or the running user's CRUD/FLS. */
export type AccessMode = 'system' | 'user';

export interface DmlOptions {
  /** false for Database.insert(rows, false): failing rows are reported, the rest commit. */
  allOrNone: boolean;
  mode: AccessMode;
}

/** Database.SaveResult / DeleteResult / UpsertResult of one row. */
export interface DmlRowResult {
  id: string | null;
  success: boolean;
  errors: import('../errors').DmlRowError[];
  /** Upsert: whether the row was inserted. */
  created?: boolean;
}

/** A Database.Savepoint: opaque to callers. */
export interface SavepointHandle {
  readonly id: number;
}

/**
 * The DML engine. With allOrNone a failing row throws ApexError('DmlException') and nothing of
 * the statement is written; otherwise each row succeeds or fails alone. Inserted rows get their
 * Id (and system fields) written back into the SObjectValue, as the platform does.
 */
export interface Dml {
  insert(rows: import('../values').SObjectValue[], options: DmlOptions): DmlRowResult[];
  update(rows: import('../values').SObjectValue[], options: DmlOptions): DmlRowResult[];
  upsert(
    rows: import('../values').SObjectValue[],
    externalIdField: string | null,
    options: DmlOptions
  ): DmlRowResult[];
  /** Rows or Ids. */
  delete(rows: (import('../values').SObjectValue | string)[], options: DmlOptions): DmlRowResult[];
  setSavepoint(): SavepointHandle;
  rollback(savepoint: SavepointHandle): void;
  /** Test.calculatePermissionSetGroup: recompute a group's aggregate set and mark it Updated. */
  calculatePermissionSetGroup(groupIds: string[]): void;
}

/** What the SOQL engine, the DML engine and the system classes share in one transaction. */
export interface PlatformContext {
  schema: Schema;
  store: RecordStore;
  dml: Dml;
  access: AccessChecker;
  limits: import('./limits').Limits;
  /** The user Apex runs as now (System.runAs changes it). 18 characters. */
  runningUserId(): string;
  /** The transaction's clock: milliseconds since the epoch (Datetime.now()). */
  now(): number;
  /** A new 18-character Id with the object's key prefix, unique in this org. */
  newId(objectName: string): string;
}
