// Reads the Apex source and derives the Apex↔TypeScript contract: every @AuraEnabled method
// (parameters, return type, cacheable) and every class whose @AuraEnabled members cross the wire.
// The TypeScript declarations are generated from this, never written by hand.
import { ApexParserFactory } from '@apexdevtools/apex-parser';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apexParserVersion } from '../checks/lib/apex-units.mjs';
import { cachedResultSync } from '../checks/lib/result-cache.mjs';

const PRIMITIVES = new Map([
  ['string', 'string'],
  ['id', 'string'],
  ['blob', 'string'],
  ['date', 'string'],
  ['datetime', 'string'],
  ['time', 'string'],
  ['boolean', 'boolean'],
  ['integer', 'number'],
  ['long', 'number'],
  ['decimal', 'number'],
  ['double', 'number'],
  ['object', 'unknown']
]);

const isAuraEnabled = (modifiers) => modifiers.some((m) => /^@auraenabled\b/i.test(m.getText()));
const isCacheable = (modifiers) =>
  modifiers.some((m) => /^@auraenabled\(.*cacheable\s*=\s*true/i.test(m.getText()));
const hasModifier = (modifiers, word) => modifiers.some((m) => m.getText().toLowerCase() === word);

/** A parsed type reference: a name with type arguments, possibly an array. */
function readTypeRef(typeRef) {
  const names = typeRef.typeName_list();
  const last = names[names.length - 1];
  let name = names.map((n) => (n.LIST() ?? n.SET() ?? n.MAP() ?? n.id()).getText()).join('.');
  const args = last.typeArguments()?.typeList()?.typeRef_list().map(readTypeRef) ?? [];
  let ref = { name, args };
  if (typeRef.arraySubscripts()?.getText()) {
    ref = { name: 'List', args: [ref] };
  }
  return ref;
}

function parseFile(file) {
  const source = fs.readFileSync(file, 'utf8');
  const parser = ApexParserFactory.createParser(source);
  const errors = [];
  parser.removeErrorListeners();
  parser.addErrorListener({
    syntaxError: (_r, _s, line, column, message) =>
      errors.push(`${file}:${line}:${column} ${message}`),
    reportAmbiguity() {},
    reportAttemptingFullContext() {},
    reportContextSensitivity() {}
  });
  const unit = parser.compilationUnit();
  if (errors.length) {
    throw new Error(`Apex syntax error:\n${errors.join('\n')}`);
  }
  return unit.typeDeclaration()?.classDeclaration() ?? null;
}

function readClass(classDecl, qualifiedName, classes) {
  const info = { name: qualifiedName, fields: [], methods: [], inner: [] };
  classes.set(qualifiedName.toLowerCase(), info);
  for (const decl of classDecl.classBody().classBodyDeclaration_list()) {
    const member = decl.memberDeclaration();
    if (!member) continue;
    const modifiers = decl.modifier_list();
    if (member.classDeclaration()) {
      const innerName = `${qualifiedName}.${member.classDeclaration().id().getText()}`;
      info.inner.push(innerName);
      readClass(member.classDeclaration(), innerName, classes);
      continue;
    }
    if (!isAuraEnabled(modifiers)) continue;
    const field = member.fieldDeclaration() ?? member.propertyDeclaration();
    if (field) {
      const type = readTypeRef(field.typeRef());
      const names = member.fieldDeclaration()
        ? field
            .variableDeclarators()
            .variableDeclarator_list()
            .map((v) => v.id().getText())
        : [field.id().getText()];
      names.forEach((name) => info.fields.push({ name, type }));
      continue;
    }
    const method = member.methodDeclaration();
    if (method && hasModifier(modifiers, 'static')) {
      const params = (
        method.formalParameters().formalParameterList()?.formalParameter_list() ?? []
      ).map((p) => ({ name: p.id().getText(), type: readTypeRef(p.typeRef()) }));
      info.methods.push({
        name: method.id().getText(),
        params,
        returns: method.VOID() ? { name: 'void', args: [] } : readTypeRef(method.typeRef()),
        cacheable: isCacheable(modifiers),
        line: method.start.line
      });
    }
  }
  return info;
}

/**
 * Every class in the folder, keyed by lower-cased qualified name (Apex names are case-insensitive).
 * Parsing is the slow part (~1.5 s) and the build, the type check and the preview each need the
 * contract: the result is cached under a hash of the classes and of this reader.
 */
export function readApexContract(classesDir) {
  const files = fs
    .readdirSync(classesDir)
    .filter((f) => f.endsWith('.cls'))
    .sort()
    .map((f) => path.join(classesDir, f));
  const { entries } = cachedResultSync(
    'apex-contract',
    {
      projectDir: classesDir,
      files,
      extra: [fs.readFileSync(fileURLToPath(import.meta.url), 'utf8'), apexParserVersion()]
    },
    () => ({ entries: [...parseContract(files)] })
  );
  return new Map(entries);
}

function parseContract(files) {
  const classes = new Map();
  for (const file of files) {
    // Only classes with @AuraEnabled members cross the wire; skipping the rest halves the parse time.
    if (!/@auraenabled/i.test(fs.readFileSync(file, 'utf8'))) continue;
    const decl = parseFile(file);
    if (decl) {
      readClass(decl, decl.id().getText(), classes);
    }
  }
  return classes;
}

function resolveClass(name, scope, classes) {
  const lower = name.toLowerCase();
  for (let s = scope; s; s = s.includes('.') ? s.slice(0, s.lastIndexOf('.')) : '') {
    const candidate = classes.get(`${s}.${lower}`.toLowerCase());
    if (candidate) return candidate;
  }
  return classes.get(lower);
}

/** The TypeScript for one Apex type, seen from inside class `scope`. */
export function toTypeScript(ref, scope, classes) {
  const lower = ref.name.toLowerCase();
  if (lower === 'void') return 'void';
  if (PRIMITIVES.has(lower)) return PRIMITIVES.get(lower);
  if (lower === 'list' || lower === 'set') {
    return `${wrap(toTypeScript(ref.args[0], scope, classes))}[]`;
  }
  if (lower === 'map') {
    return `Record<string, ${toTypeScript(ref.args[1], scope, classes)}>`;
  }
  const dto = resolveClass(ref.name, scope, classes);
  if (dto) return `Apex.${dto.name}`;
  // Anything else crossing the wire is an SObject (standard or custom): a record with API names.
  return `Apex.SObjectRecord<'${ref.name}'>`;
}

const wrap = (ts) => (/[|&\s]/.test(ts) ? `(${ts})` : ts);

/** The declarations file: DTO interfaces in the Apex namespace and one module per method. */
export function renderDeclarations(classes) {
  const lines = [
    '// Generated by scripts/build.mjs from force-app/**/classes/*.cls. Do not edit.',
    '// Each @AuraEnabled method becomes `@salesforce/apex/<Class>.<method>`; cacheable ones are',
    '// also wire adapters. Apex omits null fields when serializing, hence the optional members.',
    ''
  ];
  const dtos = [...classes.values()].filter((c) => c.fields.length > 0);
  lines.push('declare namespace Apex {');
  for (const dto of dtos) {
    const parts = dto.name.split('.');
    const open = parts.slice(0, -1).map((p) => `namespace ${p} {`);
    lines.push(`  ${open.join(' ')}${open.length ? ' ' : ''}interface ${parts.at(-1)} {`);
    for (const field of dto.fields) {
      lines.push(`    readonly ${field.name}?: ${toTypeScript(field.type, dto.name, classes)};`);
    }
    lines.push(`  }${open.map(() => ' }').join('')}`);
  }
  lines.push('}', '');
  // LWC can import only the static methods of top-level classes.
  const methods = [...classes.values()]
    .filter((c) => !c.name.includes('.'))
    .flatMap((c) => c.methods.map((m) => ({ owner: c, m })));
  for (const { owner, m } of methods) {
    const params = m.params.length
      ? `{ ${m.params.map((p) => `${p.name}?: ${toTypeScript(p.type, owner.name, classes)} | null;`).join(' ')} }`
      : 'Record<never, never>';
    const returns = toTypeScript(m.returns, owner.name, classes);
    const kind = m.cacheable ? 'ApexCacheableMethod' : 'ApexMethod';
    lines.push(`declare module '@salesforce/apex/${owner.name}.${m.name}' {`);
    lines.push(`  const ${m.name}: ${kind}<${params}, ${returns}>;`);
    lines.push(`  export default ${m.name};`);
    lines.push('}', '');
  }
  return lines.join('\n');
}
