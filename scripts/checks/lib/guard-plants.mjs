// The defects the guards plant, one per check, each in its own copy of the project. A plant
// returns what the failing check must print: a pattern naming the planted file (and line).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CLASSES = 'force-app/main/default/classes';
const LWC = 'force-app/main/default/lwc';
const API_VERSION = '65.0';

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Writes an Apex class and its meta file; returns its project-relative path. */
export function writeClass(copyDir, name, lines) {
  const file = `${CLASSES}/${name}.cls`;
  writeFileSync(path.join(copyDir, file), `${lines.join('\n')}\n`);
  writeFileSync(
    path.join(copyDir, `${file}-meta.xml`),
    '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
      `  <apiVersion>${API_VERSION}</apiVersion>\n  <status>Active</status>\n</ApexClass>\n`
  );
  return file;
}

/** 1-based line of the first line containing marker. */
export function lineOf(lines, marker) {
  const index = lines.findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`plant has no line with ${marker}`);
  return index + 1;
}

/** `file:line: …message…` as the checks print it. */
export function namesFileLine(file, line, message) {
  return new RegExp(`^${escapeRegExp(file)}:${line}(:\\d+)?: .*${message}`, 'm');
}

export function plantUnknownFieldInApex(copyDir) {
  const lines = [
    'public with sharing class GuardPlantApexField {',
    '  public static Boolean readsUnknownField(PermissionSet permissionSet) {',
    '    return permissionSet.PermissionsNotARealPermission;',
    '  }',
    '}'
  ];
  const file = writeClass(copyDir, 'GuardPlantApexField', lines);
  return [namesFileLine(file, lineOf(lines, 'NotARealPermission'), 'Unknown field')];
}

/** SOQL injection in a class without sharing, plus a suppression nobody explained. */
export function plantPmdViolations(copyDir) {
  const lines = [
    '/**',
    ' * @description Planted by the guards: must fail check:pmd.',
    ' */',
    'public without sharing class GuardPlantPmd {',
    '  /**',
    '   * @description Builds SOQL from input.',
    '   * @param name user input',
    '   * @return users',
    '   */',
    "  @SuppressWarnings('PMD.ApexCRUDViolation')",
    '  public static List<User> usersNamed(String name) {',
    "    return Database.query('SELECT Id FROM User WHERE Name = \\'' + name + '\\'');",
    '  }',
    '}'
  ];
  const file = writeClass(copyDir, 'GuardPlantPmd', lines);
  return [
    namesFileLine(file, lineOf(lines, 'Database.query'), 'ApexSOQLInjection'),
    namesFileLine(file, lineOf(lines, '@SuppressWarnings'), 'needs a `// reason`')
  ];
}

/** Renames a DTO field the components read: the generated declaration changes, tsc must object. */
export function plantRenamedApexField(copyDir) {
  const file = path.join(copyDir, CLASSES, 'PermissionFieldDescription.cls');
  const source = readFileSync(file, 'utf8');
  const declaration = /\bString\s+label\s*;/;
  if (!declaration.test(source))
    throw new Error('PermissionFieldDescription.cls has no `String label;` to rename');
  writeFileSync(file, source.replace(declaration, 'String caption;'));
  return [/^force-app\/main\/default\/lwc\/\S+\.ts\(\d+,\d+\): error TS\d+: .*'label'/m];
}

function typeScriptBundles(copyDir) {
  const lwcDir = path.join(copyDir, LWC);
  if (!existsSync(lwcDir)) return [];
  return readdirSync(lwcDir).filter((bundle) =>
    existsSync(path.join(lwcDir, bundle, `${bundle}.ts`))
  );
}

/** A .forceignore without its TypeScript line lets the sources into the package. */
export function plantLeakedTypeScript(copyDir) {
  const forceignore = path.join(copyDir, '.forceignore');
  const lines = readFileSync(forceignore, 'utf8').split('\n');
  const kept = lines.filter((line) => line.trim() !== '**/lwc/**/*.ts');
  if (kept.length === lines.length)
    throw new Error('.forceignore has no `**/lwc/**/*.ts` line to remove');
  writeFileSync(forceignore, kept.join('\n'));
  const [bundle] = typeScriptBundles(copyDir);
  if (!bundle) throw new Error('no TypeScript LWC bundle to leak');
  return [namesFileLine(`${LWC}/${bundle}/${bundle}.ts`, 1, 'TypeScript source leaks')];
}

/** A bundle authored in TypeScript whose .js was never built. */
export function plantUnbuiltBundle(copyDir) {
  // The last one: the leak plant uses the first, and both may share a copy.
  const bundle = typeScriptBundles(copyDir).at(-1);
  if (!bundle) throw new Error('no TypeScript LWC bundle to leave unbuilt');
  rmSync(path.join(copyDir, LWC, bundle, `${bundle}.js`), { force: true });
  return [namesFileLine(`${LWC}/${bundle}/${bundle}.ts`, 1, 'npm run build')];
}
