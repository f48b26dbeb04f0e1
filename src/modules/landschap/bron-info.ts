/**
 * The sources Grip imports regelingen from, with what the register shows about each: a short name for
 * "Bron: …", a description, the licence as its PROVENANCE states it, and whether the source is a living
 * register or a snapshot. Pure data: the regeling page, the register filter and the imports read it.
 *
 * - A **register** ('roo-polder', 'roo') is kept up to date: a newer reading updates the same regelingen (known
 *   by their ROO id) and moves their vintage (`regeling.bron_peildatum`) to the new date.
 * - A **momentopname** ('opengr') stands on its own: each vintage is a separate set of regelingen.
 */

export const importBronnen = ['roo-polder', 'roo', 'opengr'] as const;
export type ImportBron = (typeof importBronnen)[number];

export interface BronInfo {
  /** For the line "Bron: …, peildatum …". */
  kort: string;
  omschrijving: string;
  licentie: string;
  soort: 'register' | 'momentopname';
  /** When the vintage needs a word more than its date. */
  toelichting?: string;
}

export const BRON_INFO: Readonly<Record<ImportBron, BronInfo>> = {
  'roo-polder': {
    kort: 'landelijk GR-register (Polder)',
    omschrijving:
      'Landelijk register van gemeenschappelijke regelingen (ROO, bijgehouden voor de minister van BZK onder Wgr art. 136), via de open dataset Polder',
    licentie: 'CC0 1.0 (KOOP / Ministerie van BZK; Polder)',
    soort: 'register',
  },
  roo: {
    kort: 'landelijk GR-register (ROO-export)',
    omschrijving:
      'Landelijk register van gemeenschappelijke regelingen (ROO, bijgehouden voor de minister van BZK onder Wgr art. 136), via de dagelijkse export exportOO.xml van het Register van Overheidsorganisaties',
    licentie: 'CC0 1.0 (KOOP / Ministerie van BZK)',
    soort: 'register',
  },
  opengr: {
    kort: 'OpenGR 2016 (Open State Foundation)',
    omschrijving:
      'Gemeenschappelijke regelingen met deelnemers uit de antwoorden van de twaalf provincies op een Wob-verzoek van oktober 2015 (Open State Foundation, OpenGR); onvolledig en niet meer actueel',
    licentie: 'ODC-PDDL-1.0 (publiek domein)',
    soort: 'momentopname',
    toelichting: 'verzameld oktober 2015 – maart 2016',
  },
};

/** The licence of the successor table (`herindelingen-2016-2024`), recorded when an import uses it. */
export const OPVOLGERS_LICENTIE = 'CC BY-NC-SA 4.0 (niet-commercieel; alleen voor analyse en tests)';

/**
 * Sources whose regelingen make up the register shown by default, beside those made in Grip (bron null).
 * Other sources (the 2016 snapshot) only appear when asked for with a `bron` filter.
 */
export const registerBronnen: readonly ImportBron[] = ['roo-polder', 'roo'];

/** The values of the register's `bron` filter: 'grip' = made in Grip (bron null), or an import source. */
export const bronFilters = ['grip', ...importBronnen] as const;
export type BronFilter = (typeof bronFilters)[number];

export const bronFilterLabel: Readonly<Record<BronFilter, string>> = {
  grip: 'Ingevoerd in Grip',
  'roo-polder': 'Landelijk GR-register (Polder)',
  roo: 'Landelijk GR-register (ROO-export)',
  opengr: 'OpenGR 2016 (momentopname)',
};

export const isImportBron = (b: string | null | undefined): b is ImportBron =>
  (importBronnen as readonly string[]).includes(b ?? '');

/**
 * Sources that hold no regelingen: region divisions, boundaries and population. Each import records its
 * reading in `bron_import` with this description and licence (as the source's PROVENANCE states it).
 */
export const andereBronnen = ['regioatlas', 'grenzen', 'cbs'] as const;
export type AndereBron = (typeof andereBronnen)[number];

export const ANDERE_BRON_INFO: Readonly<Record<AndereBron, Omit<BronInfo, 'soort'>>> = {
  regioatlas: {
    kort: 'Regioatlas 2016 (BZK, via Open State Foundation)',
    omschrijving:
      'Regio-indelingen per gemeente (veiligheidsregio, GGD, jeugdzorg, arbeidsmarkt, omgevingsdienst en meer) uit de Regioatlas van het Ministerie van BZK, geëxporteerd door Open State Foundation; gemeentelijke indeling van 1 januari 2016',
    licentie: 'ODC-PDDL-1.0 (publiek domein)',
    toelichting: 'gemeentelijke indeling 1 januari 2016',
  },
  grenzen: {
    kort: 'gebiedsgrenzen CBS 2023 (PDOK, bewerking VWS)',
    omschrijving:
      'Gegeneraliseerde grenzen van gemeenten, provincies en veiligheidsregio’s (CBS gebiedsindelingen via PDOK, vereenvoudigd door het Ministerie van VWS); alleen voor thematische kaarten, niet juridisch exact',
    licentie: 'CC BY 4.0 (CBS / PDOK, bewerking VWS)',
  },
  cbs: {
    kort: 'CBS StatLine',
    omschrijving: 'Inwonertallen per gemeente uit CBS StatLine (OData)',
    licentie: 'CC BY 4.0 (Bron: CBS)',
  },
};
