// The command line's tests run in Node: the root config's LWC preset sets up a DOM (synthetic
// shadow) and its transformer ties every class to @lwc/engine-dom; neither loads without a DOM.

module.exports = {
  displayName: 'cli',
  rootDir: '..',
  testEnvironment: '<rootDir>/cli/testing/nodeEnvironment.js',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': '<rootDir>/cli/testing/typescriptJestTransformer.js' },
  testMatch: ['<rootDir>/cli/**/*.test.ts'],
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/.tmp/', '<rootDir>/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/dist/']
  // Coverage is collected and gated once, by the root jest.config.js.
};
