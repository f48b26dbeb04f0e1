/**
 * Successor table of ended gemeenten: which current gemeente took over an ended one (shared data
 * `herindelingen-2016-2024/opvolgers_gemeenten_2016_2024.csv`, derived from the CBS-address-based
 * conversion matrices of VNG "grenswijzigen"; **CC BY-NC-SA 4.0**, so for tests and analysis only).
 *
 * Columns: gm_code_oud, gm_naam_oud, pv_code_oud, laatste_jaar_in_indeling, einddatum,
 * gm_code_<JJJJ>_grootste_deel, gm_naam_<JJJJ>_grootste_deel, aandeel_adressen, alle_opvolgers
 * (`GMxxxx:0.9613;GMyyyy:0.0387`, or `ONBEKEND` for gemeenten ended before the matrices start).
 * Kept per row: the old code, name and province, the end date, the successor with the largest share of
 * the addresses, that share, and all successors with their shares; `jaargang` is the year <JJJJ> of the
 * successor columns (the indeling the successors belong to).
 */
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { BronFout, regelVanRecord, type Herkomst, isGeldigeDatum } from './bron';

export interface Opvolging {
  bron: 'herindelingen';
  /** Indeling of the successors (2024 for `…_2024_grootste_deel`). */
  jaargang: number;
  codeOud: string;
  naamOud: string;
  provincieOud: string | null;
  laatsteJaar: number | null;
  /** 'YYYY-MM-DD': the day the gemeente ceased to exist. */
  einddatum: string;
  /** Successor with the largest share of addresses; null when unknown. */
  opvolgerCode: string | null;
  opvolgerNaam: string | null;
  /** Share 0–1 of the old gemeente's addresses that went to `opvolgerCode`. */
  aandeel: number | null;
  /** All successors, largest share first; empty when unknown. */
  opvolgers: { code: string; aandeel: number }[];
  herkomst: Herkomst;
}

const GM = /^GM\d{4}$/;
const PV = /^PV\d{2}$/;
const AANDEEL = /^(0(\.\d+)?|1(\.0+)?)$/;

/** Reads the successor table (CSV text). Throws a BronFout at the first malformed line. */
export function leesOpvolgers(tekst: string, bestand: string): Opvolging[] {
  let items: { record: string[]; info: { lines: number } }[];
  try {
    items = parse(tekst, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof items;
  } catch (e) {
    if (e instanceof CsvError) {
      throw new BronFout(
        bestand,
        typeof e.lines === 'number' ? e.lines : undefined,
        `geen geldige CSV (${e.message})`,
      );
    }
    throw e;
  }
  const kop = items[0];
  if (!kop) throw new BronFout(bestand, 1, 'het bestand is leeg');
  const namen = kop.record.map((k) => k.trim().toLowerCase());
  const kol = (naam: string) => {
    const i = namen.indexOf(naam);
    if (i < 0) throw new BronFout(bestand, 1, `kolom ${naam} ontbreekt`);
    return i;
  };
  const opvolgerKolom = namen.find((n) => /^gm_code_\d{4}_grootste_deel$/.test(n));
  if (!opvolgerKolom) throw new BronFout(bestand, 1, 'kolom gm_code_JJJJ_grootste_deel ontbreekt');
  const jaargang = Number(/\d{4}/.exec(opvolgerKolom)![0]);
  const [iCode, iNaam, iPv, iJaar, iEind, iOpv, iOpvNaam, iAandeel, iAlle] = [
    kol('gm_code_oud'),
    kol('gm_naam_oud'),
    namen.indexOf('pv_code_oud'),
    namen.indexOf('laatste_jaar_in_indeling'),
    kol('einddatum'),
    kol(opvolgerKolom),
    kol(`gm_naam_${jaargang}_grootste_deel`),
    kol('aandeel_adressen'),
    kol('alle_opvolgers'),
  ];

  const uit: Opvolging[] = [];
  const gezien = new Map<string, number>();
  for (const item of items.slice(1)) {
    const regel = regelVanRecord(item);
    const fout = (reden: string) => new BronFout(bestand, regel, reden);
    if (item.record.length !== namen.length) {
      throw fout(`regel heeft ${item.record.length} velden, de kopregel heeft er ${namen.length}`);
    }
    const veld = (i: number) => (i < 0 ? '' : item.record[i]!.trim());
    const codeOud = veld(iCode);
    if (!GM.test(codeOud)) throw fout(`gm_code_oud "${codeOud}" is geen gemeentecode (GMxxxx)`);
    const eerder = gezien.get(codeOud);
    if (eerder !== undefined) throw fout(`${codeOud} komt twee keer voor (ook op regel ${eerder})`);
    gezien.set(codeOud, regel);
    const naamOud = veld(iNaam);
    if (!naamOud) throw fout(`gm_naam_oud van ${codeOud} is leeg`);
    const pv = veld(iPv);
    if (pv && !PV.test(pv)) throw fout(`pv_code_oud "${pv}" is geen provinciecode (PVxx)`);
    const jaar = veld(iJaar);
    if (jaar && !/^\d{4}$/.test(jaar)) throw fout(`laatste_jaar_in_indeling "${jaar}" is geen jaar`);
    const einddatum = veld(iEind);
    if (!isGeldigeDatum(einddatum)) throw fout(`einddatum "${einddatum}" is geen geldige datum (JJJJ-MM-DD)`);

    const alle = veld(iAlle);
    const opvolgers: Opvolging['opvolgers'] = [];
    if (alle && alle.toUpperCase() !== 'ONBEKEND') {
      for (const deel of alle.split(';')) {
        const [code = '', aandeel = ''] = deel.split(':').map((s) => s.trim());
        if (!GM.test(code) || !AANDEEL.test(aandeel)) {
          throw fout(`alle_opvolgers: "${deel}" is niet van de vorm GMxxxx:aandeel (0–1)`);
        }
        opvolgers.push({ code, aandeel: Number(aandeel) });
      }
      opvolgers.sort((a, b) => b.aandeel - a.aandeel);
    }
    const opvolgerCode = veld(iOpv) || null;
    if (opvolgerCode !== null && !GM.test(opvolgerCode)) {
      throw fout(`${opvolgerKolom} "${opvolgerCode}" is geen gemeentecode (GMxxxx)`);
    }
    const aandeelTekst = veld(iAandeel);
    if (aandeelTekst && !AANDEEL.test(aandeelTekst))
      throw fout(`aandeel_adressen "${aandeelTekst}" is geen aandeel (0–1)`);
    if (opvolgerCode !== null && opvolgers.length > 0 && opvolgers[0]!.code !== opvolgerCode) {
      throw fout(
        `${opvolgerKolom} ${opvolgerCode} is niet de opvolger met het grootste aandeel in alle_opvolgers`,
      );
    }
    if ((opvolgerCode === null) !== (opvolgers.length === 0)) {
      throw fout(`${opvolgerKolom} en alle_opvolgers spreken elkaar tegen`);
    }
    uit.push({
      bron: 'herindelingen',
      jaargang,
      codeOud,
      naamOud,
      provincieOud: pv || null,
      laatsteJaar: jaar ? Number(jaar) : null,
      einddatum,
      opvolgerCode,
      opvolgerNaam: veld(iOpvNaam) || null,
      aandeel: aandeelTekst ? Number(aandeelTekst) : null,
      opvolgers,
      herkomst: { bestand, regel },
    });
  }
  return uit;
}
