/**
 * OpenGR 2016 (Open State Foundation): the gemeenschappelijke regelingen the twelve provinces reported in
 * answer to a Wob request of October 2015, one row per participant × GR (shared data
 * `opengr-2016/original/opengr_provincies.csv`, ODC-PDDL-1.0; vintage 2015–2016, names partly older).
 *
 * Columns: Deelnemer, Gemeenschappelijke regeling, Postcode, Plaats (the GR's postbus address),
 * Provincie (the province that REPORTED the GR, or "Noordrijn-Westfalen (Duitsland)").
 *
 * The file's defects and what this parser does with them:
 * - mixed encodings: each physical line is decoded as UTF-8, and as Windows-1252 when it is not valid
 *   UTF-8 (`codering`); double-encoded UTF-8 in a field (`FryslÃ¢n`, `â€™t`) is repaired (`Fryslân`, `’t`);
 * - trailing and non-breaking spaces: removed, runs of white space made one space;
 * - typos in names (`EnkHuizen`, `Gedrop-Mierlo`, `Hoogheermraadschap`) and former municipalities are
 *   KEPT as written — `deelnemerSleutel` / `regelingSleutel` (`normaliseerNaam`: case and white space)
 *   join spellings that differ only in those; `koppelDeelnemer` (koppel.ts) links names to gemeenten;
 * - the province typo `Provincie Overrijssel` is corrected (the twelve provinces are a closed list);
 * - German participants (`Kleef (Duitsland)`) get `land` 'DE';
 * - a row repeating the same participant in the same GR (the GR reported by two provinces) is kept,
 *   with `dubbelVan` = the line of the first.
 * Every record keeps the original field text next to the cleaned one, and its line.
 */
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import {
  BronFout,
  regelVanRecord,
  decodeerUtf8,
  decodeerWindows1252,
  type Herkomst,
  herstelMojibake,
  normaliseerNaam,
  schoonNaam,
} from './bron';

export type Codering = 'utf-8' | 'windows-1252';

export interface OpengrDeelname {
  bron: 'opengr';
  jaargang: number;
  /** Cleaned: mojibake repaired, white space collapsed; spelling as in the file. */
  deelnemer: string;
  /** Exactly as decoded from the file. */
  deelnemerOrigineel: string;
  /** `normaliseerNaam(deelnemer)`. */
  deelnemerSleutel: string;
  /** 'DE' for participants marked "(Duitsland)", else 'NL'. */
  land: 'NL' | 'DE';
  regeling: string;
  regelingOrigineel: string;
  regelingSleutel: string;
  postcode: string | null;
  plaats: string | null;
  /** The reporting province, cleaned and with known typos fixed ('Provincie Overijssel'). */
  provincie: string;
  provincieOrigineel: string;
  codering: Codering;
  /** What was repaired in this row: 'mojibake', 'spaties', 'provincienaam'. */
  reparaties: string[];
  /** Line of an earlier row with the same regelingSleutel and deelnemerSleutel, or null. */
  dubbelVan: number | null;
  herkomst: Herkomst;
}

export interface OpengrRegeling {
  bron: 'opengr';
  jaargang: number;
  /** `normaliseerNaam` of the name: one record per key. */
  sleutel: string;
  /** The cleaned name of its first row. */
  naam: string;
  /** Every distinct spelling as decoded from the file, in order of appearance. */
  spellingen: string[];
  postcodes: string[];
  plaatsen: string[];
  /** Reporting provinces (cleaned). */
  provincies: string[];
  /** Rows, including repeated participants. */
  rijen: number;
  /** Distinct participants (by deelnemerSleutel). */
  deelnemers: number;
  regels: number[];
  herkomst: Herkomst;
}

export interface Opengr {
  bron: 'opengr';
  jaargang: number;
  bestand: string;
  deelnames: OpengrDeelname[];
  regelingen: OpengrRegeling[];
  /** Lines decoded as Windows-1252. */
  windows1252Regels: number[];
}

const KOLOMMEN = ['deelnemer', 'gemeenschappelijke regeling', 'postcode', 'plaats', 'provincie'] as const;

/** Known misspellings of the reporting province (after mojibake repair). */
const PROVINCIE_SPELLING: Record<string, string> = {
  'Provincie Overrijssel': 'Provincie Overijssel',
  'Provincie Friesland': 'Provincie Fryslân',
  'Provincie Noord Brabant': 'Provincie Noord-Brabant',
  'Provincie Noord Holland': 'Provincie Noord-Holland',
  'Provincie Zuid Holland': 'Provincie Zuid-Holland',
};

/**
 * Decodes a file line by line: UTF-8 when the line is valid UTF-8, else Windows-1252. A BOM is dropped,
 * CR before LF too. Returns the lines (without their ends) and the encoding of each.
 */
export function decodeerRegels(bytes: Uint8Array): { regels: string[]; coderingen: Codering[] } {
  const regels: string[] = [];
  const coderingen: Codering[] = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start <= bytes.length) {
    let eind = bytes.indexOf(0x0a, start);
    if (eind === -1) eind = bytes.length;
    let stuk = bytes.subarray(start, eind);
    if (stuk.at(-1) === 0x0d) stuk = stuk.subarray(0, -1);
    const utf8 = decodeerUtf8(stuk);
    regels.push(utf8 ?? decodeerWindows1252(stuk));
    coderingen.push(utf8 === null ? 'windows-1252' : 'utf-8');
    start = eind + 1;
  }
  // A final line end does not start another line.
  if (regels.length > 1 && regels.at(-1) === '' && bytes.at(-1) === 0x0a) {
    regels.pop();
    coderingen.pop();
  }
  return { regels, coderingen };
}

