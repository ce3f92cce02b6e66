// `npm test`: every check, offline, stopping at the first failure.
// Each step is also its own npm script; this only schedules them and reports timings.
// Steps start as soon as what they need has passed, as long as the machine has room: every step
// costs CPU "slots" (Jest, the browser and the guards use two), and at most SLOTS are busy. A
// fixed stage order left cores idle while the longest step of a stage finished; a pool keeps
// both cores busy. Output is printed step by step as each one ends; on the first failure the
// running steps are stopped.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each step proves, what it needs first, and how many slots it takes. */
const STEPS = {
  build: {
    what: 'tsc: LWC bundles and the command line, from the generated Apex contract',
    needs: []
  },
  // The Java checks read only Apex and the platform jars: they need nothing built.
  'check:apex': { what: 'apex-ls against the platform type library', needs: [] },
  'format:check': { what: 'Prettier', needs: [] },
  'check:soql': { what: 'SOQL objects and fields against the platform schema', needs: [] },
  'check:pmd': { what: 'PMD Apex rules', needs: [] },
  // A cold SFGE run costs minutes of CPU, more than the suite's budget on two cores: npm test
  // reports the stored result for these exact Apex sources, or a loud SKIPPED line
  // (REQUIRE_SFGE=1 makes that a failure); `npm run check:sfge` computes it.
  'check:sfge': {
    what: 'Salesforce Graph Engine: FLS, sharing, null paths',
    needs: [],
    args: ['--cached-only']
  },
  // GitHub's workflow parser on .github/workflows: reads only those files and package metadata.
  'check:workflow': { what: "GitHub Actions workflows against GitHub's schema", needs: [] },
  // Jest compiles the TypeScript sources itself (the LWC resolver prefers .ts to the built .js),
  // so the longest step starts at once, beside the build.
  'test:unit': { what: 'Jest with coverage thresholds', needs: [], slots: 2 },
  // Everything else reads the generated contract or the compiled bundles the build writes.
  'test:browser': {
    what: 'the local preview in Chromium',
    needs: ['build'],
    slots: 2,
    // The browser tests reuse the build step's output instead of compiling again.
    args: ['--skip-build']
  },
  typecheck: { what: 'tsc: sources and tests', needs: ['build'] },
  // The runtime's compiled CLI from dist/: the build has just written it (--no-build: never
  // compile into dist/ while other steps read it).
  'test:apex': {
    what: 'the Apex tests in the offline runtime, with coverage',
    needs: ['build'],
    args: ['--no-build']
  },
  lint: { what: 'ESLint, zero warnings', needs: ['build'] },
  'check:lwc': {
    what: '@lwc/compiler on every built bundle, Custom Labels exist',
    needs: ['build']
  },
  'check:deployable': { what: 'conversion to a deployable metadata package', needs: ['build'] },
  // Reads only metadata XML, Apex and the schema jar: needs nothing built.
  'check:metadata': {
    what: 'metadata XML against the Metadata API schema, limits, references',
    needs: []
  },
  // The guards re-run the Apex checks on a clean copy: after them, those hit their result cache
  // (the Apex runtime's parse cache too).
  'check:guards': {
    what: 'each check fails on the defect it exists to catch',
    needs: [
      'build',
      'check:apex',
      'check:soql',
      'check:pmd',
      'check:deployable',
      'check:metadata',
      'test:apex'
    ],
    slots: 2
  }
};

// Twice the cores: the steps wait on disks, JVM start-up and Chromium part of the time, and a
// measured run on two cores was fastest with four slots busy (a step alone left a core idle).
const CORES = os.availableParallelism?.() ?? os.cpus().length;
const SLOTS = 2 * CORES;
// The order to start ready steps in: the build (everything after waits for it), Jest (the
// longest: it must not end the run alone), what needs nothing, the type check (a type error is
// the likeliest failure: report it early), the Apex tests (likely too, and short), then the
// longest steps first.
const ORDER = [
  'build',
  'test:unit',
  'format:check',
  'check:apex',
  'check:soql',
  'check:pmd',
  'check:sfge',
  'check:workflow',
  'check:metadata',
  'typecheck',
  'test:apex',
  'test:browser',
  'lint',
  'check:lwc',
  'check:deployable',
  'check:guards'
];

