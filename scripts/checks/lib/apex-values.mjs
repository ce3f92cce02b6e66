// Values of the string evaluator (apex-strings.mjs) and the small operations on them: text made
// of parts (resolved literals or holes), lists of such texts, flags on parts, Apex literals.
import {
  ForStatementContext,
  IfStatementContext,
  MethodDeclarationContext
} from '@apexdevtools/apex-parser';
import { ancestor } from './apex-units.mjs';

const SNIPPET_LENGTH = 60;

export function literalKey(unit, token) {
  return `${unit.file}#${token.tokenIndex}`;
}

export function asParts(value) {
  if (value.kind === 'text') return value.parts;
  if (value.kind === 'map') return [{ hole: 'a map used as text' }];
  const [first] = value.items.flat();
  return [{ hole: 'a list used as text', file: first?.file, line: first?.line }];
}

/** Flags parts: conditional (appended in a branch), filtered (added by a loop under an if). */
export function markParts(value, flags) {
  if (Object.keys(flags).length === 0 || value.kind === 'map') return value;
  if (value.kind === 'text')
    return { kind: 'text', parts: value.parts.map((part) => ({ ...part, ...flags })) };
  return {
    kind: 'list',
    items: value.items.map((item) => item.map((part) => ({ ...part, ...flags })))
  };
}

/** `for (x : list) { if (test(x)) result.add(x); }`: only some items end up in the result. */
export function isFilteredInLoop(node, method) {
  const loop = ancestor(node, ForStatementContext);
  if (!loop || ancestor(loop, MethodDeclarationContext) !== method) return false;
  const test = ancestor(node, IfStatementContext);
  return test !== null && ancestor(test, ForStatementContext) === loop;
}

export function appendItems(list, changed, operation) {
  if (list.kind !== 'list') return list;
  changed = changed.filter((value) => value.kind !== 'map');
  const added = changed.flatMap((value) => {
    if (operation === 'add') return [asParts(value)];
    return value.kind === 'list' ? value.items : [asParts(value)];
  });
  return { kind: 'list', items: [...list.items, ...added] };
}

/** String.format: {0}, {1}… replaced by the list items; '' is a literal quote in the pattern. */
export function substituteFormat(formatParts, items) {
  const parts = [];
  for (const part of formatParts) {
    let rest = part.text;
    for (let match = rest.match(/\{(\d+)\}/); match; match = rest.match(/\{(\d+)\}/)) {
      parts.push({ ...part, text: rest.slice(0, match.index).replaceAll("''", "'") });
      parts.push(
        ...(items[Number(match[1])] ?? [
          { hole: `format argument ${match[1]}`, file: part.file, line: part.line }
        ])
      );
      rest = rest.slice(match.index + match[0].length);
    }
    parts.push({ ...part, text: rest.replaceAll("''", "'") });
  }
  return parts;
}

const ESCAPES = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', "'": "'", '\\': '\\' };

export function unescapeApexString(tokenText) {
  const body = tokenText.startsWith("'''")
    ? tokenText.slice(3, -3).replace(/^\r?\n/, '')
    : tokenText.slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escape) =>
    escape.length === 5
      ? String.fromCharCode(parseInt(escape.slice(1), 16))
      : (ESCAPES[escape] ?? escape)
  );
}

export function snippet(node) {
  const text = node.getText();
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text;
}
