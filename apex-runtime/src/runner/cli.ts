// `npm run test:apex`: runs every Apex test of the project in the offline runtime.
//   node dist/apex-runtime/src/runner/cli.js [ClassName[.method] …] [--project DIR] [--verbose]
// Prints each result (the failure's message and Apex stack), per-class and total line coverage
// and closes with `N passed, N failed`. Exit code 1 when a test failed, 2 on bad input.
import * as path from 'node:path';
import { ApexTestRunner, type TestResult } from './testRunner';
import { coverageReport } from './coverageReport';

function main(argv: string[]): number {
  let projectDir = process.cwd();
  const selectors: string[] = [];
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--project') projectDir = path.resolve(argv[++i] ?? '.');
    else if (arg === '--verbose') verbose = true;
    else if (arg.startsWith('--')) {
      console.error(`test:apex: unknown option ${arg}`);
      return 2;
    } else selectors.push(arg);
  }
  const started = performance.now();
  const runner = new ApexTestRunner(projectDir);
  const loaded = performance.now();
  const classes = runner.testClasses();
  const wanted = selectors.map((s) => {
    const [cls, method] = s.split('.');
    return { cls: cls.toLowerCase(), method: method?.toLowerCase() };
  });
  for (const w of wanted) {
    if (!classes.some((c) => c.name.toLowerCase() === w.cls)) {
      console.error(`test:apex: no test class ${w.cls}`);
      return 2;
    }
  }
  const results: TestResult[] = [];
  for (const cls of classes) {
    const selected = wanted.filter((w) => w.cls === cls.name.toLowerCase());
    if (wanted.length > 0 && selected.length === 0) continue;
    const only =
      selected.some((w) => !w.method) || selected.length === 0
        ? undefined
        : (m: string) => selected.some((w) => w.method === m.toLowerCase());
    const classResults = runner.runClass(cls, only);
    results.push(...classResults);
    for (const r of classResults) {
      if (r.outcome === 'pass') {
        if (verbose) console.log(`  ✔ ${r.className}.${r.method} (${r.millis.toFixed(0)} ms)`);
      } else {
        console.log(`  ✘ ${r.className}.${r.method}`);
        console.log(`      ${r.message}`);
        for (const line of (r.stack ?? '').split('\n').filter(Boolean).slice(0, 8))
          console.log(`        ${line}`);
      }
    }
    const passed = classResults.filter((r) => r.outcome === 'pass').length;
    console.log(
      `${passed === classResults.length ? '✔' : '✘'} ${cls.name}: ${passed}/${classResults.length}`
    );
  }
  if (selectors.length === 0) console.log(coverageReport(runner.interpreter.coverage));
  const passed = results.filter((r) => r.outcome === 'pass').length;
  const failed = results.length - passed;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Apex: ${results.length} tests in ${seconds} s (loading ${((loaded - started) / 1000).toFixed(1)} s)`
  );
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`test:apex: ${(error as Error).message}`);
  process.exitCode = 2;
}
