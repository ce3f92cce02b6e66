// Per-row checks of field values before a write, as the platform makes them (sources in
// docs/dml.md): unknown fields, fields the operation may not write, required fields, text
// length, restricted picklists and references.
import { apexEquals, toId18 } from '../equality';
import { ApexList, SObjectValue, type ApexValue } from '../values';
import type { FieldDescribe, ObjectDescribe, StoredRecord } from './contracts';
import { rowErrors, type RowProblem } from './dmlErrors';
import type { RecordStore } from './store';

const TEXT_TYPES = new Set([
  'string',
  'textarea',
  'email',
  'phone',
  'url',
  'picklist',
  'multipicklist',
  'combobox',
  'encryptedstring'
]);

/** Fields the platform sets itself and ignores when a queried record is written back. */
export const SYSTEM_FIELDS = new Set([
  'createddate',
  'createdbyid',
  'lastmodifieddate',
  'lastmodifiedbyid',
  'systemmodstamp',
  'isdeleted'
]);

export interface CollectedFields {
  /** lower-case name → value, normalised (Ids to 18 characters, '' to null for text). */
  values: Map<string, ApexValue>;
  unknown: string[];
  problems: RowProblem[];
}

function relationshipNames(describe: ObjectDescribe): Set<string> {
  const names = new Set<string>(describe.childRelationships.keys());
  for (const field of describe.fields.values()) {
    if (field.relationshipName) names.add(field.relationshipName.toLowerCase());
  }
  return names;
}

/**
 * The value fields an SObjectValue carries. Relationships (a parent SObject, a child list from a
 * subquery) are not written by DML: they are left out.
 */
export function collectFields(describe: ObjectDescribe, row: SObjectValue): CollectedFields {
  const relationships = relationshipNames(describe);
  const values = new Map<string, ApexValue>();
  const unknown: string[] = [];
  const problems: RowProblem[] = [];
  for (const [name, value] of row.fields) {
    if (value instanceof SObjectValue || value instanceof ApexList) continue;
    const field = describe.fields.get(name);
    if (!field) {
      if (!relationships.has(name)) unknown.push(name);
      continue;
    }
    if (value === null) {
      values.set(name, null);
    } else if ((field.type === 'reference' || field.type === 'id') && typeof value === 'string') {
      const id18 = toId18(value);
      if (id18) values.set(name, id18);
      else problems.push(rowErrors.malformedId(field, value));
    } else if (TEXT_TYPES.has(field.type) && value === '') {
      // The platform stores an empty text value as null.
      values.set(name, null);
    } else {
      values.set(name, value);
    }
  }
  return { values, unknown, problems };
}

/** Field API names as the schema spells them. */
export const apiNames = (describe: ObjectDescribe, names: string[]): string[] =>
  names.map((name) => describe.fields.get(name)?.name ?? name);

/**
 * Fields the operation may not write. On insert a non-createable field with a value is refused;
 * on update a non-updateable field is refused only when its value differs from the stored one,
 * because a queried record carries read-only fields (CreatedDate, formulas) that DML ignores.
 */
export function notWritableFields(
  describe: ObjectDescribe,
  values: Map<string, ApexValue>,
  stored: StoredRecord | null
): string[] {
  const refused: string[] = [];
  for (const [name, value] of values) {
    if (name === 'id') continue;
    const field = describe.fields.get(name) as FieldDescribe;
    if (stored === null) {
      if (!field.createable && value !== null) refused.push(name);
    } else if (!field.updateable && !apexEquals(value, stored.get(name) ?? null)) {
      refused.push(name);
    }
  }
  return apiNames(describe, refused);
}

/** Required fields that would be null after the write (insert: after defaults). */
export function missingRequired(describe: ObjectDescribe, record: StoredRecord): string[] {
  const missing: string[] = [];
  for (const field of describe.fields.values()) {
    if (!field.required) continue;
    const value = record.get(field.name.toLowerCase()) ?? null;
    if (value === null) missing.push(field.name);
  }
  return missing;
}

/** Length, restricted picklist and reference checks of the values being written. */
export function valueProblems(
  describe: ObjectDescribe,
  values: Map<string, ApexValue>,
  store: RecordStore
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const [name, value] of values) {
    if (value === null || name === 'id') continue;
    const field = describe.fields.get(name) as FieldDescribe;
    if (TEXT_TYPES.has(field.type) && typeof value === 'string') {
      if (field.length > 0 && value.length > field.length) {
        problems.push(rowErrors.tooLong(field, value));
      } else if (field.restrictedPicklist && field.type === 'picklist') {
        const known = field.picklistValues.some((entry) => entry.active && entry.value === value);
        if (!known) problems.push(rowErrors.badPicklist(field, value));
      } else if (field.restrictedPicklist && field.type === 'multipicklist') {
        const bad = value
          .split(';')
          .find((part) => !field.picklistValues.some((e) => e.active && e.value === part));
        if (bad !== undefined) problems.push(rowErrors.badPicklist(field, bad));
      }
    }
    if (field.type === 'reference' && typeof value === 'string') {
      const target = store.byId(value);
      if (!target) {
        problems.push(
          store.deletedById(value) ? rowErrors.entityDeleted() : rowErrors.invalidCrossReference()
        );
      } else if (
        field.referenceTo.length > 0 &&
        !field.referenceTo.some((to) => to.toLowerCase() === target.object.toLowerCase())
      ) {
        problems.push(rowErrors.wrongReferenceType(field, value));
      }
    }
  }
  return problems;
}

/** The value an insert gives a field left unset: checkbox false, picklist or schema default. */
export function defaultFor(field: FieldDescribe): ApexValue {
  if (field.defaultValue !== null && field.defaultValue !== undefined) return field.defaultValue;
  if (field.type === 'picklist') {
    const entry = field.picklistValues.find((e) => e.active && e.defaultValue);
    if (entry) return entry.value;
  }
  if (field.type === 'boolean') return false;
  return null;
}
