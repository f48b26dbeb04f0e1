/**
 * The instruments the council of one participant (the raad of a gemeente, provinciale staten of a
 * provincie, the algemeen bestuur of a waterschap) has in one gemeenschappelijke regeling, each with
 * the article it rests on. Pure: no I/O, no clock; the day on which the law is applied is passed in.
 *
 * Statutory text: Wgr (BWBR0003740) valid from 2022-05-01 (last text before the amendment) and from
 * 2022-07-01 (Wet van 15 december 2021, Stb. 2022, 18; in force by Stb. 2022, 128); Gemeentewet
 * art. 155g–155h (from 2022-07-01) and art. 184 (changed 2022-07-01 and 2023-01-01, Stb. 2022, 430).
 * Source of the rules: the domain briefs domein-wgr.md §2, 4, 5, 7, 8 and domein-wgr-aanvulling.md,
 * which rests on the statutory text and wins where they differ. Article numbers of chapter II
 * (art. 44a, 48) and chapter III (art. 50, 50a, 50ca, 50g) were read in the BWB mirror the aanvulling
 * cites (Wgr 2022-07-01); the briefs confirm neither those nor chapter III as a whole, so those rules
 * are 'onbevestigd'.
 *
 * Unlike a Bevinding, an Instrument carries its Dutch name and explanation: the raadswerkplaats shows
 * them as they are, and this file is the one place where a jurist words them.
 *
 * Choices a jurist should check (also in the tests):
 * - Which body "is party" is read from `onzeOrganen` (mapped with orgaanRol, so PS/GS/CdK and the
 *   waterschap's AB/DB/voorzitter count as raad/college/burgemeester); when empty, from `type`.
 * - A gemengde regeling in which our council is not a party is read as a regeling of colleges and
 *   burgemeesters (art. 13 lid 10, 18, 19 lid 3). Another participant's raad may have made it too
 *   (then art. 13 lid 1 and 16 apply), and the type cannot tell: such rules are 'onbevestigd'.
 * - A BVO exists only in a collegeregeling (art. 8 lid 3). With another type the member-based rules
 *   follow art. 19 lid 1 by analogy and are 'onbevestigd'; the budget rules follow the form and stand.
 * - Provinces: chapter II (art. 40, art. 41 lid 1 applying art. 8–26), confirmed by the briefs. When a
 *   province takes part with gemeenten, chapter IV applies (art. 51–52, 59): same content, other
 *   numbers; the input does not tell the chapters apart. A gemeente is read under chapter I.
 * - Art. 1 lid 5 names wijzigen, toetreden and uittreden, not opheffing.
 * - Rules that need a clause in the regeling (art. 9 lid 1, 10 lid 5, 11a) had to be implemented by
 *   1 July 2024 (Stb. 2022, 18 art. V, scope only in secondary sources): while the clause is unknown
 *   in the transition period, the instrument is 'onbevestigd'.
 */
import { isDatum } from '../../../kalender';
import { orgaanRol, type OrgaanRol } from '../../regelingen/domain/regelingtype';
import type { DeelnemendOrgaan, RegelingType, Vorm } from '../../regelingen/domain/types';

export const instrumentCodes = [
  'inlichtingen_lid',
  'verantwoording_lid',
  'ontslag_lid',
  'inlichtingen_bestuur',
  'actieve_informatie',
  'zienswijze_ontwerpbegroting',
  'zienswijze_begrotingswijziging',
  'zienswijze_vastgestelde_begroting',
  'zienswijze_besluiten',
  'wensen_bedenkingen_deelneming',
  'wensen_bedenkingen_bestuurscommissie',
  'zienswijze_ontwerp_regeling',
  'toestemming_regeling',
  'uittreding',
  'evaluatie',
  'adviescommissie',
  'regionaal_onderzoek',
  'rekenkamer',
] as const;
export type InstrumentCode = (typeof instrumentCodes)[number];

/** Short Dutch label per instrument; also the `naam` of each Instrument. */
export const instrumentLabels: Readonly<Record<InstrumentCode, string>> = Object.freeze({
  inlichtingen_lid: 'Inlichtingen van ons lid in het bestuur',
  verantwoording_lid: 'Verantwoording door ons lid in het bestuur',
  ontslag_lid: 'Ontslag van ons lid in het bestuur',
  inlichtingen_bestuur: 'Inlichtingen van het bestuur op verzoek',
  actieve_informatie: 'Actieve informatieplicht van het bestuur',
  zienswijze_ontwerpbegroting: 'Zienswijze op de ontwerpbegroting',
  zienswijze_begrotingswijziging: 'Zienswijze op begrotingswijzigingen',
  zienswijze_vastgestelde_begroting: 'Zienswijze op de vastgestelde begroting bij de toezichthouder',
  zienswijze_besluiten: 'Zienswijze op aangewezen besluiten',
  wensen_bedenkingen_deelneming: 'Wensen en bedenkingen bij deelneming in een rechtspersoon',
  wensen_bedenkingen_bestuurscommissie: 'Wensen en bedenkingen bij een bestuurscommissie',
  zienswijze_ontwerp_regeling: 'Zienswijze op ontwerp, wijziging, toetreding of uittreding',
  toestemming_regeling: 'Toestemming voor treffen, wijziging, toetreding of uittreding',
  uittreding: 'Uittreden uit de regeling',
  evaluatie: 'Evaluatie van de regeling',
  adviescommissie: 'Gemeenschappelijke adviescommissie',
  regionaal_onderzoek: 'Regionaal onderzoek (enquête)',
  rekenkamer: 'Onderzoek door de rekenkamer',
});

export type OrganisatieSoort = 'gemeente' | 'provincie' | 'waterschap';
export type InstrumentStatus = 'bevestigd' | 'onbevestigd';

/** The regeling's own clauses as text; null or absent: not known (never guessed). */
export interface InstrumentAfspraken {
  evaluatie?: string | null;
  uittreding?: string | null;
  inlichtingen?: string | null;
  zienswijzeBesluiten?: string | null;
}

export interface InstrumentenInput {
  vorm: Vorm;
  /** Derived type of the whole regeling (bepaalRegelingType). */
  type: RegelingType;
  /** The kind of organisation whose council we are. */
  organisatieSoort: OrganisatieSoort;
  /** The bodies through which our organisation takes part. */
  onzeOrganen: readonly DeelnemendOrgaan[];
  afspraken: InstrumentAfspraken;
  /** 'YYYY-MM-DD': the day on which the law is applied. */
  peildatum: string;
}

