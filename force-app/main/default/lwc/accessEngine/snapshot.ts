// Snapshot validation: one clear SnapshotError naming object, record and field; unknown fields and
// objects are ignored; an object missing from `records` means "not captured".
import { SnapshotError } from './errors';
import type { FactRecords, PermissionFieldInfo, Snapshot } from './types';

type FieldKind = 'id' | 'string' | 'boolean' | 'date';

interface FieldRule {
  readonly kind: FieldKind;
  readonly required: boolean;
  /** Objects the Id must exist in (checked only when that object was captured). */
  readonly linksTo?: readonly string[];
}

const req = (kind: FieldKind, ...linksTo: string[]): FieldRule => ({
  kind,
  required: true,
  linksTo
});
const opt = (kind: FieldKind, ...linksTo: string[]): FieldRule => ({
  kind,
  required: false,
  linksTo
});

/** The objects of the snapshot format and their fields: what a capture reads, and what validation checks. */
const SCHEMA: Readonly<Record<keyof FactRecords, Readonly<Record<string, FieldRule>>>> = {
  User: {
    Id: req('id'),
    Username: req('string'),
    Name: req('string'),
    IsActive: req('boolean'),
    UserType: opt('string'),
    ProfileId: req('id', 'Profile')
  },
  Profile: { Id: req('id'), Name: req('string'), UserLicenseId: opt('id', 'UserLicense') },
  UserLicense: { Id: req('id'), Name: req('string'), LicenseDefinitionKey: opt('string') },
  PermissionSet: {
    Id: req('id'),
    Name: req('string'),
    Label: opt('string'),
    Type: opt('string'),
    IsOwnedByProfile: req('boolean'),
    ProfileId: opt('id', 'Profile'),
    PermissionSetGroupId: opt('id', 'PermissionSetGroup'),
    IsCustom: opt('boolean'),
    NamespacePrefix: opt('string'),
    HasActivationRequired: opt('boolean'),
    LicenseId: opt('id')
  },
  PermissionSetAssignment: {
    Id: req('id'),
    AssigneeId: req('id', 'User'),
    PermissionSetId: req('id', 'PermissionSet'),
    PermissionSetGroupId: opt('id', 'PermissionSetGroup'),
    ExpirationDate: opt('date'),
    IsActive: opt('boolean')
  },
  PermissionSetGroup: {
    Id: req('id'),
    DeveloperName: req('string'),
    MasterLabel: opt('string'),
    Status: opt('string')
  },
  PermissionSetGroupComponent: {
    Id: req('id'),
    PermissionSetGroupId: req('id', 'PermissionSetGroup'),
    PermissionSetId: req('id', 'PermissionSet', 'MutingPermissionSet')
  },
  MutingPermissionSet: { Id: req('id'), DeveloperName: req('string'), MasterLabel: opt('string') },
  TwoFactorMethodsInfo: {
    UserId: req('id', 'User'),
    HasTotp: opt('boolean'),
    HasSalesforceAuthenticator: opt('boolean'),
    HasSecurityKey: opt('boolean'),
    HasBuiltInAuthenticator: opt('boolean'),
    HasTempCode: opt('boolean'),
    HasUserVerifiedMobileNumber: opt('boolean'),
    HasUserVerifiedEmailAddress: opt('boolean')
  },
  LoginHistory: {
    Id: req('id'),
    UserId: req('id', 'User'),
    LoginTime: opt('date'),
    LoginType: opt('string'),
    LoginSubType: opt('string'),
    Status: opt('string'),
    Application: opt('string')
  },
  AuthSession: {
    Id: req('id'),
    UsersId: req('id', 'User'),
    SessionType: opt('string'),
    LoginType: opt('string'),
    SessionSecurityLevel: opt('string'),
    CreatedDate: opt('date')
  },
  SessionPermSetActivation: {
    Id: req('id'),
    UserId: req('id', 'User'),
    PermissionSetId: req('id', 'PermissionSet'),
    AuthSessionId: opt('id')
  }
};

/** The fields of one snapshot object, in format order (the command line's capture queries them). */
export function snapshotFields(objectName: keyof FactRecords): readonly string[] {
  return Object.keys(SCHEMA[objectName]);
}