// Each step runs its package.json script as `npm run` would (a shell, node_modules/.bin on the
// PATH) without starting npm twelve times: a third of a CPU-second each, on a saturated machine.
const SCRIPTS = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8')
).scripts;
const BIN = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));
const ENV = { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH}` };

if (ORDER.length !== Object.keys(STEPS).length || !ORDER.every((s) => STEPS[s])) {
  throw new Error('test-all: ORDER must list every step of STEPS once');
}
const unknown = ORDER.filter((s) => !SCRIPTS[s]);
if (unknown.length) throw new Error(`test-all: no package.json script ${unknown.join(', ')}`);

/** The step's package.json script with its extra arguments (fixed words: no quoting needed). */
function command(script) {
  return [SCRIPTS[script], ...(STEPS[script].args ?? [])].join(' ');
}

const results = new Map();
const running = new Map();
const startedAll = Date.now();
let failed = null;
// `--keep-going`: a failed step does not stop the others (what depends on it still does not
// start), so one run reports every failure and the whole suite's time.
const KEEP_GOING = process.argv.includes('--keep-going');

function start(script) {
  const step = STEPS[script];
  const started = Date.now();
  const child = spawn(command(script), {
    shell: true,
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a stop reaches the tools it starts (JVMs, Chromium, workers).
    detached: process.platform !== 'win32'
  });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stderr.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => {
    child.on('close', (code) => {
      running.delete(script);
      const result = {
        ok: code === 0 && !child.stoppedByUs,
        stopped: Boolean(child.stoppedByUs),
        seconds: (Date.now() - started) / 1000,
        startedAt: (started - startedAll) / 1000
      };
      results.set(script, result);
      if (!result.stopped) {
        console.log(`\n▶ ${script} — ${step.what}`);
        process.stdout.write(Buffer.concat(chunks));
      }
      resolve();
    });
  });
  running.set(script, { child, done, slots: step.slots ?? 1 });
  console.log(`… ${script} started`);
}

function stopAll() {
  for (const { child } of running.values()) {
    child.stoppedByUs = true;
    try {
      process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function busySlots() {
  return [...running.values()].reduce((sum, r) => sum + r.slots, 0);
}

function ready(script) {
  return (
    !results.has(script) &&
    !running.has(script) &&
    STEPS[script].needs.every((need) => results.get(need)?.ok)
  );
}

console.log(`npm test: ${ORDER.length} steps, ${SLOTS} slots at a time`);
while (results.size < ORDER.length && !failed) {
  for (const script of ORDER) {
    if (!ready(script)) continue;
    const slots = STEPS[script].slots ?? 1;
    // Strictly in order: a later step does not overtake one waiting for room (Jest would
    // otherwise wait behind every short check).
    if (busySlots() + slots > SLOTS && running.size > 0) break;
    start(script);
  }
  if (running.size === 0) break;
  await Promise.race([...running.values()].map((r) => r.done));
  const failure = [...results].find(([, r]) => !r.ok && !r.stopped);
  if (failure && !KEEP_GOING) {
    failed = failure[0];
    stopAll();
    await Promise.all([...running.values()].map((r) => r.done));
  }
}

console.log('\nstep                 time   from');
for (const [script, { seconds, startedAt, ok, stopped }] of results) {
  const mark = stopped ? '…' : ok ? '✔' : '✘';
  console.log(
    `${mark} ${script.padEnd(18)} ${seconds.toFixed(1).padStart(6)} s ${startedAt.toFixed(0).padStart(4)} s${stopped ? ' (stopped)' : ''}`
  );
}
const passed = [...results.values()].filter((r) => r.ok).length;
const failures = [...results.values()].filter((r) => !r.ok && !r.stopped).length;
console.log(`total ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(
  `checks: ${passed} passed, ${failures} failed, ${ORDER.length - passed - failures} not run`
);
if (failed || passed < ORDER.length) {
  const which = failed ?? ORDER.find((s) => !results.get(s)?.ok);
  console.error(
    `npm test stopped at ${which}: fix it, then run \`npm run ${which}\` alone to iterate.`
  );
  process.exit(1);
}
