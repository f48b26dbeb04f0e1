/**
 * Outgoing mail. Every mail is first a row in uitgaande_mail, written in the transaction that
 * causes it; when SMTP is set (GRIP_SMTP_URL) the same transaction enqueues the job
 * 'mail-verzenden', which sends the row and records `verzonden` (or `fout`). Without SMTP the row
 * is the whole story: the outbox page shows it as not sent.
 */
import { and, count, desc, eq, isNull, notInArray, or } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { Db, DbOrTx } from '../../platform/db/client';
import { uitgaandeMail } from './schema';

export interface Mail {
  aan: string;
  onderwerp: string;
  tekst: string;
}

/** Something that delivers a mail, or throws. */
export interface MailTransport {
  verstuur(mail: Mail & { van: string }): Promise<void>;
  sluit(): void;
}

/** Delivery through an SMTP server, e.g. smtp://gebruiker:wachtwoord@mail.example.nl:587. */
export function smtpTransport(url: string): MailTransport {
  const t = createTransport(url);
  return {
    verstuur: async (m) => {
      await t.sendMail({ from: m.van, to: m.aan, subject: m.onderwerp, text: m.tekst });
    },
    sluit: () => t.close(),
  };
}

/** Enqueues the sending of a new mail, inside the transaction that wrote it. */
export type MailWachtrij = (tx: DbOrTx, mailId: string) => Promise<void>;

/** Writes a mail to the outbox (and enqueues its sending when a queue is given); returns its id. */
export async function zetMailKlaar(tx: DbOrTx, mail: Mail, wachtrij?: MailWachtrij): Promise<string> {
  const [rij] = await tx.insert(uitgaandeMail).values(mail).returning({ id: uitgaandeMail.id });
  if (wachtrij) await wachtrij(tx, rij!.id);
  return rij!.id;
}

/** In `fout` while a mail is being handed to the SMTP server. */
export const BEZIG = 'Verzending gestart, nog niet bevestigd';
/** In `fout` when a send was interrupted (the process stopped): it may have arrived, so it is not sent again. */
export const ONDERBROKEN =
  'Verzending onderbroken: onbekend of de mail is aangekomen. Niet opnieuw verzonden, om hem niet dubbel te sturen.';

export type VerzendUitkomst = 'verzonden' | 'al_verzonden' | 'onderbroken' | 'niet_gevonden';

/**
 * Sends one mail from the outbox. The row is claimed first (fout = BEZIG), so a retry after a crash
 * in the middle of sending does not send it a second time: such a mail is marked ONDERBROKEN, for good.
 * An SMTP error is recorded in `fout` and thrown again, so the job is retried later.
 */
export async function verzendMail(
  db: Db,
  transport: MailTransport,
  van: string,
  id: string,
): Promise<VerzendUitkomst> {
  const [geclaimd] = await db
    .update(uitgaandeMail)
    .set({ fout: BEZIG })
    .where(
      and(
        eq(uitgaandeMail.id, id),
        isNull(uitgaandeMail.verzonden),
        or(isNull(uitgaandeMail.fout), notInArray(uitgaandeMail.fout, [BEZIG, ONDERBROKEN])),
      ),
    )
    .returning();
  if (!geclaimd) {
    const [rij] = await db.select().from(uitgaandeMail).where(eq(uitgaandeMail.id, id));
    if (!rij) return 'niet_gevonden';
    if (rij.verzonden) return 'al_verzonden';
    await db
      .update(uitgaandeMail)
      .set({ fout: ONDERBROKEN })
      .where(and(eq(uitgaandeMail.id, id), eq(uitgaandeMail.fout, BEZIG)));
    return 'onderbroken';
  }
  try {
    await transport.verstuur({
      van,
      aan: geclaimd.aan,
      onderwerp: geclaimd.onderwerp,
      tekst: geclaimd.tekst,
    });
  } catch (e) {
    const melding = e instanceof Error ? e.message : String(e);
    await db
      .update(uitgaandeMail)
      .set({ fout: `Fout bij verzenden: ${melding}`.slice(0, 1000) })
      .where(eq(uitgaandeMail.id, id));
    throw e;
  }
  await db.update(uitgaandeMail).set({ verzonden: new Date(), fout: null }).where(eq(uitgaandeMail.id, id));
  return 'verzonden';
}

export type UitgaandeMail = typeof uitgaandeMail.$inferSelect;

/** The outbox, newest first. */
export async function uitgaandeMails(
  db: DbOrTx,
  pagina: number,
  perPagina: number,
): Promise<{ rijen: UitgaandeMail[]; totaal: number }> {
  const [rijen, [t]] = await Promise.all([
    db
      .select()
      .from(uitgaandeMail)
      .orderBy(desc(uitgaandeMail.aangemaakt), desc(uitgaandeMail.id))
      .limit(perPagina)
      .offset((pagina - 1) * perPagina),
    db.select({ n: count() }).from(uitgaandeMail),
  ]);
  return { rijen, totaal: t?.n ?? 0 };
}
