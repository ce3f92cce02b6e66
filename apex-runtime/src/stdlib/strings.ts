// Instance methods of String (Apex Reference: String Class). Apex strings follow Java's
// String and Apache Commons StringUtils: lengths and indexes count UTF-16 code units,
// startsWith/endsWith/contains/equals are case-sensitive (unlike `==`).
import { ApexError } from '../errors';
import { ApexList, typeRef, type ApexValue } from '../values';
import { arity, int, notImplemented, str } from './args';
import type { InstanceMethod, Interop } from './interop';
import { javaRegExp, replaceAllJava, splitJava } from './regex';
import { MORE_STRING_METHODS } from './strings-more';

const STRING = typeRef('String');
const INTEGER = typeRef('Integer');

/** Character.isWhitespace: Unicode spaces except the non-breaking ones, plus ASCII controls. */
export const JAVA_WHITESPACE =
  '\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000';
const LEADING_TRAILING_WS = new RegExp(`^[${JAVA_WHITESPACE}]+|[${JAVA_WHITESPACE}]+$`, 'g');
const WS_RUN = new RegExp(`[${JAVA_WHITESPACE}]+`, 'g');

export const isJavaBlank = (s: string): boolean => s.replace(LEADING_TRAILING_WS, '') === '';

function outOfRange(index: number): never {
  throw new ApexError('StringException', `Starting position out of bounds: ${index}`);
}

/** Java String.compareTo: first differing code unit, else the length difference. */
export function javaCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Java String.hashCode (32-bit). */
export function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

function pad(rt: Interop, what: string, s: string, args: ApexValue[], left: boolean): string {
  arity(rt, what, args, 1, 2);
  const size = int(rt, what, args[0]);
  let padding = args.length === 2 ? str(rt, what, args[1]) : ' ';
  if (padding === '') padding = ' ';
  const missing = size - s.length;
  if (missing <= 0) return s;
  const fill = padding.repeat(Math.ceil(missing / padding.length)).slice(0, missing);
  return left ? fill + s : s + fill;
}

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

