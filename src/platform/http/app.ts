/**
 * The HTTP app: security headers, static assets, health, the JSON API under /api/v1 and the
 * pages. Handlers are thin (validate → authorize → use case → render); modules add routes.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { sql } from 'drizzle-orm';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../../config';
import type { Database, DbOrTx } from '../db/client';
import type { Kalender } from '../../kalender';
import type { AppEnv } from './env';
import { problem, invalidParamsVan } from './problem';
import { vandaag } from '../clock';
import { getCookie } from 'hono/cookie';
import { sha256 } from '../auth/crypto';
import { apiAuth, CSRF_COOKIE, csrfBescherming, SESSIE_COOKIE, sessieMiddleware } from './security';
import { foutPagina } from './pages';
import { tekstBody } from './body';
import { coderingVoor, compressie } from './compressie';
import { ApiWeigering, apiFout } from './openapi';
import { DomeinFout } from '../errors';

export const API_VERSION = '1.0.0';
/** The largest JSON body the API reads. */
export const MAX_JSON_BODY = 1024 * 1024;
/** How long a signed-in user's cached page may be served (see antwoordCache). */
const SESSIE_CACHE_MS = 60_000;

/**
 * Security headers on every response. Set before the handler runs, so they become part of the
 * response as it is built (setting them afterwards makes the Node adapter materialise a full web
 * Response, which costs more than a small API request itself). Pages get the same set as Hono's
 * secureHeaders defaults, with our CSP; JSON from the API, which no browser renders, the ones that
 * matter for it, and its API-Version.
 */
