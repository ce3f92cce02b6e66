// More String instance methods: the StringUtils family (substringBefore, abbreviate,
// capitalize, isNumeric, escapes, …). Apex Reference: String Class.
import { ApexError } from '../errors';
import type { ApexValue } from '../values';
import { arity, int, str } from './args';
import type { InstanceMethod, Interop } from './interop';

type M = InstanceMethod<string>;
const one =
  (what: string, f: (rt: Interop, s: string, a: string) => ApexValue): M =>
  (rt, s, args) => {
    arity(rt, what, args, 1);
    return f(rt, s, str(rt, what, args[0]));
  };
const none =
  (what: string, f: (s: string) => ApexValue): M =>
  (rt, s, args) => {
    arity(rt, what, args, 0);
    return f(s);
  };
const test = (what: string, re: RegExp): M => none(what, (s) => re.test(s));

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
};

export const MORE_STRING_METHODS: Record<string, M> = {
  substringbefore: one('String.substringBefore', (_rt, s, sep) => {
    if (sep === '') return '';
    const at = s.indexOf(sep);
    return at < 0 ? s : s.slice(0, at);
  }),
  substringafter: one('String.substringAfter', (_rt, s, sep) => {
    if (sep === '') return s;
    const at = s.indexOf(sep);
    return at < 0 ? '' : s.slice(at + sep.length);
  }),
  substringbeforelast: one('String.substringBeforeLast', (_rt, s, sep) => {
    if (sep === '') return s;
    const at = s.lastIndexOf(sep);
    return at < 0 ? s : s.slice(0, at);
  }),
  substringafterlast: one('String.substringAfterLast', (_rt, s, sep) => {
    if (sep === '') return '';
    const at = s.lastIndexOf(sep);
    return at < 0 || at === s.length - sep.length ? '' : s.slice(at + sep.length);
  }),
  substringbetween: (rt, s, args) => {
    arity(rt, 'String.substringBetween', args, 1, 2);
    const open = str(rt, 'String.substringBetween', args[0]);
    const close = args.length === 2 ? str(rt, 'String.substringBetween', args[1]) : open;
    const start = s.indexOf(open);
    if (start < 0) return null;
    const end = s.indexOf(close, start + open.length);
    return end < 0 ? null : s.slice(start + open.length, end);
  },
  abbreviate: (rt, s, args) => {
    arity(rt, 'String.abbreviate', args, 1, 2);
    const maxWidth = int(rt, 'String.abbreviate', args[0]);
    let offset = args.length === 2 ? int(rt, 'String.abbreviate', args[1]) : 0;
    if (maxWidth < 4) throw new ApexError('StringException', 'Minimum abbreviation width is 4');
    if (s.length <= maxWidth) return s;
    if (offset > s.length) offset = s.length;
    if (s.length - offset < maxWidth - 3) offset = s.length - (maxWidth - 3);
    if (offset <= 4) return `${s.slice(0, maxWidth - 3)}...`;
    if (maxWidth < 7)
      throw new ApexError('StringException', 'Minimum abbreviation width with offset is 7');
    if (offset + maxWidth - 3 < s.length) {
      const rest = s.slice(offset);
      return `...${rest.length <= maxWidth - 3 ? rest : `${rest.slice(0, maxWidth - 6)}...`}`;
    }
    return `...${s.slice(s.length - (maxWidth - 3))}`;
  },
  capitalize: none('String.capitalize', (s) => (s ? s[0].toUpperCase() + s.slice(1) : s)),
  uncapitalize: none('String.uncapitalize', (s) => (s ? s[0].toLowerCase() + s.slice(1) : s)),
  swapcase: none('String.swapCase', (s) =>
    [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')
  ),
  reverse: none('String.reverse', (s) => [...s].reverse().join('')),
  countmatches: one('String.countMatches', (_rt, s, sub) => (sub ? s.split(sub).length - 1 : 0)),
  // StringUtils.isNumeric & co.: Unicode digits/letters only, and false for the empty string.
  isnumeric: test('String.isNumeric', /^\p{Nd}+$/u),
  isnumericspace: test('String.isNumericSpace', /^[\p{Nd} ]+$/u),
  isalpha: test('String.isAlpha', /^\p{L}+$/u),
  isalphaspace: test('String.isAlphaSpace', /^[\p{L} ]+$/u),
  isalphanumeric: test('String.isAlphanumeric', /^[\p{L}\p{Nd}]+$/u),
  isalphanumericspace: test('String.isAlphanumericSpace', /^[\p{L}\p{Nd} ]+$/u),
  isasciiprintable: test('String.isAsciiPrintable', /^[\x20-\x7E]*$/),
  isalllowercase: test('String.isAllLowerCase', /^\p{Ll}+$/u),
  isalluppercase: test('String.isAllUpperCase', /^\p{Lu}+$/u),
  iswhitespace: test(
    'String.isWhitespace',
    /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/
  ),
  containsany: one('String.containsAny', (_rt, s, chars) => [...chars].some((c) => s.includes(c))),
  containsnone: one(
    'String.containsNone',
    (_rt, s, chars) => ![...chars].some((c) => s.includes(c))
  ),
  containsonly: one('String.containsOnly', (_rt, s, chars) =>
    [...s].every((c) => chars.includes(c))
  ),
  indexofany: one('String.indexOfAny', (_rt, s, chars) => {
    const hits = [...chars].map((c) => s.indexOf(c)).filter((i) => i >= 0);
    return hits.length ? Math.min(...hits) : -1;
  }),
  indexofanybut: one('String.indexOfAnyBut', (_rt, s, chars) => {
    if (!chars) return s ? 0 : -1;
    for (let i = 0; i < s.length; i++) if (!chars.includes(s[i])) return i;
    return -1;
  }),
  indexofdifference: one('String.indexOfDifference', (_rt, s, other) => {
    if (s === other) return -1;
    let i = 0;
    while (i < s.length && i < other.length && s[i] === other[i]) i++;
    return i;
  }),
  difference: one('String.difference', (_rt, s, other) => {
    let i = 0;
    while (i < s.length && i < other.length && s[i] === other[i]) i++;
    return s === other ? '' : other.slice(i);
  }),
  getlevenshteindistance: (rt, s, args) => {
    arity(rt, 'String.getLevenshteinDistance', args, 1);
    return levenshtein(s, str(rt, 'String.getLevenshteinDistance', args[0]));
  },
  escapesinglequotes: none('String.escapeSingleQuotes', (s) => s.replace(/'/g, "\\'")),
  escapehtml4: none('String.escapeHtml4', (s) => s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c])),
  escapexml: none('String.escapeXml', (s) =>
    s.replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : HTML_ESCAPES[c]))
  ),
  unescapehtml4: none('String.unescapeHtml4', (s) =>
    s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_m, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'"
    )
  ),
  escapejava: none('String.escapeJava', (s) =>
    s
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/\n/g, '\\n')
      .replace(/\t/g, '\\t')
      .replace(/\r/g, '\\r')
      .replace(/\f/g, '\\f')
      .replace(/\x08/g, '\\b')
      .replace(
        /[^\x20-\x7E]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
      )
  ),
  escapeunicode: none('String.escapeUnicode', (s) =>
    s.replace(/[^\x20-\x7E]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  ),
  escapecsv: none('String.escapeCsv', (s) =>
    /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  ),
  striphtmltags: none('String.stripHtmlTags', (s) => s.replace(/<[^>]*>/g, '').trim())
};

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