export const STRING_METHODS: Record<string, M> = {
  length: none('String.length', (s) => s.length),
  charat: (rt, s, args) => {
    arity(rt, 'String.charAt', args, 1);
    const i = int(rt, 'String.charAt', args[0]);
    if (i < 0 || i >= s.length)
      throw new ApexError('StringException', `Char index out of bounds: ${i}`);
    return s.charCodeAt(i);
  },
  codepointat: (rt, s, args) => {
    arity(rt, 'String.codePointAt', args, 1);
    const i = int(rt, 'String.codePointAt', args[0]);
    if (i < 0 || i >= s.length)
      throw new ApexError('StringException', `String index out of range: ${i}`);
    return s.codePointAt(i) ?? 0;
  },
  getchars: none(
    'String.getChars',
    (s) =>
      new ApexList(
        INTEGER,
        Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))
      )
  ),
  substring: (rt, s, args) => {
    arity(rt, 'String.substring', args, 1, 2);
    const start = int(rt, 'String.substring', args[0]);
    const end = args.length === 2 ? int(rt, 'String.substring', args[1]) : s.length;
    if (start < 0 || start > s.length) outOfRange(start);
    if (end > s.length)
      throw new ApexError('StringException', `Ending position out of bounds: ${end}`);
    if (start > end)
      throw new ApexError('StringException', `Starting position out of bounds: ${start}`);
    return s.slice(start, end);
  },
  left: (rt, s, args) => {
    arity(rt, 'String.left', args, 1);
    const n = int(rt, 'String.left', args[0]);
    return n < 0 ? '' : s.slice(0, n);
  },
  right: (rt, s, args) => {
    arity(rt, 'String.right', args, 1);
    const n = int(rt, 'String.right', args[0]);
    return n <= 0 ? '' : n >= s.length ? s : s.slice(s.length - n);
  },
  mid: (rt, s, args) => {
    arity(rt, 'String.mid', args, 2);
    let start = int(rt, 'String.mid', args[0]);
    const length = int(rt, 'String.mid', args[1]);
    if (length < 0 || start > s.length) return '';
    if (start < 0) start = 0;
    return s.slice(start, start + length);
  },
  contains: one('String.contains', (_rt, s, a) => s.includes(a)),
  containsignorecase: one('String.containsIgnoreCase', (_rt, s, a) =>
    s.toLowerCase().includes(a.toLowerCase())
  ),
  containswhitespace: none('String.containsWhitespace', (s) =>
    new RegExp(`[${JAVA_WHITESPACE}]`).test(s)
  ),
  startswith: one('String.startsWith', (_rt, s, a) => s.startsWith(a)),
  endswith: one('String.endsWith', (_rt, s, a) => s.endsWith(a)),
  startswithignorecase: one('String.startsWithIgnoreCase', (_rt, s, a) =>
    s.toLowerCase().startsWith(a.toLowerCase())
  ),
  endswithignorecase: one('String.endsWithIgnoreCase', (_rt, s, a) =>
    s.toLowerCase().endsWith(a.toLowerCase())
  ),
  equals: (rt, s, args) => {
    arity(rt, 'String.equals', args, 1);
    return typeof args[0] === 'string' && args[0] === s;
  },
  equalsignorecase: (rt, s, args) => {
    arity(rt, 'String.equalsIgnoreCase', args, 1);
    return typeof args[0] === 'string' && args[0].toLowerCase() === s.toLowerCase();
  },
  compareto: one('String.compareTo', (_rt, s, a) => javaCompare(s, a)),
  hashcode: none('String.hashCode', (s) => javaHash(s)),
  indexof: (rt, s, args) => {
    arity(rt, 'String.indexOf', args, 1, 2);
    const from = args.length === 2 ? Math.max(0, int(rt, 'String.indexOf', args[1])) : 0;
    return s.indexOf(str(rt, 'String.indexOf', args[0]), from);
  },
  indexofignorecase: (rt, s, args) => {
    arity(rt, 'String.indexOfIgnoreCase', args, 1, 2);
    const from = args.length === 2 ? Math.max(0, int(rt, 'String.indexOfIgnoreCase', args[1])) : 0;
    return s
      .toLowerCase()
      .indexOf(str(rt, 'String.indexOfIgnoreCase', args[0]).toLowerCase(), from);
  },
  lastindexof: (rt, s, args) => {
    arity(rt, 'String.lastIndexOf', args, 1, 2);
    const sub = str(rt, 'String.lastIndexOf', args[0]);
    if (args.length === 1) return s.lastIndexOf(sub);
    const from = int(rt, 'String.lastIndexOf', args[1]);
    return from < 0 ? -1 : s.lastIndexOf(sub, from);
  },
  lastindexofignorecase: one('String.lastIndexOfIgnoreCase', (_rt, s, a) =>
    s.toLowerCase().lastIndexOf(a.toLowerCase())
  ),
  indexofchar: (rt, s, args) => {
    arity(rt, 'String.indexOfChar', args, 1, 2);
    const ch = String.fromCodePoint(int(rt, 'String.indexOfChar', args[0]));
    return s.indexOf(
      ch,
      args.length === 2 ? Math.max(0, int(rt, 'String.indexOfChar', args[1])) : 0
    );
  },
  lastindexofchar: (rt, s, args) => {
    arity(rt, 'String.lastIndexOfChar', args, 1);
    return s.lastIndexOf(String.fromCodePoint(int(rt, 'String.lastIndexOfChar', args[0])));
  },
  tolowercase: (rt, s, args) => {
    if (args.length) notImplemented(rt, 'String.toLowerCase(locale)');
    return s.toLowerCase();
  },
  touppercase: (rt, s, args) => {
    if (args.length) notImplemented(rt, 'String.toUpperCase(locale)');
    return s.toUpperCase();
  },
  // Java trim: removes characters up to U+0020 (spaces and ASCII controls) at both ends.
  trim: none('String.trim', (s) => s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')),
  normalizespace: none('String.normalizeSpace', (s) =>
    s.replace(LEADING_TRAILING_WS, '').replace(WS_RUN, ' ')
  ),
  deletewhitespace: none('String.deleteWhitespace', (s) => s.replace(WS_RUN, '')),
  strip: none('String.strip', (s) => s.replace(LEADING_TRAILING_WS, '')),
  isblank: none('String.isBlank', (s) => isJavaBlank(s)),
  isnotblank: none('String.isNotBlank', (s) => !isJavaBlank(s)),
  isempty: none('String.isEmpty', (s) => s === ''),
  isnotempty: none('String.isNotEmpty', (s) => s !== ''),
  replace: (rt, s, args) => {
    arity(rt, 'String.replace', args, 2);
    const target = str(rt, 'String.replace', args[0]);
    const replacement = str(rt, 'String.replace', args[1]);
    return s.split(target).join(replacement);
  },
  replaceall: (rt, s, args) => {
    arity(rt, 'String.replaceAll', args, 2);
    return replaceAllJava(
      s,
      str(rt, 'String.replaceAll', args[0]),
      str(rt, 'String.replaceAll', args[1])
    );
  },
  replacefirst: (rt, s, args) => {
    arity(rt, 'String.replaceFirst', args, 2);
    return replaceAllJava(
      s,
      str(rt, 'String.replaceFirst', args[0]),
      str(rt, 'String.replaceFirst', args[1]),
      true
    );
  },
  matches: one('String.matches', (_rt, s, a) => javaRegExp(`^(?:${a})$`).test(s)),
  split: (rt, s, args) => {
    arity(rt, 'String.split', args, 1, 2);
    const limit = args.length === 2 ? int(rt, 'String.split', args[1]) : 0;
    return new ApexList(STRING, splitJava(s, str(rt, 'String.split', args[0]), limit));
  },
  repeat: (rt, s, args) => {
    arity(rt, 'String.repeat', args, 1, 2);
    const times = int(rt, 'String.repeat', args[args.length - 1]);
    if (times < 0) throw new ApexError('StringException', `Invalid number of times: ${times}`);
    if (args.length === 1) return s.repeat(times);
    return Array<string>(times)
      .fill(s)
      .join(str(rt, 'String.repeat', args[0]));
  },
  leftpad: (rt, s, args) => pad(rt, 'String.leftPad', s, args, true),
  rightpad: (rt, s, args) => pad(rt, 'String.rightPad', s, args, false),
  center: (rt, s, args) => {
    arity(rt, 'String.center', args, 1, 2);
    const size = int(rt, 'String.center', args[0]);
    const missing = size - s.length;
    if (missing <= 0) return s;
    const padArgs = args.length === 2 ? [args[1]] : [];
    const leftSize = s.length + Math.floor(missing / 2);
    const leftPadded = pad(rt, 'String.center', s, [leftSize, ...padArgs], true);
    return pad(rt, 'String.center', leftPadded, [size, ...padArgs], false);
  },
  removestart: one('String.removeStart', (_rt, s, a) =>
    a && s.startsWith(a) ? s.slice(a.length) : s
  ),
  removeend: one('String.removeEnd', (_rt, s, a) =>
    a && s.endsWith(a) ? s.slice(0, s.length - a.length) : s
  ),
  removestartignorecase: one('String.removeStartIgnoreCase', (_rt, s, a) =>
    a && s.toLowerCase().startsWith(a.toLowerCase()) ? s.slice(a.length) : s
  ),
  removeendignorecase: one('String.removeEndIgnoreCase', (_rt, s, a) =>
    a && s.toLowerCase().endsWith(a.toLowerCase()) ? s.slice(0, s.length - a.length) : s
  ),
  remove: one('String.remove', (_rt, s, a) => (a ? s.split(a).join('') : s)),
  ...MORE_STRING_METHODS
};
