// The apex-tests guard's plants: each a small new @IsTest class (and, for the null dereference, a
// small class under test) added to the copy, so they stay valid whatever the project's own Apex
// becomes. Every class holds the defect's test and its valid twin: the same code without the
// defect, which must pass. They all run in one CLI run; each is checked in its own test's
// failure block (`  ✘ Class.method`, its message, its Apex stack), so a test that fails for
// another reason (a NotImplemented construct, another plant's error) does not count.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp, lineOf, writeClass } from './guard-plants.mjs';

const CLASSES = 'force-app/main/default/classes';
/** Planted test classes are found by name: the guard runs these alone in the planted copy. */
const PLANT_TEST = /^GuardPlant\w*Test\.cls$/;
/** Marks the defect's line in a plant's source; the Apex stack must point at it. */
const DEFECT = '// planted defect';

/** The class names of the plant tests in a copy, for the CLI's selectors (none in a clean copy). */
export function plantedTestClasses(copyDir) {
  return readdirSync(path.join(copyDir, CLASSES))
    .filter((file) => PLANT_TEST.test(file))
    .map((file) => file.replace(/\.cls$/, ''));
}

// A test's block in the CLI's output: `  ✘ Class.method`, the message (6 spaces), the stack (8).
const blockStart = (cls, method) => `^  ✘ ${escapeRegExp(cls)}\\.${escapeRegExp(method)}\\n`;
const blockLine = ' {6}.*';

/**
 * What the failing run must print for one plant: its test failed with `kind` in the message, its
 * Apex stack has each frame (`Class.X.method: line N`: the planted file, at the defect's line),
 * and its twin passed (the class's summary says one of its two tests passed).
 */
function expectFailure({ cls, method, kind, frames }) {
  const frame = (f) =>
    `Class\\.${escapeRegExp(f.cls)}\\.${escapeRegExp(f.method)}: line ${f.line}\\b`;
  return [
    new RegExp(`${blockStart(cls, method)} {6}.*${kind}`, 'm'),
    ...frames.map(
      (f) => new RegExp(`${blockStart(cls, method)}(?:${blockLine}\\n)*? {8}${frame(f)}`, 'm')
    ),
    new RegExp(`^✘ ${escapeRegExp(cls)}: 1/2$`, 'm')
  ];
}

/** A test class `@IsTest private class <name>` with the given members. */
function testClass(name, members) {
  return ['@IsTest', `private class ${name} {`, ...members.map((line) => `  ${line}`), '}'];
}

/** A helper method every plant needing a user declares in its own class (no shared test data). */
function minimumAccessUser() {
  return [
    'static User minimumAccessUser(String alias) {',
    "  Profile profile = [SELECT Id FROM Profile WHERE Name = 'Minimum Access - Salesforce' LIMIT 1];",
    '  return new User(',
    "    LastName = 'Guard ' + alias,",
    '    Alias = alias,',
    "    Email = alias + '@example.com',",
    "    Username = alias + '.guardplant@whyapionly.test',",
    "    EmailEncodingKey = 'UTF-8',",
    "    LanguageLocaleKey = 'en_US',",
    "    LocaleSidKey = 'en_US',",
    "    TimeZoneSidKey = 'GMT',",
    '    ProfileId = profile.Id',
    '  );',
    '}'
  ];
}

/** Writes the test class; `deeper` are frames below the test method's (a class under test). */
function plant(copyDir, name, members, { method, kind, deeper = [] }) {
  const lines = testClass(name, members);
  writeClass(copyDir, name, lines);
  const own = { cls: name, method, line: lineOf(lines, DEFECT) };
  return expectFailure({ cls: name, method, kind, frames: [...deeper, own] });
}

export function plantWrongAssertion(copyDir) {
  return plant(
    copyDir,
    'GuardPlantAssertTest',
    [
      '@IsTest',
      'static void it_fails_on_a_wrong_expected_value() {',
      '  Integer sum = 1 + 1;',
      `  Assert.areEqual(3, sum, 'one and one'); ${DEFECT}`,
      '}',
      '@IsTest',
      'static void it_passes_with_the_right_expected_value() {',
      '  Integer sum = 1 + 1;',
      "  Assert.areEqual(2, sum, 'one and one');",
      '}'
    ],
    {
      method: 'it_fails_on_a_wrong_expected_value',
      kind: 'AssertException: Assertion Failed: .*Expected: 3, Actual: 2'
    }
  );
}

