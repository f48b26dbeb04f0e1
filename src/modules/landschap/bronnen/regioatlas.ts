/**
 * Region divisions per gemeente from the BZK Regioatlas, as Open State exported them in 2016 (shared data
 * `regioatlas-2016/{Bestuurlijk,Fysiek,Sociaal,Veiligheid}/*.csv`, ODC-PDDL-1.0; gemeentelijke indeling
 * of 1 January 2016, 390 gemeenten): veiligheidsregio, GGD, jeugdzorgregio, arbeidsmarktregio,
 * omgevingsdienst, Veilig Thuis, Wmo, sociale werkvoorziening, COROP, politie and 24 more.
 *
 * Each file: UTF-8 with BOM, `;`-separated, quoted: `Gemeente;CBS;<indeling>;Inwoneraantal van regio`.
 * Kept per row (one row per gemeente × region; a gemeente in two regions has two rows): the indeling (a
 * stable key from the file name, e.g. `veiligheidsregio`, and the column title), the region name (white
 * space cleaned; the source has trailing spaces), the gemeente code (`GM` + the 4-digit CBS code) and
 * name, the region's population as given (the whole region, of unknown reference date) and the line.
 * The source has no region codes: `regioCode` is null and `regioSleutel` (indeling + name) groups rows.
 * The folder `derived/` is not a Regioatlas file and is skipped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { BronFout, regelVanRecord, type Herkomst, normaliseerNaam, schoonNaam } from './bron';

export interface RegioIndeling {
  bron: 'regioatlas';
  jaargang: number;
  /** Stable key of the division, e.g. 'veiligheidsregio', 'ggd_regio', 'jeugdzorgregio'. */
  indeling: string;
  /** The column title in the file, e.g. "Veiligheidsregio's". */
  indelingNaam: string;
  /** The source has no region codes. */
  regioCode: string | null;
  /** `<indeling>:<name as slug>`: the same for all rows of one region. */
  regioSleutel: string;
  regioNaam: string;
  /** The region's population as the file gives it (whole region; reference date unknown). */
  regioInwoners: number | null;
  /** GMxxxx (indeling 2016). */
  gemeenteCode: string;
  gemeenteNaam: string;
  herkomst: Herkomst;
}

/** File name (without .csv) → indeling key. Unknown files keep their file name as key. */
export const REGIOATLAS_INDELINGEN: Record<string, string> = {
  veiligheidsregios: 'veiligheidsregio',
  ggds: 'ggd_regio',
  jeugdzorgregios1: 'jeugdzorgregio',
  arbeidsmarktregios: 'arbeidsmarktregio',
  omgevingsdienstenregionaleuitvoeringsdiensten: 'omgevingsdienst',
  regionaleuitvoeringsdienstenbrzo: 'rud_brzo',
  veiligthuisregios: 'veilig_thuis_regio',
  wmoregios: 'wmo_regio',
  centrumgemeentemaatschappelijkeopvangbeschermdwonen: 'centrumgemeente_mo_bw',
  centrumgemeentenvrouwenopvanggeweldinhuiselijkekring: 'centrumgemeente_vrouwenopvang',
  socialewerkvoorziening: 'sociale_werkvoorziening',
  intergemeentelijkesocialediensten: 'intergemeentelijke_sociale_dienst',
  regionaleplatformsarbeidsmarkt: 'regionaal_platform_arbeidsmarkt',
  rmcregiosregionaalmeldencoordinatiepunt: 'rmc_regio',
  hlzregioshervorminglangdurigezorg: 'hlz_regio',
  zorgkantoorregios: 'zorgkantoorregio',
  passendonderwijsprimaironderwijs: 'passend_onderwijs_po',
  passendonderwijsvoortgezetonderwijs: 'passend_onderwijs_vo',
  rcfkenniscentrahandhaving: 'rcf_kenniscentrum_handhaving',
  kamervankoophandel: 'kamer_van_koophandel',
  politieeenheden: 'politie_eenheid',
  regionaalinformatieenexpertisecentra: 'riec',
  veiligheidshuizen: 'veiligheidshuis',
  vptregios2014: 'vpt_regio_2014',
  provincies: 'provincie',
  nuts1regioslandsdelen: 'nuts1',
  nuts2regiosprovincies: 'nuts2',
  nuts3regios: 'nuts3',
  coropregios: 'corop',
  coropsubregios: 'corop_subregio',
  coropplusregios: 'corop_plusregio',
  arrondissementen1: 'arrondissement',
  ressorten1: 'ressort',
  mirtgebieden: 'mirt_gebied',
};

