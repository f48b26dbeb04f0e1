/**
 * Inlichtingen through the API and the pages, on the demo data (GGD Polderland, a gemengde regeling in
 * which the raad of Bremmerdam takes part): a raadslid of Bremmerdam asks, the secretariaat is notified, answers, the asker is
 * notified. Permissions: a raadslid of a non-participant cannot ask (403), nor on behalf of another
 * participant; an internal question is 404 for the public and missing from its list. The due date comes
 * from the regeling's agreement, else the configured default. Hostile text is rendered harmlessly. Each
 * action is one transaction. PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { vandaag } from '../../platform/clock';
import { nieuwToken, sha256 } from '../../platform/auth/crypto';
import { auditLog } from '../../platform/audit/schema';
import { kenRolToe, maakApiToken, maakGebruiker, maakSessie, vindGebruikerOpEmail } from '../accounts/store';
import { uitgaandeMail } from '../meldingen/schema';
import { organisatie } from '../organisaties/schema';
import { melding } from '../procedures/schema';
import { regeling } from '../regelingen/schema';
import { plusDagen } from './domain/inlichtingen';
import { inlichting } from './schema';

let grip: Grip;
let ggdId = '';
const tokens: Record<string, string> = {};

const db = () => grip.services.database.db;

async function tokenVoor(gebruikerId: string) {
  const token = nieuwToken();
  await maakApiToken(db(), sha256(token), gebruikerId, 'test');
  return token;
}

async function api(method: string, pad: string, o: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  return grip.app.request(`/api/v1${pad}`, {
    method,
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
}

async function json<T>(res: Response, status: number): Promise<T> {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  return JSON.parse(tekst) as T;
}

interface Inlichting {
  id: string;
  aan: string;
  geadresseerde: string;
  artikel: string;
  openbaar: boolean;
  gesteldOp: string;
  uiterlijk: string;
  termijnGrondslag: string;
  status: string;
  verlopen: boolean;
  antwoord: { tekst: string; beantwoordOp: string | null; namens: string | null } | null;
}

/** Counts the transactions started on the shared database handle while `f` runs. */
async function transacties(f: () => Promise<unknown>): Promise<number> {
  const d = db() as unknown as { transaction: (...a: unknown[]) => Promise<unknown> };
  const origineel = d.transaction;
  let n = 0;
  d.transaction = function (this: unknown, ...a: unknown[]) {
    n++;
    return origineel.apply(this, a);
  };
  try {
    await f();
  } finally {
    d.transaction = origineel;
  }
  return n;
}

const vraag = (extra: Record<string, unknown> = {}) => ({
  organisatie: 'GM9902',
  aan: 'lid',
  onderwerp: 'Wachttijden jeugdgezondheidszorg',
  vraag: 'Hoe lang zijn de **wachttijden** nu?',
  openbaar: true,
  ...extra,
});

before(async () => {
  grip = await startGrip(
    loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0', GRIP_INLICHTINGEN_TERMIJN_DAGEN: '21' }),
    {
      database: await createTestDatabase({ voorbeeld: true }),
    },
  );
  for (const rol of ['secretariaat', 'griffie', 'raadslid', 'beheerder', 'toezicht'])
    tokens[rol] = await tokenVoor((await vindGebruikerOpEmail(db(), `${rol}@voorbeeld.nl`))!.id);
  const [r] = await db()
    .select({ id: regeling.id })
    .from(regeling)
    .where(eq(regeling.korteNaam, 'GGD Polderland'));
  ggdId = r!.id;
  // A gemeente that takes no part in the GGD, with a raadslid.
  const [o] = await db()
    .insert(organisatie)
    .values({ code: 'GM9909', naam: 'Buitenveen', soort: 'gemeente' })
    .returning({ id: organisatie.id });
  const buiten = await maakGebruiker(db(), {
    email: 'buiten@voorbeeld.nl',
    naam: 'Bram Buiten',
    wachtwoordHash: 'x',
  });
  await kenRolToe(db(), { gebruikerId: buiten, rol: 'raadslid', organisatieId: o!.id });
  tokens.buiten = await tokenVoor(buiten);
});
after(async () => {
  await grip?.close();
});

