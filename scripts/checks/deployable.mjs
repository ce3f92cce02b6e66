// check:deployable: converts the source to the metadata-format package the org receives
// (source-deploy-retrieve, honouring .forceignore, offline), then checks what conversion does not:
// every TypeScript module was compiled to a fresh .js, and no authoring file leaks into the package.
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import { listFiles, packageDirectories } from './lib/project.mjs';

const CHECK = 'check:deployable';
const BUILD_HINT = 'run `npm run build`';

/** Authoring-only files: tests, mocks, TypeScript and its configs, lint configs. */
const LEAK_PATTERNS = [
  { pattern: /\.ts$/, what: 'TypeScript source' },
  { pattern: /(^|\/)tsconfig[^/]*\.json$/, what: 'tsconfig' },
  { pattern: /(^|\/)jsconfig\.json$/, what: 'jsconfig' },
  { pattern: /(^|\/)__tests__\//, what: 'test folder' },
  { pattern: /(^|\/)__mocks__\//, what: 'mock folder' },
  { pattern: /\.(test|spec)\.[^/]+$/, what: 'test file' },
  { pattern: /(^|\/)\.eslintrc[^/]*$/, what: 'ESLint config' }
];

function isAuthoredModule(file) {
  const parts = file.split(path.sep);
  return (
    file.endsWith('.ts') &&
    !file.endsWith('.d.ts') &&
    !/\.(test|spec)\.ts$/.test(file) &&
    !parts.includes('__tests__') &&
    !parts.includes('__mocks__')
  );
}

/** The package path of a source file in lwc/<bundle>/..., or null outside LWC bundles. */
function lwcRelativePath(file) {
  const parts = file.split(path.sep);
  const lwcIndex = parts.lastIndexOf('lwc');
  return lwcIndex < 0 ? null : parts.slice(lwcIndex).join('/');
}

/** Each authored .ts needs its compiled .js in the package, at least as new as the .ts. */
function compiledOutputProblems(projectDir, outputDir) {
  const problems = [];
  const typeScriptModules = packageDirectories(projectDir)
    .flatMap((dir) => listFiles(dir, (name) => name.endsWith('.ts')))
    .filter(isAuthoredModule)
    .filter((file) => lwcRelativePath(file) !== null);
  for (const tsFile of typeScriptModules) {
    const jsFile = tsFile.replace(/\.ts$/, '.js');
    const packaged = path.join(outputDir, lwcRelativePath(jsFile));
    const where = `${displayPath(projectDir, tsFile)}:1`;
    if (!existsSync(jsFile) || !existsSync(packaged)) {
      problems.push(
        `${where}: compiled ${path.basename(jsFile)} is missing from the package: ${BUILD_HINT}`
      );
    } else if (statSync(jsFile).mtimeMs < statSync(tsFile).mtimeMs) {
      problems.push(
        `${where}: ${path.basename(jsFile)} is older than its .ts (stale build): ${BUILD_HINT}`
      );
    }
  }
  return { problems, typeScriptModuleCount: typeScriptModules.length };
}

/** Every bundle in the package has its entry module <bundle>/<bundle>.js. */
function bundleEntryProblems(outputDir) {
  const lwcDir = path.join(outputDir, 'lwc');
  if (!existsSync(lwcDir)) return [];
  return listFiles(lwcDir, (name) => name.endsWith('.js-meta.xml'))
    .map((metaFile) => path.dirname(metaFile))
    .filter((bundleDir) => !existsSync(path.join(bundleDir, `${path.basename(bundleDir)}.js`)))
    .map(
      (bundleDir) =>
        `lwc/${path.basename(bundleDir)}/${path.basename(bundleDir)}.js: bundle has no entry module in the package: ${BUILD_HINT}`
    );
}

/** Names a packaged file by its source path when it came from an LWC bundle, else by package path. */
function sourcePathsByPackagePath(projectDir) {
  const byPackagePath = new Map();
  for (const file of packageDirectories(projectDir).flatMap((dir) => listFiles(dir, () => true))) {
    const packagePath = lwcRelativePath(file);
    if (packagePath) byPackagePath.set(packagePath, displayPath(projectDir, file));
  }
  return byPackagePath;
}

function leakProblems(projectDir, outputDir) {
  const sourcePaths = sourcePathsByPackagePath(projectDir);
  return listFiles(outputDir, () => true).flatMap((file) => {
    const packagePath = path.relative(outputDir, file).split(path.sep).join('/');
    const leak = LEAK_PATTERNS.find(({ pattern }) => pattern.test(packagePath));
    if (!leak) return [];
    const where = sourcePaths.get(packagePath) ?? packagePath;
    return [
      `${where}:1: ${leak.what} leaks into the deployable package as ${packagePath} (fix .forceignore)`
    ];
  });
}

function countsByType(componentSet) {
  const counts = new Map();
  for (const component of componentSet) {
    counts.set(component.type.name, (counts.get(component.type.name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
}

/** Converts to metadata format in a temp dir and inspects the result there. */
async function convertAndInspect(projectDir, outputDir) {
  const componentSet = ComponentSet.fromSource({ fsPaths: packageDirectories(projectDir) });
  if (componentSet.size === 0) throw new Error('the package directories hold no metadata');
  await new MetadataConverter().convert(componentSet, 'metadata', {
    type: 'directory',
    outputDirectory: outputDir,
    genUniqueDir: false
  });
  const compiled = compiledOutputProblems(projectDir, outputDir);
  return {
    problems: [
      ...compiled.problems,
      ...bundleEntryProblems(outputDir),
      ...leakProblems(projectDir, outputDir)
    ],
    summary:
      `${componentSet.size} components convert to metadata format (${countsByType(componentSet)}); ` +
      `${compiled.typeScriptModuleCount} TypeScript modules compiled, nothing leaks`
  };
}

async function main() {
  const elapsed = startTimer();
  const projectDir = projectDirFromArgs();
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'why-api-only-mdapi-'));
  let outcome;
  try {
    outcome = await convertAndInspect(projectDir, outputDir);
  } finally {
    // Before finish(): it exits the process on failure, and a finally would not run.
    rmSync(outputDir, { recursive: true, force: true });
  }
  finish(CHECK, { ...outcome, elapsed });
}

runCheck(CHECK, main);
