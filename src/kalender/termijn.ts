/**
 * Computing a termijn under the Algemene termijnenwet (Atw, BWBR0002448, text valid from 2010-10-10):
 * art. 1 (extension past Saturday, Sunday, feestdag; not for terugrekening), art. 2 (at least two
 * working days), art. 4 onder a (exclusions). Results carry codes only; views supply Dutch texts.
 */
import { Temporal } from 'temporal-polyfill';
import { leesDatum } from './datum';
import type { Duur } from './duur';
import type { Kalender } from './kalender';

export type StapCode =
  | 'nominaal'
  | 'uren_geen_verlenging'
  | 'terugrekening_geen_verlenging'
  | 'regeling_atw_van_toepassing_verklaard'
  | 'art1_verlengd'
  | 'art1_geen_verlenging_nodig'
  | 'art2_verlengd'
  | 'art2_voldaan'
  | 'art2_korter_dan_3_dagen'
  | 'vaste_datum';

export type WaarschuwingCode =
  | 'langer_dan_90_dagen'
  | 'langer_dan_12_weken'
  | 'langer_dan_3_maanden'
  | 'uren_tijdstip_onbekend'
  | 'regeling_atw_open'
  | 'eindigt_op_niet_werkdag'
  | 'gelijkstelling_onbevestigd'
  | 'vaste_datum_atw_open';

export interface Stap {
  code: StapCode;
  /** Article applied, e.g. 'Atw art. 1 lid 1'; null for plain counting. */
  artikel: string | null;
  van?: string;
  naar?: string;
  data?: Record<string, unknown>;
}

export interface Waarschuwing {
  code: WaarschuwingCode;
  artikel?: string;
  data?: Record<string, unknown>;
}

export interface TermijnResultaat {
  nominaleEinddatum: string;
  /** Last day of the termijn (vooruit) or latest day on which the act must take place (terug). */
  einddatum: string;
  verschoven: boolean;
  stappen: Stap[];
  waarschuwingen: Waarschuwing[];
}

export interface TermijnInput {
  /** Day of the event (e.g. receipt; vooruit) or of the moment counted back from (e.g. AB meeting; terug). */
  start: string;
  duur: Duur;
  richting: 'vooruit' | 'terug';
  /** 'wet' = set in a wet or AMvB (Atw art. 1, 5); 'regeling' = set in a gemeenschappelijke regeling. */
  grondslag: 'wet' | 'regeling';
  /** The regeling itself declares the Atw applicable. */
  atwVanToepassingVerklaard?: boolean;
  kalender: Kalender;
}

const ART4 = 'Atw art. 4 onder a';
const MAXIMUM = {
  dagen: [90, 'langer_dan_90_dagen'],
  weken: [12, 'langer_dan_12_weken'],
  maanden: [3, 'langer_dan_3_maanden'],
} as const;
const TEMPORAL_EENHEID = { dagen: 'days', weken: 'weeks', maanden: 'months' } as const;

const dagenTussen = (van: Temporal.PlainDate, tot: Temporal.PlainDate) =>
  van.until(tot, { largestUnit: 'days' }).days;

function volgendeWerkdag(dag: Temporal.PlainDate, kalender: Kalender): Temporal.PlainDate {
  while (!kalender.isWerkdag(dag.toString())) dag = dag.add({ days: 1 });
  return dag;
}