describe('inlichtingen via de API', () => {
  let openbareId = '';
  let interneId = '';

  test('een raadslid van Bremmerdam vraagt ons lid in het AB (gemengde regeling met de raad, art. 16 lid 2), met de standaardtermijn', async () => {
    let v: Inlichting | undefined;
    const n = await transacties(async () => {
      const res = await api('POST', `/regelingen/${ggdId}/inlichtingen`, {
        token: tokens.raadslid,
        body: vraag(),
      });
      v = await json<Inlichting>(res, 201);
      assert.equal(res.headers.get('Location'), `/api/v1/inlichtingen/${v.id}`);
    });
    assert.equal(n, 1, 'één transactie');
    assert.ok(v);
    openbareId = v.id;
    assert.equal(v.aan, 'lid');
    assert.equal(v.geadresseerde, 'Ons lid in het algemeen bestuur (Wethouder Bremmerdam)');
    assert.equal(v.artikel, 'Wgr art. 16 lid 2');
    assert.equal(v.gesteldOp, vandaag());
    assert.equal(v.uiterlijk, plusDagen(vandaag(), 21));
    assert.equal(v.termijnGrondslag, 'standaard');
    assert.equal(v.status, 'open');
    // The secretariaat of the regeling is notified in Grip and by mail.
    const sec = (await vindGebruikerOpEmail(db(), 'secretariaat@voorbeeld.nl'))!;
    const meldingen = await db().select().from(melding).where(eq(melding.gebruikerId, sec.id));
    assert.ok(meldingen.some((m) => m.link.endsWith(`#inlichting-${v!.id}`)));
    const mails = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, sec.email));
    assert.ok(mails.some((m) => m.onderwerp.includes('Wachttijden jeugdgezondheidszorg')));
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'inlichting'), eq(auditLog.entiteitId, v.id)));
    assert.equal(audit.length, 1);
  });

  test('de termijn komt uit de afspraken van de regeling als die er een noemt', async () => {
    await db()
      .update(regeling)
      .set({ afspraken: sql`${regeling.afspraken} || '{"inlichtingenTermijnDagen": 14}'::jsonb` })
      .where(eq(regeling.id, ggdId));
    const v = await json<Inlichting>(
      await api('POST', `/regelingen/${ggdId}/inlichtingen`, {
        token: tokens.raadslid,
        body: vraag({ aan: 'bestuur', openbaar: false, onderwerp: 'Intern: reserves' }),
      }),
      201,
    );
    interneId = v.id;
    assert.equal(v.uiterlijk, plusDagen(vandaag(), 14));
    assert.equal(v.termijnGrondslag, 'regeling');
    assert.match(v.artikel, /Wgr art\. 17 lid 1/);
  });

  test('een raadslid van een gemeente die niet deelneemt mag niets vragen (403), ook niet namens een deelnemer', async () => {
    for (const organisatie of ['GM9909', 'GM9902'])
      assert.equal(
        (
          await api('POST', `/regelingen/${ggdId}/inlichtingen`, {
            token: tokens.buiten,
            body: vraag({ organisatie }),
          })
        ).status,
        403,
        organisatie,
      );
    // Nor a raadslid of Bremmerdam on behalf of Aldewolde; the secretariaat asks nothing; anonymous is 401.
    assert.equal(
      (
        await api('POST', `/regelingen/${ggdId}/inlichtingen`, {
          token: tokens.raadslid,
          body: vraag({ organisatie: 'GM9901' }),
        })
      ).status,
      403,
    );
    assert.equal(
      (await api('POST', `/regelingen/${ggdId}/inlichtingen`, { token: tokens.secretariaat, body: vraag() }))
        .status,
      403,
    );
    assert.equal((await api('POST', `/regelingen/${ggdId}/inlichtingen`, { body: vraag() })).status, 401);
    const [{ aantal }] = (await db()
      .select({ aantal: sql<number>`count(*)::int` })
      .from(inlichting)) as [{ aantal: number }];
    assert.equal(aantal, 2, 'niets opgeslagen');
  });

  test('een interne vraag is 404 voor het publiek en ontbreekt in de openbare lijst; deelnemers zien haar', async () => {
    assert.equal((await api('GET', `/inlichtingen/${interneId}`)).status, 404);
    assert.equal((await api('GET', `/inlichtingen/${interneId}`, { token: tokens.buiten })).status, 404);
    assert.equal((await api('GET', `/inlichtingen/${openbareId}`)).status, 200);
    const publiek = await json<{ items: Inlichting[] }>(
      await api('GET', `/regelingen/${ggdId}/inlichtingen`),
      200,
    );
    assert.deepEqual(
      publiek.items.map((i) => i.id),
      [openbareId],
    );
    const toezicht = await json<{ items: Inlichting[] }>(
      await api('GET', `/regelingen/${ggdId}/inlichtingen`, { token: tokens.toezicht }),
      200,
    );
    // Toezicht works for the province, which takes no part in the GGD.
    assert.deepEqual(
      toezicht.items.map((i) => i.id),
      [openbareId],
    );
    const griffie = await json<{ items: Inlichting[] }>(
      await api('GET', `/regelingen/${ggdId}/inlichtingen`, { token: tokens.griffie }),
      200,
    );
    assert.equal(griffie.items.length, 2);
    // Answering an internal question one may not read is also 404.
    assert.equal(
      (
        await api('POST', `/inlichtingen/${interneId}/antwoord`, {
          token: tokens.buiten,
          body: { tekst: 'x', datum: vandaag(), namens: 'lid' },
        })
      ).status,
      404,
    );
  });

  test('het secretariaat legt het antwoord vast; de vrager krijgt een melding; een tweede antwoord is 409', async () => {
    assert.equal(
      (
        await api('POST', `/inlichtingen/${openbareId}/antwoord`, {
          token: tokens.raadslid,
          body: { tekst: 'Zes weken.', datum: vandaag(), namens: 'lid' },
        })
      ).status,
      403,
      'een raadslid legt geen antwoord vast',
    );
    let v: Inlichting | undefined;
    const n = await transacties(async () => {
      v = await json<Inlichting>(
        await api('POST', `/inlichtingen/${openbareId}/antwoord`, {
          token: tokens.secretariaat,
          body: { tekst: 'Gemiddeld **zes weken**.', datum: vandaag(), namens: 'secretariaat' },
        }),
        200,
      );
    });
    assert.equal(n, 1, 'één transactie');
    assert.equal(v?.status, 'beantwoord');
    assert.deepEqual(v?.antwoord, {
      tekst: 'Gemiddeld **zes weken**.',
      beantwoordOp: vandaag(),
      namens: 'secretariaat',
    });
    const raadslid = (await vindGebruikerOpEmail(db(), 'raadslid@voorbeeld.nl'))!;
    const meldingen = await db().select().from(melding).where(eq(melding.gebruikerId, raadslid.id));
    assert.ok(meldingen.some((m) => m.tekst.startsWith('Antwoord op uw vraag')));
    const mails = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, raadslid.email));
    assert.equal(mails.length, 1);
    const nog = await api('POST', `/inlichtingen/${openbareId}/antwoord`, {
      token: tokens.griffie,
      body: { tekst: 'Nog eens.', datum: vandaag(), namens: 'griffie' },
    });
    assert.equal(nog.status, 409);
    // The griffie of the asking organisation may record the answer to the internal question.
    await json<Inlichting>(
      await api('POST', `/inlichtingen/${interneId}/antwoord`, {
        token: tokens.griffie,
        body: { tekst: 'Zie de jaarrekening.', datum: vandaag(), namens: 'griffie' },
      }),
      200,
    );
  });
});

