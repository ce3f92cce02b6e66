// check:workflow: every GitHub Actions workflow in .github/workflows is one GitHub would accept,
// and what it names exists in this project. The workflows cannot run here (the scratch-org one
// needs a Dev Hub), so a typo in them would otherwise surface only on GitHub, after a push.
// 1. GitHub's own parser (@actions/workflow-parser, the one behind the Actions language service)
//    reads each file against GitHub's workflow schema (workflow-v1.0.json, shipped in the
//    package): YAML syntax, unknown or misplaced keys, wrong value types, expressions that use a
//    context where it is not allowed (`secrets` in a job's `if:`), `needs:` naming a missing job.
//    It is used rather than SchemaStore's community JSON schema because it is GitHub's own rules,
//    expressions included; SchemaStore's schema ships in no npm package.
// 2. What the run steps name must exist: `npm run <script>` a package.json script, a scratch-org
//    `--definition-file` a file, `sf org assign permset --name` a permission set in the package.
//    A rename in the project would otherwise break the scratch-org CI silently.
// 3. No `${{ secrets.… }}` inside a `run:` script: GitHub substitutes it into the script text
//    before the shell runs, so it can reach the log or a command line; pass it through `env:`
//    (GitHub's security hardening guide for Actions says the same of untrusted input).
// The parser's result is cached by the workflows' content (result-cache.mjs): loading the parser
// is most of this check's cost. Usage: node scripts/checks/workflow.mjs [projectDir]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import {
  REPO_ROOT,
  displayPath,
  finish,
  projectDirFromArgs,
  runCheck,
  startTimer
} from './lib/cli.mjs';
import { listFiles, packageDirectories } from './lib/project.mjs';
import { cachedResult } from './lib/result-cache.mjs';

const CHECK = 'check:workflow';
const PARSER = '@actions/workflow-parser';

