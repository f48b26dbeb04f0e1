/**
 * "New since my last visit" on Mijn regelingen: which moment counts as the previous visit. Pure; the
 * moment comes in as a parameter.
 *
 * A visit is a run of page views with no more than half an hour between them, so reloading the page
 * or coming back from a regeling does not make what was new disappear. The state is kept per user in
 * the table `raadswerkplaats_bezoek` (bezoek-store.ts), so it is the same on every device. The sessie
 * table cannot serve: a session is deleted at sign-out and an expired one at the next sign-in.
 */

/** A page view more than this after the previous one starts a new visit. */
export const NIEUW_BEZOEK_NA_MS = 30 * 60 * 1000;
/** Without a known previous visit, what is new is what changed in these last days. */
export const TERUGBLIK_DAGEN = 30;
/**
 * A page view within this time of the stored last view, in the same visit, is not written again: the
 * page then writes nothing, so a signed-in user's copy of it may be served from the response cache
 * (ADR 0010, at most a minute) and other users' cached pages stay valid. The stored last view is
 * then at most about two minutes behind, against a visit gap of thirty.
 */
export const LAATSTE_BIJWERKEN_NA_MS = 60 * 1000;

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

/**
 * Whether the new state must be stored: always when nothing was stored, or when a new visit began;
 * within a visit only when the last view moved on by LAATSTE_BIJWERKEN_NA_MS.
 */
export function moetOpslaan(vorig: BezoekStand | null, volgend: BezoekStand): boolean {
  if (vorig === null) return true;
  if (vorig.sinds.getTime() !== volgend.sinds.getTime() || vorig.bekend !== volgend.bekend) return true;
  return volgend.laatste.getTime() - vorig.laatste.getTime() >= LAATSTE_BIJWERKEN_NA_MS;
}
