// Lowers the ANTLR parse tree of @apexdevtools/apex-parser into the interpreter's tree (ast.ts).
// Every construct the grammar has but this runtime does not lower fails here, naming the file
// and line, so nothing is skipped silently.
//
// The lowering is one class built up by topic, each file adding to the one before:
// lowerBase.ts (shared state, type references) <- lowerExpressions.ts <- lowerStatements.ts
// <- lowerDeclarations.ts.
import * as P from '@apexdevtools/apex-parser';
import type { CompilationUnit, Expr } from './ast';
import { DeclarationLowering as Lowering } from './lowerDeclarations';

/** Lowers a SOQL query; bind expressions are lowered back through this module. */
export type SoqlLowering = (
  query: P.QueryContext,
  lowerBind: (e: P.ExpressionContext) => Expr
) => unknown;

class ApexSyntaxError extends Error {}

export function parseCompilationUnit(
  file: string,
  source: string,
  lowerSoql: SoqlLowering
): CompilationUnit {
  const errors: string[] = [];
  const listener = new (class extends P.ApexErrorListener {
    apexSyntaxError(line: number, column: number, message: string): void {
      errors.push(`${file}:${line}:${column}: ${message}`);
    }
  })();
  const { parser } = P.ApexParserFactory.createLexerAndParser(source, listener);
  const tree = parser.compilationUnit();
  if (errors.length > 0) throw new ApexSyntaxError(`Apex does not parse: ${errors[0]}`);
  const lowering = new Lowering(file, lowerSoql);
  return {
    file,
    lineCount: source.split('\n').length,
    type: lowering.typeDeclaration(tree.typeDeclaration())
  };
}

/** Parses a single expression (used by tests and the anonymous-Apex entry point). */
export function parseExpressionText(text: string, lowerSoql: SoqlLowering): Expr {
  const { parser } = P.ApexParserFactory.createLexerAndParser(text, new P.ThrowingErrorListener());
  return new Lowering('<expression>', lowerSoql).expression(parser.expression());
}

export { ApexSyntaxError };
