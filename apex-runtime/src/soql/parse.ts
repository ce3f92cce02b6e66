// Dynamic SOQL (Database.query, queryWithBinds, countQuery…): the text is parsed with the same
// grammar as static SOQL. Binds in dynamic SOQL are names (`:userId`, `:record.Id`), resolved at
// run time; malformed text is a QueryException, as on the platform. Parsed text is cached: the
// project's tests run the same few query texts thousands of times.
import * as P from '@apexdevtools/apex-parser';
import { ApexError, NotImplemented } from '../errors';
import type { SoqlQuery } from './ast';
import { protectLikeEscapes } from './literals';
import { lowerQuery } from './lower';

const cache = new Map<string, SoqlQuery>();
const CACHE_LIMIT = 5_000;
const BIND_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

class FirstErrorListener extends P.ApexErrorListener {
  first: string | null = null;

  override syntaxError(
    _recognizer: unknown,
    offendingSymbol: P.ApexToken | number,
    line: number,
    column: number,
    msg: string
  ): void {
    if (this.first !== null) return;
    if (typeof offendingSymbol === 'object' && offendingSymbol !== null) {
      this.first = unexpected(offendingSymbol.type === -1 ? '<EOF>' : offendingSymbol.text);
    } else {
      // Lexer errors: "token recognition error at: 'x'".
      const at = /at: '(.*)'$/.exec(msg);
      this.first = at ? unexpected(at[1]) : `${msg} at line ${line} column ${column}`;
    }
  }

  apexSyntaxError(): void {}
}

const unexpected = (token: string) => `unexpected token: '${token}'`;

/** Parses dynamic SOQL text. Throws ApexError('QueryException') when it does not parse. */
export function parseQueryText(text: string): SoqlQuery {
  const cached = cache.get(text);
  if (cached) return cached;
  const listener = new FirstErrorListener();
  const { parser } = P.ApexParserFactory.createLexerAndParser(protectLikeEscapes(text), listener);
  const tree = parser.query();
  if (listener.first === null) {
    const next = parser.getCurrentToken();
    if (next.type !== -1) listener.first = unexpected(next.text);
  }
  if (listener.first !== null) throw new ApexError('QueryException', listener.first);
  const query = lowerQuery(tree, (expr) => bindName(expr));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, query);
  return query;
}

/** Dynamic SOQL binds only names (dotted for a variable's field), never other expressions. */
function bindName(expr: P.ExpressionContext): string {
  const name = expr.getText();
  if (!BIND_NAME.test(name))
    throw new NotImplemented(`dynamic SOQL bind of an expression (:${name})`);
  return name;
}
