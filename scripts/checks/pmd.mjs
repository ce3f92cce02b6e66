// check:pmd: PMD's Apex rules (scripts/checks/pmd-ruleset.xml: security, limits in loops, test
// and error-prone rules) through Salesforce Code Analyzer's public entry point
// (@salesforce/code-analyzer-core with the PMD engine, configured by code-analyzer.yml), plus a
// rule of our own: every suppression carries a reason on the line before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import { analyzerVersions, configText, runCodeAnalyzer } from './lib/code-analyzer.mjs';
import { SHORT_RUN_JVM_FLAGS, findJava, javaToolsKey } from './lib/java.mjs';
import { cachedResult } from './lib/result-cache.mjs';
import { apexSourceFiles } from './lib/project.mjs';
import { findPmdSuppressions } from './lib/suppressions.mjs';

const CHECK = 'check:pmd';
const RULESET = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pmd-ruleset.xml');
// code-analyzer.yml lists the ruleset as a custom ruleset; the PMD engine tags every rule it
// references with the ruleset's name (pmd-engine's toRuleDescription), so this selects exactly
// the ruleset's rules.
const SELECTORS = ['pmd:WhyApiOnly'];

function unjustifiedSuppressions(projectDir, files) {
  return files.flatMap((file) =>
    findPmdSuppressions(readFileSync(file, 'utf8'))
      .filter((suppression) => !suppression.justified)
      .map(
        (suppression) =>
          `${displayPath(projectDir, file)}:${suppression.line}: suppression of ${suppression.rules} ` +
          'needs a `// reason` comment (at least three words) on the line before'
      )
  );
}

/** PMD's violations and engine errors, plus unexplained suppressions, as `file:line` lines. */
async function pmdProblems(projectDir, files) {
  const { violations, errors } = await runCodeAnalyzer({
    projectDir,
    engine: 'pmd',
    selectors: SELECTORS,
    files,
    jvmFlags: SHORT_RUN_JVM_FLAGS
  });
  // An engine error (a file PMD could not parse, a ruleset it rejected) means code went
  // unchecked: that fails the run too.
  const engineErrors = errors.map((error) => `${CHECK}: PMD engine error: ${error}`);
  return {
    problems: [...violations, ...engineErrors, ...unjustifiedSuppressions(projectDir, files)]
  };
}

async function main() {
  const elapsed = startTimer();
  const projectDir = projectDirFromArgs();
  const files = apexSourceFiles(projectDir);
  if (files.length === 0) throw new Error(`no Apex classes found under ${projectDir}`);
  const java = findJava();
  const result = await cachedResult(
    'pmd',
    {
      projectDir,
      files,
      extra: [
        javaToolsKey(java),
        analyzerVersions('pmd'),
        configText(projectDir),
        readFileSync(RULESET, 'utf8')
      ]
    },
    () => pmdProblems(projectDir, files)
  );
  const suppressionCount = files.reduce(
    (count, file) => count + findPmdSuppressions(readFileSync(file, 'utf8')).length,
    0
  );
  finish(CHECK, {
    problems: result.problems,
    summary:
      `0 violations in ${files.length} Apex files (${suppressionCount} justified suppressions)` +
      (result.cached ? '; unchanged since the last run' : ''),
    elapsed
  });
}

runCheck(CHECK, main);
