// check:soql: every object, field, relationship path and subquery relationship named in the
// Apex classes' SOQL exists in the platform's SObject schema (sobject-types jar, plus a short
// allow-list and the project's own objects). Covers static `[SELECT …]` and dynamic SOQL:
// Database.query-style calls and any string literal starting with SELECT, resolved statically
// where possible. Unresolvable parts are skipped and listed as notes, never passed silently.
import {
  Arth2ExpressionContext,
  AssignExpressionContext,
  LiteralContext,
  LocalVariableDeclarationContext,
  PrimaryExpressionContext,
  SubExpressionContext,
  VariableDeclaratorContext
} from '@apexdevtools/apex-parser';
import { displayPath, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import {
  ApexProject,
  apexParserVersion,
  descendants,
  enclosingMethod,
  parseSoql
} from './lib/apex-units.mjs';
import { findStaticSoql } from './lib/static-soql.mjs';
import { StringEvaluator } from './lib/apex-strings.mjs';
import { literalKey, unescapeApexString } from './lib/apex-values.mjs';
import { HOLE_MARKER, isHole, parseDynamicSoql, partAt } from './lib/dynamic-soql.mjs';
import { apexSourceFiles } from './lib/project.mjs';
import { loadSchema, projectObjectFiles, schemaSourceKey } from './lib/sobject-schema.mjs';
import { cachedResult } from './lib/result-cache.mjs';
import { verifyQuery } from './lib/soql-verify.mjs';

const CHECK = 'check:soql';
const DATABASE_RECEIVERS = new Set(['database', 'system.database']);
// Database methods whose first argument is a SOQL string.
const QUERY_METHODS = new Set(
  [
    'query',
    'queryWithBinds',
    'countQuery',
    'countQueryWithBinds',
    'getQueryLocator',
    'getQueryLocatorWithBinds',
    'getCursor',
    'getCursorWithBinds',
    'getPaginationCursor',
    'getPaginationCursorWithBinds'
  ].map((name) => name.toLowerCase())
);
// A string not traced to a Database call is taken for SOQL only when written as SOQL usually is,
// keywords in capitals: 'Select a user from the list' is prose, 'SELECT Id FROM User' is not.
const STARTS_WITH_SELECT = /^\s*SELECT\s/;
const HAS_FROM = /\sFROM\s/;
// Files worth a full parse: a Database query call or a string starting with SELECT. Static
// SOQL is found by a scanner and parsed alone (lib/static-soql.mjs).
const MAY_HOLD_DYNAMIC_SOQL =
  /\bdatabase\s*\.\s*(query|countquery|getquerylocator|getcursor|getpaginationcursor)\w*\s*\(|'\s*SELECT\s/i;

class SoqlCheck {
  constructor(projectDir, schema, project) {
    this.projectDir = projectDir;
    this.schema = schema;
    this.project = project;
    this.evaluator = new StringEvaluator(project);
    this.problems = new Set();
    this.notes = new Set();
    this.consumedLiterals = new Set();
    this.counts = { static: 0, dynamic: 0, paths: 0 };
  }

  where(file, line) {
    return `${displayPath(this.projectDir, file)}:${line}`;
  }

  run() {
    for (const { file, text } of this.project.sources) {
      for (const query of findStaticSoql(text)) this.checkStatic(file, query);
    }
    for (const unit of this.project.unitsMatching(MAY_HOLD_DYNAMIC_SOQL)) {
      for (const error of unit.syntaxErrors) {
        this.problems.add(
          `${this.where(unit.file, error.line)}: Apex does not parse (${error.message}): SOQL not checked`
        );
      }
      for (const call of unit.calls) {
        if (
          DATABASE_RECEIVERS.has(call.receiver) &&
          QUERY_METHODS.has(call.name) &&
          call.arguments.length > 0
        ) {
          this.checkDynamicCall(unit, call);
        }
      }
    }
    // SELECT strings that no Database call was traced to: check them where they are.
    for (const unit of this.project.unitsMatching(MAY_HOLD_DYNAMIC_SOQL)) {
      for (const node of descendants(unit.tree)) {
        if (node instanceof LiteralContext && this.isUnconsumedSelect(unit, node))
          this.checkSelectLiteral(unit, node);
      }
    }
    if (this.evaluator.truncated)
      this.notes.add('some dynamic SOQL had more than 16 variants: only the first 16 were checked');
  }

  /** A static `[SELECT …]` found by the scanner; its lines count from the opening bracket. */
  checkStatic(file, { text, line }) {
    const { query, errors } = parseSoql(text);
    const lineOf = (tokenLine) => line + tokenLine - 1;
    if (errors.length > 0) {
      this.problems.add(
        `${this.where(file, lineOf(errors[0].line))}: static SOQL does not parse (${errors[0].message})`
      );
      return;
    }
    this.counts.static++;
    this.counts.paths += verifyQuery(query, this.schema, {
      isHole: () => false,
      report: (token, message) =>
        this.problems.add(`${this.where(file, lineOf(token.line))}: ${message}`),
      skipped: () => {}
    });
  }

  checkDynamicCall(unit, call) {
    const site = this.where(unit.file, call.node.start.line);
    const variants = this.evaluator.evaluate(call.arguments[0], {
      unit,
      bindings: new Map(),
      depth: 0
    });
    for (const variant of variants) this.checkDynamicText(variant, site);
  }

  /**
   * @param traced whether the text reaches a Database call: a SELECT string found on its own may
   * be prose ('Select a user from the list'), so failing to parse it is a note, not an error.
   */
  checkDynamicText(value, site, traced = true) {
    if (value.kind !== 'text') {
      this.notes.add(`${site}: dynamic SOQL is not a string expression; skipped`);
      return;
    }
    for (const part of value.parts) if (part.key) this.consumedLiterals.add(part.key);
    const hasHoles = value.parts.some((part) => part.hole !== undefined);
    let parsed = parseDynamicSoql(value.parts);
    if (parsed.errors.length > 0 && value.parts.some((part) => part.conditional)) {
      // Alternatives appended in different branches (if/else) do not all fit one query.
      parsed = parseDynamicSoql(value.parts.filter((part) => !part.conditional));
      if (parsed.errors.length === 0)
        this.notes.add(`${site}: dynamic SOQL: parts appended conditionally were skipped`);
    }
    if (parsed.errors.length > 0) {
      const text = parsed.text.replace(/\s+/g, ' ').trim();
      if (hasHoles)
        this.notes.add(
          `${site}: dynamic SOQL could not be parsed around its unresolved parts; skipped: ${text}`
        );
      else if (traced)
        this.problems.add(`${site}: invalid SOQL (${parsed.errors[0].message}): ${text}`);
      else this.notes.add(`${site}: string starts with SELECT but is not SOQL; skipped: ${text}`);
      return;
    }
    this.counts.dynamic++;
    const locate = (token) => {
      const part = partAt(parsed.spans, token.start);
      return { part, where: part?.file ? this.where(part.file, part.line) : site };
    };
    this.counts.paths += verifyQuery(parsed.query, this.schema, {
      isHole,
      report: (token, message) => {
        const { part, where } = locate(token);
        // A loop that adds only the items passing a runtime test (describe, a prefix) may never
        // query this one: report it, but do not fail on a guess.
        if (part?.filtered)
          this.notes.add(`${where}: ${message} (added by a filtering loop; not failed)`);
        else this.problems.add(`${where}: ${message}`);
      },
      skipped: (_token, what) => {
        const holeIndex = what.match(new RegExp(`${HOLE_MARKER}(\\d+)`, 'i'))?.[1];
        const because = holeIndex === undefined ? '' : ` (${value.parts[Number(holeIndex)]?.hole})`;
        const shown = what.replace(new RegExp(`${HOLE_MARKER}\\d+`, 'gi'), '<?>');
        this.notes.add(
          `${site}: dynamic SOQL: ${shown} not resolvable statically${because}; skipped`
        );
      }
    });
  }

  isUnconsumedSelect(unit, literal) {
    if (!literal.StringLiteral() && !literal.MultilineStringLiteral()) return false;
    if (this.consumedLiterals.has(literalKey(unit, literal.start))) return false;
    return STARTS_WITH_SELECT.test(unescapeApexString(literal.start.text));
  }

  /** Evaluates the whole string the literal starts (its concatenation or variable) and checks it. */
  checkSelectLiteral(unit, literal) {
    let expr = literal.parentCtx.parentCtx; // LiteralPrimary -> PrimaryExpression
    while (
      expr.parentCtx instanceof Arth2ExpressionContext ||
      expr.parentCtx instanceof SubExpressionContext
    ) {
      expr = expr.parentCtx;
    }
    const site = this.where(unit.file, literal.start.line);
    const env = { unit, bindings: new Map(), depth: 0 };
    const variable = this.assignedLocal(expr);
    const method = enclosingMethod(expr);
    const variants =
      variable && method
        ? (this.evaluator.resolveLocal(
            method,
            variable,
            { start: { tokenIndex: method.stop.tokenIndex + 1 } },
            env
          ) ?? [])
        : this.evaluator.evaluate(expr, env);
    for (const variant of variants) {
      const text =
        variant.kind === 'text' ? variant.parts.map((part) => part.text ?? '').join('') : '';
      if (
        !HAS_FROM.test(` ${text} `) &&
        variant.kind === 'text' &&
        !variant.parts.some((p) => p.hole !== undefined)
      ) {
        this.notes.add(
          `${site}: SELECT string without FROM, not traced to a query; skipped: ${text.trim()}`
        );
        continue;
      }
      this.checkDynamicText(variant, site, false);
    }
  }

  /** The local variable an expression initialises or is assigned to, if any. */
  assignedLocal(expr) {
    const parent = expr.parentCtx;
    if (
      parent instanceof VariableDeclaratorContext &&
      parent.parentCtx?.parentCtx instanceof LocalVariableDeclarationContext
    ) {
      return parent.id().getText().toLowerCase();
    }
    if (
      parent instanceof AssignExpressionContext &&
      parent.expression(1) === expr &&
      parent.expression(0) instanceof PrimaryExpressionContext
    ) {
      return parent.expression(0).getText().toLowerCase();
    }
    return null;
  }
}

/** Orders `file:line: message` lines by file, then numerically by line. */
function byFileAndLine(a, b) {
  const [fileA, lineA] = a.split(':');
  const [fileB, lineB] = b.split(':');
  return fileA.localeCompare(fileB) || Number(lineA) - Number(lineB) || a.localeCompare(b);
}

function checkProject(projectDir, files) {
  const check = new SoqlCheck(projectDir, loadSchema(projectDir), new ApexProject(files));
  check.run();
  return {
    problems: [...check.problems].sort(byFileAndLine),
    notes: [...check.notes],
    counts: check.counts
  };
}

async function main() {
  const elapsed = startTimer();
  const projectDir = projectDirFromArgs();
  const files = apexSourceFiles(projectDir);
  const result = await cachedResult(
    'soql',
    {
      projectDir,
      files: [...files, ...projectObjectFiles(projectDir)],
      extra: [schemaSourceKey(), apexParserVersion()]
    },
    () => checkProject(projectDir, files)
  );
  const { counts, notes } = result;
  finish(CHECK, {
    problems: result.problems,
    notes,
    summary:
      `${counts.paths} field paths in ${counts.static} static and ${counts.dynamic} dynamic queries ` +
      `across ${files.length} Apex files exist in the schema` +
      (notes.length > 0 ? `; ${notes.length} note(s) on what was skipped` : '') +
      (result.cached ? '; unchanged since the last run' : ''),
    elapsed
  });
}

runCheck(CHECK, main);
