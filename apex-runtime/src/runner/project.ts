// The project as the runtime loads it: every Apex class parsed and lowered (cached as JSON per
// file content, since the ANTLR parse is the slow part), the Custom Labels, the schema.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync
} from 'node:fs';
import * as path from 'node:path';
import type { CompilationUnit } from '../parse/ast';
import { parseCompilationUnit } from '../parse/lower';
import { lowerQuery } from '../soql';

/** Bump when the lowered tree's shape changes, so cached trees are not reused. */
const AST_FORMAT = 1;

export interface ApexSource {
  file: string;
  path: string;
  text: string;
}

function parserVersion(): string {
  // The package's exports hide package.json: find it beside the resolved entry point.
  let dir = path.dirname(require.resolve('@apexdevtools/apex-parser'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const manifest = path.join(dir, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Every `.cls` under the project's classes folders (force-app/…/classes). */
export function apexSources(projectDir: string): ApexSource[] {
  const found: ApexSource[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cls'))
        found.push({ file: entry.name, path: full, text: readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(projectDir, 'force-app'));
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

export function cacheDir(projectDir: string): string {
  return path.join(projectDir, 'node_modules', '.cache', 'why-api-only', 'apex-ast');
}

/** Parses (or reads from the cache) every class. */
export function loadUnits(projectDir: string, sources: ApexSource[]): CompilationUnit[] {
  const dir = cacheDir(projectDir);
  mkdirSync(dir, { recursive: true });
  const version = `${AST_FORMAT}|${parserVersion()}`;
  return sources.map((source) => {
    const key = createHash('sha1')
      .update(version)
      .update('\0')
      .update(source.file)
      .update('\0')
      .update(source.text)
      .digest('hex');
    const cached = path.join(dir, `${key}.json`);
    if (existsSync(cached)) {
      try {
        return JSON.parse(readFileSync(cached, 'utf8')) as CompilationUnit;
      } catch {
        // An unreadable entry is parsed again.
      }
    }
    const unit = parseCompilationUnit(source.file, source.text, lowerQuery);
    const temporary = `${cached}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(unit));
    renameSync(temporary, cached);
    return unit;
  });
}

function decodeXml(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Custom Labels of every `*.labels-meta.xml`, by lower-case name (System.Label.X). */
export function loadLabels(projectDir: string): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.labels-meta.xml')) {
        const xml = readFileSync(full, 'utf8');
        for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
          const name = /<fullName>([^<]*)<\/fullName>/.exec(match[1])?.[1];
          const value = /<value>([\s\S]*?)<\/value>/.exec(match[1])?.[1];
          if (name && value !== undefined) labels.set(name.toLowerCase(), decodeXml(value));
        }
      }
    }
  };
  walk(path.join(projectDir, 'force-app'));
  return labels;
}
