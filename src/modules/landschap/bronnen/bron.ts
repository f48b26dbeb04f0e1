/**
 * What every landscape source parser shares: the error `BronFout` (file, line, Dutch reason), the
 * reference to a record's origin (`Herkomst`), and small pure helpers for names, dates, percentages,
 * CBS codes, TOOI URIs and the Windows-1252 code page.
 *
 * Conventions for all parsers in this folder:
 * - pure: no database, no clock, no network; the only I/O is reading the files or streams handed in;
 * - every record carries `bron` (which source), its vintage (`peildatum` 'YYYY-MM-DD' or `jaargang`) and
 *   a `herkomst` (file, line when known, path inside the file);
 * - a malformed file is refused as a whole with a `BronFout` at the first problem; odd but readable
 *   data is kept as it is, with the original spelling next to the normalised value.
 */

/** The sources parsed here. */
export type BronNaam = 'roo-polder' | 'roo' | 'opengr' | 'herindelingen' | 'regioatlas' | 'grenzen' | 'cbs';

/** Where a record comes from: the file as given to the parser, the line (1-based) and a path inside it. */
export interface Herkomst {
  bestand: string;
  regel?: number;
  /** Element or property path, e.g. `gr_meta.deelnemende_organisaties[2]` or `/…/regeling[12]`. */
  pad?: string;
}

/** A malformed source: which file, which line (when known) and why, in Dutch. Message `bestand:regel: reden`. */
export class BronFout extends Error {
  override name = 'BronFout';
  constructor(
    readonly bestand: string,
    readonly regel: number | undefined,
    readonly reden: string,
  ) {
    super(regel === undefined ? `${bestand}: ${reden}` : `${bestand}:${regel}: ${reden}`);
  }
}

/** 'YYYY-MM-DD' that exists in the calendar. */
export function isGeldigeDatum(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(j, mnd - 1, d));
  return dt.getUTCFullYear() === j && dt.getUTCMonth() === mnd - 1 && dt.getUTCDate() === d;
}

/**
 * A percentage as registers write it: decimal comma (`'5,1'`), or a decimal point, optionally with `%`.
 * Returns the number (0–100) or a Dutch reason why the text is not a percentage.
 */
export function leesPercentage(tekst: string): number | string {
  const t = tekst.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}([.,]\d+)?$/.test(t)) return `"${tekst}" is geen percentage (verwacht bijvoorbeeld 5,1)`;
  const n = Number(t.replace(',', '.'));
  if (n > 100) return `percentage "${tekst}" is groter dan 100`;
  return n;
}

/**
 * The name as a key: Unicode NFC, every run of white space (also non-breaking spaces) one space,
 * trimmed, lower case. Spelling is left alone ("en de Krimpenerwaard" stays a different name).
 */
export function normaliseerNaam(naam: string): string {
  return schoonNaam(naam).toLocaleLowerCase('nl');
}

/** NFC, white space collapsed and trimmed; case kept. */
export function schoonNaam(naam: string): string {
  return naam.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A name for comparing names of gemeenten: `normaliseerNaam`, plus accents removed, curly apostrophes
 * and dashes made plain, and the prefix "gemeente" and a suffix "(gemeente)" dropped.
 */
export function vergelijkNaam(naam: string): string {
  return normaliseerNaam(naam)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/^gemeente\s+/, '')
    .replace(/\s*\(gemeente\)$/, '')
    .trim();
}

const TOOI = /^https?:\/\/identifier\.overheid\.nl\/tooi\/id\/([a-z_-]+)\/([a-z]+)(\d+)$/i;

/** The kind of organisation a TOOI URI names (`gemeente`, `provincie`, `waterschap`, `so`, `ministerie`, …). */
export function tooiSoort(uri: string | null | undefined): string | null {
  const m = uri ? TOOI.exec(uri.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** CBS-style code from a TOOI URI: …/gemeente/gm0363 → GM0363, …/provincie/pv27 → PV27, …/waterschap/ws0652 → WS0652. */
export function cbsCodeUitTooi(uri: string | null | undefined): string | null {
  const m = uri ? TOOI.exec(uri.trim()) : null;
  if (!m) return null;
  const [, soort, prefix, cijfers] = m as unknown as [string, string, string, string];
  const p = prefix.toUpperCase();
  const s = soort.toLowerCase();
  if (s === 'gemeente' && p === 'GM' && cijfers.length === 4) return `GM${cijfers}`;
  if (s === 'provincie' && p === 'PV' && cijfers.length === 2) return `PV${cijfers}`;
  if (s === 'waterschap' && p === 'WS' && cijfers.length === 4) return `WS${cijfers}`;
  return null;
}

/** An organisatiecode as ROO writes it (`gm0005`, `pv21`, `ws0654`) as CBS-style code, or null. */
export function cbsCodeUitOrganisatiecode(code: string | null | undefined): string | null {
  const m = code ? /^(gm\d{4}|pv\d{2}|ws\d{4})$/i.exec(code.trim()) : null;
  return m ? m[1]!.toUpperCase() : null;
}

/** Windows-1252 bytes 0x80–0x9F (the rest equals ISO-8859-1); undefined bytes map to C1 controls as in WHATWG. */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_TERUG = new Map(CP1252_80_9F.map((cp, i) => [cp, 0x80 + i]));

/**
 * Decodes Windows-1252 (WHATWG table). Node's own TextDecoder('windows-1252') decodes 0x80–0x9F as
 * ISO-8859-1 control characters, so € ’ “ ” – would be lost.
 */
export function decodeerWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b);
  return s;
}

