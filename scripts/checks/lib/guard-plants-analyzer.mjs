// Defects planted for check:sfge (Salesforce Graph Engine through Code Analyzer). Each plant is a
// class with @AuraEnabled entry points, the paths SFGE starts from; the guard analyses only the
// planted class's entry points (`--target`). The plant needs none of the project's classes, and
// SFGE builds its graph from every class in the copy, so the copy keeps the plant alone (about
// 10 CPU-seconds instead of 30).
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { lineOf, namesFileLine, writeClass } from './guard-plants.mjs';

/** Leaves only the planted class (and its -meta.xml) in the copy's classes folder. */
function keepOnlyPlant(copyDir) {
  const dir = path.join(copyDir, 'force-app', 'main', 'default', 'classes');
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${SFGE_PLANT_CLASS}.cls`)) rmSync(path.join(dir, name));
  }
}

export const SFGE_PLANT_CLASS = 'GuardPlantSfge';
export const SFGE_PLANT_FILE = `force-app/main/default/classes/${SFGE_PLANT_CLASS}.cls`;

// Both defects live in one class so the guard pays for one SFGE run (tens of CPU-seconds).
const LINES = [
  '/**',
  ' * @description Planted by the guards: must fail check:sfge.',
  ' */',
  `public with sharing class ${SFGE_PLANT_CLASS} {`,
  '  /**',
  '   * @description Renames a user from a parameter, in system mode: no FLS check for the field.',
  '   * @param userId the user',
  '   * @param firstName the new first name',
  '   */',
  '  @AuraEnabled',
  '  public static void rename(Id userId, String firstName) {',
  '    User renamed = new User(Id = userId, FirstName = firstName);',
  '    update renamed; // plant: system-mode DML',
  '  }',
  '',
  '  /**',
  '   * @description Null on the path where userId is given, then dereferenced.',
  '   * @param userId the user',
  '   * @return the length of a name',
  '   */',
  '  @AuraEnabled',
  '  public static Integer nameLength(Id userId) {',
  '    String name = null;',
  '    if (userId == null) {',
  "      name = 'nobody';",
  '    }',
  '    return name.length(); // plant: null dereference',
  '  }',
  '}'
];

/** An @AuraEnabled update in system mode of a field taken from a parameter: ApexFlsViolation. */
export function plantSfgeFlsViolation(copyDir) {
  const file = writeClass(copyDir, SFGE_PLANT_CLASS, LINES);
  keepOnlyPlant(copyDir);
  return [namesFileLine(file, lineOf(LINES, 'plant: system-mode DML'), 'ApexFlsViolation')];
}

/** A variable null on one path and dereferenced after it: ApexNullPointerException. */
export function plantSfgeNullDereference(copyDir) {
  const file = writeClass(copyDir, SFGE_PLANT_CLASS, LINES);
  keepOnlyPlant(copyDir);
  return [
    namesFileLine(file, lineOf(LINES, 'plant: null dereference'), 'ApexNullPointerException')
  ];
}
