/**
 * Text responses compressed with gzip when the client accepts it (RFC 9110 §8.4.1.3 and
 * §12.5.3, Accept-Encoding with its q-values, read by `negotiator`). Every browser asks for it;
 * a page such as Mijn regelingen of a raadslid in 40 regelingen is ~240 KB of HTML and ~20 KB
 * gzipped, which matters on a council's mobile connection and for how many pages one process
 * serves. Only GET, only text types, only bodies of at least 1 KB, never a response that is
 * already encoded or says `no-transform`. Responses of those types carry `Vary: Accept-Encoding`
 * whether compressed or not, so a shared cache keeps the variants apart.
 *
 * The response cache (app.ts) sits outside this middleware and keeps the compressed bytes under a
 * key that includes the encoding, so a cached page is compressed once.
 */
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import Negotiator from 'negotiator';

export type Codering = 'gzip' | 'identity';

/** Smaller bodies gain less than the header and the work cost. */
export const MIN_BYTES_COMPRESSIE = 1024;
const COMPRIMEERBAAR =
  /^(text\/(html|css|csv|plain|calendar)|application\/(json|problem\+json|geo\+json|xml)|image\/svg\+xml)\b/;

/** The encoding a response gets for this Accept-Encoding header: gzip when the client accepts it. */
export function coderingVoor(acceptEncoding: string | null | undefined): Codering {
  if (!acceptEncoding) return 'identity';
  const gekozen = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encoding([
    'gzip',
    'identity',
  ]);
  return gekozen === 'gzip' ? 'gzip' : 'identity';
}

/** Whether a response with this Content-Type is worth compressing. */
export function isComprimeerbaar(contentType: string | null): boolean {
  return contentType !== null && COMPRIMEERBAAR.test(contentType);
}

/** Adds Accept-Encoding to a Vary header without repeating it. */
export function voegVaryToe(headers: Headers) {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}

export const compressie: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET') return next();
  const codering = coderingVoor(c.req.header('accept-encoding'));
  await next();
  const res = c.res;
  if (
    !res.body ||
    !isComprimeerbaar(res.headers.get('content-type')) ||
    res.headers.has('content-encoding') ||
    /no-transform/i.test(res.headers.get('cache-control') ?? '')
  )
    return;
  voegVaryToe(res.headers);
  if (codering === 'identity') return;
  const lengte = res.headers.get('content-length');
  if (lengte !== null && Number(lengte) < MIN_BYTES_COMPRESSIE) return;
  const ruw = new Uint8Array(await res.arrayBuffer());
  let body = ruw;
  if (ruw.byteLength >= MIN_BYTES_COMPRESSIE) {
    // Synchronous, on this thread: a few milliseconds for a large page, and zlib's thread pool
    // would give every worker thread its own malloc arena (~100 MB more peak memory under load).
    const gz = zlib.gzipSync(ruw);
    body = new Uint8Array(gz.buffer, gz.byteOffset, gz.byteLength);
    res.headers.set('content-encoding', 'gzip');
    res.headers.delete('content-length');
  }
  // Replaced, not merged (Hono merges into a set response and wraps its body in a stream): with a
  // Uint8Array body the Node adapter writes it straight to the socket.
  c.res = undefined;
  c.res = new Response(body, { status: res.status, headers: res.headers });
};