/** Encodes text as Windows-1252 bytes, or null when a character has no Windows-1252 byte. */
export function codeerWindows1252(tekst: string): Uint8Array | null {
  const uit = new Uint8Array(tekst.length);
  for (let i = 0; i < tekst.length; i++) {
    const cp = tekst.charCodeAt(i);
    const b = cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : CP1252_TERUG.get(cp);
    if (b === undefined) return null;
    uit[i] = b;
  }
  return uit;
}

const utf8Streng = new TextDecoder('utf-8', { fatal: true });

/** Decodes strict UTF-8, or returns null when the bytes are not valid UTF-8. */
export function decodeerUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Streng.decode(bytes);
  } catch {
    return null;
  }
}

/** Marks of UTF-8 read as Windows-1252: Ã or Â followed by a second byte, â€ (’ “ ” – …), Ã© and the like. */
const MOJIBAKE =
  /[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Repairs double-encoded text (UTF-8 bytes once decoded as Windows-1252, e.g. `FryslÃ¢n` → `Fryslân`,
 * `â€™t` → `’t`). Only when the text shows such a mark and its Windows-1252 bytes are valid UTF-8;
 * anything else is returned unchanged.
 */
export function herstelMojibake(tekst: string): string {
  if (!MOJIBAKE.test(tekst)) return tekst;
  const bytes = codeerWindows1252(tekst);
  if (!bytes) return tekst;
  return decodeerUtf8(bytes) ?? tekst;
}

/** A csv-parse record with `info: true`: the line it starts on (`info.lines` is where it ends). */
export function regelVanRecord(item: { record: string[]; info: { lines: number } }): number {
  return item.info.lines - item.record.reduce((n, veld) => n + (veld.split('\n').length - 1), 0);
}

/** The 1-based line of a character offset in `tekst`. */
export function regelVanOffset(tekst: string, offset: number): number {
  let regel = 1;
  for (let i = 0; i < offset && i < tekst.length; i++) if (tekst.charCodeAt(i) === 10) regel++;
  return regel;
}

/**
 * The offset of the first syntax error in JSON text (RFC 8259), or null when it is valid. Only used to find
 * the line after JSON.parse failed: V8 does not always say where.
 */
export function jsonFoutOffset(tekst: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < tekst.length && ' \t\n\r'.includes(tekst[i]!)) i++;
  };
  const waarde = (): boolean => {
    ws();
    const c = tekst[i];
    if (c === '{' || c === '[') {
      const sluit = c === '{' ? '}' : ']';
      i++;
      ws();
      if (tekst[i] === sluit) return (i++, true);
      for (;;) {
        if (c === '{') {
          ws();
          if (tekst[i] !== '"' || !tekenreeks()) return false;
          ws();
          if (tekst[i] !== ':') return false;
          i++;
        }
        if (!waarde()) return false;
        ws();
        if (tekst[i] === ',') i++;
        else if (tekst[i] === sluit) return (i++, true);
        else return false;
      }
    }
    if (c === '"') return tekenreeks();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
      tekst.slice(i, i + 400),
    );
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const tekenreeks = (): boolean => {
    i++;
    while (i < tekst.length) {
      const c = tekst.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = tekst[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(tekst.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  if (!waarde()) return Math.min(i, tekst.length);
  ws();
  return i < tekst.length ? i : null;
}

/** JSON.parse with a BronFout on malformed input, with the line of the first syntax error. */
export function leesJson(tekst: string, bestand: string): unknown {
  const t = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  try {
    return JSON.parse(t) as unknown;
  } catch (e) {
    const bericht = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 120) : String(e);
    const offset = jsonFoutOffset(t);
    throw new BronFout(
      bestand,
      offset === null ? undefined : regelVanOffset(t, offset),
      `geen geldige JSON (${bericht})`,
    );
  }
}