/** A setup object (User) then a non-setup one in one context; runAs gives the twin its own. */
export function plantMixedDml(copyDir) {
  return plant(
    copyDir,
    'GuardPlantMixedDmlTest',
    [
      ...minimumAccessUser(),
      '@IsTest',
      'static void it_fails_on_a_user_then_a_record_in_one_context() {',
      "  insert minimumAccessUser('gmixed1');",
      `  insert new MFA_Change_Set__c(Summary__c = 'after a user'); ${DEFECT}`,
      '}',
      '@IsTest',
      'static void it_passes_when_the_user_is_inserted_in_run_as() {',
      '  System.runAs(new User(Id = UserInfo.getUserId())) {',
      "    insert minimumAccessUser('gmixed2');",
      '  }',
      "  insert new MFA_Change_Set__c(Summary__c = 'after a user');",
      '}'
    ],
    { method: 'it_fails_on_a_user_then_a_record_in_one_context', kind: 'MIXED_DML_OPERATION' }
  );
}

export function plantRestrictedPicklist(copyDir) {
  return plant(
    copyDir,
    'GuardPlantPicklistTest',
    [
      '@IsTest',
      'static void it_fails_on_a_value_outside_the_restricted_picklist() {',
      `  insert new MFA_Change_Set__c(Kind__c = 'notAKind'); ${DEFECT}`,
      '}',
      '@IsTest',
      'static void it_passes_with_a_value_of_the_picklist() {',
      '  List<Schema.PicklistEntry> kinds = MFA_Change_Set__c.Kind__c.getDescribe().getPicklistValues();',
      '  insert new MFA_Change_Set__c(Kind__c = kinds[0].getValue());',
      '}'
    ],
    {
      method: 'it_fails_on_a_value_outside_the_restricted_picklist',
      kind: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST.*notAKind'
    }
  );
}

/** One character over Key__c's length (read from the describe: the plant follows the field). */
export function plantValueTooLong(copyDir) {
  return plant(
    copyDir,
    'GuardPlantLengthTest',
    [
      'static Integer keyLength() {',
      '  return MFA_Change_Set__c.Key__c.getDescribe().getLength();',
      '}',
      '@IsTest',
      'static void it_fails_on_a_value_over_the_length() {',
      `  insert new MFA_Change_Set__c(Key__c = ''.rightPad(keyLength() + 1, 'k')); ${DEFECT}`,
      '}',
      '@IsTest',
      'static void it_passes_with_a_value_of_the_length() {',
      "  insert new MFA_Change_Set__c(Key__c = ''.rightPad(keyLength(), 'k'));",
      '}'
    ],
    { method: 'it_fails_on_a_value_over_the_length', kind: 'STRING_TOO_LONG' }
  );
}

export function plantSoqlInLoop(copyDir) {
  const loop = (count, marker = '') => [
    `  for (Integer i = 0; i < ${count}; i++) {`,
    `    List<MFA_Change_Set__c> rows = [SELECT Id FROM MFA_Change_Set__c LIMIT 1];${marker}`,
    '  }'
  ];
  return plant(
    copyDir,
    'GuardPlantSoqlLimitTest',
    [
      '@IsTest',
      'static void it_fails_on_a_101st_query() {',
      ...loop(101, ` ${DEFECT}`),
      '}',
      '@IsTest',
      'static void it_passes_with_100_queries() {',
      ...loop(100),
      '}'
    ],
    {
      method: 'it_fails_on_a_101st_query',
      kind: 'LimitException: Too many SOQL queries: 101'
    }
  );
}

/** A Minimum Access user cannot read PermissionSet (View Setup and the like): user mode refuses. */
export function plantUserModeQuery(copyDir) {
  const query = (mode, marker = '') =>
    `    List<PermissionSet> sets = [SELECT Id, Name FROM PermissionSet WITH ${mode} LIMIT 1];${marker}`;
  return plant(
    copyDir,
    'GuardPlantUserModeQueryTest',
    [
      ...minimumAccessUser(),
      '@IsTest',
      'static void it_fails_on_a_user_mode_query_without_the_permission() {',
      "  User reader = minimumAccessUser('gquery1');",
      '  insert reader;',
      '  System.runAs(reader) {',
      query('USER_MODE', ` ${DEFECT}`),
      '  }',
      '}',
      '@IsTest',
      'static void it_passes_in_system_mode() {',
      "  User reader = minimumAccessUser('gquery2');",
      '  insert reader;',
      '  System.runAs(reader) {',
      query('SYSTEM_MODE'),
      "    Assert.isFalse(sets.isEmpty(), 'system mode reads every permission set');",
      '  }',
      '}'
    ],
    {
      method: 'it_fails_on_a_user_mode_query_without_the_permission',
      kind: 'QueryException: .*(Insufficient permissions|PermissionSet)'
    }
  );
}

