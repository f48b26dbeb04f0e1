/**
 * Reminders on the demo data, on the test engine (PGlite or PostgreSQL): the griffie of Bremmerdam
 * (GM9902, a participant of the GGD Polderland) asks for a reminder 7 days before each deadline.
 * The GGD's ontwerpbegroting 2028 must reach the councils by 1 April 2027 (12 weeks before the AB
 * meeting of 24 June 2027), so on 25 March 2027 exactly that reminder is due — once, never twice.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestDatabase, testEngine } from '../../../test/db';
import type { Kalender } from '../../kalender';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { vindGebruikerOpEmail } from '../accounts/store';
import { vindOrganisatie } from '../organisaties/store';
import { zoekRegelingen } from '../regelingen/store';
import { kalenderBron } from '../termijnen/store';
import { bewaarVoorkeur, verstuurHerinneringen, voorkeurenVan } from './herinneringen';
import { herinneringVoorkeur, uitgaandeMail, verzondenHerinnering } from './schema';

const BASIS = 'https://grip.example.nl';

let database: Database;
let kalender: Kalender;
let bremmerdam: string;
let ggd: string;

const gebruikerId = async (email: string) => {
  const g = await vindGebruikerOpEmail(database.db, email);
  assert.ok(g, email);
  return g.id;
};
const run = (vandaag: string) => verstuurHerinneringen(database.db, vandaag, kalender, { baseUrl: BASIS });
const mailsAan = (email: string) =>
  database.db
    .select()
    .from(uitgaandeMail)
    .where(eq(uitgaandeMail.aan, email))
    .orderBy(asc(uitgaandeMail.aangemaakt));
const verzondenVan = async (email: string) =>
  database.db
    .select()
    .from(verzondenHerinnering)
    .where(eq(verzondenHerinnering.gebruikerId, await gebruikerId(email)));
const aantalMails = async () =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(uitgaandeMail))[0]!.n;

before(async () => {
  database = await createTestDatabase({ voorbeeld: true });
  kalender = await kalenderBron(database).kalender();
  const org = await vindOrganisatie(database.db, 'GM9902');
  assert.ok(org);
  bremmerdam = org.id;
  const { rows } = await zoekRegelingen(database.db, {
    q: 'GGD Polderland',
    sortering: 'naam',
    pagina: 1,
    perPagina: 5,
  });
  ggd = rows.find((r) => r.korteNaam === 'GGD Polderland')!.id;
  const griffie = await gebruikerId('griffie@voorbeeld.nl');
  assert.equal(await bewaarVoorkeur(database.db, systeem('test'), griffie, bremmerdam, [7]), 'aangemaakt');
});
after(async () => {
  await database?.close();
});

describe(`herinneringen (${testEngine})`, () => {
  test('de voorkeur is bewaard, met een regel in het auditlog', async () => {
    const griffie = await gebruikerId('griffie@voorbeeld.nl');
    const v = await voorkeurenVan(database.db, griffie);
    assert.deepEqual(
      v.map((x) => [x.code, x.dagen]),
      [['GM9902', [7]]],
    );
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entiteit, 'herinnering_voorkeur'),
          eq(auditLog.entiteitId, `${griffie}/${bremmerdam}`),
        ),
      );
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actie, 'aangemaakt');
    assert.deepEqual(audit[0]!.wijzigingen, [{ veld: 'dagenVooraf', oud: null, nieuw: [7] }]);
  });

  test('7 dagen vóór 1 april 2027: precies één mail, over de ontwerpbegroting van de GGD', async () => {
    assert.deepEqual(await run('2027-03-25'), { mails: 1 });
    const mails = await mailsAan('griffie@voorbeeld.nl');
    assert.equal(mails.length, 1);
    const [m] = mails;
    assert.equal(
      m!.onderwerp,
      'Herinnering: Ontwerpbegroting naar de raden — Gemeenschappelijke regeling GGD Polderland, uiterlijk 1 april 2027',
    );
    assert.match(m!.tekst, /^Beste Gijs Griffier,/);
    assert.match(m!.tekst, /Over 7 dagen, uiterlijk donderdag 1 april 2027/);
    assert.match(m!.tekst, /Wgr art\. 35 lid 1/);
    assert.ok(m!.tekst.includes(`${BASIS}/regelingen/${ggd}`), 'link naar de regeling');
    assert.ok(m!.tekst.includes(`${BASIS}/account/herinneringen`), 'link om het te wijzigen');
    assert.match(m!.tekst, /Bremmerdam/);
    assert.equal(m!.verzonden, null, 'zonder SMTP blijft de mail in de uitgaande mail');
    assert.equal(m!.fout, null);

    const verzonden = await verzondenVan('griffie@voorbeeld.nl');
    assert.equal(verzonden.length, 1);
    assert.equal(verzonden[0]!.deadline, '2027-04-01');
    assert.equal(verzonden[0]!.dagenVooraf, 7);
    assert.equal(verzonden[0]!.itemUid, `${ggd}-2028-ontwerpbegroting_naar_raden-wet@grip`);
  });

  test('nog eens draaien, dezelfde dag of de dag erna (inhalen): geen nieuwe mail', async () => {
    const voor = await aantalMails();
    assert.deepEqual(await run('2027-03-25'), { mails: 0 });
    assert.deepEqual(await run('2027-03-26'), { mails: 0 });
    assert.equal(await aantalMails(), voor);
    assert.equal((await verzondenVan('griffie@voorbeeld.nl')).length, 1);
  });

  test('een dag waarop niets verschuldigd is: geen mail', async () => {
    const voor = await aantalMails();
    assert.deepEqual(await run('2027-05-15'), { mails: 0 });
    assert.equal(await aantalMails(), voor);
  });

  test('een gemiste ochtend wordt ingehaald, tot twee dagen later', async () => {
    const raadslid = await gebruikerId('raadslid@voorbeeld.nl');
    await bewaarVoorkeur(database.db, systeem('test'), raadslid, bremmerdam, [7]);
    // Three days late for 1 April: the moment (25 March) is too long ago; 2 April's deadlines are not yet due.
    assert.deepEqual(await run('2027-03-28'), { mails: 0 });
    await database.db.delete(verzondenHerinnering).where(eq(verzondenHerinnering.gebruikerId, raadslid));
    await database.db.delete(uitgaandeMail).where(eq(uitgaandeMail.aan, 'raadslid@voorbeeld.nl'));
    // Two days late: still sent, with the days that are really left.
    assert.deepEqual(await run('2027-03-27'), { mails: 1 });
    const [m] = await mailsAan('raadslid@voorbeeld.nl');
    assert.match(m!.tekst, /Over 5 dagen, uiterlijk donderdag 1 april 2027/);
    assert.deepEqual(await run('2027-03-27'), { mails: 0 });
  });

  test('twee runs tegelijk versturen een herinnering maar één keer', async () => {
    const beheerder = await gebruikerId('beheerder@voorbeeld.nl');
    await bewaarVoorkeur(database.db, systeem('test'), beheerder, bremmerdam, [7]);
    const [a, b] = await Promise.all([run('2027-03-25'), run('2027-03-25')]);
    assert.equal(a.mails + b.mails, 1);
    assert.equal((await mailsAan('beheerder@voorbeeld.nl')).length, 1);
  });

  test('wie geen rol (meer) bij de organisatie heeft, krijgt niets', async () => {
    const toezicht = await gebruikerId('toezicht@voorbeeld.nl');
    // Written directly: the page would refuse it (toezicht works for the provincie PV99).
    await database.db.insert(herinneringVoorkeur).values({
      gebruikerId: toezicht,
      organisatieId: bremmerdam,
      dagenVooraf: [7],
    });
    await run('2027-03-25');
    assert.equal((await mailsAan('toezicht@voorbeeld.nl')).length, 0);
  });

  test('een voorkeur zonder dagen verwijdert haar, met audit', async () => {
    const raadslid = await gebruikerId('raadslid@voorbeeld.nl');
    assert.equal(
      await bewaarVoorkeur(database.db, systeem('test'), raadslid, bremmerdam, [7]),
      'ongewijzigd',
    );
    assert.equal(
      await bewaarVoorkeur(database.db, systeem('test'), raadslid, bremmerdam, [14, 7]),
      'gewijzigd',
    );
    assert.equal(await bewaarVoorkeur(database.db, systeem('test'), raadslid, bremmerdam, []), 'verwijderd');
    assert.deepEqual(await voorkeurenVan(database.db, raadslid), []);
    const audit = await database.db
      .select({ actie: auditLog.actie })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entiteit, 'herinnering_voorkeur'),
          eq(auditLog.entiteitId, `${raadslid}/${bremmerdam}`),
        ),
      )
      .orderBy(asc(auditLog.id));
    assert.deepEqual(
      audit.map((a) => a.actie),
      ['aangemaakt', 'gewijzigd', 'verwijderd'],
    );
  });
});
