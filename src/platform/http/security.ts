/** Sessions (pages), bearer tokens (API) and CSRF protection. */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessieGebruiker, tokenGebruiker } from '../../modules/accounts/store';
import { gelijk, hmac, nieuwToken, sha256 } from '../auth/crypto';
import type { AppEnv } from './env';
import type { Services } from './app';
import { problem } from './problem';

export const SESSIE_COOKIE = 'grip_sessie';
export const SESSIE_DUUR_MS = 12 * 60 * 60 * 1000;

export function zetSessieCookie(c: Context, s: Services, token: string) {
  setCookie(c, SESSIE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: s.config.production,
    path: '/',
    maxAge: SESSIE_DUUR_MS / 1000,
  });
}

export function wisSessieCookie(c: Context) {
  deleteCookie(c, SESSIE_COOKIE, { path: '/' });
}

export const CSRF_COOKIE = 'grip_csrf';

/**
 * The CSRF token: bound to the session when signed in; before sign-in bound to a random
 * `grip_csrf` cookie that only the sign-in page sets (so anonymous pages stay cookie-free).
 * Empty when there is neither, and then every form post is refused.
 */
function csrfToken(s: Services, sessieHash: string | null, anoniem: string | undefined): string {
  if (sessieHash) return hmac(s.config.sessionSecret, `csrf:${sessieHash}`);
  return anoniem ? hmac(s.config.sessionSecret, `anoniem:${anoniem}`) : '';
}

/** Makes sure an anonymous visitor has a CSRF cookie (the sign-in form needs one). */
export function zorgVoorAnoniemeCsrf(c: Context<AppEnv>, s: Services) {
  if (c.get('csrf')) return;
  const waarde = nieuwToken(16);
  setCookie(c, CSRF_COOKIE, waarde, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: s.config.production,
    path: '/',
  });
  c.set('csrf', csrfToken(s, null, waarde));
}

export function sessieMiddleware(s: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSIE_COOKIE);
    let gebruiker = null;
    let sessieHash = null;
    if (token) {
      sessieHash = sha256(token);
      gebruiker = await sessieGebruiker(s.database.db, sessieHash, new Date());
      if (!gebruiker) sessieHash = null;
    }
    c.set('gebruiker', gebruiker);
    c.set('sessieHash', sessieHash);
    c.set('csrf', csrfToken(s, sessieHash, getCookie(c, CSRF_COOKIE)));
    await next();
  };
}

function hostVan(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" and other opaque origins are never our own
  }
}

/**
 * Every state-changing form request must come from our own origin (Origin or Sec-Fetch-Site)
 * and carry the token bound to the session. SameSite=Lax cookies are the third layer.
 */
export function csrfBescherming(s: Services): MiddlewareHandler<AppEnv> {
  const eigen = new URL(s.config.baseUrl).origin;
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const site = c.req.header('sec-fetch-site');
    const zelfdeOrigin = origin
      ? origin === eigen || hostVan(origin) === host
      : site === 'same-origin' || site === undefined;
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const token = typeof form._csrf === 'string' ? form._csrf : '';
    const verwacht = c.get('csrf');
    if (!zelfdeOrigin || !verwacht || !gelijk(token, verwacht)) {
      return c.html(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Verzoek geweigerd · Grip</title></head>' +
          '<body><main><h1>Verzoek geweigerd</h1><p>Het formulier is verlopen of kwam niet van deze website. ' +
          'Ga terug, laad de pagina opnieuw en probeer het nog eens.</p></main></body></html>',
        403,
      );
    }
    await next();
  };
}

/** API authentication: `Authorization: Bearer <token>`; reading needs none. */
export function apiAuth(s: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('gebruiker', null);
    c.set('sessieHash', null);
    c.set('csrf', '');
    const auth = c.req.header('authorization');
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const gebruiker = m ? await tokenGebruiker(s.database.db, sha256(m[1]!)) : null;
      if (!gebruiker) {
        c.header('WWW-Authenticate', 'Bearer');
        return problem(c, 401, 'Niet geauthenticeerd', {
          code: 'ongeldig_token',
          detail: 'Het bearer-token is ongeldig.',
        });
      }
      c.set('gebruiker', gebruiker);
    }
    await next();
  };
}
