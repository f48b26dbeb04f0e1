/**
 * Calendar dates as 'YYYY-MM-DD' strings. Internally Temporal.PlainDate: no JS Date, no time zone,
 * no clock.
 */
import { Temporal } from 'temporal-polyfill';

const PATROON = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is an existing calendar date written exactly as 'YYYY-MM-DD'. */
export function isDatum(s: unknown): s is string {
  if (typeof s !== 'string' || !PATROON.test(s)) return false;
  try {
    Temporal.PlainDate.from(s);
    return true;
  } catch {
    return false;
  }
}

/** Parses a strict 'YYYY-MM-DD' string; throws RangeError otherwise. */
export function leesDatum(s: string): Temporal.PlainDate {
  if (!isDatum(s)) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${String(s)}`);
  return Temporal.PlainDate.from(s);
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: string, tot: string): number {
  return leesDatum(van).until(leesDatum(tot), { largestUnit: 'days' }).days;
}
