// BigDecimal-style rounding on the decimal digits of a number (System.RoundingMode), done on
// the shortest decimal text of the double so that 2.675 rounds as the Decimal 2.675 does.
import { ApexError } from '../errors';
import { plainNumber } from './text';

export type RoundingMode =
  'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN' | 'UNNECESSARY';

export const ROUNDING_MODES: readonly RoundingMode[] = [
  'UP',
  'DOWN',
  'CEILING',
  'FLOOR',
  'HALF_UP',
  'HALF_DOWN',
  'HALF_EVEN',
  'UNNECESSARY'
];

/** Rounds `value` to `scale` digits after the point (scale may be negative). */
export function roundToScale(value: number, scale: number, mode: RoundingMode): number {
  if (!Number.isFinite(value)) return value;
  const negative = value < 0;
  const text = plainNumber(Math.abs(value));
  const [whole, fraction = ''] = text.split('.');
  const digits = whole + fraction;
  const point = whole.length;
  const keep = point + scale; // digits kept
  if (keep >= digits.length) return value;
  const kept = keep > 0 ? digits.slice(0, keep) : '0';
  const dropped = keep > 0 ? digits.slice(keep) : digits.padStart(digits.length - keep, '0');
  const first = Number(dropped[0]);
  const restNonZero = /[1-9]/.test(dropped.slice(1));
  const anyDropped = first > 0 || restNonZero;
  const lastKept = Number(kept[kept.length - 1] ?? '0');
  let increment: boolean;
  switch (mode) {
    case 'UP':
      increment = anyDropped;
      break;
    case 'DOWN':
      increment = false;
      break;
    case 'CEILING':
      increment = anyDropped && !negative;
      break;
    case 'FLOOR':
      increment = anyDropped && negative;
      break;
    case 'HALF_UP':
      increment = first >= 5;
      break;
    case 'HALF_DOWN':
      increment = first > 5 || (first === 5 && restNonZero);
      break;
    case 'HALF_EVEN':
      increment = first > 5 || (first === 5 && (restNonZero || lastKept % 2 === 1));
      break;
    case 'UNNECESSARY':
      if (anyDropped) throw new ApexError('MathException', 'Rounding necessary');
      increment = false;
      break;
  }
  // kept holds the digits down to 10^-scale: put the point back.
  const magnitude = Number(`${Number(kept) + (increment ? 1 : 0)}e${-scale}`);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}