/** Applies Atw art. 1 lid 1 and art. 2 to a forward termijn from `start` (exclusive) to `nominaal`. */
function pasAtwToe(start: Temporal.PlainDate, nominaal: Temporal.PlainDate, kalender: Kalender) {
  const stappen: Stap[] = [];
  const betrokken: string[] = [];
  let eind = volgendeWerkdag(nominaal, kalender);
  if (eind.equals(nominaal)) {
    stappen.push({ code: 'art1_geen_verlenging_nodig', artikel: 'Atw art. 1 lid 1', naar: eind.toString() });
  } else {
    const overgeslagen = [];
    for (let d = nominaal; Temporal.PlainDate.compare(d, eind) < 0; d = d.add({ days: 1 })) {
      betrokken.push(d.toString());
      overgeslagen.push({ datum: d.toString(), redenen: kalender.redenen(d.toString()) });
    }
    stappen.push({
      code: 'art1_verlengd',
      artikel: 'Atw art. 1 lid 1',
      van: nominaal.toString(),
      naar: eind.toString(),
      data: { overgeslagen },
    });
  }
  const lengte = dagenTussen(start, nominaal);
  if (lengte < 3) {
    stappen.push({ code: 'art2_korter_dan_3_dagen', artikel: 'Atw art. 2', data: { dagen: lengte } });
    return { eind, stappen, betrokken };
  }
  // Count working days from the end backwards and stop at two: that is all art. 2 asks.
  let werkdagen = 0;
  for (let d = eind; werkdagen < 2 && Temporal.PlainDate.compare(d, start) > 0; d = d.subtract({ days: 1 })) {
    if (kalender.isWerkdag(d.toString())) werkdagen++;
  }
  if (werkdagen >= 2) {
    stappen.push({ code: 'art2_voldaan', artikel: 'Atw art. 2', data: { werkdagen } });
    return { eind, stappen, betrokken };
  }
  const van = eind;
  eind = volgendeWerkdag(eind.add({ days: 1 }), kalender);
  for (let d = start.add({ days: 1 }); Temporal.PlainDate.compare(d, eind) <= 0; d = d.add({ days: 1 }))
    betrokken.push(d.toString());
  stappen.push({
    code: 'art2_verlengd',
    artikel: 'Atw art. 2',
    van: van.toString(),
    naar: eind.toString(),
    data: { werkdagen },
  });
  return { eind, stappen, betrokken };
}

/** Warnings for dates whose non-working status rests on an equated day that is not yet confirmed. */
function onbevestigd(data: Iterable<string>, kalender: Kalender): Waarschuwing[] {
  return [...new Set(data)].flatMap((datum) =>
    kalender.redenen(datum).flatMap((r) =>
      r.soort === 'gelijkgesteld' && r.status === 'onbevestigd'
        ? [
            {
              code: 'gelijkstelling_onbevestigd' as const,
              artikel: 'Atw art. 3 lid 3',
              data: { datum, besluit: r.besluit },
            },
          ]
        : [],
    ),
  );
}

/** Warning when a deadline that is not moved falls on a Saturday, Sunday or (equated) feestdag. */
function nietWerkdag(datum: string, kalender: Kalender): Waarschuwing[] {
  const redenen = kalender.redenen(datum);
  if (redenen.length === 0) return [];
  return [{ code: 'eindigt_op_niet_werkdag', data: { datum, redenen } }, ...onbevestigd([datum], kalender)];
}

/**
 * Computes a termijn under the Algemene termijnenwet.
 * Counting: vooruit = from the day after `start`, ending N days / N weeks (same weekday) / N months (same
 * day of month, clamped to month end) after `start`; terug = `start` minus the duur (the latest day).
 * Hours: whole days, rounded to the earliest possible date (vooruit down, terug up).
 * Atw art. 4 onder a: no extension for hours or more than 90 dagen / 12 weken / 3 maanden (exactly 12
 * weeks is covered). Atw art. 1 lid 2: no extension for terugrekening. Atw art. 1 lid 1: an end on a
 * Saturday, Sunday or feestdag (incl. days equated under art. 3 lid 3) moves to the next day that is none
 * of these. Atw art. 2: a termijn of at least 3 days is extended until it contains two such days.
 * Grondslag 'regeling': the Atw covers wet (art. 1) and AMvB (art. 5); Gemeentewet art. 145 covers
 * gemeentelijke verordeningen, not a GR. Whether it applies to a GR is OPEN: no extension plus warning,
 * unless the regeling declares the Atw applicable. Throws RangeError on invalid input.
 */
