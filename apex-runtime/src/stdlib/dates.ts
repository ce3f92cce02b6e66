// Date, Datetime and Time (Apex Reference: Date Class, Datetime Class, Time Class). Methods
// without "Gmt" use the context user's time zone (rt.timeZone()); formats are en_US.
import { ApexError } from '../errors';
import { ApexDate, ApexDatetime, ApexTime, type ApexValue } from '../values';
import { arity, date, datetime, int, notImplemented, str, time } from './args';
import { formatDatetime } from './date-format';
import type { InstanceMethod, Interop, StaticMethod } from './interop';
import { instantOf, utcOf, wallTime } from './tz';

const DAY = 86_400_000;

/** A date from possibly overflowing fields (Date.newInstance is lenient, as Java's calendar). */
export function makeDate(year: number, month: number, day: number): ApexDate {
  return ApexDate.fromEpochDay(Math.round(utcOf(year, month, day) / DAY));
}

const daysIn = (year: number, month: number): number =>
  new Date(utcOf(year, month + 1, 0)).getUTCDate();

/** Calendar month arithmetic: the day is clamped to the target month's length. */
function addMonthsTo(
  year: number,
  month: number,
  day: number,
  months: number
): [number, number, number] {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (((index % 12) + 12) % 12) + 1;
  return [y, m, Math.min(day, daysIn(y, m))];
}

function localDate(zone: string, millis: number): ApexDate {
  const w = wallTime(zone, millis);
  return new ApexDate(w.year, w.month, w.day);
}

function timeOf(zone: string, millis: number): ApexTime {
  const w = wallTime(zone, millis);
  return new ApexTime(((w.hour * 60 + w.minute) * 60 + w.second) * 1000 + w.millisecond);
}

const DATE_TEXT =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?)?$/;

function parseDateParts(text: string, kind: string): number[] {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) throw new ApexError('TypeException', `Invalid ${kind}: ${text}`);
  const parts = m.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > daysIn(parts[0], parts[1]))
    throw new ApexError('TypeException', `Invalid ${kind}: ${text}`);
  return parts;
}

const ints = (rt: Interop, what: string, args: ApexValue[]): number[] =>
  args.map((a) => int(rt, what, a));

export const DATE_STATIC: Record<string, StaticMethod> = {
  today: (rt, args) => {
    arity(rt, 'Date.today', args, 0);
    return localDate(rt.timeZone(), rt.platform.now());
  },
  newinstance: (rt, args) => {
    arity(rt, 'Date.newInstance', args, 3);
    const [y, m, d] = ints(rt, 'Date.newInstance', args);
    return makeDate(y, m, d);
  },
  valueof: (rt, args) => {
    arity(rt, 'Date.valueOf', args, 1);
    if (args[0] === null) return null;
    if (typeof args[0] !== 'string') return notImplemented(rt, 'Date.valueOf of a non-String');
    const [y, m, d] = parseDateParts(args[0], 'date');
    return new ApexDate(y, m, d);
  },
  parse: (rt, args) => {
    arity(rt, 'Date.parse', args, 1);
    const text = str(rt, 'Date.parse', args[0]);
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
    if (!m) throw new ApexError('TypeException', `Invalid date: ${text}`);
    return makeDate(Number(m[3]), Number(m[1]), Number(m[2]));
  },
  isleapyear: (rt, args) => {
    arity(rt, 'Date.isLeapYear', args, 1);
    return daysIn(int(rt, 'Date.isLeapYear', args[0]), 2) === 29;
  },
  daysinmonth: (rt, args) => {
    arity(rt, 'Date.daysInMonth', args, 2);
    const [y, m] = ints(rt, 'Date.daysInMonth', args);
    return daysIn(y, m);
  }
};

const dateArg = (what: string) => (rt: Interop, args: ApexValue[]) => {
  arity(rt, what, args, 1);
  return date(rt, what, args[0]);
};

