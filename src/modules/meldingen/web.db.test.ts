/**
 * The pages in-process on the demo data: "Herinneringen" for a signed-in user (the form, a wrong
 * number of days, saving, an organisation the user does not work for) and the outbox for the
 * beheerder only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, testEngine } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { DEMO_WACHTWOORD } from '../../demo/seed';
import { auditLog } from '../../platform/audit/schema';
import { vindGebruikerOpEmail } from '../accounts/store';
import { voorkeurenVan } from './herinneringen';
import { zetMailKlaar } from './mail';

const ORIGIN = 'http://localhost:3000';
let grip: Grip;

interface Pagina {
  status: number;
  html: string;
  tekst: string;
  headers: Headers;
}

const tekstVan = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function vraag(pad: string, init: RequestInit & { cookie?: string } = {}): Promise<Pagina> {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('Cookie', init.cookie);
  const res = await grip.app.request(pad, { ...init, headers, redirect: 'manual' });
  const html = await res.text();
  return { status: res.status, html, tekst: tekstVan(html), headers: res.headers };
}

const csrfVan = (p: Pagina) => {
  const m = /name="_csrf" value="([^"]+)"/.exec(p.html);
  assert.ok(m, 'geen _csrf-veld');
  return m[1]!;
};

/** The CSRF token of the form that posts to `actie`. */
const csrfVanFormulier = (p: Pagina, actie: string) => {
  const formulier = p.html.split('<form').find((f) => f.includes(`action="${actie}"`));
  assert.ok(formulier, `geen formulier naar ${actie}`);
  return csrfVan({ ...p, html: formulier });
};

function post(pad: string, velden: [string, string][], cookie?: string) {
  return vraag(pad, {
    method: 'POST',
    body: new URLSearchParams(velden).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
    cookie,
  });
}

/** Signs in through the form (the sign-in page sets the grip_csrf cookie the token is bound to). */
async function inloggen(email: string): Promise<string> {
  const formulier = await vraag('/inloggen');
  const csrfCookie = /^(grip_csrf=[^;]+)/.exec(formulier.headers.get('Set-Cookie') ?? '')?.[1];
  assert.ok(csrfCookie, 'de inlogpagina zet een CSRF-cookie');
  const res = await post(
    '/inloggen',
    [
      ['_csrf', csrfVan(formulier)],
      ['email', email],
      ['wachtwoord', DEMO_WACHTWOORD],
      ['terug', '/account'],
    ],
    csrfCookie,
  );
  assert.equal(res.status, 303, res.tekst.slice(0, 300));
  const sessie = /^(grip_sessie=[^;]+)/.exec(res.headers.get('Set-Cookie') ?? '')?.[1];
  assert.ok(sessie, 'geen sessiecookie');
  return sessie;
}

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
});
after(async () => {
  await grip?.close();
});

