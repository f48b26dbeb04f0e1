/** A user's mail preferences (table mail_voorkeur): for now, whether the shared table's daily digest is mailed. */
import { eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/client';
import { mailVoorkeur } from './schema';

/** Whether the daily digest of the shared table is mailed to this user (on unless turned off). */
export async function tafelDigestAan(db: DbOrTx, gebruikerId: string): Promise<boolean> {
  const [r] = await db
    .select({ aan: mailVoorkeur.tafelDigest })
    .from(mailVoorkeur)
    .where(eq(mailVoorkeur.gebruikerId, gebruikerId));
  return r?.aan ?? true;
}

/** Turns the digest on or off: one transaction, audited when it changes. */
export async function zetTafelDigest(db: DbOrTx, actor: Actor, gebruikerId: string, aan: boolean) {
  await db.transaction(async (tx) => {
    const was = await tafelDigestAan(tx, gebruikerId);
    if (was === aan) return;
    await tx
      .insert(mailVoorkeur)
      .values({ gebruikerId, tafelDigest: aan })
      .onConflictDoUpdate({
        target: mailVoorkeur.gebruikerId,
        set: { tafelDigest: aan, gewijzigd: new Date() },
      });
    await recordAudit(tx, actor, {
      entiteit: 'mail_voorkeur',
      entiteitId: gebruikerId,
      actie: 'gewijzigd',
      wijzigingen: [{ veld: 'tafelDigest', oud: was, nieuw: aan }],
    });
  });
}