/** Objects whose `Permissions*` fields must be booleans when present. */
const HAS_PERMISSION_FLAGS = new Set(['PermissionSet', 'MutingPermissionSet']);
const OBJECT_NAMES = Object.keys(SCHEMA) as (keyof FactRecords)[];
/** Objects other records link to: only their Ids are collected (and checked for duplicates). */
const LINK_TARGETS = new Set(
  Object.values(SCHEMA).flatMap((rules) =>
    Object.values(rules).flatMap((rule) => rule.linksTo ?? [])
  )
);
const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeRecord(objectName: string, record: JsonObject, index: number): string {
  const id = record.Id;
  return typeof id === 'string' && id !== ''
    ? `${objectName} ${id}`
    : `${objectName} record #${index + 1}`;
}

function fail(
  objectName: string,
  record: JsonObject,
  index: number,
  field: string,
  problem: string
): never {
  const id = typeof record.Id === 'string' ? record.Id : null;
  throw new SnapshotError(
    `Snapshot: ${describeRecord(objectName, record, index)}, field ${field}: ${problem}.`,
    objectName,
    id,
    field
  );
}

function checkValue(
  objectName: string,
  record: JsonObject,
  index: number,
  field: string,
  rule: FieldRule
): void {
  const value = record[field];
  if (value === undefined || value === null) {
    if (rule.required) fail(objectName, record, index, field, 'is missing');
    return;
  }
  switch (rule.kind) {
    case 'boolean':
      if (typeof value !== 'boolean')
        fail(objectName, record, index, field, 'must be true or false');
      return;
    case 'id':
      if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
        fail(objectName, record, index, field, `"${String(value)}" is not a Salesforce Id`);
      }
      return;
    case 'date':
      if (
        typeof value !== 'string' ||
        !DATE_PATTERN.test(value) ||
        Number.isNaN(Date.parse(value))
      ) {
        fail(objectName, record, index, field, `"${String(value)}" is not an ISO-8601 date`);
      }
      return;
    default:
      if (typeof value !== 'string' || (rule.required && value === '')) {
        fail(objectName, record, index, field, 'must be a non-empty text');
      }
  }
}

function checkPermissionFlags(objectName: string, record: JsonObject, index: number): void {
  for (const field of Object.keys(record)) {
    const value = record[field];
    if (field.startsWith('Permissions') && value !== null && typeof value !== 'boolean') {
      fail(objectName, record, index, field, 'must be true or false');
    }
  }
}

/** Checks every record's fields; returns the Ids of each captured object others link to. */
function checkRecords(records: JsonObject): Map<string, Set<string>> {
  const idsByObject = new Map<string, Set<string>>();
  for (const objectName of OBJECT_NAMES) {
    const list = records[objectName];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      throw new SnapshotError(
        `Snapshot: records.${objectName} must be a list of records.`,
        objectName
      );
    }
    const rules = Object.entries(SCHEMA[objectName]);
    const hasFlags = HAS_PERMISSION_FLAGS.has(objectName);
    const collectIds = LINK_TARGETS.has(objectName);
    const ids = new Set<string>();
    list.forEach((record: unknown, index: number) => {
      if (!isObject(record)) {
        throw new SnapshotError(
          `Snapshot: ${objectName} record #${index + 1} is not an object.`,
          objectName
        );
      }
      for (const [field, rule] of rules) checkValue(objectName, record, index, field, rule);
      if (hasFlags) checkPermissionFlags(objectName, record, index);
      if (collectIds && typeof record.Id === 'string') {
        if (ids.has(record.Id)) fail(objectName, record, index, 'Id', 'appears twice');
        ids.add(record.Id);
      }
    });
    idsByObject.set(objectName, ids);
  }
  return idsByObject;
}

function checkLinks(records: JsonObject, idsByObject: Map<string, Set<string>>): void {
  for (const objectName of OBJECT_NAMES) {
    const list = records[objectName] as JsonObject[] | undefined;
    if (list === undefined) continue;
    const rules = SCHEMA[objectName];
    // Per linked field, the Id sets of the target objects that were captured (others: no check).
    const links = Object.keys(rules)
      .map((field) => {
        const targets = rules[field].linksTo ?? [];
        const captured = targets.flatMap((target) => idsByObject.get(target) ?? []);
        return { field, targets, captured };
      })
      .filter((link) => link.captured.length > 0);
    if (links.length === 0) continue;
    list.forEach((record, index) => {
      for (const { field, targets, captured } of links) {
        const value = record[field];
        if (typeof value !== 'string' || captured.some((ids) => ids.has(value))) continue;
        fail(
          objectName,
          record,
          index,
          field,
          `links to ${targets.join(' or ')} ${value}, which is not in the snapshot`
        );
      }
    });
  }
}

