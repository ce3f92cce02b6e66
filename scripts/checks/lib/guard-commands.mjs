// The command each guard runs in its copy of the project: the check itself, as npm test runs it,
// narrowed where a whole run would cost more than the plant needs (each entry says how).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli.mjs';
import {
  COVERAGE_TARGET,
  COVERAGE_TEST,
  FORMAT_TARGETS,
  LINT_TARGET
} from './guard-plants-tools.mjs';
import { plantedTestClasses } from './guard-plants-apex-tests.mjs';
import { SFGE_PLANT_FILE } from './guard-plants-analyzer.mjs';

const CHECKS_DIR = path.join(REPO_ROOT, 'scripts', 'checks');

/** Each check as a list of commands run in the copy; the last failing one decides. */
export const COMMANDS = {
  apex: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'apex-ls.mjs'), copy]],
  soql: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'soql-fields.mjs'), copy]],
  pmd: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'pmd.mjs'), copy]],
  // SFGE costs minutes of CPU on the whole project: the planted copy holds the planted class
  // alone and analyses its entry points; the clean copy reports the result recorded for the same
  // sources (scripts/checks/sfge-result.json), as npm test does, and fails without one.
  sfge: (copy) => [
    existsSync(path.join(copy, SFGE_PLANT_FILE))
      ? [process.execPath, path.join(CHECKS_DIR, 'sfge.mjs'), copy, '--target', SFGE_PLANT_FILE]
      : [process.execPath, path.join(CHECKS_DIR, 'sfge.mjs'), copy, '--cached-only']
  ],
  deployable: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'deployable.mjs'), copy]],
  workflow: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'workflow.mjs'), copy]],
  metadata: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'metadata.mjs'), copy]],
  // `npm run test:apex` on the copy: the main tree's compiled runtime (the copy has no dist/; the
  // runtime reads the project from --project), narrowed to the planted test classes when there
  // are any; the clean copy runs every test.
  'apex-tests': (copy) => [
    [
      process.execPath,
      path.join(REPO_ROOT, 'scripts', 'test-apex.mjs'),
      '--no-build',
      '--project',
      copy,
      ...plantedTestClasses(copy)
    ]
  ],
  lwc: (copy) => [[process.execPath, path.join(CHECKS_DIR, 'lwc-compile.mjs'), copy]],
  // `npm run lint` and `npm run format:check` narrowed to the planted files (see the plants).
  lint: (copy) => [
    [
      process.execPath,
      path.join(copy, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      '--max-warnings',
      '0',
      LINT_TARGET
    ]
  ],
  // `npm run test:unit`'s coverage threshold, on one quick suite and the planted module alone.
  coverage: (copy) => [
    [
      process.execPath,
      path.join(copy, 'node_modules', 'jest', 'bin', 'jest.js'),
      COVERAGE_TEST, // first: --selectProjects takes every word after it
      '--coverage',
      `--collectCoverageFrom=${COVERAGE_TARGET}`,
      '--coverageReporters=text',
      '--selectProjects=components'
    ]
  ],
  format: (copy) => [
    [
      process.execPath,
      path.join(copy, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
      '--no-color',
      '--check',
      ...FORMAT_TARGETS
    ]
  ],
  // `npm run typecheck` narrowed to the components: the contract is generated in the copy
  // (build.mjs works on the tree it sits in), then tsc checks the LWC sources with the build's
  // tsconfig.lwc.json. tsconfig.json adds tests, CLI and Node/Jest types: the same LWC errors
  // at twice the time, and the guards run tsc twice.
  typecheck: (copy) => [
    [process.execPath, path.join(copy, 'scripts', 'build.mjs'), '--contract-only'],
    [
      process.execPath,
      path.join(copy, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.lwc.json',
      '--noEmit'
    ]
  ]
};