export interface Instrument {
  code: InstrumentCode;
  naam: string;
  /** E.g. 'Wgr art. 16 lid 1', 'Gemw art. 155g–155h'. */
  artikel: string;
  /** One plain Dutch line. */
  uitleg: string;
  beschikbaar: boolean;
  /** Why not, when not available. */
  reden?: string;
  /** 'onbevestigd': the rule, its article or its application here is not confirmed by the briefs. */
  status: InstrumentStatus;
  /** When available: from the statute itself, or as a known clause of the regeling arranges it. */
  bron?: 'wet' | 'regeling';
}

/** Entry into force of Stb. 2022, 18 (Stb. 2022, 128). */
export const WGR_2022 = '2022-07-01';
/** End of the period to bring regelingen in line (Stb. 2022, 18 art. V). */
export const AANPASSING_UITERLIJK = '2024-07-01';
/** Entry into force of the Wet versterking decentrale rekenkamers for Gemw art. 184 (Stb. 2022, 430). */
export const REKENKAMERWET_2023 = '2023-01-01';

// ---- context -------------------------------------------------------------------------------------

/**
 * Who made the regeling, as far as it decides the member-based rules:
 * - 'raad': raden only (art. 13 lid 1 first sentence);
 * - 'gemengd_met_raad': made also by raden, ours among them (art. 13 lid 1 second sentence);
 * - 'college', 'burgemeester': colleges only (art. 13 lid 6, 18, 19 lid 1) / burgemeesters only
 *   (art. 13 lid 7, 19 lid 2);
 * - 'college_burgemeester': colleges and burgemeesters together (art. 13 lid 10, 18, 19 lid 3).
 * `zeker` is false when this is read from our own bodies only.
 */
type Kring = {
  soort: 'raad' | 'gemengd_met_raad' | 'college' | 'burgemeester' | 'college_burgemeester';
  zeker: boolean;
};

interface Namen {
  raad: string;
  /** Provinciale staten and gedeputeerde staten take a plural verb. */
  raadMeervoud: boolean;
  raden: string;
  radenKort: string;
  leden: string;
  college: string;
  collegeMeervoud: boolean;
  burgemeester: string;
  collegeOfBurgemeester: string;
}

/** The verb form that agrees with a body's name. */
const ww = (meervoud: boolean, enkelvoud: string, meervoudsvorm: string) =>
  meervoud ? meervoudsvorm : enkelvoud;

const NAMEN: Readonly<Record<OrganisatieSoort, Namen>> = {
  gemeente: {
    raad: 'de raad',
    raadMeervoud: false,
    raden: 'de raden van de deelnemende gemeenten',
    radenKort: 'de raden',
    leden: 'raadsleden',
    college: 'het college',
    collegeMeervoud: false,
    burgemeester: 'de burgemeester',
    collegeOfBurgemeester: 'het college of de burgemeester',
  },
  provincie: {
    raad: 'provinciale staten',
    raadMeervoud: true,
    raden: 'provinciale staten van de deelnemende provincies',
    radenKort: 'provinciale staten',
    leden: 'statenleden',
    college: 'gedeputeerde staten',
    collegeMeervoud: true,
    burgemeester: 'de commissaris van de Koning',
    collegeOfBurgemeester: 'gedeputeerde staten of de commissaris van de Koning',
  },
  waterschap: {
    raad: 'het algemeen bestuur van het waterschap',
    raadMeervoud: false,
    raden: 'de algemene besturen van de deelnemende waterschappen',
    radenKort: 'de algemene besturen',
    leden: 'leden van het algemeen bestuur van het waterschap',
    college: 'het dagelijks bestuur van het waterschap',
    collegeMeervoud: false,
    burgemeester: 'de voorzitter van het waterschap',
    collegeOfBurgemeester: 'het dagelijks bestuur of de voorzitter van het waterschap',
  },
};

const VORM_NAAM: Readonly<Record<Vorm, string>> = {
  openbaar_lichaam: 'een openbaar lichaam',
  gemeenschappelijk_orgaan: 'een gemeenschappelijk orgaan',
  bedrijfsvoeringsorganisatie: 'een bedrijfsvoeringsorganisatie',
  centrumgemeente: 'een centrumgemeenteregeling',
  regeling_zonder_meer: 'een regeling zonder meer',
  onbekend: 'een regeling waarvan de vorm onbekend is',
};

/** The body our member sits in: the AB of an OL (art. 12), the GO (art. 15), the bestuur of a BVO (art. 14a). */
const ORGAAN: Readonly<Partial<Record<Vorm, string>>> = {
  openbaar_lichaam: 'het algemeen bestuur',
  gemeenschappelijk_orgaan: 'het gemeenschappelijk orgaan',
  bedrijfsvoeringsorganisatie: 'het bestuur van de bedrijfsvoeringsorganisatie',
};

interface Ctx {
  vorm: Vorm;
  soort: OrganisatieSoort;
  n: Namen;
  /** On or after 1 July 2022. */
  na2022: boolean;
  /** From 1 July 2022 up to (not including) 1 July 2024. */
  inOvergang: boolean;
  na2023: boolean;
  /** OL, BVO or GO: the forms with a bestuur and a begroting of their own (art. 8 lid 1–3, 10 lid 2). */
  eigenBestuur: boolean;
  /** null: not known which body we take part with. */
  raadPartij: boolean | null;
  /** Our college or burgemeester takes part (art. 1 lid 2–5 apply to them). */
  uitvoerderPartij: boolean | null;
  /** The regeling is made "uitsluitend of mede" by raden (art. 1 lid 2; Gemw art. 155g lid 2). */
  medeDoorRaden: boolean | null;
  kring: Kring | null;
  afspraken: InstrumentAfspraken;
}

const rollenVanType: Partial<Record<RegelingType, OrgaanRol>> = {
  raadsregeling: 'raad',
  collegeregeling: 'college',
  burgemeestersregeling: 'burgemeester',
};