export const DATE_METHODS: Record<string, InstanceMethod<ApexDate>> = {
  adddays: (rt, d, args) => {
    arity(rt, 'Date.addDays', args, 1);
    return ApexDate.fromEpochDay(d.toEpochDay() + int(rt, 'Date.addDays', args[0]));
  },
  addmonths: (rt, d, args) => {
    arity(rt, 'Date.addMonths', args, 1);
    return new ApexDate(...addMonthsTo(d.year, d.month, d.day, int(rt, 'Date.addMonths', args[0])));
  },
  addyears: (rt, d, args) => {
    arity(rt, 'Date.addYears', args, 1);
    return new ApexDate(
      ...addMonthsTo(d.year, d.month, d.day, 12 * int(rt, 'Date.addYears', args[0]))
    );
  },
  day: (_rt, d) => d.day,
  month: (_rt, d) => d.month,
  year: (_rt, d) => d.year,
  dayofyear: (_rt, d) => d.toEpochDay() - makeDate(d.year, 1, 1).toEpochDay() + 1,
  daysbetween: (rt, d, args) => dateArg('Date.daysBetween')(rt, args).toEpochDay() - d.toEpochDay(),
  // Ignores the days of the month, as documented.
  monthsbetween: (rt, d, args) => {
    const other = dateArg('Date.monthsBetween')(rt, args);
    return (other.year - d.year) * 12 + (other.month - d.month);
  },
  issameday: (rt, d, args) => dateArg('Date.isSameDay')(rt, args).toEpochDay() === d.toEpochDay(),
  tostartofmonth: (_rt, d) => new ApexDate(d.year, d.month, 1),
  // en_US weeks start on Sunday.
  tostartofweek: (_rt, d) => {
    const epochDay = d.toEpochDay();
    const weekday = new Date(epochDay * DAY).getUTCDay();
    return ApexDate.fromEpochDay(epochDay - weekday);
  },
  format: (rt, d, args) => {
    arity(rt, 'Date.format', args, 0);
    return `${d.month}/${d.day}/${d.year}`;
  }
};

export const DATETIME_STATIC: Record<string, StaticMethod> = {
  now: (rt, args) => {
    arity(rt, 'Datetime.now', args, 0);
    return new ApexDatetime(rt.platform.now());
  },
  newinstance: (rt, args) => newInstance(rt, args, rt.timeZone(), 'Datetime.newInstance'),
  newinstancegmt: (rt, args) => newInstance(rt, args, 'GMT', 'Datetime.newInstanceGmt'),
  valueof: (rt, args) => valueOf(rt, args, rt.timeZone(), 'Datetime.valueOf'),
  valueofgmt: (rt, args) => valueOf(rt, args, 'GMT', 'Datetime.valueOfGmt')
};

function newInstance(rt: Interop, args: ApexValue[], zone: string, what: string): ApexValue {
  if (args.length === 1) {
    if (zone !== 'GMT' || typeof args[0] === 'number')
      return new ApexDatetime(int(rt, what, args[0]));
    return notImplemented(rt, `${what} with one argument`);
  }
  if (args.length === 2) {
    const d = date(rt, what, args[0]);
    const t = time(rt, what, args[1]);
    return new ApexDatetime(instantOf(zone, d.year, d.month, d.day, 0, 0, 0, t.millisOfDay));
  }
  if (args.length === 3 || args.length === 6) {
    const [y, mo, d, h = 0, mi = 0, s = 0] = ints(rt, what, args);
    return new ApexDatetime(instantOf(zone, y, mo, d, h, mi, s));
  }
  return notImplemented(rt, `${what} with ${args.length} arguments`);
}

function valueOf(rt: Interop, args: ApexValue[], zone: string, what: string): ApexValue {
  arity(rt, what, args, 1);
  if (args[0] === null) return null;
  if (typeof args[0] !== 'string') return notImplemented(rt, `${what} of a non-String`);
  const [y, mo, d, h, mi, s] = parseDateParts(args[0], 'date/time');
  return new ApexDatetime(instantOf(zone, y, mo, d, h, mi, s));
}

const gmt = (f: (w: ReturnType<typeof wallTime>) => number) => (zoneOf: (rt: Interop) => string) =>
  ((rt, dt) => f(wallTime(zoneOf(rt), dt.millis))) as InstanceMethod<ApexDatetime>;
const local = (rt: Interop) => rt.timeZone();
const utc = () => 'GMT';
const parts = {
  year: gmt((w) => w.year),
  month: gmt((w) => w.month),
  day: gmt((w) => w.day),
  hour: gmt((w) => w.hour),
  minute: gmt((w) => w.minute),
  second: gmt((w) => w.second),
  millisecond: gmt((w) => w.millisecond),
  dayOfYear: gmt((w) => (utcOf(w.year, w.month, w.day) - utcOf(w.year, 1, 1)) / DAY + 1)
};

/** Adds calendar units in the user's time zone (wall time kept across daylight saving). */
function addCalendar(rt: Interop, dt: ApexDatetime, months: number, days: number): ApexDatetime {
  const zone = rt.timeZone();
  const w = wallTime(zone, dt.millis);
  const [y, m, d] = addMonthsTo(w.year, w.month, w.day, months);
  return new ApexDatetime(
    instantOf(zone, y, m, d + days, w.hour, w.minute, w.second, w.millisecond)
  );
}

