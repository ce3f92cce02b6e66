// The project as the tests deploy it: a temporary copy of its metadata, so that a test may
// change a file (see baseline.test.ts: a description over 255 characters fails the deploy).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_DIR = join(__dirname, '..', '..', '..');

let copy: string | null = null;

export function deployableProject(): string {
  if (copy) return copy;
  const dir = mkdtempSync(join(tmpdir(), 'apex-runtime-security-'));
  writeFileSync(
    join(dir, 'sfdx-project.json'),
    readFileSync(join(PROJECT_DIR, 'sfdx-project.json'))
  );
  cpSync(
    join(PROJECT_DIR, 'force-app', 'main', 'default'),
    join(dir, 'force-app', 'main', 'default'),
    {
      recursive: true,
      filter: (source) => !/[/\\](lwc|flexipages|labels)([/\\]|$)/.test(source)
    }
  );
  copy = dir;
  return dir;
}

/** Sets the admin permission set's description in the copy (a deploy-failure case). */
export function setAdminDescription(dir: string, description: string): void {
  const file = join(
    dir,
    'force-app/main/default/permissionsets/Why_API_Only_Admin.permissionset-meta.xml'
  );
  const xml = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    xml.replace(/(<description\s*>)([\s\S]*?)(<\/description>)/, `$1${description}$3`)
  );
}

/** Removes the copy (afterAll of each test file). */
export function removeProjectCopy(): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = null;
}
