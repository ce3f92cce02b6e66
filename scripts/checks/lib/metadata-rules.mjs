// The deploy rules the Metadata API schema cannot express (it types names and texts as plain
// strings): length limits, API-name shapes, and references between the project's components.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from './cli.mjs';
import { childText, children, elements, topLevel } from './metadata-xml.mjs';

// PermissionSet Description 255, Label 80, Name 80: Object Reference, PermissionSet
// (https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_PermissionSet.htm)
// and Metadata API PermissionSet ("description … Maximum of 255 characters").
// Custom Label value up to 1,000 characters: Salesforce Help, Custom Labels.
// Custom field label 40, Text length 255, Long/Rich Text Area 131,072, picklist value 255,
// at most 1,000 values in a restricted picklist: Salesforce Help, Custom Field Attributes and
// "Picklist Limits". Short description 80 and tab/app label 80: the Setup form's field sizes
// (not found in a primary source: a longer one is reported so it is looked at, not guessed at).
export const LIMITS = {
  permissionSetDescription: 255,
  permissionSetLabel: 80,
  apiName: 80,
  customName: 40,
  labelValue: 1000,
  labelShortDescription: 80,
  fieldLabel: 40,
  textLength: 255,
  longTextLength: 131072,
  picklistValue: 255,
  picklistValues: 1000,
  componentLabel: 80
};

// Standard Lightning page templates (Lightning App Builder; Metadata API FlexiPage, "template").
const STANDARD_TEMPLATES = new Set([
  'flexipage:defaultAppHomeTemplate',
  'flexipage:appHomeTemplateDesktop',
  'flexipage:appHomeTemplateHeaderOneColumn',
  'flexipage:appHomeTemplateHeaderTwoColumnsLeftSidebar',
  'flexipage:appHomeTemplateThreeColumns',
  'flexipage:appHomeTemplateTwoColumns',
  'flexipage:appHomeTemplateTwoColumnsLeftSidebar',
  'flexipage:recordHomeTemplateDesktop',
  'flexipage:recordHomeSimpleViewTemplate',
  'flexipage:recordHomeTwoColumnsLeftSidebar',
  'flexipage:recordHomeThreeColumns',
  'flexipage:utilityBarTemplateDesktop',
  'one:utilityBarTemplateDesktop',
  'runtime_service_omnichannel:utilityBarTemplate'
]);
// FlexiPage type → the js-meta.xml target a component needs to be placed on it.
const PAGE_TARGETS = {
  AppPage: 'lightning__AppPage',
  RecordPage: 'lightning__RecordPage',
  HomePage: 'lightning__HomePage',
  UtilityBar: 'lightning__UtilityBar'
};

/** Letters, digits, underscores; starts with a letter; no `__`, no trailing `_` (Help: "Name"). */
export function apiNameProblem(name, max = LIMITS.apiName) {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
    return 'must be letters, digits and underscores, starting with a letter';
  if (name.includes('__')) return 'must not contain two underscores in a row';
  if (name.endsWith('_')) return 'must not end with an underscore';
  if (name.length > max) return `is ${name.length} characters, over ${max}`;
  return null;
}

function tooLong(problems, where, what, text, max) {
  if (text !== undefined && [...text].length > max)
    problems.push(`${where}: ${what} is ${[...text].length} characters, over the ${max} allowed`);
}

/** The project's components by kind, for the references. */
export function projectComponents(projectDir, files) {
  const names = (suffix) =>
    new Set(files.filter((f) => f.endsWith(suffix)).map((f) => path.basename(f, suffix)));
  const bundles = new Map();
  for (const file of files.filter((f) => f.endsWith('.js-meta.xml'))) {
    const xml = readFileSync(file, 'utf8');
    bundles.set(path.basename(file, '.js-meta.xml'), {
      exposed: /<isExposed>\s*true\s*<\/isExposed>/.test(xml),
      targets: new Set(elements(xml, 'target').map((t) => t.text))
    });
  }
  return {
    classes: names('.cls-meta.xml'),
    tabs: names('.tab-meta.xml'),
    apps: names('.app-meta.xml'),
    flexipages: names('.flexipage-meta.xml'),
    customPermissions: names('.customPermission-meta.xml'),
    bundles
  };
}

