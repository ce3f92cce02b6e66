// Finds the static SOQL of an Apex source (`[SELECT …]`) with a scanner that skips comments and
// string literals, so a class needs no full parse for its static queries: parsing whole files is
// what makes the SOQL check slow, and test classes hold many static queries and nothing else.

const SOQL_START = /^\[\s*select\b/i;
const MULTILINE_QUOTE = "'''";

/** @returns {{text: string, line: number}[]} each query without its brackets, and its first line */
export function findStaticSoql(source) {
  const found = [];
  const opened = []; // each open `[`: its offset, line and whether it starts SOQL
  let line = 1;
  let index = 0;
  const skipTo = (end) => {
    line += countNewlines(source, index, end);
    index = end;
  };
  while (index < source.length) {
    const char = source[index];
    if (char === '/' && source[index + 1] === '/') {
      skipTo(endOf(source.indexOf('\n', index), source));
    } else if (char === '/' && source[index + 1] === '*') {
      skipTo(endOf(source.indexOf('*/', index + 2), source, 2));
    } else if (source.startsWith(MULTILINE_QUOTE, index)) {
      skipTo(endOf(source.indexOf(MULTILINE_QUOTE, index + 3), source, 3));
    } else if (char === "'") {
      skipTo(endOfString(source, index));
    } else {
      if (char === '\n') line++;
      if (char === '[') {
        opened.push({
          offset: index,
          line,
          soql: SOQL_START.test(source.slice(index, index + 40))
        });
      } else if (char === ']' && opened.length > 0) {
        const open = opened.pop();
        if (open.soql) found.push({ text: source.slice(open.offset + 1, index), line: open.line });
      }
      index++;
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The offset just past a closing marker found at `at` (or the end of the source). */
function endOf(at, source, markerLength = 0) {
  return at < 0 ? source.length : at + markerLength;
}

/** The offset just past a single-line string literal starting at `start`. */
function endOfString(source, start) {
  for (let index = start + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === "'") return index + 1;
    else if (source[index] === '\n') return index; // unterminated: stop before the newline
  }
  return source.length;
}

function countNewlines(source, from, to) {
  let count = 0;
  for (let index = from; index < to; index++) if (source[index] === '\n') count++;
  return count;
}
