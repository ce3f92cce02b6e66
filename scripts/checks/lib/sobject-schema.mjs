// The platform's SObject schema (objects, fields, lookups, child relationships) read from the
// sobject-types jar, plus the allow-list and the project's own custom objects and fields.
// Extracting ~4,500 classes takes a few seconds, so the result is cached per jar.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './cli.mjs';
import { publicInstanceFields } from './class-file.mjs';
import { javaLibDir } from './java.mjs';
import { listFiles, packageDirectories } from './project.mjs';
import { SCHEMA_ALLOW_LIST } from './schema-allow-list.mjs';
import { zipEntries } from './zip.mjs';

// Bump when the extracted shape changes, so stale caches are not reused.
const CACHE_FORMAT = 3;
const SOBJECT_PACKAGE = 'com/nawforce/runforce/SObjects/';
const SOBJECT_DESCRIPTOR = /^(\[?)Lcom\/nawforce\/runforce\/SObjects\/(\w+);$/;
// Any other field type: a System class (String, Id, Boolean, Datetime, Decimal, Integer, Date,
// Double, Long, Time, Blob, SObject for polymorphic lookups) or java.lang.Object (anyType).
const VALUE_DESCRIPTOR = /^(\[?)L(?:com\/nawforce\/runforce\/System|java\/lang)\/(\w+);$/;

function sobjectTypesJar() {
  const dir = javaLibDir();
  const jar = readdirSync(dir).find((name) => /^sobject-types-.*\.jar$/.test(name));
  if (!jar) throw new Error(`no sobject-types jar in ${dir}`);
  return path.join(dir, jar);
}

/**
 * kind: 'value', 'reference' (a relationship to one SObject) or 'children' (a child relationship);
 * type: the Java type's simple name ('String', 'Id', 'SObject', 'Object'; 'String[]' for lists),
 * for value fields, which the offline Apex runtime maps to describe types.
 */
function fieldFromDescriptor(name, descriptor) {
  const sobject = descriptor.match(SOBJECT_DESCRIPTOR);
  if (sobject) return { name, kind: sobject[1] ? 'children' : 'reference', target: sobject[2] };
  const value = descriptor.match(VALUE_DESCRIPTOR);
  return { name, kind: 'value', type: value ? `${value[2]}${value[1] ? '[]' : ''}` : descriptor };
}

function extractFromJar(jarPath) {
  const objects = {};
  const isSObjectClass = (name) =>
    name.startsWith(SOBJECT_PACKAGE) && name.endsWith('.class') && !name.includes('$');
  for (const entry of zipEntries(jarPath, isSObjectClass)) {
    const objectName = entry.name.slice(SOBJECT_PACKAGE.length, -'.class'.length);
    const fields = {};
    for (const { name, descriptor } of publicInstanceFields(entry.read())) {
      fields[name.toLowerCase()] = fieldFromDescriptor(name, descriptor);
    }
    objects[objectName.toLowerCase()] = { name: objectName, fields };
  }
  return objects;
}

/** Identifies the type library the schema comes from (the jar's path and size). */
export function schemaSourceKey() {
  const jarPath = sobjectTypesJar();
  return `${jarPath}|${statSync(jarPath).size}`;
}

/** The project's own object and field definitions, which extend the schema. */
export function projectObjectFiles(projectDir) {
  return packageDirectories(projectDir)
    .flatMap((dir) =>
      listFiles(
        dir,
        (name) => name.endsWith('.object-meta.xml') || name.endsWith('.field-meta.xml')
      )
    )
    .filter((file) => file.split(path.sep).includes('objects'));
}

/** Extracts the jar once into the cache; returns the cache file (JSON: lower-case name → object). */
export function ensureJarCache() {
  const jarPath = sobjectTypesJar();
  const key = createHash('sha1')
    .update(`${CACHE_FORMAT}|${jarPath}|${statSync(jarPath).size}`)
    .digest('hex')
    .slice(0, 16);
  const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'why-api-only');
  const cacheFile = path.join(cacheDir, `sobject-schema-${key}.json`);
  if (existsSync(cacheFile)) return { cacheFile, source: jarPath, cached: true, objects: null };
  const objects = extractFromJar(jarPath);
  if (Object.keys(objects).length < 100)
    throw new Error(`${jarPath}: too few SObjects found, format changed?`);
  mkdirSync(cacheDir, { recursive: true });
  // Written under a temporary name first so that a concurrent reader never sees half a file.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(objects));
  renameSync(partial, cacheFile);
  return { cacheFile, source: jarPath, cached: false, objects };
}

function loadJarSchema() {
  const { cacheFile, source, cached, objects } = ensureJarCache();
  return { objects: objects ?? JSON.parse(readFileSync(cacheFile, 'utf8')), source, cached };
}

function ensureObject(objects, name) {
  const key = name.toLowerCase();
  objects[key] ??= { name, fields: {} };
  return objects[key];
}

function addAllowList(objects) {
  for (const entry of SCHEMA_ALLOW_LIST) {
    const object = ensureObject(objects, entry.object);
    for (const [name, kind] of Object.entries(entry.fields)) {
      object.fields[name.toLowerCase()] =
        kind === 'value' ? { name, kind: 'value' } : { name, kind: 'reference', target: kind.to };
    }
  }
}

function xmlValue(xml, tag) {
  return xml.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1]?.trim();
}