describe(`pagina Herinneringen (${testEngine})`, () => {
  let griffie: string;
  before(async () => {
    griffie = await inloggen('griffie@voorbeeld.nl');
  });

  test('zonder inloggen: naar de inlogpagina', async () => {
    const p = await vraag('/account/herinneringen');
    assert.equal(p.status, 303);
    assert.equal(p.headers.get('Location'), '/inloggen?terug=/account/herinneringen');
  });

  test('/account verwijst naar de herinneringen', async () => {
    const p = await vraag('/account', { cookie: griffie });
    assert.equal(p.status, 200);
    assert.match(p.html, /href="\/account\/herinneringen"/);
    assert.doesNotMatch(p.html, /href="\/beheer\/uitgaande-mail"/, 'de uitgaande mail is voor de beheerder');
  });

  test('het formulier: de eigen organisatie, de dagen, een vrij veld', async () => {
    const p = await vraag('/account/herinneringen', { cookie: griffie });
    assert.equal(p.status, 200);
    assert.match(p.tekst, /Herinneringen/);
    assert.match(p.tekst, /U hebt nog geen herinneringen ingesteld/);
    assert.match(p.html, /<select[^>]+name="organisatie"/);
    assert.match(p.html, /<option value="GM9902" selected="">Bremmerdam \(GM9902\)<\/option>/);
    for (const d of [30, 14, 7, 3, 1]) assert.match(p.html, new RegExp(`name="dagen" value="${d}"`));
    assert.match(p.html, /name="andere"/);
    assert.match(p.html, /<label[^>]+for="veld-andere"/);
  });

  test('een ongeldig aantal dagen: 400 met een melding bij het veld, niets bewaard', async () => {
    const p = await vraag('/account/herinneringen', { cookie: griffie });
    const res = await post(
      '/account/herinneringen',
      [
        ['_csrf', csrfVanFormulier(p, '/account/herinneringen')],
        ['organisatie', 'GM9902'],
        ['dagen', '7'],
        ['andere', 'twee weken'],
      ],
      griffie,
    );
    assert.equal(res.status, 400);
    assert.match(res.tekst, /Er is 1 fout gevonden/);
    assert.match(res.tekst, /Vul hele aantallen dagen in van 1 tot en met 365/);
    assert.match(
      res.html,
      /id="veld-andere"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="veld-andere"/,
    );
    assert.match(res.html, /value="twee weken"/, 'de invoer blijft staan');
    const g = await vindGebruikerOpEmail(grip.services.database.db, 'griffie@voorbeeld.nl');
    assert.deepEqual(await voorkeurenVan(grip.services.database.db, g!.id), []);

    const teVeel = await post(
      '/account/herinneringen',
      [
        ['_csrf', csrfVanFormulier(p, '/account/herinneringen')],
        ['organisatie', 'GM9902'],
        ['andere', '400'],
      ],
      griffie,
    );
    assert.equal(teVeel.status, 400);
  });

  test('bewaren: terug naar de pagina met de keuze, de komende termijnen en een regel in het auditlog', async () => {
    const p = await vraag('/account/herinneringen', { cookie: griffie });
    const res = await post(
      '/account/herinneringen',
      [
        ['_csrf', csrfVanFormulier(p, '/account/herinneringen')],
        ['organisatie', 'GM9902'],
        ['dagen', '14'],
        ['dagen', '7'],
        ['andere', '21, 2'],
      ],
      griffie,
    );
    assert.equal(res.status, 303, res.tekst.slice(0, 300));
    assert.equal(res.headers.get('Location'), '/account/herinneringen?bewaard=1');
    const db = grip.services.database.db;
    const g = await vindGebruikerOpEmail(db, 'griffie@voorbeeld.nl');
    const v = await voorkeurenVan(db, g!.id);
    assert.deepEqual(
      v.map((x) => [x.code, x.dagen]),
      [['GM9902', [21, 14, 7, 2]]],
    );
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'herinnering_voorkeur'), eq(auditLog.gebruikerId, g!.id)));
    assert.equal(audit.length, 1);
    assert.match(audit[0]!.actor, /griffie@voorbeeld\.nl/);

    const na = await vraag('/account/herinneringen?bewaard=1', { cookie: griffie });
    assert.equal(na.status, 200);
    assert.match(na.tekst, /Uw herinneringen zijn bewaard/);
    assert.match(na.tekst, /Bremmerdam \(GM9902\) 21, 14, 7, 2 dagen van tevoren/);
    assert.match(na.tekst, /Komende termijnen voor Bremmerdam/);
    // The form shows the saved choice.
    assert.match(na.html, /name="dagen" value="14" checked=""|checked="" [^>]*name="dagen" value="14"/);
    assert.match(na.html, /name="andere" type="text" value="21, 2"/);
  });

  test('een organisatie waarvoor de gebruiker niet werkt: geweigerd', async () => {
    const p = await vraag('/account/herinneringen', { cookie: griffie });
    const res = await post(
      '/account/herinneringen',
      [
        ['_csrf', csrfVanFormulier(p, '/account/herinneringen')],
        ['organisatie', 'GM9901'],
        ['dagen', '7'],
      ],
      griffie,
    );
    assert.equal(res.status, 400);
    assert.match(res.tekst, /alleen herinneringen instellen voor een organisatie waarvoor u werkt/);
  });

  test('zonder geldig CSRF-token: geweigerd', async () => {
    const res = await post(
      '/account/herinneringen',
      [
        ['_csrf', 'vervalst'],
        ['organisatie', 'GM9902'],
        ['dagen', '7'],
      ],
      griffie,
    );
    assert.equal(res.status, 403);
  });

  test('de beheerder kiest een organisatie op code', async () => {
    const beheerder = await inloggen('beheerder@voorbeeld.nl');
    const p = await vraag('/account/herinneringen', { cookie: beheerder });
    assert.match(p.html, /<input[^>]+name="organisatie"[^>]+type="text"/);
    const res = await post(
      '/account/herinneringen',
      [
        ['_csrf', csrfVanFormulier(p, '/account/herinneringen')],
        ['organisatie', 'gm9901'],
        ['dagen', '3'],
      ],
      beheerder,
    );
    assert.equal(res.status, 303, res.tekst.slice(0, 300));
    const fout = await post(
      '/account/herinneringen',
      [
        ['_csrf', csrfVanFormulier(p, '/account/herinneringen')],
        ['organisatie', 'GM0000'],
        ['dagen', '3'],
      ],
      beheerder,
    );
    assert.equal(fout.status, 400);
    assert.match(fout.tekst, /Er is geen organisatie met deze code/);
  });
});

