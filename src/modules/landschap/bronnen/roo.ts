/**
 * The national register of gemeenschappelijke regelingen (ROO, kept for the Minister of BZK under the
 * Wgr) as plain records, the same for both ways it is published: the daily XML export `exportOO.xml`
 * (`roo-xml.ts`, bron 'roo') and the open Polder dataset's YAML (`roo-polder.ts`, bron 'roo-polder').
 *
 * Kept per regeling: ROO id, title, citation title, purpose, form (the register's words and Grip's
 * `Vorm`), how powers were obtained, the powers per article, legal bases, founding decisions, policy
 * areas, the organisations it refers to (samenwerkingsorgaan, bronhouder, archiefzorgdrager), dates in
 * force and the links to the previous and next version. Per participation: the participant (name, ROO
 * id, TOOI URI, OWMS, CBS code when the TOOI URI or organisatiecode gives one), entry and exit date,
 * the bodies that entered (the register's words and Grip's `DeelnemendOrgaan`) and the cost key.
 * A participant that cannot be identified keeps its name: nothing is dropped.
 */
import type { DeelnemendOrgaan, Vorm } from '../../regelingen/domain/types';
import type { BronNaam, Herkomst } from './bron';

/** A reference to an organisation as the register writes it. */
export interface RooVerwijzing {
  naam: string | null;
  rooId: string | null;
  tooi: string | null;
  owms: string | null;
  /** GM0363 / PV27 / WS0652 from the TOOI URI (or the organisatiecode); null for other kinds. */
  cbsCode: string | null;
}

export interface RooOrgaan {
  /** As registered, e.g. 'College van burgemeester en wethouders'. */
  naam: string;
  owms: string | null;
  tooi: string | null;
  /** Grip's vocabulary; null when the name is not one of the bodies of Wgr art. 1, 40, 50 (e.g. 'Minister'). */
  orgaan: DeelnemendOrgaan | null;
}

export interface RooDeelname {
  bron: Extract<BronNaam, 'roo' | 'roo-polder'>;
  peildatum: string | null;
  regelingRooId: string;
  /** 1-based position in the regeling's list of participants. */
  volgnummer: number;
  deelnemer: RooVerwijzing;
  /** 'YYYY-MM-DD' or null. */
  toetredingsdatum: string | null;
  /** 'YYYY-MM-DD' or null; the Polder YAML has none (an exit shows as a new version without the participant). */
  uittredingsdatum: string | null;
  organen: RooOrgaan[];
  /** Cost key in percent (the register's '5,1' → 5.1), null when not given. */
  verdeelsleutel: number | null;
  verdeelsleutelTekst: string | null;
  herkomst: Herkomst;
}

export interface RooRegeling {
  bron: Extract<BronNaam, 'roo' | 'roo-polder'>;
  /** The day the register was read (Polder: `sources[].retrieved`; XML: given by the caller). */
  peildatum: string | null;
  rooId: string;
  /** Polder's own id (`org:gr-…`); null for the XML. */
  polderId: string | null;
  titel: string;
  citeertitel: string | null;
  doel: string | null;
  /** The register's words without stray quotes, e.g. 'Regeling zonder meer'. */
  samenwerkingsvorm: string | null;
  /** OL, GO, BVO, RZM, … */
  samenwerkingsvormAfkorting: string | null;
  vorm: Vorm | null;
  bevoegdheidsverkrijgingen: string[];
  bevoegdheden: { kop: string | null; inhoud: string | null }[];
  wettelijkeGrondslagen: { opschrift: string | null; referentie: string | null }[];
  instellingsbesluiten: string[];
  beleidsterreinen: { naam: string; tooi: string | null }[];
  regionaalSamenwerkingsorgaan: RooVerwijzing | null;
  bronhouder: RooVerwijzing | null;
  archiefzorgdrager: RooVerwijzing | null;
  datumInwerkingtreding: string | null;
  datumUitwerkingtreding: string | null;
  vorigeVersie: { rooId: string | null; naam: string | null } | null;
  volgendeVersie: { rooId: string | null; naam: string | null } | null;
  datumMutatie: string | null;
  datumVerificatie: string | null;
  deelnames: RooDeelname[];
  herkomst: Herkomst;
}

export type RooOrganisatieSoort =
  'gemeente' | 'provincie' | 'waterschap' | 'samenwerkingsorganisatie' | 'ministerie' | 'overig';

export interface RooOrganisatie {
  bron: Extract<BronNaam, 'roo' | 'roo-polder'>;
  peildatum: string | null;
  soort: RooOrganisatieSoort;
  /** The register's own type words (XML `types/type`, Polder `type`). */
  typen: string[];
  naam: string;
  afkorting: string | null;
  namen: { naam: string; afkorting: string | null; geldigVan: string | null; geldigTot: string | null }[];
  rooId: string | null;
  tooi: string | null;
  cbsCode: string | null;
  owms: string | null;
  oin: string | null;
  kvk: string | null;
  organisatiecode: string | null;
  polderId: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  /** Polder ids (`org:…`) of successor and predecessors, when given. */
  opvolger: string | null;
  voorgangers: string[];
  /** For a cooperation body: the regeling it belongs to. */
  hoortBijRegeling: { rooId: string | null; naam: string | null } | null;
  /** XML only: ROO id of the organisation it is part of. */
  onderdeelVan: string | null;
  herkomst: Herkomst;
}

