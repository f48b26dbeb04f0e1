/**
 * The P&C calendar of one gemeenschappelijke regeling for one begrotingsjaar: pure (no I/O, no clock).
 * Statutory text: Wgr (BWBR0003740) valid from 2022-05-01 (last text before the amendment) and from
 * 2022-07-01 (Wet van 15 december 2021, Stb. 2022, 18; in force by Stb. 2022, 128).
 */
import {
  berekenTermijn,
  EERSTE_JAAR,
  vasteDatum,
  type Kalender,
  type TermijnResultaat,
} from '../../../kalender';
import type { Vorm } from '../../regelingen/domain/types';
import { dagenTussen, isDatum, plusDagen } from './datum';
import {
  pcStappen,
  stukken,
  type CyclusInput,
  type CyclusItem,
  type CyclusStatus,
  type CyclusWaarschuwing,
  type CyclusWaarschuwingCode,
  type EigenAfspraak,
  type Ontvanger,
  type PcStap,
  type Regime,
  type Stuk,
  type Vergadering,
} from './types';

/** Entry into force of the amended art. 34, 34b, 35, 58, 58b, 59 (Stb. 2022, 128). */
export const INWERKINGTREDING_2022 = '2022-07-01';
/** The year whose budget cycle straddles the amendment (begrotingsjaar 2023). */
const OVERGANGSJAAR = 2022;
/** From this date on both rule sets can no longer straddle 1 July 2022, so the old one is not computed. */
const NA_OVERGANG = '2023-01-01';
const OVERGANGSRECHT = 'Stb. 2022, 18 art. V';

/** The rules that changed on 1 July 2022 ('MM-DD' dates are "vóór" dates; the latest day is the day before). */
export interface PcRegels {
  /** Art. 34b / 58b: kaders and voorlopige jaarrekening to the raden "vóór" this date of Y-1. */
  kadersVoor: string;
  /** Art. 35 lid 1 / 59 lid 1: ontwerpbegroting to the raden this many weeks before the AB (or adoption). */
  ontwerpWeken: number;
  /** Art. 34 lid 2 / 58 lid 2: begroting to the toezichthouder within two weeks, in any case "vóór" this date of Y-1. */
  begrotingToezichtVoor: string;
  /** Art. 34 lid 4 / 58 lid 4: jaarrekening to the toezichthouder within two weeks, in any case "vóór" this date of Y+1. */
  jaarrekeningToezichtVoor: string;
  /** Art. 35 lid 4 / 59 lid 4 (new in 2022): written, reasoned response to the zienswijzen. */
  reactieOpZienswijzen: boolean;
}

export const PC_REGELS: Readonly<Record<Regime, Readonly<PcRegels>>> = Object.freeze({
  voor_2022: Object.freeze({
    kadersVoor: '04-15',
    ontwerpWeken: 8,
    begrotingToezichtVoor: '08-01',
    jaarrekeningToezichtVoor: '07-15',
    reactieOpZienswijzen: false,
  }),
  vanaf_2022: Object.freeze({
    kadersVoor: '04-30',
    ontwerpWeken: 12,
    begrotingToezichtVoor: '09-15',
    jaarrekeningToezichtVoor: '07-15',
    reactieOpZienswijzen: true,
  }),
});

/**
 * Articles per step: chapter I (gemeenten only) and chapter IV (gemeenten and provincies; art. 58 names the
 * Minister of BZK as recipient). Chapters VI (art. 80, 80a, 81) and VII (art. 90, 90a, 91) hold the same
 * rules under other numbers; a boolean 'provincieNeemtDeel' cannot tell them apart, so chapter IV is cited.
 */
export const PC_ARTIKELEN: Readonly<
  Record<'hoofdstuk_i' | 'hoofdstuk_iv', Readonly<Record<PcStap, string>>>
