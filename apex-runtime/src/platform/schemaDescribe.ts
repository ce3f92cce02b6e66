// The describe shapes this runtime builds, and the defaults the platform's describe gives by type
// (REST API Developer Guide: "sObject Describe"; SOAP API: "Field" properties).
import type { ChildRelationship, FieldDescribe, FieldType, ObjectDescribe } from './contracts';

/** A field describe with the extra facts DML and SOQL need beyond the shared contract. */
export interface SchemaFieldDescribe extends FieldDescribe {
  unique: boolean;
  externalId: boolean;
  caseSensitive: boolean;
  /** The object's name field (Name, or a custom object's Name). */
  nameField: boolean;
  autoNumber: boolean;
  /** The platform fills it on insert when not given (so it is not required). */
  defaultedOnCreate: boolean;
  /** For an auto-number: its display format, e.g. 'MCS-{000000}'. */
  displayFormat: string | null;
  /** Formula fields: the formula's text (the runtime does not evaluate it here). */
  formula: string | null;
}

export interface SchemaObjectDescribe extends ObjectDescribe {
  fields: Map<string, SchemaFieldDescribe>;
  /** Custom objects: `<sharingModel>` (ReadWrite, Private, ControlledByParent, ...); else null. */
  sharingModel: string | null;
}

export type { ChildRelationship };

const TEXT_TYPES: ReadonlySet<FieldType> = new Set([
  'string',
  'email',
  'phone',
  'url',
  'picklist',
  'combobox',
  'encryptedstring'
]);

/** Long text areas (over 255 characters) cannot be filtered, grouped or sorted in SOQL. */
const isLongText = (type: FieldType, length: number) => type === 'textarea' && length > 255;

/** The SOQL capabilities of a field of this type (SOQL and SOSL Reference, per clause). */
export function soqlCapabilities(
  type: FieldType,
  length: number
): Pick<FieldDescribe, 'filterable' | 'groupable' | 'sortable' | 'aggregatable'> {
  const compound = type === 'address' || type === 'location';
  const opaque = compound || type === 'base64' || type === 'anytype' || isLongText(type, length);
  const numericOrTime = ['double', 'currency', 'percent', 'datetime', 'time'].includes(type);
  return {
    filterable: !opaque,
    sortable: !opaque && type !== 'multipicklist',
    groupable: !opaque && !numericOrTime && type !== 'multipicklist' && type !== 'textarea',
    aggregatable: !opaque && type !== 'boolean' && type !== 'multipicklist'
  };
}

/** The length describe reports when a curated one is not known. */
export function defaultLength(type: FieldType): number {
  if (type === 'id' || type === 'reference') return 18;
  if (type === 'email') return 80;
  if (type === 'phone') return 40;
  if (type === 'textarea') return 32000;
  return TEXT_TYPES.has(type) ? 255 : 0;
}

export function isTextType(type: FieldType): boolean {
  return TEXT_TYPES.has(type) || type === 'textarea' || type === 'multipicklist';
}

/** A field describe with every property set; `field` overrides the defaults. */
export function makeField(
  field: Pick<SchemaFieldDescribe, 'name' | 'label' | 'type'> & Partial<SchemaFieldDescribe>
): SchemaFieldDescribe {
  const length = field.length ?? defaultLength(field.type);
  const nillable = field.nillable ?? field.type !== 'boolean';
  const createable = field.createable ?? true;
  const defaultedOnCreate = field.defaultedOnCreate ?? field.type === 'boolean';
  return {
    length,
    precision: 0,
    scale: 0,
    nillable,
    createable,
    updateable: true,
    calculated: false,
    custom: false,
    referenceTo: [],
    relationshipName: null,
    picklistValues: [],
    restrictedPicklist: false,
    defaultValue: field.type === 'boolean' ? false : null,
    unique: false,
    externalId: false,
    caseSensitive: false,
    nameField: false,
    autoNumber: false,
    displayFormat: null,
    formula: null,
    ...soqlCapabilities(field.type, length),
    ...definedOnly(field),
    name: field.name,
    label: field.label,
    type: field.type,
    defaultedOnCreate,
    required: field.required ?? (createable && !nillable && !defaultedOnCreate)
  };
}

/** The properties that have a value: an explicit `undefined` must not hide a default. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined)
  ) as Partial<T>;
}
