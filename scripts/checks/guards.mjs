// check:guards: proves each check fails on the defect it exists to catch. Copies the project
// (node_modules symlinked) once per guard, runs the matching check on each copy and on an
// untouched copy, and asserts: the planted copy fails with a message naming the planted file,
// the clean copy passes. For tsc, instead of a clean run, every error it reports must be one the
// plant explains. Runs two at a time (two cores).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runCheck, startTimer } from './lib/cli.mjs';
import { COMMANDS } from './lib/guard-commands.mjs';
import {
  plantLeakedTypeScript,
  plantPmdViolations,
  plantRenamedApexField,
  plantUnbuiltBundle,
  plantUnknownFieldInApex
} from './lib/guard-plants.mjs';
import {
  COVERAGE_TARGET,
  COVERAGE_TEST,
  FORMAT_TARGETS,
  LINT_TARGET,
  plantLintViolations,
  plantMisformatting,
  plantTemplateCall,
  plantUnknownLabel,
  plantUntestedModule
} from './lib/guard-plants-tools.mjs';
import {
  plantedTestClasses,
  plantMixedDml,
  plantNullDereference,
  plantRestrictedPicklist,
  plantSoqlInLoop,
  plantUpdateAsUserOfReadOnlyField,
  plantUserModeQuery,
  plantValueTooLong,
  plantWrongAssertion
} from './lib/guard-plants-apex-tests.mjs';
import {
  SFGE_PLANT_FILE,
  plantSfgeFlsViolation,
  plantSfgeNullDereference
} from './lib/guard-plants-analyzer.mjs';
import {
  plantDynamicSoqlShapes,
  plantSoqlShapes,
  plantUnknownFieldInDynamicSoql,
  plantUnknownFieldInStaticSoql
} from './lib/guard-plants-soql.mjs';
import {
  plantWorkflowSchemaErrors,
  plantWorkflowSyntaxError,
  plantWorkflowUnknownNames
} from './lib/guard-plants-workflow.mjs';
import {
  plantLongDescription,
  plantMissingReferences,
  plantPicklistValueFromApex,
  plantSchemaViolations,
  plantUnquotedApostrophe
} from './lib/guard-plants-metadata.mjs';

const CHECK = 'guards';
const CONCURRENCY = 2;
// A hung tool fails its guard instead of hanging npm test.
const COMMAND_TIMEOUT_MS = 5 * 60 * 1000;
// Not copied: dependencies (symlinked instead), history, and build or tool output.
const NOT_COPIED = new Set(['node_modules', '.git', 'coverage', 'dist', '.tmp', '.sfdx', '.sf']);
const CHECKS_DIR = path.join(REPO_ROOT, 'scripts', 'checks');

