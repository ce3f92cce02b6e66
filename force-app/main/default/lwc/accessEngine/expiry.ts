// When a chosen expiry date ends an assignment: as Apex writes it (MfaEditorAssignmentService
// .expiryOf), at the start of that day in the acting user's time zone. A date-time is taken as
// given. One conversion, so that the preview and the write agree on "the same date" and on
// "in the future".
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second')
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a chosen expiry takes effect: for a date, the start of that day in `timeZone`
 * (IANA; default UTC); NaN for a value that is neither a date nor a date-time.
 */
export function expiryInstant(expirationDate: string, timeZone = 'UTC'): number {
  const date = DATE_ONLY.exec(expirationDate);
  if (date === null) return Date.parse(expirationDate);
  const midnightUtc = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  // 2026-13-45 is no date (Date.UTC would roll it over into 2027).
  if (new Date(midnightUtc).toISOString().slice(0, 10) !== expirationDate) return Number.NaN;
  // Twice: the offset at the first guess may differ from the offset at the answer (DST).
  const guess = midnightUtc - zoneOffsetMs(midnightUtc, timeZone);
  return midnightUtc - zoneOffsetMs(guess, timeZone);
}
