// The project's own custom objects and fields, read from force-app's metadata XML
// (Metadata API Developer Guide: "CustomObject", "CustomField"), described as the platform
// describes them once deployed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { NotImplemented } from '../errors';
import type { ApexValue } from '../values';
import { ApexDecimal } from '../values';
import type { FieldType, PicklistEntry } from './contracts';
import { makeField, type SchemaFieldDescribe } from './schemaDescribe';

export interface CustomObjectDefinition {
  name: string;
  label: string;
  labelPlural: string;
  sharingModel: string | null;
  /** Fields of the object's metadata (Name and the system fields are added by schema.ts). */
  nameField: SchemaFieldDescribe;
  enableActivities: boolean;
  /** A master-detail child has no OwnerId: its parent owns it. */
  hasMasterDetail: boolean;
  fields: SchemaFieldDescribe[];
}

/** Custom fields the project adds to a standard object (objects/User/fields/X__c...). */
export interface StandardObjectExtension {
  name: string;
  fields: SchemaFieldDescribe[];
}

export interface ProjectObjects {
  custom: CustomObjectDefinition[];
  extensions: StandardObjectExtension[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity] ?? '');

function tag(xml: string, name: string): string | undefined {
  const found = xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return found ? unescapeXml(found[1].trim()) : undefined;
}

function allBlocks(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]);
}

const flag = (xml: string, name: string) => tag(xml, name) === 'true';
const number = (xml: string, name: string) => Number(tag(xml, name) ?? 0);

/** The package directories' objects folders (sfdx-project.json, else force-app). */
function objectsDirs(projectDir: string): string[] {
  const projectFile = path.join(projectDir, 'sfdx-project.json');
  const packages: string[] = existsSync(projectFile)
    ? ((
        JSON.parse(readFileSync(projectFile, 'utf8')) as {
          packageDirectories?: { path: string }[];
        }
      ).packageDirectories?.map((entry) => entry.path) ?? [])
    : ['force-app'];
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (!statSync(full).isDirectory()) continue;
      if (entry === 'objects') found.push(full);
      else if (entry !== 'node_modules' && !entry.startsWith('.')) walk(full);
    }
  };
  for (const dir of packages) walk(path.join(projectDir, dir));
  return found;
}

function picklistValues(xml: string, fieldName: string): PicklistEntry[] {
  if (tag(xml, 'valueSetName'))
    throw new NotImplemented(`global value set picklist (${fieldName})`);
  const definition = tag(xml, 'valueSetDefinition') ?? '';
  return allBlocks(definition, 'value').map((value) => {
    const fullName = tag(value, 'fullName') ?? '';
    return {
      value: fullName,
      label: tag(value, 'label') ?? fullName,
      active: tag(value, 'isActive') !== 'false',
      defaultValue: flag(value, 'default')
    };
  });
}

