/**
 * Request bodies read straight from Node's IncomingMessage, with a size limit.
 *
 * Hono reads a body through the web Request of @hono/node-server, which wraps the socket in a
 * web ReadableStream and a Blob: for the small JSON bodies of the API that costs more than the
 * rest of the request together. This middleware reads the bytes from the IncomingMessage itself
 * and hands them to Hono's body cache, so `c.req.json()` and the zod-openapi validators get the
 * same text without the detour. Bodies larger than the limit are refused with 413 before they
 * are read to the end. Outside the Node server (`app.request()` in tests) there is no
 * IncomingMessage and Hono reads the body as usual.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';

export class TeGrootFout extends Error {
  constructor(readonly limiet: number) {
    super(`De body is groter dan ${limiet} bytes.`);
  }
}

function leesIncoming(incoming: IncomingMessage, limiet: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const lengte = Number(incoming.headers['content-length']);
    if (Number.isFinite(lengte) && lengte > limiet) {
      reject(new TeGrootFout(limiet));
      return;
    }
    const delen: Buffer[] = [];
    let grootte = 0;
    incoming.on('data', (deel: Buffer) => {
      grootte += deel.length;
      if (grootte > limiet) {
        incoming.removeAllListeners('data');
        incoming.resume();
        reject(new TeGrootFout(limiet));
        return;
      }
      delen.push(deel);
    });
    incoming.once('end', () =>
      resolve(delen.length === 1 ? delen[0]!.toString('utf8') : Buffer.concat(delen).toString('utf8')),
    );
    incoming.once('error', reject);
  });
}

const heeftBody = (methode: string) => methode !== 'GET' && methode !== 'HEAD' && methode !== 'OPTIONS';

/**
 * Reads JSON (and other text) bodies from the IncomingMessage into Hono's body cache.
 * `teGroot` answers a body over the limit (the API answers with problem+json).
 */
export function tekstBody(limiet: number, teGroot: (c: Context) => Response): MiddlewareHandler {
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming || !heeftBody(c.req.method) || incoming.readableDidRead) return next();
    const type = incoming.headers['content-type'] ?? '';
    if (!/^application\/([a-z0-9.+-]*\+)?json\b/i.test(type)) return next();
    try {
      const tekst = await leesIncoming(incoming, limiet);
      // At run time Hono keeps promises in its body cache (its type says string).
      (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(tekst);
    } catch (e) {
      if (e instanceof TeGrootFout) return teGroot(c);
      throw e;
    }
    return next();
  };
}