// Fields every custom object has (Owner only when it is not a master-detail child; kept simple).
const CUSTOM_OBJECT_STANDARD_FIELDS = {
  Id: 'value',
  Name: 'value',
  IsDeleted: 'value',
  CreatedDate: 'value',
  CreatedById: 'value',
  CreatedBy: 'User',
  LastModifiedDate: 'value',
  LastModifiedById: 'value',
  LastModifiedBy: 'User',
  SystemModstamp: 'value',
  LastViewedDate: 'value',
  LastReferencedDate: 'value',
  OwnerId: 'value',
  Owner: 'Name'
};

function addCustomObjectStandardFields(object) {
  for (const [name, kind] of Object.entries(CUSTOM_OBJECT_STANDARD_FIELDS)) {
    object.fields[name.toLowerCase()] ??=
      kind === 'value' ? { name, kind: 'value' } : { name, kind: 'reference', target: kind };
  }
}

/** Custom objects and fields the project itself deploys (objects/<Object>/fields/*.field-meta.xml). */
function addProjectObjects(objects, projectDir) {
  const metaFiles = projectObjectFiles(projectDir);
  for (const file of metaFiles) {
    const parts = file.split(path.sep);
    const objectsIndex = parts.lastIndexOf('objects');
    if (objectsIndex < 0) continue;
    const object = ensureObject(objects, parts[objectsIndex + 1]);
    if (object.name.endsWith('__c')) addCustomObjectStandardFields(object);
    if (!file.endsWith('.field-meta.xml')) continue;
    const xml = readFileSync(file, 'utf8');
    const fieldName = path.basename(file, '.field-meta.xml');
    object.fields[fieldName.toLowerCase()] = { name: fieldName, kind: 'value' };
    const referenceTo = xmlValue(xml, 'referenceTo');
    const relationshipName = xmlValue(xml, 'relationshipName');
    if (referenceTo && fieldName.endsWith('__c')) {
      const relationship = fieldName.replace(/__c$/, '__r');
      object.fields[relationship.toLowerCase()] = {
        name: relationship,
        kind: 'reference',
        target: referenceTo
      };
      if (relationshipName) {
        const children = `${relationshipName}__r`;
        ensureObject(objects, referenceTo).fields[children.toLowerCase()] = {
          name: children,
          kind: 'children',
          target: object.name
        };
      }
    }
  }
}

/** @returns {{objects: Record<string, {name: string, fields: Record<string, object>}>, source: string, cached: boolean}} */
export function loadSchema(projectDir) {
  const schema = loadJarSchema();
  addAllowList(schema.objects);
  addProjectObjects(schema.objects, projectDir);
  return schema;
}

// `node scripts/checks/lib/sobject-schema.mjs --ensure-cache`: for the offline Apex runtime (CommonJS,
// which cannot import this module). Prints one JSON line: the jar extract's cache file and the
// allow-list, so that the runtime reads the same schema as the checks.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--ensure-cache')) {
    const { cacheFile, source } = ensureJarCache();
    process.stdout.write(
      `${JSON.stringify({ cacheFile, source, allowList: SCHEMA_ALLOW_LIST })}\n`
    );
  } else {
    process.stderr.write('usage: node scripts/checks/lib/sobject-schema.mjs --ensure-cache\n');
    process.exitCode = 2;
  }
}