> = Object.freeze({
  hoofdstuk_i: Object.freeze({
    kaders_voorlopige_jaarrekening: 'Wgr art. 34b',
    ontwerpbegroting_naar_raden: 'Wgr art. 35 lid 1',
    zienswijzen_raden: 'Wgr art. 35 lid 3',
    reactie_op_zienswijzen: 'Wgr art. 35 lid 4',
    vaststelling_begroting: 'Wgr art. 34 lid 1',
    begroting_naar_toezichthouder: 'Wgr art. 34 lid 2',
    vaststelling_jaarrekening: 'Wgr art. 34 lid 3',
    jaarrekening_naar_toezichthouder: 'Wgr art. 34 lid 4',
  }),
  hoofdstuk_iv: Object.freeze({
    kaders_voorlopige_jaarrekening: 'Wgr art. 58b',
    ontwerpbegroting_naar_raden: 'Wgr art. 59 lid 1',
    zienswijzen_raden: 'Wgr art. 59 lid 3',
    reactie_op_zienswijzen: 'Wgr art. 59 lid 4',
    vaststelling_begroting: 'Wgr art. 58 lid 1',
    begroting_naar_toezichthouder: 'Wgr art. 58 lid 2',
    vaststelling_jaarrekening: 'Wgr art. 58 lid 3',
    jaarrekening_naar_toezichthouder: 'Wgr art. 58 lid 4',
  }),
});

export const EIGEN_AFSPRAAK = 'eigen afspraak in de regeling';

/**
 * Forms with a begroting of their own. Art. 34, 34b and 35 address "het algemeen bestuur van het openbaar
 * lichaam, het bestuur van de bedrijfsvoeringsorganisatie of het gemeenschappelijk orgaan" (art. 8 lid 1–3).
 * A centrumgemeente (art. 8 lid 4) and a regeling zonder meer (art. 1) have no body and no begroting of their
 * own: costs run through the participants' own budgets, so the Wgr sets no P&C deadlines for them.
 */
export const VORMEN_MET_EIGEN_BEGROTING: readonly Vorm[] = Object.freeze([
  'openbaar_lichaam',
  'bedrijfsvoeringsorganisatie',
  'gemeenschappelijk_orgaan',
]);

/** Regime chosen by date: the 2022 text for dates on or after 1 July 2022. */
export const regimeOp = (datum: string): Regime =>
  datum >= INWERKINGTREDING_2022 ? 'vanaf_2022' : 'voor_2022';

const OPEN_CODES = new Set<string>([
  'overgangsrecht_open',
  'vaste_datum_atw_open',
  'gelijkstelling_onbevestigd',
  'regeling_atw_open',
  'reactie_tijdstip_open',
]);

// ---- cached computations (berekenTermijn walks the calendar day by day; results are reused per Kalender) ----

const MAX_CACHE = 50_000;
const caches = new WeakMap<Kalender, Map<string, TermijnResultaat>>();

function bevries<T>(waarde: T): T {
  if (waarde && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    Object.freeze(waarde);
    for (const v of Object.values(waarde)) bevries(v);
  }
  return waarde;
}

function gecached(kalender: Kalender, sleutel: string, bereken: () => TermijnResultaat): TermijnResultaat {
  let cache = caches.get(kalender);
  if (!cache) caches.set(kalender, (cache = new Map<string, TermijnResultaat>()));
  let r = cache.get(sleutel);
  if (!r) {
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(sleutel, (r = bevries(bereken())));
  }
  return r;
}

const wekenTerug = (start: string, aantal: number, grondslag: 'wet' | 'regeling', kalender: Kalender) =>
  gecached(kalender, `t|${start}|${aantal}|${grondslag}`, () =>
    berekenTermijn({ start, duur: { eenheid: 'weken', aantal }, richting: 'terug', grondslag, kalender }),
  );

/** "binnen twee weken na de vaststelling" (art. 34 lid 2, lid 4): a forward period in a wet, Atw art. 1–2 apply. */
const tweeWekenNa = (start: string, kalender: Kalender) =>
  gecached(kalender, `v|${start}`, () =>
    berekenTermijn({
      start,
      duur: { eenheid: 'weken', aantal: 2 },
      richting: 'vooruit',
      grondslag: 'wet',
      kalender,
    }),
  );

const vast = (datum: string, wijze: 'voor' | 'uiterlijk', kalender: Kalender) =>
  gecached(kalender, `f|${datum}|${wijze}`, () => vasteDatum(datum, kalender, wijze));

// ---- small helpers ----

const jaarVan = (datum: string) => Number(datum.slice(0, 4));

function w(
  code: CyclusWaarschuwingCode,
  artikel?: string,
  data?: Record<string, unknown>,
): CyclusWaarschuwing {
  const uit: CyclusWaarschuwing = { code };
  if (artikel) uit.artikel = artikel;
  if (data) uit.data = data;
  return uit;
}

