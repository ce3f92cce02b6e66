// The org's schema: every standard SObject of the platform type library (plus the allow-list),
// and the project's custom objects from force-app. Used by SOQL, DML, user-mode checks and
// Schema.describe… in Apex. Loaded once per process and project; objects are described lazily.
import * as path from 'node:path';
import type { ChildRelationship, Schema } from './contracts';
import {
  readProjectObjects,
  childRelationshipName,
  type CustomObjectDefinition,
  type ProjectFieldFile
} from './schemaCustomObjects';
import { makeField, type SchemaFieldDescribe, type SchemaObjectDescribe } from './schemaDescribe';
import { loadJarExtract, type AllowListEntry, type RawJarObject } from './schemaJarExtract';
import {
  standardChildRelationships,
  standardFields,
  type StandardContext
} from './schemaStandardDescribe';
import {
  OBJECT_CAPABILITIES,
  OBJECT_LABELS,
  SETUP_OBJECTS,
  STANDARD_KEY_PREFIXES,
  labelFromName,
  pluralOf
} from './schemaStandardObjects';
import { customSystemFields } from './schemaCustomSystemFields';

export type { SchemaFieldDescribe, SchemaObjectDescribe } from './schemaDescribe';

/** The Schema contract, with this runtime's richer describes. */
export interface ProjectSchema extends Schema {
  object(name: string): SchemaObjectDescribe | undefined;
  objectByKeyPrefix(prefix: string): SchemaObjectDescribe | undefined;
  objects(): Iterable<SchemaObjectDescribe>;
  /** The type library the standard objects come from. */
  readonly source: string;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** a00, a01, … a0z, a10, …: custom objects' prefixes in the order the org created them. */
export function customKeyPrefix(index: number): string {
  return `a${BASE62[Math.floor(index / 62) % 62]}${BASE62[index % 62]}`;
}

/**
 * Prefixes for standard objects without a curated one: 'Y' or 'Z' then two base-62 digits,
 * deterministic by name order. No curated prefix starts with Y or Z, custom ones start with a.
 */
function generatedPrefixes(names: string[], taken: Set<string>): Map<string, string> {
  const prefixes = new Map<string, string>();
  let counter = 0;
  for (const name of names) {
    let prefix: string;
    do {
      const lead = counter < 62 * 62 ? 'Z' : 'Y';
      const rest = counter % (62 * 62);
      prefix = `${lead}${BASE62[Math.floor(rest / 62)]}${BASE62[rest % 62]}`;
      counter++;
    } while (taken.has(prefix));
    if (counter > 2 * 62 * 62) throw new Error('too many standard objects for generated prefixes');
    prefixes.set(name, prefix);
  }
  return prefixes;
}

/** Allow-listed objects in the extract's shape; value types from the Object Reference. */
function allowListObjects(entries: AllowListEntry[]): RawJarObject[] {
  return entries.map((entry) => {
    const fields: RawJarObject['fields'] = {};
    for (const [name, kind] of Object.entries(entry.fields)) {
      if (kind === 'value') {
        const isLookup = name === 'Id' || typeof entry.fields[name.replace(/Id$/, '')] === 'object';
        const type = isLookup ? 'Id' : /^(Has|Is)[A-Z]/.test(name) ? 'Boolean' : undefined;
        fields[name.toLowerCase()] = { name, kind: 'value', type };
      } else {
        fields[name.toLowerCase()] = { name, kind: 'reference', target: kind.to };
      }
    }
    return { name: entry.object, fields };
  });
}

/** A standard object's describe; fields and child relationships are built on first read. */
class StandardObjectDescribe implements SchemaObjectDescribe {
  readonly custom = false;
  readonly queryable = true;
  readonly sharingModel = null;
  readonly label: string;
  readonly labelPlural: string;
  readonly setup: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly deletable: boolean;
  private builtFields: Map<string, SchemaFieldDescribe> | null = null;
  private builtChildren: Map<string, ChildRelationship> | null = null;

  constructor(
    readonly name: string,
    readonly keyPrefix: string,
    private readonly context: StandardContext,
    private readonly extension: SchemaFieldDescribe[],
    private readonly extraChildren: ChildRelationship[]
  ) {
    const key = name.toLowerCase();
    const [label, plural] = OBJECT_LABELS[key] ?? [labelFromName(name), ''];
    this.label = label;
    this.labelPlural = plural || pluralOf(label);
    this.setup = SETUP_OBJECTS.has(key);
    const capabilities = OBJECT_CAPABILITIES[key];
    this.createable = capabilities?.createable ?? true;
    this.updateable = capabilities?.updateable ?? true;
    this.deletable = capabilities?.deletable ?? true;
  }

  get fields(): Map<string, SchemaFieldDescribe> {
    if (!this.builtFields) {
      this.builtFields = standardFields(this.name, this.label, this.context);
      for (const field of this.extension) this.builtFields.set(field.name.toLowerCase(), field);
    }
    return this.builtFields;
  }

