// Reads the SFDX project layout: package directories and the Apex sources in them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

export function packageDirectories(projectDir) {
  const project = JSON.parse(readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8'));
  return project.packageDirectories.map((entry) => path.join(projectDir, entry.path));
}

/** Every file under dir (recursively) whose name passes the filter, sorted for stable output. */
export function listFiles(dir, filter) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && filter(entry.name)) found.push(path.join(entry.parentPath, entry.name));
  }
  return found.filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`)).sort();
}

/** The Apex classes and triggers of every package directory. */
export function apexSourceFiles(projectDir) {
  return packageDirectories(projectDir).flatMap((dir) =>
    listFiles(dir, (name) => name.endsWith('.cls') || name.endsWith('.trigger'))
  );
}