function status(onbekend: boolean, waarschuwingen: readonly CyclusWaarschuwing[]): CyclusStatus {
  if (onbekend) return 'onbekend';
  return waarschuwingen.some((x) => OPEN_CODES.has(x.code)) ? 'open' : 'bevestigd';
}

// ---- validation ----

const STUKKEN = new Set<string>(stukken);
const STAPPEN = new Set<string>(pcStappen);

function valideer(input: CyclusInput): void {
  const y = input.begrotingsjaar;
  if (!Number.isInteger(y) || y < EERSTE_JAAR + 2 || y > 9998)
    throw new RangeError(`Invalid begrotingsjaar: ${String(y)}`);
  for (const v of input.vergaderingen) {
    if (!isDatum(v.datum)) throw new RangeError(`Invalid vergadering datum: ${String(v.datum)}`);
    if (v.verzendDatum != null && !isDatum(v.verzendDatum))
      throw new RangeError(`Invalid verzendDatum: ${String(v.verzendDatum)}`);
    if (v.begrotingsjaar != null && !Number.isInteger(v.begrotingsjaar))
      throw new RangeError(`Invalid vergadering begrotingsjaar: ${String(v.begrotingsjaar)}`);
    for (const s of v.stukken) if (!STUKKEN.has(s)) throw new RangeError(`Unknown stuk: ${String(s)}`);
  }
  for (const a of input.eigenAfspraken) {
    if (!STAPPEN.has(a.stap)) throw new RangeError(`Unknown stap: ${String(a.stap)}`);
    if (a.uiterlijk != null && !(/^\d{2}-\d{2}$/.test(a.uiterlijk) && isDatum(`2000-${a.uiterlijk}`)))
      throw new RangeError(`Invalid uiterlijk (expected MM-DD): ${String(a.uiterlijk)}`);
    const weken = a.wekenVoorVergadering;
    if (weken != null && (!Number.isSafeInteger(weken) || weken < 1))
      throw new RangeError(`Invalid wekenVoorVergadering: ${String(weken)}`);
  }
}

// ---- choosing the meeting ----

interface GekozenVergadering {
  vergadering: Vergadering | null;
  waarschuwingen: CyclusWaarschuwing[];
}

/**
 * The meeting that adopts the begroting (jaarrekening) of begrotingsjaar y: the last meeting with that stuk
 * whose explicit begrotingsjaar is y, or, without one, that falls in the year the law names (`jaar`).
 */
function kiesVergadering(
  vergaderingen: readonly Vergadering[],
  stuk: Stuk,
  y: number,
  jaar: number,
  artikel: string,
  code: CyclusWaarschuwingCode,
): GekozenVergadering {
  let gekozen: Vergadering | null = null;
  const ids: string[] = [];
  for (const v of vergaderingen) {
    if (!v.stukken.includes(stuk)) continue;
    if (v.begrotingsjaar != null ? v.begrotingsjaar !== y : jaarVan(v.datum) !== jaar) continue;
    ids.push(v.id);
    if (!gekozen || v.datum >= gekozen.datum) gekozen = v;
  }
  const waarschuwingen: CyclusWaarschuwing[] = [];
  if (gekozen && jaarVan(gekozen.datum) !== jaar)
    waarschuwingen.push(w(code, artikel, { vergaderingId: gekozen.id, datum: gekozen.datum, jaar }));
  if (gekozen && ids.length > 1)
    waarschuwingen.push(w('meerdere_vergaderingen', artikel, { vergaderingIds: ids, gekozen: gekozen.id }));
  return { vergadering: gekozen, waarschuwingen };
}

// ---- regime choice ----

interface Uitkomst {
  datum: string | null;
  berekening?: TermijnResultaat;
  data?: Record<string, unknown>;
  waarschuwingen: CyclusWaarschuwing[];
}

interface Keuze {
  regime: Regime;
  uitkomst: Uitkomst;
}

