/**
 * The jobs of this module: 'herinneringen' every morning at 07:00 (Amsterdam time), plus one run
 * after each start to make up for a missed morning; 'tafel-digest' every day at 17:00, the one mail per
 * user with the news of the shared table (raadswerkplaats/tafel-digest.ts); and 'mail-verzenden', one job per mail,
 * enqueued in the transaction that wrote the mail (only when SMTP is set).
 */
import type { Config } from '../../config';
import type { Kalender } from '../../kalender';
import { vandaag } from '../../platform/clock';
import type { Database } from '../../platform/db/client';
import type { Jobs } from '../../platform/jobs';
import { verstuurTafelDigest } from '../raadswerkplaats/tafel-digest';
import { verstuurHerinneringen } from './herinneringen';
import { type MailTransport, type MailWachtrij, smtpTransport, verzendMail } from './mail';

export const HERINNERINGEN = 'herinneringen';
export const MAIL_VERZENDEN = 'mail-verzenden';
export const TAFEL_DIGEST = 'tafel-digest';

export interface MeldingenTaken {
  /** Enqueues the sending of a new mail (undefined without SMTP: the mail stays in the outbox). */
  wachtrij: MailWachtrij | undefined;
  /** After start, in the working process: a run of the reminders, in case this morning's was missed. */
  naStart(): Promise<void>;
  sluit(): void;
}

export function meldingenTaken(
  jobs: Jobs,
  s: { database: Database; config: Config; kalender: () => Promise<Kalender> },
  transport: MailTransport | null = s.config.smtpUrl ? smtpTransport(s.config.smtpUrl) : null,
): MeldingenTaken {
  const db = s.database.db;
  const wachtrij: MailWachtrij | undefined = transport
    ? async (tx, mailId) => {
        // The mail's id as the job's id: a mail can never be queued twice.
        await jobs.enqueue(tx, MAIL_VERZENDEN, { id: mailId }, { id: mailId });
      }
    : undefined;

  jobs.define<{ id: string }>({
    name: MAIL_VERZENDEN,
    // An SMTP server that is down gets 5 more tries over about half an hour; a send cut off by a stop
    // (expired after 2 minutes) is not repeated, see verzendMail.
    queue: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
    pollingIntervalSeconds: 2,
    handler: async ({ id }) => {
      if (transport) await verzendMail(db, transport, s.config.mailFrom, id);
    },
  });

  jobs.define({
    name: HERINNERINGEN,
    queue: { retryLimit: 3, retryDelay: 300, expireInSeconds: 15 * 60 },
    pollingIntervalSeconds: 30,
    schedule: { cron: '0 7 * * *', tz: 'Europe/Amsterdam' },
    handler: async () => {
      const { mails } = await verstuurHerinneringen(db, vandaag(), await s.kalender(), {
        baseUrl: s.config.baseUrl,
        wachtrij,
      });
      if (mails > 0) console.log(`Herinneringen: ${mails} mail${mails === 1 ? '' : 's'} klaargezet`);
    },
  });

  jobs.define({
    name: TAFEL_DIGEST,
    queue: { retryLimit: 3, retryDelay: 300, expireInSeconds: 15 * 60 },
    pollingIntervalSeconds: 30,
    schedule: { cron: '0 17 * * *', tz: 'Europe/Amsterdam' },
    handler: async () => {
      const { mails } = await verstuurTafelDigest(db, { baseUrl: s.config.baseUrl, wachtrij });
      if (mails > 0) console.log(`Gedeelde tafel: ${mails} overzicht${mails === 1 ? '' : 'en'} klaargezet`);
    },
  });

  return {
    wachtrij,
    naStart: async () => {
      // At most one such run per hour, however often the process restarts.
      await jobs.enqueue(db, HERINNERINGEN, {}, { singletonKey: 'na-start', singletonSeconds: 3600 });
    },
    sluit: () => transport?.sluit(),
  };
}
