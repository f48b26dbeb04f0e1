/** The length of a termijn, as stated in a wet or regeling (unit matters for Atw art. 4 onder a). */

export type Eenheid = 'dagen' | 'weken' | 'maanden' | 'uren';

export interface Duur {
  eenheid: Eenheid;
  /** Positive whole number. */
  aantal: number;
}

const EENHEID: Record<string, Eenheid> = { D: 'dagen', W: 'weken', M: 'maanden', H: 'uren' };

/**
 * Reads an ISO 8601 duration with exactly one component: PnD, PnW, PnM or PTnH (e.g. P8W, P14D, P3M,
 * PT48H), n ≥ 1. Returns null for anything else (P1Y2M, P0D, -P1D, P1.5D, P1Y, garbage). The unit is
 * kept as written because Atw art. 4 onder a distinguishes uren, dagen, weken and maanden.
 */
export function parseDuur(iso: string): Duur | null {
  const m = /^P(?:(\d+)([DWM])|T(\d+)(H))$/.exec(typeof iso === 'string' ? iso : '');
  if (!m) return null;
  const aantal = Number(m[1] ?? m[3]);
  const eenheid = EENHEID[m[2] ?? m[4] ?? ''];
  return eenheid && Number.isSafeInteger(aantal) && aantal >= 1 ? { eenheid, aantal } : null;
}
