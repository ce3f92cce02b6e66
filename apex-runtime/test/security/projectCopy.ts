// The project as the tests deploy it: a temporary copy of its metadata in which the admin
// permission set's description is cut to the platform's 255 characters (the real file is
// longer, which fails a real deploy: see baseline.test.ts).
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
  const file = join(
    dir,
    'force-app/main/default/permissionsets/Why_API_Only_Admin.permissionset-meta.xml'
  );
  const xml = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    xml.replace(
      /(<description\s*>)([\s\S]*?)(<\/description>)/,
      (_, open: string, text: string, close: string) =>
        `${open}${text.trim().slice(0, 255)}${close}`
    )
  );
  copy = dir;
  return dir;
}

/** Removes the copy (afterAll of each test file). */
export function removeProjectCopy(): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = null;
}
