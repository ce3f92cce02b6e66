// Caches a check's outcome under a hash of everything it reads (sources, the check's own code,
// tool versions): re-running on unchanged input, as the guards' clean copy does, costs nothing.
// The Apex contract uses it too: build, type check and preview each need it in one npm test.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, displayPath } from './cli.mjs';

const CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'why-api-only');
const KEPT_ENTRIES = 20;
const CHECKS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The code of every check script and helper: a change to any of them invalidates results. */
function checkCodeFiles() {
  const lib = path.join(CHECKS_DIR, 'lib');
  return [
    ...readdirSync(CHECKS_DIR)
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => path.join(CHECKS_DIR, name)),
    ...readdirSync(lib)
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => path.join(lib, name))
  ].sort();
}

/**
 * @param {string} name cache entry prefix, e.g. 'soql'
 * @param {{projectDir: string, files: string[], extra: string[]}} inputs project files (hashed by
 *   project-relative path and content) and other strings that change the result
 * @param {() => object | Promise<object>} compute produces a JSON-serialisable result
 */
export async function cachedResult(name, inputs, compute) {
  const cacheFile = cacheFileFor(name, inputs);
  return load(cacheFile) ?? store(name, cacheFile, await compute());
}

/** The same for a synchronous computation (the Apex contract, read at module load time). */
export function cachedResultSync(name, inputs, compute) {
  const cacheFile = cacheFileFor(name, inputs);
  return load(cacheFile) ?? store(name, cacheFile, compute());
}

/** A stored result, or null when there is none (or it cannot be read: it is computed again). */
function load(cacheFile) {
  if (!existsSync(cacheFile)) return null;
  try {
    return { ...JSON.parse(readFileSync(cacheFile, 'utf8')), cached: true };
  } catch {
    return null;
  }
}

function cacheFileFor(name, { projectDir, files, extra }) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${displayPath(projectDir, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  for (const file of checkCodeFiles()) hash.update(readFileSync(file)).update('\0');
  for (const value of extra) hash.update(`${value}\0`);
  return path.join(CACHE_DIR, `${name}-${hash.digest('hex').slice(0, 24)}.json`);
}

/** Written under a temporary name, then renamed: a run beside this one never reads half a file. */
function store(name, cacheFile, result) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(result));
  renameSync(partial, cacheFile);
  pruneOldEntries(name);
  return { ...result, cached: false };
}

/** Keeps the newest entries of a check: every edit of the sources makes a new one. */
function pruneOldEntries(name) {
  const entries = readdirSync(CACHE_DIR)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.json'))
    .map((file) => path.join(CACHE_DIR, file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const stale of entries.slice(KEPT_ENTRIES)) rmSync(stale, { force: true });
}
