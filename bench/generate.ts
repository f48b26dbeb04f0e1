/**
 * National-scale data for `npm run bench`: 342 gemeenten and 12 provincies (the real CBS list when
 * the shared data is present, generated ones otherwise), the 21 waterschappen, 1,200 regelingen of
 * every form, 10,000 participations and 8,000 board members.
 *
 * Written with bulk INSERTs straight into the tables (the per-row use cases would take minutes);
 * what the use cases derive is derived here too: each regeling's `type` comes from
 * bepaalRegelingType over its active participations, as after every change in the service.
 * Deterministic: the same seed gives the same regelingen, ids included (the organisation ids
 * come from the CBS import and differ per run).
 *
 * Standalone: `node --import tsx bench/generate.ts <data dir>` fills a fresh PGlite data folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { count, sql } from 'drizzle-orm';
import { type Db, openDatabase } from '../src/platform/db/client';
import { systeem } from '../src/platform/audit/audit';
import { auditLog } from '../src/platform/audit/schema';
import {
  type CbsGemeenten,
  importCbsGemeenten,
  parseCbsGemeenten,
} from '../src/modules/organisaties/import-cbs';
import { inwonertal, organisatie } from '../src/modules/organisaties/schema';
import { bestuurslid, deelname, regeling } from '../src/modules/regelingen/schema';
import { vergadering } from '../src/modules/begrotingscyclus/schema';
import { bepaalRegelingType } from '../src/modules/regelingen/domain/regelingtype';
import type {
  Afspraken,
  Bestuursorgaan,
  Bevoegdheid,
  DeelnemendOrgaan,
  Functie,
  Kostenverdeling,
  RegelingType,
  Vorm,
} from '../src/modules/regelingen/domain/types';
import { maakToeval, type Toeval } from './lib/toeval';

export interface GeneratieOpties {
  seed?: number;
  regelingen?: number;
  deelnames?: number;
  bestuursleden?: number;
  /** The CBS gemeenten CSV; null = always generate gemeenten. Default: the shared data file. */
  cbsBestand?: string | null;
  /** Progress messages (stderr in the benchmark). */
  log?: (bericht: string) => void;
}

export interface GeneratieResultaat {
  gemeentenBron: string;
  seed: number;
  duurMs: number;
  aantallen: {
    gemeenten: number;
    provincies: number;
    waterschappen: number;
    regelingen: number;
    deelnames: number;
    bestuursleden: number;
  };
  perVorm: Record<string, number>;
  perType: Record<string, number>;
  deelnemersPerRegeling: {
    min: number;
    mediaan: number;
    max: number;
    meerDan30: number;
    drieTotTwaalf: number;
  };
  /** The regeling closest to 30 participants (the benchmark's regeling page). */
  groteRegeling: { id: string; naam: string; deelnemers: number; bestuursleden: number };
  /** Regelingen GM0363 (Amsterdam) takes part in. */
  amsterdam: { code: string; regelingen: number };
}

/** The CBS file as configured (relative to the working directory unless GRIP_SHARED_DATA is absolute). */
export const standaardCbsBestand = () =>
  `${process.env.GRIP_SHARED_DATA ?? '../shared/data'}/gemeenten-cbs-2024/gemeenten_2025.csv`;

// ---------------------------------------------------------------------------------------------
// Organisations

interface Org {
  id: string;
  code: string | null;
  naam: string;
  soort: 'gemeente' | 'provincie' | 'waterschap';
  /** PV code of the province it lies in (the province itself for a provincie). */
  provincie: string;
  inwoners: number | null;
}

interface Regio {
  naam: string;
  provincie: string;
  gemeenten: Org[];
}

/** The 21 waterschappen and the province where most of their area lies. */
const WATERSCHAPPEN: [string, string][] = [
  ['Wetterskip Fryslân', 'PV21'],
  ['Waterschap Noorderzijlvest', 'PV20'],
  ["Waterschap Hunze en Aa's", 'PV22'],
  ['Waterschap Drents Overijsselse Delta', 'PV23'],
  ['Waterschap Vechtstromen', 'PV23'],
  ['Waterschap Vallei en Veluwe', 'PV25'],
  ['Waterschap Rijn en IJssel', 'PV25'],
  ['Waterschap Rivierenland', 'PV25'],
  ['Waterschap Zuiderzeeland', 'PV24'],
  ['Hoogheemraadschap Hollands Noorderkwartier', 'PV27'],
  ['Waterschap Amstel, Gooi en Vecht', 'PV27'],
  ['Hoogheemraadschap van Rijnland', 'PV28'],
  ['Hoogheemraadschap van Delfland', 'PV28'],
  ['Hoogheemraadschap van Schieland en de Krimpenerwaard', 'PV28'],
  ['Waterschap Hollandse Delta', 'PV28'],
  ['Hoogheemraadschap De Stichtse Rijnlanden', 'PV26'],
  ['Waterschap Brabantse Delta', 'PV30'],
  ['Waterschap De Dommel', 'PV30'],
  ['Waterschap Aa en Maas', 'PV30'],
  ['Waterschap Limburg', 'PV31'],
  ['Waterschap Scheldestromen', 'PV29'],
];

/** Provinces with their number of gemeenten in 2024, for the generated fallback. */
const PROVINCIES: [string, string, number][] = [
  ['PV20', 'Groningen', 10],
  ['PV21', 'Fryslân', 18],
  ['PV22', 'Drenthe', 12],
  ['PV23', 'Overijssel', 25],
  ['PV24', 'Flevoland', 6],
  ['PV25', 'Gelderland', 51],
  ['PV26', 'Utrecht', 26],
  ['PV27', 'Noord-Holland', 44],
  ['PV28', 'Zuid-Holland', 50],
  ['PV29', 'Zeeland', 13],
  ['PV30', 'Noord-Brabant', 56],
  ['PV31', 'Limburg', 31],
];

