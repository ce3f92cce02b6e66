// `npm test`: every check, offline, in order, stopping at the first failure.
// Each step is also its own npm script; this only sequences them and reports timings.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['build', 'tsc: LWC bundles and the command line, from the generated Apex contract'],
  ['typecheck', 'tsc: sources and tests'],
  ['check:lwc', '@lwc/compiler on every built bundle, Custom Labels exist'],
  ['lint', 'ESLint, zero warnings'],
  ['format:check', 'Prettier'],
  ['test:unit', 'Jest with coverage thresholds'],
  ['check:apex', 'apex-ls against the platform type library'],
  ['check:soql', 'SOQL objects and fields against the platform schema'],
  ['check:pmd', 'PMD Apex rules'],
  ['check:deployable', 'conversion to a deployable metadata package'],
  ['check:guards', 'each check fails on the defect it exists to catch'],
  // The build step above already compiled everything the preview bundles.
  ['test:browser', 'the local preview in Chromium', ['--skip-build']]
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];
const startedAll = Date.now();
let failed = null;

for (const [script, what, extraArgs = []] of STEPS) {
  console.log(`\n▶ ${script} — ${what}`);
  const started = Date.now();
  const args = ['run', '--silent', script, ...(extraArgs.length ? ['--', ...extraArgs] : [])];
  const result = spawnSync(npm, args, { stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  timings.push([script, seconds, result.status === 0]);
  if (result.status !== 0) {
    failed = script;
    break;
  }
}

console.log('\nstep                 time');
for (const [script, seconds, ok] of timings) {
  console.log(`${ok ? '✔' : '✘'} ${script.padEnd(18)} ${seconds.toFixed(1).padStart(6)} s`);
}
const total = ((Date.now() - startedAll) / 1000).toFixed(1);
const passed = timings.filter(([, , ok]) => ok).length;
console.log(`total ${total} s`);
console.log(`checks: ${passed} passed, ${failed ? 1 : 0} failed`);
if (failed) {
  console.error(
    `npm test stopped at ${failed}: fix it, then run \`npm run ${failed}\` alone to iterate.`
  );
  process.exit(1);
}
