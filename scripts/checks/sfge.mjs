// check:sfge: Salesforce Graph Engine's path-based rules through Code Analyzer's public entry
// point (lib/code-analyzer.mjs, settings in code-analyzer.yml). SFGE follows every path from each
// entry point (@AuraEnabled and other externally callable methods) into the services it calls,
// which PMD's per-file rules cannot:
// - ApexFlsViolation: DML or SOQL on a path with no CRUD/FLS check the engine recognises
//   (`as user`, WITH USER_MODE, stripInaccessible, describe checks);
// - DatabaseOperationsMustUseWithSharing: DML or SOQL reached in a class without sharing;
// - ApexNullPointerException: a value that is null on some path, dereferenced.
// Rules: https://developer.salesforce.com/docs/platform/salesforce-code-analyzer/guide/rules-sfge.html
// An entry point SFGE could not finish (a timeout, an internal error) fails the check: an
// unanalysed path is not a clean one.
//
// Usage: sfge.mjs [project] [--target <project-relative file>]… [--cached-only]
//   --target      analyse only the entry points in these files (the guards' planted class);
//                 every non-test class still informs the paths.
//   --cached-only report the stored result for these exact sources, or say loudly that there
//                 is none, without running SFGE (npm test: a cold run costs minutes of CPU).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import { analyzerVersions, configText, runCodeAnalyzer } from './lib/code-analyzer.mjs';
import { findJava, javaToolsKey } from './lib/java.mjs';
import { cachedResult } from './lib/result-cache.mjs';
import { apexSourceFiles } from './lib/project.mjs';

const CHECK = 'check:sfge';
const RULES = [
  'ApexFlsViolation',
  'DatabaseOperationsMustUseWithSharing',
  'ApexNullPointerException'
];
// A class annotated @IsTest is never an entry point and never on an entry point's path (the
// platform does not let non-test code call it): leaving tests out of the graph halves its build.
const TEST_CLASS =
  /^\s*@IsTest\b[^\n]*\n(\s*@\w+[^\n]*\n)*\s*(public|private|global)?\s*(with|without|inherited)?\s*(sharing)?\s*class\b/im;
// SFGE's InternalExecutionError (a timeout among them), as the engine logs it (messages.js:
// InternalExecutionErrorMessageTemplate).
const INTERNAL_ERROR =
  /^Internal execution error while scanning entry point: (.+):(\d+):(\d+): (.*)$/s;

function optionValues(name) {
  const args = process.argv.slice(2);
  return args.flatMap((arg, index) => (arg === name && args[index + 1] ? [args[index + 1]] : []));
}

function isTestClass(file) {
  return TEST_CLASS.test(readFileSync(file, 'utf8'));
}

/** An engine error as `file:line:col: message`, relative to the project when it names a file. */
function describeError(projectDir, message) {
  const match = message.match(INTERNAL_ERROR);
  if (!match) return `${CHECK}: SFGE error: ${message}`;
  const [, file, line, column, detail] = match;
  return `${displayPath(projectDir, file)}:${line}:${column}: SFGE did not finish this entry point: ${detail.trim()}`;
}

async function sfgeProblems(projectDir, files, targets) {
  const { violations, errors } = await runCodeAnalyzer({
    projectDir,
    engine: 'sfge',
    selectors: RULES.map((rule) => `sfge:${rule}`),
    files,
    targets
  });
  return { problems: [...violations, ...errors.map((error) => describeError(projectDir, error))] };
}

const NOT_STORED = Symbol('no stored result');

/** The stored result for these inputs, or null: the computation refuses, so nothing is stored. */
async function storedResult(name, key) {
  try {
    return await cachedResult(name, key, () => {
      throw NOT_STORED;
    });
  } catch (error) {
    if (error === NOT_STORED) return null;
    throw error;
  }
}

async function main() {
  const elapsed = startTimer();
  // The project is the one argument that is neither an option nor an option's value.
  const values = new Set(optionValues('--target'));
  const projectDir = projectDirFromArgs(process.argv.slice(2).filter((arg) => !values.has(arg)));
  const files = apexSourceFiles(projectDir).filter((file) => !isTestClass(file));
  if (files.length === 0) throw new Error(`no Apex classes found under ${projectDir}`);
  const targets = optionValues('--target').map((file) => path.resolve(projectDir, file));
  const unknown = targets.filter((target) => !files.includes(target));
  if (unknown.length > 0)
    throw new Error(
      `--target ${unknown.map((f) => displayPath(projectDir, f)).join(', ')}: not a non-test Apex class of the project`
    );
  const java = findJava();
  const key = {
    projectDir,
    files,
    extra: [
      javaToolsKey(java),
      analyzerVersions('sfge'),
      configText(projectDir),
      ...targets.map((target) => `target:${displayPath(projectDir, target)}`)
    ]
  };
  const result = process.argv.includes('--cached-only')
    ? await storedResult('sfge', key)
    : await cachedResult('sfge', key, () =>
        sfgeProblems(projectDir, files, targets.length ? targets : undefined)
      );
  if (!result) {
    // Loud, like the browser tests without Chromium: the result is unknown, not a pass.
    console.log(
      `${CHECK}: SKIPPED — no stored SFGE result for these Apex sources; run \`npm run check:sfge\` (a cold run costs minutes of CPU)`
    );
    if (process.env.REQUIRE_SFGE) process.exitCode = 1;
    return;
  }
  const scope = targets.length
    ? `the entry points of ${targets.length} file(s)`
    : `${files.length} non-test Apex classes`;
  finish(CHECK, {
    problems: result.problems,
    summary:
      `0 violations of ${RULES.join(', ')} in ${scope}` +
      (result.cached ? '; unchanged since the last run' : ''),
    elapsed
  });
}

runCheck(CHECK, main);