function checkPermissionFields(value: unknown): readonly PermissionFieldInfo[] | undefined {
  if (value === undefined) return undefined;
  const problem = (index: number, field: string): never => {
    throw new SnapshotError(
      `Snapshot: permissionFields entry #${index + 1}, field ${field}: is missing or of the wrong type.`,
      'permissionFields',
      null,
      field
    );
  };
  if (!Array.isArray(value)) {
    throw new SnapshotError('Snapshot: permissionFields must be a list.', 'permissionFields');
  }
  return value.map((entry: unknown, index: number): PermissionFieldInfo => {
    if (!isObject(entry)) return problem(index, 'fieldName');
    const { fieldName, label, metadataName, available } = entry;
    if (typeof fieldName !== 'string') return problem(index, 'fieldName');
    if (typeof label !== 'string') return problem(index, 'label');
    if (typeof metadataName !== 'string') return problem(index, 'metadataName');
    if (typeof available !== 'boolean') return problem(index, 'available');
    return { fieldName, label, metadataName, available };
  });
}

function checkAssigneeCounts(value: unknown): Readonly<Record<string, number>> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    throw new SnapshotError(
      'Snapshot: assigneeCounts must be an object of PermissionSet Id to count.',
      'assigneeCounts'
    );
  }
  const counts: Record<string, number> = {};
  for (const [id, count] of Object.entries(value)) {
    if (!ID_PATTERN.test(id)) {
      throw new SnapshotError(
        `Snapshot: assigneeCounts key "${id}" is not a Salesforce Id.`,
        'assigneeCounts',
        id
      );
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new SnapshotError(
        `Snapshot: assigneeCounts ${id}: ${JSON.stringify(count)} is not a count.`,
        'assigneeCounts',
        id
      );
    }
    counts[id] = count;
  }
  return counts;
}

/** Validates an already-parsed value as a snapshot; throws one SnapshotError on the first problem. */
export function validateSnapshot(value: unknown): Snapshot {
  if (!isObject(value)) throw new SnapshotError('Snapshot: the file must hold a JSON object.');
  if (value.schemaVersion !== 1) {
    throw new SnapshotError(
      `Snapshot: schemaVersion ${JSON.stringify(value.schemaVersion) ?? 'is missing'}; this version reads schemaVersion 1.`,
      null,
      null,
      'schemaVersion'
    );
  }
  const capturedAt = value.capturedAt;
  if (
    capturedAt !== undefined &&
    (typeof capturedAt !== 'string' || Number.isNaN(Date.parse(capturedAt)))
  ) {
    throw new SnapshotError(
      'Snapshot: capturedAt must be an ISO-8601 date-time.',
      null,
      null,
      'capturedAt'
    );
  }
  const records = value.records;
  if (!isObject(records)) {
    throw new SnapshotError(
      'Snapshot: records is missing or not an object.',
      null,
      null,
      'records'
    );
  }
  checkLinks(records, checkRecords(records));
  const known: Record<string, unknown> = {};
  for (const objectName of OBJECT_NAMES) {
    if (records[objectName] !== undefined) known[objectName] = records[objectName];
  }
  const permissionFields = checkPermissionFields(value.permissionFields);
  const assigneeCounts = checkAssigneeCounts(value.assigneeCounts);
  return {
    schemaVersion: 1,
    records: known as FactRecords,
    ...(typeof capturedAt === 'string' ? { capturedAt } : {}),
    ...(permissionFields ? { permissionFields } : {}),
    ...(assigneeCounts ? { assigneeCounts } : {})
  };
}

/** Parses snapshot text; not JSON → a SnapshotError, never a stack trace for the user. */
export function parseSnapshot(text: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SnapshotError(`Snapshot: not valid JSON (${reason}).`);
  }
  return validateSnapshot(value);
}
