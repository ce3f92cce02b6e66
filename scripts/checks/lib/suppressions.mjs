// Finds PMD suppressions in Apex sources and the ones that lack a written reason.
// A reason is a `//` comment on the line right before `@SuppressWarnings('PMD…')`, or words
// after `NOPMD` on the same line: a suppression nobody explained is a finding hidden, not fixed.

const SUPPRESS_ANNOTATION = /@SuppressWarnings\s*\(\s*['"]([^'"]*)['"]\s*\)/i;
const NOPMD_MARKER = /\/\/\s*NOPMD\b(.*)$/i;
const MIN_REASON_WORDS = 3;

function countWords(text) {
  return text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
}

function reasonOnLineBefore(lines, index) {
  const before = index > 0 ? lines[index - 1].trim() : '';
  const comment = before.match(/^\/\/\s*(.*)$/) ?? before.match(/^\/\*\s*(.*?)\s*\*\/$/);
  return comment ? comment[1] : '';
}

/** @returns {{line: number, rules: string, justified: boolean}[]} one entry per PMD suppression */
export function findPmdSuppressions(source) {
  const lines = source.split(/\r?\n/);
  const found = [];
  lines.forEach((text, index) => {
    const annotation = text.match(SUPPRESS_ANNOTATION);
    if (annotation && /\bPMD\b/i.test(annotation[1])) {
      const reason = reasonOnLineBefore(lines, index);
      found.push({
        line: index + 1,
        rules: annotation[1],
        justified: countWords(reason) >= MIN_REASON_WORDS
      });
    }
    const marker = text.match(NOPMD_MARKER);
    if (marker) {
      found.push({
        line: index + 1,
        rules: 'NOPMD',
        justified: countWords(marker[1]) >= MIN_REASON_WORDS
      });
    }
  });
  return found;
}
