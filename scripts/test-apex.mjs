// `npm run test:apex [-- Class[.method] …] [--project DIR] [--verbose]`: the project's Apex tests
// in the offline runtime (apex-runtime/), run from its compiled CLI in dist/.
//
// dist/ is checked first: every apex-runtime/src/**/*.ts must have its .js, no older than it (nor
// than the tsc configs). When one is missing or stale, only what the runtime needs is compiled
// (`tsc -p tsconfig.cli.json`, about 5 s; the full `npm run build` also compiles the LWCs: about
// 9 s), so `npm ci && npm run test:apex` works. `--no-build` (what `npm test` passes: its build
// step has just written dist/, and other steps read it meanwhile) fails instead of compiling.
//
// A passing run is remembered under a hash of what it read (the project's metadata but its LWCs,
// the compiled runtime, the dependency lock, the arguments): the same run again, as the guards'
// clean copy does right after `npm test`'s own, prints the stored result instead of running.
// `--no-cache` runs anyway. Failures are never stored.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, packageDirectories } from './checks/lib/project.mjs';
import { cachedResult } from './checks/lib/result-cache.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = path.join(ROOT, 'apex-runtime', 'src');
const DIST = path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'apex-runtime', 'src', 'runner', 'cli.js');
// tsconfig.base.json extends the generated paths file: a fresh clone has none until a build.
const GENERATED_PATHS = path.join(ROOT, 'types', 'generated', 'tsconfig.paths.json');
const CONFIGS = ['tsconfig.cli.json', 'tsconfig.base.json'].map((f) => path.join(ROOT, f));

function typeScriptFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Why dist/ cannot run the current sources, or null when it can. */
function staleness() {
  if (!existsSync(CLI)) return `${path.relative(ROOT, CLI)} is missing`;
  const newestConfig = Math.max(...CONFIGS.map((file) => statSync(file).mtimeMs));
  if (statSync(CLI).mtimeMs < newestConfig) return 'dist/ is older than the tsc configs';
  for (const source of typeScriptFiles(SOURCES)) {
    const relative = path.relative(ROOT, source);
    const compiled = path.join(DIST, relative.replace(/\.ts$/, '.js'));
    if (!existsSync(compiled)) return `dist/ has no build of ${relative}`;
    if (statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
      return `dist/ is older than ${relative}`;
    }
  }
  return null;
}

function node(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`test:apex: ${what} failed`);
    process.exit(result.status || 1);
  }
}

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const stale = staleness();
if (stale && noBuild) {
  console.error(`test:apex: ${stale}: run \`npm run build\` first`);
  process.exit(2);
}
if (stale) {
  const started = Date.now();
  console.log(`test:apex: ${stale}: compiling the runtime (tsc -p tsconfig.cli.json)`);
  if (!existsSync(GENERATED_PATHS)) {
    node([path.join(ROOT, 'scripts', 'build.mjs'), '--contract-only'], 'the contract build');
  }
  node(
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    'tsc'
  );
  console.log(`test:apex: compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const cliArgs = args.filter((a) => a !== '--no-build' && a !== '--no-cache');
const projectFlag = cliArgs.indexOf('--project');
const projectDir = projectFlag >= 0 ? path.resolve(ROOT, cliArgs[projectFlag + 1] ?? '.') : ROOT;

/** Runs the CLI, its output shown as it comes and kept; a failure exits here (never stored). */
function runCli() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...cliArgs], { cwd: ROOT });
    let output = '';
    const keep = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (status) => {
      if (status !== 0) process.exit(status ?? 1);
      resolve({ output });
    });
  });
}

/** What a run reads besides the project's files: the runtime as compiled, with names from dist/. */
function runtimeDigest() {
  const hash = createHash('sha256');
  const runtime = path.join(DIST, 'apex-runtime');
  for (const file of listFiles(runtime, (name) => name.endsWith('.js'))) {
    hash
      .update(`${path.relative(runtime, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

if (args.includes('--no-cache')) {
  await runCli();
} else {
  // The LWCs are not Apex's input: editing a component does not run the Apex tests again.
  const files = [
    path.join(projectDir, 'sfdx-project.json'),
    ...packageDirectories(projectDir).flatMap((dir) =>
      listFiles(dir, () => true).filter((file) => !file.split(path.sep).includes('lwc'))
    )
  ];
  const extra = [
    runtimeDigest(),
    readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'),
    process.version,
    // The arguments but the project's place: a copy of the project is the same input.
    JSON.stringify(
      projectFlag < 0
        ? cliArgs
        : cliArgs.filter((_, i) => i !== projectFlag && i !== projectFlag + 1)
    )
  ];
  const result = await cachedResult('apex-tests', { projectDir, files, extra }, runCli);
  if (result.cached) {
    process.stdout.write(result.output);
    console.log('test:apex: unchanged since the last passing run (cached; --no-cache runs again)');
  }
}
