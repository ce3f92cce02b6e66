// Apex regular expressions are Java's (java.util.regex). Most of the syntax is JavaScript's
// too; this translates the parts that differ and refuses (NotImplemented) the ones JS lacks.
import { ApexError, NotImplemented } from '../errors';

const POSIX_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: 'a-z',
  javaUpperCase: 'A-Z',
  javaWhitespace: ' \\t\\n\\x0B\\f\\r\\x1C-\\x1F'
};

const cache = new Map<string, { source: string; flags: string }>();

/** Translates a Java pattern to a JavaScript source and flags (without 'g'). */
export function translateJavaRegex(java: string): { source: string; flags: string } {
  const cached = cache.get(java);
  if (cached) return cached;
  let flags = '';
  let i = 0;
  // Leading embedded flags, e.g. (?i) or (?is).
  const lead = /^\(\?([imsx]+)\)/.exec(java);
  if (lead) {
    if (lead[1].includes('x')) throw new NotImplemented('regular expression flag (?x)');
    flags = [...new Set(lead[1])].join('');
    i = lead[0].length;
  }
  let out = '';
  let inClass = 0;
  while (i < java.length) {
    const c = java[i];
    if (c === '\\') {
      const n = java[i + 1];
      if (n === 'Q') {
        const end = java.indexOf('\\E', i + 2);
        const literal = java.slice(i + 2, end < 0 ? java.length : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? java.length : end + 2;
        continue;
      }
      if (n === 'p' || n === 'P') {
        const m = /^\{(?:Is)?([A-Za-z]+)\}/.exec(java.slice(i + 2));
        const cls = m ? POSIX_CLASSES[m[1]] : undefined;
        if (!m || cls === undefined)
          throw new NotImplemented(`regular expression class \\${n}${m ? `{${m[1]}}` : ''}`);
        const negate = n === 'P';
        out += inClass ? (negate ? notImplementedNegated() : cls) : `[${negate ? '^' : ''}${cls}]`;
        i += 2 + m[0].length;
        continue;
      }
      if (n === 'A') {
        out += '(?<![\\s\\S])';
        i += 2;
        continue;
      }
      if (n === 'z') {
        out += '(?![\\s\\S])';
        i += 2;
        continue;
      }
      if (n === 'Z') {
        out += '(?=\\n?(?![\\s\\S]))';
        i += 2;
        continue;
      }
      if (n === 'h') {
        out += inClass ? ' \\t\\xA0' : '[ \\t\\xA0]';
        i += 2;
        continue;
      }
      if (n === 'G' || n === 'R' || n === 'X')
        throw new NotImplemented(`regular expression escape \\${n}`);
      out += c + (n ?? '');
      i += 2;
      continue;
    }
    if (c === '[') inClass++;
    else if (c === ']' && inClass) inClass--;
    else if (!inClass && c === '(' && java.startsWith('(?>', i))
      throw new NotImplemented('regular expression atomic group (?>…)');
    else if (!inClass && (c === '+' || c === '*' || c === '?' || c === '}') && java[i + 1] === '+')
      throw new NotImplemented('regular expression possessive quantifier');
    else if (!inClass && c === '(' && /^\(\?[imsx-]+[):]/.test(java.slice(i)))
      throw new NotImplemented('regular expression embedded flags inside the pattern');
    // Java's $ (no MULTILINE) also matches before a final line terminator.
    if (!inClass && c === '$' && !flags.includes('m')) {
      out += '(?=\\n?(?![\\s\\S]))';
      i++;
      continue;
    }
    out += c;
    i++;
  }
  const result = { source: out, flags };
  cache.set(java, result);
  return result;
}

function notImplementedNegated(): never {
  throw new NotImplemented('regular expression negated \\P{…} inside a character class');
}

/** A JavaScript RegExp for a Java pattern; an invalid pattern throws the platform's exception. */
export function javaRegExp(java: string, extraFlags = ''): RegExp {
  const { source, flags } = translateJavaRegex(java);
  try {
    return new RegExp(source, [...new Set(flags + extraFlags)].join(''));
  } catch (e) {
    throw new ApexError('StringException', `Invalid regex: ${(e as Error).message}`);
  }
}

/**
 * Java's Matcher.replaceAll replacement text: `$n` is a group, `\x` is x literally (so `\$`
 * is a dollar sign).
 */
export function javaReplacement(
  replacement: string,
  match: string[],
  named: Record<string, string> | undefined
): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length)
        throw new ApexError('StringException', 'character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      if (replacement[i + 1] === '{') {
        const end = replacement.indexOf('}', i);
        const name = replacement.slice(i + 2, end);
        if (!named || !(name in named))
          throw new ApexError('StringException', `No group with name {${name}}`);
        out += named[name] ?? '';
        i = end;
        continue;
      }
      let j = i + 1;
      if (!/\d/.test(replacement[j] ?? ''))
        throw new ApexError('StringException', 'Illegal group reference');
      let group = Number(replacement[j]);
      // Java takes more digits while the group number stays valid.
      while (
        /\d/.test(replacement[j + 1] ?? '') &&
        group * 10 + Number(replacement[j + 1]) < match.length
      ) {
        group = group * 10 + Number(replacement[j + 1]);
        j++;
      }
      if (group >= match.length) throw new ApexError('StringException', `No group ${group}`);
      out += match[group] ?? '';
      i = j;
    } else out += c;
  }
  return out;
}

export function replaceAllJava(
  text: string,
  regex: string,
  replacement: string,
  firstOnly = false
): string {
  const re = javaRegExp(regex, firstOnly ? '' : 'g');
  return text.replace(re, (...found: unknown[]) => {
    const last = found[found.length - 1];
    const named =
      typeof last === 'object' && last !== null ? (last as Record<string, string>) : undefined;
    const groupCount = found.length - (named ? 3 : 2);
    return javaReplacement(replacement, found.slice(0, groupCount) as string[], named);
  });
}

/**
 * Java's String.split(regex, limit): limit 0 drops trailing empty strings; a zero-width match
 * at the very start yields no leading empty string (Java 8 and later).
 */
export function splitJava(text: string, regex: string, limit = 0): string[] {
  if (text === '') return [''];
  const re = javaRegExp(regex, 'g');
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (limit > 0 && parts.length === limit - 1) break;
    if (m[0] === '' && at === 0) continue;
    if (m[0] === '' && at >= text.length) break;
    parts.push(text.slice(last, at));
    last = at + m[0].length;
  }
  parts.push(text.slice(last));
  if (limit === 0) while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (limit === 0 && parts.length === 1 && parts[0] === '' && text !== '') return [];
  return parts;
}
