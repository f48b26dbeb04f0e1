/**
 * Population per gemeente from a CBS StatLine OData response, as pages of JSON (pure: the caller fetches
 * the pages and follows `volgendeCbsLink`).
 *
 * Two response shapes:
 * - OData v3 (`opendata.cbs.nl/ODataApi/odata/<tabel>/TypedDataSet`): `{"odata.metadata": …, "value":
 *   [{"RegioS": "GM0363    ", "Perioden": "2024JJ00", "BevolkingOp1Januari_1": 931298, …}],
 *   "odata.nextLink": …}` — one column per topic; CBS pads dimension keys with spaces;
 * - OData v4 (`datasets.cbs.nl/odata/v1/CBS/<tabel>/Observations`): `{"@odata.context": …, "value":
 *   [{"Measure": "…", "Value": 931298.0, "RegioS": "GM0363", "Perioden": "2024JJ00"}], "@odata.nextLink": …}`
 *   — one row per measure; `maatstaf` picks the measure (or the only one present).
 *
 * Which table and field: the shared data `gemeenten-cbs-2024` uses Kerncijfers wijken en buurten 2024
 * (85984NED, `WijkenEnBuurten` = GMxxxx, `AantalInwoners_5` = inwoners on 1 January 2024; no period
 * column, so give `peildatum`). The shared docs name no other population table. For the yearly series the
 * CBS tables are 03759ned ("Bevolking op 1 januari en gemiddeld", with the dimensions Geslacht, Leeftijd
 * and BurgerlijkeStaat — keep their totals with `filter`) and 37230ned ("Bevolkingsontwikkeling; regio per
 * maand"); their topic keys (`BevolkingOp1Januari_1`, `BevolkingAanHetBeginVanDePeriode_1`,
 * `BevolkingOpDeEersteVanDeMaand_1`) are NOT verified here against the tables' DataProperties. Pass
 * `inwonersVeld` explicitly; without it the first of those known keys present in the rows is used.
 *
 * Kept: { gemeenteCode, peildatum, inwoners } per gemeente and period, with the table id (from the
 * metadata URL) and the page/row. Periods: `2024JJ00` → 2024-01-01 (the population "op 1 januari" /
 * "aan het begin van de periode"), `2024MM03` → 2024-03-01, `2024KW02` → 2024-04-01. Rows for other regions
 * (NL01, PV27, LD01, COROP …) are skipped; a gemeente without a value (CBS `null` or ".") is listed in
 * `zonderWaarde`, not invented.
 */
import { BronFout, type Herkomst, isGeldigeDatum } from './bron';

export interface CbsInwoners {
  bron: 'cbs';
  /** Table id from the metadata URL, e.g. '03759ned'; null when the page does not say. */
  tabel: string | null;
  gemeenteCode: string;
  peildatum: string;
  inwoners: number;
  herkomst: Herkomst;
}

export interface CbsBevolking {
  bron: 'cbs';
  tabel: string | null;
  inwonersVeld: string;
  records: CbsInwoners[];
  /** Gemeente × peildatum rows without a value. */
  zonderWaarde: { gemeenteCode: string; peildatum: string }[];
  /** Rows of other regions (land, provincie, landsdeel, …) that were skipped. */
  andereRegios: number;
}

export interface CbsOpties {
  /** v3: the topic column with the number of inhabitants; v4: not used (see `maatstaf`). */
  inwonersVeld?: string;
  /** v4: the Measure code to read. */
  maatstaf?: string;
  /** The region column; default RegioS, WijkenEnBuurten, Gemeenten or Gemeente, whichever is present. */
  regioVeld?: string;
  /** The date of the figures when the response has no Perioden column (e.g. '2024-01-01' for KWB 2024). */
  peildatum?: string;
  /** Keep only rows whose dimension has this key (after trimming), e.g. { Geslacht: 'T001038' }. */
  filter?: Record<string, string>;
}