describe(`pagina Uitgaande mail (${testEngine})`, () => {
  before(async () => {
    const db = grip.services.database.db;
    await db.transaction(async (tx) => {
      await zetMailKlaar(tx, {
        aan: 'griffie@voorbeeld.nl',
        onderwerp: 'Herinnering: <proef> & co',
        tekst: 'Regel één\nRegel twee <script>alert(1)</script>',
      });
    });
  });

  test('zonder inloggen: naar de inlogpagina', async () => {
    const p = await vraag('/beheer/uitgaande-mail');
    assert.equal(p.status, 303);
    assert.equal(p.headers.get('Location'), '/inloggen?terug=/beheer/uitgaande-mail');
  });

  test('een raadslid: 403', async () => {
    const raadslid = await inloggen('raadslid@voorbeeld.nl');
    const p = await vraag('/beheer/uitgaande-mail', { cookie: raadslid });
    assert.equal(p.status, 403);
    assert.match(p.tekst, /Geen toegang/);
    assert.doesNotMatch(p.tekst, /Regel één/);
  });

  test('de beheerder: 200, de mails met ontvanger, onderwerp, status en tekst', async () => {
    const beheerder = await inloggen('beheerder@voorbeeld.nl');
    const account = await vraag('/account', { cookie: beheerder });
    assert.match(account.html, /href="\/beheer\/uitgaande-mail"/);
    const p = await vraag('/beheer/uitgaande-mail', { cookie: beheerder });
    assert.equal(p.status, 200);
    assert.match(p.tekst, /Uitgaande mail/);
    assert.match(p.tekst, /Geen SMTP ingesteld/);
    assert.match(p.tekst, /griffie@voorbeeld\.nl/);
    assert.match(p.tekst, /Herinnering: <proef> & co/);
    assert.match(p.tekst, /Niet verzonden: geen SMTP ingesteld/);
    assert.match(p.tekst, /Regel één/);
    assert.match(p.html, /Regel één<br\/?>Regel twee &lt;script&gt;/, 'tekst als tekst, regels behouden');
    assert.doesNotMatch(p.html, /<script>alert/);
  });
});
