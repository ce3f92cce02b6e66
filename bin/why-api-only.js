#!/usr/bin/env node
'use strict';
// Launcher: the command line is TypeScript compiled to dist/ by `npm run build`.
const path = require('node:path');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    process.stderr.write('why-api-only: not built yet: run `npm run build` first.\n');
    process.exit(2);
  }
  throw error;
}
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
