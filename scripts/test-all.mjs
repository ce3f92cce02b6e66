// `npm test`: every check, offline, stopping at the first failing stage.
// Each step is also its own npm script; this only schedules them and reports timings.
// Stages run in order. Within a stage, lanes run at the same time (steps within a lane in order):
// the independent, mostly single-threaded checks share the machine's two cores. Output of a
// concurrent stage is printed step by step, in the listed order, once the stage ends.
import { spawn } from 'node:child_process';

const STEP = {
  build: 'tsc: LWC bundles and the command line, from the generated Apex contract',
  typecheck: 'tsc: sources and tests',
  'check:lwc': '@lwc/compiler on every built bundle, Custom Labels exist',
  lint: 'ESLint, zero warnings',
  'format:check': 'Prettier',
  'test:unit': 'Jest with coverage thresholds',
  'check:apex': 'apex-ls against the platform type library',
  'check:soql': 'SOQL objects and fields against the platform schema',
  'check:pmd': 'PMD Apex rules',
  'check:deployable': 'conversion to a deployable metadata package',
  'check:guards': 'each check fails on the defect it exists to catch',
  'test:browser': 'the local preview in Chromium'
};

/** Extra arguments: the browser tests reuse the build step's output instead of compiling again. */
const ARGS = { 'test:browser': ['--skip-build'] };

const STAGES = [
  [['build']],
  [['typecheck'], ['check:lwc', 'lint'], ['format:check']],
  [['test:unit']],
  // check:guards re-runs the Apex checks on a clean copy: after them, it hits their result cache.
  [['check:apex', 'check:soql', 'check:pmd', 'check:deployable', 'check:guards'], ['test:browser']]
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = new Map();
const startedAll = Date.now();

function run(script, streamed) {
  return new Promise((resolve) => {
    const started = Date.now();
    const extra = ARGS[script] ?? [];
    const args = ['run', '--silent', script, ...(extra.length ? ['--', ...extra] : [])];
    const child = spawn(npm, args, { stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code) => {
      const result = { ok: code === 0, seconds: (Date.now() - started) / 1000, output: chunks };
      results.set(script, result);
      resolve(result);
    });
  });
}

async function runLane(lane, streamed) {
  for (const script of lane) {
    if (streamed) console.log(`\n▶ ${script} — ${STEP[script]}`);
    const { ok } = await run(script, streamed);
    if (!ok) return;
  }
}

let failed = null;
for (const stage of STAGES) {
  const streamed = stage.length === 1;
  if (!streamed) {
    console.log(`\n▶ at the same time: ${stage.map((lane) => lane.join(' → ')).join(' | ')}`);
  }
  await Promise.all(stage.map((lane) => runLane(lane, streamed)));
  for (const script of stage.flat()) {
    const result = results.get(script);
    if (!result) continue;
    if (!streamed) {
      console.log(`\n▶ ${script} — ${STEP[script]}`);
      process.stdout.write(Buffer.concat(result.output));
    }
    if (!result.ok && !failed) failed = script;
  }
  if (failed) break;
}

console.log('\nstep                 time');
for (const [script, { seconds, ok }] of results) {
  console.log(`${ok ? '✔' : '✘'} ${script.padEnd(18)} ${seconds.toFixed(1).padStart(6)} s`);
}
const passed = [...results.values()].filter((r) => r.ok).length;
const failures = results.size - passed;
console.log(`total ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`checks: ${passed} passed, ${failures} failed`);
if (failed) {
  console.error(
    `npm test stopped at ${failed}: fix it, then run \`npm run ${failed}\` alone to iterate.`
  );
  process.exit(1);
}
