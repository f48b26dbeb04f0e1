/**
 * The whole path of a reminder with SMTP set, on the test engine: the run writes the mail and
 * enqueues 'mail-verzenden' in the same transaction, the worker hands it to an SMTP server (a tiny
 * one in this test, spoken to by nodemailer) and records `verzonden`. Also: an SMTP error is
 * recorded and retried; a send cut off halfway is not repeated.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testEngine } from '../../../test/db';
import { loadConfig } from '../../config';
import { systeem } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/client';
import { createJobs, type Jobs } from '../../platform/jobs';
import { vindGebruikerOpEmail } from '../accounts/store';
import { vindOrganisatie } from '../organisaties/store';
import { kalenderBron } from '../termijnen/store';
import { bewaarVoorkeur, verstuurHerinneringen } from './herinneringen';
import { BEZIG, type MailTransport, ONDERBROKEN, verzendMail, zetMailKlaar } from './mail';
import { uitgaandeMail } from './schema';
import { meldingenTaken, type MeldingenTaken } from './taken';

/** Just enough SMTP to accept mail (no TLS, no auth); keeps each message's raw text. */
function smtpServer(): Promise<{ poort: number; berichten: string[]; stop: () => Promise<void> }> {
  const berichten: string[] = [];
  const server = net.createServer((sock) => {
    sock.write('220 proef ESMTP\r\n');
    let buffer = '';
    let data: string[] | null = null;
    sock.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const regel = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (data) {
          if (regel === '.') {
            berichten.push(data.join('\n'));
            data = null;
            sock.write('250 2.0.0 OK\r\n');
          } else data.push(regel.startsWith('..') ? regel.slice(1) : regel);
          continue;
        }
        const cmd = regel.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') sock.write('250 proef\r\n');
        else if (cmd === 'DATA') {
          data = [];
          sock.write('354 ga je gang\r\n');
        } else if (cmd === 'QUIT') {
          sock.write('221 tot ziens\r\n');
          sock.end();
        } else sock.write('250 OK\r\n');
      }
    });
    sock.on('error', () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address() as net.AddressInfo;
      resolve({
        poort: adres.port,
        berichten,
        stop: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

async function wachtTot(klaar: () => Promise<boolean>, ms = 20_000) {
  const tot = Date.now() + ms;
  while (!(await klaar())) {
    if (Date.now() > tot) assert.fail('wachten duurde te lang');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`mail versturen via de takenwachtrij (${testEngine})`, () => {
  let database: Database;
  let jobs: Jobs;
  let meldingen: MeldingenTaken;
  let smtp: Awaited<ReturnType<typeof smtpServer>>;

  before(async () => {
    smtp = await smtpServer();
    database = await createTestDatabase({ voorbeeld: true });
    const config = loadConfig({
      NODE_ENV: 'test',
      GRIP_SMTP_URL: `smtp://127.0.0.1:${smtp.poort}`,
      GRIP_MAIL_FROM: 'Grip proef <grip@voorbeeld.nl>',
      GRIP_BASE_URL: 'https://grip.example.nl',
    });
    jobs = createJobs(database, { worker: true });
    meldingen = meldingenTaken(jobs, { database, config, kalender: kalenderBron(database).kalender });
    await jobs.start();
  });
  after(async () => {
    await jobs?.stop();
    meldingen?.sluit();
    await database?.close();
    await smtp?.stop();
  });

  test('herinnering → uitgaande mail + taak in één transactie → SMTP → verzonden', async () => {
    assert.ok(meldingen.wachtrij, 'met SMTP gaat elke mail in de wachtrij');
    const griffie = await vindGebruikerOpEmail(database.db, 'griffie@voorbeeld.nl');
    const org = await vindOrganisatie(database.db, 'GM9902');
    await bewaarVoorkeur(database.db, systeem('test'), griffie!.id, org!.id, [7]);
    const kalender = await kalenderBron(database).kalender();
    const { mails } = await verstuurHerinneringen(database.db, '2027-03-25', kalender, {
      baseUrl: 'https://grip.example.nl',
      wachtrij: meldingen.wachtrij,
    });
    assert.equal(mails, 1);
    await wachtTot(() => Promise.resolve(smtp.berichten.length > 0));
    const bericht = smtp.berichten[0]!;
    assert.match(bericht, /^To: griffie@voorbeeld\.nl$/m);
    assert.match(bericht, /^From: Grip proef <grip@voorbeeld\.nl>$/m);
    assert.match(bericht, /^Subject: /m);
    const [rij] = await database.db
      .select()
      .from(uitgaandeMail)
      .where(eq(uitgaandeMail.aan, 'griffie@voorbeeld.nl'));
    await wachtTot(async () => {
      const [r] = await database.db.select().from(uitgaandeMail).where(eq(uitgaandeMail.id, rij!.id));
      return r!.verzonden !== null;
    });
    const [r] = await database.db.select().from(uitgaandeMail).where(eq(uitgaandeMail.id, rij!.id));
    assert.equal(r!.fout, null);
    // The same run again: nothing new, nothing sent again.
    assert.equal(
      (await verstuurHerinneringen(database.db, '2027-03-25', kalender, { wachtrij: meldingen.wachtrij }))
        .mails,
      0,
    );
    await new Promise((res) => setTimeout(res, 300));
    assert.equal(smtp.berichten.length, 1);
  });

  test('een mail die wordt teruggedraaid, komt niet in de wachtrij', async () => {
    const voor = smtp.berichten.length;
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await zetMailKlaar(
          tx,
          { aan: 'niemand@voorbeeld.nl', onderwerp: 'x', tekst: 'y' },
          meldingen.wachtrij,
        );
        throw new Error('terug');
      }),
      /terug/,
    );
    await new Promise((res) => setTimeout(res, 600));
    assert.equal(smtp.berichten.length, voor);
    assert.equal(
      (await database.db.select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, 'niemand@voorbeeld.nl')))
        .length,
      0,
    );
  });
});

