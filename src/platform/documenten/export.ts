/**
 * Tabular exports (lists of procedures, zienswijzen, deadlines) as CSV and XLSX, so a griffie can work with
 * them in Excel or LibreOffice.
 *
 * CSV is written the way Dutch Excel opens it by double-clicking: UTF-8 with a byte order mark (otherwise "ë"
 * and "€" are read as Windows-1252), ';' as separator and a decimal comma, CRLF line ends and RFC 4180
 * quoting. XLSX has a bold, frozen header row with an autofilter; text stays text (also a date, as
 * 'YYYY-MM-DD') and numbers stay numbers.
 *
 * Both guard against formula injection (CSV injection, OWASP): a text that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet never runs user input as a formula. The XLSX
 * writer never writes a formula at all.
 */
import ExcelJS from 'exceljs';
import { Temporal } from 'temporal-polyfill';

export interface Kolom {
  /** Key of the value in each row. */
  sleutel: string;
  /** Column header, in Dutch. */
  titel: string;
  /** Column width in characters (XLSX only); computed from the contents when absent. */
  breedte?: number;
}

type Cel = string | number | null;

/** A text a spreadsheet would read as a formula (or as a DDE command) when it starts with one of these. */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to a text that would otherwise start a formula. */
export function beveiligTegenFormule(tekst: string): string {
  return FORMULE_BEGIN.test(tekst) ? `'${tekst}` : tekst;
}

/** A Date as the calendar date in the Netherlands, 'YYYY-MM-DD'. */
function datumTekst(d: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(d.getTime())
    .toZonedDateTimeISO('Europe/Amsterdam')
    .toPlainDate()
    .toString();
}

function alsTekst(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : datumTekst(v);
  if (Array.isArray(v))
    return v
      .map(alsTekst)
      .filter((x) => x !== null)
      .join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return null; // functions and symbols are not data
}

/** One cell: a finite number stays a number, everything else becomes protected text, null stays empty. */
function cel(v: unknown): Cel {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint' && Number.isSafeInteger(Number(v))) return Number(v);
  const tekst = alsTekst(v);
  return tekst === null ? null : beveiligTegenFormule(tekst);
}

// ---------------------------------------------------------------------------------------------------------
// CSV

const CSV_SCHEIDER = ';';
const CSV_REGELEINDE = '\r\n';
const BOM = '\uFEFF';

function csvVeld(waarde: Cel): string {
  if (waarde === null) return '';
  // Dutch Excel reads "1.5" as a date or text; with ';' as separator it expects a decimal comma.
  const tekst = typeof waarde === 'number' ? String(waarde).replace('.', ',') : waarde;
  return /[;"\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

/** CSV for Dutch Excel: BOM, ';', CRLF, RFC 4180 quoting, formula injection guarded. */
export function naarCsv(kolommen: Kolom[], rijen: Record<string, unknown>[]): string {
  const regels = [
    kolommen.map((k) => csvVeld(cel(k.titel))),
    ...rijen.map((r) => kolommen.map((k) => csvVeld(cel(r[k.sleutel])))),
  ].map((velden) => velden.join(CSV_SCHEIDER) + CSV_REGELEINDE);
  return BOM + regels.join('');
}

// ---------------------------------------------------------------------------------------------------------
// XLSX

/** Excel refuses a cell longer than this when opening the file. */
const MAX_CEL_LENGTE = 32767;
/** Characters XML 1.0 forbids; exceljs would write them and produce a file Excel calls damaged. */
// eslint-disable-next-line no-control-regex
const ONGELDIGE_XML_TEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xlsxTekst(tekst: string): string {
  const schoon = tekst.replace(ONGELDIGE_XML_TEKENS, '');
  return schoon.length > MAX_CEL_LENGTE ? `${schoon.slice(0, MAX_CEL_LENGTE - 1)}…` : schoon;
}

/** Excel sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function geldigeBladnaam(naam: string): string {
  const schoon = naam
    .replace(ONGELDIGE_XML_TEKENS, '')
    .replace(/[:\\/?*[\]]/g, '-')
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return schoon === '' || schoon.toLowerCase() === 'history' ? 'Blad1' : schoon;
}

function breedteVoor(k: Kolom, waarden: Cel[]): number {
  if (k.breedte !== undefined) return k.breedte;
  let langste = k.titel.length;
  for (const w of waarden) {
    if (w === null) continue;
    for (const regel of String(w).split('\n')) langste = Math.max(langste, regel.length);
  }
  return Math.min(60, Math.max(8, langste + 2));
}

/** A further sheet of a workbook (e.g. the provenance of the data in the first). */
export interface Blad {
  naam: string;
  kolommen: Kolom[];
  rijen: Record<string, unknown>[];
}

/**
 * An XLSX workbook with one sheet: bold frozen header with autofilter, text as text, numbers as numbers;
 * `verder` adds sheets after it, written the same way.
 */
export async function naarXlsx(
  bladnaam: string,
  kolommen: Kolom[],
  rijen: Record<string, unknown>[],
  verder: Blad[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Grip';
  voegBladToe(wb, bladnaam, kolommen, rijen);
  for (const b of verder) voegBladToe(wb, b.naam, b.kolommen, b.rijen);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function voegBladToe(
  wb: ExcelJS.Workbook,
  bladnaam: string,
  kolommen: Kolom[],
  rijen: Record<string, unknown>[],
): void {
  const blad = wb.addWorksheet(geldigeBladnaam(bladnaam), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const waarden = rijen.map((r) => kolommen.map((k) => cel(r[k.sleutel])));

  blad.columns = kolommen.map((k, i) => ({
    width: breedteVoor(
      k,
      waarden.map((rij) => rij[i] ?? null),
    ),
  }));

  const kop = blad.addRow(kolommen.map((k) => xlsxTekst(beveiligTegenFormule(k.titel))));
  kop.font = { bold: true };
  kop.eachCell((c) => {
    c.numFmt = '@';
  });

  for (const rij of waarden) {
    const r = blad.addRow(rij.map((w) => (typeof w === 'string' ? xlsxTekst(w) : w)));
    rij.forEach((w, i) => {
      // '@' keeps a text such as '0123' or '2026-06-25' text when the user edits the cell.
      if (typeof w === 'string') r.getCell(i + 1).numFmt = '@';
    });
  }

  if (kolommen.length > 0) {
    blad.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: rijen.length + 1, column: kolommen.length },
    };
  }
}
