/**
 * The exports of the landschap analyses and of the register: one table per analysis (columns and rows),
 * written as CSV, XLSX or NDJSON (`?formaat=csv|xlsx|ndjson` on /landschap/export/{analyse}).
 *
 * Provenance travels with the data: in XLSX as a second sheet "Herkomst", in NDJSON as the first line
 * (`{"herkomst":[…]}`, then one row per line); CSV has no place for it (a comment line would break
 * readers), so the page beside the link shows it.
 */
import type { Context } from 'hono';
import type { Kolom } from '../../platform/documenten/export';
import type {
  Congruentie,
  GemeenteRij,
  LandschapOverzicht,
  ParenRij,
  RegioCongruentie,
  Verandering,
} from './analyse';
import { BRON_INFO, bronFilterLabel, isImportBron, type BronFilter } from './bron-info';
import type { Bronvermelding, LandschapRegeling } from './kaart-store';

export const formaten = ['csv', 'xlsx', 'ndjson'] as const;
export type Formaat = (typeof formaten)[number];
export const analyses = ['gemeenten', 'paren', 'congruentie', 'verandering', 'register'] as const;
export type Analyse = (typeof analyses)[number];

export const analyseLabel: Record<Analyse, string> = {
  gemeenten: 'Per gemeente',
  paren: 'Samenwerkingsparen',
  congruentie: 'Congruentie',
  verandering: 'Verandering 2016–2026',
  register: 'Regelingen',
};

export interface Tabel {
  kolommen: Kolom[];
  rijen: Record<string, unknown>[];
}

/** One line of provenance: which part of the export comes from where. */
export interface Herkomstregel {
  onderdeel: string;
  bron: string;
  peildatum: string | null;
  licentie: string | null;
  bestand: string | null;
  ingelezen: string | null;
}

/** The provenance line of the regelingen of a source (the register: Grip and, when imported, roo-polder). */
export function regelingenHerkomst(
  bron: BronFilter | undefined,
  b: Bronvermelding | null,
  peildatum: string,
  onderdeel = 'Regelingen',
): Herkomstregel {
  const naam = bron
    ? bronFilterLabel[bron]
    : `Het register: ingevoerd in Grip${b ? ' en het landelijk GR-register (Polder)' : ''}`;
  return {
    onderdeel: `${onderdeel} (peildatum ${peildatum})`,
    bron: b ? `${naam}: ${b.omschrijving}` : naam,
    peildatum: b?.peildatum ?? null,
    licentie: b?.licentie ?? (isImportBron(bron) ? BRON_INFO[bron].licentie : null),
    bestand: b?.bestand ?? null,
    ingelezen: b?.geimporteerd ?? null,
  };
}

export function importHerkomst(onderdeel: string, b: Bronvermelding): Herkomstregel {
  return {
    onderdeel,
    bron: `${b.omschrijving} (${b.bron})`,
    peildatum: b.peildatum,
    licentie: b.licentie,
    bestand: b.bestand,
    ingelezen: b.geimporteerd,
  };
}

const herkomstKolommen: Kolom[] = [
  { sleutel: 'onderdeel', titel: 'Onderdeel' },
  { sleutel: 'bron', titel: 'Bron' },
  { sleutel: 'peildatum', titel: 'Peildatum of jaargang' },
  { sleutel: 'licentie', titel: 'Licentie' },
  { sleutel: 'bestand', titel: 'Bestand' },
  { sleutel: 'ingelezen', titel: 'Ingelezen' },
];

