// Builds what the org and the command line receive:
//  1. the Apex↔TypeScript contract (types/generated/apex.d.ts) generated from the Apex source,
//  2. the `c/<bundle>` module paths for tsc (types/generated/tsconfig.paths.json),
//  3. each LWC bundle's .ts compiled in place to .js (stale .js removed first),
//  4. the command line and the access engine compiled to CommonJS in dist/.
// `--contract-only` stops after 1–2 (what type checking needs).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readApexContract, renderDeclarations } from './lib/apex-contract.mjs';
import { lwcBundles, ROOT, CLASSES_DIR } from './lib/project.mjs';
import { listFiles } from './checks/lib/project.mjs';

const started = Date.now();
const contractOnly = process.argv.includes('--contract-only');
const generated = path.join(ROOT, 'types', 'generated');
fs.mkdirSync(generated, { recursive: true });

function writeIfChanged(file, text) {
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    fs.writeFileSync(file, text);
  }
}

const contract = readApexContract(CLASSES_DIR);
writeIfChanged(path.join(generated, 'apex.d.ts'), renderDeclarations(contract));

const paths = {};
for (const bundle of lwcBundles()) {
  if (bundle.entry.endsWith('.ts')) {
    paths[`c/${bundle.name}`] = [path.relative(generated, bundle.entry).split(path.sep).join('/')];
  }
}
writeIfChanged(
  path.join(generated, 'tsconfig.paths.json'),
  JSON.stringify({ compilerOptions: { paths } }, null, 2) + '\n'
);

if (!contractOnly) {
  removeCompiledJavaScript();
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const project of ['tsconfig.lwc.json', 'tsconfig.cli.json']) {
    try {
      execFileSync(process.execPath, [tsc, '-p', project], { cwd: ROOT, stdio: 'inherit' });
    } catch {
      console.error(`build: tsc -p ${project} failed`);
      process.exit(1);
    }
  }
}

const methods = [...contract.values()].reduce(
  (n, c) => n + (c.name.includes('.') ? 0 : c.methods.length),
  0
);
console.log(
  `build: ${contractOnly ? 'contract' : 'contract, LWC and CLI'} ready — ${methods} Apex methods, ` +
    `${Object.keys(paths).length} TypeScript bundles (${((Date.now() - started) / 1000).toFixed(1)} s)`
);

/** Compiled output is never trusted across builds: a .js whose .ts is gone must not deploy. */
function removeCompiledJavaScript() {
  for (const bundle of lwcBundles()) {
    for (const file of listFiles(bundle.dir, (name) => name.endsWith('.js'))) {
      if (!file.includes(`${path.sep}__tests__${path.sep}`)) {
        if (fs.existsSync(file.replace(/\.js$/, '.ts'))) {
          fs.rmSync(file);
        } else {
          console.error(
            `build: ${path.relative(ROOT, file)} has no TypeScript source; components are authored in .ts`
          );
          process.exit(1);
        }
      }
    }
  }
  fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
}
