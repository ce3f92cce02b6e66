// The offline Apex runtime's benchmark (part of `npm run bench`; `npm run bench -- --apex` runs
// only it): the whole Apex suite's wall time, cold (a fresh project copy: no parsed-class cache)
// and warm (the same copy again), against the target "whole suite under 60 s"; then one
// @AuraEnabled call (WhyApiOnlyController.getAccessFacts for the admin, on the baseline org), the
// cost the future preview would pay per call. Printed, not asserted.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SUITE_TARGET_S = 60;
const AURA_CALLS = 7;

/** One CLI run of every test on the copy (no result cache: --no-cache); its wall seconds. */
function suiteRun(copy) {
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'test-apex.mjs'), '--no-cache', '--project', copy],
    { encoding: 'utf8' }
  );
  // A stale dist/ is compiled first: that is not the suite's time.
  const compiled = Number(/compiled in ([\d.]+) s/.exec(run.stdout ?? '')?.[1] ?? 0);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9 - compiled;
  const summary = /^(\d+) passed, (\d+) failed$/m.exec(run.stdout ?? '');
  const loading = /\(loading ([\d.]+) s\)/.exec(run.stdout ?? '')?.[1];
  if (!summary) throw new Error(`test:apex printed no summary:\n${run.stdout}${run.stderr}`);
  return { seconds, passed: summary[1], failed: summary[2], loading };
}

/** A test class of AURA_CALLS methods, one call each (each method is its own transaction). */
function auraBenchClass() {
  const methods = Array.from(
    { length: AURA_CALLS },
    (_, i) =>
      `  @IsTest static void call${i}() { WhyApiOnlyController.getAccessFacts(UserInfo.getUserId()); }`
  );
  return `@IsTest\nprivate class BenchAuraCall {\n${methods.join('\n')}\n}\n`;
}

function auraCall() {
  const { ApexTestRunner } = require(
    path.join(root, 'dist', 'apex-runtime', 'src', 'runner', 'testRunner.js')
  );
  const { apexSources } = require(
    path.join(root, 'dist', 'apex-runtime', 'src', 'runner', 'project.js')
  );
  const text = auraBenchClass();
  const runner = new ApexTestRunner(root, [
    ...apexSources(root),
    { file: 'BenchAuraCall.cls', path: 'memory/BenchAuraCall.cls', text }
  ]);
  const cls = runner.interpreter.classes.get('benchauracall');
  const results = runner.runClass(cls);
  const failed = results.find((r) => r.outcome !== 'pass');
  if (failed) throw new Error(`getAccessFacts failed: ${failed.message}`);
  const millis = results.map((r) => r.millis);
  const warm = millis.slice(1).sort((a, b) => a - b);
  return { first: millis[0], median: warm[Math.floor(warm.length / 2)] };
}

export function apexBench() {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'why-api-only-apex-bench-'));
  try {
    // The runtime reads the project from --project and caches parsed classes beneath it.
    for (const entry of ['force-app', 'sfdx-project.json']) {
      cpSync(path.join(root, entry), path.join(temp, entry), { recursive: true });
    }
    const cold = suiteRun(temp);
    const warm = suiteRun(temp);
    const aura = auraCall();
    const rows = [
      ['Apex tests', `${cold.passed} passed, ${cold.failed} failed`, '', ''],
      ...[
        ['whole suite, cold (no parsed-class cache)', cold],
        ['whole suite, warm', warm]
      ].map(([what, run]) => {
        const ratio = run.seconds / SUITE_TARGET_S;
        return [
          `${what}, wall (loading ${run.loading} s)`,
          `${run.seconds.toFixed(1)} s (${ratio.toFixed(2)}x)`,
          `< ${SUITE_TARGET_S} s`,
          run.seconds < SUITE_TARGET_S ? 'met' : 'MISSED'
        ];
      }),
      ['getAccessFacts (@AuraEnabled), first call', `${aura.first.toFixed(0)} ms`, '', ''],
      [
        `getAccessFacts, median of the next ${AURA_CALLS - 1}`,
        `${aura.median.toFixed(0)} ms`,
        '',
        ''
      ]
    ];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c].length), 6));
    const line = (row) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
    console.log(line(['measure (offline Apex runtime)', 'value', 'target', 'result']));
    console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
    for (const row of rows) console.log(line(row));
    console.log('');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
