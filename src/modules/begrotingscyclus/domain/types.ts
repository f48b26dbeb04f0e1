/**
 * The vocabulary of the planning & control (P&C) cycle of a gemeenschappelijke regeling, as plain data.
 * Codes only: the Dutch texts live in the views. Articles: Wgr art. 34, 34b, 35 (gemeenten only, chapter I)
 * and art. 58, 58b, 59 (gemeenten and provincies, chapter IV), as valid before and from 1 July 2022.
 */
import type { Kalender, TermijnResultaat, WaarschuwingCode } from '../../../kalender';
import type { Vorm } from '../../regelingen/domain/types';

/** P&C documents that can be on the agenda of a meeting of the AB (or the bestuur of a BVO/GO). */
export const stukken = [
  'kaders',
  'ontwerpbegroting',
  'begroting',
  'begrotingswijziging',
  'jaarrekening',
] as const;
export type Stuk = (typeof stukken)[number];

/** A planned meeting of the algemeen bestuur of an OL, or of the bestuur of a BVO or GO. */
export interface Vergadering {
  id: string;
  /** 'YYYY-MM-DD'. */
  datum: string;
  stukken: readonly Stuk[];
  /** Planned date on which the stukken go to the councils ('YYYY-MM-DD'), if known. */
  verzendDatum?: string | null;
  /**
   * The begrotingsjaar the begroting or jaarrekening on the agenda belongs to, when it is not the default
   * (begroting: the year after the meeting, art. 34 lid 1; jaarrekening: the year before, art. 34 lid 3).
   * Only with this set can a meeting outside that year be recognised as the adopting one.
   */
  begrotingsjaar?: number | null;
}

/** The steps of the cycle for one begrotingsjaar Y, in statutory order. */
export const pcStappen = [
  'kaders_voorlopige_jaarrekening',
  'ontwerpbegroting_naar_raden',
  'zienswijzen_raden',
  'reactie_op_zienswijzen',
  'vaststelling_begroting',
  'begroting_naar_toezichthouder',
  'vaststelling_jaarrekening',
  'jaarrekening_naar_toezichthouder',
] as const;
export type PcStap = (typeof pcStappen)[number];

/** A deadline the regeling (or the region) agreed itself, shown beside the statutory one. */
export interface EigenAfspraak {
  stap: PcStap;
  /** 'MM-DD', inclusive ("uiterlijk"), in the calendar year in which the step falls by law (Y-1; Y+1 for the jaarrekening). */
  uiterlijk?: string | null;
  /** Whole weeks before the adopting meeting (the jaarrekening meeting for the jaarrekening steps), counted back. */
  wekenVoorVergadering?: number | null;
  omschrijving?: string | null;
}

export interface CyclusInput {
  begrotingsjaar: number;
  vorm: Vorm;
  /** A provincie participates (Wgr chapter IV): articles 58, 58b, 59 instead of 34, 34b, 35. */
  provincieNeemtDeel: boolean;
  vergaderingen: readonly Vergadering[];
  eigenAfspraken: readonly EigenAfspraak[];
  /** Reused across calls: results are cached per Kalender. */
  kalender: Kalender;
}

/** Which text of the Wgr applied: before or from 1 July 2022 (Stb. 2022, 18; Stb. 2022, 128). */
export type Regime = 'voor_2022' | 'vanaf_2022';

/**
 * 'bevestigd': follows from the statutory text; 'open': rests on a point that is OPEN or UNCONFIRMED
 * (transitional law, whether the Atw moves a fixed date, an unconfirmed equated day); 'onbekend': the
 * meeting it depends on is not planned, or the agreement names no date.
 */
export type CyclusStatus = 'bevestigd' | 'open' | 'onbekend';

/**
 * The body a step is addressed to; for a vaststelling, the body that adopts. Under chapter IV the
 * kaders, ontwerpbegroting and reactie also go to provinciale staten (art. 58b, 59 lid 1, lid 4).
 */
export type Ontvanger =
  | 'raden'
  | 'raden_en_provinciale_staten'
  | 'dagelijks_bestuur'
  | 'bestuur'
  | 'algemeen_bestuur'
  | 'gedeputeerde_staten'
  | 'minister_bzk';

/** Codes this module adds to those of the kalender (WaarschuwingCode). */
export type CyclusWaarschuwingCode =
  | 'overgangsrecht_open'
  | 'geen_vergadering_gepland'
  | 'meerdere_vergaderingen'
  | 'vaststelling_niet_in_jaar_voor_begrotingsjaar'
  | 'vaststelling_niet_in_jaar_na_begrotingsjaar'
  | 'minder_dan_wettelijke_termijn'
  | 'vaststelling_te_laat_voor_toezicht'
  | 'reactie_tijdstip_open'
  | 'afspraak_later_dan_wet'
  | 'afspraak_zonder_datum'
  | 'afspraak_datum_bestaat_niet';

export interface CyclusWaarschuwing {
  code: CyclusWaarschuwingCode | WaarschuwingCode;
  artikel?: string;
  data?: Record<string, unknown>;
}

export interface CyclusItem {
  stap: PcStap;
  /** Latest date by law or agreement ('YYYY-MM-DD'); null when it depends on a meeting that is not planned. */
  datum: string | null;
  /** 'wet': statutory; 'regeling': the regeling's own agreement, shown beside the statutory item. */
  bron: 'wet' | 'regeling';
  /** E.g. 'Wgr art. 34b', 'Wgr art. 35 lid 1', 'Wgr art. 58 lid 2'; 'eigen afspraak in de regeling'. */
  artikel: string;
  regime: Regime;
  status: CyclusStatus;
  ontvanger?: Ontvanger;
  vergaderingId?: string;
  /** The explained computation from src/kalender where one applies (shared and frozen: read only). */
  berekening?: TermijnResultaat;
  /** The agreement's own description (bron 'regeling'). */
  omschrijving?: string;
  /** Values the view may use; per step documented at begrotingscyclus(). */
  data?: Record<string, unknown>;
  waarschuwingen: CyclusWaarschuwing[];
}