/**
 * Computes a step under the 2022 rules; a date on or after 1 July 2022 keeps them, an earlier one uses the
 * rules before (without a date: `referentie` decides). When both rule sets give a different result and the
 * step belongs to the 2022 cycle or its dates straddle 1 July 2022, the choice rests on the transitional law
 * (art. V of Stb. 2022, 18: OPEN), so the item warns 'overgangsrecht_open' with the other result.
 * Returns null when the step does not exist under the chosen rules.
 */
function kies(
  bereken: (regels: PcRegels) => Uitkomst | null,
  referentie: string,
  cyclusjaar: number,
  anker: string | null,
): Keuze | null {
  const nieuw = bereken(PC_REGELS.vanaf_2022);
  const ref = nieuw?.datum ?? referentie;
  const regime = regimeOp(ref);
  if (ref >= NA_OVERGANG) return nieuw && { regime, uitkomst: nieuw };
  const oud = bereken(PC_REGELS.voor_2022);
  const [uitkomst, ander] = regime === 'vanaf_2022' ? [nieuw, oud] : [oud, nieuw];
  if (!uitkomst) return null;
  const verschil = !ander || ander.datum !== uitkomst.datum;
  const datums = [nieuw?.datum, oud?.datum, anker].filter((d): d is string => !!d).sort();
  const overspant =
    datums.length > 0 && datums[0]! < INWERKINGTREDING_2022 && datums.at(-1)! >= INWERKINGTREDING_2022;
  if (verschil && (cyclusjaar === OVERGANGSJAAR || overspant)) {
    uitkomst.waarschuwingen.push(
      w('overgangsrecht_open', OVERGANGSRECHT, {
        regimeAlternatief: regime === 'vanaf_2022' ? 'voor_2022' : 'vanaf_2022',
        ...(ander ? { datumAlternatief: ander.datum } : { geenPlichtAlternatief: true }),
      }),
    );
  }
  return { regime, uitkomst };
}

function wetItem(
  stap: PcStap,
  artikel: string,
  keuze: Keuze,
  onbekend: boolean,
  ontvanger: Ontvanger,
  vergadering: Vergadering | null,
): CyclusItem {
  const { regime, uitkomst } = keuze;
  return {
    stap,
    datum: uitkomst.datum,
    bron: 'wet',
    artikel,
    regime,
    status: status(onbekend, uitkomst.waarschuwingen),
    ontvanger,
    ...(vergadering ? { vergaderingId: vergadering.id } : {}),
    ...(uitkomst.berekening ? { berekening: uitkomst.berekening } : {}),
    ...(uitkomst.data ? { data: uitkomst.data } : {}),
    waarschuwingen: uitkomst.waarschuwingen,
  };
}

/**
 * "binnen twee weken na de vaststelling, doch in ieder geval vóór <vaste datum>": the earlier of the two.
 * data: { binnenTweeWeken: date | null, vasteDatum: date, maatgevend: 'twee_weken' | 'vaste_datum' }.
 */
function naarToezichthouder(
  vergadering: Vergadering | null,
  vasteDag: string,
  artikel: string,
  artikelVaststelling: string,
  stuk: Stuk,
  kalender: Kalender,
): Uitkomst {
  const v = vast(vasteDag, 'voor', kalender);
  if (!vergadering) {
    return {
      datum: v.einddatum,
      berekening: v,
      data: { binnenTweeWeken: null, vasteDatum: v.einddatum, maatgevend: 'vaste_datum' },
      waarschuwingen: [
        w('geen_vergadering_gepland', artikelVaststelling, { stuk, regel: 'binnen_twee_weken' }),
        ...v.waarschuwingen,
      ],
    };
  }
  const t = tweeWekenNa(vergadering.datum, kalender);
  if (t.einddatum <= v.einddatum) {
    return {
      datum: t.einddatum,
      berekening: t,
      data: { binnenTweeWeken: t.einddatum, vasteDatum: v.einddatum, maatgevend: 'twee_weken' },
      waarschuwingen: [...t.waarschuwingen],
    };
  }
  return {
    datum: v.einddatum,
    berekening: v,
    data: { binnenTweeWeken: t.einddatum, vasteDatum: v.einddatum, maatgevend: 'vaste_datum' },
    waarschuwingen: [
      w('vaststelling_te_laat_voor_toezicht', artikel, {
        vergaderingId: vergadering.id,
        vergadering: vergadering.datum,
        binnenTweeWeken: t.einddatum,
        vasteDatum: v.einddatum,
      }),
      ...v.waarschuwingen,
    ],
  };
}

