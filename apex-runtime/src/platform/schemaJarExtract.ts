// The platform type library's SObjects, as scripts/checks/lib/sobject-schema.mjs extracts them from
// the sobject-types jar (one jar reader for the checks and the runtime). That module is ESM and
// this runtime CommonJS, so it is run once per process as a command and its JSON cache read.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** A field as the jar extract records it. */
export interface RawJarField {
  name: string;
  kind: 'value' | 'reference' | 'children';
  /** For 'value': the Java type's simple name: 'String', 'Id', 'Boolean', 'SObject', 'String[]'. */
  type?: string;
  /** For 'reference' and 'children': the SObject class ('Name' for a polymorphic lookup). */
  target?: string;
}

export interface RawJarObject {
  name: string;
  /** Lower-case field name → field. */
  fields: Record<string, RawJarField>;
}

/** An entry of scripts/checks/lib/schema-allow-list.mjs: an SObject the jar lacks. */
export interface AllowListEntry {
  object: string;
  reason: string;
  fields: Record<string, 'value' | { to: string }>;
}

export interface JarExtract {
  /** Lower-case object name → object. */
  objects: Record<string, RawJarObject>;
  allowList: AllowListEntry[];
  /** The jar the extract came from. */
  source: string;
}

const EXTRACTOR = path.join('scripts', 'checks', 'lib', 'sobject-schema.mjs');
let cached: JarExtract | null = null;

/** The repository holding the extractor (and node_modules with the jar), found upwards from here. */
export function findExtractor(start: string = __dirname): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, EXTRACTOR);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${EXTRACTOR} not found above ${start}`);
  }
}

/** The jar extract, computed (or read from its cache) once per process. */
export function loadJarExtract(): JarExtract {
  if (cached) return cached;
  const extractor = findExtractor();
  const output = execFileSync(process.execPath, [extractor, '--ensure-cache'], {
    cwd: path.dirname(extractor),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const answer = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
    cacheFile: string;
    source: string;
    allowList: AllowListEntry[];
  };
  const objects = JSON.parse(readFileSync(answer.cacheFile, 'utf8')) as Record<
    string,
    RawJarObject
  >;
  cached = { objects, allowList: answer.allowList, source: answer.source };
  return cached;
}