  get childRelationships(): Map<string, ChildRelationship> {
    if (!this.builtChildren) {
      this.builtChildren = standardChildRelationships(this.name, this.context);
      for (const child of this.extraChildren)
        this.builtChildren.set(child.relationshipName.toLowerCase(), child);
    }
    return this.builtChildren;
  }
}

function customObjectDescribe(
  definition: CustomObjectDefinition,
  keyPrefix: string,
  children: ChildRelationship[]
): SchemaObjectDescribe {
  const fields = new Map<string, SchemaFieldDescribe>();
  for (const field of customSystemFields(definition)) fields.set(field.name.toLowerCase(), field);
  for (const field of definition.fields) fields.set(field.name.toLowerCase(), field);
  return {
    name: definition.name,
    label: definition.label,
    labelPlural: definition.labelPlural,
    keyPrefix,
    custom: true,
    setup: false,
    createable: true,
    updateable: true,
    deletable: true,
    queryable: true,
    sharingModel: definition.sharingModel,
    fields,
    childRelationships: new Map(
      children.map((child) => [child.relationshipName.toLowerCase(), child])
    )
  };
}

class LoadedSchema implements ProjectSchema {
  private readonly byName = new Map<string, SchemaObjectDescribe>();
  private readonly byPrefix = new Map<string, SchemaObjectDescribe>();

  constructor(
    readonly source: string,
    described: SchemaObjectDescribe[]
  ) {
    for (const object of described) {
      this.byName.set(object.name.toLowerCase(), object);
      this.byPrefix.set(object.keyPrefix, object);
    }
  }
  object(name: string): SchemaObjectDescribe | undefined {
    return this.byName.get(name.toLowerCase());
  }
  objectByKeyPrefix(prefix: string): SchemaObjectDescribe | undefined {
    return this.byPrefix.get(prefix);
  }
  objects(): Iterable<SchemaObjectDescribe> {
    return this.byName.values();
  }
}

function buildSchema(projectDir: string): ProjectSchema {
  const extract = loadJarExtract();
  const raw = new Map<string, RawJarObject>(Object.entries(extract.objects));
  for (const object of allowListObjects(extract.allowList))
    raw.set(object.name.toLowerCase(), object);
  const { objects: project, fieldFiles } = readProjectObjects(projectDir);
  const customNames = new Map(
    project.custom.map((object) => [object.name.toLowerCase(), object.name])
  );

  let parents: Map<string, [string, string][]> | null = null;
  const context: StandardContext = {
    raw: (name) => raw.get(name.toLowerCase()),
    canonicalName: (lower) => raw.get(lower)?.name ?? customNames.get(lower),
    parentsOf(lower) {
      parents ??= reverseChildIndex(raw);
      return parents.get(lower) ?? [];
    }
  };
  const children = projectChildRelationships(fieldFiles);
  const extensions = new Map(project.extensions.map((ext) => [ext.name.toLowerCase(), ext.fields]));

  const taken = new Set(Object.values(STANDARD_KEY_PREFIXES));
  const curatedPrefix = new Map(
    Object.entries(STANDARD_KEY_PREFIXES).map(([name, prefix]) => [name.toLowerCase(), prefix])
  );
  const names = [...raw.keys()].sort();
  const generated = generatedPrefixes(
    names.filter((name) => !curatedPrefix.has(name)),
    taken
  );
  const described: SchemaObjectDescribe[] = names.map(
    (lower) =>
      new StandardObjectDescribe(
        raw.get(lower)!.name,
        curatedPrefix.get(lower) ?? generated.get(lower)!,
        context,
        extensions.get(lower) ?? [],
        children.get(lower) ?? []
      )
  );
  project.custom.forEach((definition, index) => {
    described.push(
      customObjectDescribe(
        definition,
        customKeyPrefix(index),
        children.get(definition.name.toLowerCase()) ?? []
      )
    );
  });
  return new LoadedSchema(extract.source, described);
}

function reverseChildIndex(raw: Map<string, RawJarObject>): Map<string, [string, string][]> {
  const index = new Map<string, [string, string][]>();
  for (const parent of raw.values()) {
    for (const field of Object.values(parent.fields)) {
      if (field.kind !== 'children' || !field.target) continue;
      const key = field.target.toLowerCase();
      const list = index.get(key) ?? [];
      list.push([parent.name, field.name]);
      index.set(key, list);
    }
  }
  return index;
}

/** Parent (lower-case) → child relationships the project's lookups and master-details add. */
function projectChildRelationships(
  fieldFiles: ProjectFieldFile[]
): Map<string, ChildRelationship[]> {
  const byParent = new Map<string, ChildRelationship[]>();
  for (const { objectName, xml, field } of fieldFiles) {
    const relationshipName = childRelationshipName(xml);
    if (!relationshipName || !field.referenceTo.length) continue;
    const parent = field.referenceTo[0].toLowerCase();
    const list = byParent.get(parent) ?? [];
    list.push({ relationshipName, childSObject: objectName, field: field.name });
    byParent.set(parent, list);
  }
  return byParent;
}

const loaded = new Map<string, ProjectSchema>();

/**
 * The schema of the org the project deploys to: built once per process and project directory
 * (the type library's extract is itself cached on disk by the extractor).
 */
export function loadSchema(projectDir: string): ProjectSchema {
  const key = path.resolve(projectDir);
  let schema = loaded.get(key);
  if (!schema) {
    schema = buildSchema(key);
    loaded.set(key, schema);
  }
  return schema;
}

/** makeField, for other modules that describe synthetic fields the same way. */
export { makeField };