export function berekenTermijn(input: TermijnInput): TermijnResultaat {
  const { duur, richting, kalender } = input;
  const start = leesDatum(input.start);
  const eenheidGeldig = duur.eenheid === 'uren' || Object.hasOwn(MAXIMUM, duur.eenheid);
  if (!eenheidGeldig || !Number.isSafeInteger(duur.aantal) || duur.aantal < 1) {
    throw new RangeError(`Invalid duur: ${JSON.stringify(duur)}`);
  }
  const vooruit = richting === 'vooruit';
  const stap =
    duur.eenheid === 'uren'
      ? { days: vooruit ? Math.floor(duur.aantal / 24) : Math.ceil(duur.aantal / 24) }
      : { [TEMPORAL_EENHEID[duur.eenheid]]: duur.aantal };
  const nominaal = vooruit ? start.add(stap) : start.subtract(stap);
  const nominaleEinddatum = nominaal.toString();
  const stappen: Stap[] = [
    {
      code: 'nominaal',
      artikel: null,
      van: input.start,
      naar: nominaleEinddatum,
      data: { ...duur, richting },
    },
  ];
  const waarschuwingen: Waarschuwing[] = [];
  let atw = true;
  if (duur.eenheid === 'uren') {
    atw = false;
    stappen.push({ code: 'uren_geen_verlenging', artikel: ART4 });
    if (duur.aantal % 24 !== 0)
      waarschuwingen.push({ code: 'uren_tijdstip_onbekend', data: { uren: duur.aantal } });
  } else if (duur.aantal > MAXIMUM[duur.eenheid][0]) {
    atw = false;
    waarschuwingen.push({ code: MAXIMUM[duur.eenheid][1], artikel: ART4, data: { ...duur } });
  }
  if (!vooruit) {
    atw = false;
    stappen.push({ code: 'terugrekening_geen_verlenging', artikel: 'Atw art. 1 lid 2' });
  }
  let eind = nominaal;
  if (atw) {
    const toegepast = pasAtwToe(start, nominaal, kalender);
    if (input.grondslag === 'regeling' && !input.atwVanToepassingVerklaard) {
      waarschuwingen.push({
        code: 'regeling_atw_open',
        artikel: 'Gemeentewet art. 145',
        data: { einddatumAlsAtwGeldt: toegepast.eind.toString() },
      });
    } else {
      if (input.grondslag === 'regeling')
        stappen.push({ code: 'regeling_atw_van_toepassing_verklaard', artikel: 'Atw art. 1–4' });
      stappen.push(...toegepast.stappen);
      waarschuwingen.push(...onbevestigd(toegepast.betrokken, kalender));
      eind = toegepast.eind;
    }
  }
  const einddatum = eind.toString();
  if (!eind.equals(volgendeWerkdag(eind, kalender))) waarschuwingen.push(...nietWerkdag(einddatum, kalender));
  return {
    nominaleEinddatum,
    einddatum,
    verschoven: einddatum !== nominaleEinddatum,
    stappen,
    waarschuwingen,
  };
}

/**
 * A fixed calendar deadline ("vóór 15 september": `wijze` 'voor' (default), latest day 14 September;
 * "uiterlijk 15 september": `wijze` 'uiterlijk'). Never moved: whether such a deadline is a termijn that
 * Atw art. 1 lid 1 extends is OPEN. When the latest day is a Saturday, Sunday or (equated) feestdag the
 * result warns, and names the next working day on which it would end if the Atw applied.
 */
export function vasteDatum(
  datum: string,
  kalender: Kalender,
  wijze: 'voor' | 'uiterlijk' = 'voor',
): TermijnResultaat {
  const genoemd = leesDatum(datum);
  const laatste = wijze === 'voor' ? genoemd.subtract({ days: 1 }) : genoemd;
  const einddatum = laatste.toString();
  const waarschuwingen = nietWerkdag(einddatum, kalender);
  if (waarschuwingen.length > 0) {
    const eerstvolgendeWerkdag = volgendeWerkdag(laatste, kalender).toString();
    waarschuwingen.push({
      code: 'vaste_datum_atw_open',
      artikel: 'Atw art. 1 lid 1',
      data: { eerstvolgendeWerkdag },
    });
  }
  const stappen: Stap[] = [
    { code: 'vaste_datum', artikel: null, van: datum, naar: einddatum, data: { wijze } },
  ];
  return { nominaleEinddatum: einddatum, einddatum, verschoven: false, stappen, waarschuwingen };
}
