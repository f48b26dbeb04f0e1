/**
 * The visit state per user and page (table raadswerkplaats_bezoek): Mijn regelingen, and the shared table of
 * each regeling, so "nieuw" follows the user across devices. No rules here: see bezoek.ts.
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { type BezoekStand, moetOpslaan, volgendBezoek } from './bezoek';
import { bezoek } from './schema';

/** The page a visit state belongs to. */
export type Plek = 'mijn-regelingen' | `tafel:${string}`;
export const tafelPlek = (regelingId: string): Plek => `tafel:${regelingId}`;

export async function leesBezoek(
  db: DbOrTx,
  gebruikerId: string,
  plek: Plek = 'mijn-regelingen',
): Promise<BezoekStand | null> {
  const [r] = await db
    .select({ sinds: bezoek.sinds, laatste: bezoek.laatste, bekend: bezoek.bekend })
    .from(bezoek)
    .where(and(eq(bezoek.gebruikerId, gebruikerId), eq(bezoek.plek, plek)));
  return r ?? null;
}

export async function slaBezoekOp(
  db: DbOrTx,
  gebruikerId: string,
  plek: Plek,
  s: BezoekStand,
): Promise<void> {
  await db
    .insert(bezoek)
    .values({ gebruikerId, plek, ...s })
    .onConflictDoUpdate({
      target: [bezoek.gebruikerId, bezoek.plek],
      set: { sinds: s.sinds, laatste: s.laatste, bekend: s.bekend },
    });
}

/**
 * Records a view of the page at `nu` and returns the state to show: reads the stored state, and writes the
 * next one only when it must (moetOpslaan), so repeated views within a visit stay cacheable. The visit state
 * is not a change of the register: no audit row.
 */
export async function registreerBezoek(
  db: DbOrTx,
  gebruikerId: string,
  nu: Date,
  plek: Plek = 'mijn-regelingen',
): Promise<BezoekStand> {
  const vorig = await leesBezoek(db, gebruikerId, plek);
  const volgend = volgendBezoek(vorig, nu);
  if (moetOpslaan(vorig, volgend)) await slaBezoekOp(db, gebruikerId, plek, volgend);
  return volgend;
}