/**
 * @param {string} projectDir
 * @param {string[]} files the metadata files
 * @param {{objects: Record<string, {fields: Record<string, object>}>}} schema loadSchema's result
 */
export function checkMetadataRules(projectDir, files, schema) {
  const problems = [];
  const components = projectComponents(projectDir, files);
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const shown = displayPath(projectDir, file);
    const at = (line) => `${shown}:${line}`;
    const name = path.basename(file).replace(/\.[^.]+-meta\.xml$/, '');
    // Custom objects and fields: 40 characters before the `__c` the platform adds (Help:
    // "Custom Field Attributes", Field Name; "Custom Object Definition", Object Name).
    const custom = name.endsWith('__c');
    const nameProblem = file.endsWith('.labels-meta.xml')
      ? null
      : apiNameProblem(
          custom ? name.slice(0, -3) : name,
          custom ? LIMITS.customName : LIMITS.apiName
        );
    if (nameProblem) problems.push(`${at(1)}: API name ${name} ${nameProblem}`);
    if (file.endsWith('.permissionset-meta.xml'))
      permissionSet(xml, at, components, schema, problems);
    else if (file.endsWith('.labels-meta.xml')) labels(xml, at, problems);
    else if (file.endsWith('.field-meta.xml')) field(xml, at, problems);
    else if (file.endsWith('.flexipage-meta.xml')) flexiPage(xml, at, components, problems);
    else if (file.endsWith('.app-meta.xml')) app(xml, at, components, problems);
    else if (file.endsWith('.tab-meta.xml')) tab(xml, at, components, problems);
  }
  return problems;
}

function first(xml, tag) {
  return topLevel(xml, tag)[0];
}

function permissionSet(xml, at, components, schema, problems) {
  const description = first(xml, 'description');
  if (description)
    tooLong(
      problems,
      at(description.line),
      'description',
      description.text,
      LIMITS.permissionSetDescription
    );
  const label = first(xml, 'label');
  if (label) tooLong(problems, at(label.line), 'label', label.text, LIMITS.permissionSetLabel);
  const refs = [
    ['classAccesses', 'apexClass', 'Apex class', (n) => components.classes.has(n)],
    ['customPermissions', 'name', 'custom permission', (n) => components.customPermissions.has(n)],
    ['tabSettings', 'tab', 'tab', (n) => components.tabs.has(n) || n.startsWith('standard-')],
    [
      'applicationVisibilities',
      'application',
      'app',
      (n) => components.apps.has(n) || n.startsWith('standard__')
    ],
    ['objectPermissions', 'object', 'object', (n) => Boolean(schema.objects[n.toLowerCase()])],
    [
      'fieldPermissions',
      'field',
      'field',
      (n) => {
        const [object, fieldName] = n.split('.');
        return Boolean(
          fieldName && schema.objects[object.toLowerCase()]?.fields[fieldName.toLowerCase()]
        );
      }
    ]
  ];
  for (const [parent, child, what, exists] of refs) {
    for (const entry of topLevel(xml, parent)) {
      for (const ref of children(entry, child, xml)) {
        if (!exists(ref.text))
          problems.push(
            `${at(ref.line)}: ${what} ${ref.text} does not exist in the project or the platform schema`
          );
      }
    }
  }
}

function labels(xml, at, problems) {
  for (const label of elements(xml, 'labels')) {
    const fullName = childText(label, 'fullName', xml) ?? '';
    const nameProblem = apiNameProblem(fullName);
    if (nameProblem)
      problems.push(`${at(label.line)}: Custom Label name ${fullName} ${nameProblem}`);
    for (const [tag, max] of [
      ['value', LIMITS.labelValue],
      ['shortDescription', LIMITS.labelShortDescription]
    ]) {
      const element = children(label, tag, xml)[0];
      if (element) tooLong(problems, at(element.line), `${fullName} ${tag}`, element.text, max);
    }
  }
}

