/** The visit state of Mijn regelingen per user (table raadswerkplaats_bezoek). No rules here: see bezoek.ts. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { type BezoekStand, moetOpslaan, volgendBezoek } from './bezoek';
import { bezoek } from './schema';

export async function leesBezoek(db: DbOrTx, gebruikerId: string): Promise<BezoekStand | null> {
  const [r] = await db
    .select({ sinds: bezoek.sinds, laatste: bezoek.laatste, bekend: bezoek.bekend })
    .from(bezoek)
    .where(eq(bezoek.gebruikerId, gebruikerId));
  return r ?? null;
}

export async function slaBezoekOp(db: DbOrTx, gebruikerId: string, s: BezoekStand): Promise<void> {
  await db
    .insert(bezoek)
    .values({ gebruikerId, ...s })
    .onConflictDoUpdate({
      target: bezoek.gebruikerId,
      set: { sinds: s.sinds, laatste: s.laatste, bekend: s.bekend },
    });
}

/**
 * Records a page view of Mijn regelingen at `nu` and returns the state to show: reads the stored
 * state, and writes the next one only when it must (moetOpslaan). The visit state is not a change of
 * the register: no audit row.
 */
export async function registreerBezoek(db: DbOrTx, gebruikerId: string, nu: Date): Promise<BezoekStand> {
  const vorig = await leesBezoek(db, gebruikerId);
  const volgend = volgendBezoek(vorig, nu);
  if (moetOpslaan(vorig, volgend)) await slaBezoekOp(db, gebruikerId, volgend);
  return volgend;
}
