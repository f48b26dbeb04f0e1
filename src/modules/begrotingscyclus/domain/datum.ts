/**
 * Day arithmetic on 'YYYY-MM-DD' strings without Temporal: it runs for every regeling on every calendar
 * request, and the Temporal polyfill costs microseconds per call. Proleptic Gregorian calendar.
 */
const PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;
const schrikkeljaar = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
const dagenInMaand = (j: number, m: number) =>
  m === 2 ? (schrikkeljaar(j) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** True when `s` is an existing date written as 'YYYY-MM-DD' (same contract as isDatum in src/kalender). */
export function isDatum(s: unknown): s is string {
  const m = typeof s === 'string' ? PATROON.exec(s) : null;
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mnd >= 1 && mnd <= 12 && d >= 1 && d <= dagenInMaand(j, mnd);
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant, "days_from_civil"). */
export function dagnummer(datum: string): number {
  let j = Number(datum.slice(0, 4));
  const m = Number(datum.slice(5, 7));
  const d = Number(datum.slice(8, 10));
  if (m <= 2) j -= 1;
  const era = Math.floor(j / 400);
  const yoe = j - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function uitDagnummer(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const j = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const plusDagen = (datum: string, dagen: number) => uitDagnummer(dagnummer(datum) + dagen);
export const dagenTussen = (van: string, tot: string) => dagnummer(tot) - dagnummer(van);
