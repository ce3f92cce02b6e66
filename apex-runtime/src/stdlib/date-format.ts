// Java SimpleDateFormat patterns, as Datetime.format(pattern) and formatGmt(pattern) take
// them (Apex Reference: Datetime Class), in the en_US locale.
import { ApexError, NotImplemented } from '../errors';
import { offsetMillis, wallTime, zoneName } from './tz';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function offsetText(offset: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (offset === 0 && style !== 'Z') return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60_000));
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (style === 'X') return `${sign}${hh}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/** Formats the instant in the zone with a SimpleDateFormat pattern. */
export function formatDatetime(millis: number, zone: string, pattern: string): string {
  const w = wallTime(zone, millis);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0)
        throw new ApexError('StringException', `Unterminated quote in pattern: ${pattern}`);
      // '' inside a quoted section is one apostrophe.
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j++];
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    out += field(c, n, w, weekday, millis, zone, pattern);
  }
  return out;
}

function field(
  c: string,
  n: number,
  w: ReturnType<typeof wallTime>,
  weekday: number,
  millis: number,
  zone: string,
  pattern: string
): string {
  switch (c) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
      if (n >= 4) return MONTHS[w.month - 1];
      if (n === 3) return MONTHS[w.month - 1].slice(0, 3);
      return pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'D': {
      const dayOfYear =
        (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000 + 1;
      return pad(dayOfYear, n);
    }
    case 'E':
      return n >= 4 ? DAYS[weekday] : DAYS[weekday].slice(0, 3);
    case 'u':
      return pad(weekday === 0 ? 7 : weekday, n);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'z':
      return zoneName(zone, millis, n >= 4);
    case 'Z':
      return offsetText(offsetMillis(zone, millis), 'Z');
    case 'X':
      if (n > 3) throw new ApexError('StringException', `Illegal pattern: ${pattern}`);
      return offsetText(offsetMillis(zone, millis), n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
    default:
      if ('wWFL'.includes(c)) throw new NotImplemented(`date format pattern letter ${c}`);
      throw new ApexError('StringException', `Illegal pattern character '${c}'`);
  }
}