// Each guard plants its defects in one copy and runs its check once; each defect must be named.
const GUARDS = [
  {
    check: 'typecheck',
    defects: [{ what: 'a renamed Apex DTO field the LWC reads', plant: plantRenamedApexField }],
    // No clean-copy run (tsc is the slowest check): instead every error tsc reports must be one
    // the plant explains, which proves the same — the failure comes from the plant alone.
    everyError: /error TS\d+:/
  },
  {
    check: 'soql',
    defects: [
      { what: 'an unknown field in static SOQL', plant: plantUnknownFieldInStaticSoql },
      { what: 'an unknown field in dynamic SOQL', plant: plantUnknownFieldInDynamicSoql },
      {
        what: 'misspellings in paths, subqueries, semi-joins, TYPEOF and HAVING (valid twin passes)',
        plant: plantSoqlShapes
      },
      {
        what: 'misspellings in String.format, map, lazy-list and helper-built SOQL (valid twin passes)',
        plant: plantDynamicSoqlShapes
      }
    ]
  },
  {
    check: 'apex',
    defects: [{ what: 'an unknown SObject field read in Apex', plant: plantUnknownFieldInApex }]
  },
  {
    check: 'pmd',
    defects: [
      {
        what: 'SOQL injection without sharing, and an unexplained suppression',
        plant: plantPmdViolations
      }
    ]
  },
  {
    check: 'sfge',
    defects: [
      {
        what: 'an @AuraEnabled update in system mode of a field from a parameter',
        plant: plantSfgeFlsViolation
      },
      { what: 'a null dereference on one path', plant: plantSfgeNullDereference }
    ]
  },
  {
    check: 'lwc',
    defects: [
      { what: 'a template expression the org rejects', plant: plantTemplateCall },
      { what: 'an import of a Custom Label that does not exist', plant: plantUnknownLabel }
    ],
    everyError: /^force-app\/\S+: /
  },
  {
    check: 'lint',
    defects: [
      { what: 'an unused variable and a timer in a component', plant: plantLintViolations }
    ],
    everyError: /^\s+\d+:\d+\s+(error|warning)\s/
  },
  {
    check: 'format',
    defects: [{ what: 'misformatted TypeScript and Apex', plant: plantMisformatting }],
    everyError: /^\[warn\] (?!Code style issues)/
  },
  {
    check: 'coverage',
    defects: [{ what: 'a module no test runs', plant: plantUntestedModule }],
    everyError: /^Jest: |●/
  },
  {
    // One run of the planted test classes; each defect is checked in its own test's failure
    // (its kind, the planted file and line in the Apex stack) and its valid twin must pass.
    check: 'apex-tests',
    defects: [
      { what: 'a wrong expected value in an assertion', plant: plantWrongAssertion },
      { what: 'mixed DML: a User, then a record, outside runAs', plant: plantMixedDml },
      { what: 'a value outside a restricted picklist', plant: plantRestrictedPicklist },
      { what: "a value over a field's length", plant: plantValueTooLong },
      { what: 'a 101st SOQL query in a loop', plant: plantSoqlInLoop },
      { what: 'a user-mode query the user lacks access for', plant: plantUserModeQuery },
      { what: 'a null dereference in a class under test', plant: plantNullDereference },
      {
        what: 'an update as user of a field the user cannot edit',
        plant: plantUpdateAsUserOfReadOnlyField
      }
    ]
  },
  {
    check: 'metadata',
    defects: [
      { what: 'a permission set description of 256 characters', plant: plantLongDescription },
      {
        what: 'an element out of schema order and an unknown element',
        plant: plantSchemaViolations
      },
      {
        what: 'a missing Apex class and a missing component referenced',
        plant: plantMissingReferences
      },
      {
        what: 'a restricted picklist value written by Apex that the field lacks',
        plant: plantPicklistValueFromApex
      },
      { what: "a lone ' in a label Apex formats", plant: plantUnquotedApostrophe }
    ]
  },
  {
    check: 'workflow',
    defects: [
      { what: 'a workflow whose YAML does not parse', plant: plantWorkflowSyntaxError },
      {
        what: "a secret in a job's if: and a needs: of a missing job (GitHub's schema)",
        plant: plantWorkflowSchemaErrors
      },
      {
        what: 'a permission set and an npm script the project does not have',
        plant: plantWorkflowUnknownNames
      }
    ]
  },
  {
    check: 'deployable',
    defects: [
      { what: 'a .ts leaking into the package', plant: plantLeakedTypeScript },
      { what: 'a TypeScript bundle without its built .js', plant: plantUnbuiltBundle }
    ]
  }
];

function copyProject(tempRoot, name) {
  const copy = path.join(tempRoot, name);
  cpSync(REPO_ROOT, copy, {
    recursive: true,
    preserveTimestamps: true, // the deployable check compares .js and .ts times
    filter: (source) => !NOT_COPIED.has(path.relative(REPO_ROOT, source).split(path.sep)[0])
  });
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

function run([command, ...args], cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0' },
      timeout: COMMAND_TIMEOUT_MS
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: -1, output: String(error) }));
    child.on('close', (status, signal) =>
      resolve(
        signal
          ? { status: -1, output: `${output}\n(killed by ${signal}: timed out)` }
          : { status, output }
      )
    );
  });
}

async function runCommands(commands, cwd) {
  let output = '';
  for (const command of commands) {
    const result = await run(command, cwd);
    output += result.output;
    if (result.status !== 0) return { status: result.status, output };
  }
  return { status: 0, output };
}

function describePattern(pattern) {
  return pattern instanceof RegExp ? String(pattern) : `no line matching ${pattern.absent}`;
}

function excerpt(output) {
  const lines = output.trim().split('\n');
  return (
    lines
      .slice(0, 12)
      .map((line) => `      ${line}`)
      .join('\n') + (lines.length > 12 ? '\n      …' : '')
  );
}

