import { callMethod, callStatic, apexToString } from '../../src/stdlib';
import { ApexDate, ApexDatetime, ApexDecimal, EnumValue } from '../../src/values';
import { fakeInterop } from './fakeInterop';

const rt = fakeInterop();
const la = fakeInterop({ timeZone: 'America/Los_Angeles' });

describe('numbers', () => {
  it('throws TypeException "Invalid integer" for text that is not a whole 32-bit number', () => {
    expect(() => callStatic(rt, 'Integer', 'valueOf', ['abc'])).toThrow('Invalid integer: abc');
    expect(() => callStatic(rt, 'Integer', 'valueOf', ['3000000000'])).toThrow('Invalid integer');
    expect(callStatic(rt, 'Integer', 'valueOf', ['-42'])).toBe(-42);
  });

  it('prints a Decimal with the scale it was written or set with', () => {
    const d = callStatic(rt, 'Decimal', 'valueOf', ['1.50']) as ApexDecimal;
    expect(apexToString(rt, d)).toBe('1.50');
    expect(apexToString(rt, callMethod(rt, new ApexDecimal(1, 0), 'setScale', [2]))).toBe('1.00');
    expect(callMethod(rt, d, 'scale', [])).toBe(2);
  });

  it('rounds setScale half-even by default and as told with a RoundingMode', () => {
    const at = (v: number, mode?: string) =>
      apexToString(
        rt,
        callMethod(
          rt,
          new ApexDecimal(v),
          'setScale',
          mode ? [2, new EnumValue('RoundingMode', mode, 0)] : [2]
        )
      );
    expect(at(2.345)).toBe('2.34');
    expect(at(2.355)).toBe('2.36');
    expect(at(2.345, 'HALF_UP')).toBe('2.35');
    expect(at(2.341, 'CEILING')).toBe('2.35');
  });

  it('prints a Double as Java does, in scientific notation from 10^7', () => {
    expect(apexToString(rt, new ApexDecimal(1e7, null, true))).toBe('1.0E7');
    expect(apexToString(rt, new ApexDecimal(2, null, true))).toBe('2.0');
  });

  it('keeps Math.min/max Integer for Integers and Decimal when one argument is a Decimal', () => {
    expect(callStatic(rt, 'Math', 'min', [3, 5])).toBe(3);
    expect(callStatic(rt, 'Math', 'max', [3, new ApexDecimal(2.5, 1)])).toEqual(
      new ApexDecimal(3, 0)
    );
    expect(callStatic(rt, 'Math', 'mod', [-7, 3])).toBe(-1);
    expect(() => callStatic(rt, 'Math', 'mod', [1, 0])).toThrow('Divide by 0');
  });

  it('formats an Integer with en_US grouping', () => {
    expect(callMethod(rt, 1234567, 'format', [])).toBe('1,234,567');
  });

  it('turns a 15-character Id into 18 and rejects text that is not an Id', () => {
    expect(callStatic(rt, 'Id', 'valueOf', ['005000000000001'])).toBe('005000000000001AAA');
    expect(() => callStatic(rt, 'Id', 'valueOf', ['abc'])).toThrow('Invalid id: abc');
  });
});

describe('dates and times', () => {
  const instant = new ApexDatetime(Date.UTC(2026, 11, 4, 3, 23, 3, 7));

  it('formats GMT with SimpleDateFormat quoting', () => {
    expect(callMethod(rt, instant, 'formatGmt', ["yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"])).toBe(
      '2026-12-04T03:23:03.007Z'
    );
    expect(callMethod(la, instant, 'format', ["EEE, MMM d ''yy h:mm a z"])).toBe(
      "Thu, Dec 3 '26 7:23 PM PST"
    );
  });

  it('prints a Datetime in the user time zone with String.valueOf and in GMT when concatenated', () => {
    expect(callStatic(la, 'String', 'valueOf', [instant])).toBe('2026-12-03 19:23:03');
    expect(apexToString(la, instant, 'concat')).toBe('2026-12-04 03:23:03');
  });

  it('takes Date.today and Datetime.date from the user time zone', () => {
    expect(callStatic(la, 'Date', 'today', [])).toEqual(new ApexDate(2026, 12, 3));
    expect(callMethod(rt, instant, 'date', [])).toEqual(new ApexDate(2026, 12, 4));
  });

  it('clamps addMonths to the end of a shorter month and counts daysBetween', () => {
    const jan31 = new ApexDate(2026, 1, 31);
    expect(callMethod(rt, jan31, 'addMonths', [1])).toEqual(new ApexDate(2026, 2, 28));
    expect(callMethod(rt, jan31, 'daysBetween', [new ApexDate(2026, 3, 1)])).toBe(29);
    expect(callMethod(rt, jan31, 'format', [])).toBe('1/31/2026');
  });

  it('builds Datetime.newInstance in the user time zone and newInstanceGmt in GMT', () => {
    const local = callStatic(la, 'Datetime', 'newInstance', [2026, 7, 1, 9, 0, 0]) as ApexDatetime;
    const gmt = callStatic(la, 'Datetime', 'newInstanceGmt', [2026, 7, 1, 9, 0, 0]) as ApexDatetime;
    expect(local.millis - gmt.millis).toBe(7 * 3_600_000);
    expect(callMethod(la, local, 'addMinutes', [30])).toEqual(
      new ApexDatetime(local.millis + 1_800_000)
    );
  });
});