/** 'MM-DD' in `jaar`; 29 February in a year without it becomes 28 February, with a warning. */
function datumInJaar(jaar: number, mmdd: string, waarschuwingen: CyclusWaarschuwing[]): string {
  const datum = `${jaar}-${mmdd}`;
  if (isDatum(datum)) return datum;
  waarschuwingen.push(w('afspraak_datum_bestaat_niet', undefined, { uiterlijk: mmdd, jaar }));
  return `${jaar}-02-28`;
}

const JAARREKENING_STAPPEN = new Set<PcStap>([
  'vaststelling_jaarrekening',
  'jaarrekening_naar_toezichthouder',
]);

function afspraakItem(
  a: EigenAfspraak,
  wettelijk: CyclusItem | undefined,
  y: number,
  vergadering: Vergadering | null,
  kalender: Kalender,
): CyclusItem {
  const jaarrekening = JAARREKENING_STAPPEN.has(a.stap);
  const jaar = jaarrekening ? y + 1 : y - 1;
  const waarschuwingen: CyclusWaarschuwing[] = [];
  const kandidaten: { berekening: TermijnResultaat; maatgevend: string; vergadering?: Vergadering }[] = [];
  let onbekend = false;
  if (a.uiterlijk != null) {
    const datum = datumInJaar(jaar, a.uiterlijk, waarschuwingen);
    kandidaten.push({ berekening: vast(datum, 'uiterlijk', kalender), maatgevend: 'uiterlijk' });
  }
  if (a.wekenVoorVergadering != null) {
    if (vergadering) {
      kandidaten.push({
        berekening: wekenTerug(vergadering.datum, a.wekenVoorVergadering, 'regeling', kalender),
        maatgevend: 'weken_voor_vergadering',
        vergadering,
      });
    } else {
      onbekend = true;
      waarschuwingen.push(
        w('geen_vergadering_gepland', jaarrekening ? 'Wgr art. 34 lid 3' : 'Wgr art. 34 lid 1', {
          stuk: jaarrekening ? 'jaarrekening' : 'begroting',
        }),
      );
    }
  }
  if (a.uiterlijk == null && a.wekenVoorVergadering == null) {
    onbekend = true;
    waarschuwingen.push(w('afspraak_zonder_datum'));
  }
  kandidaten.sort((p, q) => (p.berekening.einddatum < q.berekening.einddatum ? -1 : 1));
  const gekozen = kandidaten[0];
  const datum = gekozen?.berekening.einddatum ?? null;
  if (gekozen) waarschuwingen.push(...gekozen.berekening.waarschuwingen);
  if (datum && wettelijk?.datum && datum > wettelijk.datum) {
    waarschuwingen.push(
      w('afspraak_later_dan_wet', wettelijk.artikel, {
        afspraak: datum,
        wet: wettelijk.datum,
        dagen: dagenTussen(wettelijk.datum, datum),
      }),
    );
  }
  return {
    stap: a.stap,
    datum,
    bron: 'regeling',
    artikel: EIGEN_AFSPRAAK,
    regime: wettelijk?.regime ?? regimeOp(datum ?? `${jaar}-12-31`),
    status: status(onbekend, waarschuwingen),
    ...(wettelijk?.ontvanger ? { ontvanger: wettelijk.ontvanger } : {}),
    ...(gekozen?.vergadering ? { vergaderingId: gekozen.vergadering.id } : {}),
    ...(gekozen ? { berekening: gekozen.berekening } : {}),
    ...(a.omschrijving ? { omschrijving: a.omschrijving } : {}),
    ...(kandidaten.length > 1 && gekozen ? { data: { maatgevend: gekozen.maatgevend } } : {}),
    waarschuwingen,
  };
}

