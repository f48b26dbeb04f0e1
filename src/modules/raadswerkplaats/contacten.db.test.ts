/**
 * Wie is wie and Mijn contactkaart on the demo data: a raadslid of Bremmerdam fills in the card on the
 * account page (with Dutch messages at the field for a wrong e-mail or phone number), turns it on, and
 * is then seen by the raadsleden and griffies of the participants of the GGD Polderland — and nobody
 * else: not the beheerder, not the secretariaat, not a raadslid of a gemeente outside the regeling or of
 * one that left. A person who did not turn the card on is not mentioned at all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { nieuwToken, sha256 } from '../../platform/auth/crypto';
import { auditLog } from '../../platform/audit/schema';
import { systeem } from '../../platform/audit/audit';
import { kenRolToe, maakApiToken, maakGebruiker, maakSessie, vindGebruikerOpEmail } from '../accounts/store';
import { organisatie } from '../organisaties/schema';
import { deelname, regeling } from '../regelingen/schema';
import { slaContactkaartOp } from './contacten-service';

const ORIGIN = 'http://localhost:3000';
let grip: Grip;
let ggdId = '';
const db = () => grip.services.database.db;
const sessies: Record<string, string> = {};
const tokens: Record<string, string> = {};

const orgId = async (code: string) =>
  (await db().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.code, code)))[0]!.id;

async function nieuweGebruiker(email: string, naam: string, rol: 'raadslid' | 'griffie', code: string) {
  const id = await maakGebruiker(db(), { email, naam, wachtwoordHash: 'x' });
  await kenRolToe(db(), { gebruikerId: id, rol, organisatieId: await orgId(code) });
  return id;
}

async function inloggen(email: string) {
  const g = (await vindGebruikerOpEmail(db(), email))!;
  const sessie = nieuwToken();
  await maakSessie(db(), sha256(sessie), g.id, new Date(Date.now() + 3600_000));
  sessies[email] = `grip_sessie=${sessie}`;
  const token = nieuwToken();
  await maakApiToken(db(), sha256(token), g.id, 'test');
  tokens[email] = token;
  return g.id;
}

const pagina = async (pad: string, email?: string) => {
  const res = await grip.app.request(pad, {
    headers: email ? { Cookie: sessies[email]! } : {},
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), headers: res.headers };
};
const api = (pad: string, email?: string) =>
  grip.app.request(`/api/v1${pad}`, {
    headers: email ? { Authorization: `Bearer ${tokens[email]}` } : {},
  });

async function postKaart(email: string, velden: Record<string, string>) {
  const form = await pagina('/account/contactkaart', email);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.html)![1]!;
  const res = await grip.app.request('/account/contactkaart', {
    method: 'POST',
    headers: {
      Origin: ORIGIN,
      Cookie: sessies[email]!,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ _csrf: csrf, ...velden }),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  const [r] = await db()
    .select({ id: regeling.id })
    .from(regeling)
    .where(eq(regeling.korteNaam, 'GGD Polderland'));
  ggdId = r!.id;
  for (const e of ['raadslid', 'griffie', 'beheerder', 'secretariaat', 'toezicht'])
    await inloggen(`${e}@voorbeeld.nl`);
  // Aldewolde (GM9901): one raadslid shares the card, another filled one in but left it off.
  const deelt = await nieuweGebruiker('ada@aldewolde.nl', 'Ada Aldewolde', 'raadslid', 'GM9901');
  await slaContactkaartOp(db(), systeem('test'), deelt, {
    zichtbaar: true,
    functie: 'Fractievoorzitter',
    fractie: 'Groen Aldewolde',
    email: 'ada@aldewolde.nl',
    telefoon: null,
    toelichting: null,
  });
  const verborgen = await nieuweGebruiker('bram@aldewolde.nl', 'Bram Verborgen', 'griffie', 'GM9901');
  await slaContactkaartOp(db(), systeem('test'), verborgen, {
    zichtbaar: false,
    functie: 'Griffier',
    fractie: null,
    email: 'bram@aldewolde.nl',
    telefoon: '0612345678',
    toelichting: null,
  });
  // A gemeente outside the regeling, with a raadslid.
  const [buiten] = await db()
    .insert(organisatie)
    .values({ naam: 'Buitendorp', soort: 'gemeente', code: 'GM9990' })
    .returning({ id: organisatie.id });
  const id = await maakGebruiker(db(), {
    email: 'raad@buitendorp.nl',
    naam: 'Rik Buiten',
    wachtwoordHash: 'x',
  });
  await kenRolToe(db(), { gebruikerId: id, rol: 'raadslid', organisatieId: buiten!.id });
  await inloggen('raad@buitendorp.nl');
  await inloggen('ada@aldewolde.nl');
});
after(async () => {
  await grip.close();
});

describe('Mijn contactkaart', () => {
  test('het raadslid vult de kaart in; een fout e-mailadres of telefoonnummer krijgt een melding bij het veld', async () => {
    const account = await pagina('/account', 'raadslid@voorbeeld.nl');
    assert.match(account.html, /href="\/account\/contactkaart"/);
    const fout = await postKaart('raadslid@voorbeeld.nl', {
      zichtbaar: '1',
      email: 'roos@bremmerdam',
      telefoon: '123',
    });
    assert.equal(fout.status, 400);
    assert.match(fout.html, /href="#veld-email"[^>]*>\s*Vul een geldig e-mailadres in/);
    assert.match(fout.html, /id="fout-telefoon"[\s\S]*10 tot 15 cijfers/);
    assert.match(fout.html, /value="roos@bremmerdam"/, 'de invoer blijft staan');
    const goed = await postKaart('raadslid@voorbeeld.nl', {
      zichtbaar: '1',
      functie: 'Raadslid',
      fractie: 'Polderpartij',
      email: 'roos@bremmerdam.nl',
      telefoon: '06 12345678',
      toelichting: 'Woordvoerder gezondheid.',
    });
    assert.equal(goed.status, 303);
    const roos = (await vindGebruikerOpEmail(db(), 'raadslid@voorbeeld.nl'))!;
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'contactkaart'), eq(auditLog.entiteitId, roos.id)));
    assert.equal(audit.length, 1, 'één auditregel');
  });

  test('wie geen raadslid of griffie is, heeft geen contactkaart', async () => {
    assert.equal((await pagina('/account/contactkaart', 'secretariaat@voorbeeld.nl')).status, 403);
    assert.equal((await pagina('/account/contactkaart')).status, 303);
  });
});

describe('Wie is wie', () => {
  test('de griffie van Bremmerdam ziet per deelnemer wie zijn kaart deelt, en niets van wie dat niet doet', async () => {
    const p = await pagina(`/regelingen/${ggdId}/wie-is-wie`, 'griffie@voorbeeld.nl');
    assert.equal(p.status, 200, p.html);
    assert.match(p.html, /<h1[^>]*>Wie is wie: GGD Polderland<\/h1>/);
    assert.match(p.html, /<strong>Roos Raadslid<\/strong> \(raadslid, Raadslid, fractie Polderpartij\)/);
    assert.match(p.html, /href="mailto:roos@bremmerdam.nl"/);
    assert.match(p.html, /href="tel:0612345678"/);
    assert.match(
      p.html,
      /<strong>Ada Aldewolde<\/strong> \(raadslid, Fractievoorzitter, fractie Groen Aldewolde\)/,
    );
    assert.doesNotMatch(
      p.html,
      /Bram|bram@aldewolde|<strong>Gijs Griffier/,
      'niet wie de kaart niet aanzette',
    );
    assert.match(p.html, /Folkerzijl neemt deel\. Niemand van deze organisatie deelt/);
  });

  test('de API geeft hetzelfde, met alleen de ingevulde velden, en iemand met twee rollen één keer', async () => {
    const ada = (await vindGebruikerOpEmail(db(), 'ada@aldewolde.nl'))!;
    await kenRolToe(db(), { gebruikerId: ada.id, rol: 'griffie', organisatieId: await orgId('GM9901') });
    const res = await api(`/regelingen/${ggdId}/contacten`, 'ada@aldewolde.nl');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      organisaties: { organisatie: { code: string }; contacten: Record<string, string>[] }[];
    };
    assert.equal(body.organisaties.length, 8);
    const aldewolde = body.organisaties.find((o) => o.organisatie.code === 'GM9901')!;
    assert.deepEqual(aldewolde.contacten, [
      {
        naam: 'Ada Aldewolde',
        rol: 'griffie',
        functie: 'Fractievoorzitter',
        fractie: 'Groen Aldewolde',
        email: 'ada@aldewolde.nl',
      },
    ]);
  });

  test('alleen voor raadsleden en griffies van een deelnemer: anderen krijgen 401, 403 of 404', async () => {
    for (const wie of [
      'beheerder@voorbeeld.nl',
      'secretariaat@voorbeeld.nl',
      'toezicht@voorbeeld.nl',
      'raad@buitendorp.nl',
    ]) {
      assert.equal((await pagina(`/regelingen/${ggdId}/wie-is-wie`, wie)).status, 403, wie);
      const res = await api(`/regelingen/${ggdId}/contacten`, wie);
      assert.equal(res.status, 403, wie);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    }
    assert.equal((await pagina(`/regelingen/${ggdId}/wie-is-wie`)).status, 303);
    assert.equal((await api(`/regelingen/${ggdId}/contacten`)).status, 401);
    const onbekend = '00000000-0000-4000-8000-000000000000';
    assert.equal((await pagina(`/regelingen/${onbekend}/wie-is-wie`, 'griffie@voorbeeld.nl')).status, 404);
    assert.equal((await api(`/regelingen/${onbekend}/contacten`, 'griffie@voorbeeld.nl')).status, 404);
  });

  test('een gemeente die is uitgetreden valt weg, met haar raadsleden', async () => {
    await db()
      .update(deelname)
      .set({ datumUittreding: '2020-01-01' })
      .where(and(eq(deelname.regelingId, ggdId), eq(deelname.organisatieId, await orgId('GM9901'))));
    assert.equal((await pagina(`/regelingen/${ggdId}/wie-is-wie`, 'ada@aldewolde.nl')).status, 403);
    const p = await pagina(`/regelingen/${ggdId}/wie-is-wie`, 'griffie@voorbeeld.nl');
    assert.doesNotMatch(p.html, /Ada Aldewolde/);
  });
});
