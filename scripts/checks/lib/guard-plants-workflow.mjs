// Plants for check:workflow: a workflow GitHub would refuse (broken YAML, a context where it is
// not allowed, a job that needs a job that does not exist) and one that names what the project
// does not have (a permission set, an npm script). Each must be reported at its file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp, lineOf, namesFileLine } from './guard-plants.mjs';

export const WORKFLOW = '.github/workflows/scratch-org.yml';
const BROKEN = '.github/workflows/guard-planted-broken.yml';

function edit(copyDir, file, from, to) {
  const full = path.join(copyDir, file);
  const before = readFileSync(full, 'utf8');
  if (!before.includes(from)) throw new Error(`${file}: has no ${from}`);
  const after = before.replace(from, to);
  writeFileSync(full, after);
  return after.split('\n');
}

/** A second workflow whose YAML does not parse: a step's key indented one column too few. */
export function plantWorkflowSyntaxError(copyDir) {
  const lines = [
    'name: Planted by the guards',
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo planted',
    '     name: misindented',
    ''
  ];
  writeFileSync(path.join(copyDir, BROKEN), lines.join('\n'));
  return [new RegExp(`^${escapeRegExp(BROKEN)}:\\d+:\\d+: `, 'm')];
}

/** The secret tested in the job's `if:` (GitHub rejects it) and a `needs:` of a missing job. */
export function plantWorkflowSchemaErrors(copyDir) {
  edit(
    copyDir,
    WORKFLOW,
    "if: needs.dev-hub.outputs.configured == 'true'",
    "if: secrets.SFDX_AUTH_URL_DEVHUB != ''"
  );
  const lines = edit(copyDir, WORKFLOW, 'needs: dev-hub', 'needs: devhub');
  return [
    namesFileLine(
      WORKFLOW,
      lineOf(lines, 'if: secrets.SFDX'),
      "Unrecognized named-value: 'secrets'"
    ),
    namesFileLine(WORKFLOW, lineOf(lines, 'needs: devhub'), "unknown job 'devhub'")
  ];
}

/** A permission set the package does not have, and an npm script package.json does not have. */
export function plantWorkflowUnknownNames(copyDir) {
  edit(copyDir, WORKFLOW, '--name Why_API_Only_Admin', '--name Why_API_Only_Planted');
  const lines = edit(copyDir, WORKFLOW, 'npm run deploy --', 'npm run deploy-planted --');
  return [
    namesFileLine(
      WORKFLOW,
      lineOf(lines, '--name Why_API_Only_Planted'),
      'permission set Why_API_Only_Planted'
    ),
    namesFileLine(
      WORKFLOW,
      lineOf(lines, 'npm run deploy-planted'),
      'npm run deploy-planted: no such script'
    )
  ];
}