/**
 * Generates the P&C calendar of one regeling for begrotingsjaar Y (Wgr art. 34, 34b, 35; chapter IV: art. 58,
 * 58b, 59), sorted by date (nulls last, stable; an agreement after its statutory item on the same date).
 *
 * - Returns [] for a centrumgemeente and a regeling zonder meer: no begroting of their own
 *   (see VORMEN_MET_EIGEN_BEGROTING).
 * - Regime by date: each step is computed under the 2022 text; a date on or after 1 July 2022 keeps it,
 *   an earlier one uses the text before (see kies()). So Y=2021 gets the old rules, Y=2027 the new ones,
 *   and Y=2023 (the cycle of 2022) gets 'overgangsrecht_open' where the two texts differ.
 * - Adopting meeting: the last planned meeting with stuk 'begroting' in Y-1 (art. 34 lid 1), or with
 *   begrotingsjaar Y set explicitly (then warns when outside Y-1). Jaarrekening: stuk 'jaarrekening' in Y+1
 *   (art. 34 lid 3). Without a meeting the dependent items have datum null, status 'onbekend' and
 *   'geen_vergadering_gepland'.
 * - kaders_voorlopige_jaarrekening: "vóór 30 april" Y-1 (before 2022 "vóór 15 april"); a fixed date, never
 *   moved; vasteDatum warns when the latest day is not a working day (status 'open': Atw OPEN).
 * - ontwerpbegroting_naar_raden: 12 weeks (before 2022: 8) before the meeting, counted back (Atw art. 1
 *   lid 2: no extension). data.moment: 'aanbieding_algemeen_bestuur' (OL) or 'vaststelling_door_bestuur'
 *   (BVO, GO: art. 35 lid 1 "onderscheidenlijk"). A verzendDatum after the latest day warns
 *   'minder_dan_wettelijke_termijn' with the days the councils actually get.
 * - zienswijzen_raden: no separate period in the law (art. 35 lid 3): until the ontwerpbegroting is offered,
 *   datum = the day before the meeting; data { vanaf, totEnMet, dagen } (vanaf = verzendDatum, else the
 *   latest sending day). Inherits 'overgangsrecht_open' from the ontwerpbegroting when vanaf rests on it.
 * - reactie_op_zienswijzen: only under the 2022 text (art. 35 lid 4), the day before the meeting. Chapter IV
 *   (art. 59 lid 4) names no moment: same date, 'reactie_tijdstip_open'.
 * - vaststelling_begroting / vaststelling_jaarrekening: the meeting date.
 * - begroting_naar_toezichthouder / jaarrekening_naar_toezichthouder: the earlier of two weeks after
 *   adoption (Atw applies) and the fixed date (vóór 15 september Y-1, before 2022 vóór 1 augustus; vóór
 *   15 juli Y+1); 'vaststelling_te_laat_voor_toezicht' when two weeks run past the fixed date. Recipient GS,
 *   or the Minister of BZK under chapter IV (art. 58).
 * - Eigen afspraken: one item per agreement with bron 'regeling' ('uiterlijk' MM-DD in the year of the step
 *   by law, or weeks before the meeting counted back with grondslag 'regeling'; both: the earlier);
 *   'afspraak_later_dan_wet' when later than the statutory date.
 *
 * Throws RangeError on invalid input. Results of the kalender computations are cached per Kalender and
 * frozen: treat `berekening` as read-only.
 */
