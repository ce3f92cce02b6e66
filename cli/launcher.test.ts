/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The launcher is exercised in a copy of the package layout, so the result does not depend on
// whether `npm run build` has run in this checkout.
describe('bin/why-api-only.js', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'why-api-only-bin-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(
      join(__dirname, '..', 'bin', 'why-api-only.js'),
      join(root, 'bin', 'why-api-only.js')
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function launch(...args: string[]) {
    return spawnSync(process.execPath, [join(root, 'bin', 'why-api-only.js'), ...args], {
      encoding: 'utf8'
    });
  }

  it('tells the user to build first when dist is missing, and exits with 2', () => {
    const run = launch('--help');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('why-api-only: not built yet: run `npm run build` first.\n');
  });

  it('runs the compiled command line with the arguments and exits with its code', () => {
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(
      join(root, 'dist', 'cli', 'main.js'),
      'exports.runCli = async (argv) => { process.stdout.write(JSON.stringify(argv)); return 3; };'
    );
    const run = launch('audit', '--csv');
    expect(run.stdout).toBe('["audit","--csv"]');
    expect(run.status).toBe(3);
  });
});
