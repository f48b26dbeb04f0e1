/**
 * The algemeen erkende feestdagen of the Algemene termijnenwet (Atw, BWBR0002448), art. 3 lid 1 and 2.
 * Days equated by royal decree (art. 3 lid 3) are data: see gelijkgestelde-dagen.ts and kalender.ts.
 */
import { Temporal } from 'temporal-polyfill';

export interface Feestdag {
  datum: string;
  naam: string;
  /** E.g. 'Atw art. 3 lid 1'. */
  artikel: string;
}

/** First year supported: the KB of 24 April 1980 (Koninginnedag 30 April, Sunday rule) applies from then. */
export const EERSTE_JAAR = 1980;
const LAATSTE_JAAR = 9999;
const LID1 = 'Atw art. 3 lid 1';

/**
 * Easter Sunday (Eerste Paasdag) in the Gregorian calendar, by the anonymous Gregorian computus
 * (Meeus/Jones/Butcher). Needed for Atw art. 3 lid 1 (tweede Paas- en Pinksterdag, Hemelvaartsdag)
 * and art. 3 lid 2 (Goede Vrijdag).
 */
export function pasen(jaar: number): string {
  if (!Number.isInteger(jaar) || jaar < 1583 || jaar > LAATSTE_JAAR)
    throw new RangeError(`Unsupported year: ${jaar}`);
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Temporal.PlainDate.from({ year: jaar, month: Math.floor(n / 31), day: (n % 31) + 1 }).toString();
}

/**
 * The day "waarop de verjaardag van de Koning wordt gevierd" (Atw art. 3 lid 1).
 * From 2014: 27 April, Koningsdag (Besluit van 30 januari 2013, BWBR0032908, "behoudens uitzonderingen
 * in verband met zondagen"); 1980–2013: 30 April, Koninginnedag (KB 24 April 1980, BWBR0031338).
 * When that date is a Sunday it is celebrated on the Saturday before (26 resp. 29 April).
 */
function koningsdag(jaar: number): Feestdag {
  const vanaf2014 = jaar >= 2014;
  const dag = Temporal.PlainDate.from({ year: jaar, month: 4, day: vanaf2014 ? 27 : 30 });
  const datum = dag.dayOfWeek === 7 ? dag.subtract({ days: 1 }) : dag;
  return { datum: datum.toString(), naam: vanaf2014 ? 'Koningsdag' : 'Koninginnedag', artikel: LID1 };
}

/**
 * All algemeen erkende feestdagen of one year under Atw art. 3 lid 1 (Nieuwjaarsdag, tweede Paasdag,
 * Koningsdag, 5 mei — every year, not only lustrum years —, Hemelvaartsdag, tweede Pinksterdag, both
 * Kerstdagen) plus Goede Vrijdag (art. 3 lid 2), sorted by date. Eerste Paas- and Pinksterdag are not
 * listed in art. 3; they are Sundays anyway. Two entries can share a date (e.g. 5 May 2016 was also
 * Hemelvaartsdag). Supported years: 1980–9999 (earlier Koninginnedag rules are not modelled).
 */
export function algemeenErkendeFeestdagen(jaar: number): Feestdag[] {
  if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
    throw new RangeError(`Unsupported year: ${jaar} (supported ${EERSTE_JAAR}-${LAATSTE_JAAR})`);
  }
  const p = Temporal.PlainDate.from(pasen(jaar));
  const rondPasen = (dagen: number) => p.add({ days: dagen }).toString();
  const vast = (maand: number, dag: number) =>
    Temporal.PlainDate.from({ year: jaar, month: maand, day: dag }).toString();
  const lijst: Feestdag[] = [
    { datum: vast(1, 1), naam: 'Nieuwjaarsdag', artikel: LID1 },
    { datum: rondPasen(-2), naam: 'Goede Vrijdag', artikel: 'Atw art. 3 lid 2' },
    { datum: rondPasen(1), naam: 'Tweede Paasdag', artikel: LID1 },
    koningsdag(jaar),
    { datum: vast(5, 5), naam: 'Bevrijdingsdag', artikel: LID1 },
    { datum: rondPasen(39), naam: 'Hemelvaartsdag', artikel: LID1 },
    { datum: rondPasen(50), naam: 'Tweede Pinksterdag', artikel: LID1 },
    { datum: vast(12, 25), naam: 'Eerste Kerstdag', artikel: LID1 },
    { datum: vast(12, 26), naam: 'Tweede Kerstdag', artikel: LID1 },
  ];
  return lijst.sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0));
}