function field(xml, at, problems) {
  const label = first(xml, 'label');
  if (label) tooLong(problems, at(label.line), 'field label', label.text, LIMITS.fieldLabel);
  const type = first(xml, 'type')?.text;
  const length = first(xml, 'length');
  const max = {
    Text: LIMITS.textLength,
    LongTextArea: LIMITS.longTextLength,
    Html: LIMITS.longTextLength
  }[type];
  if (length && max && Number(length.text) > max)
    problems.push(`${at(length.line)}: ${type} length ${length.text} is over the ${max} allowed`);
  if ((type === 'Text' || type === 'LongTextArea') && !length)
    problems.push(`${at(1)}: a ${type} field needs a <length>`);
  const values = elements(xml, 'value').filter((v) => v.inner.includes('<fullName>'));
  if (values.length > LIMITS.picklistValues)
    problems.push(
      `${at(values[0].line)}: ${values.length} picklist values, over the ${LIMITS.picklistValues} allowed`
    );
  for (const value of values) {
    const fullName = children(value, 'fullName', xml)[0];
    tooLong(problems, at(fullName.line), 'picklist value', fullName.text, LIMITS.picklistValue);
  }
}

function flexiPage(xml, at, components, problems) {
  const type = first(xml, 'type')?.text;
  const target = PAGE_TARGETS[type];
  for (const component of elements(xml, 'componentName')) {
    // Local components are `c:name` or the bare bundle name; other namespaces are the platform's.
    const match = component.text.match(/^(?:c:)?([A-Za-z][A-Za-z0-9_]*)$/);
    if (!match) continue;
    const bundle = components.bundles.get(match[1]);
    if (!bundle)
      problems.push(
        `${at(component.line)}: component ${component.text} is not a bundle of the project`
      );
    else if (!bundle.exposed)
      problems.push(
        `${at(component.line)}: component ${component.text} is not exposed (isExposed false)`
      );
    else if (target && !bundle.targets.has(target))
      problems.push(
        `${at(component.line)}: component ${component.text} does not list the target ${target} this ${type} needs`
      );
  }
  const template = first(xml, 'template');
  const templateName = template && childText(template, 'name', xml);
  if (
    templateName &&
    !STANDARD_TEMPLATES.has(templateName) &&
    !components.bundles.has(templateName.replace(/^c:/, ''))
  )
    problems.push(
      `${at(template.line)}: template ${templateName} is neither a standard template nor a project component`
    );
  const label = first(xml, 'masterLabel');
  if (label) tooLong(problems, at(label.line), 'masterLabel', label.text, LIMITS.componentLabel);
}

function app(xml, at, components, problems) {
  for (const tabRef of topLevel(xml, 'tabs')) {
    if (!components.tabs.has(tabRef.text) && !tabRef.text.startsWith('standard-'))
      problems.push(`${at(tabRef.line)}: tab ${tabRef.text} does not exist in the project`);
  }
  const utilityBar = first(xml, 'utilityBar');
  if (utilityBar && !components.flexipages.has(utilityBar.text))
    problems.push(
      `${at(utilityBar.line)}: utility bar flexipage ${utilityBar.text} does not exist in the project`
    );
  const label = first(xml, 'label');
  if (label) tooLong(problems, at(label.line), 'label', label.text, LIMITS.componentLabel);
}

function tab(xml, at, components, problems) {
  const flexiPageRef = first(xml, 'flexiPage');
  if (flexiPageRef && !components.flexipages.has(flexiPageRef.text))
    problems.push(
      `${at(flexiPageRef.line)}: flexipage ${flexiPageRef.text} does not exist in the project`
    );
  const label = first(xml, 'label');
  if (label) tooLong(problems, at(label.line), 'label', label.text, LIMITS.componentLabel);
}
