// Locates the machine's Java and the jars shipped in @salesforce/code-analyzer-pmd-engine.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './cli.mjs';

/** The java executable: JAVA_HOME first, then PATH. Throws a message saying what to install. */
export function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  throw new Error(
    'Java not found: set JAVA_HOME or put java (17 or later) on PATH, e.g. `apt-get install -y openjdk-17-jre-headless`.'
  );
}

/** The folder of jars: apex-ls, PMD with the Salesforce wrapper, the platform type library. */
export function javaLibDir() {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  const packageJson = require.resolve('@salesforce/code-analyzer-pmd-engine/package.json');
  const dir = path.join(path.dirname(packageJson), 'dist', 'java-lib');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm ci`);
  return dir;
}

export function javaClassPath() {
  return path.join(javaLibDir(), '*');
}

/**
 * JVM flags for short batch runs: C1-only compilation starts these tools about twice as fast,
 * and the serial collector keeps to one thread on a shared 2-core machine.
 */
export const SHORT_RUN_JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Identifies the Java tools a result came from: the java binary and every jar (name, size). */
export function javaToolsKey(java) {
  const dir = javaLibDir();
  const jars = readdirSync(dir)
    .sort()
    .map((name) => `${name}:${statSync(path.join(dir, name)).size}`);
  return [java, ...SHORT_RUN_JVM_FLAGS, ...jars].join('|');
}
