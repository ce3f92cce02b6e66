// Names in a query resolved against the schema, with the platform's errors for names it does not
// know (the texts are those of System.QueryException in dynamic SOQL).
import { ApexError, NotImplemented } from '../errors';
import type {
  ChildRelationship,
  FieldDescribe,
  ObjectDescribe,
  Schema
} from '../platform/contracts';
import type { FieldRef } from './ast';

/** A reference field crossed on a relationship path: `Profile` in `Profile.Name`. */
export interface Hop {
  from: ObjectDescribe;
  field: FieldDescribe;
  /** The objects it may point to (one, or several for a polymorphic lookup). */
  targets: ObjectDescribe[];
}

export interface ResolvedField {
  hops: Hop[];
  /** The object that owns the final field (the first target having it, for a polymorphic hop). */
  object: ObjectDescribe;
  field: FieldDescribe;
  /** As written, for messages. */
  written: string;
}

/** "Relationship queries": a parent path may cross at most five relationships. */
const MAX_PARENT_LEVELS = 5;

export function unsupportedObject(name: string): ApexError {
  return new ApexError(
    'QueryException',
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be ` +
      `sure to append the '__c' after the entity name. Please reference your WSDL or the ` +
      `describe call for the appropriate names.`
  );
}

export function noSuchColumn(field: string, object: string): ApexError {
  return new ApexError(
    'QueryException',
    `No such column '${field}' on entity '${object}'. If you are attempting to use a custom ` +
      `field, be sure to append the '__c' after the custom field name. Please reference your ` +
      `WSDL or the describe call for the appropriate names.`
  );
}

function unknownRelationship(name: string, where: 'field path' | 'FROM part of query call') {
  return new ApexError(
    'QueryException',
    `Didn't understand relationship '${name}' in ${where}. If you are attempting to use a ` +
      `custom relationship, be sure to append the '__r' after the custom relationship name. ` +
      `Please reference your WSDL or the describe call for the appropriate names.`
  );
}

export function resolveObject(schema: Schema, name: string): ObjectDescribe {
  const object = schema.object(name);
  if (!object || !object.queryable) throw unsupportedObject(name);
  return object;
}

export function resolveChildRelationship(parent: ObjectDescribe, name: string): ChildRelationship {
  const relationship = parent.childRelationships.get(name.toLowerCase());
  if (!relationship) throw unknownRelationship(name, 'FROM part of query call');
  return relationship;
}

const relationshipIndex = new WeakMap<ObjectDescribe, Map<string, FieldDescribe>>();

function referenceByRelationship(object: ObjectDescribe, name: string): FieldDescribe | undefined {
  let index = relationshipIndex.get(object);
  if (!index) {
    index = new Map();
    for (const field of object.fields.values()) {
      if (field.type === 'reference' && field.relationshipName)
        index.set(field.relationshipName.toLowerCase(), field);
    }
    relationshipIndex.set(object, index);
  }
  return index.get(name.toLowerCase());
}

export function resolveField(schema: Schema, root: ObjectDescribe, ref: FieldRef): ResolvedField {
  const written = ref.path.join('.');
  let path = ref.path;
  // `SELECT User.Name FROM User`: a path may start with the queried object's own name.
  if (path.length > 1 && path[0].toLowerCase() === root.name.toLowerCase()) {
    if (!referenceByRelationship(root, path[0])) path = path.slice(1);
  }
  if (path.length - 1 > MAX_PARENT_LEVELS)
    throw new NotImplemented(`SOQL relationship path deeper than 5 levels (${written})`);
  const hops: Hop[] = [];
  let candidates: ObjectDescribe[] = [root];
  for (const name of path.slice(0, -1)) {
    const from = candidates.find((o) => referenceByRelationship(o, name));
    const field = from && referenceByRelationship(from, name);
    if (!from || !field) throw unknownRelationship(name, 'field path');
    const targets = field.referenceTo
      .map((target) => schema.object(target))
      .filter((o): o is ObjectDescribe => o !== undefined);
    if (targets.length === 0) throw unknownRelationship(name, 'field path');
    hops.push({ from, field, targets });
    candidates = targets;
  }
  const last = path[path.length - 1];
  const object = candidates.find((o) => o.fields.has(last.toLowerCase()));
  if (!object) throw noSuchColumn(last, candidates[0].name);
  return { hops, object, field: object.fields.get(last.toLowerCase()) as FieldDescribe, written };
}
