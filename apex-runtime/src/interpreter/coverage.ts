// Line coverage as the platform reports it, approximately: a line is coverable when a
// statement starts on it (declarations, expressions, control statements, DML, returns), and
// covered when that statement ran. Test classes are left out of the totals, as in an org.
import type { Block, ClassDecl, CompilationUnit, Stmt } from '../parse/ast';

export interface FileCoverage {
  file: string;
  coverable: Set<number>;
  covered: Set<number>;
  isTest: boolean;
}

export class Coverage {
  readonly files = new Map<string, FileCoverage>();

  addUnit(unit: CompilationUnit): void {
    const coverable = new Set<number>();
    collectClass(unit.type, coverable);
    this.files.set(unit.file, {
      file: unit.file,
      coverable,
      covered: new Set(),
      isTest: unit.type.modifiers.annotations.some((a) => a.name === 'istest')
    });
  }

  hit(file: string, line: number): void {
    this.files.get(file)?.covered.add(line);
  }
}

function collectClass(decl: ClassDecl, lines: Set<number>): void {
  for (const method of [...decl.methods, ...decl.constructors]) {
    if (method.body) collectBlock(method.body, lines);
  }
  for (const field of decl.fields) if (field.init) lines.add(field.line);
  for (const property of decl.properties) {
    if (property.getter) collectBlock(property.getter, lines);
    if (property.setter) collectBlock(property.setter, lines);
  }
  for (const init of decl.initializers) collectBlock(init.body, lines);
  for (const inner of decl.inner) collectClass(inner, lines);
}

function collectBlock(block: Block, lines: Set<number>): void {
  for (const stmt of block.statements) collectStmt(stmt, lines);
}

function collectStmt(stmt: Stmt, lines: Set<number>): void {
  if (stmt.kind !== 'block') lines.add(stmt.line);
  switch (stmt.kind) {
    case 'block':
      collectBlock(stmt, lines);
      break;
    case 'if':
      collectStmt(stmt.then, lines);
      if (stmt.else) collectStmt(stmt.else, lines);
      break;
    case 'while':
    case 'for':
    case 'forEach':
      collectStmt(stmt.body, lines);
      if (stmt.kind === 'for' && stmt.init && !Array.isArray(stmt.init))
        collectStmt(stmt.init, lines);
      break;
    case 'doWhile':
      collectBlock(stmt.body, lines);
      break;
    case 'try':
      collectBlock(stmt.body, lines);
      stmt.catches.forEach((c) => collectBlock(c.body, lines));
      if (stmt.finally) collectBlock(stmt.finally, lines);
      break;
    case 'runAs':
      collectBlock(stmt.body, lines);
      break;
    case 'switch':
      stmt.whens.forEach((w) => collectBlock(w.body, lines));
      break;
    default:
      break;
  }
}