describe('inlichtingen op de pagina’s', () => {
  let cookie = '';
  before(async () => {
    const token = nieuwToken();
    const raadslid = (await vindGebruikerOpEmail(db(), 'raadslid@voorbeeld.nl'))!;
    await maakSessie(db(), sha256(token), raadslid.id, new Date(Date.now() + 3600_000));
    cookie = `grip_sessie=${token}`;
  });

  test('vijandige tekst wordt onschadelijk getoond', async () => {
    const vijandig =
      '<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) <a href="https://x">x</a>';
    await json<Inlichting>(
      await api('POST', `/regelingen/${ggdId}/inlichtingen`, {
        token: tokens.raadslid,
        body: vraag({ onderwerp: '<b>vet</b> onderwerp', vraag: vijandig }),
      }),
      201,
    );
    const html = await (await grip.app.request(`/regelingen/${ggdId}/inlichtingen`)).text();
    assert.ok(!html.includes('<script>alert'), 'geen script');
    assert.ok(!/<img[^>]*onerror/i.test(html), 'geen img met onerror');
    assert.ok(!/href="javascript:/i.test(html), 'geen javascript:-link');
    assert.ok(!html.includes('<b>vet</b>'), 'onderwerp ge-escaped');
    assert.ok(html.includes('&lt;b&gt;vet&lt;/b&gt; onderwerp'));
  });

  test('het overzicht /inlichtingen toont de open vragen van de organisatie, eerste termijn bovenaan, te laat gemarkeerd', async () => {
    // Make one question overdue.
    await db()
      .update(inlichting)
      .set({ uiterlijk: plusDagen(vandaag(), -3), gesteldOp: plusDagen(vandaag(), -30) })
      .where(eq(inlichting.onderwerp, '<b>vet</b> onderwerp'));
    const res = await grip.app.request('/inlichtingen', { headers: { cookie } });
    const html = await res.text();
    assert.equal(res.status, 200, html);
    assert.match(html, /Te laat \(3 dagen\)/);
    assert.match(html, /Eén vraag is over de termijn/);
    assert.match(html, /<a href="\/inlichtingen" aria-current="page">Inlichtingen<\/a>/, 'in het hoofdmenu');
    assert.equal((await grip.app.request('/inlichtingen')).status, 303, 'aanmelden nodig');
    // The public page of the regeling shows no internal questions.
    const publiek = await (await grip.app.request(`/regelingen/${ggdId}/inlichtingen`)).text();
    assert.ok(!publiek.includes('Intern: reserves'));
    const eigen = await (
      await grip.app.request(`/regelingen/${ggdId}/inlichtingen`, { headers: { cookie } })
    ).text();
    assert.ok(eigen.includes('Intern: reserves'));
    assert.ok(eigen.includes('Een vraag stellen'));
  });
});
