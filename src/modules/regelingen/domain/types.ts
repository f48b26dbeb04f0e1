import type { EigenAfspraak } from '../../begrotingscyclus/domain/types';

/**
 * The vocabulary of a gemeenschappelijke regeling, as plain data. No I/O.
 * Each term is explained with its article in docs/begrippen.md.
 */

/** Forms of cooperation, Wgr art. 8 (and art. 1 for a regeling without a body). */
export const vormen = [
  'openbaar_lichaam',
  'gemeenschappelijk_orgaan',
  'bedrijfsvoeringsorganisatie',
  'centrumgemeente',
  'regeling_zonder_meer',
] as const;
/**
 * The forms above plus 'onbekend': a regeling imported from a source that does not record its form
 * (OpenGR 2016). Never chosen in a form or the API input (those use `vormen`); unknown stays unknown.
 */
export const alleVormen = [...vormen, 'onbekend'] as const;
export type Vorm = (typeof alleVormen)[number];

/**
 * The bodies through which a participant enters a regeling: for gemeenten raad, college,
 * burgemeester (Wgr art. 1); for provinces PS, GS, CdK (art. 40); for waterschappen AB, DB,
 * voorzitter (art. 50); 'bestuur' for any other participant (openbare lichamen and rechtspersonen, art. 93 and 96).
 */
export const deelnemendeOrganen = [
  'raad',
  'college',
  'burgemeester',
  'provinciale_staten',
  'gedeputeerde_staten',
  'commissaris_koning',
  'waterschap_ab',
  'waterschap_db',
  'waterschap_voorzitter',
  'bestuur',
] as const;
export type DeelnemendOrgaan = (typeof deelnemendeOrganen)[number];

/** Organs of the regeling's own bestuur: AB, DB, voorzitter (art. 12), or one bestuur (art. 14a, 15). */
export const bestuursorganen = ['ab', 'db', 'voorzitter', 'bestuur'] as const;
export type Bestuursorgaan = (typeof bestuursorganen)[number];

/** A board member's role in their own organisation (Wgr art. 13 lid 1, 6, 7; art. 14a). */
export const functies = [
  'raadslid',
  'wethouder',
  'burgemeester',
  'statenlid',
  'gedeputeerde',
  'commissaris_koning',
  'waterschapsbestuurder',
  'secretaris',
  'anders',
] as const;
export type Functie = (typeof functies)[number];

/** Regeling type, derived from the participating bodies (Wgr art. 1 lid 1). */
export const regelingTypen = [
  'raadsregeling',
  'collegeregeling',
  'burgemeestersregeling',
  'gemengde_regeling',
  'onbekend',
] as const;
export type RegelingType = (typeof regelingTypen)[number];

/** A transferred power and its statutory basis (Wgr art. 10 lid 2). */
export interface Bevoegdheid {
  omschrijving: string;
  grondslag: string | null;
}

/** External identifiers of a regeling (ROO, TOOI, CVDR, publications). */
export interface ExterneReferenties {
  rooId?: string | null;
  tooiUri?: string | null;
  cvdrId?: string | null;
  publicaties?: string[];
}

/** A source of the data shown, with its date. */
export interface Bron {
  omschrijving: string;
  url?: string | null;
  datum?: string | null;
}

/** A decision that gets a council zienswijze under the regeling (Wgr art. 10 lid 5). */
export interface ZienswijzeBesluit {
  besluit: string;
  termijnWeken?: number | null;
  /** Whether the regeling declares the Algemene termijnenwet applicable to this period. */
  atwVanToepassing?: boolean | null;
}

/**
 * The regeling's own agreements on the four mandatory subjects (Wgr art. 10 lid 5–8, 11a,
 * 9 lid 1) and the information duty (art. 17 lid 3). Every field may be null: unknown
 * stays unknown, never invented.
 */
export interface Afspraken {
  zienswijzeBesluiten?: ZienswijzeBesluit[] | null;
  zienswijzeWijze?: string | null;
  participatie?: string | null;
  informatievoorziening?: string | null;
  /** Days within which questions of raadsleden are answered (art. 16 lid 2, 17: "de regeling regelt hoe"). */
  inlichtingenTermijnDagen?: number | null;
  evaluatieWijze?: string | null;
  evaluatieIntervalJaren?: number | null;
  uittredingVoorwaarden?: string | null;
  opzegtermijnMaanden?: number | null;
  uittredingKosten?: string | null;
  /** The regeling's own P&C agreements (e.g. "kaderbrief uiterlijk 1 februari"), beside the statutory dates. */
  pcAfspraken?: EigenAfspraak[] | null;
}

/** The cost-sharing key of one participant. */
export type Kostenverdeling =
  | { soort: 'percentage'; percentage: number }
  | { soort: 'per_inwoner'; peildatum: string | null }
  | { soort: 'anders'; omschrijving: string };