/** Fictional gemeenten (GM code, name, population) when the CBS file is absent; GM0363 stays Amsterdam. */
function genereerCbs(t: Toeval): { data: CbsGemeenten; regioVan: Map<string, string> } {
  const begin = [
    'Al',
    'Bre',
    'Coe',
    'Dijk',
    'Eem',
    'Fol',
    'Gra',
    'Hol',
    'Ijs',
    'Kro',
    'Lee',
    'Mid',
    'Noor',
    'Oost',
    'Pol',
    'Ree',
    'Sluis',
    'Ter',
    'Uit',
    'Veen',
    'Wes',
    'Zand',
  ];
  const eind = [
    'dam',
    'dijk',
    'wolde',
    'veen',
    'horst',
    'broek',
    'hoven',
    'kerk',
    'zijl',
    'lo',
    'sum',
    'recht',
    'waard',
    'beek',
    'burg',
    'meer',
  ];
  const gebruikt = new Set<string>(['Amsterdam']);
  const naam = () => {
    for (;;) {
      const n = `${t.kies(begin)}${t.kies(eind)}`;
      const v = gebruikt.has(n) ? `${n} aan Zee` : n;
      if (!gebruikt.has(v)) {
        gebruikt.add(v);
        return v;
      }
    }
  };
  const gemeenten: CbsGemeenten['gemeenten'] = [];
  const regioVan = new Map<string, string>();
  let nummer = 1;
  for (const [pv, pvNaam, n] of PROVINCIES) {
    const regios = Math.max(1, Math.round(n / 14));
    for (let i = 0; i < n; i++) {
      let code: string;
      if (pv === 'PV27' && i === 0) code = 'GM0363';
      else {
        if (nummer === 363) nummer++;
        code = `GM${String(nummer++).padStart(4, '0')}`;
      }
      const inwoners = code === 'GM0363' ? 931_298 : Math.round(8_000 * Math.exp(t.getal() * 3.2));
      gemeenten.push({
        code,
        naam: code === 'GM0363' ? 'Amsterdam' : naam(),
        pvCode: pv,
        begindatum: '1970-01-01',
        inwoners,
      });
      regioVan.set(
        code,
        regios === 1 ? pvNaam : `${pvNaam} ${['Noord', 'Zuid', 'Oost', 'West'][i % regios]}`,
      );
    }
  }
  const provincies = PROVINCIES.map(([code, naam]) => ({
    code,
    naam,
    inwoners: gemeenten.filter((g) => g.pvCode === code).reduce((s, g) => s + g.inwoners, 0),
  }));
  return { data: { bestand: 'gegenereerd', peildatum: '2024-01-01', gemeenten, provincies }, regioVan };
}

