const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/cli/**/*.test.ts'],
  testPathIgnorePatterns: [
    ...jestConfig.testPathIgnorePatterns,
    '<rootDir>/.tmp/',
    '<rootDir>/dist/'
  ],
  modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/dist/'],
  // Coverage is measured on the TypeScript we author, not on tsc's output beside it.
  collectCoverageFrom: [
    'force-app/**/lwc/**/*.ts',
    'cli/**/*.ts',
    '!**/__tests__/**',
    '!**/__mocks__/**'
  ],
  coverageThreshold: { global: { lines: 90 } },
  coverageReporters: ['text-summary', 'lcov']
};
