// Describes of standard objects, built from the type library's extract (names and Java types)
// and the curated facts of schemaStandardObjects.ts / schemaStandardFields.ts. Built lazily: an
// object's fields and child relationships are worked out the first time they are read.
import { NotImplemented } from '../errors';
import type { ChildRelationship, FieldType } from './contracts';
import { makeField, type SchemaFieldDescribe } from './schemaDescribe';
import type { RawJarField, RawJarObject } from './schemaJarExtract';
import { labelFromName } from './schemaStandardObjects';
import {
  PERMISSION_LABELS,
  STANDARD_FIELD_OVERRIDES,
  SYSTEM_FIELDS,
  type FieldOverride
} from './schemaStandardFields';

/** Java type of the type library → describe type. Id is 'id' or 'reference' by field. */
const JAVA_TYPES: Record<string, FieldType> = {
  Boolean: 'boolean',
  String: 'string',
  Integer: 'int',
  Long: 'long',
  Double: 'double',
  Decimal: 'double',
  Date: 'date',
  Datetime: 'datetime',
  Time: 'time',
  Blob: 'base64',
  Object: 'anytype'
};

/** Compound fields are typed by SObject-like classes in the type library. */
const COMPOUND_TARGETS: Record<string, FieldType> = { address: 'address', location: 'location' };

/**
 * Child relationships whose child has several lookups to the parent: the one the Object
 * Reference documents (parent.relationship → child field).
 */
const CHILD_FIELDS: Record<string, string> = {
  'user.permissionsetassignments': 'AssigneeId',
  'permissionset.assignments': 'PermissionSetId',
  'permissionsetgroup.assignments': 'PermissionSetGroupId',
  'permissionset.permissionsetgroupcomponents': 'PermissionSetId',
  'permissionsetgroup.permissionsetgroupcomponents': 'PermissionSetGroupId',
  'account.childaccounts': 'ParentId',
  'account.contacts': 'AccountId',
  'account.opportunities': 'AccountId',
  'account.cases': 'AccountId',
  'contact.cases': 'ContactId',
  'profile.users': 'ProfileId',
  'user.managedusers': 'ManagerId',
  'group.groupmembers': 'GroupId'
};

/** A lookup of a type-library object: its Id field and where its relationship points. */
export interface RawLookup {
  field: string;
  relationshipName: string | null;
  /** The target object (lower-case), or null for a polymorphic lookup. */
  target: string | null;
}

const AUDIT_LOOKUPS = new Set(['createdbyid', 'lastmodifiedbyid']);

export function lookupsOf(raw: RawJarObject): RawLookup[] {
  const lookups: RawLookup[] = [];
  for (const field of Object.values(raw.fields)) {
    if (field.kind !== 'value' || field.type !== 'Id' || field.name === 'Id') continue;
    const relationship = field.name.endsWith('Id')
      ? raw.fields[field.name.slice(0, -2).toLowerCase()]
      : undefined;
    lookups.push({
      field: field.name,
      relationshipName: relationship ? relationship.name : null,
      target: relationshipTarget(relationship)
    });
  }
  return lookups;
}

function relationshipTarget(relationship: RawJarField | undefined): string | null {
  if (relationship?.kind !== 'reference' || !relationship.target) return null;
  // The type library types a polymorphic lookup's relationship as Name (or System.SObject).
  return relationship.target === 'Name' ? null : relationship.target.toLowerCase();
}

const words = (name: string) =>
  new Set(labelFromName(name).toLowerCase().split(/\s+/).filter(Boolean));

/** Picks, among several lookups, the one whose relationship name the child relationship repeats. */
function byName(relationship: string, candidates: RawLookup[]): RawLookup | undefined {
  const relationshipWords = words(relationship);
  const scored = candidates.map((candidate) => {
    const own = [...words(candidate.relationshipName ?? candidate.field)];
    return {
      candidate,
      score: own.filter((word) => relationshipWords.has(word)).length / own.length
    };
  });
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => entry.score === best);
  return best > 0 && top.length === 1 ? top[0].candidate : undefined;
}

/** The child's field behind parent.relationship, or null when it cannot be told apart. */
export function childField(
  parent: string,
  relationship: string,
  childLookups: RawLookup[]
): string | null {
  const curated = CHILD_FIELDS[`${parent.toLowerCase()}.${relationship.toLowerCase()}`];
  if (curated) return curated;
  const pick = (candidates: RawLookup[]): string | null => {
    if (candidates.length === 1) return candidates[0].field;
    if (candidates.length === 0) return null;
    const withoutAudit = candidates.filter((c) => !AUDIT_LOOKUPS.has(c.field.toLowerCase()));
    if (withoutAudit.length === 1) return withoutAudit[0].field;
    return byName(relationship, withoutAudit.length ? withoutAudit : candidates)?.field ?? null;
  };
  const direct = childLookups.filter((lookup) => lookup.target === parent.toLowerCase());
  if (direct.length) return pick(direct);
  return pick(childLookups.filter((lookup) => lookup.target === null));
}

