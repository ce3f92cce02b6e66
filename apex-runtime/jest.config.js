// The offline Apex runtime's own tests: plain Node, TypeScript transpiled as the command line's is.
module.exports = {
  displayName: 'apex-runtime',
  rootDir: '..',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': '<rootDir>/cli/testing/typescriptJestTransformer.js' },
  testMatch: ['<rootDir>/apex-runtime/test/**/*.test.ts'],
  testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/.tmp/', '<rootDir>/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/dist/']
};