const slug = (s: string) =>
  normaliseerNaam(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Reads one Regioatlas CSV (text). `indeling` defaults to the key for the file name
 * (`REGIOATLAS_INDELINGEN`); `jaargang` is the vintage to record (2016 for the shared-data files).
 */
export function leesRegioatlasBestand(
  tekst: string,
  bestand: string,
  opties: { jaargang: number; indeling?: string },
): RegioIndeling[] {
  const basis = path.basename(bestand).replace(/\.csv$/i, '');
  const indeling = opties.indeling ?? REGIOATLAS_INDELINGEN[basis] ?? basis;
  let items: { record: string[]; info: { lines: number } }[];
  try {
    items = parse(tekst, {
      bom: true,
      delimiter: ';',
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof items;
  } catch (e) {
    if (e instanceof CsvError) {
      const reden =
        e.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'aanhalingsteken (") wordt niet gesloten'
          : `geen geldige CSV (${e.message})`;
      throw new BronFout(bestand, typeof e.lines === 'number' ? e.lines : undefined, reden);
    }
    throw e;
  }
  const kop = items[0];
  if (!kop) throw new BronFout(bestand, 1, 'het bestand is leeg');
  const kolommen = kop.record.map((k) => schoonNaam(k));
  if (kolommen.length !== 4) {
    throw new BronFout(
      bestand,
      1,
      `de kopregel heeft ${kolommen.length} kolommen, verwacht 4 (Gemeente;CBS;<indeling>;Inwoneraantal van regio)`,
    );
  }
  const [kGemeente, kCbs, kIndeling, kInwoners] = kolommen as [string, string, string, string];
  if (kGemeente.toLowerCase() !== 'gemeente')
    throw new BronFout(bestand, 1, `eerste kolom is "${kGemeente}", verwacht Gemeente`);
  if (kCbs.toLowerCase() !== 'cbs') throw new BronFout(bestand, 1, `tweede kolom is "${kCbs}", verwacht CBS`);
  if (!kIndeling) throw new BronFout(bestand, 1, 'de derde kolom (de indeling) heeft geen naam');
  if (!/^inwoner/i.test(kInwoners))
    throw new BronFout(bestand, 1, `vierde kolom is "${kInwoners}", verwacht Inwoneraantal van regio`);

  return items.slice(1).map((item) => {
    const regel = regelVanRecord(item);
    const fout = (reden: string) => new BronFout(bestand, regel, reden);
    if (item.record.length !== 4) throw fout(`regel heeft ${item.record.length} velden, verwacht 4`);
    const [gemeenteNaam, cbs, regio, inwoners] = item.record.map((v) => schoonNaam(v)) as [
      string,
      string,
      string,
      string,
    ];
    if (!gemeenteNaam) throw fout('Gemeente is leeg');
    if (!/^\d{1,4}$/.test(cbs))
      throw fout(`CBS-code "${cbs}" van ${gemeenteNaam} is geen gemeentecode (4 cijfers)`);
    if (!regio) throw fout(`${kIndeling} van ${gemeenteNaam} is leeg`);
    if (inwoners && !/^\d+$/.test(inwoners)) throw fout(`inwoneraantal "${inwoners}" is geen getal`);
    return {
      bron: 'regioatlas',
      jaargang: opties.jaargang,
      indeling,
      indelingNaam: kIndeling,
      regioCode: null,
      regioSleutel: `${indeling}:${slug(regio)}`,
      regioNaam: regio,
      regioInwoners: inwoners ? Number(inwoners) : null,
      gemeenteCode: `GM${cbs.padStart(4, '0')}`,
      gemeenteNaam,
      herkomst: { bestand, regel },
    } satisfies RegioIndeling;
  });
}

/**
 * Reads every Regioatlas CSV below `map` (sorted; `derived/` skipped). Herkomst names files relative to
 * the folder (`Veiligheid/veiligheidsregios.csv`); errors name the path joined with `map`.
 */
export async function leesRegioatlasMap(map: string, opties: { jaargang: number }): Promise<RegioIndeling[]> {
  const namen = (await fs.readdir(map, { recursive: true, encoding: 'utf8' }))
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.toLowerCase().endsWith('.csv') && !f.startsWith('derived/'))
    .sort();
  if (namen.length === 0) throw new BronFout(map, undefined, 'de map bevat geen CSV-bestanden');
  const uit: RegioIndeling[] = [];
  for (const naam of namen) {
    const tekst = await fs.readFile(path.join(map, naam), 'utf8');
    try {
      uit.push(...leesRegioatlasBestand(tekst, naam, opties));
    } catch (e) {
      if (e instanceof BronFout) throw new BronFout(path.join(map, naam), e.regel, e.reden);
      throw e;
    }
  }
  return uit;
}