export function begrotingscyclus(input: CyclusInput): CyclusItem[] {
  valideer(input);
  const { begrotingsjaar: y, vorm, provincieNeemtDeel, kalender } = input;
  if (!VORMEN_MET_EIGEN_BEGROTING.includes(vorm)) return [];

  const art = PC_ARTIKELEN[provincieNeemtDeel ? 'hoofdstuk_iv' : 'hoofdstuk_i'];
  const ol = vorm === 'openbaar_lichaam';
  const raden: Ontvanger = provincieNeemtDeel ? 'raden_en_provinciale_staten' : 'raden';
  const toezichthouder: Ontvanger = provincieNeemtDeel ? 'minister_bzk' : 'gedeputeerde_staten';
  const bestuur: Ontvanger = ol ? 'algemeen_bestuur' : 'bestuur';
  const cyclusjaar = y - 1;
  const referentie = `${y - 1}-09-14`;

  const kb = kiesVergadering(
    input.vergaderingen,
    'begroting',
    y,
    y - 1,
    art.vaststelling_begroting,
    'vaststelling_niet_in_jaar_voor_begrotingsjaar',
  );
  const kj = kiesVergadering(
    input.vergaderingen,
    'jaarrekening',
    y,
    y + 1,
    art.vaststelling_jaarrekening,
    'vaststelling_niet_in_jaar_na_begrotingsjaar',
  );
  const vb = kb.vergadering;
  const vj = kj.vergadering;
  const geenBegrotingsvergadering = () =>
    w('geen_vergadering_gepland', art.vaststelling_begroting, { stuk: 'begroting' });

  const items: CyclusItem[] = [];

  // Art. 34b / 58b: kaders and voorlopige jaarrekening.
  const kaders = kies(
    (r) => {
      const b = vast(`${y - 1}-${r.kadersVoor}`, 'voor', kalender);
      return { datum: b.einddatum, berekening: b, waarschuwingen: [...b.waarschuwingen] };
    },
    referentie,
    cyclusjaar,
    null,
  );
  if (kaders)
    items.push(
      wetItem(
        'kaders_voorlopige_jaarrekening',
        art.kaders_voorlopige_jaarrekening,
        kaders,
        false,
        raden,
        null,
      ),
    );

  // Art. 35 lid 1 / 59 lid 1: ontwerpbegroting to the raden.
  const moment = ol ? 'aanbieding_algemeen_bestuur' : 'vaststelling_door_bestuur';
  const ontwerp = kies(
    (r) => {
      if (!vb) return { datum: null, data: { moment }, waarschuwingen: [geenBegrotingsvergadering()] };
      const b = wekenTerug(vb.datum, r.ontwerpWeken, 'wet', kalender);
      const waarschuwingen: CyclusWaarschuwing[] = [...b.waarschuwingen];
      if (vb.verzendDatum && vb.verzendDatum > b.einddatum) {
        waarschuwingen.push(
          w('minder_dan_wettelijke_termijn', art.ontwerpbegroting_naar_raden, {
            verzendDatum: vb.verzendDatum,
            uiterlijk: b.einddatum,
            vergadering: vb.datum,
            dagen: dagenTussen(vb.verzendDatum, vb.datum),
            wettelijkeDagen: r.ontwerpWeken * 7,
            tekortDagen: dagenTussen(b.einddatum, vb.verzendDatum),
          }),
        );
      }
      const data: Record<string, unknown> = { moment };
      if (vb.verzendDatum) data.verzendDatum = vb.verzendDatum;
      return { datum: b.einddatum, berekening: b, data, waarschuwingen };
    },
    referentie,
    cyclusjaar,
    vb?.datum ?? null,
  );
  let ontwerpItem: CyclusItem | undefined;
  if (ontwerp) {
    ontwerpItem = wetItem(
      'ontwerpbegroting_naar_raden',
      art.ontwerpbegroting_naar_raden,
      ontwerp,
      !vb,
      raden,
      vb,
    );
    items.push(ontwerpItem);
  }

  // Art. 35 lid 3 / 59 lid 3: the zienswijze window, a consequence of lid 1.
  if (ontwerpItem) {
    const ontvanger: Ontvanger = ol ? 'dagelijks_bestuur' : 'bestuur';
    const waarschuwingen: CyclusWaarschuwing[] = [];
    let datum: string | null = null;
    let data: Record<string, unknown> | undefined;
    if (vb) {
      datum = plusDagen(vb.datum, -1);
      const vanaf = vb.verzendDatum ?? ontwerpItem.datum;
      data = { vanaf, totEnMet: datum, dagen: vanaf ? dagenTussen(vanaf, vb.datum) : null };
      if (!vb.verzendDatum)
        waarschuwingen.push(...ontwerpItem.waarschuwingen.filter((x) => x.code === 'overgangsrecht_open'));
    } else {
      waarschuwingen.push(geenBegrotingsvergadering());
    }
    items.push({
      stap: 'zienswijzen_raden',
      datum,
      bron: 'wet',
      artikel: art.zienswijzen_raden,
      regime: ontwerpItem.regime,
      status: status(!vb, waarschuwingen),
      ontvanger,
      ...(vb ? { vergaderingId: vb.id } : {}),
      ...(data ? { data } : {}),
      waarschuwingen,
    });
  }

  // Art. 35 lid 4 / 59 lid 4 (new in 2022): written, reasoned response before adoption.
  const reactie = kies(
    (r) => {
      if (!r.reactieOpZienswijzen) return null;
      const waarschuwingen: CyclusWaarschuwing[] = [];
      if (!vb) waarschuwingen.push(geenBegrotingsvergadering());
      if (provincieNeemtDeel) waarschuwingen.push(w('reactie_tijdstip_open', art.reactie_op_zienswijzen));
      return { datum: vb ? plusDagen(vb.datum, -1) : null, waarschuwingen };
    },
    referentie,
    cyclusjaar,
    vb?.datum ?? null,
  );
  if (reactie)
    items.push(wetItem('reactie_op_zienswijzen', art.reactie_op_zienswijzen, reactie, !vb, raden, vb));

  // Art. 34 lid 1 / 58 lid 1: adoption in Y-1.
  const vaststelling = kies(
    () => ({
      datum: vb?.datum ?? null,
      waarschuwingen: vb ? [...kb.waarschuwingen] : [geenBegrotingsvergadering()],
    }),
    referentie,
    cyclusjaar,
    null,
  );
  if (vaststelling)
    items.push(wetItem('vaststelling_begroting', art.vaststelling_begroting, vaststelling, !vb, bestuur, vb));

  // Art. 34 lid 2 / 58 lid 2: begroting to GS (Minister of BZK).
  const begrotingToezicht = kies(
    (r) =>
      naarToezichthouder(
        vb,
        `${y - 1}-${r.begrotingToezichtVoor}`,
        art.begroting_naar_toezichthouder,
        art.vaststelling_begroting,
        'begroting',
        kalender,
      ),
    referentie,
    cyclusjaar,
    vb?.datum ?? null,
  );
  if (begrotingToezicht)
    items.push(
      wetItem(
        'begroting_naar_toezichthouder',
        art.begroting_naar_toezichthouder,
        begrotingToezicht,
        !vb,
        toezichthouder,
        vb,
      ),
    );

  // Art. 34 lid 3–4 / 58 lid 3–4: jaarrekening of Y, adopted in Y+1 (unchanged in 2022).
  const referentieJaarrekening = `${y + 1}-07-14`;
  const vaststellingJaarrekening = kies(
    () => ({
      datum: vj?.datum ?? null,
      waarschuwingen: vj
        ? [...kj.waarschuwingen]
        : [w('geen_vergadering_gepland', art.vaststelling_jaarrekening, { stuk: 'jaarrekening' })],
    }),
    referentieJaarrekening,
    y + 1,
    null,
  );
  if (vaststellingJaarrekening)
    items.push(
      wetItem(
        'vaststelling_jaarrekening',
        art.vaststelling_jaarrekening,
        vaststellingJaarrekening,
        !vj,
        bestuur,
        vj,
      ),
    );
  const jaarrekeningToezicht = kies(
    (r) =>
      naarToezichthouder(
        vj,
        `${y + 1}-${r.jaarrekeningToezichtVoor}`,
        art.jaarrekening_naar_toezichthouder,
        art.vaststelling_jaarrekening,
        'jaarrekening',
        kalender,
      ),
    referentieJaarrekening,
    y + 1,
    vj?.datum ?? null,
  );
  if (jaarrekeningToezicht)
    items.push(
      wetItem(
        'jaarrekening_naar_toezichthouder',
        art.jaarrekening_naar_toezichthouder,
        jaarrekeningToezicht,
        !vj,
        toezichthouder,
        vj,
      ),
    );

  // Eigen afspraken, each directly after its statutory item (so the stable sort keeps it beside it).
  const uit: CyclusItem[] = [];
  const gebruikt = new Set<EigenAfspraak>();
  const afsprakenVoor = (stap: PcStap, wettelijk: CyclusItem | undefined) => {
    for (const a of input.eigenAfspraken) {
      if (a.stap !== stap || gebruikt.has(a)) continue;
      gebruikt.add(a);
      uit.push(afspraakItem(a, wettelijk, y, JAARREKENING_STAPPEN.has(stap) ? vj : vb, kalender));
    }
  };
  for (const item of items) {
    uit.push(item);
    afsprakenVoor(item.stap, item);
  }
  for (const stap of pcStappen) afsprakenVoor(stap, undefined);

  return uit
    .map((item, i) => ({ item, i }))
    .sort((p, q) => {
      const a = p.item.datum;
      const b = q.item.datum;
      if (a === b) return p.i - q.i;
      if (a === null) return 1;
      if (b === null) return -1;
      return a < b ? -1 : 1;
    })
    .map((x) => x.item);
}
