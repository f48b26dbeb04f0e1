/**
 * The daily digest of the shared table: each user with notifications of soort 'tafel' that were not yet
 * mailed gets one e-mail listing them per topic (regeling, number of new posts, link; no titles or texts,
 * see digestMail), and they are marked `in_digest`. Run by the job 'tafel-digest'
 * (meldingen/taken.ts) every day, and on demand in tests.
 *
 * A user who turned the digest off (mail_voorkeur.tafel_digest = false) gets no mail; the notifications
 * are marked all the same, so turning it on again does not send a backlog. They stay visible in Grip.
 *
 * Never twice: per user, one transaction first claims the notifications (UPDATE … SET in_digest WHERE
 * in_digest IS NULL RETURNING) and writes the mail from exactly the rows it claimed. A second run, or a run
 * in another process at the same time, finds nothing left to claim.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { gebruiker } from '../accounts/schema';
import { type MailWachtrij, zetMailKlaar } from '../meldingen/mail';
import { mailVoorkeur } from '../meldingen/schema';
import { melding } from '../procedures/schema';
import { isUuid } from '../../platform/validation';
import { regeling } from '../regelingen/schema';
import { digestMail, perOnderwerp } from './domain/tafel';
import { tafelDraad } from './schema';

export const TAFEL_SOORT = 'tafel';

export async function verstuurTafelDigest(
  db: Db,
  omgeving: { baseUrl: string; wachtrij?: MailWachtrij | undefined },
): Promise<{ mails: number; meldingen: number }> {
  const wie = await db
    .selectDistinct({ id: melding.gebruikerId })
    .from(melding)
    .where(and(eq(melding.soort, TAFEL_SOORT), isNull(melding.inDigest)));
  let mails = 0;
  let meldingen = 0;
  for (const { id } of wie) {
    await db.transaction(async (tx) => {
      const geclaimd = await tx
        .update(melding)
        .set({ inDigest: new Date() })
        .where(and(eq(melding.gebruikerId, id), eq(melding.soort, TAFEL_SOORT), isNull(melding.inDigest)))
        .returning({ tekst: melding.tekst, link: melding.link, aangemaakt: melding.aangemaakt });
      if (geclaimd.length === 0) return;
      const [voorkeur] = await tx
        .select({ aan: mailVoorkeur.tafelDigest })
        .from(mailVoorkeur)
        .where(eq(mailVoorkeur.gebruikerId, id));
      if (voorkeur && !voorkeur.aan) return;
      const [g] = await tx
        .select({ email: gebruiker.email, naam: gebruiker.naam })
        .from(gebruiker)
        .where(eq(gebruiker.id, id))
        .orderBy(asc(gebruiker.email));
      if (!g) return;
      const onderwerpen = perOnderwerp(
        geclaimd.sort((a, b) => a.aangemaakt.getTime() - b.aangemaakt.getTime()).map((m) => m.link),
      );
      const ids = onderwerpen.map((o) => o.draadId).filter(isUuid);
      const namen = new Map(
        ids.length === 0
          ? []
          : (
              await tx
                .select({ id: tafelDraad.id, naam: regeling.naam, korteNaam: regeling.korteNaam })
                .from(tafelDraad)
                .innerJoin(regeling, eq(regeling.id, tafelDraad.regelingId))
                .where(inArray(tafelDraad.id, ids))
            ).map((r) => [r.id, r.korteNaam ?? r.naam]),
      );
      const regels = onderwerpen.map((o) => ({
        regeling: namen.get(o.draadId) ?? 'Gedeelde tafel',
        link: o.link,
        aantal: o.aantal,
      }));
      const mail = digestMail(g.naam, regels, omgeving.baseUrl);
      await zetMailKlaar(
        tx,
        { aan: g.email, onderwerp: mail.onderwerp, tekst: mail.tekst },
        omgeving.wachtrij,
      );
      mails++;
      meldingen += geclaimd.length;
    });
  }
  return { mails, meldingen };
}
