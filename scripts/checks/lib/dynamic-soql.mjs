// Turns an evaluated dynamic SOQL string (known text plus holes) into a parsed query. Holes get
// placeholders; when a placeholder does not fit where the hole sits (a LIMIT value, a whole WHERE
// condition, an ORDER BY direction) the next candidate is tried, so the known parts still parse.
import { parseSoql } from './apex-units.mjs';

export const HOLE_MARKER = 'WHYAPIONLY_HOLE_';
const PLACEHOLDERS = [(id) => id, () => '1', (id) => `${id} = 1`, () => ''];

export function isHole(name) {
  return name.toUpperCase().includes(HOLE_MARKER);
}

function assemble(parts, choices) {
  let text = '';
  const spans = [];
  parts.forEach((part, index) => {
    const start = text.length;
    text +=
      part.hole === undefined
        ? part.text
        : PLACEHOLDERS[choices.get(index) ?? 0](`${HOLE_MARKER}${index}`);
    spans.push({ start, end: text.length, part, index });
  });
  return { text, spans };
}

function offsetOf(text, line, column) {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset + column;
}

/**
 * @returns {{query, text, spans, errors}} the parsed query, or the errors of the last attempt
 */
export function parseDynamicSoql(parts) {
  const choices = new Map();
  const holeIndexes = parts.flatMap((part, index) => (part.hole === undefined ? [] : [index]));
  const maxAttempts = 1 + holeIndexes.length * (PLACEHOLDERS.length - 1);
  let attempt;
  for (let tries = 0; tries < maxAttempts; tries++) {
    const { text, spans } = assemble(parts, choices);
    const { query, errors } = parseSoql(text);
    attempt = { query, text, spans, errors };
    if (errors.length === 0) return attempt;
    // Blame the last hole that starts before the error and still has a candidate left.
    const errorOffset = offsetOf(text, errors[0].line, errors[0].column);
    const suspect = spans
      .filter((span) => span.part.hole !== undefined && span.start <= errorOffset)
      .filter((span) => (choices.get(span.index) ?? 0) < PLACEHOLDERS.length - 1)
      .pop();
    if (!suspect) break;
    choices.set(suspect.index, (choices.get(suspect.index) ?? 0) + 1);
  }
  return attempt;
}

/** The part (and so the file and line) a character of the assembled text came from. */
export function partAt(spans, offset) {
  return (
    spans.find((span) => offset >= span.start && offset < span.end)?.part ?? spans.at(-1)?.part
  );
}
