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
//   --cached-only report the recorded result (sfge-result.json) for these exact sources without
//                 running SFGE (npm test: a cold run costs minutes of CPU); a record of other
//                 sources, or none, FAILS, asking for `npm run check:sfge`.
// A full run writes the record, scripts/checks/sfge-result.json, committed with the Apex it
// describes: its key is a hash of the analysed classes' text, the engine's versions and the
// configuration (not of this script, so a change to the checks does not throw it away).
// .ci/run runs SFGE in full before npm test, so CI checks the record against a real run.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
// A class annotated @IsTest is never on an entry point's path: "Methods of a public test class
// can only be called from a running test … Non-test requests can't call public methods" (Apex
// Developer Guide, IsTest Annotation). Leaving tests out of the graph halves its build.
const TEST_CLASS =
  /^\s*@IsTest\b[^\n]*\n(\s*@\w+[^\n]*\n)*\s*(public|private|global)?\s*(with|without|inherited)?\s*(sharing)?\s*class\b/im;
// Entry points SFGE cannot finish within java_thread_timeout (code-analyzer.yml), by
// `file:line` of the method, each with why it is accepted. Reported on every run; the check fails
// if one of them finishes (the entry must go) or if any other entry point does not.
// None today: applyChanges, once listed, is analysed to the end since the editor's writes
// check authority first.
const KNOWN_UNFINISHED = new Map([]);
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

/** An engine error: its entry point (`file:line`, project-relative) when it names one, and a line. */
function describeError(projectDir, message) {
  const match = message.match(INTERNAL_ERROR);
  if (!match) return { entryPoint: null, text: `${CHECK}: SFGE error: ${message}` };
  const [, file, line, column, detail] = match;
  const entryPoint = `${displayPath(projectDir, file)}:${line}`;
  return {
    entryPoint,
    text: `${entryPoint}:${column}: SFGE did not finish this entry point: ${detail.trim()}`
  };
}

/** Splits engine errors into problems and notes on the known unfinished entry points. */
function judgeErrors(projectDir, files, targets, errors) {
  const described = errors.map((error) => describeError(projectDir, error));
  const problems = described.filter((e) => !KNOWN_UNFINISHED.has(e.entryPoint)).map((e) => e.text);
  const notes = [];
  const analysed = (targets ?? files).map((file) => displayPath(projectDir, file));
  for (const [entryPoint, reason] of KNOWN_UNFINISHED) {
    if (!analysed.includes(entryPoint.replace(/:\d+$/, ''))) continue;
    if (described.some((e) => e.entryPoint === entryPoint)) {
      notes.push(`${entryPoint}: not analysed (timed out, accepted): ${reason}`);
    } else {
      problems.push(
        `${entryPoint}: listed in KNOWN_UNFINISHED (scripts/checks/sfge.mjs) but SFGE finished it: remove the entry`
      );
    }
  }
  return { problems, notes };
}

async function sfgeProblems(projectDir, files, targets) {
  const { violations, errors } = await runCodeAnalyzer({
    projectDir,
    engine: 'sfge',
    selectors: RULES.map((rule) => `sfge:${rule}`),
    files,
    targets,
    jvmFlags: SFGE_JVM_FLAGS
  });
  const judged = judgeErrors(projectDir, files, targets, errors);
  return { problems: [...violations, ...judged.problems], notes: judged.notes };
}

// One collector thread: the parallel collector's threads compete with SFGE's own two rule
// threads (and the rest of npm test) for two cores.
const SFGE_JVM_FLAGS = ['-XX:+UseSerialGC'];

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

const RECORD = path.join('scripts', 'checks', 'sfge-result.json');

/** What the record is valid for: the analysed classes' text, SFGE's versions, the settings. */
function recordKey(projectDir, files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(displayPath(projectDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash
    .update(JSON.stringify(analyzerVersions('sfge')))
    .update('\0')
    .update(configText(projectDir));
  return hash.digest('hex');
}

function readRecord(projectDir, key) {
  const file = path.join(projectDir, RECORD);
  if (!existsSync(file)) return null;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8'));
    return record.key === key ? record : null;
  } catch {
    return null;
  }
}

function writeRecord(projectDir, key, result) {
  const record = { key, problems: result.problems, notes: result.notes ?? [] };
  writeFileSync(path.join(projectDir, RECORD), JSON.stringify(record, null, 2) + '\n');
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
  const whole = targets.length === 0;
  const recordFor = whole ? recordKey(projectDir, files) : null;
  let result;
  if (process.argv.includes('--cached-only')) {
    result = (recordFor && readRecord(projectDir, recordFor)) ?? (await storedResult('sfge', key));
    if (!result) {
      // Not a pass: the Apex changed since SFGE last looked at it.
      console.error(
        `${CHECK}: ${RECORD} was recorded for other Apex sources (or is missing): run \`npm run check:sfge\` (minutes of CPU) and commit ${RECORD}`
      );
      process.exitCode = 1;
      return;
    }
  } else {
    result = await cachedResult('sfge', key, () =>
      sfgeProblems(projectDir, files, whole ? undefined : targets)
    );
    if (whole && result.problems.length === 0) writeRecord(projectDir, recordFor, result);
  }
  const scope = targets.length
    ? `the entry points of ${targets.length} file(s)`
    : `${files.length} non-test Apex classes`;
  finish(CHECK, {
    problems: result.problems,
    notes: result.notes ?? [],
    summary:
      `0 violations of ${RULES.join(', ')} in ${scope}` +
      (result.cached ? '; unchanged since the last run' : ''),
    elapsed
  });
}

runCheck(CHECK, main);