/** What the builder needs from the rest of the schema. */
export interface StandardContext {
  raw(name: string): RawJarObject | undefined;
  /** Canonical API name of an object (lower-case in). */
  canonicalName(lowerName: string): string | undefined;
  /** Parents that name this object in a child relationship: [parent, relationship]. */
  parentsOf(lowerName: string): [string, string][];
}

function fieldLabel(name: string, type: FieldType, objectLabel: string): string {
  if (name === 'Id') return `${objectLabel} ID`;
  const permission = PERMISSION_LABELS[name];
  if (permission) return permission;
  if (name.startsWith('Permissions')) return labelFromName(name.slice('Permissions'.length));
  if (type === 'reference' && name.endsWith('Id')) return `${labelFromName(name.slice(0, -2))} ID`;
  if (/^Is[A-Z]/.test(name) && type === 'boolean') return labelFromName(name.slice(2));
  return labelFromName(name);
}

function describeType(raw: RawJarField, where: string): FieldType | null {
  if (raw.kind === 'children') return null;
  if (raw.kind === 'reference') return COMPOUND_TARGETS[raw.target?.toLowerCase() ?? ''] ?? null;
  const javaType = raw.type ?? '';
  if (javaType === 'Id') return raw.name === 'Id' ? 'id' : 'reference';
  // Polymorphic relationships (System.SObject) are not fields; JunctionIdList fields
  // (String[]) are not described here.
  if (javaType === 'SObject' || javaType.endsWith('[]')) return null;
  const type = JAVA_TYPES[javaType];
  if (!type) throw new NotImplemented(`type library field type ${javaType} (${where})`);
  return type;
}

/** The fields of a standard object, lower-case name → describe. */
export function standardFields(
  name: string,
  objectLabel: string,
  context: StandardContext
): Map<string, SchemaFieldDescribe> {
  const raw = context.raw(name);
  const fields = new Map<string, SchemaFieldDescribe>();
  if (!raw) return fields;
  const overrides = STANDARD_FIELD_OVERRIDES[name.toLowerCase()] ?? {};
  const lookups = new Map(lookupsOf(raw).map((lookup) => [lookup.field.toLowerCase(), lookup]));
  for (const field of Object.values(raw.fields)) {
    const type = describeType(field, `${name}.${field.name}`);
    if (!type) continue;
    const override: FieldOverride = {
      ...SYSTEM_FIELDS[field.name.toLowerCase()],
      ...overrides[field.name]
    };
    const lookup = lookups.get(field.name.toLowerCase());
    const finalType = override.type ?? type;
    fields.set(
      field.name.toLowerCase(),
      makeField({
        name: field.name,
        label: override.label ?? fieldLabel(field.name, finalType, objectLabel),
        type: finalType,
        length: override.length,
        precision: override.precision ?? (finalType === 'double' ? 18 : undefined),
        scale: override.scale,
        nillable: override.nillable ?? (finalType !== 'boolean' && finalType !== 'id'),
        createable: override.createable ?? finalType !== 'id',
        updateable: override.updateable ?? finalType !== 'id',
        calculated: override.calculated ?? field.name.toLowerCase() in SYSTEM_FIELDS,
        required: override.required,
        defaultValue: override.defaultValue,
        nameField: field.name === 'Name',
        referenceTo: lookup ? referenceTo(name, lookup, override, context) : [],
        relationshipName: lookup?.relationshipName ?? null,
        picklistValues: (override.picklist ?? []).map((value) => ({
          value,
          label: value,
          active: true,
          defaultValue: false
        })),
        restrictedPicklist: override.restrictedPicklist ?? false
      })
    );
  }
  return fields;
}

function referenceTo(
  objectName: string,
  lookup: RawLookup,
  override: FieldOverride,
  context: StandardContext
): string[] {
  if (override.referenceTo) return override.referenceTo;
  if (lookup.target) return [context.canonicalName(lookup.target) ?? lookup.target];
  // Polymorphic: the parents whose child relationship resolves to this field.
  const targets = new Set<string>();
  if (lookup.field === 'OwnerId') ['Group', 'User'].forEach((target) => targets.add(target));
  const raw = context.raw(objectName);
  const lookups = raw ? lookupsOf(raw) : [];
  for (const [parent, relationship] of context.parentsOf(objectName.toLowerCase())) {
    if (childField(parent, relationship, lookups) === lookup.field) targets.add(parent);
  }
  return [...targets].sort();
}

/** Child relationships of a standard object, lower-case relationship name → relationship. */
export function standardChildRelationships(
  name: string,
  context: StandardContext
): Map<string, ChildRelationship> {
  const relationships = new Map<string, ChildRelationship>();
  const raw = context.raw(name);
  if (!raw) return relationships;
  for (const field of Object.values(raw.fields)) {
    if (field.kind !== 'children' || !field.target) continue;
    const child = context.raw(field.target);
    if (!child) continue;
    const lookupField = childField(name, field.name, lookupsOf(child));
    if (!lookupField) continue;
    relationships.set(field.name.toLowerCase(), {
      relationshipName: field.name,
      childSObject: child.name,
      field: lookupField
    });
  }
  return relationships;
}
