// The offline Apex runtime as compiled into dist/ (tsc -p tsconfig.cli.json), for the scripts
// that run Apex outside `npm run test:apex`: the preview's Apex host and the benchmark.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** A module of the compiled runtime: `runtimeModule('runner/auraHost.js')`. */
export function runtimeModule(file) {
  return require(path.join(ROOT, 'dist', 'apex-runtime', 'src', file));
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [path.join(dir, e.name)]
        : []
  );
}

/** The first runtime source dist/ has no current build of, or null. */
export function staleRuntimeSource() {
  return (
    sources(path.join(ROOT, 'apex-runtime', 'src')).find((file) => {
      const built = path.join(ROOT, 'dist', path.relative(ROOT, file).replace(/\.ts$/, '.js'));
      return !existsSync(built) || statSync(built).mtimeMs < statSync(file).mtimeMs;
    }) ?? null
  );
}

/** Compiles the runtime (tsc -p tsconfig.cli.json) when dist/ lacks a current build of it. */
export function ensureRuntimeBuilt(log = (line) => process.stderr.write(`${line}\n`)) {
  const stale = staleRuntimeSource();
  if (!stale) return;
  log(
    `dist/ has no current build of ${path.relative(ROOT, stale)}: compiling the runtime (tsc -p tsconfig.cli.json)`
  );
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], {
    cwd: ROOT,
    stdio: 'inherit'
  });
  if (built.status !== 0) throw new Error('tsc -p tsconfig.cli.json failed (see above)');
}
