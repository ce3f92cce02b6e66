// The SOQL defects the guards plant for check:soql: unknown fields in static and dynamic SOQL,
// and twin classes (valid, misspelled) covering the query shapes and building patterns in use.
import { escapeRegExp, lineOf, namesFileLine, writeClass } from './guard-plants.mjs';

export function plantUnknownFieldInStaticSoql(copyDir) {
  const lines = [
    'public with sharing class GuardPlantStaticSoql {',
    '  public static List<PermissionSetAssignment> assignmentsOf(Id userId) {',
    '    return [',
    '      SELECT Id, Assignee.NotARealField',
    '      FROM PermissionSetAssignment',
    '      WHERE AssigneeId = :userId',
    '      WITH USER_MODE',
    '    ];',
    '  }',
    '}'
  ];
  const file = writeClass(copyDir, 'GuardPlantStaticSoql', lines);
  return [
    namesFileLine(file, lineOf(lines, 'NotARealField'), 'unknown field NotARealField on User')
  ];
}

export function plantUnknownFieldInDynamicSoql(copyDir) {
  const lines = [
    'public with sharing class GuardPlantDynamicSoql {',
    '  private static final List<String> FIELDS = new List<String>{',
    "    'Id',",
    "    'PermissionSetGroup.NotARealField'",
    '  };',
    '  public static List<PermissionSetAssignment> assignmentsOf(Id userId) {',
    "    String soql = 'SELECT ' + String.join(FIELDS, ', ');",
    "    soql += ' FROM PermissionSetAssignment WHERE AssigneeId = :userId';",
    '    return Database.queryWithBinds(',
    '      soql,',
    "      new Map<String, Object>{ 'userId' => userId },",
    '      AccessLevel.USER_MODE',
    '    );',
    '  }',
    '}'
  ];
  const file = writeClass(copyDir, 'GuardPlantDynamicSoql', lines);
  return [
    namesFileLine(
      file,
      lineOf(lines, 'NotARealField'),
      'unknown field NotARealField on PermissionSetGroup'
    )
  ];
}

/**
 * The SOQL shapes the check must follow: relationship paths, aliases, child and semi-join
 * subqueries, nested bind queries, TYPEOF, aggregates and HAVING. The valid class must pass
 * untouched; each line of its misspelled twin must be reported.
 */
export function plantSoqlShapes(copyDir) {
  const queries = [
    '[SELECT COUNT(Id) total, PermissionSetId FROM PermissionSetAssignment GROUP BY PermissionSetId HAVING COUNT(Id) > 1]',
    '[SELECT Id, Profile.UserLicense.LicenseDefinitionKey FROM User WHERE Id NOT IN (SELECT AssigneeId FROM PermissionSetAssignment)]',
    '[SELECT Id, (SELECT Id, Assignee.Name FROM Assignments WHERE IsActive = true) FROM PermissionSet WITH USER_MODE]',
    '[SELECT TYPEOF Owner WHEN User THEN Username ELSE Name END FROM Account]',
    '[SELECT Id FROM PermissionSetAssignment psa WHERE psa.Assignee.IsActive = true]',
    "[SELECT Id FROM User WHERE Id IN :[SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = 'X']]"
  ];
  const misspellings = [
    ['HAVING COUNT(Id)', 'HAVING COUNT(Idd)', 'unknown field Idd on PermissionSetAssignment'],
    [
      'SELECT AssigneeId FROM',
      'SELECT AssigneId FROM',
      'unknown field AssigneId on PermissionSetAssignment'
    ],
    [
      'FROM Assignments',
      'FROM Assignmentss',
      'unknown child relationship Assignmentss on PermissionSet'
    ],
    ['THEN Username', 'THEN Usernam', 'unknown field Usernam on User'],
    ['psa.Assignee.IsActive', 'psa.Assignee.IsActiv', 'unknown field IsActiv on User'],
    ['PermissionSet.Name', 'PermissionSet.Nam', 'unknown field Nam on PermissionSet']
  ];
  const classLines = (name, bodies) => [
    `public with sharing class ${name} {`,
    '  public static void run() {',
    ...bodies.map((query, index) => `    List<SObject> q${index} = ${query};`),
    '  }',
    '}'
  ];
  const valid = writeClass(
    copyDir,
    'GuardPlantSoqlShapes',
    classLines('GuardPlantSoqlShapes', queries)
  );
  const misspelled = queries.map((query, index) =>
    query.replace(misspellings[index][0], misspellings[index][1])
  );
  const invalid = writeClass(
    copyDir,
    'GuardPlantSoqlShapesMisspelled',
    classLines('GuardPlantSoqlShapesMisspelled', misspelled)
  );
  const firstQueryLine = 3;
  return [
    { absent: new RegExp(`^${escapeRegExp(valid)}:`, 'm') },
    ...misspellings.map(([, , message], index) =>
      namesFileLine(invalid, firstQueryLine + index, escapeRegExp(message))
    )
  ];
}