function schoonVeld(origineel: string, reparaties: Set<string>): string {
  const hersteld = herstelMojibake(origineel);
  if (hersteld !== origineel) reparaties.add('mojibake');
  const schoon = schoonNaam(hersteld);
  if (schoon !== hersteld.normalize('NFC')) reparaties.add('spaties');
  return schoon;
}

/**
 * Reads `opengr_provincies.csv` (the bytes: the encoding is decided per line). `jaargang` is the vintage
 * to record (2016 for the shared-data file: collected Oct 2015 – Mar 2016). Throws a BronFout at the
 * first malformed line.
 */
export function leesOpengr(bytes: Uint8Array, bestand: string, opties: { jaargang: number }): Opengr {
  const { jaargang } = opties;
  const { regels, coderingen } = decodeerRegels(bytes);
  let items: { record: string[]; info: { lines: number } }[];
  try {
    items = parse(regels.join('\n'), {
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
  const regelVan = regelVanRecord;

  const kop = items[0];
  if (!kop) throw new BronFout(bestand, 1, 'het bestand is leeg');
  const namen = kop.record.map((k) => schoonNaam(k).toLocaleLowerCase('nl'));
  const index = KOLOMMEN.map((k) => {
    const i = namen.indexOf(k);
    if (i < 0) throw new BronFout(bestand, regelVan(kop), `kolom "${k}" ontbreekt in de kopregel`);
    return i;
  });
  const [iDeelnemer, iRegeling, iPostcode, iPlaats, iProvincie] = index as [
    number,
    number,
    number,
    number,
    number,
  ];

  const deelnames: OpengrDeelname[] = [];
  const regelingen = new Map<string, OpengrRegeling & { deelnemerSleutels: Set<string> }>();
  const eerste = new Map<string, number>();
  for (const item of items.slice(1)) {
    const regel = regelVan(item);
    if (item.record.length !== namen.length) {
      throw new BronFout(
        bestand,
        regel,
        `regel heeft ${item.record.length} velden, de kopregel heeft er ${namen.length}`,
      );
    }
    const reparaties = new Set<string>();
    const veld = (i: number) => item.record[i]!;
    const deelnemer = schoonVeld(veld(iDeelnemer), reparaties);
    const regeling = schoonVeld(veld(iRegeling), reparaties);
    if (!deelnemer) throw new BronFout(bestand, regel, 'Deelnemer is leeg');
    if (!regeling) throw new BronFout(bestand, regel, 'Gemeenschappelijke regeling is leeg');
    const postcode = schoonVeld(veld(iPostcode), reparaties) || null;
    const plaats = schoonVeld(veld(iPlaats), reparaties) || null;
    const provincieSchoon = schoonVeld(veld(iProvincie), reparaties);
    if (!provincieSchoon) throw new BronFout(bestand, regel, 'Provincie is leeg');
    const provincie = PROVINCIE_SPELLING[provincieSchoon] ?? provincieSchoon;
    if (provincie !== provincieSchoon) reparaties.add('provincienaam');

    const aantalRegels = item.info.lines - regel + 1;
    const codering = coderingen.slice(regel - 1, regel - 1 + aantalRegels).includes('windows-1252')
      ? 'windows-1252'
      : 'utf-8';
    const deelnemerSleutel = normaliseerNaam(deelnemer);
    const regelingSleutel = normaliseerNaam(regeling);
    const paar = `${regelingSleutel}\u0000${deelnemerSleutel}`;
    const dubbelVan = eerste.get(paar) ?? null;
    if (dubbelVan === null) eerste.set(paar, regel);

    const herkomst: Herkomst = { bestand, regel };
    deelnames.push({
      bron: 'opengr',
      jaargang,
      deelnemer,
      deelnemerOrigineel: veld(iDeelnemer),
      deelnemerSleutel,
      land: /\(duitsland\)$/i.test(deelnemer) ? 'DE' : 'NL',
      regeling,
      regelingOrigineel: veld(iRegeling),
      regelingSleutel,
      postcode,
      plaats,
      provincie,
      provincieOrigineel: veld(iProvincie),
      codering,
      reparaties: [...reparaties],
      dubbelVan,
      herkomst,
    });

    let r = regelingen.get(regelingSleutel);
    if (!r) {
      r = {
        bron: 'opengr',
        jaargang,
        sleutel: regelingSleutel,
        naam: regeling,
        spellingen: [],
        postcodes: [],
        plaatsen: [],
        provincies: [],
        rijen: 0,
        deelnemers: 0,
        regels: [],
        herkomst,
        deelnemerSleutels: new Set(),
      };
      regelingen.set(regelingSleutel, r);
    }
    const voegToe = (lijst: string[], w: string | null) => {
      if (w !== null && !lijst.includes(w)) lijst.push(w);
    };
    voegToe(r.spellingen, veld(iRegeling));
    voegToe(r.postcodes, postcode);
    voegToe(r.plaatsen, plaats);
    voegToe(r.provincies, provincie);
    r.rijen++;
    r.regels.push(regel);
    r.deelnemerSleutels.add(deelnemerSleutel);
    r.deelnemers = r.deelnemerSleutels.size;
  }
  if (deelnames.length === 0) throw new BronFout(bestand, regelVan(kop) + 1, 'het bestand bevat geen rijen');

  return {
    bron: 'opengr',
    jaargang,
    bestand,
    deelnames,
    regelingen: [...regelingen.values()].map(({ deelnemerSleutels: _, ...r }) => r),
    windows1252Regels: coderingen.flatMap((c, i) => (c === 'windows-1252' ? [i + 1] : [])),
  };
}