export const gemeentenTabel = (
  gemeenten: readonly GemeenteRij[],
  sets?: ReadonlyMap<string, number>,
): Tabel => ({
  kolommen: [
    { sleutel: 'code', titel: 'CBS-code' },
    { sleutel: 'naam', titel: 'Gemeente' },
    { sleutel: 'provincie', titel: 'Provincie' },
    { sleutel: 'inwoners', titel: 'Inwoners' },
    { sleutel: 'regelingen', titel: 'Regelingen' },
    { sleutel: 'partners', titel: 'Partnergemeenten' },
    ...(sets ? [{ sleutel: 'partnersets', titel: 'Partnersets' }] : []),
    { sleutel: 'stemaandeel', titel: 'Gemiddeld stemaandeel' },
    { sleutel: 'stemaandeelBekend', titel: 'Stemaandeel bekend in' },
    { sleutel: 'kostenaandeel', titel: 'Gemiddeld kostenaandeel' },
    { sleutel: 'kostenaandeelBekend', titel: 'Kostenaandeel bekend in' },
    { sleutel: 'bevolkingsaandeel', titel: 'Gemiddeld bevolkingsaandeel' },
    { sleutel: 'zeggenschap', titel: 'Zeggenschap (stemaandeel, anders bevolkingsaandeel)' },
    { sleutel: 'zeggenschapGeschat', titel: 'Zeggenschap geschat in' },
    { sleutel: 'perBeleidsterrein', titel: 'Per beleidsterrein' },
  ],
  rijen: gemeenten.map((g) => ({
    code: g.code,
    naam: g.naam,
    provincie: g.provincieNaam,
    inwoners: g.inwoners,
    regelingen: g.regelingen,
    partners: g.partners,
    ...(sets ? { partnersets: sets.get(g.code) ?? 0 } : {}),
    stemaandeel: g.stemaandeel.gemiddelde,
    stemaandeelBekend: g.stemaandeel.bekend,
    kostenaandeel: g.kostenaandeel.gemiddelde,
    kostenaandeelBekend: g.kostenaandeel.bekend,
    bevolkingsaandeel: g.bevolkingsaandeel.gemiddelde,
    zeggenschap: g.zeggenschap.gemiddelde,
    zeggenschapGeschat: g.zeggenschap.geschat,
    perBeleidsterrein: g.perBeleidsterrein.map((b) => `${b.beleidsterrein}: ${b.aantal}`).join('; '),
  })),
});

export const parenTabel = (o: Pick<LandschapOverzicht, 'paren'> | { paren: ParenRij[] }): Tabel => ({
  kolommen: [
    { sleutel: 'codeA', titel: 'CBS-code A' },
    { sleutel: 'naamA', titel: 'Gemeente A' },
    { sleutel: 'codeB', titel: 'CBS-code B' },
    { sleutel: 'naamB', titel: 'Gemeente B' },
    { sleutel: 'gedeeld', titel: 'Gedeelde regelingen' },
  ],
  rijen: o.paren.map((p) => ({
    codeA: p.a.code,
    naamA: p.a.naam,
    codeB: p.b.code,
    naamB: p.b.naam,
    gedeeld: p.gedeeld,
  })),
});

/** Congruence: one row per region, then one per gemeente (column `niveau` says which). */
export function congruentieTabel(
  indeling: string,
  c: Congruentie,
  namen: ReadonlyMap<string, string>,
  regioNaam: ReadonlyMap<string, string>,
  sets: ReadonlyMap<string, number>,
): Tabel {
  const telling = (t: Omit<RegioCongruentie, 'sleutel' | 'naam' | 'leden'>) => ({
    binnen: t.binnen,
    over: t.over,
    onbekend: t.onbekend,
    aandeelBinnen: t.aandeelBinnen,
  });
  return {
    kolommen: [
      { sleutel: 'indeling', titel: 'Indeling' },
      { sleutel: 'niveau', titel: 'Niveau' },
      { sleutel: 'code', titel: 'Code of sleutel' },
      { sleutel: 'naam', titel: 'Naam' },
      { sleutel: 'regio', titel: 'Regio' },
      { sleutel: 'binnen', titel: 'Medelidmaatschappen binnen de regio' },
      { sleutel: 'over', titel: 'Medelidmaatschappen over de regiogrens' },
      { sleutel: 'onbekend', titel: 'Medelidmaatschappen met een gemeente zonder regio' },
      { sleutel: 'aandeelBinnen', titel: 'Aandeel binnen' },
      { sleutel: 'partnersets', titel: 'Partnersets' },
    ],
    rijen: [
      {
        indeling,
        niveau: 'land',
        code: 'NL',
        naam: 'Nederland',
        regio: null,
        ...telling(c),
        partnersets: null,
      },
      ...c.regios.map((r) => ({
        indeling,
        niveau: 'regio',
        code: r.sleutel,
        naam: r.naam,
        regio: r.naam,
        ...telling(r),
        partnersets: null,
      })),
      ...c.gemeenten.map((g) => ({
        indeling,
        niveau: 'gemeente',
        code: g.code,
        naam: namen.get(g.code) ?? g.code,
        regio: g.regios.map((s) => regioNaam.get(s) ?? s).join(', ') || null,
        ...telling(g),
        partnersets: sets.get(g.code) ?? 0,
      })),
    ],
  };
}