const addExact =
  (what: string, unit: number): InstanceMethod<ApexDatetime> =>
  (rt, dt, args) => {
    arity(rt, what, args, 1);
    return new ApexDatetime(dt.millis + unit * int(rt, what, args[0]));
  };

export const DATETIME_METHODS: Record<string, InstanceMethod<ApexDatetime>> = {
  adddays: (rt, dt, args) => {
    arity(rt, 'Datetime.addDays', args, 1);
    return addCalendar(rt, dt, 0, int(rt, 'Datetime.addDays', args[0]));
  },
  addmonths: (rt, dt, args) => {
    arity(rt, 'Datetime.addMonths', args, 1);
    return addCalendar(rt, dt, int(rt, 'Datetime.addMonths', args[0]), 0);
  },
  addyears: (rt, dt, args) => {
    arity(rt, 'Datetime.addYears', args, 1);
    return addCalendar(rt, dt, 12 * int(rt, 'Datetime.addYears', args[0]), 0);
  },
  addhours: addExact('Datetime.addHours', 3_600_000),
  addminutes: addExact('Datetime.addMinutes', 60_000),
  addseconds: addExact('Datetime.addSeconds', 1000),
  gettime: (_rt, dt) => dt.millis,
  date: (rt, dt) => localDate(rt.timeZone(), dt.millis),
  dategmt: (_rt, dt) => localDate('GMT', dt.millis),
  time: (rt, dt) => timeOf(rt.timeZone(), dt.millis),
  timegmt: (_rt, dt) => timeOf('GMT', dt.millis),
  year: parts.year(local),
  yeargmt: parts.year(utc),
  month: parts.month(local),
  monthgmt: parts.month(utc),
  day: parts.day(local),
  daygmt: parts.day(utc),
  hour: parts.hour(local),
  hourgmt: parts.hour(utc),
  minute: parts.minute(local),
  minutegmt: parts.minute(utc),
  second: parts.second(local),
  secondgmt: parts.second(utc),
  millisecond: parts.millisecond(local),
  millisecondgmt: parts.millisecond(utc),
  dayofyear: parts.dayOfYear(local),
  dayofyeargmt: parts.dayOfYear(utc),
  issameday: (rt, dt, args) => {
    arity(rt, 'Datetime.isSameDay', args, 1);
    const other = datetime(rt, 'Datetime.isSameDay', args[0]);
    const zone = rt.timeZone();
    return localDate(zone, dt.millis).toEpochDay() === localDate(zone, other.millis).toEpochDay();
  },
  format: (rt, dt, args) => {
    arity(rt, 'Datetime.format', args, 0, 1, 2);
    // Without a pattern: the en_US short date and time of the ICU locale formats.
    const pattern = args.length ? str(rt, 'Datetime.format', args[0]) : 'M/d/yyyy, h:mm a';
    const zone = args.length === 2 ? str(rt, 'Datetime.format', args[1]) : rt.timeZone();
    return formatDatetime(dt.millis, zone, pattern);
  },
  formatgmt: (rt, dt, args) => {
    arity(rt, 'Datetime.formatGmt', args, 1);
    return formatDatetime(dt.millis, 'GMT', str(rt, 'Datetime.formatGmt', args[0]));
  }
};

export const TIME_STATIC: Record<string, StaticMethod> = {
  newinstance: (rt, args) => {
    arity(rt, 'Time.newInstance', args, 4);
    const [h, m, s, ms] = ints(rt, 'Time.newInstance', args);
    return new ApexTime((((((h * 60 + m) * 60 + s) * 1000 + ms) % DAY) + DAY) % DAY);
  }
};

const addTime =
  (what: string, unit: number): InstanceMethod<ApexTime> =>
  (rt, t, args) => {
    arity(rt, what, args, 1);
    return new ApexTime((((t.millisOfDay + unit * int(rt, what, args[0])) % DAY) + DAY) % DAY);
  };

export const TIME_METHODS: Record<string, InstanceMethod<ApexTime>> = {
  addhours: addTime('Time.addHours', 3_600_000),
  addminutes: addTime('Time.addMinutes', 60_000),
  addseconds: addTime('Time.addSeconds', 1000),
  addmilliseconds: addTime('Time.addMilliseconds', 1),
  hour: (_rt, t) => Math.floor(t.millisOfDay / 3_600_000),
  minute: (_rt, t) => Math.floor(t.millisOfDay / 60_000) % 60,
  second: (_rt, t) => Math.floor(t.millisOfDay / 1000) % 60,
  millisecond: (_rt, t) => t.millisOfDay % 1000
};
