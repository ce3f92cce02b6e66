// Validates source-format metadata files against the Metadata API's own schema: the
// `<xsd:schema>` of Salesforce's metadata WSDL (vendor/salesforce-metadata-wsdl/, API 66.0),
// through libxml2 compiled to WebAssembly (xmllint-wasm: no native dependency, no download).
// The WSDL declares types only, so the schema is wrapped with one root element per file kind.
// The SOAP deserializer reads elements in `xsd:sequence` order: "Element {…}label invalid at this
// location in type PermissionSet" is what a deploy reports for an element out of order.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, displayPath } from './cli.mjs';

export const WSDL_FILE = path.join(
  REPO_ROOT,
  'vendor',
  'salesforce-metadata-wsdl',
  'metadata.wsdl'
);
const NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/**
 * Source-format file suffix → the WSDL type its root element has. Source format splits
 * CustomObject: `objects/X/X.object-meta.xml` is a CustomObject without its fields and each
 * `objects/X/fields/F.field-meta.xml` a CustomField (@salesforce/source-deploy-retrieve's
 * registry: customobject `decomposition: folderPerType`, child customfield `suffix: field`).
 */
export const ROOT_TYPES = [
  { suffix: '.permissionset-meta.xml', type: 'PermissionSet' },
  { suffix: '.app-meta.xml', type: 'CustomApplication' },
  { suffix: '.flexipage-meta.xml', type: 'FlexiPage' },
  { suffix: '.tab-meta.xml', type: 'CustomTab' },
  { suffix: '.object-meta.xml', type: 'CustomObject' },
  { suffix: '.field-meta.xml', type: 'CustomField' },
  { suffix: '.labels-meta.xml', type: 'CustomLabels' },
  { suffix: '.customPermission-meta.xml', type: 'CustomPermission' },
  { suffix: '.js-meta.xml', type: 'LightningComponentBundle' },
  { suffix: '.cls-meta.xml', type: 'ApexClass' }
];

export function rootTypeOf(file) {
  return ROOT_TYPES.find(({ suffix }) => file.endsWith(suffix))?.type;
}

// A bundle's js-meta.xml is not read by the SOAP deserializer but by the LWC platform, whose
// configuration file takes its elements in any order and `targetConfigs` as XML (the WSDL types
// it as base64Binary, its retrieved form). Elements per "XML Configuration File Elements",
// Lightning Web Components Developer Guide:
// https://developer.salesforce.com/docs/platform/lwc/guide/reference-configuration-tags.html
const LWC_CONFIG_TYPE = `
   <xsd:complexType name="WhyApiOnlyLwcConfig">
    <xsd:all>
     <xsd:element name="apiVersion" minOccurs="0" type="xsd:double"/>
     <xsd:element name="capabilities" minOccurs="0" type="tns:Capabilities"/>
     <xsd:element name="description" minOccurs="0" type="xsd:string"/>
     <xsd:element name="isExplicitImport" minOccurs="0" type="xsd:boolean"/>
     <xsd:element name="isExposed" minOccurs="0" type="xsd:boolean"/>
     <xsd:element name="masterLabel" minOccurs="0" type="xsd:string"/>
     <xsd:element name="runtimeNamespace" minOccurs="0" type="xsd:string"/>
     <xsd:element name="targets" minOccurs="0" type="tns:Targets"/>
     <xsd:element name="targetConfigs" minOccurs="0" type="tns:WhyApiOnlyLwcTargetConfigs"/>
    </xsd:all>
   </xsd:complexType>
   <xsd:complexType name="WhyApiOnlyLwcTargetConfigs">
    <xsd:sequence>
     <xsd:element name="targetConfig" maxOccurs="unbounded">
      <xsd:complexType>
       <xsd:sequence>
        <xsd:any minOccurs="0" maxOccurs="unbounded" processContents="skip"/>
       </xsd:sequence>
       <xsd:attribute name="targets" type="xsd:string" use="required"/>
       <xsd:attribute name="configurationEditor" type="xsd:string"/>
      </xsd:complexType>
     </xsd:element>
    </xsd:sequence>
   </xsd:complexType>`;

/** The WSDL's schema as a stand-alone XSD with a root element for each file kind. */
export function buildSchema(wsdl = readFileSync(WSDL_FILE, 'utf8')) {
  const start = wsdl.indexOf('<xsd:schema');
  const end = wsdl.indexOf('</xsd:schema>');
  if (start < 0 || end < 0) throw new Error(`${WSDL_FILE}: no <xsd:schema> in the WSDL`);
  const open = wsdl.indexOf('>', start) + 1;
  const roots = ROOT_TYPES.map(({ type }) =>
    type === 'LightningComponentBundle'
      ? `   <xsd:element name="${type}" type="tns:WhyApiOnlyLwcConfig"/>`
      : `   <xsd:element name="${type}" type="tns:${type}"/>`
  ).join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${NAMESPACE}" elementFormDefault="qualified" targetNamespace="${NAMESPACE}">`,
    wsdl.slice(open, end),
    LWC_CONFIG_TYPE,
    roots,
    '</xsd:schema>',
    ''
  ].join('\n');
}

/** xmllint's own message for a file, e.g. `file.xml:12: element label: Schemas validity error : …`. */
const ERROR_LINE = /^(.*?):(\d+): (?:element (\S+): )?(?:Schemas validity|parser) error : (.*)$/;

/**
 * Every schema error of the files, one line each: `path:line: message`. One xmllint run for all
 * files (compiling the 2 MB schema is most of the cost).
 * @param {string} projectDir
 * @param {string[]} files absolute paths
 */
export async function validateAgainstSchema(projectDir, files) {
  const { validateXML } = createRequire(import.meta.url)('xmllint-wasm');
  const names = new Map();
  const xml = files.map((file, index) => {
    // xmllint refuses names it could read as options; short stand-ins, mapped back below.
    const fileName = `f${index}.xml`;
    names.set(fileName, displayPath(projectDir, file));
    return { fileName, contents: readFileSync(file, 'utf8') };
  });
  if (xml.length === 0) return [];
  const result = await validateXML({
    xml,
    schema: [{ fileName: 'metadata.xsd', contents: buildSchema() }],
    initialMemoryPages: 1024,
    maxMemoryPages: 16384
  });
  const problems = [];
  for (const line of result.rawOutput.split('\n')) {
    const match = line.match(ERROR_LINE);
    if (!match) {
      if (/error/i.test(line) && !/ validates$| fails to validate$/.test(line))
        problems.push(`metadata schema: ${line.trim()}`);
      continue;
    }
    const [, name, lineNumber, element, message] = match;
    const shown = names.get(name) ?? name;
    const where = element ? `<${element.replace(/^\{[^}]*\}/, '')}>: ` : '';
    problems.push(`${shown}:${lineNumber}: ${where}${message.replace(/\{[^}]*\}/g, '').trim()}`);
  }
  return problems;
}