function workflowFiles(projectDir) {
  const dir = path.join(projectDir, '.github', 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * The parser imports its schema as `import schema from "../workflow-v1.0.min.json"`, which Node
 * refuses without `with { type: 'json' }` (ERR_IMPORT_ASSERTION_TYPE_MISSING): bundlers accept
 * it, Node does not. A load hook adds the attribute for that package's JSON files only.
 */
function allowParserJsonImports() {
  const hooks = `export async function load(url, context, next) {
    if (url.endsWith('.json') && url.includes('/@actions/')) {
      return next(url, { ...context, importAttributes: { type: 'json' } });
    }
    return next(url, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

/** `file:line:col: message` from the parser's "file (Line: n, Col: m): message" or YAML's text. */
function located(file, message) {
  const first = message.split('\n')[0];
  const parser = /^.*? \(Line: (\d+), Col: (\d+)\): (.*)$/.exec(first);
  if (parser) return `${file}:${parser[1]}:${parser[2]}: ${parser[3]}`;
  const yaml = /at line (\d+), column (\d+)/.exec(first);
  const text = first.startsWith(`${file}: `) ? first.slice(file.length + 2) : first;
  return yaml ? `${file}:${yaml[1]}:${yaml[2]}: ${text}` : `${file}: ${text}`;
}

/** Parses and converts each workflow: its problems, and the run scripts of its steps. */
async function parseWorkflows(projectDir, files) {
  allowParserJsonImports();
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import(PARSER);
  const results = [];
  for (const full of files) {
    const file = displayPath(projectDir, full);
    const parsed = parseWorkflow(
      { name: file, content: readFileSync(full, 'utf8') },
      new NoOperationTraceWriter()
    );
    const problems = parsed.context.errors.getErrors().map((error) => located(file, error.message));
    const runs = [];
    if (parsed.value) {
      // Conversion checks what the schema cannot: job graph, expressions in their contexts.
      const template = await convertWorkflowTemplate(parsed.context, parsed.value);
      for (const error of template.errors ?? []) problems.push(located(file, error.Message));
      for (const job of template.jobs ?? []) {
        for (const step of job.steps ?? []) {
          if (step.run)
            runs.push({ script: step.run.toString(), line: step.run.range?.start.line });
        }
      }
    }
    results.push({ file, problems: [...new Set(problems)], runs });
  }
  return results;
}

function permissionSetNames(projectDir) {
  const names = new Set();
  for (const dir of packageDirectories(projectDir)) {
    for (const file of listFiles(dir, (name) => name.endsWith('.permissionset-meta.xml'))) {
      names.add(path.basename(file, '.permissionset-meta.xml'));
    }
  }
  return names;
}

/** Shell words of a script, continuation lines joined; quotes removed (names carry no spaces). */
function words(script) {
  return script
    .replace(/\\\n/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^["']|["']$/g, ''));
}

/** The problems with what one run script names: scripts, files, permission sets, secrets. */
function crossReferences(projectDir, { file, runs }, scripts, permissionSets) {
  const source = readFileSync(path.join(projectDir, file), 'utf8').split('\n');
  const problems = [];
  for (const { script, line } of runs) {
    const where = line ? `${file}:${line}` : file;
    // A block script starts on the line after `run: |`: name the line the word is on.
    const at = (word) => {
      const index = line ? source.findIndex((text, i) => i >= line - 1 && text.includes(word)) : -1;
      return index >= 0 ? `${file}:${index + 1}` : where;
    };
    // A run with an expression comes back as one: ${{ format('echo {0}', secrets.X) }}.
    if (/^\$\{\{/.test(script) && /\bsecrets\s*[.[]/.test(script)) {
      problems.push(`${where}: a secret is substituted into a run script; pass it through env:`);
    }
    const w = words(script);
    w.forEach((word, i) => {
      if (word === 'run' && w[i - 1] === 'npm' && w[i + 1] && !scripts.has(w[i + 1])) {
        problems.push(
          `${at(`run ${w[i + 1]}`)}: npm run ${w[i + 1]}: no such script in package.json`
        );
      }
      if (
        word === '--definition-file' &&
        w[i + 1] &&
        !existsSync(path.resolve(projectDir, w[i + 1]))
      ) {
        problems.push(`${at(w[i + 1])}: ${w[i + 1]}: no such file in the project`);
      }
    });
    const assign = w.indexOf('permset');
    if (assign > 0 && w[assign - 1] === 'assign') {
      w.forEach((word, i) => {
        if ((word === '--name' || word === '-n') && w[i + 1] && !permissionSets.has(w[i + 1])) {
          problems.push(`${at(w[i + 1])}: permission set ${w[i + 1]} is not in the package`);
        }
      });
    }
  }
  return problems;
}

async function main() {
  const elapsed = startTimer();
  const projectDir = projectDirFromArgs();
  const files = workflowFiles(projectDir);
  if (files.length === 0) {
    finish(CHECK, { problems: [], summary: 'no workflows in .github/workflows', elapsed });
    return;
  }
  // The parser's own package.json is not in its exports: read it from node_modules.
  const version = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'node_modules', PARSER, 'package.json'), 'utf8')
  ).version;
  const { workflows } = await cachedResult(
    'workflow',
    { projectDir, files, extra: [`${PARSER}@${version}`] },
    async () => ({ workflows: await parseWorkflows(projectDir, files) })
  );
  const scripts = new Set(
    Object.keys(JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')).scripts)
  );
  const permissionSets = permissionSetNames(projectDir);
  const problems = workflows.flatMap((workflow) => [
    ...workflow.problems,
    ...crossReferences(projectDir, workflow, scripts, permissionSets)
  ]);
  const steps = workflows.reduce((sum, workflow) => sum + workflow.runs.length, 0);
  finish(CHECK, {
    problems,
    summary: `${files.length} workflow(s), ${steps} run steps valid against GitHub's workflow schema, 0 problems`,
    elapsed
  });
}

runCheck(CHECK, main);