const INWONERS_VELDEN = [
  'BevolkingOp1Januari_1',
  'BevolkingAanHetBeginVanDePeriode_1',
  'BevolkingOpDeEersteVanDeMaand_1',
  'AantalInwoners_5',
];
const REGIO_VELDEN = ['RegioS', 'WijkenEnBuurten', 'Gemeenten', 'Gemeente'];

type Rij = Record<string, unknown>;

const alsTekst = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function isObject(x: unknown): x is Rij {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/** The link to the next page (`odata.nextLink` in v3, `@odata.nextLink` in v4), or null on the last page. */
export function volgendeCbsLink(pagina: unknown): string | null {
  if (!isObject(pagina)) return null;
  const link = pagina['@odata.nextLink'] ?? pagina['odata.nextLink'];
  return typeof link === 'string' && link.trim() ? link : null;
}

/** The table id from `odata.metadata` / `@odata.context` / the next link, e.g. '03759ned'. */
export function cbsTabel(pagina: unknown): string | null {
  if (!isObject(pagina)) return null;
  for (const k of ['odata.metadata', '@odata.context', 'odata.nextLink', '@odata.nextLink']) {
    const v = pagina[k];
    const m = typeof v === 'string' ? /\/(\d{5}[a-z]{3})(?=[/$?#]|$)/i.exec(v) : null;
    if (m) return m[1]!;
  }
  return null;
}

/** A CBS period key as the date the population refers to: JJ00 → 1 January, MMnn → day 1 of the month, KWn → the quarter's first day. */
export function peildatumUitPeriode(periode: string): string | null {
  const m = /^(\d{4})(JJ00|MM(\d{2})|KW(\d{2}))$/.exec(periode.trim());
  if (!m) return null;
  const maand = m[3] ? Number(m[3]) : m[4] ? (Number(m[4]) - 1) * 3 + 1 : 1;
  const d = `${m[1]}-${String(maand).padStart(2, '0')}-01`;
  return isGeldigeDatum(d) ? d : null;
}

/**
 * Reads all pages of one response. Checks the chain: every page but the last must link to a next one, the
 * last must not (else the series is incomplete). `bestand` names the response in herkomst and errors.
 */
export function leesCbsPaginas(
  paginas: readonly unknown[],
  bestand: string,
  opties: CbsOpties = {},
): CbsBevolking {
  if (paginas.length === 0) throw new BronFout(bestand, undefined, 'geen pagina’s');
  const fout = (reden: string) => new BronFout(bestand, undefined, reden);
  for (const [i, p] of paginas.entries()) {
    if (!isObject(p) || !Array.isArray(p['value']))
      throw fout(`pagina ${i + 1} is geen OData-antwoord (value ontbreekt)`);
    const link = volgendeCbsLink(p);
    if (i < paginas.length - 1 && !link)
      throw fout(`pagina ${i + 1} heeft geen volgende-link, maar er volgen nog pagina’s`);
    if (i === paginas.length - 1 && link)
      throw fout(`de laatste pagina (${i + 1}) verwijst nog naar ${link}: de reeks is onvolledig`);
  }
  const tabel = paginas.map(cbsTabel).find((t) => t !== null) ?? null;
  const rijen = paginas.flatMap((p, i) =>
    ((p as Rij)['value'] as unknown[]).map((rij, j) => ({ rij, pad: `pagina[${i}].value[${j}]` })),
  );
  for (const { rij, pad } of rijen) if (!isObject(rij)) throw fout(`${pad} is geen object`);
  const eerste = rijen[0]?.rij as Rij | undefined;

  const v4 = !!eerste && 'Measure' in eerste && 'Value' in eerste;
  let veld: string;
  if (v4) {
    const maatstaven = [...new Set(rijen.map(({ rij }) => String((rij as Rij)['Measure']).trim()))];
    if (opties.maatstaf) veld = opties.maatstaf;
    else if (maatstaven.length === 1) veld = maatstaven[0]!;
    else throw fout(`meerdere maatstaven (${maatstaven.join(', ')}): kies er één met maatstaf`);
  } else if (opties.inwonersVeld) {
    veld = opties.inwonersVeld;
  } else {
    const gevonden = eerste ? INWONERS_VELDEN.find((v) => v in eerste) : undefined;
    if (!gevonden) {
      throw fout(
        `geen bekend inwonersveld (${INWONERS_VELDEN.join(', ')}); geef inwonersVeld op (velden: ${eerste ? Object.keys(eerste).join(', ') : 'geen'})`,
      );
    }
    veld = gevonden;
  }
  const regioVeld = opties.regioVeld ?? (eerste ? REGIO_VELDEN.find((v) => v in eerste) : undefined);
  if (!regioVeld) throw fout(`geen regiokolom (${REGIO_VELDEN.join(', ')}); geef regioVeld op`);
  if (opties.peildatum !== undefined && !isGeldigeDatum(opties.peildatum)) {
    throw fout(`peildatum "${opties.peildatum}" is geen geldige datum (JJJJ-MM-DD)`);
  }

  const uit: CbsBevolking = {
    bron: 'cbs',
    tabel,
    inwonersVeld: veld,
    records: [],
    zonderWaarde: [],
    andereRegios: 0,
  };
  const gezien = new Map<string, string>();
  for (const { rij: r, pad } of rijen as { rij: Rij; pad: string }[]) {
    if (v4 && String(r['Measure']).trim() !== veld) continue;
    if (opties.filter && Object.entries(opties.filter).some(([k, w]) => alsTekst(r[k]).trim() !== w))
      continue;
    if (!v4 && !(veld in r)) throw fout(`${pad}: veld ${veld} ontbreekt`);
    const regio = r[regioVeld];
    if (typeof regio !== 'string') throw fout(`${pad}: ${regioVeld} ontbreekt of is geen tekst`);
    const code = regio.trim().toUpperCase();
    if (!/^GM\d{4}$/.test(code)) {
      if (!/^[A-Z]{2}[0-9A-Z]{2,}$/.test(code))
        throw fout(`${pad}: ${regioVeld} "${regio}" is geen CBS-regiocode`);
      uit.andereRegios++;
      continue;
    }
    let peildatum: string;
    if (typeof r['Perioden'] === 'string') {
      const d = peildatumUitPeriode(r['Perioden']);
      if (!d)
        throw fout(
          `${pad}: periode "${r['Perioden']}" wordt niet ondersteund (JJJJJJ00, JJJJMMnn of JJJJKWnn)`,
        );
      peildatum = d;
    } else if (opties.peildatum) {
      peildatum = opties.peildatum;
    } else {
      throw fout(`${pad}: geen Perioden in het antwoord; geef de peildatum op`);
    }
    const w = v4 ? r['Value'] : r[veld];
    let inwoners: number | null;
    if (w === null || w === undefined || (typeof w === 'string' && /^\s*\.?\s*$/.test(w))) inwoners = null;
    else if (typeof w === 'number') inwoners = w;
    else if (typeof w === 'string' && /^\s*\d+(\.0+)?\s*$/.test(w)) inwoners = Number(w);
    else throw fout(`${pad}: ${veld} ${JSON.stringify(w)} is geen aantal`);
    if (inwoners !== null && (!Number.isInteger(inwoners) || inwoners < 0)) {
      throw fout(`${pad}: ${veld} ${inwoners} is geen geheel aantal inwoners`);
    }
    const sleutel = `${code} ${peildatum}`;
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      throw fout(
        `${pad}: ${code} op ${peildatum} komt twee keer voor (ook ${eerder}); filter op de totalen van de andere dimensies`,
      );
    }
    gezien.set(sleutel, pad);
    if (inwoners === null) uit.zonderWaarde.push({ gemeenteCode: code, peildatum });
    else
      uit.records.push({
        bron: 'cbs',
        tabel,
        gemeenteCode: code,
        peildatum,
        inwoners,
        herkomst: { bestand, pad },
      });
  }
  return uit;
}
