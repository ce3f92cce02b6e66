// check:pmd: PMD's Apex rules (scripts/checks/pmd-ruleset.xml: security, limits in loops, test
// and error-prone rules) through Salesforce's PmdWrapper, the entry point Code Analyzer uses,
// plus a rule of our own: every suppression carries a reason on the line before.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import { SHORT_RUN_JVM_FLAGS, findJava, javaClassPath, javaToolsKey } from './lib/java.mjs';
import { cachedResult } from './lib/result-cache.mjs';
import { apexSourceFiles } from './lib/project.mjs';
import { findPmdSuppressions } from './lib/suppressions.mjs';

const CHECK = 'check:pmd';
const RULESET = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pmd-ruleset.xml');
const PMD_WRAPPER = 'com.salesforce.sfca.pmdwrapper.PmdWrapper';

function runJava(java, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(java, args);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs the wrapper's `run` command: a JSON request in, a JSON result file out. */
async function runPmd(java, files) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'why-api-only-pmd-'));
  try {
    const requestFile = path.join(workDir, 'request.json');
    const resultFile = path.join(workDir, 'result.json');
    const request = {
      ruleSetInputFile: RULESET,
      runDataPerLanguage: { apex: { filesToScan: files } }
    };
    writeFileSync(requestFile, JSON.stringify(request));
    const args = [
      ...SHORT_RUN_JVM_FLAGS,
      '-cp',
      javaClassPath(),
      PMD_WRAPPER,
      'run',
      requestFile,
      resultFile
    ];
    const { status, output } = await runJava(java, args);
    if (status !== 0) throw new Error(`PmdWrapper exited with ${status}:\n${output}`);
    return JSON.parse(readFileSync(resultFile, 'utf8'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

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

/** PMD's violations and processing errors, plus unexplained suppressions, as `file:line` lines. */
async function pmdProblems(java, projectDir, files) {
  const result = await runPmd(java, files);
  const violations = result.violations.map(({ rule, message, codeLocation }) => {
    const where = `${displayPath(projectDir, codeLocation.file)}:${codeLocation.startLine}:${codeLocation.startCol}`;
    return `${where}: ${rule}: ${message.trim()}`;
  });
  // A file PMD could not parse was not checked at all: that fails the run too.
  const processingErrors = result.processingErrors.map(
    (error) => `${displayPath(projectDir, error.file)}: PMD could not process it: ${error.message}`
  );
  return {
    problems: [...violations, ...processingErrors, ...unjustifiedSuppressions(projectDir, files)]
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
    { projectDir, files, extra: [javaToolsKey(java), readFileSync(RULESET, 'utf8')] },
    () => pmdProblems(java, projectDir, files)
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
