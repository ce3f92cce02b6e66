// Where things live in this SFDX project, for the build and check scripts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's folders, optionally inside another copy of the repo (the guards use one). */
export function projectPaths(root = ROOT) {
  const project = JSON.parse(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'));
  const packageDir =
    project.packageDirectories.find((p) => p.default) ?? project.packageDirectories[0];
  const main = path.join(root, packageDir.path, 'main', 'default');
  return {
    root,
    packageDir: path.join(root, packageDir.path),
    lwc: path.join(main, 'lwc'),
    classes: path.join(main, 'classes')
  };
}

export const LWC_DIR = projectPaths().lwc;
export const CLASSES_DIR = projectPaths().classes;

/** Each LWC bundle: its folder and its entry module (.ts when authored in TypeScript). */
export function lwcBundles(lwcDir = LWC_DIR) {
  if (!fs.existsSync(lwcDir)) return [];
  return fs
    .readdirSync(lwcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('__'))
    .map((d) => {
      const dir = path.join(lwcDir, d.name);
      const ts = path.join(dir, `${d.name}.ts`);
      return { name: d.name, dir, entry: fs.existsSync(ts) ? ts : path.join(dir, `${d.name}.js`) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
