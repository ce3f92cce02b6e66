// Plants for the checks that run a tool over the sources: the LWC compiler, ESLint and Prettier.
// ESLint and Prettier are run on the planted files only (over the whole copy they cost as much
// as the real steps), with the project's own configuration: a file the configuration ignored
// would pass, and the guard would fail.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp, lineOf, namesFileLine } from './guard-plants.mjs';

const BUNDLE = 'whyApiOnlySourceTree';
const BUNDLE_DIR = `force-app/main/default/lwc/${BUNDLE}`;
/** The component ESLint is run on. */
export const LINT_TARGET = `${BUNDLE_DIR}/${BUNDLE}.ts`;
/** The TypeScript and the Apex file Prettier is run on. */
export const FORMAT_TARGETS = [
  'force-app/main/default/lwc/accessEngine/errors.ts',
  'force-app/main/default/classes/MfaEditorLimits.cls'
];

function edit(copyDir, file, change) {
  const full = path.join(copyDir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${file}: the plant changed nothing`);
  writeFileSync(full, after);
  return after;
}

/** A template expression the org's compiler rejects (a call), in the bundle's markup. */
export function plantTemplateCall(copyDir) {
  const file = `${BUNDLE_DIR}/${BUNDLE}.html`;
  const marker = '{guardPlanted.call()}';
  const text = edit(copyDir, file, (source) =>
    source.replace(/<\/template>\s*$/, `  <p>${marker}</p>\n</template>\n`)
  );
  return [namesFileLine(file, lineOf(text.split('\n'), marker), 'LWC1060')];
}

/** An import of a Custom Label that the project does not define, in the built module. */
export function plantUnknownLabel(copyDir) {
  const file = `${BUNDLE_DIR}/${BUNDLE}.js`;
  edit(
    copyDir,
    file,
    (source) =>
      `import guardPlanted from '@salesforce/label/c.Guard_Plant_No_Such_Label';\n${source}`
  );
  return [new RegExp(`^${escapeRegExp(file)}: Custom Label c\\.Guard_Plant_No_Such_Label`, 'm')];
}

/** An unused variable and a timer in a component: a TypeScript rule and an LWC rule. */
export function plantLintViolations(copyDir) {
  edit(
    copyDir,
    LINT_TARGET,
    (source) =>
      `${source}\nexport function guardPlanted(): void {\n  const unusedByGuard = 1;\n  setTimeout(() => undefined, 0);\n}\n`
  );
  return [
    new RegExp(`${escapeRegExp(LINT_TARGET)}$`, 'm'),
    /\d+:\d+\s+error\s+.*unusedByGuard.*@typescript-eslint\/no-unused-vars/,
    /\d+:\d+\s+error\s+.*@lwc\/lwc\/no-async-operation/
  ];
}

/** Doubled spaces Prettier would remove, in a TypeScript module and in an Apex class. */
export function plantMisformatting(copyDir) {
  const [typeScript, apex] = FORMAT_TARGETS;
  edit(copyDir, typeScript, (source) => `${source}export const guardPlanted  =  [1,2] ;\n`);
  edit(copyDir, apex, (source) =>
    source.replace('public with sharing class', 'public  with  sharing class')
  );
  return FORMAT_TARGETS.map((file) => new RegExp(`^\\[warn\\] ${escapeRegExp(file)}$`, 'm'));
}

/** The Jest run of the coverage guard: one quick suite, coverage only of the planted module. */
export const COVERAGE_TEST = 'force-app/main/default/lwc/mfaEditorShared/__tests__/limits.test.ts';
export const COVERAGE_TARGET = 'force-app/main/default/lwc/mfaEditorShared/guardPlantedUntested.ts';

/** A module no test runs: its lines count against the 90 % threshold. */
export function plantUntestedModule(copyDir) {
  const lines = [
    '// Planted by the guards: no test loads this module.',
    'export function guardPlantedTotal(values: number[]): number {',
    '  let total = 0;',
    '  for (const value of values) total += value;',
    '  return total;',
    '}',
    ''
  ];
  writeFileSync(path.join(copyDir, COVERAGE_TARGET), lines.join('\n'));
  return [
    /Jest: "global" coverage threshold for lines \(90%\) not met/,
    new RegExp(`${escapeRegExp(path.basename(COVERAGE_TARGET))}\\s*\\|\\s*0\\b`)
  ];
}