describe(`verzendMail (${testEngine})`, () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database?.close();
  });

  const nieuw = (aan: string) => zetMailKlaar(database.db, { aan, onderwerp: 'Onderwerp', tekst: 'Tekst' });
  const rij = async (id: string) =>
    (await database.db.select().from(uitgaandeMail).where(eq(uitgaandeMail.id, id)))[0]!;

  test('een SMTP-fout staat in de mail; een volgende poging verstuurt hem alsnog, één keer', async () => {
    const id = await nieuw('a@voorbeeld.nl');
    const verstuurd: string[] = [];
    let stuk = true;
    const transport: MailTransport = {
      verstuur: async (m) => {
        await Promise.resolve();
        if (stuk) throw new Error('421 server bezet');
        verstuurd.push(m.aan);
      },
      sluit: () => {},
    };
    await assert.rejects(verzendMail(database.db, transport, 'Grip <grip@voorbeeld.nl>', id), /421/);
    assert.equal((await rij(id)).fout, 'Fout bij verzenden: 421 server bezet');
    assert.equal((await rij(id)).verzonden, null);
    stuk = false;
    assert.equal(await verzendMail(database.db, transport, 'Grip <grip@voorbeeld.nl>', id), 'verzonden');
    assert.equal(await verzendMail(database.db, transport, 'Grip <grip@voorbeeld.nl>', id), 'al_verzonden');
    assert.deepEqual(verstuurd, ['a@voorbeeld.nl']);
    assert.equal((await rij(id)).fout, null);
    assert.ok((await rij(id)).verzonden);
  });

  test('een verzending die halverwege werd afgebroken, wordt niet herhaald', async () => {
    const id = await nieuw('b@voorbeeld.nl');
    await database.db.update(uitgaandeMail).set({ fout: BEZIG }).where(eq(uitgaandeMail.id, id));
    const transport: MailTransport = {
      verstuur: () => Promise.reject(new Error('mag niet worden aangeroepen')),
      sluit: () => {},
    };
    assert.equal(await verzendMail(database.db, transport, 'Grip <grip@voorbeeld.nl>', id), 'onderbroken');
    assert.equal((await rij(id)).fout, ONDERBROKEN);
    assert.equal(await verzendMail(database.db, transport, 'Grip <grip@voorbeeld.nl>', id), 'onderbroken');
  });
});