/** Change: one row per match, then the unmatched of either side (column `uitkomst`). */
export function veranderingTabel(v: Verandering): Tabel {
  const r = (x: { id: string; naam: string; gemeenten: readonly string[] }) => ({
    id: x.id,
    naam: x.naam,
    gemeenten: x.gemeenten.join(' '),
  });
  const leeg = { naamgelijkenis: null, deelnemersoverlap: null, score: null };
  return {
    kolommen: [
      { sleutel: 'uitkomst', titel: 'Uitkomst' },
      { sleutel: 'wijze', titel: 'Gekoppeld op' },
      { sleutel: 'oudNaam', titel: 'Regeling 2016' },
      { sleutel: 'oudGemeenten', titel: 'Gemeenten 2016' },
      { sleutel: 'nieuwNaam', titel: 'Regeling 2026' },
      { sleutel: 'nieuwGemeenten', titel: 'Gemeenten 2026' },
      { sleutel: 'naamgelijkenis', titel: 'Naamgelijkenis' },
      { sleutel: 'deelnemersoverlap', titel: 'Overlap deelnemers' },
      { sleutel: 'score', titel: 'Score' },
      { sleutel: 'oudId', titel: 'Id 2016' },
      { sleutel: 'nieuwId', titel: 'Id 2026' },
    ],
    rijen: [
      ...v.matches.map((m) => ({
        uitkomst: 'gekoppeld',
        wijze: m.wijze,
        oudNaam: m.oud.naam,
        oudGemeenten: r(m.oud).gemeenten,
        nieuwNaam: m.nieuw.naam,
        nieuwGemeenten: r(m.nieuw).gemeenten,
        naamgelijkenis: m.naamgelijkenis,
        deelnemersoverlap: m.deelnemersoverlap,
        score: m.score,
        oudId: m.oud.id,
        nieuwId: m.nieuw.id,
      })),
      ...v.alleenOud.map((o) => ({
        uitkomst: 'alleen 2016',
        wijze: null,
        oudNaam: o.naam,
        oudGemeenten: r(o).gemeenten,
        nieuwNaam: null,
        nieuwGemeenten: null,
        ...leeg,
        oudId: o.id,
        nieuwId: null,
      })),
      ...v.alleenNieuw.map((n) => ({
        uitkomst: 'alleen 2026',
        wijze: null,
        oudNaam: null,
        oudGemeenten: null,
        nieuwNaam: n.naam,
        nieuwGemeenten: r(n).gemeenten,
        ...leeg,
        oudId: null,
        nieuwId: n.id,
      })),
    ],
  };
}

export const registerTabel = (regelingen: readonly LandschapRegeling[]): Tabel => ({
  kolommen: [
    { sleutel: 'id', titel: 'Id' },
    { sleutel: 'naam', titel: 'Naam' },
    { sleutel: 'vorm', titel: 'Vorm' },
    { sleutel: 'bron', titel: 'Bron' },
    { sleutel: 'bronPeildatum', titel: 'Peildatum van de bron' },
    { sleutel: 'beleidsterreinen', titel: 'Beleidsterreinen' },
    { sleutel: 'datumInwerkingtreding', titel: 'In werking sinds' },
    { sleutel: 'deelnemers', titel: 'Deelnemers' },
    { sleutel: 'gemeenten', titel: 'Gemeenten (CBS-codes)' },
  ],
  rijen: regelingen.map((r) => ({
    id: r.id,
    naam: r.naam,
    vorm: r.vorm,
    bron: r.bron ?? 'grip',
    bronPeildatum: r.bronPeildatum,
    beleidsterreinen: r.beleidsterreinen.join('; '),
    datumInwerkingtreding: r.datumInwerkingtreding,
    deelnemers: r.deelnemers,
    gemeenten: r.gemeenten.join(' '),
  })),
});

const TYPES: Record<Formaat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** The table as a download in the format asked for, with its provenance (XLSX sheet, NDJSON first line). */
export async function exportAntwoord(
  c: Context,
  formaat: Formaat,
  bestandsnaam: string,
  bladnaam: string,
  t: Tabel,
  herkomst: readonly Herkomstregel[],
): Promise<Response> {
  const kop = {
    'Content-Type': TYPES[formaat],
    'Content-Disposition': `attachment; filename="${bestandsnaam}.${formaat}"`,
  };
  if (formaat === 'ndjson') {
    const regels = [
      JSON.stringify({ herkomst }),
      ...t.rijen.map((r) =>
        JSON.stringify(Object.fromEntries(t.kolommen.map((k) => [k.sleutel, r[k.sleutel] ?? null]))),
      ),
    ];
    return c.body(`${regels.join('\n')}\n`, 200, kop);
  }
  const { naarCsv, naarXlsx } = await import('../../platform/documenten/export');
  if (formaat === 'csv') return c.body(naarCsv(t.kolommen, t.rijen), 200, kop);
  const xlsx = await naarXlsx(bladnaam, t.kolommen, t.rijen, [
    {
      naam: 'Herkomst',
      kolommen: herkomstKolommen,
      rijen: [...herkomst] as unknown as Record<string, unknown>[],
    },
  ]);
  return c.body(new Uint8Array(xlsx), 200, kop);
}