function context(input: InstrumentenInput): Ctx {
  const { vorm, type, organisatieSoort: soort, peildatum } = input;
  const eigen = new Set(input.onzeOrganen.map(orgaanRol).filter((r): r is OrgaanRol => r !== null));
  const uitType = rollenVanType[type];
  const rollen: ReadonlySet<OrgaanRol> | null = eigen.size > 0 ? eigen : uitType ? new Set([uitType]) : null;
  const raadPartij = rollen ? rollen.has('raad') : null;
  const uitvoerderPartij = rollen ? rollen.has('college') || rollen.has('burgemeester') : null;
  // The type must fit our own bodies; if it does not, the type is not relied on.
  const past = (rol: OrgaanRol) => rollen !== null && [...rollen].every((r) => r === rol);
  let kring: Kring | null = null;
  if (type === 'raadsregeling' && past('raad')) kring = { soort: 'raad', zeker: true };
  else if (type === 'collegeregeling' && past('college')) kring = { soort: 'college', zeker: true };
  else if (type === 'burgemeestersregeling' && past('burgemeester'))
    kring = { soort: 'burgemeester', zeker: true };
  else if (type === 'gemengde_regeling' && raadPartij) kring = { soort: 'gemengd_met_raad', zeker: true };
  else if (type === 'gemengde_regeling' && uitvoerderPartij)
    kring = { soort: 'college_burgemeester', zeker: false };
  const medeDoorRaden =
    raadPartij === true
      ? true
      : kring === null
        ? null
        : kring.soort === 'college' || kring.soort === 'burgemeester'
          ? false
          : kring.soort === 'college_burgemeester'
            ? null
            : true;
  return {
    vorm,
    soort,
    n: NAMEN[soort],
    na2022: peildatum >= WGR_2022,
    inOvergang: peildatum >= WGR_2022 && peildatum < AANPASSING_UITERLIJK,
    na2023: peildatum >= REKENKAMERWET_2023,
    eigenBestuur:
      vorm === 'openbaar_lichaam' ||
      vorm === 'bedrijfsvoeringsorganisatie' ||
      vorm === 'gemeenschappelijk_orgaan',
    raadPartij,
    uitvoerderPartij,
    medeDoorRaden,
    kring,
    afspraken: input.afspraken,
  };
}

// ---- articles per kind of participant ----------------------------------------------------------

/**
 * Where a chapter I rule sits for a province (chapter II) or waterschap (chapter III):
 * - 'art1': art. 1 lid 2–5 → art. 40 (provincie, [P] in the briefs) / art. 50 (waterschap);
 * - 'hoofdstuk': an article from 8–26, applied by art. 41 lid 1 (provincie, [P]) / art. 50a lid 1
 *   (waterschap; 50a applies 8–24a, 26, 28, 29, so not art. 25);
 * - 'begroting': art. 35 → art. 48 / art. 50g; 'deelneming': art. 31a → art. 44a / art. 50ca.
 * Before 1 July 2022 the numbering of these chapters was not checked: the lid is left out and the
 * rule is 'onbevestigd'.
 */
type Soort = 'art1' | 'hoofdstuk' | 'begroting' | 'deelneming';
const EIGEN_ARTIKEL: Readonly<
  Record<'provincie' | 'waterschap', Record<Exclude<Soort, 'hoofdstuk'>, string>>
> = {
  provincie: { art1: '40', begroting: '48', deelneming: '44a' },
  waterschap: { art1: '50', begroting: '50g', deelneming: '50ca' },
};
const CHAPTER_I: Readonly<Record<Exclude<Soort, 'hoofdstuk'>, string>> = {
  art1: '1',
  begroting: '35',
  deelneming: '31a',
};

interface Grondslag {
  artikel: string;
  zeker: boolean;
}

/** The Wgr article for our kind of participant; `tekst` is the chapter I reference after 'art. '. */
function wgr(ctx: Ctx, soort: 'hoofdstuk', tekst: string): Grondslag;
function wgr(ctx: Ctx, soort: Exclude<Soort, 'hoofdstuk'>, lid: string): Grondslag;
function wgr(ctx: Ctx, soort: Soort, tekst: string): Grondslag {
  if (soort === 'hoofdstuk') {
    if (ctx.soort === 'gemeente') return { artikel: `Wgr art. ${tekst}`, zeker: true };
    if (ctx.soort === 'provincie')
      return { artikel: `Wgr art. ${tekst} jo. art. 41${ctx.na2022 ? ' lid 1' : ''}`, zeker: ctx.na2022 };
    return { artikel: `Wgr art. ${tekst} jo. art. 50a${ctx.na2022 ? ' lid 1' : ''}`, zeker: false };
  }
  if (ctx.soort === 'gemeente') return { artikel: `Wgr art. ${CHAPTER_I[soort]} lid ${tekst}`, zeker: true };
  const nummer = EIGEN_ARTIKEL[ctx.soort][soort];
  const artikel = ctx.na2022
    ? `Wgr art. ${nummer} lid ${tekst}`
    : `Wgr art. ${nummer} (leden vóór 1 juli 2022 niet nagegaan)`;
  return { artikel, zeker: ctx.soort === 'provincie' && soort === 'art1' && ctx.na2022 };
}