/** The dereference is in a class under test: the stack must name that file, at that line. */
export function plantNullDereference(copyDir) {
  const subject = [
    'public with sharing class GuardPlantNullSubject {',
    '  public static Integer nameLength(String name) {',
    `    return name.length(); ${DEFECT}`,
    '  }',
    '}'
  ];
  writeClass(copyDir, 'GuardPlantNullSubject', subject);
  return plant(
    copyDir,
    'GuardPlantNullTest',
    [
      '@IsTest',
      'static void it_fails_on_a_null_dereference() {',
      `  GuardPlantNullSubject.nameLength(null); ${DEFECT}`,
      '}',
      '@IsTest',
      'static void it_passes_with_a_value() {',
      "  Assert.areEqual(3, GuardPlantNullSubject.nameLength('abc'), 'three letters');",
      '}'
    ],
    {
      method: 'it_fails_on_a_null_dereference',
      kind: 'NullPointerException',
      deeper: [
        { cls: 'GuardPlantNullSubject', method: 'nameLength', line: lineOf(subject, DEFECT) }
      ]
    }
  );
}

/**
 * A user with edit on MFA_Change_Set__c and its Key__c, read only on its Summary__c (a permission
 * set made in the test, in runAs to keep setup DML apart): `update as user` of Summary__c fails,
 * of Key__c (the twin) passes.
 */
export function plantUpdateAsUserOfReadOnlyField(copyDir) {
  const fieldGrant = (field, edit) =>
    `      new FieldPermissions(ParentId = grants.Id, SobjectType = 'MFA_Change_Set__c', Field = 'MFA_Change_Set__c.${field}', PermissionsRead = true, PermissionsEdit = ${edit}),`;
  const update = (field, marker = '') => [
    "  MFA_Change_Set__c changeSet = new MFA_Change_Set__c(Summary__c = 'before');",
    '  insert changeSet;',
    '  System.runAs(editor) {',
    `    update as user new MFA_Change_Set__c(Id = changeSet.Id, ${field} = 'after');${marker}`,
    '  }'
  ];
  return plant(
    copyDir,
    'GuardPlantUpdateAsUserTest',
    [
      ...minimumAccessUser(),
      'static User editorWithReadOnlySummary(String alias) {',
      '  User editor = minimumAccessUser(alias);',
      '  System.runAs(new User(Id = UserInfo.getUserId())) {',
      '    insert editor;',
      "    PermissionSet grants = new PermissionSet(Name = 'GuardPlant_' + alias, Label = 'Guard plant ' + alias);",
      '    insert grants;',
      "    insert new ObjectPermissions(ParentId = grants.Id, SobjectType = 'MFA_Change_Set__c', PermissionsRead = true, PermissionsEdit = true);",
      '    insert new List<FieldPermissions>{',
      fieldGrant('Key__c', true),
      fieldGrant('Summary__c', false).replace(/,$/, ''),
      '    };',
      '    insert new PermissionSetAssignment(AssigneeId = editor.Id, PermissionSetId = grants.Id);',
      '  }',
      '  return editor;',
      '}',
      '@IsTest',
      'static void it_fails_on_an_update_as_user_of_a_read_only_field() {',
      "  User editor = editorWithReadOnlySummary('gupdate1');",
      ...update('Summary__c', ` ${DEFECT}`),
      '}',
      '@IsTest',
      'static void it_passes_on_an_update_as_user_of_an_editable_field() {',
      "  User editor = editorWithReadOnlySummary('gupdate2');",
      ...update('Key__c'),
      '}'
    ],
    {
      method: 'it_fails_on_an_update_as_user_of_a_read_only_field',
      kind: 'INVALID_FIELD_FOR_INSERT_UPDATE, Unable to create/update fields: Summary__c'
    }
  );
}
