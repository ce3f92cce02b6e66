// Rules between the metadata and the Apex that uses it:
// - a value Apex writes to a restricted picklist must be one of the field's values (the
//   platform rejects the DML: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
// - a Custom Label Apex formats with String.format must quote apostrophes as '' (String.format
//   follows Java MessageFormat: a lone ' starts a quoted section and disappears, Apex Reference
//   "String.format"), and a label never formatted must not contain '' (shown doubled).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from './cli.mjs';
import { childText, elements } from './metadata-xml.mjs';

/** Comments blanked (line breaks kept, so offsets and lines stay), string literals kept. */
function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (match) =>
    match.startsWith("'") ? match : match.replace(/[^\n]/g, ' ')
  );
}

const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;
const LITERAL = /^'((?:\\.|[^'\\])*)'$/;
const unquote = (literal) => literal.match(LITERAL)[1].replace(/\\(.)/g, '$1');

/** Restricted picklist fields: field API name (lower case) → { object, values, file }. */
function restrictedPicklists(files) {
  const fields = new Map();
  for (const file of files.filter((f) => f.endsWith('.field-meta.xml'))) {
    const xml = readFileSync(file, 'utf8');
    if (!/<restricted>\s*true\s*<\/restricted>/.test(xml)) continue;
    const values = new Set(
      elements(xml, 'value')
        .map((value) => childText(value, 'fullName', xml))
        .filter(Boolean)
    );
    const name = path.basename(file, '.field-meta.xml');
    const object = path.basename(path.dirname(path.dirname(file)));
    fields.set(name.toLowerCase(), { name, object, values, file });
  }
  return fields;
}

/** `static final String NAME = '…';` constants: "Class.NAME" and, per class, "NAME". */
function stringConstants(classes) {
  const constants = new Map();
  for (const { className, text } of classes) {
    const pattern = /\bstatic\s+final\s+String\s+(\w+)\s*=\s*('(?:\\.|[^'\\])*')\s*;/gi;
    for (const match of text.matchAll(pattern)) {
      constants.set(`${className}.${match[1]}`.toLowerCase(), unquote(match[2]));
    }
  }
  return constants;
}

/** The expression after `=` up to the `,` `;` or `)` that ends it at its own depth. */
function expressionAt(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'") {
      const end = text.slice(i).match(/^'(?:\\.|[^'\\])*'/);
      i += end ? end[0].length - 1 : 0;
    } else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      if (depth === 0) return text.slice(start, i).trim();
      depth -= 1;
    } else if ((c === ',' || c === ';') && depth === 0) return text.slice(start, i).trim();
  }
  return text.slice(start).trim();
}

function picklistProblems(projectDir, classes, fields) {
  const problems = [];
  if (fields.size === 0) return problems;
  const constants = stringConstants(classes);
  const report = (where, field, value, how) => {
    if (!field.values.has(value))
      problems.push(
        `${where}: '${value}'${how} is not a value of the restricted picklist ${field.object}.${field.name} (${displayPath(projectDir, field.file)})`
      );
  };
  for (const { className, file, text } of classes) {
    const shown = displayPath(projectDir, file);
    for (const match of text.matchAll(/\b(\w+__c)\s*=(?!=)/g)) {
      const field = fields.get(match[1].toLowerCase());
      if (!field) continue;
      const where = `${shown}:${lineOf(text, match.index)}`;
      const expression = expressionAt(text, match.index + match[0].length);
      if (LITERAL.test(expression)) {
        report(where, field, unquote(expression), '');
        continue;
      }
      const constant = /^\w+$/.test(expression) ? `${className}.${expression}` : expression;
      const value = constants.get(constant.toLowerCase());
      if (value !== undefined) {
        report(where, field, value, ` (${expression})`);
        continue;
      }
      // Not a literal or a constant (`entry.kind`): the values come from the constants this
      // class declares for the field, by the project's naming (KIND_* for Kind__c).
      const prefix =
        `${className}.${field.name.replace(/__c$/i, '').replace(/([a-z])([A-Z])/g, '$1_$2')}_`.toLowerCase();
      for (const [key, constantValue] of constants) {
        if (key.startsWith(prefix))
          report(
            where,
            field,
            constantValue,
            ` (${key.slice(className.length + 1).toUpperCase()}, through ${expression})`
          );
      }
    }
  }
  return problems;
}

/** Labels Apex passes to String.format, directly or through WhyApiOnlyErrors.fromLabel with values. */
function formattedLabels(classes) {
  const formatted = new Set();
  const used = new Set();
  for (const { text } of classes) {
    for (const match of text.matchAll(/\b(?:System\.)?Label\.(\w+)/g))
      used.add(match[1].toLowerCase());
    for (const match of text.matchAll(/\bString\.format\(\s*(?:System\.)?Label\.(\w+)/g))
      formatted.add(match[1].toLowerCase());
    for (const match of text.matchAll(/\bfromLabel\(\s*(?:System\.)?Label\.(\w+)\s*,/g)) {
      const values = expressionAt(text, match.index + match[0].length);
      if (values !== 'null') formatted.add(match[1].toLowerCase());
    }
  }
  return { formatted, used };
}

function labelQuoteProblems(projectDir, files, classes) {
  const problems = [];
  const { formatted } = formattedLabels(classes);
  for (const file of files.filter((f) => f.endsWith('.labels-meta.xml'))) {
    const xml = readFileSync(file, 'utf8');
    for (const label of elements(xml, 'labels')) {
      const name = childText(label, 'fullName', xml) ?? '';
      const value = elements(label.inner, 'value', label.offset, xml)[0];
      if (!value) continue;
      const where = `${displayPath(projectDir, file)}:${value.line}`;
      if (formatted.has(name.toLowerCase())) {
        if (value.text.replace(/''/g, '').includes("'"))
          problems.push(
            `${where}: label ${name} is formatted with String.format by Apex: write '' for an apostrophe (a lone ' is dropped and quotes the rest)`
          );
      } else if (value.text.includes("''")) {
        problems.push(
          `${where}: label ${name} is never formatted with String.format: '' is shown doubled, write '`
        );
      }
    }
  }
  return problems;
}

/**
 * @param {string} projectDir
 * @param {string[]} metadataFiles
 * @param {string[]} apexFiles the .cls files
 */
export function checkApexUses(projectDir, metadataFiles, apexFiles) {
  const classes = apexFiles.map((file) => ({
    file,
    className: path.basename(file, '.cls'),
    text: withoutComments(readFileSync(file, 'utf8'))
  }));
  return [
    ...picklistProblems(projectDir, classes, restrictedPicklists(metadataFiles)),
    ...labelQuoteProblems(projectDir, metadataFiles, classes)
  ];
}
