// check:apex: apex-ls semantic analysis of every Apex class against the platform's type library
// (API 65.0 jars shipped in @salesforce/code-analyzer-pmd-engine). Catches unknown types, methods
// and SObject fields read in Apex expressions. It does not look inside SOQL field lists: that is
// check:soql's job.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import { SHORT_RUN_JVM_FLAGS, findJava, javaClassPath, javaToolsKey } from './lib/java.mjs';
import { apexSourceFiles, listFiles, packageDirectories } from './lib/project.mjs';
import { cachedResult } from './lib/result-cache.mjs';

const CHECK = 'check:apex';
// Exit codes of CheckForIssues: 0 clean, 4 issues found; anything else means it did not run.
const EXIT_CLEAN = 0;
const EXIT_ISSUES = 4;

function runApexLs(java, projectDir) {
  const args = [
    ...SHORT_RUN_JVM_FLAGS,
    '-cp',
    javaClassPath(),
    'io.github.apexdevtools.apexls.CheckForIssues',
    '--workspace',
    projectDir,
    '--nocache',
    '--format',
    'json',
    '--detail',
    'warnings'
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { cwd: projectDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** apex-ls prints one JSON document; anything before it (JVM notices) is skipped. */
function parseIssues(stdout) {
  const start = stdout.indexOf('{');
  if (start < 0) return [];
  const report = JSON.parse(stdout.slice(start));
  return report.files.flatMap((file) =>
    file.messages.map((message) => ({ path: file.path, ...message }))
  );
}

/** Runs apex-ls and turns its report into `file:line:column: Category: message` lines. */
async function apexLsProblems(java, projectDir) {
  const { status, stdout, stderr } = await runApexLs(java, projectDir);
  if (status !== EXIT_CLEAN && status !== EXIT_ISSUES) {
    throw new Error(`apex-ls exited with ${status}:\n${stderr || stdout}`);
  }
  const issues = parseIssues(stdout);
  if (status === EXIT_ISSUES && issues.length === 0) {
    throw new Error(`apex-ls reported issues it did not print:\n${stdout}\n${stderr}`);
  }
  const problems = issues.map(
    (issue) =>
      `${displayPath(projectDir, issue.path)}:${issue.start.line}:${issue.start.offset + 1}: ` +
      `${issue.category}: ${issue.message.replaceAll(`${projectDir}${path.sep}`, '')}`
  );
  return { problems };
}

/** Everything apex-ls reads: the whole package directories and the project's configuration. */
function workspaceFiles(projectDir) {
  const config = ['sfdx-project.json', '.forceignore']
    .map((name) => path.join(projectDir, name))
    .filter((file) => existsSync(file));
  return [
    ...config,
    ...packageDirectories(projectDir).flatMap((dir) => listFiles(dir, () => true))
  ];
}

async function main() {
  const elapsed = startTimer();
  const projectDir = projectDirFromArgs();
  const classCount = apexSourceFiles(projectDir).length;
  const java = findJava();
  const result = await cachedResult(
    'apex-ls',
    { projectDir, files: workspaceFiles(projectDir), extra: [javaToolsKey(java)] },
    () => apexLsProblems(java, projectDir)
  );
  finish(CHECK, {
    problems: result.problems,
    summary:
      `0 issues in ${classCount} Apex files` +
      (result.cached ? '; unchanged since the last run' : ''),
    elapsed
  });
}

runCheck(CHECK, main);