/** The register's form of cooperation as Grip's `Vorm`; null when unknown. Matches words and abbreviations. */
export function vormUitRoo(waarde: string | null, afkorting: string | null): Vorm | null {
  const a = afkorting?.trim().toUpperCase();
  const w = (waarde ?? '').toLocaleLowerCase('nl');
  if (a === 'OL' || w.includes('openbaar lichaam')) return 'openbaar_lichaam';
  if (a === 'GO' || w.includes('gemeenschappelijk orgaan')) return 'gemeenschappelijk_orgaan';
  if (a === 'BVO' || w.includes('bedrijfsvoeringsorganisatie')) return 'bedrijfsvoeringsorganisatie';
  if (a === 'CG' || w.includes('centrumgemeente')) return 'centrumgemeente';
  if (a === 'RZM' || w.includes('regeling zonder meer')) return 'regeling_zonder_meer';
  return null;
}

/** The register writes 'Regeling zonder meer' with quotes in it (`'Regeling zonder meer'`); drop them. */
export function zonderAanhalingstekens(s: string): string {
  return s.trim().replace(/^['"‘’“”]+|['"‘’“”]+$/g, '');
}

/**
 * A participating body's name as Grip's `DeelnemendOrgaan` (Wgr art. 1, 40, 50, 93 and 96), given the
 * participant's kind (the TOOI kind: 'gemeente', 'provincie', 'waterschap', 'so', …, or null when unknown).
 * 'Algemeen bestuur' / 'Dagelijks bestuur' are the waterschap's AB/DB for a waterschap and the one
 * `bestuur` for another body; for an unknown participant they stay null. Null also for 'Minister'.
 */
export function orgaanUitRoo(naam: string, deelnemerSoort: string | null): DeelnemendOrgaan | null {
  const n = naam.trim().toLocaleLowerCase('nl');
  if (n === 'gemeenteraad' || n === 'raad' || n === 'de raad') return 'raad';
  if (n.startsWith('college van burgemeester en wethouders') || n === 'college') return 'college';
  if (n === 'burgemeester') return 'burgemeester';
  if (n === 'provinciale staten') return 'provinciale_staten';
  if (n === 'gedeputeerde staten') return 'gedeputeerde_staten';
  if (n.startsWith('commissaris van de koning')) return 'commissaris_koning';
  const bestuur = n === 'algemeen bestuur' || n === 'dagelijks bestuur' || n === 'bestuur';
  if (deelnemerSoort === 'waterschap') {
    if (n === 'algemeen bestuur') return 'waterschap_ab';
    if (n === 'dagelijks bestuur') return 'waterschap_db';
    if (n === 'dijkgraaf' || n === 'voorzitter') return 'waterschap_voorzitter';
    return null;
  }
  if (
    bestuur &&
    deelnemerSoort !== null &&
    !['gemeente', 'provincie', 'ministerie'].includes(deelnemerSoort)
  ) {
    return 'bestuur';
  }
  return null;
}

/**
 * Whether a regeling is in force on `datum` ('YYYY-MM-DD'): datumInwerkingtreding ≤ datum and no
 * datumUitwerkingtreding or datum < datumUitwerkingtreding. A regeling without a start date is not.
 */
export function inWerking(
  r: Pick<RooRegeling, 'datumInwerkingtreding' | 'datumUitwerkingtreding'>,
  datum: string,
) {
  if (!r.datumInwerkingtreding || r.datumInwerkingtreding > datum) return false;
  return !r.datumUitwerkingtreding || datum < r.datumUitwerkingtreding;
}

/** The soort of an organisation from its TOOI URI kind and the register's type words. */
export function organisatieSoortUitRoo(tooiKind: string | null, typen: string[]): RooOrganisatieSoort {
  const woorden = typen.map((t) => t.toLocaleLowerCase('nl'));
  if (tooiKind === 'gemeente' || woorden.includes('gemeente')) return 'gemeente';
  if (tooiKind === 'provincie' || woorden.includes('provincie')) return 'provincie';
  if (tooiKind === 'waterschap' || woorden.includes('waterschap')) return 'waterschap';
  if (tooiKind === 'ministerie' || woorden.includes('ministerie')) return 'ministerie';
  if (
    tooiKind === 'so' ||
    woorden.some(
      (w) =>
        w.includes('gemeenschappelijke regeling') ||
        w.includes('samenwerkingsorga') ||
        w.includes('landelijk dekkende samenwerking'),
    )
  )
    return 'samenwerkingsorganisatie';
  return 'overig';
}

/**
 * Fills in the CBS code of participants that have none (no TOOI URI, as for many former gemeenten) from
 * the organisation with the same ROO id. Changes the participations in place; returns how many it filled.
 */
export function vulCbsCodesAan(regelingen: RooRegeling[], organisaties: RooOrganisatie[]): number {
  const codeOpRooId = new Map<string, string>();
  for (const o of organisaties) if (o.rooId && o.cbsCode) codeOpRooId.set(o.rooId, o.cbsCode);
  let aangevuld = 0;
  for (const r of regelingen) {
    for (const d of r.deelnames) {
      if (d.deelnemer.cbsCode || !d.deelnemer.rooId) continue;
      const code = codeOpRooId.get(d.deelnemer.rooId);
      if (code) {
        d.deelnemer.cbsCode = code;
        aangevuld++;
      }
    }
  }
  return aangevuld;
}
