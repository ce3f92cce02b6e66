const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Two projects: the components run in sfdx-lwc-jest's DOM with the LWC engine; the command line
// runs in plain Node (the LWC preset's DOM setup and transformer can't load there).
const ignored = ['<rootDir>/.tmp/', '<rootDir>/dist/'];

const components = {
  ...jestConfig,
  displayName: 'components',
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
  testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, ...ignored],
  modulePathIgnorePatterns: ignored
};
delete components.collectCoverageFrom;

module.exports = {
  projects: [components, '<rootDir>/cli/jest.config.js'],
  // Coverage is measured on the TypeScript we author, not on tsc's output beside it.
  collectCoverageFrom: [
    'force-app/**/lwc/**/*.ts',
    'cli/**/*.ts',
    '!**/__tests__/**',
    '!**/__mocks__/**',
    '!cli/**/*.test.ts',
    '!cli/testing/**'
  ],
  coverageThreshold: { global: { lines: 90 } },
  coverageReporters: ['text-summary', 'lcov']
};