/**
 * The ways dynamic SOQL gets built here: a field-list constant with String.join, String.format,
 * a map of WHERE conditions appended in a branch, a lazily filled static list, and SOQL passed
 * to a helper. The valid class must pass; each misspelling in its twin must be named at its line.
 */
export function plantDynamicSoqlShapes(copyDir) {
  const body = (name) => [
    `public with sharing class ${name} {`,
    "  private static final List<String> BASE_FIELDS = new List<String>{ 'Id', 'Name' };",
    '  private static final Map<String, String> FILTERS = new Map<String, String>{',
    "    'custom' => 'IsCustom = true'",
    '  };',
    '  private static List<String> cached;',
    '  private static List<String> lazyFields() {',
    '    if (cached == null) {',
    '      cached = new List<String>();',
    "      for (String field : new List<String>{ 'Label', 'Type' }) {",
    "        cached.add('PermissionSet.' + field);",
    '      }',
    '    }',
    '    return new List<String>(cached);',
    '  }',
    '  public static List<SObject> byFormat() {',
    '    return Database.query(',
    "      String.format('SELECT {0} FROM {1}', new List<Object>{ 'Id, MasterLabel', 'PermissionSetGroup' })",
    '    );',
    '  }',
    '  public static List<SObject> byBranch(Boolean filtered, String kind) {',
    "    String soql = 'SELECT ' + String.join(BASE_FIELDS, ', ') + ' FROM PermissionSet';",
    '    if (filtered) {',
    "      soql += ' WHERE ' + FILTERS.get(kind);",
    '    }',
    "    return Database.query(soql + ' ORDER BY Name');",
    '  }',
    '  public static List<SObject> byLazyList() {',
    "    return Database.query('SELECT ' + String.join(lazyFields(), ', ') + ' FROM PermissionSetAssignment');",
    '  }',
    '  public static List<SObject> byHelper() {',
    "    return run('SELECT Id, DeveloperName FROM PermissionSetGroup');",
    '  }',
    '  private static List<SObject> run(String soql) {',
    '    return Database.query(soql);',
    '  }',
    '}'
  ];
  const misspellings = [
    ["'Name' }", "'Nme' }", 'unknown field Nme on PermissionSet'],
    ["'IsCustom = true'", "'IsCustm = true'", 'unknown field IsCustm on PermissionSet'],
    ["'Label', 'Type'", "'Labl', 'Type'", 'unknown field Labl on PermissionSet'],
    ["'Id, MasterLabel'", "'Id, MasterLabl'", 'unknown field MasterLabl on PermissionSetGroup'],
    [
      'Id, DeveloperName FROM',
      'Id, DeveloperNam FROM',
      'unknown field DeveloperNam on PermissionSetGroup'
    ]
  ];
  const valid = writeClass(copyDir, 'GuardPlantDynamicShapes', body('GuardPlantDynamicShapes'));
  let lines = body('GuardPlantDynamicShapesMisspelled');
  for (const [correct, wrong] of misspellings)
    lines = lines.map((line) => line.replace(correct, wrong));
  const invalid = writeClass(copyDir, 'GuardPlantDynamicShapesMisspelled', lines);
  return [
    { absent: new RegExp(`^${escapeRegExp(valid)}:`, 'm') },
    ...misspellings.map(([, wrong, message]) =>
      namesFileLine(invalid, lineOf(lines, wrong), escapeRegExp(message))
    )
  ];
}
