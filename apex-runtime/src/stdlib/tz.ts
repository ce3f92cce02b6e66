// Wall-clock fields of an instant in the running user's time zone, and back. Datetime methods
// without "Gmt" work in the context user's time zone (Apex Reference: Datetime Class).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function wallTime(zone: string, millis: number): WallTime {
  const millisecond = ((millis % 1000) + 1000) % 1000;
  if (zone === 'GMT' || zone === 'UTC') {
    const d = new Date(millis);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond
    };
  }
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(millis))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond
  };
}

/** Milliseconds to add to GMT to get the zone's wall time at this instant. */
export function offsetMillis(zone: string, millis: number): number {
  const w = wallTime(zone, millis);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - millis;
}

/** The instant whose wall time in the zone is the given one (month 1–12; fields may overflow). */
export function instantOf(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0
): number {
  const wall = utcOf(year, month, day, hour, minute, second, millisecond);
  let guess = wall - offsetMillis(zone, wall);
  guess = wall - offsetMillis(zone, guess);
  return guess;
}

/** Date.UTC that also accepts years 0–99 literally. */
export function utcOf(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0
): number {
  const base = new Date(0);
  base.setUTCFullYear(year, month - 1, day);
  base.setUTCHours(hour, minute, second, millisecond);
  return base.getTime();
}

/** 'PST', 'GMT', … and 'Pacific Standard Time' for SimpleDateFormat z / zzzz. */
export function zoneName(zone: string, millis: number, long: boolean): string {
  if (zone === 'GMT' || zone === 'UTC') return long ? 'Greenwich Mean Time' : 'GMT';
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    timeZoneName: long ? 'long' : 'short'
  });
  return f.formatToParts(new Date(millis)).find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
