// Plants for check:metadata: each edits one metadata file (or adds a tiny class) in the copy and
// returns the pattern the check must print, naming the planted file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeRegExp, lineOf, namesFileLine, writeClass } from './guard-plants.mjs';

/** `file:line: message` with any line: several plants edit the same file and shift its lines. */
function namesFile(file, message) {
  return new RegExp(`^${escapeRegExp(file)}:\\d+: .*${message}`, 'm');
}

const DEFAULT = 'force-app/main/default';
const PERMISSION_SET = `${DEFAULT}/permissionsets/Why_API_Only_User.permissionset-meta.xml`;
const ADMIN_SET = `${DEFAULT}/permissionsets/Why_API_Only_Admin.permissionset-meta.xml`;
const FLEXIPAGE = `${DEFAULT}/flexipages/Why_API_Only.flexipage-meta.xml`;
const LABELS = `${DEFAULT}/labels/WhyApiOnly.labels-meta.xml`;

function edit(copyDir, file, change) {
  const full = path.join(copyDir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${file}: the plant changed nothing`);
  writeFileSync(full, after);
  return after.split('\n');
}

/** A description of 256 characters: one over PermissionSet's 255. */
export function plantLongDescription(copyDir) {
  edit(copyDir, PERMISSION_SET, (xml) =>
    xml.replace(
      /<description\s*>[\s\S]*?<\/description>/,
      `<description>${'d'.repeat(256)}</description>`
    )
  );
  return [namesFile(PERMISSION_SET, 'description is 256 characters, over the 255')];
}

/** `<label>` moved after `<userPermissions>` (schema order), and an element the schema lacks. */
export function plantSchemaViolations(copyDir) {
  edit(copyDir, ADMIN_SET, (xml) => {
    const label = xml.match(/\s*<label>[^<]*<\/label>/)[0];
    return xml.replace(label, '').replace('</PermissionSet>', `${label.trim()}\n</PermissionSet>`);
  });
  // A required element out of place: libxml2 names the element where <label> was due.
  const order = namesFile(
    ADMIN_SET,
    "(Element 'label': This element is not expected|Expected is \\( label \\))"
  );
  const lines = edit(copyDir, FLEXIPAGE, (xml) =>
    xml.replace('<masterLabel>', '<guardPlanted>x</guardPlanted>\n  <masterLabel>')
  );
  const unknown = namesFileLine(
    FLEXIPAGE,
    lineOf(lines, '<guardPlanted>'),
    "Element 'guardPlanted'"
  );
  return [order, unknown];
}

/** A permission set naming a class, and a flexipage naming a component, that do not exist. */
export function plantMissingReferences(copyDir) {
  let lines = edit(copyDir, PERMISSION_SET, (xml) =>
    xml.replace(
      '<classAccesses>',
      '<classAccesses>\n    <apexClass>GuardPlantNoSuchClass</apexClass>\n    <enabled>true</enabled>\n  </classAccesses>\n  <classAccesses>'
    )
  );
  const missingClass = namesFile(PERMISSION_SET, 'Apex class GuardPlantNoSuchClass does not exist');
  lines = edit(copyDir, FLEXIPAGE, (xml) =>
    xml.replace('<componentName>whyApiOnly<', '<componentName>c:guardPlantNoSuchBundle<')
  );
  const missingComponent = namesFileLine(
    FLEXIPAGE,
    lineOf(lines, 'guardPlantNoSuchBundle'),
    'component c:guardPlantNoSuchBundle is not a bundle'
  );
  return [missingClass, missingComponent];
}

/** A tiny class writing a value the restricted picklist Kind__c does not have. */
export function plantPicklistValueFromApex(copyDir) {
  const lines = [
    'public with sharing class GuardPlantKind {',
    '  public static MFA_Change_Set__c record() {',
    "    return new MFA_Change_Set__c(Kind__c = 'nope');",
    '  }',
    '}'
  ];
  const file = writeClass(copyDir, 'GuardPlantKind', lines);
  return [
    namesFileLine(
      file,
      lineOf(lines, "'nope'"),
      `'nope' is not a value of the restricted picklist MFA_Change_Set__c.Kind__c`
    )
  ];
}

/** A label with `can't`, formatted through WhyApiOnlyErrors.fromLabel with values. */
export function plantUnquotedApostrophe(copyDir) {
  const lines = edit(copyDir, LABELS, (xml) =>
    xml.replace(
      '</CustomLabels>',
      [
        '  <labels>',
        '    <fullName>Guard_Plant_Apostrophe</fullName>',
        '    <language>en_US</language>',
        '    <protected>false</protected>',
        '    <shortDescription>Guard plant</shortDescription>',
        "    <value>{0} can't be changed here.</value>",
        '  </labels>',
        '</CustomLabels>'
      ].join('\n')
    )
  );
  writeClass(copyDir, 'GuardPlantApostrophe', [
    'public with sharing class GuardPlantApostrophe {',
    '  public static AuraHandledException error(String name) {',
    '    return WhyApiOnlyErrors.fromLabel(System.Label.Guard_Plant_Apostrophe, new List<Object>{ name });',
    '  }',
    '}'
  ]);
  return [
    namesFileLine(
      LABELS,
      lineOf(lines, "can't be changed"),
      `label Guard_Plant_Apostrophe is formatted with String\\.format`
    )
  ];
}
