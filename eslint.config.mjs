// LWC rules from Salesforce's recommended config, parsed with typescript-eslint.
// The package's *-ts configs report false no-undef/no-unused-vars, so the JS config is used
// with the TypeScript parser and TypeScript's own checks take over those two rules.
import lwcRecommended from '@salesforce/eslint-config-lwc/recommended.js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      'dist/**',
      '.tmp/**',
      'types/generated/**',
      'docs/**',
      'force-app/**/lwc/**/*.js',
      '.sfdx/**',
      '.sf/**'
    ]
  },
  ...lwcRecommended.map((config) => ({
    ...config,
    files: ['force-app/**/lwc/**/*.ts']
  })),
  {
    files: ['force-app/**/lwc/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { sourceType: 'module', ecmaVersion: 'latest' }
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
      'import/named': 'off',
      'import/namespace': 'off',
      'import/default': 'off',
      'import/no-unresolved': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    // Property tests assert through fast-check: fc.assert fails the test on the first
    // counterexample, thrown by the plain checks (propertyChecks.ts) inside the property.
    files: ['force-app/**/lwc/**/__tests__/**/*.ts'],
    rules: {
      'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'fc.assert'] }]
    }
  },
  ...tseslint.configs.recommended.map((config) => ({
    ...config,
    files: [
      'cli/**/*.ts',
      'preview/**/*.ts',
      'bench/**/*.ts',
      'types/**/*.d.ts',
      'apex-runtime/**/*.ts'
    ]
  })),
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ignores: ['force-app/**'],
    languageOptions: {
      ecmaVersion: 'latest',
      globals: { ...globals.node }
    }
  },
  {
    files: ['**/*.cjs', 'jest.config.js', 'jest.setup.js', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' }
  }
];
