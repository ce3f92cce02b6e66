// String.format's pattern language (Java MessageFormat, Apex Reference: String Class, format)
// and the en_US number formats of Integer.format / Decimal.format.
import { ApexError } from '../errors';
import { roundToScale } from './rounding';

/**
 * Java MessageFormat over already-stringified arguments: `'` starts and ends a quoted section
 * and disappears, `''` is one apostrophe (quoted or not), `{n}` is argument n. A placeholder
 * past the end of the arguments stays as written, as in Java.
 */
export function messageFormat(pattern: string, args: string[]): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i++;
      } else quoted = !quoted;
      continue;
    }
    if (quoted || c !== '{') {
      out += c;
      continue;
    }
    const close = findClose(pattern, i);
    const body = pattern.slice(i + 1, close);
    const comma = body.indexOf(',');
    const indexText = (comma < 0 ? body : body.slice(0, comma)).trim();
    if (!/^\d+$/.test(indexText))
      throw new ApexError(
        'StringException',
        `can't parse argument number: ${comma < 0 ? body : body.slice(0, comma)}`
      );
    const index = Number(indexText);
    if (comma >= 0) {
      const kind = body
        .slice(comma + 1)
        .split(',')[0]
        .trim()
        .toLowerCase();
      if (index < args.length) {
        // Apex hands MessageFormat Strings, so any number/date/choice format fails as Java's does.
        const what = kind === 'date' || kind === 'time' ? 'a Date' : 'a Number';
        if (['number', 'choice', 'date', 'time'].includes(kind))
          throw new ApexError('StringException', `Cannot format given Object as ${what}`);
        throw new ApexError('StringException', `unknown format type: ${kind}`);
      }
    }
    out += index < args.length ? args[index] : `{${body}}`;
    i = close;
  }
  return out;
}

/** The `}` closing the placeholder opened at `open`, honouring nested braces and quotes. */
function findClose(pattern: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open + 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new ApexError('StringException', 'Unmatched braces in the pattern.');
}

/** Groups the integer digits by three with commas (en_US). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Integer.format / Long.format in the en_US locale: `1,234,567`. */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + groupDigits(String(Math.abs(value)));
}

/**
 * Decimal.format / Double.format in en_US: Java's default NumberFormat (grouping, at most
 * three fraction digits, half-even rounding, no trailing zeros).
 */
export function formatDecimal(value: number): string {
  const rounded = roundToScale(value, 3, 'HALF_EVEN');
  const [whole, fraction = ''] = Math.abs(rounded).toFixed(3).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${groupDigits(whole)}${trimmed ? `.${trimmed}` : ''}`;
}
