// Runs every built LWC bundle through @lwc/compiler, as the org does on deploy, and checks that
// each Custom Label a component imports exists in the project's labels.
// Usage: node scripts/checks/lwc-compile.mjs [projectDir]
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@lwc/compiler';
import { lwcBundles, projectPaths } from '../lib/project.mjs';
import { listFiles } from './lib/project.mjs';

const started = Date.now();
const root = path.resolve(process.argv[2] ?? projectPaths().root);
const { lwc, packageDir } = projectPaths(root);
const problems = [];
const labelNames = readLabelNames(packageDir);
let files = 0;

for (const bundle of lwcBundles(lwc)) {
  for (const file of fs.readdirSync(bundle.dir)) {
    const full = path.join(bundle.dir, file);
    const ext = path.extname(file);
    if (ext === '.ts') {
      const built = full.replace(/\.ts$/, '.js');
      if (!fs.existsSync(built)) {
        problems.push(
          `${rel(full)}: not built (no ${path.basename(built)}); run \`npm run build\``
        );
      } else if (fs.statSync(built).mtimeMs < fs.statSync(full).mtimeMs) {
        problems.push(`${rel(built)}: older than its .ts source; run \`npm run build\``);
      }
      continue;
    }
    if (!['.js', '.html', '.css'].includes(ext)) continue;
    files += 1;
    const source = fs.readFileSync(full, 'utf8');
    try {
      const result = transformSync(source, file, {
        name: bundle.name,
        namespace: 'c',
        enableDynamicComponents: false
      });
      for (const warning of result.warnings ?? []) {
        if (warning.level <= 1) problems.push(`${rel(full)}: ${warning.message}`);
      }
    } catch (error) {
      const where = error.location ? `:${error.location.line}:${error.location.column}` : '';
      problems.push(`${rel(full)}${where}: ${error.message.split('\n')[0]}`);
    }
    if (ext === '.js') {
      for (const match of source.matchAll(/@salesforce\/label\/c\.([A-Za-z0-9_]+)/g)) {
        if (!labelNames.has(match[1])) {
          problems.push(`${rel(full)}: Custom Label c.${match[1]} is not defined in the labels`);
        }
      }
    }
  }
}

if (problems.length) {
  console.error(`check:lwc: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `check:lwc: ${files} files compiled by @lwc/compiler, 0 problems (${((Date.now() - started) / 1000).toFixed(1)} s)`
);

function rel(file) {
  return path.relative(root, file);
}

function readLabelNames(dir) {
  const names = new Set();
  for (const file of listFiles(dir, (name) => name.endsWith('.labels-meta.xml'))) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/<fullName>([^<]+)<\/fullName>/g)) {
      names.add(m[1].trim());
    }
  }
  return names;
}