/** Veiligheidsregio per gemeente from the CBS file (columns vr_code_2023, vr_naam_2023), when present. */
function regiosUitCsv(tekst: string): Map<string, string> {
  const rijen = parse<Record<string, string>>(tekst, {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return new Map(rijen.filter((r) => r.gm_code && r.vr_naam_2023).map((r) => [r.gm_code!, r.vr_naam_2023!]));
}

// ---------------------------------------------------------------------------------------------
// Regelingen: themes as found in the national register

type Soort = 'raad' | 'college' | 'burgemeester' | 'gemengd';
type Bereik = 'regio' | 'deel' | 'klein' | 'provincie';

interface Thema {
  bereik: Bereik;
  /** Weight among the themes of the same reach ('regio': one per region each). */
  gewicht: number;
  namen: string[];
  korteNaam?: string;
  belang: string;
  beleidsterreinen: string[];
  taken: string;
  vormen: [Vorm, number][];
  soorten: [Soort, number][];
  bevoegdheden: Bevoegdheid[];
  /** Chance that the province takes part as well. */
  provincie?: number;
  /** Chance that a waterschap takes part as well. */
  waterschap?: number;
}

const begroting = { besluit: 'Ontwerpbegroting', termijnWeken: 8, atwVanToepassing: null };
const THEMAS: Thema[] = [
  {
    bereik: 'regio',
    gewicht: 1,
    namen: ['Gemeenschappelijke regeling Veiligheidsregio {R}'],
    korteNaam: 'VR {R}',
    belang:
      'Brandweerzorg, rampenbestrijding, crisisbeheersing en geneeskundige hulpverlening in de regio {R}.',
    beleidsterreinen: ['Openbare orde en veiligheid'],
    taken: 'Brandweer, GHOR, meldkamer, risico- en crisisbeheersing.',
    vormen: [['openbaar_lichaam', 1]],
    soorten: [['college', 1]],
    bevoegdheden: [
      {
        omschrijving: 'Taken en bevoegdheden van het bestuur van de veiligheidsregio',
        grondslag: 'Wet veiligheidsregio’s art. 10',
      },
    ],
  },
  {
    bereik: 'regio',
    gewicht: 1,
    namen: ['Gemeenschappelijke regeling GGD {R}', 'Gemeenschappelijke regeling Publieke Gezondheid {R}'],
    korteNaam: 'GGD {R}',
    belang: 'Bescherming en bevordering van de gezondheid van de inwoners van {R}.',
    beleidsterreinen: ['Volksgezondheid'],
    taken: 'Jeugdgezondheidszorg, infectieziektebestrijding, medische milieukunde, forensische geneeskunde.',
    vormen: [['openbaar_lichaam', 1]],
    soorten: [
      ['gemengd', 3],
      ['college', 1],
    ],
    bevoegdheden: [
      {
        omschrijving: 'Uitvoering van de taken van de gemeentelijke gezondheidsdienst',
        grondslag: 'Wet publieke gezondheid art. 14',
      },
    ],
  },
  {
    bereik: 'regio',
    gewicht: 1,
    namen: [
      'Gemeenschappelijke regeling Omgevingsdienst {R}',
      'Gemeenschappelijke regeling Regionale Uitvoeringsdienst {R}',
    ],
    korteNaam: 'OD {R}',
    belang:
      'Vergunningverlening, toezicht en handhaving op het gebied van milieu en de fysieke leefomgeving in {R}.',
    beleidsterreinen: ['Milieu', 'Omgevingsrecht'],
    taken: 'Basistaken omgevingsdiensten, milieuvergunningen, toezicht en handhaving, bodem en geluid.',
    vormen: [['openbaar_lichaam', 1]],
    soorten: [['college', 1]],
    bevoegdheden: [
      {
        omschrijving: 'Mandaat voor vergunningverlening, toezicht en handhaving milieu',
        grondslag: 'Omgevingswet art. 18.21',
      },
    ],
    provincie: 1,
  },
  {
    bereik: 'regio',
    gewicht: 1,
    namen: ['Gemeenschappelijke regeling Veilig Thuis {R}'],
    belang: 'Advies- en meldpunt huiselijk geweld en kindermishandeling voor {R}.',
    beleidsterreinen: ['Zorg en welzijn', 'Jeugd'],
    taken: 'Veilig Thuis, advies en meldingen, vervolgtrajecten.',
    vormen: [
      ['centrumgemeente', 1],
      ['openbaar_lichaam', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'provincie',
    gewicht: 1,
    namen: [
      'Gemeenschappelijke regeling Inkoop Specialistische Jeugdhulp {R}',
      'Regionaal Historisch Centrum {R}',
      'Belastingsamenwerking {R}',
    ],
    belang: 'Samenwerking van de gemeenten in {R} op een taak die de regio overstijgt.',
    beleidsterreinen: ['Jeugd', 'Bedrijfsvoering'],
    taken: 'Gezamenlijke inkoop, contractbeheer en uitvoering voor alle deelnemers.',
    vormen: [
      ['openbaar_lichaam', 3],
      ['bedrijfsvoeringsorganisatie', 1],
    ],
    soorten: [
      ['college', 2],
      ['gemengd', 1],
    ],
    bevoegdheden: [
      { omschrijving: 'Aangaan en beheren van overeenkomsten namens de deelnemers', grondslag: null },
    ],
    provincie: 0.3,
  },
  {
    bereik: 'deel',
    gewicht: 90,
    namen: ['Gemeenschappelijke regeling Afvalverwerking {R}', 'Afvalschap {R}', 'Reinigingsdienst {R}'],
    belang: 'Inzameling en verwerking van huishoudelijk afval in {R}.',
    beleidsterreinen: ['Afval', 'Milieu'],
    taken: 'Inzameling, afvalbrengstations, verwerkingscontracten.',
    vormen: [
      ['openbaar_lichaam', 3],
      ['bedrijfsvoeringsorganisatie', 1],
    ],
    soorten: [
      ['gemengd', 2],
      ['raad', 1],
      ['college', 1],
    ],
    bevoegdheden: [
      {
        omschrijving: 'Vaststellen van de afvalstoffenverordening',
        grondslag: 'Wet milieubeheer art. 10.23',
      },
    ],
  },
  {
    bereik: 'deel',
    gewicht: 70,
    namen: [
      'Werkvoorzieningsschap {R}',
      'Gemeenschappelijke regeling Werkbedrijf {R}',
      'Participatiebedrijf {R}',
    ],
    belang: 'Arbeidsontwikkeling en beschut werk voor inwoners van {R} met afstand tot de arbeidsmarkt.',
    beleidsterreinen: ['Werk en inkomen'],
    taken: 'Uitvoering Wet sociale werkvoorziening, beschut werk, re-integratie.',
    vormen: [
      ['openbaar_lichaam', 7],
      ['bedrijfsvoeringsorganisatie', 3],
    ],
    soorten: [
      ['gemengd', 1],
      ['college', 2],
    ],
    bevoegdheden: [
      { omschrijving: 'Uitvoering van de Wet sociale werkvoorziening', grondslag: 'Wsw art. 2' },
    ],
  },
  {
    bereik: 'deel',
    gewicht: 70,
    namen: [
      'Belastingsamenwerking {R}',
      'Gemeenschappelijke regeling Belastingen {R}',
      'Regionaal Belastingkantoor {R}',
    ],
    belang: 'Heffing en invordering van lokale belastingen en uitvoering van de Wet WOZ in {R}.',
    beleidsterreinen: ['Belastingen'],
    taken: 'WOZ-waardering, aanslagoplegging, invordering, bezwaar.',
    vormen: [
      ['openbaar_lichaam', 1],
      ['bedrijfsvoeringsorganisatie', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [
      {
        omschrijving: 'Heffing en invordering van gemeentelijke belastingen',
        grondslag: 'Gemeentewet art. 231',
      },
    ],
    waterschap: 0.5,
  },
  {
    bereik: 'deel',
    gewicht: 110,
    namen: ['Bedrijfsvoeringsorganisatie {R}', 'Shared Service Center {R}', 'ICT-samenwerking {R}'],
    belang: 'Gezamenlijke bedrijfsvoering (ICT, personeel, financiën, inkoop) van de gemeenten in {R}.',
    beleidsterreinen: ['Bedrijfsvoering'],
    taken: 'ICT, informatievoorziening, salarisadministratie, inkoop.',
    vormen: [['bedrijfsvoeringsorganisatie', 1]],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'klein',
    gewicht: 70,
    namen: ['Werkorganisatie {R}', 'Ambtelijke organisatie {R}'],
    belang: 'Eén ambtelijke organisatie voor de gemeenten {R}.',
    beleidsterreinen: ['Bedrijfsvoering'],
    taken: 'Alle ambtelijke ondersteuning van de deelnemende gemeenten.',
    vormen: [
      ['bedrijfsvoeringsorganisatie', 3],
      ['openbaar_lichaam', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'deel',
    gewicht: 50,
    namen: ['Recreatieschap {R}', 'Gemeenschappelijke regeling Recreatie en Natuur {R}'],
    belang: 'Aanleg, beheer en onderhoud van recreatiegebieden in {R}.',
    beleidsterreinen: ['Recreatie en toerisme', 'Natuur en landschap'],
    taken: 'Beheer van recreatiegebieden, fiets- en wandelpaden.',
    vormen: [['openbaar_lichaam', 1]],
    soorten: [
      ['raad', 1],
      ['gemengd', 1],
    ],
    bevoegdheden: [
      { omschrijving: 'Vaststellen van een verordening voor de recreatiegebieden', grondslag: 'Wgr art. 30' },
    ],
    provincie: 0.4,
  },
  {
    bereik: 'deel',
    gewicht: 60,
    namen: ['Gemeenschappelijke regeling Jeugdhulp {R}', 'Inkoopsamenwerking Jeugd {R}'],
    belang: 'Inkoop en toegang van jeugdhulp voor de gemeenten in {R}.',
    beleidsterreinen: ['Jeugd'],
    taken: 'Regionale inkoop jeugdhulp, contractmanagement, jeugdbescherming.',
    vormen: [
      ['centrumgemeente', 2],
      ['openbaar_lichaam', 1],
      ['bedrijfsvoeringsorganisatie', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'deel',
    gewicht: 60,
    namen: ['Regionaal Bureau Leerplicht {R}', 'Gemeenschappelijke regeling Leerplicht en RMC {R}'],
    belang: 'Uitvoering van de leerplichtwet en voortijdig schoolverlaten in {R}.',
    beleidsterreinen: ['Onderwijs'],
    taken: 'Leerplicht, RMC-functie, verzuimaanpak.',
    vormen: [
      ['centrumgemeente', 3],
      ['regeling_zonder_meer', 1],
      ['openbaar_lichaam', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [
      { omschrijving: 'Aanwijzen van leerplichtambtenaren', grondslag: 'Leerplichtwet 1969 art. 16' },
    ],
  },
  {
    bereik: 'deel',
    gewicht: 40,
    namen: ['Regionaal Archief {R}', 'Streekarchief {R}'],
    belang: 'Beheer van de archieven van de deelnemers en openbaarheid ervan in {R}.',
    beleidsterreinen: ['Archief en erfgoed'],
    taken: 'Archiefbeheer, archiefinspectie, studiezaal.',
    vormen: [
      ['gemeenschappelijk_orgaan', 1],
      ['openbaar_lichaam', 1],
    ],
    soorten: [['gemengd', 1]],
    bevoegdheden: [
      { omschrijving: 'Zorg voor de archiefbewaarplaats', grondslag: 'Archiefwet 1995 art. 31' },
    ],
  },
  {
    bereik: 'deel',
    gewicht: 60,
    namen: ['Gemeenschappelijke rekenkamer {R}', 'Rekenkamer {R}'],
    belang:
      'Onderzoek naar doelmatigheid, doeltreffendheid en rechtmatigheid van het gemeentebestuur in {R}.',
    beleidsterreinen: ['Bestuur en dienstverlening'],
    taken: 'Rekenkameronderzoek.',
    vormen: [
      ['gemeenschappelijk_orgaan', 2],
      ['regeling_zonder_meer', 1],
    ],
    soorten: [['raad', 1]],
    bevoegdheden: [{ omschrijving: 'Taken van de rekenkamer', grondslag: 'Gemeentewet art. 81a' }],
  },
  {
    bereik: 'deel',
    gewicht: 60,
    namen: ['Regio {R}', 'Regionale Samenwerking {R}', 'Samenwerkingsverband {R}'],
    belang: 'Regionale samenwerking op economie, wonen, mobiliteit en ruimte in {R}.',
    beleidsterreinen: ['Economie', 'Ruimtelijke ordening', 'Wonen'],
    taken: 'Regionale agenda, woningbouwafspraken, economische programma’s.',
    vormen: [['openbaar_lichaam', 1]],
    soorten: [['gemengd', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'klein',
    gewicht: 50,
    namen: ['Gemeenschappelijke regeling Bedrijventerrein {R}', 'Grondbedrijf {R}'],
    belang: 'Ontwikkeling en uitgifte van een gezamenlijk bedrijventerrein van {R}.',
    beleidsterreinen: ['Economie', 'Ruimtelijke ordening'],
    taken: 'Grondverwerving, bouwrijp maken, uitgifte.',
    vormen: [
      ['openbaar_lichaam', 2],
      ['gemeenschappelijk_orgaan', 1],
    ],
    soorten: [
      ['raad', 1],
      ['gemengd', 1],
    ],
    bevoegdheden: [{ omschrijving: 'Verwerven en uitgeven van gronden', grondslag: null }],
  },
  {
    bereik: 'deel',
    gewicht: 50,
    namen: ['Regiotaxi {R}', 'Vervoerscentrale {R}', 'Gemeenschappelijke regeling Doelgroepenvervoer {R}'],
    belang: 'Doelgroepenvervoer (Wmo, leerlingen, jeugd) in {R}.',
    beleidsterreinen: ['Verkeer en vervoer', 'Zorg en welzijn'],
    taken: 'Regie op Wmo-vervoer, leerlingenvervoer en regiotaxi.',
    vormen: [
      ['bedrijfsvoeringsorganisatie', 1],
      ['openbaar_lichaam', 1],
      ['centrumgemeente', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'deel',
    gewicht: 40,
    namen: ['Gemeentelijke Kredietbank {R}', 'Gemeenschappelijke regeling Schuldhulpverlening {R}'],
    belang: 'Schuldhulpverlening en budgetbeheer voor inwoners van {R}.',
    beleidsterreinen: ['Werk en inkomen', 'Schuldhulpverlening'],
    taken: 'Schuldhulpverlening, budgetbeheer, sociale kredietverlening.',
    vormen: [
      ['openbaar_lichaam', 1],
      ['centrumgemeente', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'deel',
    gewicht: 40,
    namen: ['Samenwerking Toezicht Openbare Orde {R}', 'Regionale Handhaving Evenementen {R}'],
    belang: 'Gezamenlijk toezicht op de openbare orde en evenementen in {R}.',
    beleidsterreinen: ['Openbare orde en veiligheid'],
    taken: 'Toezicht en handhaving APV, evenementenveiligheid, aanpak ondermijning.',
    vormen: [
      ['centrumgemeente', 2],
      ['regeling_zonder_meer', 1],
      ['openbaar_lichaam', 1],
    ],
    soorten: [['burgemeester', 1]],
    bevoegdheden: [
      { omschrijving: 'Mandaat voor toezicht op de naleving van de APV', grondslag: 'Gemeentewet art. 172' },
    ],
  },
  {
    bereik: 'deel',
    gewicht: 50,
    namen: ['Inkoopbureau {R}', 'Gemeenschappelijke regeling Inkoopsamenwerking {R}'],
    belang: 'Professioneel en rechtmatig inkopen voor de gemeenten in {R}.',
    beleidsterreinen: ['Bedrijfsvoering'],
    taken: 'Aanbestedingen, contractmanagement, inkoopadvies.',
    vormen: [
      ['bedrijfsvoeringsorganisatie', 2],
      ['centrumgemeente', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
  {
    bereik: 'deel',
    gewicht: 38,
    namen: ['Cultuur- en erfgoedsamenwerking {R}', 'Regionaal Erfgoedcentrum {R}'],
    belang: 'Behoud en ontsluiting van cultureel erfgoed in {R}.',
    beleidsterreinen: ['Cultuur', 'Archief en erfgoed'],
    taken: 'Monumentenzorg, archeologie, erfgoededucatie.',
    vormen: [
      ['openbaar_lichaam', 1],
      ['regeling_zonder_meer', 1],
    ],
    soorten: [
      ['raad', 1],
      ['gemengd', 1],
    ],
    bevoegdheden: [],
  },
  {
    bereik: 'deel',
    gewicht: 80,
    namen: ['Samenwerking Sociaal Domein {R}', 'Gemeenschappelijke regeling Wmo {R}'],
    belang: 'Gezamenlijke uitvoering van taken in het sociaal domein in {R}.',
    beleidsterreinen: ['Zorg en welzijn'],
    taken: 'Wmo-inkoop, beschermd wonen, maatschappelijke opvang.',
    vormen: [
      ['centrumgemeente', 2],
      ['bedrijfsvoeringsorganisatie', 1],
      ['openbaar_lichaam', 1],
    ],
    soorten: [['college', 1]],
    bevoegdheden: [],
  },
];

const VOORNAMEN = [
  'Anne',
  'Bas',
  'Carla',
  'Daan',
  'Eva',
  'Frank',
  'Gerda',
  'Hans',
  'Ilse',
  'Jan',
  'Karin',
  'Lucas',
  'Marieke',
  'Niels',
  'Olga',
  'Pieter',
  'Rianne',
  'Sander',
  'Tineke',
  'Wouter',
  'Yvonne',
  'Ahmed',
  'Fatima',
  'Mohamed',
  'Sanne',
  'Joost',
  'Linda',
  'Erik',
  'Mirjam',
  'Koen',
];
const ACHTERNAMEN = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van der Heijden',
  'Yilmaz',
  'El Amrani',
];

// ---------------------------------------------------------------------------------------------

interface Plan {
  thema: Thema;
  vorm: Vorm;
  soort: Soort;
  regioNaam: string;
  /** The pool participants may be added from when the total is topped up. */
  pool: Org[];
  leden: Org[];
}

const orgaanPerSoort: Record<Org['soort'], Record<Exclude<Soort, 'gemengd'>, DeelnemendOrgaan>> = {
  gemeente: { raad: 'raad', college: 'college', burgemeester: 'burgemeester' },
  provincie: {
    raad: 'provinciale_staten',
    college: 'gedeputeerde_staten',
    burgemeester: 'commissaris_koning',
  },
  waterschap: { raad: 'waterschap_ab', college: 'waterschap_db', burgemeester: 'waterschap_voorzitter' },
};

function organenVoor(t: Toeval, o: Org, soort: Soort): DeelnemendOrgaan[] {
  const per = orgaanPerSoort[o.soort];
  if (soort !== 'gemengd') return [per[soort]];
  if (o.soort !== 'gemeente') return [per.raad, per.college];
  return t
    .gewogen<Exclude<Soort, 'gemengd'>[]>([
      [['raad', 'college', 'burgemeester'], 6],
      [['raad', 'college'], 2],
      [['college', 'burgemeester'], 2],
    ])
    .map((s) => per[s]);
}

function functieVoor(o: Org, soort: Soort, t: Toeval): Functie {
  if (o.soort === 'provincie') return 'gedeputeerde';
  if (o.soort === 'waterschap') return 'waterschapsbestuurder';
  if (soort === 'raad') return 'raadslid';
  if (soort === 'burgemeester') return 'burgemeester';
  return t.kans(0.85) ? 'wethouder' : 'burgemeester';
}

const afkorting = (namen: string[]) =>
  namen
    .map((n) =>
      n
        .replace(/^'s-/, '')
        .replace(/^(De|Het) /, '')
        .charAt(0)
        .toUpperCase(),
    )
    .join('');

const opsomming = (namen: string[]) =>
  namen.length <= 2 ? namen.join('-') : `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`;

async function inChunks<T>(rijen: T[], grootte: number, schrijf: (deel: T[]) => Promise<unknown>) {
  for (let i = 0; i < rijen.length; i += grootte) await schrijf(rijen.slice(i, i + grootte));
}

export async function genereerLandelijkeGegevens(
  db: Db,
  opties: GeneratieOpties = {},
): Promise<GeneratieResultaat> {
  const start = performance.now();
  const seed = opties.seed ?? 20_260_101;
  const doelRegelingen = opties.regelingen ?? 1200;
  const doelDeelnames = opties.deelnames ?? 10_000;
  const doelLeden = opties.bestuursleden ?? 8000;
  const log = opties.log ?? (() => {});
  const t = maakToeval(seed);

  const [bestaand] = await db.select({ n: count() }).from(regeling);
  if ((bestaand?.n ?? 0) > 0)
    throw new Error('De database bevat al regelingen: genereer in een lege database.');

  // --- gemeenten and provincies: the real CBS list, or generated ones
  const bestand = opties.cbsBestand === undefined ? standaardCbsBestand() : opties.cbsBestand;
  let cbs: CbsGemeenten;
  let regioVan: Map<string, string>;
  let gemeentenBron: string;
  if (bestand && fs.existsSync(bestand)) {
    const tekst = fs.readFileSync(bestand, 'utf8');
    cbs = parseCbsGemeenten(tekst, path.basename(bestand));
    regioVan = regiosUitCsv(tekst);
    gemeentenBron = `CBS-bestand ${path.basename(bestand)} (gedeelde gegevens, gemeenten-cbs-2024), veiligheidsregio's als regio's`;
  } else {
    ({ data: cbs, regioVan } = genereerCbs(t));
    gemeentenBron = `gegenereerd: het CBS-bestand ${bestand ?? '(geen)'} ontbreekt (zet GRIP_SHARED_DATA)`;
  }
  log(`Gemeenten: ${gemeentenBron}`);
  await importCbsGemeenten(db, cbs, systeem('benchmark'), { datum: '2025-01-01' });

  // --- waterschappen
  await db
    .insert(organisatie)
    .values(
      WATERSCHAPPEN.map(([naam]) => ({ id: t.uuid(), soort: 'waterschap' as const, naam, land: 'NL' })),
    );

  const orgRijen = await db
    .select({
      id: organisatie.id,
      code: organisatie.code,
      naam: organisatie.naam,
      soort: organisatie.soort,
      provincieId: organisatie.provincieId,
    })
    .from(organisatie)
    .orderBy(organisatie.naam);
  const inwonersVan = new Map(
    (await db.select({ id: inwonertal.organisatieId, aantal: inwonertal.aantal }).from(inwonertal)).map(
      (r) => [r.id, r.aantal],
    ),
  );
  const pvCodeVanId = new Map(orgRijen.filter((o) => o.soort === 'provincie').map((o) => [o.id, o.code!]));
  const orgs: Org[] = orgRijen.map((o) => ({
    id: o.id,
    code: o.code,
    naam: o.naam,
    soort: o.soort as Org['soort'],
    provincie:
      o.soort === 'provincie'
        ? o.code!
        : o.soort === 'waterschap'
          ? WATERSCHAPPEN.find(([n]) => n === o.naam)![1]
          : (pvCodeVanId.get(o.provincieId ?? '') ?? ''),
    inwoners: o.soort === 'gemeente' ? (inwonersVan.get(o.id) ?? null) : null,
  }));
  const gemeenten = orgs.filter((o) => o.soort === 'gemeente');
  const provincies = orgs.filter((o) => o.soort === 'provincie');
  const waterschappen = orgs.filter((o) => o.soort === 'waterschap');
  const provincieVan = new Map(provincies.map((p) => [p.code!, p]));
  const gemeentenIn = (pv: string) => gemeenten.filter((g) => g.provincie === pv);
  const amsterdam = gemeenten.find((g) => g.code === 'GM0363');

  const regioMap = new Map<string, Regio>();
  for (const g of gemeenten) {
    const naam = regioVan.get(g.code ?? '') ?? provincieVan.get(g.provincie)?.naam ?? 'Nederland';
    const r = regioMap.get(naam) ?? { naam, provincie: g.provincie, gemeenten: [] };
    r.gemeenten.push(g);
    regioMap.set(naam, r);
  }
  const regios = [...regioMap.values()].sort((a, b) => a.naam.localeCompare(b.naam));

  // --- plan the regelingen: who takes part
  const plannen: Plan[] = [];
  const namen = new Set<string>();
  const plan = (thema: Thema, regioNaam: string, leden: Org[], pool: Org[]) => {
    const vorm = t.gewogen(thema.vormen);
    const soort = vorm === 'bedrijfsvoeringsorganisatie' ? 'college' : t.gewogen(thema.soorten);
    const extra: Org[] = [];
    const pv = provincieVan.get(leden[0]?.provincie ?? '');
    if (thema.provincie && pv && t.kans(thema.provincie)) extra.push(pv);
    if (thema.waterschap && t.kans(thema.waterschap)) {
      const ws = waterschappen.filter((w) => w.provincie === leden[0]?.provincie);
      if (ws.length) extra.push(t.kies(ws));
    }
    plannen.push({ thema, vorm, soort, regioNaam, pool, leden: [...leden, ...extra] });
  };

  for (const thema of THEMAS.filter((th) => th.bereik === 'regio')) {
    for (const r of regios) plan(thema, r.naam, r.gemeenten, r.gemeenten);
  }
  const groot = THEMAS.filter((th) => th.bereik === 'provincie');
  const groteProvincies = PROVINCIES.map(([code]) => code)
    .filter((pv) => gemeentenIn(pv).length >= 25)
    .sort((a, b) => gemeentenIn(b).length - gemeentenIn(a).length);
  const aantalGroot = Math.min(12, groteProvincies.length * groot.length);
  for (let i = 0; i < aantalGroot; i++) {
    const pv = groteProvincies[i % groteProvincies.length]!;
    const pool = gemeentenIn(pv);
    // One regeling of exactly 30 gemeenten (the regeling page of the benchmark); the others 26–45.
    const n = i === 0 ? Math.min(30, pool.length) : Math.min(pool.length, t.tussen(26, 45));
    plan(groot[i % groot.length]!, provincieVan.get(pv)!.naam, t.trek(pool, n), pool);
  }
  const rest = THEMAS.filter((th) => th.bereik === 'deel' || th.bereik === 'klein');
  const grootteDeel: [number, number][] = [
    [2, 4],
    [3, 12],
    [4, 12],
    [5, 11],
    [6, 10],
    [7, 9],
    [8, 8],
    [9, 7],
    [10, 6],
    [11, 5],
    [12, 5],
    [14, 4],
    [16, 3],
    [18, 2],
  ];
  const over = doelRegelingen - plannen.length;
  if (over < 0)
    throw new Error(`Te weinig regelingen gevraagd (${doelRegelingen}); minimaal ${plannen.length}`);
  for (let i = 0; i < over; i++) {
    const thema = t.gewogen(rest.map((th) => [th, th.gewicht] as const));
    const regio = t.gewogen(regios.map((r) => [r, r.gemeenten.length] as const));
    let n = thema.bereik === 'klein' ? t.tussen(2, 4) : t.gewogen(grootteDeel);
    let pool = regio.gemeenten;
    if (n > pool.length) pool = gemeentenIn(regio.provincie);
    n = Math.min(n, pool.length);
    const leden = t.trek(pool, n).sort((a, b) => a.naam.localeCompare(b.naam));
    const regioNaam =
      n === pool.length
        ? pool === regio.gemeenten
          ? regio.naam
          : provincieVan.get(regio.provincie)!.naam
        : n <= 3
          ? opsomming(leden.map((l) => l.naam))
          : thema.bereik === 'klein'
            ? afkorting(leden.map((l) => l.naam))
            : `regio ${[...leden].sort((a, b) => (b.inwoners ?? 0) - (a.inwoners ?? 0))[0]!.naam}`;
    plan(thema, regioNaam, leden, pool);
  }

  // --- Amsterdam (GM0363) in 40 regelingen, topped up in Noord-Holland
  if (amsterdam) {
    const metA = () => plannen.filter((p) => p.leden.includes(amsterdam)).length;
    const kandidaten = t.schud(
      plannen.filter(
        (p) =>
          p.thema.bereik !== 'regio' &&
          !p.leden.includes(amsterdam) &&
          p.leden[0]?.provincie === amsterdam.provincie,
      ),
    );
    while (metA() < 40 && kandidaten.length) {
      const p = kandidaten.pop()!;
      p.leden.push(amsterdam);
    }
  }

  // --- exactly doelDeelnames participations
  const som = () => plannen.reduce((s, p) => s + p.leden.length, 0);
  let verschil = doelDeelnames - som();
  const aanpasbaar = plannen.filter((p) => p.thema.bereik === 'deel');
  for (let poging = 0; verschil !== 0 && poging < 1_000_000; poging++) {
    const p = t.kies(aanpasbaar);
    if (verschil > 0) {
      const nieuw = p.pool.filter((g) => !p.leden.includes(g) && g !== amsterdam);
      if (!nieuw.length || p.leden.length >= 18) continue;
      p.leden.push(t.kies(nieuw));
      verschil--;
    } else {
      const weg = p.leden.filter((g) => g.soort === 'gemeente' && g !== amsterdam);
      if (p.leden.length <= 3 || !weg.length) continue;
      p.leden.splice(p.leden.indexOf(t.kies(weg)), 1);
      verschil++;
    }
  }

  // --- rows
  const regelingRijen: (typeof regeling.$inferInsert)[] = [];
  const deelnameRijen: (typeof deelname.$inferInsert)[] = [];
  type LidRij = typeof bestuurslid.$inferInsert & { regelingIndex: number };
  const besturen: LidRij[][] = [];
  const extraAb: { index: number; maak: () => LidRij }[] = [];

  plannen.forEach((p, index) => {
    const id = t.uuid();
    const jaar = t.tussen(1986, 2024);
    const inwerking = t.kans(0.4) ? `${jaar}-01-01` : t.datum(`${jaar}-01-01`, `${jaar}-12-31`);
    const vervallen = t.kans(0.04) ? t.datum(`${Math.min(jaar + 3, 2025)}-01-01`, '2025-12-31') : null;
    const leden = [...p.leden].sort((a, b) => (b.inwoners ?? 0) - (a.inwoners ?? 0));
    const grootste = leden.find((l) => l.soort === 'gemeente') ?? leden[0]!;

    // cost key of this regeling
    const kostenSoort = t.gewogen<'per_inwoner' | 'percentage' | 'anders' | null>([
      ['per_inwoner', 55],
      ['percentage', 20],
      ['anders', 10],
      [null, 15],
    ]);
    const totaalInw = leden.reduce((s, l) => s + (l.inwoners ?? 0), 0);
    const percentages = new Map<Org, number>();
    if (kostenSoort === 'percentage') {
      let rest = 100;
      for (const l of leden.slice(1)) {
        const pct = totaalInw
          ? Math.round(((l.inwoners ?? totaalInw / leden.length / 4) / totaalInw) * 100 * 100) / 100
          : 0;
        percentages.set(l, pct);
        rest -= pct;
      }
      percentages.set(leden[0]!, Math.round(rest * 100) / 100);
    }
    const metStemmen = p.vorm === 'openbaar_lichaam' && t.kans(0.4);
    const stemmenVan = (l: Org) =>
      (l.inwoners ?? 0) > 150_000 ? 5 : (l.inwoners ?? 0) > 75_000 ? 3 : (l.inwoners ?? 0) > 30_000 ? 2 : 1;

    const deelnames = leden.map((l, i) => {
      const uitgetreden = leden.length >= 4 && i > 0 && l !== amsterdam && t.kans(0.02);
      const toetreding = t.kans(0.8) ? inwerking : t.datum(inwerking, '2025-06-30');
      const kv: Kostenverdeling | null =
        kostenSoort === 'per_inwoner'
          ? { soort: 'per_inwoner', peildatum: '2024-01-01' }
          : kostenSoort === 'percentage'
            ? { soort: 'percentage', percentage: percentages.get(l) ?? 0 }
            : kostenSoort === 'anders'
              ? {
                  soort: 'anders',
                  omschrijving: 'Vaste bijdrage plus een bijdrage naar afname van producten',
                }
              : null;
      return {
        org: l,
        rij: {
          id: t.uuid(),
          regelingId: id,
          organisatieId: l.id,
          organen: organenVoor(t, l, p.soort),
          datumToetreding: toetreding,
          datumUittreding: uitgetreden
            ? t.datum(toetreding > '2020-01-01' ? toetreding : '2020-01-01', '2025-12-31')
            : null,
          kostenverdeling: kv,
          stemmen: metStemmen ? stemmenVan(l) : null,
          dienstverlenend: p.vorm === 'centrumgemeente' && l === grootste,
        } satisfies typeof deelname.$inferInsert,
      };
    });
    const actief = deelnames.filter((d) => d.rij.datumUittreding === null);
    const type: RegelingType = bepaalRegelingType(actief.map((d) => ({ organen: d.rij.organen })));

    // board: AB + DB + voorzitter for an openbaar lichaam, one bestuur for a GO or BVO
    const bestuur: LidRij[] = [];
    const lid = (
      orgaan: Bestuursorgaan,
      d: (typeof deelnames)[number],
      naam: string,
      functie: Functie,
      gewicht: number | null,
    ): LidRij => ({
      regelingIndex: index,
      id: t.uuid(),
      regelingId: id,
      orgaan,
      naam,
      deelnameId: d.rij.id,
      functie,
      aangewezenDoor:
        orgaan === 'db'
          ? 'ab'
          : d.org.soort === 'gemeente'
            ? p.soort === 'raad'
              ? 'raad'
              : 'college'
            : 'bestuur',
      plaatsvervanger: t.kans(0.3) ? `${t.kies(VOORNAMEN)} ${t.kies(ACHTERNAMEN)}` : null,
      vanBuitenAb: false,
      vanaf: t.kans(0.85) ? t.datum('2026-04-01', '2026-07-01') : t.datum('2022-04-01', '2025-12-31'),
      tot: null,
      mandaatTot: null,
      stemgewicht: gewicht,
    });
    const persoon = () => `${t.kies(VOORNAMEN)} ${t.kies(ACHTERNAMEN)}`;
    if (p.vorm === 'openbaar_lichaam' && actief.length >= 2) {
      const perDeelnemer = actief.length <= 2 ? 3 : actief.length <= 4 ? 2 : 1;
      const ab: LidRij[] = [];
      for (const d of actief) {
        for (let k = 0; k < perDeelnemer; k++)
          ab.push(lid('ab', d, persoon(), functieVoor(d.org, p.soort, t), d.rij.stemmen));
      }
      const voorzitterVan = actief.find((d) => d.org === grootste) ?? actief[0]!;
      const voorzitter = lid(
        'voorzitter',
        voorzitterVan,
        persoon(),
        voorzitterVan.org.soort === 'gemeente' ? 'burgemeester' : functieVoor(voorzitterVan.org, p.soort, t),
        voorzitterVan.rij.stemmen,
      );
      const gewenst = actief.length <= 10 ? 2 : actief.length <= 20 ? 3 : 4;
      const dbGrootte = Math.max(2, Math.min(gewenst, Math.floor((ab.length + 1) / 2) - 1));
      // DB members come from the AB, from different participants (art. 14 lid 1)
      const dbLeden: LidRij[] = [];
      const gezien = new Set<string | null | undefined>([voorzitter.deelnameId]);
      for (const a of t.schud(ab)) {
        if (dbLeden.length >= dbGrootte) break;
        if (gezien.has(a.deelnameId) && gezien.size < actief.length) continue;
        gezien.add(a.deelnameId);
        dbLeden.push({ ...a, id: t.uuid(), orgaan: 'db', aangewezenDoor: 'ab', stemgewicht: null });
      }
      bestuur.push(voorzitter, ...dbLeden, ...ab);
      for (const d of actief) {
        extraAb.push({
          index,
          maak: () => lid('ab', d, persoon(), functieVoor(d.org, p.soort, t), d.rij.stemmen),
        });
      }
    } else if (p.vorm === 'gemeenschappelijk_orgaan' || p.vorm === 'bedrijfsvoeringsorganisatie') {
      for (const d of actief)
        bestuur.push(lid('bestuur', d, persoon(), functieVoor(d.org, p.soort, t), null));
    }
    besturen.push(bestuur);

    const vestiging = grootste;
    const afspraken: Afspraken = {
      zienswijzeBesluiten: t.kans(0.9)
        ? [
            begroting,
            ...(t.kans(0.4)
              ? [{ besluit: 'Kadernota', termijnWeken: t.kies([6, 8, 12]), atwVanToepassing: null }]
              : []),
          ]
        : null,
      zienswijzeWijze: t.kans(0.6)
        ? 'Schriftelijk aan het dagelijks bestuur, binnen de gestelde termijn.'
        : null,
      participatie: t.kans(0.3) ? 'Inspraak volgens afdeling 3.4 Awb bij beleidsplannen.' : null,
      informatievoorziening: t.kans(0.5)
        ? 'Kwartaalrapportages en een jaarlijkse informatiebijeenkomst voor de raden.'
        : null,
      evaluatieWijze: t.kans(0.5) ? 'Evaluatie door een extern bureau, besproken in alle raden.' : null,
      evaluatieIntervalJaren: t.kans(0.6) ? t.kies([4, 5]) : null,
      uittredingVoorwaarden: t.kans(0.5)
        ? 'Uittreding na besluit van het algemeen bestuur, op zijn vroegst na vijf jaar deelname.'
        : null,
      opzegtermijnMaanden: t.kans(0.5) ? t.kies([12, 24]) : null,
      uittredingKosten: t.kans(0.4)
        ? 'De uittredende deelnemer draagt de frictiekosten volgens een onafhankelijk advies.'
        : null,
    };
    let naam = t
      .kies(p.thema.namen)
      .replace('{R}', p.regioNaam)
      .replace(/^Regio regio /, 'Regio ');
    if (namen.has(naam)) naam = `${naam} ${jaar}`;
    for (let n = 2; namen.has(naam); n++) naam = `${naam.replace(/ \(\d+\)$/, '')} (${n})`;
    namen.add(naam);
    regelingRijen.push({
      id,
      naam,
      korteNaam:
        p.thema.korteNaam && p.thema.bereik === 'regio'
          ? p.thema.korteNaam.replace('{R}', p.regioNaam)
          : null,
      belang: p.thema.belang.replace('{R}', p.regioNaam),
      vorm: p.vorm,
      type,
      vestigingOrganisatieId: vestiging.id,
      vestigingsplaats: vestiging.soort === 'gemeente' ? vestiging.naam : null,
      beleidsterreinen: p.thema.beleidsterreinen,
      taken: p.thema.taken,
      bevoegdheden: p.thema.bevoegdheden,
      datumInwerkingtreding: inwerking,
      datumUitwerkingtreding: vervallen,
      referenties: { cvdrId: `CVDR${600_000 + index}` },
      afspraken,
      gekwalificeerdeMeerderheid: t.kans(0.25) ? '0.6667' : null,
      bronnen: [{ omschrijving: 'Gegenereerd voor npm run bench (fictief)', datum: '2026-01-01' }],
      isVoorbeeld: false,
    });
    deelnameRijen.push(...deelnames.map((d) => d.rij));
  });

  // --- exactly doelLeden board members: leave out the boards of some small regelingen (data in
  // the real register is often incomplete), then add second AB members until the total fits.
  const telLeden = () => besturen.reduce((s, b) => s + b.length, 0);
  const weglaatbaar = t.schud(
    besturen.map((b, i) => i).filter((i) => besturen[i]!.length > 0 && plannen[i]!.leden.length <= 8),
  );
  while (telLeden() > doelLeden && weglaatbaar.length) {
    const i = weglaatbaar.pop()!;
    if (telLeden() - besturen[i]!.length >= doelLeden - 200) besturen[i] = [];
  }
  const aanvulbaar = t.schud(extraAb.filter((e) => besturen[e.index]!.length > 0));
  while (telLeden() < doelLeden && aanvulbaar.length) {
    const e = aanvulbaar.pop()!;
    besturen[e.index]!.push(e.maak());
  }
  while (telLeden() > doelLeden) {
    const b = t.kies(besturen.filter((x) => x.filter((l) => l.orgaan === 'ab').length > 6));
    b.splice(
      b.findLastIndex((l) => l.orgaan === 'ab'),
      1,
    );
  }
  const lidRijen = besturen.flat().map(({ regelingIndex: _i, ...r }) => r);

  // Planned meetings of the bestuur for the begrotingscyclus (own generator: the ids above stay as they were).
  const tv = maakToeval(seed + 7);
  const vergaderingRijen: (typeof vergadering.$inferInsert)[] = [];
  for (const r of regelingRijen) {
    if (
      r.datumUitwerkingtreding ||
      !['openbaar_lichaam', 'bedrijfsvoeringsorganisatie', 'gemeenschappelijk_orgaan'].includes(r.vorm)
    )
      continue;
    for (const jaar of [2026, 2027]) {
      const datum = tv.datum(`${jaar}-06-10`, `${jaar}-07-10`);
      const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
      const weken = tv.gewogen([
        [12, 6],
        [13, 3],
        [10, 1],
      ] as const);
      const verzend = new Date(Date.UTC(j, m - 1, d - weken * 7)).toISOString().slice(0, 10);
      vergaderingRijen.push({
        id: tv.uuid(),
        regelingId: r.id!,
        datum,
        stukken: ['begroting', 'jaarrekening'],
        verzendDatum: verzend,
        omschrijving: `Begroting ${jaar + 1}`,
      });
      vergaderingRijen.push({
        id: tv.uuid(),
        regelingId: r.id!,
        datum: tv.datum(`${jaar}-03-01`, `${jaar}-04-20`),
        stukken: ['kaders'],
        verzendDatum: null,
        omschrijving: `Kaderbrief ${jaar + 1}`,
      });
    }
  }

  // --- write
  log(
    `Schrijven: ${regelingRijen.length} regelingen, ${deelnameRijen.length} deelnames, ${lidRijen.length} bestuursleden…`,
  );
  const actor = systeem('benchmark');
  await db.transaction(async (tx) => {
    await inChunks(regelingRijen, 300, (d) => tx.insert(regeling).values(d));
    await inChunks(deelnameRijen, 1000, (d) => tx.insert(deelname).values(d));
    await inChunks(lidRijen, 1000, (d) => tx.insert(bestuurslid).values(d));
    await inChunks(vergaderingRijen, 1000, (d) => tx.insert(vergadering).values(d));
    await inChunks(regelingRijen, 500, (d) =>
      tx.insert(auditLog).values(
        d.map((r) => ({
          actor: actor.label,
          entiteit: 'regeling',
          entiteitId: r.id!,
          actie: 'aangemaakt',
          regelingId: r.id!,
          wijzigingen: [{ veld: 'naam', oud: null, nieuw: r.naam }],
        })),
      ),
    );
  });
  await db.execute(sql`analyze`);

  // --- summary
  const tel = <K extends string>(waarden: K[]) =>
    waarden.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
  const aantalPer = plannen.map((p) => p.leden.length).sort((a, b) => a - b);
  const dichtbij30 = plannen
    .map((p, i) => ({ i, n: p.leden.length }))
    .sort((a, b) => Math.abs(a.n - 30) - Math.abs(b.n - 30) || b.n - a.n || a.i - b.i)[0]!;
  const groteRij = regelingRijen[dichtbij30.i]!;
  return {
    gemeentenBron,
    seed,
    duurMs: Math.round(performance.now() - start),
    aantallen: {
      gemeenten: gemeenten.length,
      provincies: provincies.length,
      waterschappen: waterschappen.length,
      regelingen: regelingRijen.length,
      deelnames: deelnameRijen.length,
      bestuursleden: lidRijen.length,
    },
    perVorm: tel(regelingRijen.map((r) => r.vorm)),
    perType: tel(regelingRijen.map((r) => r.type!)),
    deelnemersPerRegeling: {
      min: aantalPer[0] ?? 0,
      mediaan: aantalPer[Math.floor(aantalPer.length / 2)] ?? 0,
      max: aantalPer[aantalPer.length - 1] ?? 0,
      meerDan30: aantalPer.filter((n) => n >= 30).length,
      drieTotTwaalf: aantalPer.filter((n) => n >= 3 && n <= 12).length,
    },
    groteRegeling: {
      id: groteRij.id!,
      naam: groteRij.naam,
      deelnemers: dichtbij30.n,
      bestuursleden: besturen[dichtbij30.i]!.length,
    },
    amsterdam: {
      code: 'GM0363',
      regelingen: amsterdam ? plannen.filter((p) => p.leden.includes(amsterdam)).length : 0,
    },
  };
}

// `node --import tsx bench/generate.ts <data dir>`: fills a fresh PGlite data folder.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Gebruik: node --import tsx bench/generate.ts <lege datamap>');
    process.exit(2);
  }
  const database = await openDatabase({ dataDir: path.resolve(dir) });
  try {
    await database.migrate();
    const r = await genereerLandelijkeGegevens(database.db, { log: (m) => console.error(m) });
    console.log(JSON.stringify(r, null, 2));
  } finally {
    await database.close();
  }
}
