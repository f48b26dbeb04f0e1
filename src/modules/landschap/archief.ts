/**
 * Unpacking the published Polder data for `grip import roo-polder --url`: a `.tar.gz` (GitHub's archive of
 * the repository, `…/archive/refs/heads/main.tar.gz`, or a tarball of the YAML folder) or a `.zip` (GitHub's
 * `…/archive/refs/heads/main.zip`). Node.js has gzip and deflate (zlib) but no tar or zip reader, so both
 * formats are read here: tar (ustar, with pax and GNU long names) and zip (central directory; stored and
 * deflated entries, as GitHub writes them).
 *
 * Only the files `kiesBestand` accepts are written, below `doel`; a name that would leave `doel` (absolute,
 * `..`) is refused. The archive is read into memory (the Polder repository packs to a few MB).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export class ArchiefFout extends Error {
  override name = 'ArchiefFout';
}

export type ArchiefSoort = 'tar.gz' | 'tar' | 'zip';

/** The format from the first bytes: gzip (1f 8b), zip (PK\x03\x04) or a plain tar (ustar at 257). */
export function archiefSoort(kop: Uint8Array): ArchiefSoort | null {
  if (kop[0] === 0x1f && kop[1] === 0x8b) return 'tar.gz';
  if (kop[0] === 0x50 && kop[1] === 0x4b && kop[2] === 0x03 && kop[3] === 0x04) return 'zip';
  if (Buffer.from(kop.subarray(257, 262)).toString('latin1') === 'ustar') return 'tar';
  return null;
}

/** A relative path inside `doel`, or null when the name would leave it. */
function veiligPad(doel: string, naam: string): string | null {
  const n = naam.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[a-z]:/i.test(n) || n.split('/').includes('..')) return null;
  const p = path.resolve(doel, n);
  return p.startsWith(path.resolve(doel) + path.sep) ? p : null;
}

const tekst = (b: Buffer, van: number, lengte: number) => {
  const stuk = b.subarray(van, van + lengte);
  const nul = stuk.indexOf(0);
  return (nul >= 0 ? stuk.subarray(0, nul) : stuk).toString('utf8');
};
const octaal = (b: Buffer, van: number, lengte: number) => {
  const t = tekst(b, van, lengte).trim();
  return t ? parseInt(t, 8) : 0;
};

/** Entries of a tar: name and content of each regular file. */
export function* tarBestanden(tar: Buffer): Generator<{ naam: string; inhoud: Buffer }> {
  let i = 0;
  let langeNaam: string | null = null;
  while (i + 512 <= tar.length) {
    const kop = tar.subarray(i, i + 512);
    if (kop.every((x) => x === 0)) break;
    const grootte = octaal(kop, 124, 12);
    const soort = String.fromCharCode(kop[156]!);
    if (Number.isNaN(grootte) || !/^(ustar|\0)/.test(kop.subarray(257, 262).toString('latin1') || '\0'))
      throw new ArchiefFout(`geen geldig tar-archief (kop op byte ${i})`);
    const inhoud = tar.subarray(i + 512, i + 512 + grootte);
    if (inhoud.length < grootte) throw new ArchiefFout('het tar-archief is afgebroken');
    i += 512 + Math.ceil(grootte / 512) * 512;
    if (soort === 'x') {
      // pax: "<len> path=<name>\n" records
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(inhoud.toString('utf8'));
      if (m) langeNaam = m[1]!;
      continue;
    }
    if (soort === 'L') {
      langeNaam = tekst(inhoud, 0, inhoud.length);
      continue;
    }
    if (soort === 'g') continue;
    const voorvoegsel = tekst(kop, 345, 155);
    const naam = langeNaam ?? (voorvoegsel ? `${voorvoegsel}/${tekst(kop, 0, 100)}` : tekst(kop, 0, 100));
    langeNaam = null;
    if (soort === '0' || soort === '\0' || soort === '7') yield { naam, inhoud };
  }
}

/** Entries of a zip (from its central directory): name and content of each file. */
export function* zipBestanden(zip: Buffer): Generator<{ naam: string; inhoud: Buffer }> {
  // End of central directory: the last PK\x05\x06 within the final 64 KB + 22 bytes.
  let eind = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eind = i;
      break;
    }
  if (eind < 0) throw new ArchiefFout('geen geldig zip-archief (einde van de inhoudsopgave ontbreekt)');
  const aantal = zip.readUInt16LE(eind + 10);
  let p = zip.readUInt32LE(eind + 16);
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
      throw new ArchiefFout('geen geldig zip-archief (inhoudsopgave beschadigd)');
    const methode = zip.readUInt16LE(p + 10);
    const gecomprimeerd = zip.readUInt32LE(p + 20);
    const naamLengte = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const commentaar = zip.readUInt16LE(p + 32);
    const lokaal = zip.readUInt32LE(p + 42);
    const naam = zip.subarray(p + 46, p + 46 + naamLengte).toString('utf8');
    p += 46 + naamLengte + extra + commentaar;
    if (naam.endsWith('/')) continue;
    if (zip.readUInt32LE(lokaal) !== 0x04034b50)
      throw new ArchiefFout(`geen geldig zip-archief (${naam}: lokale kop ontbreekt)`);
    const start = lokaal + 30 + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
    const data = zip.subarray(start, start + gecomprimeerd);
    if (methode === 0) yield { naam, inhoud: data };
    else if (methode === 8) yield { naam, inhoud: zlib.inflateRawSync(data) };
    else throw new ArchiefFout(`${naam}: compressiemethode ${methode} wordt niet ondersteund`);
  }
}

/**
 * Unpacks `archief` into `doel`: only the files whose name `kiesBestand` accepts. Returns the number of
 * files written. A malformed archive is an ArchiefFout.
 */
export function pakUit(archief: string, doel: string, kiesBestand: (naam: string) => boolean): number {
  const bytes = fs.readFileSync(archief);
  const soort = archiefSoort(bytes.subarray(0, 512));
  if (!soort) throw new ArchiefFout('onbekend archiefformaat: verwacht .tar.gz, .tar of .zip');
  let bestanden: Iterable<{ naam: string; inhoud: Buffer }>;
  try {
    bestanden =
      soort === 'zip'
        ? [...zipBestanden(bytes)]
        : [...tarBestanden(soort === 'tar' ? bytes : zlib.gunzipSync(bytes))];
  } catch (e) {
    if (e instanceof ArchiefFout) throw e;
    throw new ArchiefFout(`het archief is beschadigd (${e instanceof Error ? e.message : String(e)})`);
  }
  let n = 0;
  for (const { naam, inhoud } of bestanden) {
    if (!kiesBestand(naam)) continue;
    const p = veiligPad(doel, naam);
    if (!p) throw new ArchiefFout(`${naam}: pad buiten de doelmap`);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, inhoud);
    n++;
  }
  return n;
}

/**
 * The Polder folder inside an unpacked archive: the folder that holds `gemeenschappelijke-regelingen/`
 * (`data/organisaties` in the repository), or null.
 */
export function vindPolderMap(map: string): string | null {
  const namen = fs.readdirSync(map, { recursive: true, encoding: 'utf8' });
  const gr = namen
    .map((n) => n.split(path.sep).join('/'))
    .filter((n) => n === 'gemeenschappelijke-regelingen' || n.endsWith('/gemeenschappelijke-regelingen'))
    .filter((n) => fs.statSync(path.join(map, n)).isDirectory())
    .sort((a, b) => a.length - b.length)[0];
  return gr === undefined ? null : path.dirname(path.join(map, gr));
}
