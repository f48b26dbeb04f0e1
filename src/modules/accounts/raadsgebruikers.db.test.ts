/**
 * The accounts of a council, on the demo data: the griffie of Bremmerdam adds a new raadslid (an account
 * without a password and an invitation mail), the invited raadslid chooses a password through the link
 * (once) and signs in; an existing account gets the role and a notice; the griffie withdraws the role of a
 * raadslid who leaves the council and that raadslid's membership of an adviescommissie ends that day (Wgr
 * art. 24a lid 4). Nobody else may do this (pages and API). Forgot password says the same for any address
 * and only mails an existing one; a new password ends every session.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { nieuwToken, sha256 } from '../../platform/auth/crypto';
import { auditLog } from '../../platform/audit/schema';
import { vandaag } from '../../platform/clock';
import { uitgaandeMail } from '../meldingen/schema';
import { organisatie } from '../organisaties/schema';
import { regeling } from '../regelingen/schema';
import { adviescommissieLid, adviescommissieVoorstel } from '../raadswerkplaats/schema';
import { maakApiToken, maakSessie, vindGebruikerOpEmail } from './store';
import { rolToekenning, sessie, wachtwoordLink } from './schema';

const ORIGIN = 'http://localhost:3000';
let grip: Grip;
const db = () => grip.services.database.db;
const sessies: Record<string, string> = {};
const tokens: Record<string, string> = {};

async function inloggen(email: string) {
  const g = (await vindGebruikerOpEmail(db(), email))!;
  const s = nieuwToken();
  await maakSessie(db(), sha256(s), g.id, new Date(Date.now() + 3600_000));
  sessies[email] = `grip_sessie=${s}`;
  const t = nieuwToken();
  await maakApiToken(db(), sha256(t), g.id, 'test');
  tokens[email] = t;
  return g.id;
}

const pagina = async (pad: string, cookie?: string) => {
  const res = await grip.app.request(pad, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
  return { status: res.status, html: await res.text(), headers: res.headers };
};

/** A form post as the browser sends it: the CSRF token from the page the form is on. */
async function post(formPad: string, actie: string, velden: Record<string, string>, cookie: string) {
  const form = await pagina(formPad, cookie);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.html)?.[1];
  assert.ok(csrf, `formulier op ${formPad} (status ${form.status})`);
  const res = await grip.app.request(actie, {
    method: 'POST',
    headers: { Origin: ORIGIN, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, ...velden }),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

const api = (pad: string, email: string | null, init: RequestInit = {}) =>
  grip.app.request(`/api/v1${pad}`, {
    ...init,
    headers: {
      ...(email ? { Authorization: `Bearer ${tokens[email]}` } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });

const laatsteMailAan = async (aan: string) =>
  (
    await db()
      .select()
      .from(uitgaandeMail)
      .where(eq(uitgaandeMail.aan, aan))
      .orderBy(desc(uitgaandeMail.aangemaakt))
  )[0] ?? null;
const linkUit = (tekst: string) => /\/wachtwoord-instellen\/[A-Za-z0-9_-]+/.exec(tekst)?.[0] ?? null;

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  for (const e of [
    'griffie@voorbeeld.nl',
    'raadslid@voorbeeld.nl',
    'beheerder@voorbeeld.nl',
    'raadslid3@voorbeeld.nl',
  ])
    await inloggen(e);
});
after(async () => {
  await grip?.close();
});

describe('Raadsleden en griffie van een organisatie', () => {
  test('de griffie nodigt een nieuw raadslid uit; dat kiest via de link één keer een wachtwoord en logt in', async () => {
    const griffie = sessies['griffie@voorbeeld.nl']!;
    const overzicht = await pagina('/organisaties/GM9902/gebruikers', griffie);
    assert.equal(overzicht.status, 200);
    assert.match(overzicht.html, /Roos Raadslid/);
    assert.match(overzicht.html, /Uw eigen account/);

    const res = await post(
      '/organisaties/GM9902/gebruikers',
      '/organisaties/GM9902/gebruikers',
      { email: 'nieuw.raadslid@bremmerdam.example', naam: 'Noor Nieuw', rol: 'raadslid' },
      griffie,
    );
    assert.equal(res.status, 303, res.html);
    assert.match(res.headers.get('location') ?? '', /toegevoegd=nieuw/);
    const mail = await laatsteMailAan('nieuw.raadslid@bremmerdam.example');
    assert.ok(mail);
    assert.match(mail.onderwerp, /raadslid van Bremmerdam/);
    const link = linkUit(mail.tekst);
    assert.ok(link, mail.tekst);
    const anoniem = `grip_csrf=${nieuwToken(16)}`;
    // The account exists, but no password works yet.
    const teVroeg = await post(
      '/inloggen',
      '/inloggen',
      { email: 'nieuw.raadslid@bremmerdam.example', wachtwoord: 'een-lang-wachtwoord', terug: '/' },
      anoniem,
    );
    assert.equal(teVroeg.status, 400);
    assert.match(teVroeg.html, /klopt niet/);

    const form = await pagina(link, anoniem);
    assert.equal(form.status, 200);
    assert.match(form.html, /Welkom bij Grip/);
    const kort = await post(link, link, { nieuw: 'kort', herhaal: 'kort' }, anoniem);
    assert.equal(kort.status, 400);
    assert.match(kort.html, /minstens 12 tekens/);
    const goed = await post(
      link,
      link,
      { nieuw: 'een-lang-wachtwoord', herhaal: 'een-lang-wachtwoord' },
      anoniem,
    );
    assert.equal(goed.status, 303, goed.html);
    assert.equal(goed.headers.get('location'), '/inloggen?ingesteld=1');
    assert.equal((await pagina(link, anoniem)).status, 404, 'een gebruikte link werkt niet meer');

    const login = await post(
      '/inloggen',
      '/inloggen',
      {
        email: 'nieuw.raadslid@bremmerdam.example',
        wachtwoord: 'een-lang-wachtwoord',
        terug: '/mijn-regelingen',
      },
      anoniem,
    );
    assert.equal(login.status, 303, login.html);
    const cookie = /grip_sessie=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
    const mijn = await pagina('/mijn-regelingen', cookie);
    assert.equal(mijn.status, 200);
    assert.match(mijn.html, /GGD Polderland/);
  });

  test('wie nog geen wachtwoord koos, staat als uitgenodigd en krijgt op verzoek een nieuwe uitnodiging', async () => {
    const griffie = sessies['griffie@voorbeeld.nl']!;
    const PIET = 'piet.later@bremmerdam.example';
    await post(
      '/organisaties/GM9902/gebruikers',
      '/organisaties/GM9902/gebruikers',
      { email: PIET, naam: 'Piet Later', rol: 'raadslid' },
      griffie,
    );
    const lijst = await pagina('/organisaties/GM9902/gebruikers', griffie);
    assert.match(lijst.html, /Piet Later[\s\S]*?Uitgenodigd, nog geen wachtwoord gekozen/);
    const piet = (await vindGebruikerOpEmail(db(), PIET))!;
    const [rol] = await db().select().from(rolToekenning).where(eq(rolToekenning.gebruikerId, piet.id));
    const opnieuw = await post(
      '/organisaties/GM9902/gebruikers',
      `/organisaties/GM9902/gebruikers/${rol!.id}/uitnodiging`,
      {},
      griffie,
    );
    assert.equal(opnieuw.status, 303, opnieuw.html);
    const mails = await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, PIET));
    assert.equal(mails.length, 2);
    const link = linkUit((await laatsteMailAan(PIET))!.tekst);
    assert.ok(link);
    assert.equal((await pagina(link, `grip_csrf=${nieuwToken(16)}`)).status, 200, 'de nieuwe link werkt');

    // An account in use gets no invitation: it uses "Wachtwoord vergeten".
    const roos = (await vindGebruikerOpEmail(db(), 'raadslid@voorbeeld.nl'))!;
    const [roosRol] = await db().select().from(rolToekenning).where(eq(rolToekenning.gebruikerId, roos.id));
    assert.match(lijst.html, /Roos Raadslid[\s\S]*?In gebruik/);
    const nee = await post(
      '/organisaties/GM9902/gebruikers',
      `/organisaties/GM9902/gebruikers/${roosRol!.id}/uitnodiging`,
      {},
      griffie,
    );
    assert.equal(nee.status, 409);
    assert.match(nee.html, /Wachtwoord vergeten/);
  });

  test('een bestaand account krijgt de rol erbij en een bericht, zonder nieuw account; twee keer dezelfde rol kan niet', async () => {
    const res = await api('/organisaties/GM9902/rollen', 'griffie@voorbeeld.nl', {
      method: 'POST',
      body: JSON.stringify({ email: 'RAADSLID3@voorbeeld.nl', rol: 'griffie' }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const uit = (await res.json()) as { nieuwAccount: boolean };
    assert.equal(uit.nieuwAccount, false);
    const mail = await laatsteMailAan('raadslid3@voorbeeld.nl');
    assert.match(mail!.tekst, /nu ook griffie van Bremmerdam/);
    assert.doesNotMatch(mail!.tekst, /wachtwoord-instellen/);

    const nogEens = await api('/organisaties/GM9902/rollen', 'griffie@voorbeeld.nl', {
      method: 'POST',
      body: JSON.stringify({ email: 'raadslid3@voorbeeld.nl', rol: 'griffie' }),
    });
    assert.equal(nogEens.status, 409);
    const lijst = (await (await api('/organisaties/GM9902/rollen', 'griffie@voorbeeld.nl')).json()) as {
      items: { rol: string; gebruiker: { email: string } }[];
    };
    assert.ok(lijst.items.some((i) => i.rol === 'griffie' && i.gebruiker.email === 'raadslid3@voorbeeld.nl'));
  });

  test('een ongeldig adres of een nieuw adres zonder naam: 400 met het veld, en niets geschreven', async () => {
    const voor = (await db().select().from(rolToekenning)).length;
    const pag = await post(
      '/organisaties/GM9902/gebruikers',
      '/organisaties/GM9902/gebruikers',
      { email: 'geen-adres', naam: 'X', rol: 'raadslid' },
      sessies['griffie@voorbeeld.nl']!,
    );
    assert.equal(pag.status, 400);
    assert.match(pag.html, /Vul een geldig e-mailadres in/);
    const zonderNaam = await api('/organisaties/GM9902/rollen', 'griffie@voorbeeld.nl', {
      method: 'POST',
      body: JSON.stringify({ email: 'onbekend@bremmerdam.example', rol: 'raadslid' }),
    });
    assert.equal(zonderNaam.status, 400);
    const p = (await zonderNaam.json()) as { invalidParams: { name: string }[] };
    assert.equal(p.invalidParams[0]!.name, 'naam');
    assert.equal((await db().select().from(rolToekenning)).length, voor);
    assert.equal(await vindGebruikerOpEmail(db(), 'onbekend@bremmerdam.example'), null);
  });

  test('alleen de eigen griffie en de beheerder: een raadslid, een andere gemeente en anoniem niet', async () => {
    assert.equal(
      (await pagina('/organisaties/GM9902/gebruikers', sessies['raadslid@voorbeeld.nl'])).status,
      403,
    );
    assert.equal(
      (await pagina('/organisaties/GM9903/gebruikers', sessies['griffie@voorbeeld.nl'])).status,
      403,
    );
    assert.equal((await pagina('/organisaties/GM9902/gebruikers')).status, 303);
    assert.equal(
      (await pagina('/organisaties/GM9903/gebruikers', sessies['beheerder@voorbeeld.nl'])).status,
      200,
    );
    assert.equal((await api('/organisaties/GM9902/rollen', null)).status, 401);
    assert.equal((await api('/organisaties/GM9902/rollen', 'raadslid@voorbeeld.nl')).status, 403);
    assert.equal((await api('/organisaties/GM9903/rollen', 'griffie@voorbeeld.nl')).status, 403);
  });

  test('uit de raad: de rol wordt ingetrokken en het lidmaatschap van de adviescommissie eindigt vandaag', async () => {
    const [brem] = await db().select().from(organisatie).where(eq(organisatie.code, 'GM9902'));
    const [ggd] = await db().select().from(regeling).where(eq(regeling.korteNaam, 'GGD Polderland'));
    const roos = (await vindGebruikerOpEmail(db(), 'raadslid@voorbeeld.nl'))!;
    const [v] = await db()
      .insert(adviescommissieVoorstel)
      .values({
        regelingId: ggd!.id,
        organisatieId: brem!.id,
        titel: 'Adviescommissie GGD',
        toelichting: 'Advies over de begroting.',
        ingediend: '2026-01-05',
        ingesteldOp: '2026-03-01',
      })
      .returning();
    const [lid] = await db()
      .insert(adviescommissieLid)
      .values({
        voorstelId: v!.id,
        organisatieId: brem!.id,
        naam: roos.naam,
        gebruikerId: roos.id,
        aangewezenOp: '2026-03-10',
      })
      .returning();
    const [rol] = await db()
      .select()
      .from(rolToekenning)
      .where(and(eq(rolToekenning.gebruikerId, roos.id), eq(rolToekenning.rol, 'raadslid')));

    const griffie = sessies['griffie@voorbeeld.nl']!;
    const bevestig = await pagina(`/organisaties/GM9902/gebruikers/${rol!.id}/intrekken`, griffie);
    assert.equal(bevestig.status, 200);
    assert.match(bevestig.html, /GGD Polderland|Gemeenschappelijke Gezondheidsdienst/);
    assert.match(bevestig.html, /art\. 24a lid 4/);
    const res = await post(
      `/organisaties/GM9902/gebruikers/${rol!.id}/intrekken`,
      `/organisaties/GM9902/gebruikers/${rol!.id}/intrekken`,
      {},
      griffie,
    );
    assert.equal(res.status, 303, res.html);
    assert.match(res.headers.get('location') ?? '', /commissies=1/);

    const [na] = await db().select().from(adviescommissieLid).where(eq(adviescommissieLid.id, lid!.id));
    assert.equal(na!.eindigtOp, vandaag());
    assert.match(na!.reden ?? '', /uit de raad/);
    assert.equal((await db().select().from(rolToekenning).where(eq(rolToekenning.id, rol!.id))).length, 0);
    const audit = await db().select().from(auditLog).where(eq(auditLog.entiteitId, rol!.id));
    assert.ok(audit.some((a) => a.actie === 'ingetrokken'));
    // The former raadslid no longer has Mijn regelingen of Bremmerdam.
    const mijn = await pagina('/mijn-regelingen', sessies['raadslid@voorbeeld.nl']);
    assert.notEqual(mijn.status, 200);
  });

  test('de eigen rol intrekken kan niet (409), ook niet via de API', async () => {
    const gijs = (await vindGebruikerOpEmail(db(), 'griffie@voorbeeld.nl'))!;
    const [rol] = await db().select().from(rolToekenning).where(eq(rolToekenning.gebruikerId, gijs.id));
    const res = await api(`/rollen/${rol!.id}`, 'griffie@voorbeeld.nl', { method: 'DELETE' });
    assert.equal(res.status, 409);
    assert.equal((await db().select().from(rolToekenning).where(eq(rolToekenning.id, rol!.id))).length, 1);
    assert.equal((await api(`/rollen/${rol!.id}`, null, { method: 'DELETE' })).status, 401);
  });
});

describe('Wachtwoord vergeten', () => {
  test('hetzelfde antwoord voor elk adres; alleen een bestaand account krijgt een link', async () => {
    const anoniem = `grip_csrf=${nieuwToken(16)}`;
    const onbekend = await post(
      '/wachtwoord-vergeten',
      '/wachtwoord-vergeten',
      { email: 'niemand@nergens.example' },
      anoniem,
    );
    const bekend = await post(
      '/wachtwoord-vergeten',
      '/wachtwoord-vergeten',
      { email: 'Beheerder@voorbeeld.nl' },
      anoniem,
    );
    assert.equal(onbekend.status, 303);
    assert.equal(bekend.status, 303);
    assert.equal(onbekend.headers.get('location'), bekend.headers.get('location'));
    assert.equal(await laatsteMailAan('niemand@nergens.example'), null);
    const mail = await laatsteMailAan('beheerder@voorbeeld.nl');
    const link = linkUit(mail!.tekst);
    assert.ok(link);

    // A new password ends every session of the account.
    const bea = (await vindGebruikerOpEmail(db(), 'beheerder@voorbeeld.nl'))!;
    assert.ok((await db().select().from(sessie).where(eq(sessie.gebruikerId, bea.id))).length > 0);
    const goed = await post(
      link,
      link,
      { nieuw: 'nieuw-wachtwoord-2026', herhaal: 'nieuw-wachtwoord-2026' },
      anoniem,
    );
    assert.equal(goed.status, 303, goed.html);
    assert.equal((await db().select().from(sessie).where(eq(sessie.gebruikerId, bea.id))).length, 0);
    assert.equal(
      (await db().select().from(wachtwoordLink).where(eq(wachtwoordLink.gebruikerId, bea.id))).length,
      0,
    );
  });

  test('een verlopen link werkt niet; te veel aanvragen voor één adres wachten een kwartier', async () => {
    const anoniem = `grip_csrf=${nieuwToken(16)}`;
    await post('/wachtwoord-vergeten', '/wachtwoord-vergeten', { email: 'toezicht@voorbeeld.nl' }, anoniem);
    const link = linkUit((await laatsteMailAan('toezicht@voorbeeld.nl'))!.tekst)!;
    const tara = (await vindGebruikerOpEmail(db(), 'toezicht@voorbeeld.nl'))!;
    await db()
      .update(wachtwoordLink)
      .set({ verloopt: new Date(Date.now() - 1000) })
      .where(eq(wachtwoordLink.gebruikerId, tara.id));
    assert.equal((await pagina(link, anoniem)).status, 404);
    const weg = await post(
      '/wachtwoord-vergeten',
      link,
      { nieuw: 'nog-een-wachtwoord', herhaal: 'nog-een-wachtwoord' },
      anoniem,
    );
    assert.equal(weg.status, 404);

    let laatste = 0;
    for (let i = 0; i < 6; i++)
      laatste = (
        await post(
          '/wachtwoord-vergeten',
          '/wachtwoord-vergeten',
          { email: 'toezicht@voorbeeld.nl' },
          anoniem,
        )
      ).status;
    assert.equal(laatste, 429);
  });
});

describe('API-tokens op Mijn account', () => {
  test('een token maken toont het één keer; het werkt tot het wordt ingetrokken, alleen door de eigenaar', async () => {
    const griffie = sessies['griffie@voorbeeld.nl']!;
    const leeg = await post('/account', '/account/tokens', { omschrijving: '' }, griffie);
    assert.equal(leeg.status, 400);
    assert.match(leeg.html, /waarvoor het token is/);

    const res = await post('/account', '/account/tokens', { omschrijving: 'Koppeling RIS' }, griffie);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const token = /<code class="grip-token">([A-Za-z0-9_-]+)<\/code>/.exec(res.html)?.[1];
    assert.ok(token, 'het token staat op de pagina');
    const metToken = () =>
      grip.app.request('/api/v1/organisaties/GM9902/rollen', {
        headers: { Authorization: `Bearer ${token}` },
      });
    assert.equal((await metToken()).status, 200);
    const later = await pagina('/account', griffie);
    assert.ok(!later.html.includes(token), 'daarna nooit meer getoond');
    const kenmerk = sha256(token).slice(0, 12);
    assert.match(later.html, new RegExp(`<code>${kenmerk}</code>`));

    // Someone else cannot revoke it; the owner can.
    const ander = await post(
      '/account',
      '/account/tokens/intrekking',
      { kenmerk },
      sessies['raadslid3@voorbeeld.nl']!,
    );
    assert.equal(ander.status, 404);
    assert.equal((await metToken()).status, 200);
    const weg = await post('/account', '/account/tokens/intrekking', { kenmerk }, griffie);
    assert.equal(weg.status, 303);
    assert.equal((await metToken()).status, 401);
  });
});
