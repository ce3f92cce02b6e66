// Read-only fields the platform fills in when a record is created through the API (Object
// Reference: PermissionSet — IsCustom is true for a set an admin or the API created, Type is
// 'Regular', or 'Session' for a session-based set; groups' aggregate sets are written by the
// group rules with Type 'Group').
import type { FieldDescribe, ObjectDescribe, StoredRecord } from './contracts';
import type { RecordStore } from './store';

export function applyPlatformDefaults(describe: ObjectDescribe, record: StoredRecord): void {
  applyPersonName(describe, record);
  if (describe.name !== 'PermissionSet') return;
  if (!record.has('iscustom') || record.get('iscustom') === null) record.set('iscustom', true);
  if (!record.get('type') && describe.fields.has('type')) {
    record.set('type', record.get('hasactivationrequired') === true ? 'Session' : 'Regular');
  }
  if (!record.has('isownedbyprofile')) record.set('isownedbyprofile', false);
}

/** Datetime fields hold whole seconds: the platform drops milliseconds when it stores them. */
export function storedInstant(millis: number): number {
  return Math.floor(millis / 1000) * 1000;
}

/** Objects whose Name is the person's name, composed by the platform (Object Reference: User, Contact, Lead — Name is "Concatenation of FirstName, MiddleName, LastName, and Suffix"). */
const PERSON_NAME_OBJECTS = new Set(['User', 'Contact', 'Lead']);

/** Name = FirstName MiddleName LastName Suffix (en_US order), on insert and on every update. */
export function applyPersonName(describe: ObjectDescribe, record: StoredRecord): void {
  if (!PERSON_NAME_OBJECTS.has(describe.name)) return;
  const parts = ['firstname', 'middlename', 'lastname', 'suffix']
    .map((field) => record.get(field))
    .filter((part): part is string => typeof part === 'string' && part !== '');
  record.set('name', parts.join(' '));
}

/**
 * Auto-number fields (a custom object's Name of type AutoNumber): the next number in the
 * field's display format, e.g. 'MCS-{000000}' → 'MCS-000001' (Salesforce Help: "Custom Field
 * Types" — auto number). Numbered by how many rows the object has had in this org.
 */
export function applyAutoNumbers(
  describe: ObjectDescribe,
  record: StoredRecord,
  store: RecordStore
): void {
  for (const field of describe.fields.values()) {
    const extended = field as FieldDescribe & {
      autoNumber?: boolean;
      displayFormat?: string | null;
    };
    if (!extended.autoNumber || !extended.displayFormat) continue;
    const next = [...store.allRows(describe.name)].length + 1;
    const value = extended.displayFormat.replace(/\{(0+)\}/, (_, zeros: string) =>
      String(next).padStart(zeros.length, '0')
    );
    record.set(field.name.toLowerCase(), value);
  }
}