/** Planted defects: the check must fail and name each one. One result per defect. */
async function plantedJob(guard, tempRoot, index) {
  const elapsed = startTimer();
  const copy = copyProject(tempRoot, `planted-${index}`);
  const planted = [];
  for (const defect of guard.defects) {
    try {
      planted.push({ ...defect, patterns: defect.plant(copy) });
    } catch (error) {
      planted.push({ ...defect, error: `could not plant: ${error.message}` });
    }
  }
  const { status, output } = await runCommands(COMMANDS[guard.check](copy), copy);
  return planted.map(({ what, patterns, error }) => {
    const label = `${guard.check} fails on ${what}`;
    if (error) return { ok: false, label, detail: error, elapsed };
    if (status === 0)
      return { ok: false, label, detail: `${guard.check} passed:\n${excerpt(output)}`, elapsed };
    // A pattern must match the output; an { absent } one must not (a valid twin passes).
    const missing = patterns.filter((pattern) =>
      pattern instanceof RegExp ? !pattern.test(output) : pattern.absent.test(output)
    );
    const unexplained = guard.everyError
      ? unexplainedErrors(output, guard.everyError, planted)
      : [];
    if (unexplained.length > 0) {
      const detail = `${guard.check} also failed for reasons no plant explains:\n${excerpt(unexplained.join('\n'))}`;
      return { ok: false, label, detail, elapsed };
    }
    if (missing.length === 0) return { ok: true, label, elapsed };
    const detail = `${guard.check} failed without naming it (${missing.map(describePattern).join(', ')}):\n${excerpt(output)}`;
    return { ok: false, label, detail, elapsed };
  });
}

/** Error lines of the output that none of the planted defects' patterns match. */
function unexplainedErrors(output, errorLine, planted) {
  const patterns = planted.flatMap((defect) => defect.patterns ?? []);
  const explains = (line) =>
    patterns.some((pattern) => pattern instanceof RegExp && pattern.test(line));
  return output.split('\n').filter((line) => errorLine.test(line) && !explains(line));
}

/** The untouched copy: the same check must pass, or the planted failure proves nothing. */
async function cleanJob(check, copy) {
  const elapsed = startTimer();
  const { status, output } = await runCommands(COMMANDS[check](copy), copy);
  if (status !== 0) {
    return {
      ok: false,
      label: `${check} on the clean copy`,
      detail: `it fails before anything is planted:\n${excerpt(output)}`,
      elapsed,
      clean: true
    };
  }
  return { ok: true, label: `${check} passes on the clean copy`, elapsed, clean: true };
}

async function runPool(jobs, concurrency) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const job = jobs[next++];
      for (const result of [await job()].flat()) {
        const detail = result.ok ? '' : `\n    ${result.detail}`;
        console.log(`${result.ok ? '✔' : '✘'} ${result.label} (${result.elapsed()})${detail}`);
        results.push(result);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

async function main() {
  const elapsed = startTimer();
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'why-api-only-guards-'));
  try {
    const cleanCopy = copyProject(tempRoot, 'clean');
    // Guards are listed longest first (tsc); each check's clean run follows its first guard,
    // so the two cores stay busy to the end.
    const cleanRunScheduled = new Set();
    const jobs = GUARDS.flatMap((guard, index) => {
      const planted = () => plantedJob(guard, tempRoot, index);
      if (guard.everyError || cleanRunScheduled.has(guard.check)) return [planted];
      cleanRunScheduled.add(guard.check);
      return [planted, () => cleanJob(guard.check, cleanCopy)];
    });
    const results = await runPool(jobs, CONCURRENCY);
    const planted = results.filter((result) => !result.clean);
    const passed = planted.filter((result) => result.ok).length;
    const failedGuards = planted.length - passed;
    const cleanFailures = results.filter((result) => result.clean && !result.ok).length;
    const cleanNote = cleanFailures > 0 ? `; ${cleanFailures} check(s) fail on the clean copy` : '';
    console.log(`${CHECK}: ${passed} passed, ${failedGuards} failed${cleanNote} (${elapsed()})`);
    if (failedGuards > 0 || cleanFailures > 0) process.exitCode = 1;
  } finally {
    rmSync(tempRoot, { recursive: true, force: true });
  }
}

runCheck(CHECK, main);
