/**
 * "New since my last visit" on Mijn regelingen: which moment counts as the previous visit. Pure; the
 * moment comes in as a parameter.
 *
 * A visit is a run of page views with no more than half an hour between them, so reloading the page
 * or coming back from a regeling does not make what was new disappear. The state is kept per user in
 * a cookie for now (per browser); the table `raadswerkplaats_bezoek` in ./schema.ts, once wired, holds
 * the same state per user across devices, and this function stays as it is. The sessie table cannot
 * serve: a session is deleted at sign-out and an expired one at the next sign-in.
 */

/** The name of the cookie, sent only to /mijn-regelingen. */
export const BEZOEK_COOKIE = 'grip_bezoek';
/** A page view more than this after the previous one starts a new visit. */
export const NIEUW_BEZOEK_NA_MS = 30 * 60 * 1000;
/** Without a known previous visit, what is new is what changed in these last days. */
export const TERUGBLIK_DAGEN = 30;

export interface BezoekStand {
  /** What is new is what happened after this moment, for the whole current visit. */
  sinds: Date;
  /** The last page view. */
  laatste: Date;
  /** Whether `sinds` is a real previous visit (true) or the look-back of TERUGBLIK_DAGEN (false). */
  bekend: boolean;
}

/** The state for this page view, given the stored state of the previous one (null: none known). */
export function volgendBezoek(vorig: BezoekStand | null, nu: Date): BezoekStand {
  if (vorig === null || vorig.laatste.getTime() > nu.getTime())
    return { sinds: new Date(nu.getTime() - TERUGBLIK_DAGEN * 86_400_000), laatste: nu, bekend: false };
  if (nu.getTime() - vorig.laatste.getTime() > NIEUW_BEZOEK_NA_MS)
    return { sinds: vorig.laatste, laatste: nu, bekend: true };
  return { sinds: vorig.sinds, laatste: nu, bekend: vorig.bekend };
}

/** The cookie's value: `<user id>.<sinds ms>.<laatste ms>.<1|0>`. */
export const bezoekCookie = (gebruikerId: string, s: BezoekStand) =>
  `${gebruikerId}.${s.sinds.getTime()}.${s.laatste.getTime()}.${s.bekend ? 1 : 0}`;

/** The stored state, or null when the cookie is absent, malformed, or of another user in this browser. */
export function leesBezoekCookie(waarde: string | undefined, gebruikerId: string): BezoekStand | null {
  const m = /^([0-9a-f-]{36})\.(\d{1,15})\.(\d{1,15})\.([01])$/.exec(waarde ?? '');
  if (!m || m[1] !== gebruikerId) return null;
  const sinds = Number(m[2]);
  const laatste = Number(m[3]);
  if (sinds > laatste) return null;
  return { sinds: new Date(sinds), laatste: new Date(laatste), bekend: m[4] === '1' };
}
