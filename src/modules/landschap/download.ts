/**
 * Fetching a source over HTTP(S) for the `--url` imports: a file streamed to disk (never held whole in
 * memory), or a JSON page. A failed request is an `ImportGeweigerd` with the address and the reason in
 * Dutch, so the CLI prints one line and writes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { leesJson } from './bronnen/bron';
import { volgendeCbsLink } from './bronnen/cbs-odata';
import { ImportGeweigerd, type Voortgang } from './import-regelingen';

/** Only http and https; anything else (file:, ftp:, a typo) is refused before any request. */
export function controleerUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ImportGeweigerd(`${url}: geen geldige URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new ImportGeweigerd(`${url}: alleen http- en https-adressen worden ondersteund`);
  return u;
}

async function haal(url: string): Promise<Response> {
  controleerUrl(url);
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (e) {
    const oorzaak = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
    throw new ImportGeweigerd(`${url}: downloaden mislukt (${oorzaak})`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new ImportGeweigerd(`${url}: downloaden mislukt (HTTP ${res.status} ${res.statusText})`.trim());
  }
  return res;
}

/** A temporary folder, removed by the returned function. */
export function tijdelijkeMap(voorvoegsel: string): { map: string; ruimOp: () => void } {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), `grip-${voorvoegsel}-`));
  return { map, ruimOp: () => fs.rmSync(map, { recursive: true, force: true }) };
}

/** Streams the body of `url` into the file `doel`; returns the number of bytes written. */
export async function downloadNaarBestand(
  url: string,
  doel: string,
  meld: Voortgang = () => {},
): Promise<number> {
  const res = await haal(url);
  meld(`${url} downloaden …`);
  if (!res.body) throw new ImportGeweigerd(`${url}: het antwoord is leeg`);
  let bytes = 0;
  const stroom = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  stroom.on('data', (c: Buffer) => {
    bytes += c.length;
  });
  try {
    await pipeline(stroom, fs.createWriteStream(doel));
  } catch (e) {
    throw new ImportGeweigerd(
      `${url}: downloaden afgebroken (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  meld(`${(bytes / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB gedownload`);
  return bytes;
}

/** One JSON page; malformed JSON is a BronFout naming the address and line. */
export async function haalJson(url: string): Promise<unknown> {
  const res = await haal(url);
  return leesJson(await res.text(), url);
}

/** At most this many pages: a server that keeps linking to a next page must not keep the import busy. */
export const MAX_PAGINAS = 1000;

/**
 * All pages of an OData response, from `url` along `odata.nextLink` / `@odata.nextLink` (relative links
 * resolved against the page that gave them).
 */
export async function haalCbsPaginas(url: string, meld: Voortgang = () => {}): Promise<unknown[]> {
  const paginas: unknown[] = [];
  const gezien = new Set<string>();
  let volgende: string | null = controleerUrl(url).href;
  while (volgende) {
    if (gezien.has(volgende))
      throw new ImportGeweigerd(`${url}: pagina ${volgende} verwijst naar zichzelf of een eerdere pagina`);
    if (paginas.length >= MAX_PAGINAS) throw new ImportGeweigerd(`${url}: meer dan ${MAX_PAGINAS} pagina’s`);
    gezien.add(volgende);
    meld(`pagina ${paginas.length + 1} ophalen …`);
    const pagina = await haalJson(volgende);
    paginas.push(pagina);
    const link = volgendeCbsLink(pagina);
    volgende = link ? new URL(link, volgende).href : null;
  }
  return paginas;
}