/** A `<defaultValue>` formula: only literals are understood here. */
function literalDefault(formula: string, type: FieldType, where: string): ApexValue {
  if (type === 'boolean') return formula.toLowerCase() === 'true';
  if (/^(['"]).*\1$/s.test(formula)) return formula.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(formula)) {
    const scale = formula.split('.')[1]?.length ?? 0;
    return new ApexDecimal(Number(formula), scale);
  }
  throw new NotImplemented(`default value formula ${formula} (${where})`);
}

const SIMPLE_TYPES: Record<string, FieldType> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Html: 'textarea',
  Number: 'double',
  Currency: 'currency',
  Percent: 'percent',
  Checkbox: 'boolean',
  Date: 'date',
  DateTime: 'datetime',
  Time: 'time',
  Email: 'email',
  Phone: 'phone',
  Url: 'url',
  Picklist: 'picklist',
  MultiselectPicklist: 'multipicklist',
  EncryptedText: 'encryptedstring',
  Lookup: 'reference',
  MasterDetail: 'reference',
  AutoNumber: 'string',
  Summary: 'double'
};

// Lengths the platform gives types whose XML carries none.
const FIXED_LENGTHS: Partial<Record<string, number>> = {
  TextArea: 255,
  Email: 80,
  Phone: 40,
  Url: 255,
  AutoNumber: 30,
  Picklist: 255,
  MultiselectPicklist: 4099
};

/** One `<CustomField>`: its describe. */
export function parseCustomField(xml: string, objectName: string): SchemaFieldDescribe {
  const name = tag(xml, 'fullName') ?? '';
  const where = `${objectName}.${name}`;
  const xmlType = tag(xml, 'type') ?? '';
  const formula = tag(xml, 'formula') ?? null;
  let type = SIMPLE_TYPES[xmlType];
  if (!type) throw new NotImplemented(`custom field type ${xmlType} (${where})`);
  if (formula && xmlType === 'Number') type = 'double';
  const isMasterDetail = xmlType === 'MasterDetail';
  const calculated = formula !== null || xmlType === 'Summary' || xmlType === 'AutoNumber';
  const referenceTo = tag(xml, 'referenceTo');
  const picklist = type === 'picklist' || type === 'multipicklist';
  const values = picklist ? picklistValues(xml, where) : [];
  const defaultFormula = tag(xml, 'defaultValue');
  const picklistDefault = values.find((value) => value.defaultValue)?.value ?? null;
  const defaultValue: ApexValue =
    defaultFormula !== undefined
      ? literalDefault(defaultFormula, type, where)
      : type === 'boolean'
        ? false
        : picklistDefault;
  const required = isMasterDetail || flag(xml, 'required');
  const nillable = !required && type !== 'boolean';
  return makeField({
    name,
    label: tag(xml, 'label') ?? name,
    type,
    custom: true,
    length: Number(tag(xml, 'length') ?? FIXED_LENGTHS[xmlType] ?? 0),
    precision:
      type === 'double' || type === 'currency' || type === 'percent' ? number(xml, 'precision') : 0,
    scale: number(xml, 'scale'),
    nillable,
    createable: !calculated,
    updateable: !calculated && !(isMasterDetail && tag(xml, 'reparentableMasterDetail') !== 'true'),
    calculated,
    autoNumber: xmlType === 'AutoNumber',
    displayFormat: tag(xml, 'displayFormat') ?? null,
    formula,
    defaultValue,
    defaultedOnCreate: defaultValue !== null || type === 'boolean' || xmlType === 'AutoNumber',
    required: required && !calculated,
    referenceTo: referenceTo ? [referenceTo] : [],
    relationshipName: referenceTo ? name.replace(/__c$/, '__r') : null,
    picklistValues: values,
    restrictedPicklist: picklist && flag(tag(xml, 'valueSet') ?? '', 'restricted'),
    unique: flag(xml, 'unique'),
    externalId: flag(xml, 'externalId'),
    caseSensitive: flag(xml, 'caseSensitive')
  });
}

/** The relationship name a parent's subquery uses for a custom lookup: `<relationshipName>__r`. */
export function childRelationshipName(fieldXml: string): string | null {
  const name = tag(fieldXml, 'relationshipName');
  return name ? `${name}__r` : null;
}

function nameFieldOf(objectXml: string): SchemaFieldDescribe {
  const block = tag(objectXml, 'nameField') ?? '';
  const autoNumber = tag(block, 'type') === 'AutoNumber';
  return makeField({
    name: 'Name',
    label: tag(block, 'label') ?? 'Name',
    type: 'string',
    length: autoNumber ? 30 : 80,
    nillable: autoNumber,
    createable: !autoNumber,
    updateable: !autoNumber,
    calculated: autoNumber,
    autoNumber,
    defaultedOnCreate: autoNumber,
    displayFormat: tag(block, 'displayFormat') ?? null,
    nameField: true
  });
}

export interface ProjectFieldFile {
  objectName: string;
  xml: string;
  field: SchemaFieldDescribe;
}

/** Reads every object folder of the project: custom objects, and fields added to standard ones. */
export function readProjectObjects(projectDir: string): {
  objects: ProjectObjects;
  fieldFiles: ProjectFieldFile[];
} {
  const custom: CustomObjectDefinition[] = [];
  const extensions: StandardObjectExtension[] = [];
  const fieldFiles: ProjectFieldFile[] = [];
  for (const dir of objectsDirs(projectDir)) {
    for (const objectName of readdirSync(dir).sort()) {
      const objectDir = path.join(dir, objectName);
      if (!statSync(objectDir).isDirectory()) continue;
      const fieldsDir = path.join(objectDir, 'fields');
      const files = existsSync(fieldsDir)
        ? readdirSync(fieldsDir)
            .filter((file) => file.endsWith('.field-meta.xml'))
            .sort()
        : [];
      const xmls = files.map((file) => readFileSync(path.join(fieldsDir, file), 'utf8'));
      const fields = xmls.map((xml) => parseCustomField(xml, objectName));
      xmls.forEach((xml, index) => fieldFiles.push({ objectName, xml, field: fields[index] }));
      if (!objectName.includes('__')) {
        extensions.push({ name: objectName, fields });
        continue;
      }
      if (!objectName.endsWith('__c'))
        throw new NotImplemented(`custom object kind of ${objectName} (only __c objects)`);
      const objectFile = path.join(objectDir, `${objectName}.object-meta.xml`);
      const objectXml = existsSync(objectFile) ? readFileSync(objectFile, 'utf8') : '';
      const label = tag(objectXml, 'label') ?? objectName.replace(/__c$/, '').replace(/_/g, ' ');
      custom.push({
        name: objectName,
        label,
        labelPlural: tag(objectXml, 'pluralLabel') ?? label,
        sharingModel: tag(objectXml, 'sharingModel') ?? null,
        nameField: nameFieldOf(objectXml),
        enableActivities: flag(objectXml, 'enableActivities'),
        hasMasterDetail: xmls.some((xml) => tag(xml, 'type') === 'MasterDetail'),
        fields
      });
    }
  }
  return { objects: { custom, extensions }, fieldFiles };
}