// ---- building blocks ---------------------------------------------------------------------------

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The regeling's clause as one line, or null when unknown or empty. */
function afspraak(tekst: string | null | undefined): string | null {
  const t = (tekst ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

const metAfspraak = (uitleg: string, tekst: string | null) =>
  tekst === null ? uitleg : `${uitleg} Afspraak in de regeling: “${tekst}”.`;

function ja(
  code: InstrumentCode,
  g: Grondslag,
  uitleg: string,
  opties: { zeker?: boolean; bron?: 'wet' | 'regeling' } = {},
): Instrument {
  return {
    code,
    naam: instrumentLabels[code],
    artikel: g.artikel,
    uitleg,
    beschikbaar: true,
    status: g.zeker && opties.zeker !== false ? 'bevestigd' : 'onbevestigd',
    bron: opties.bron ?? 'wet',
  };
}

function nee(code: InstrumentCode, g: Grondslag, uitleg: string, reden: string, zeker = true): Instrument {
  return {
    code,
    naam: instrumentLabels[code],
    artikel: g.artikel,
    uitleg,
    beschikbaar: false,
    reden,
    status: g.zeker && zeker ? 'bevestigd' : 'onbevestigd',
  };
}

const NOG_NIET = 'Deze bevoegdheid bestaat pas sinds 1 juli 2022 (Stb. 2022, 18).';
const ONBEKEND_ORGAAN =
  'Niet bekend met welk orgaan wij deelnemen: registreer de deelnemende organen (het type is nu onbekend).';

function geenEigenBestuur(ctx: Ctx, artikelen: string): string {
  return `${hoofdletter(VORM_NAAM[ctx.vorm])} heeft geen eigen bestuur; de regels van ${artikelen} gelden alleen bij een openbaar lichaam, bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan.`;
}

/** 'art. 1 lid 5' for a gemeente, 'art. 40 lid 5' for a provincie, 'art. 50 lid 5' for a waterschap. */
const art1 = (ctx: Ctx, lid: string) => wgr(ctx, 'art1', lid).artikel.replace(/^Wgr /, '');

// ---- the member in the bestuur (art. 16, 18, 19) -------------------------------------------------

interface LidRegel {
  /** Chapter I reference for lid N of art. 16 as it reaches our council. */
  ref: (lid: string) => string;
  /** Our member, named for a sentence. */
  lid: string;
  /** Why our council cannot dismiss the member; null when it can (it designated the member, art. 16 lid 4). */
  geenOntslag: string | null;
  /** Extra explanation for this kind of regeling ('' for none). */
  noot: string;
  zeker: boolean;
}

/** How art. 16 reaches our council in this regeling (art. 16; 18; 19 lid 1–3), or null when unknown. */
function lidRegel(ctx: Ctx): LidRegel | null {
  const { n, kring } = ctx;
  const orgaan = ORGAAN[ctx.vorm] ?? 'het bestuur';
  const doorCollege = `het lid dat ${n.college} in ${orgaan} ${ww(n.collegeMeervoud, 'aanwees', 'aanwezen')}`;
  const collegeOntslaat = `${hoofdletter(n.college)} ${ww(n.collegeMeervoud, 'wees', 'wezen')} het lid aan en ${ww(n.collegeMeervoud, 'kan', 'kunnen')} het ontslaan (art. 18 jo. art. 16 lid 4)`;
  if (ctx.vorm === 'bedrijfsvoeringsorganisatie') {
    const zeker = kring?.soort === 'college' && kring.zeker;
    return {
      ref: (lid) => `19 lid 1 jo. art. 16 lid ${lid}`,
      lid: doorCollege,
      geenOntslag: `De colleges wijzen het bestuur van een bedrijfsvoeringsorganisatie aan (art. 14a); art. 19 lid 1 noemt art. 16 lid 4 niet.`,
      noot: zeker
        ? `Dat lid is ook aan ${n.college} verantwoording schuldig (art. 18).`
        : 'Een bedrijfsvoeringsorganisatie kan alleen bij een collegeregeling (art. 8 lid 3); hier gelezen als collegeregeling.',
      zeker,
    };
  }
  if (kring === null) return null;
  switch (kring.soort) {
    case 'raad':
    case 'gemengd_met_raad':
      return {
        ref: (lid) => `16 lid ${lid}`,
        lid: `het lid dat ${n.raad} in ${orgaan} ${ww(n.raadMeervoud, 'aanwees', 'aanwezen')}`,
        geenOntslag: null,
        noot: `${ww(n.raadMeervoud, 'Wijst', 'Wijzen')} ${n.raad} geen lid aan (art. 13 lid 5 onder a), dan regelt de regeling inlichtingen en verantwoording door het bestuur (art. 16 lid 3).`,
        zeker: true,
      };
    case 'college':
      return {
        ref: (lid) => `19 lid 1 jo. art. 16 lid ${lid}`,
        lid: doorCollege,
        geenOntslag: `${collegeOntslaat}; art. 19 lid 1 noemt art. 16 lid 4 niet.`,
        noot: `Dat lid is ook aan ${n.college} verantwoording schuldig (art. 18).`,
        zeker: true,
      };
    case 'burgemeester':
      return {
        ref: (lid) => `19 lid 2 jo. art. 16 lid ${lid}`,
        lid: `${n.burgemeester} als lid van ${orgaan}`,
        geenOntslag: `${hoofdletter(n.burgemeester)} is van rechtswege lid (art. 13 lid 7); art. 19 lid 2 noemt art. 16 lid 4 niet.`,
        noot: `${hoofdletter(n.burgemeester)} is van rechtswege lid (art. 13 lid 7${ctx.vorm === 'gemeenschappelijk_orgaan' ? ' jo. art. 15' : ''}).`,
        zeker: true,
      };
    case 'college_burgemeester':
      return {
        ref: (lid) => `19 lid 3 jo. art. 16 lid ${lid}`,
        lid: `ons lid in ${orgaan}`,
        geenOntslag: `Bij een regeling van colleges en burgemeesters noemt art. 19 lid 3 art. 16 lid 4 niet; alleen als ook een raad de regeling trof, wijst ${n.raad} het lid aan (art. 13 lid 1).`,
        noot: 'Gelezen als regeling van colleges en burgemeesters; trof ook een raad de regeling, dan geldt art. 16 rechtstreeks.',
        zeker: kring.zeker,
      };
  }
}

const zin = (...delen: string[]) => delen.filter((d) => d !== '').join(' ');

function inlichtingenLid(ctx: Ctx): Instrument {
  const code = 'inlichtingen_lid';
  const { n } = ctx;
  const algemeen = `${hoofdletter(n.leden)} vragen inlichtingen aan het lid dat namens hun organisatie in het bestuur zit.`;
  if (!ctx.eigenBestuur)
    return nee(code, wgr(ctx, 'hoofdstuk', '16 lid 2'), algemeen, geenEigenBestuur(ctx, 'art. 16, 18 en 19'));
  const r = lidRegel(ctx);
  const tekst = afspraak(ctx.afspraken.inlichtingen);
  const bron = tekst === null ? 'wet' : 'regeling';
  if (r === null)
    return ja(
      code,
      { artikel: `${wgr(ctx, 'hoofdstuk', '16 lid 2').artikel} of art. 19`, zeker: false },
      metAfspraak(
        `Eén of meer leden van ${n.raad} kunnen inlichtingen vragen aan ons lid in het bestuur; welk artikel geldt, hangt af van het type regeling, en dat is onbekend.`,
        tekst,
      ),
      { zeker: false, bron },
    );
  return ja(
    code,
    wgr(ctx, 'hoofdstuk', r.ref('2')),
    metAfspraak(
      zin(
        `Eén of meer leden van ${n.raad} kunnen inlichtingen vragen aan ${r.lid}; de regeling regelt hoe.`,
        r.noot,
      ),
      tekst,
    ),
    { zeker: r.zeker, bron },
  );
}

function verantwoordingLid(ctx: Ctx): Instrument {
  const code = 'verantwoording_lid';
  const { n } = ctx;
  const algemeen = `Verantwoording aan ${n.raad} door het lid dat namens onze organisatie in het bestuur zit, over het daar gevoerde beleid.`;
  if (!ctx.eigenBestuur)
    return nee(code, wgr(ctx, 'hoofdstuk', '16 lid 1'), algemeen, geenEigenBestuur(ctx, 'art. 16, 18 en 19'));
  const r = lidRegel(ctx);
  if (r === null)
    return ja(
      code,
      { artikel: `${wgr(ctx, 'hoofdstuk', '16 lid 1').artikel} of art. 19`, zeker: false },
      `Verantwoording aan ${n.raad} door ons lid in het bestuur; welk artikel geldt, hangt af van het type regeling, en dat is onbekend.`,
      { zeker: false },
    );
  return ja(
    code,
    wgr(ctx, 'hoofdstuk', r.ref('1')),
    zin(
      `Verantwoording aan ${n.raad} door ${r.lid} over het daar gevoerde beleid; de regeling regelt hoe.`,
      r.noot,
    ),
    { zeker: r.zeker },
  );
}

function ontslagLid(ctx: Ctx): Instrument {
  const code = 'ontslag_lid';
  const { n } = ctx;
  const g = wgr(ctx, 'hoofdstuk', '16 lid 4');
  const algemeen = `Ontslag door ${n.raad} van het lid dat ${n.raad} in het bestuur ${ww(n.raadMeervoud, 'aanwees', 'aanwezen')}, als dat lid het vertrouwen van ${n.raad} niet meer heeft.`;
  if (!ctx.eigenBestuur) return nee(code, g, algemeen, geenEigenBestuur(ctx, 'art. 16, 18 en 19'));
  const r = lidRegel(ctx);
  if (r === null)
    return nee(
      code,
      g,
      algemeen,
      `Alleen als ${n.raad} het lid aanwees (art. 13 lid 1). ${ONBEKEND_ORGAAN}`,
      false,
    );
  if (r.geenOntslag !== null) return nee(code, g, algemeen, r.geenOntslag, r.zeker);
  return ja(code, g, `${algemeen.replace(/\.$/, '')}; de regeling regelt hoe.`, { zeker: r.zeker });
}

// ---- the bestuur of the regeling (art. 17) -------------------------------------------------------

function inlichtingenBestuur(ctx: Ctx): Instrument {
  const code = 'inlichtingen_bestuur';
  const g = ctx.na2022 ? wgr(ctx, 'hoofdstuk', '17 lid 1') : wgr(ctx, 'hoofdstuk', '17');
  const algemeen = 'Raadsleden vragen inlichtingen aan het bestuur van de regeling zelf.';
  if (!ctx.eigenBestuur) return nee(code, g, algemeen, geenEigenBestuur(ctx, 'art. 17'));
  const tekst = afspraak(ctx.afspraken.inlichtingen);
  return ja(
    code,
    g,
    metAfspraak(
      `Eén of meer leden van ${ctx.n.raad} kunnen inlichtingen vragen aan het bestuur van de regeling; de regeling regelt hoe.`,
      tekst,
    ),
    { bron: tekst === null ? 'wet' : 'regeling' },
  );
}

/** Art. 17 lid 2 binds directly from 1 July 2022; lid 3 asks the regeling to say how. */
function actieveInformatie(ctx: Ctx): Instrument {
  const code = 'actieve_informatie';
  const g = wgr(ctx, 'hoofdstuk', '17 lid 2–3');
  const algemeen = `Het bestuur geeft ${ctx.n.raden} uit zichzelf alle inlichtingen die zij voor hun taken nodig hebben.`;
  if (!ctx.eigenBestuur) return nee(code, g, algemeen, geenEigenBestuur(ctx, 'art. 17'));
  if (!ctx.na2022) return nee(code, g, algemeen, NOG_NIET);
  const tekst = afspraak(ctx.afspraken.inlichtingen);
  const hoe =
    tekst === null
      ? ctx.inOvergang
        ? 'hoe, moest de regeling uiterlijk 1 juli 2024 regelen (lid 3).'
        : 'hoe, staat in de regeling (lid 3).'
      : 'hoe, staat in de regeling (lid 3).';
  return ja(code, g, metAfspraak(`${algemeen.replace(/\.$/, '')}; ${hoe}`, tekst), {
    bron: tekst === null ? 'wet' : 'regeling',
  });
}

// ---- begroting (art. 35) -------------------------------------------------------------------------

/** Art. 35 lid 1: twelve weeks (eight before 1 July 2022) before the AB, or before adoption by a BVO or GO. */
function toezending(ctx: Ctx): string {
  const weken = ctx.na2022 ? 'twaalf' : 'acht';
  return ctx.vorm === 'openbaar_lichaam'
    ? `${weken} weken vóór de behandeling in het algemeen bestuur`
    : `${weken} weken vóór de vaststelling`;
}

function zienswijzeOntwerpbegroting(ctx: Ctx): Instrument {
  const code = 'zienswijze_ontwerpbegroting';
  const g = wgr(ctx, 'begroting', ctx.na2022 ? '1–4' : '1–3');
  const algemeen = 'Zienswijze op de ontwerpbegroting van de regeling.';
  if (!ctx.eigenBestuur)
    return nee(
      code,
      g,
      algemeen,
      `${hoofdletter(VORM_NAAM[ctx.vorm])} heeft geen eigen begroting (art. 34–35 gelden alleen bij een openbaar lichaam, bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan).`,
    );
  // Chapter II (art. 48 lid 4) addresses the reasoned reply to gedeputeerde staten, not to provinciale staten.
  const reactie = !ctx.na2022
    ? 'de zienswijzen gaan mee met de ontwerpbegroting'
    : ctx.soort === 'provincie'
      ? 'het bestuur informeert gedeputeerde staten vóór de vaststelling schriftelijk en gemotiveerd over zijn oordeel'
      : 'het bestuur reageert vóór de vaststelling schriftelijk en gemotiveerd';
  return ja(
    code,
    g,
    `Zienswijze op de ontwerpbegroting, die ${toezending(ctx)} wordt toegezonden; ${reactie}.`,
  );
}

function zienswijzeBegrotingswijziging(ctx: Ctx): Instrument {
  const code = 'zienswijze_begrotingswijziging';
  const g = wgr(ctx, 'begroting', ctx.na2022 ? '6' : '5');
  const algemeen = 'Zienswijze op een ontwerp-begrotingswijziging.';
  if (!ctx.eigenBestuur)
    return nee(code, g, algemeen, `${hoofdletter(VORM_NAAM[ctx.vorm])} heeft geen eigen begroting.`);
  return ja(
    code,
    g,
    'Zienswijze op een ontwerp-begrotingswijziging, met dezelfde procedure als de begroting, behalve voor categorieën die de regeling uitzondert.',
  );
}

function zienswijzeVastgesteldeBegroting(ctx: Ctx): Instrument {
  const code = 'zienswijze_vastgestelde_begroting';
  const g = wgr(ctx, 'begroting', ctx.na2022 ? '5' : '4');
  const toezicht = ctx.soort === 'provincie' ? 'de Minister van BZK' : 'gedeputeerde staten';
  const algemeen = `Zienswijze op de vastgestelde begroting bij ${toezicht} als toezichthouder.`;
  if (!ctx.eigenBestuur)
    return nee(code, g, algemeen, `${hoofdletter(VORM_NAAM[ctx.vorm])} heeft geen eigen begroting.`);
  const { n } = ctx;
  return ja(
    code,
    g,
    `Het bestuur zendt de vastgestelde begroting zo nodig toe; ${n.raad} ${ww(n.raadMeervoud, 'kan', 'kunnen')} daarover een zienswijze geven aan ${toezicht}.`,
  );
}

// ---- decisions the regeling designates; private legal persons; bestuurscommissies ---------------

/** Art. 10 lid 5–6 (from 1 July 2022): the regeling names the decisions and the way; not the begroting. */
function zienswijzeBesluiten(ctx: Ctx): Instrument {
  const code = 'zienswijze_besluiten';
  const g = wgr(ctx, 'hoofdstuk', '10 lid 5–6');
  const algemeen = 'Zienswijze vooraf op besluiten van het bestuur die de regeling aanwijst.';
  if (!ctx.eigenBestuur) return nee(code, g, algemeen, geenEigenBestuur(ctx, 'art. 10 lid 5–6'));
  if (!ctx.na2022) return nee(code, g, algemeen, NOG_NIET);
  const tekst = afspraak(ctx.afspraken.zienswijzeBesluiten);
  const basis =
    'Zienswijze vooraf op de besluiten die de regeling aanwijst, niet de begroting; het bestuur reageert schriftelijk en gemotiveerd vóór het besluit.';
  if (tekst !== null) return ja(code, g, metAfspraak(basis, tekst), { bron: 'regeling' });
  return ja(
    code,
    g,
    `${basis} Welke besluiten en hoe is in Grip niet bekend${ctx.inOvergang ? '; de regeling moest dit uiterlijk 1 juli 2024 regelen' : ''}.`,
    { zeker: !ctx.inOvergang },
  );
}

function wensenDeelneming(ctx: Ctx): Instrument {
  const code = 'wensen_bedenkingen_deelneming';
  const g = wgr(ctx, 'deelneming', '2');
  const algemeen =
    'Wensen en bedenkingen op een ontwerpbesluit van het bestuur om een stichting, vennootschap, vereniging of andere rechtspersoon op te richten of daarin deel te nemen.';
  if (ctx.vorm !== 'openbaar_lichaam' && ctx.vorm !== 'bedrijfsvoeringsorganisatie')
    return nee(
      code,
      g,
      algemeen,
      'Alleen het bestuur van een openbaar lichaam of bedrijfsvoeringsorganisatie kan een rechtspersoon oprichten of daarin deelnemen.',
    );
  return ja(code, g, `${algemeen.replace(/\.$/, '')}; alleen als de regeling dat toelaat.`);
}

function wensenBestuurscommissie(ctx: Ctx): Instrument {
  const code = 'wensen_bedenkingen_bestuurscommissie';
  const g = wgr(ctx, 'hoofdstuk', '25 lid 2');
  const algemeen =
    'Wensen en bedenkingen voordat het algemeen bestuur een bestuurscommissie met eigen bevoegdheden instelt.';
  if (ctx.vorm !== 'openbaar_lichaam')
    return nee(
      code,
      g,
      algemeen,
      'Alleen het algemeen bestuur van een openbaar lichaam kan een bestuurscommissie instellen (art. 25 lid 1).',
    );
  if (ctx.soort === 'waterschap')
    return nee(
      code,
      { artikel: 'Wgr art. 50a lid 1', zeker: false },
      algemeen,
      'Art. 50a lid 1 past voor waterschappen art. 8–24a, 26, 28 en 29 toe, niet art. 25.',
      false,
    );
  return ja(code, g, `${algemeen.replace(/\.$/, '')}; alleen als de regeling daarin voorziet.`);
}

// ---- making, changing, joining and leaving the regeling (art. 1 lid 2–5; art. 9 lid 1) ---------

const ALLEEN_ZONDER_RADEN =
  'Geldt alleen als geen raad, provinciale staten of algemeen bestuur van een waterschap de regeling (mede) trof.';
/** Art. 1 lid 5 (lid 3 before 1 July 2022) names wijzigen, toetreden and uittreden, not opheffing. */
const opheffing = (ctx: Ctx) =>
  `Opheffing noemt ${art1(ctx, ctx.na2022 ? '5' : '3')} niet; de regeling regelt die (art. 9 lid 1).`;

function zienswijzeOntwerpRegeling(ctx: Ctx): Instrument {
  const code = 'zienswijze_ontwerp_regeling';
  const g = wgr(ctx, 'art1', '2–3 en 5');
  const { n } = ctx;
  const algemeen = `Zienswijze binnen acht weken op het ontwerp dat ${n.collegeOfBurgemeester} toezendt bij het treffen of wijzigen van, toetreden tot of uittreden uit de regeling.`;
  if (!ctx.na2022)
    return nee(
      code,
      g,
      algemeen,
      `${NOG_NIET} Daarvoor was er alleen toestemming: ${art1(ctx, '2')}, tekst tot 1 juli 2022.`,
    );
  if (ctx.uitvoerderPartij === null) return nee(code, g, algemeen, ONBEKEND_ORGAAN, false);
  const besluitZelf = `${hoofdletter(n.raad)} ${ww(n.raadMeervoud, 'is', 'zijn')} zelf partij en ${ww(n.raadMeervoud, 'besluit', 'besluiten')} zelf over wijziging, toetreding en uittreding`;
  if (!ctx.uitvoerderPartij) return nee(code, g, algemeen, `${besluitZelf}.`);
  if (ctx.medeDoorRaden === true)
    return nee(
      code,
      g,
      algemeen,
      `${besluitZelf}; voor een regeling die (mede) door ${n.radenKort} wordt getroffen, wordt geen ontwerp toegezonden (lid 2).`,
    );
  return ja(
    code,
    g,
    zin(
      algemeen,
      'Wie geen zienswijze geeft, meldt dat zo spoedig mogelijk.',
      ctx.medeDoorRaden === null ? ALLEEN_ZONDER_RADEN : '',
      opheffing(ctx),
    ),
    { zeker: ctx.medeDoorRaden === false },
  );
}

function toestemmingRegeling(ctx: Ctx): Instrument {
  const code = 'toestemming_regeling';
  const g = wgr(ctx, 'art1', ctx.na2022 ? '4–5' : '2–3');
  const { n } = ctx;
  const algemeen = `${hoofdletter(n.collegeOfBurgemeester)} mag een regeling pas treffen, wijzigen, ertoe toetreden of eruit uittreden na toestemming van ${n.raad}; weigeren kan alleen wegens strijd met het recht of het algemeen belang.`;
  if (ctx.uitvoerderPartij === null) return nee(code, g, algemeen, ONBEKEND_ORGAAN, false);
  const zelfPartij = `${hoofdletter(n.raad)} ${ww(n.raadMeervoud, 'is', 'zijn')} zelf partij`;
  if (!ctx.uitvoerderPartij)
    return nee(
      code,
      g,
      algemeen,
      `${zelfPartij} en ${ww(n.raadMeervoud, 'besluit', 'besluiten')} zelf; toestemming geldt alleen als ${n.collegeOfBurgemeester} deelneemt.`,
    );
  if (ctx.raadPartij)
    return ja(
      code,
      g,
      zin(
        algemeen,
        `${zelfPartij} naast ${n.collegeOfBurgemeester}; of dan nog afzonderlijke toestemming nodig is, is niet zeker (het artikel kent geen uitzondering).`,
      ),
      { zeker: false },
    );
  return ja(code, g, zin(algemeen, opheffing(ctx)));
}

function uittreding(ctx: Ctx): Instrument {
  const code = 'uittreding';
  const g = wgr(ctx, 'hoofdstuk', '9 lid 1');
  const { n } = ctx;
  const algemeen =
    'Uittreden uit de regeling, onder de voorwaarden en met de gevolgen die de regeling regelt.';
  if (ctx.raadPartij === null) return nee(code, g, algemeen, ONBEKEND_ORGAAN, false);
  if (!ctx.raadPartij) {
    const zienswijze = ctx.na2022
      ? `${ww(n.raadMeervoud, 'geeft', 'geven')} daarover een zienswijze en `
      : '';
    const via = art1(ctx, ctx.na2022 ? '3–5' : '2–3');
    return nee(
      code,
      g,
      algemeen,
      `${hoofdletter(n.collegeOfBurgemeester)} besluit tot uittreding; ${n.raad} ${zienswijze}${ww(n.raadMeervoud, 'moet', 'moeten')} toestemming geven (${via}).`,
    );
  }
  const tekst = afspraak(ctx.afspraken.uittreding);
  const besluit = `${hoofdletter(n.raad)} ${ww(n.raadMeervoud, 'besluit', 'besluiten')} zelf tot uittreding;`;
  const wet = ctx.na2022
    ? `${besluit} de regeling moet de voorwaarden en de gevolgen regelen, ook voor het vermogen.`
    : `${besluit} tot 1 juli 2022 hoefde alleen een regeling voor onbepaalde tijd de gevolgen te regelen.`;
  return ja(code, g, metAfspraak(wet, tekst), {
    zeker: !(ctx.inOvergang && tekst === null),
    bron: tekst === null ? 'wet' : 'regeling',
  });
}

/** Art. 11a (from 1 July 2022): every regeling, whatever its form, regulates its evaluation. */
function evaluatie(ctx: Ctx): Instrument {
  const code = 'evaluatie';
  const g = wgr(ctx, 'hoofdstuk', '11a');
  const algemeen = 'De regeling regelt hoe zij wordt geëvalueerd; de wet noemt geen frequentie.';
  if (!ctx.na2022) return nee(code, g, algemeen, NOG_NIET);
  const tekst = afspraak(ctx.afspraken.evaluatie);
  if (tekst !== null) return ja(code, g, metAfspraak(algemeen, tekst), { bron: 'regeling' });
  return ja(
    code,
    g,
    `${algemeen} De afspraak is in Grip niet bekend${ctx.inOvergang ? '; de regeling moest dit uiterlijk 1 juli 2024 regelen' : ''}.`,
    { zeker: !ctx.inOvergang },
  );
}

// ---- joint instruments of the councils ------------------------------------------------------------

function adviescommissie(ctx: Ctx): Instrument {
  const code = 'adviescommissie';
  const g = wgr(ctx, 'hoofdstuk', '24a');
  const { n } = ctx;
  const algemeen = `Op gezamenlijk voorstel van ${n.raden} stelt het algemeen bestuur een gemeenschappelijke adviescommissie in van hun leden.`;
  if (ctx.vorm !== 'openbaar_lichaam')
    return nee(
      code,
      g,
      algemeen,
      `Alleen bij een openbaar lichaam (art. 24a lid 1); ${VORM_NAAM[ctx.vorm]} heeft geen algemeen bestuur.`,
    );
  if (!ctx.na2022) return nee(code, g, algemeen, NOG_NIET);
  return ja(
    code,
    g,
    zin(
      algemeen,
      `Zij adviseert het algemeen bestuur of ${n.radenKort}, of bereidt hun besluitvorming over de regeling voor; ieder kan afzien van een lid. "Gezamenlijk" wordt gelezen als: allen samen.`,
    ),
  );
}

/** Gemw art. 155g–155h (from 1 July 2022): only for an OL, BVO or GO not made (also) by raden. */
function regionaalOnderzoek(ctx: Ctx): Instrument {
  const code = 'regionaal_onderzoek';
  const algemeen =
    'Een onderzoek naar het bestuur van de regeling door een gemeenschappelijke onderzoekscommissie van ten minste drie leden van de deelnemende raden, met de bevoegdheden van een enquêtecommissie.';
  if (ctx.soort === 'waterschap')
    return nee(
      code,
      { artikel: 'Gemw art. 155g–155h', zeker: false },
      algemeen,
      'Gemw art. 155g noemt gemeenten en provincies, geen waterschappen; een regel in de Waterschapswet is niet nagegaan.',
      false,
    );
  const g: Grondslag =
    ctx.soort === 'gemeente'
      ? { artikel: 'Gemw art. 155g–155h', zeker: true }
      : { artikel: 'Gemw art. 155g–155h (met gemeenten); Provinciewet: artikel niet nagegaan', zeker: false };
  if (!ctx.na2022) return nee(code, g, algemeen, NOG_NIET);
  if (!ctx.eigenBestuur)
    return nee(
      code,
      g,
      algemeen,
      `${hoofdletter(VORM_NAAM[ctx.vorm])} heeft geen eigen bestuur; art. 155g lid 1 geldt alleen bij een openbaar lichaam, bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan.`,
    );
  if (ctx.medeDoorRaden === true)
    return nee(
      code,
      g,
      algemeen,
      `Niet bij een regeling die uitsluitend of mede door raden of provinciale staten is getroffen (art. 155g lid 2); daar ${ww(ctx.n.raadMeervoud, 'heeft', 'hebben')} ${ctx.n.raad} de instrumenten van een deelnemer.`,
    );
  return ja(
    code,
    g,
    zin(
      algemeen,
      `Alleen samen met ${ctx.n.raden}, op voorstel van één van hen.`,
      ctx.medeDoorRaden === null
        ? 'Geldt alleen als geen raad of provinciale staten de regeling (mede) troffen.'
        : '',
    ),
    { zeker: ctx.medeDoorRaden === false },
  );
}

/** Gemw art. 184: the rekenkamer may investigate an OL, BVO or GO the gemeente takes part in. */
function rekenkamer(ctx: Ctx): Instrument {
  const code = 'rekenkamer';
  const algemeen = `De rekenkamer (niet ${ctx.n.raad} zelf) kan onderzoek doen bij het bestuur van de regeling; zij beslist daar zelf over.`;
  if (ctx.soort === 'waterschap')
    return nee(
      code,
      { artikel: 'Waterschapswet (artikel niet nagegaan)', zeker: false },
      algemeen,
      'De briefs noemen geen rekenkamerbevoegdheid van een waterschap ten aanzien van een regeling; nagaan in de Waterschapswet.',
      false,
    );
  const g: Grondslag =
    ctx.soort === 'provincie'
      ? { artikel: 'Provinciewet art. 183', zeker: false }
      : {
          artikel: ctx.na2023
            ? 'Gemw art. 184 lid 1 onder a en lid 4'
            : 'Gemw art. 184 lid 1 onder a en lid 3',
          zeker: true,
        };
  if (!ctx.eigenBestuur)
    return nee(
      code,
      g,
      algemeen,
      `Art. 184 lid 1 onder a noemt alleen een openbaar lichaam, bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan; de rekenkamer onderzoekt wel het eigen bestuur, ook wat het in ${VORM_NAAM[ctx.vorm]} doet.`,
    );
  if (ctx.soort === 'provincie')
    return ja(
      code,
      g,
      'De rekenkamer van de provincie kan onderzoek doen bij het bestuur van de regeling; wat zij mag, volgt uit de Provinciewet (niet nagegaan).',
      { zeker: false },
    );
  const wat = ctx.na2023
    ? ', ook naar het gevoerde beleid, en gebruikt daarbij zoveel mogelijk controles van anderen'
    : ctx.na2022
      ? ', ook naar het gevoerde bestuur, en meldt dat aan de rekenkamers van de andere deelnemers'
      : ' bij het bestuur van de regeling';
  return ja(
    code,
    g,
    `De rekenkamer kan, als de stukken van de regeling daartoe aanleiding geven, onderzoek doen${wat}; zij beslist daar zelf over.`,
  );
}

// ---- the function -------------------------------------------------------------------------------

const REGELS: Readonly<Record<InstrumentCode, (ctx: Ctx) => Instrument>> = {
  inlichtingen_lid: inlichtingenLid,
  verantwoording_lid: verantwoordingLid,
  ontslag_lid: ontslagLid,
  inlichtingen_bestuur: inlichtingenBestuur,
  actieve_informatie: actieveInformatie,
  zienswijze_ontwerpbegroting: zienswijzeOntwerpbegroting,
  zienswijze_begrotingswijziging: zienswijzeBegrotingswijziging,
  zienswijze_vastgestelde_begroting: zienswijzeVastgesteldeBegroting,
  zienswijze_besluiten: zienswijzeBesluiten,
  wensen_bedenkingen_deelneming: wensenDeelneming,
  wensen_bedenkingen_bestuurscommissie: wensenBestuurscommissie,
  zienswijze_ontwerp_regeling: zienswijzeOntwerpRegeling,
  toestemming_regeling: toestemmingRegeling,
  uittreding,
  evaluatie,
  adviescommissie,
  regionaal_onderzoek: regionaalOnderzoek,
  rekenkamer,
};

/**
 * Every instrument of `instrumentCodes`, in that order, for the council of the participant described by
 * `input`: available or not (with the reason), the article, and whether the rule is confirmed. Throws a
 * RangeError for a peildatum that is not a 'YYYY-MM-DD' date.
 */
export function onzeInstrumenten(input: InstrumentenInput): Instrument[] {
  if (!isDatum(input.peildatum)) throw new RangeError(`Invalid peildatum: ${String(input.peildatum)}`);
  const ctx = context(input);
  return instrumentCodes.map((code) => REGELS[code](ctx));
}
