const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// `npm run test:unit` keeps its own transform cache (node_modules/.cache/jest-coverage): the LWC
// transformer's cache key ignores coverage instrumentation, so a cache shared with plain runs
// would hand the coverage run uninstrumented code. Only coverage runs write that cache.
//
// Four projects: the components run in sfdx-lwc-jest's DOM with the LWC engine; the engine's
// property tests the same way but apart (below); the command line and the offline Apex runtime
// run in plain Node (the LWC preset's DOM setup and transformer can't load there).
const ignored = ['<rootDir>/.tmp/', '<rootDir>/dist/'];

// The engine's property tests run thousands of random orgs: they need no coverage
// instrumentation (the scenario tests cover the same lines). They are their own project, whose
// files are not instrumented (coveragePathIgnorePatterns is per project).
const PROPERTY_TESTS = '/force-app/.*/__tests__/.*[pP]roperties\\.test\\.ts$';

const components = {
  ...jestConfig,
  displayName: 'components',
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
  testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, ...ignored, PROPERTY_TESTS],
  modulePathIgnorePatterns: ignored
};
delete components.collectCoverageFrom;

const properties = {
  ...components,
  displayName: 'properties',
  testRegex: PROPERTY_TESTS,
  testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, ...ignored],
  coveragePathIgnorePatterns: ['/']
};
delete properties.testMatch;

module.exports = {
  projects: [
    components,
    properties,
    '<rootDir>/cli/jest.config.js',
    // Not in the coverage set below: its sources are not instrumented (the Apex runtime reports
    // the Apex's coverage, not its own).
    '<rootDir>/apex-runtime/jest.config.js'
  ],
  // Coverage is measured on the TypeScript we author, not on tsc's output beside it.
  collectCoverageFrom: [
    'force-app/**/lwc/**/*.ts',
    'cli/**/*.ts',
    '!**/__tests__/**',
    '!**/__mocks__/**',
    '!cli/**/*.test.ts',
    '!cli/testing/**',
    // Type-only modules: no test loads them (imports of types vanish), so Jest would start a
    // worker pool at the end to instrument them once per project, for no line to cover.
    '!**/types.ts',
    '!**/planTypes.ts'
  ],
  coverageThreshold: { global: { lines: 90 } },
  coverageReporters: ['text-summary', 'lcov']
};
