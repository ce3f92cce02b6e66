import { ApexTestRunner } from '../../src/runner/testRunner';
import { PROJECT_DIR } from './apexSuite';
it('runs the project', () => {
  const runner = new ApexTestRunner(PROJECT_DIR);
  const out: string[] = [];
  let pass = 0;
  for (const cls of runner.testClasses()) {
    for (const r of runner.runClass(cls)) {
      if (r.outcome === 'pass') pass++;
      else out.push(`${r.className}.${r.method}: ${r.message}`);
    }
  }
  console.log(`pass ${pass}, fail ${out.length}\n` + out.join('\n'));
}, 120000);