const PAGINA_HEADERS: [string, string][] = [
  [
    'Content-Security-Policy',
    "default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; frame-ancestors 'none'",
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  // Not 'no-referrer': with that, browsers send "Origin: null" on form posts, which the CSRF check refuses.
  ['Referrer-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];
const API_HEADERS: [string, string][] = [
  // NL API Design Rules (API-57): every API response says its version.
  ['API-Version', API_VERSION],
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Referrer-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
];
const veiligheidsHeaders: MiddlewareHandler = async (c, next) => {
  for (const [naam, waarde] of c.req.path.startsWith('/api/') ? API_HEADERS : PAGINA_HEADERS)
    c.header(naam, waarde);
  await next();
};

export interface Services {
  database: Database;
  config: Config;
  /** Whether the database holds demo data; every page then says "voorbeeldgegevens". */
  state: { voorbeeld: boolean };
  /** The Atw calendar: the repository's equated days plus those a beheerder added. */
  kalender: () => Promise<Kalender>;
  /** Drops the cached calendar after this process added an equated day. */
  vergeetKalender: () => void;
  /** Enqueues the sending of a mail written in a transaction (undefined without SMTP: the outbox keeps it). */
  mail: { wachtrij: ((tx: DbOrTx, mailId: string) => Promise<void>) | undefined };
}

export interface Module {
  naam: string;
  web?: (app: Hono<AppEnv>, s: Services) => void;
  api?: (api: OpenAPIHono<AppEnv>, s: Services) => void;
}

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const assets: Record<string, string> = {
  'theme.css': require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
  'utrecht.css': require.resolve('@utrecht/component-library-css/dist/index.css'),
  'skip-link.css': require.resolve('@nl-design-system-candidate/skip-link-css/skip-link.css'),
  'grip.css': path.join(here, '../views/grip.css'),
};

export function createApp(s: Services, modules: Module[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const wijzigingen = s.database.wijzigingen;
  // The cache and compression only concern GET (and HEAD): other methods skip them altogether.
  if (wijzigingen) app.get('*', antwoordCache(wijzigingen));
  app.get('*', compressie);
  app.use(veiligheidsHeaders);

  app.get('/health', async (c) => {
    try {
      await s.database.db.execute(sql`select 1`);
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  // The style sheets, read and gzipped once.
  const cache = new Map(
    Object.entries(assets).map(([k, f]) => {
      const ruw = fs.readFileSync(f);
      return [k, { ruw: new Uint8Array(ruw), gzip: new Uint8Array(zlib.gzipSync(ruw, { level: 9 })) }];
    }),
  );
  app.get('/assets/:naam', (c) => {
    const bestand = cache.get(c.req.param('naam'));
    if (!bestand) return c.notFound();
    const gzip = coderingVoor(c.req.header('accept-encoding')) === 'gzip';
    return c.body(gzip ? bestand.gzip : bestand.ruw, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
  });

  // JSON API
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problem(c, 400, 'Ongeldige invoer', {
          code: 'ongeldige_invoer',
          detail: 'Een of meer velden zijn ongeldig.',
          invalidParams: invalidParamsVan(result.error.issues),
        });
      }
    },
  });
  api.use(
    tekstBody(MAX_JSON_BODY, (c) =>
      problem(c, 413, 'Body te groot', {
        code: 'body_te_groot',
        detail: `Een JSON-body mag hoogstens ${MAX_JSON_BODY / 1024 / 1024} MB zijn.`,
      }),
    ),
  );
  api.use(apiAuth(s));
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  for (const m of modules) m.api?.(api, s);
  api.doc31('/openapi.json', () => ({
    openapi: '3.1.0',
    info: {
      title: 'Grip API',
      version: API_VERSION,
      description:
        'Het register van gemeenschappelijke regelingen: organisaties, regelingen, deelnemers en besturen. ' +
        'Lezen is openbaar; schrijven vraagt een bearer-token (npx grip token maak).',
      contact: { name: 'Grip', email: 'grip@example.org', url: 'https://example.org/grip' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: `${new URL(s.config.baseUrl).origin}/api/v1`, description: 'Deze installatie' }],
    tags: [{ name: 'organisaties' }, { name: 'regelingen' }, { name: 'landschap' }, { name: 'accounts' }],
  }));
  // Every other path under /api/v1 is answered here, so it never reaches the pages (and their CSRF check).
  api.all('*', (c) =>
    problem(c, 404, 'Niet gevonden', { code: 'niet_gevonden', detail: 'Deze API-route bestaat niet.' }),
  );
  api.onError((err, c) => {
    // Refusals and domain errors thrown by the handlers: 401/403/404/409/412/… as problem+json.
    if (err instanceof ApiWeigering || err instanceof DomeinFout) return apiFout(c, err);
    if (err instanceof SyntaxError)
      return problem(c, 400, 'Ongeldige JSON', { code: 'ongeldige_json', detail: err.message });
    if (err instanceof HTTPException && err.status < 500) {
      // Raised by the validators before our handlers: malformed JSON (400), wrong media type (415).
      if (err.status === 400)
        return problem(c, 400, 'Ongeldige JSON', {
          code: 'ongeldige_json',
          detail: 'De body is geen geldige JSON.',
        });
      if (err.status === 415) {
        return problem(c, 415, 'Mediatype niet ondersteund', {
          code: 'mediatype_niet_ondersteund',
          detail: 'Stuur de body als application/json.',
        });
      }
      return problem(c, err.status, 'Ongeldig verzoek', { code: `http_${err.status}`, detail: err.message });
    }
    console.error(err);
    return problem(c, 500, 'Interne fout', { code: 'interne_fout' });
  });
  app.route('/api/v1', api);

  // Pages
  const web = new Hono<AppEnv>();
  web.use(sessieMiddleware(s));
  web.use(csrfBescherming(s));
  for (const m of modules) m.web?.(web, s);
  web.onError((err, c) => {
    console.error(err);
    return foutPagina(c, s, 500, 'Er ging iets mis', 'Probeer het later opnieuw.');
  });
  app.route('/', web);
  // A mounted app's notFound is not used by its parent: the pages' 404 lives here.
  app.notFound((c) => foutPagina(c, s, 404, 'Pagina niet gevonden', 'Deze pagina bestaat niet (meer).'));
  return app;
}

/**
 * Anonymous GET responses (pages and API) kept in memory, in embedded mode only. The register is
 * read far more than it is written, and on PGlite every query costs a fixed few tenths of a
 * millisecond in the single thread that also renders the pages, so a page with three queries
 * cannot come near the targets of `npm run bench`. With PGlite this process is the only writer
 * (data folder lock), so a copy stays exact until the next write: an entry counts only while the
 * database's write counter and the date (pages judge on today's date) are what they were when the
 * request started. A signed-in user's pages are kept per session, for at most a minute. Not cached:
 * bearer tokens, the API with a session cookie, anonymous visitors with a CSRF cookie (their forms carry
 * their own token), conditional requests, /health, any status other than 200, responses that set a
 * cookie, and content other than HTML or JSON.
 */
function antwoordCache(wijzigingen: () => number, maxBytes = 16 * 1024 * 1024): MiddlewareHandler<AppEnv> {
  const opslag = new Map<
    string,
    {
      teller: number;
      dag: string;
      geldigTot: number;
      headers: [string, string][];
      body: Uint8Array<ArrayBuffer>;
    }
  >();
  let bytes = 0;
  // Admission: a URL is kept only when it is asked for a second time, so one-off URLs (search
  // queries, crawlers) neither push out the popular pages nor cost a copy of every response.
  const gezien = new Set<string>();
  const MAX_GEZIEN = 5000;
  let dag = vandaag();
  let dagGeldigTot = Date.now() + 1000;
  return async (c, next) => {
    const h = c.req.raw.headers;
    if (
      c.req.method !== 'GET' ||
      h.has('authorization') ||
      h.has('if-none-match') ||
      h.has('if-modified-since') ||
      c.req.path === '/health'
    ) {
      return next();
    }
    // A signed-in user's pages are kept per session (the key holds the token's hash, never the
    // token), for at most a minute: a session that ends by expiry rather than by signing out (a
    // write) stops being served within that minute. The API with a session cookie is not cached.
    const cookie = h.get('cookie');
    const token = cookie?.includes(`${SESSIE_COOKIE}=`) ? getCookie(c, SESSIE_COOKIE) : undefined;
    if (token !== undefined && c.req.path.startsWith('/api/')) return next();
    // A visitor with an anonymous CSRF cookie (the sign-in and password pages) gets forms with a token bound
    // to that cookie: such a page is not the same for two visitors, so it is neither kept nor served.
    if (token === undefined && cookie?.includes(`${CSRF_COOKIE}=`)) return next();
    const url = c.req.url;
    const pad = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    // The compressed and the plain variant of a page are kept apart (see compressie.ts).
    const codering = coderingVoor(h.get('accept-encoding'));
    const sleutel = token === undefined ? `${codering}:${pad}` : `sessie:${sha256(token)}:${codering}:${pad}`;
    const geldigTot = token === undefined ? Number.POSITIVE_INFINITY : Date.now() + SESSIE_CACHE_MS;
    const teller = wijzigingen();
    if (Date.now() > dagGeldigTot) {
      dag = vandaag();
      dagGeldigTot = Date.now() + 1000;
    }
    const vandaagNu = dag;
    const oud = opslag.get(sleutel);
    if (oud && oud.teller === teller && oud.dag === vandaagNu && oud.geldigTot > Date.now()) {
      opslag.delete(sleutel); // most recently used last
      opslag.set(sleutel, oud);
      return new Response(oud.body, { status: 200, headers: oud.headers });
    }
    await next();
    if (!oud && !gezien.has(sleutel)) {
      gezien.add(sleutel);
      if (gezien.size > MAX_GEZIEN) gezien.delete(gezien.values().next().value!);
      return;
    }
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    if (res.status !== 200 || res.headers.has('set-cookie') || !/^(text\/html|application\/json)/.test(type))
      return;
    // A Uint8Array (not an ArrayBuffer): the Node adapter then writes it straight to the socket
    // instead of building a full web Response around it.
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (body.byteLength > maxBytes / 16) return;
    const vorige = opslag.get(sleutel);
    if (vorige) {
      opslag.delete(sleutel);
      bytes -= vorige.body.byteLength;
    }
    const headers: [string, string][] = [];
    res.headers.forEach((waarde, naam) => headers.push([naam, waarde]));
    opslag.set(sleutel, { teller, dag: vandaagNu, geldigTot, headers, body });
    bytes += body.byteLength;
    for (const [k, v] of opslag) {
      if (bytes <= maxBytes) break;
      opslag.delete(k);
      bytes -= v.body.byteLength;
    }
  };
}
