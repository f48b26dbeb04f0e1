/**
 * A Kalender knows which dates the Atw treats as non-working: Saturday, Sunday (art. 1 lid 1), the
 * algemeen erkende feestdagen (art. 3 lid 1–2) and the days equated by royal decree (art. 3 lid 3).
 * The equated days are a parameter, so rows a beheerder stores in the database are taken into account.
 */
import { leesDatum } from './datum';
import { algemeenErkendeFeestdagen, type Feestdag } from './feestdagen';
import { GELIJKGESTELDE_DAGEN, type GelijkgesteldeDag } from './gelijkgestelde-dagen';

/** Why a date is not a working day in the sense of the Atw. */
export type NietWerkdagReden =
  | { soort: 'zaterdag' | 'zondag'; artikel: string }
  | ({ soort: 'feestdag' } & Feestdag)
  | ({ soort: 'gelijkgesteld'; artikel: string } & GelijkgesteldeDag);

export interface Kalender {
  /** All equated days this kalender uses (repository table plus extra rows). */
  readonly gelijkgesteldeDagen: readonly GelijkgesteldeDag[];
  /** Reasons why `datum` is a Saturday, Sunday or (equated) feestdag; empty for a working day. */
  redenen(datum: string): NietWerkdagReden[];
  /** True when `datum` is none of Saturday, Sunday, algemeen erkende or equated feestdag (Atw art. 1–3). */
  isWerkdag(datum: string): boolean;
}

/**
 * Builds a Kalender for Atw art. 1–3. `extraDagen` are equated days (art. 3 lid 3) added by a beheerder;
 * `basis` is the repository table GELIJKGESTELDE_DAGEN unless replaced. Throws RangeError on an invalid
 * date in either list. Lookups are for years 1980–9999 (see algemeenErkendeFeestdagen).
 */
export function maakKalender(
  extraDagen: readonly GelijkgesteldeDag[] = [],
  basis: readonly GelijkgesteldeDag[] = GELIJKGESTELDE_DAGEN,
): Kalender {
  const gelijkgesteldeDagen = Object.freeze([...basis, ...extraDagen]);
  const perDatum = new Map<string, GelijkgesteldeDag[]>();
  for (const g of gelijkgesteldeDagen) {
    const sleutel = leesDatum(g.datum).toString();
    perDatum.set(sleutel, [...(perDatum.get(sleutel) ?? []), g]);
  }
  const perJaar = new Map<number, Feestdag[]>();
  const feestdagen = (jaar: number) => {
    let lijst = perJaar.get(jaar);
    if (!lijst) perJaar.set(jaar, (lijst = algemeenErkendeFeestdagen(jaar)));
    return lijst;
  };
  const redenen = (datum: string): NietWerkdagReden[] => {
    const dag = leesDatum(datum);
    const uit: NietWerkdagReden[] = [];
    if (dag.dayOfWeek >= 6)
      uit.push({ soort: dag.dayOfWeek === 6 ? 'zaterdag' : 'zondag', artikel: 'Atw art. 1 lid 1' });
    for (const f of feestdagen(dag.year)) if (f.datum === datum) uit.push({ soort: 'feestdag', ...f });
    for (const g of perDatum.get(datum) ?? [])
      uit.push({ soort: 'gelijkgesteld', artikel: 'Atw art. 3 lid 3', ...g });
    return uit;
  };
  // Periods look at the same dates again and again (Atw art. 2 counts every day of a period):
  // remember each date's answer. Pure: the answer for a date never changes within one Kalender.
  const onthouden = new Map<string, NietWerkdagReden[]>();
  const redenenOnthouden = (datum: string): NietWerkdagReden[] => {
    let r = onthouden.get(datum);
    if (!r) onthouden.set(datum, (r = redenen(datum)));
    return r;
  };
  return {
    gelijkgesteldeDagen,
    redenen: (datum) => [...redenenOnthouden(datum)],
    isWerkdag: (datum) => redenenOnthouden(datum).length === 0,
  };
}

/** Kalender with the repository table of equated days only (Atw art. 3 lid 3). */
export const STANDAARD_KALENDER: Kalender = maakKalender();
