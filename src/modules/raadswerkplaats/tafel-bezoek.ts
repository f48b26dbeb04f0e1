/**
 * "Nieuw" on the shared table: the visit state of the table pages is kept per browser in a cookie (the
 * table `raadswerkplaats_bezoek` holds the state of Mijn regelingen, one row per user). The rules of a
 * visit are those of Mijn regelingen (`volgendBezoek` in ./bezoek.ts).
 */
import type { BezoekStand } from './bezoek';

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
