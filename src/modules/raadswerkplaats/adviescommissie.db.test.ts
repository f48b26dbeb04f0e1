/**
 * The gemeenschappelijke adviescommissie (Wgr art. 24a) on the demo data, through the API and the pages:
 * refused for a gemeenschappelijk orgaan (the Regionale Rekenkamer) with the article; in the GGD Polderland (an openbaar
 * lichaam of eight gemeenten) the griffie of Bremmerdam files the proposal, each griffie records its own
 * council's decision, the status becomes "gezamenlijk voorstel" only when all eight agreed, the
 * secretariaat records the installation, members are designated and one leaves the council, an advice
 * is linked to a procedure and shows on its page. Each step is one transaction with one audit row.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, like } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { nieuwToken, sha256 } from '../../platform/auth/crypto';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import { vandaag } from '../../platform/clock';
import { kenRolToe, maakApiToken, maakGebruiker, maakSessie, vindGebruikerOpEmail } from '../accounts/store';
import { organisatie } from '../organisaties/schema';
import { maakProcedure } from '../procedures/service';
import { regeling } from '../regelingen/schema';
import { melding } from '../procedures/schema';

const ORIGIN = 'http://localhost:3000';
const GEMEENTEN = ['GM9901', 'GM9902', 'GM9903', 'GM9904', 'GM9905', 'GM9906', 'GM9907', 'GM9908'];
let grip: Grip;
let ggd = '';
let rekenkamer = '';
let procedureId = '';
let voorstelId = '';
const tokens: Record<string, string> = {};
const sessies: Record<string, string> = {};
const db = () => grip.services.database.db;

async function api(method: string, pad: string, wie?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (wie) headers.Authorization = `Bearer ${tokens[wie]}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return grip.app.request(`/api/v1${pad}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

interface Stand {
  mogelijk: boolean;
  voorstel: {
    id: string;
    status: string;
    watVolgt: string;
    gezamenlijkOp: string | null;
    raden: { organisatie: { naam: string }; besluit: { uitkomst: string } | null }[];
    leden: { id: string; naam: string; zittend: boolean; reden: string | null }[];
    stukken: { onderwerp: string; procedure: { id: string } | null }[];
  } | null;
}

async function json<T>(res: Response, status: number): Promise<T> {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  return JSON.parse(tekst) as T;
}

async function aanmelden(email: string) {
  const g = (await vindGebruikerOpEmail(db(), email))!;
  const token = nieuwToken();
  await maakApiToken(db(), sha256(token), g.id, 'test');
  tokens[email] = token;
  const sessie = nieuwToken();
  await maakSessie(db(), sha256(sessie), g.id, new Date(Date.now() + 3600_000));
  sessies[email] = `grip_sessie=${sessie}`;
}

const pagina = async (pad: string, wie?: string) => {
  const res = await grip.app.request(pad, {
    headers: wie ? { Cookie: sessies[wie]! } : {},
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text() };
};

async function post(pad: string, formPad: string, wie: string, velden: Record<string, string>) {
  const form = await pagina(formPad, wie);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.html)![1]!;
  const res = await grip.app.request(pad, {
    method: 'POST',
    headers: { Origin: ORIGIN, Cookie: sessies[wie]!, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, ...velden }),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
}

const griffie = (code: string) =>
  code === 'GM9902' ? 'griffie@voorbeeld.nl' : `griffie@${code.toLowerCase()}.nl`;

/** The audit rows of the commission so far. */
const auditRijen = async () =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.regelingId, ggd), like(auditLog.entiteit, 'adviescommissie%')));

/** The titles of the adviescommissie notifications of a user, oldest first. */
const meldingenVan = async (email: string) => {
  const g = (await vindGebruikerOpEmail(db(), email))!;
  return (
    await db()
      .select({ tekst: melding.tekst })
      .from(melding)
      .where(and(eq(melding.gebruikerId, g.id), eq(melding.soort, 'adviescommissie')))
      .orderBy(melding.aangemaakt)
  ).map((m) => m.tekst);
};

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  const id = async (korteNaam: string) =>
    (await db().select({ id: regeling.id }).from(regeling).where(eq(regeling.korteNaam, korteNaam)))[0]!.id;
  ggd = await id('GGD Polderland');
  rekenkamer = (
    await db()
      .select({ id: regeling.id })
      .from(regeling)
      .where(eq(regeling.naam, 'Regionale Rekenkamer Polderland'))
  )[0]!.id;
  for (const code of GEMEENTEN.filter((c) => c !== 'GM9902')) {
    const [o] = await db().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.code, code));
    const g = await maakGebruiker(db(), {
      email: griffie(code),
      naam: `Griffie ${code}`,
      wachtwoordHash: 'x',
    });
    await kenRolToe(db(), { gebruikerId: g, rol: 'griffie', organisatieId: o!.id });
  }
  for (const e of [...GEMEENTEN.map(griffie), 'raadslid@voorbeeld.nl', 'secretariaat@voorbeeld.nl'])
    await aanmelden(e);
  procedureId = await maakProcedure(db(), systeem('test'), ggd, {
    soort: 'aangewezen_besluit',
    titel: 'Meerjarenbeleidsplan 2027–2030',
    termijnDuur: 'P6W',
    geplandeBesluitdatum: null,
  });
});
after(async () => {
  await grip.close();
});

const voorstel = {
  organisatie: 'GM9902',
  titel: 'Adviescommissie GGD',
  toelichting: 'Een commissie van raadsleden die de **zienswijzen** op de begroting voorbereidt.',
  ingediend: vandaag(),
};

describe('Het voorstel', () => {
  test('wordt geweigerd bij een gemeenschappelijk orgaan, met het artikel', async () => {
    const stand = await json<Stand & { weigering: { artikel: string } }>(
      await api('GET', `/regelingen/${rekenkamer}/adviescommissie`),
      200,
    );
    assert.equal(stand.mogelijk, false);
    assert.equal(stand.weigering.artikel, 'Wgr art. 24a lid 1');
    const res = await api(
      'POST',
      `/regelingen/${rekenkamer}/adviescommissie`,
      'griffie@voorbeeld.nl',
      voorstel,
    );
    assert.equal(res.status, 409);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.match(
      ((await res.json()) as { detail: string }).detail,
      /alleen bij een openbaar lichaam.*Wgr art\. 24a lid 1/,
    );
    const p = await post(
      `/regelingen/${rekenkamer}/adviescommissie`,
      `/regelingen/${rekenkamer}/adviescommissie`,
      'griffie@voorbeeld.nl',
      {
        'voorstel-organisatie': (
          await db().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.code, 'GM9902'))
        )[0]!.id,
        'voorstel-titel': 'Commissie',
        'voorstel-toelichting': 'x',
      },
    );
    assert.equal(p.status, 409);
    assert.match(p.html, /Deze stap kan niet[\s\S]*Wgr art\. 24a lid 1/);
  });

  test('alleen de griffie dient in, voor de eigen raad', async () => {
    assert.equal((await api('POST', `/regelingen/${ggd}/adviescommissie`, undefined, voorstel)).status, 401);
    assert.equal(
      (await api('POST', `/regelingen/${ggd}/adviescommissie`, 'raadslid@voorbeeld.nl', voorstel)).status,
      403,
    );
    assert.equal(
      (
        await api('POST', `/regelingen/${ggd}/adviescommissie`, 'griffie@voorbeeld.nl', {
          ...voorstel,
          organisatie: 'GM9901',
        })
      ).status,
      403,
    );
    const leeg = await api('POST', `/regelingen/${ggd}/adviescommissie`, 'griffie@voorbeeld.nl', {
      ...voorstel,
      titel: '',
    });
    assert.equal(leeg.status, 400);
    assert.match(await leeg.text(), /"name":"titel"/);
  });

  test('de griffie van Bremmerdam dient in; de acht raden staan open', async () => {
    const stand = await json<Stand>(
      await api('POST', `/regelingen/${ggd}/adviescommissie`, 'griffie@voorbeeld.nl', voorstel),
      201,
    );
    assert.equal(stand.voorstel?.status, 'in_behandeling');
    assert.equal(stand.voorstel.raden.length, 8);
    assert.match(stand.voorstel.watVolgt, /8 raden moeten nog besluiten/);
    voorstelId = stand.voorstel.id;
    const tweede = await api('POST', `/regelingen/${ggd}/adviescommissie`, 'griffie@gm9901.nl', {
      ...voorstel,
      organisatie: 'GM9901',
    });
    assert.equal(tweede.status, 409, 'één voorstel tegelijk');
    assert.equal((await auditRijen()).length, 1);
    // The other councils' griffies and the secretariaat hear of it; the griffie who filed it does not.
    assert.deepEqual(await meldingenVan('griffie@gm9901.nl'), [
      'Voorstel voor een gemeenschappelijke adviescommissie bij GGD Polderland',
    ]);
    assert.equal((await meldingenVan('secretariaat@voorbeeld.nl')).length, 1);
    assert.deepEqual(await meldingenVan('griffie@voorbeeld.nl'), []);
  });
});

describe('Raad voor raad', () => {
  const besluit = (code: string, uitkomst = 'ingestemd') =>
    api('POST', `/adviescommissie/${voorstelId}/raadsbesluiten`, griffie(code), {
      organisatie: code,
      uitkomst,
      datum: vandaag(),
      kenmerk: `RB-${code}`,
    });

  test('elke griffie legt het besluit van de eigen raad vast, niet dat van een andere', async () => {
    const ander = await api('POST', `/adviescommissie/${voorstelId}/raadsbesluiten`, 'griffie@voorbeeld.nl', {
      organisatie: 'GM9901',
      uitkomst: 'ingestemd',
      datum: vandaag(),
    });
    assert.equal(ander.status, 403);
    const fout = await api('POST', `/adviescommissie/${voorstelId}/raadsbesluiten`, 'griffie@voorbeeld.nl', {
      organisatie: 'GM9902',
      uitkomst: 'ingestemd',
      datum: '2026-02-30',
    });
    assert.equal(fout.status, 400);
    assert.match(await fout.text(), /"name":"datum"/);
  });

  test('zolang niet alle raden instemmen is er geen gezamenlijk voorstel en kan het AB niet instellen', async () => {
    for (const code of GEMEENTEN.slice(0, 7)) await json<Stand>(await besluit(code), 200);
    const nee = await json<Stand>(await besluit('GM9908', 'verworpen'), 200);
    assert.equal(nee.voorstel?.status, 'verworpen');
    assert.match(nee.voorstel.watVolgt, /geen gezamenlijk voorstel/);
    const instelling = await api(
      'POST',
      `/adviescommissie/${voorstelId}/instelling`,
      'secretariaat@voorbeeld.nl',
      {
        datum: vandaag(),
      },
    );
    assert.equal(instelling.status, 409);
    assert.match(await instelling.text(), /Wgr art\. 24a lid 1/);
  });

  test('als de laatste raad opnieuw besluit en instemt, is het een gezamenlijk voorstel', async () => {
    const stand = await json<Stand>(await besluit('GM9908'), 200);
    assert.equal(stand.voorstel?.status, 'gezamenlijk_voorstel');
    assert.equal(stand.voorstel.gezamenlijkOp, vandaag());
    assert.ok(stand.voorstel.raden.every((r) => r.besluit?.uitkomst === 'ingestemd'));
    const p = await pagina(`/regelingen/${ggd}/adviescommissie`);
    assert.equal(p.status, 200);
    assert.match(p.html, /<strong>Gezamenlijk voorstel<\/strong>/);
    assert.match(p.html, /moet de commissie nu instellen \(art\. 24a lid 1\)/);
    assert.match(p.html, /<strong>zienswijzen<\/strong>/, 'de toelichting in Markdown');
    // The secretariaat hears that the AB must now install it (art. 24a lid 1).
    assert.deepEqual(
      (await meldingenVan('secretariaat@voorbeeld.nl')).at(-1),
      'Gezamenlijk voorstel: adviescommissie bij GGD Polderland',
    );
    // A council that records its decision anew does not announce the joint proposal a second time.
    const aantal = (await meldingenVan('secretariaat@voorbeeld.nl')).length;
    await json<Stand>(await besluit('GM9901'), 200);
    assert.equal((await meldingenVan('secretariaat@voorbeeld.nl')).length, aantal);
  });

  test('de griffie stelt niet in; het secretariaat legt de instelling vast', async () => {
    assert.equal(
      (
        await api('POST', `/adviescommissie/${voorstelId}/instelling`, 'griffie@voorbeeld.nl', {
          datum: vandaag(),
        })
      ).status,
      403,
    );
    const stand = await json<Stand>(
      await api('POST', `/adviescommissie/${voorstelId}/instelling`, 'secretariaat@voorbeeld.nl', {
        datum: vandaag(),
      }),
      200,
    );
    assert.equal(stand.voorstel?.status, 'ingesteld');
    assert.equal(
      (await meldingenVan('griffie@voorbeeld.nl')).at(-1),
      'Adviescommissie ingesteld bij GGD Polderland',
    );
    const raadsbesluit = await besluit('GM9901', 'verworpen');
    assert.equal(raadsbesluit.status, 409, 'na de instelling telt een raadsbesluit niet meer');
  });
});

describe('Leden en stukken', () => {
  test('de griffie wijst leden aan uit de eigen raad; een lid dat uit de raad gaat, wordt voormalig lid', async () => {
    const aanwijzing = (code: string, naam: string) =>
      api('POST', `/adviescommissie/${voorstelId}/leden`, griffie(code), {
        organisatie: code,
        naam,
        aangewezenOp: vandaag(),
      });
    assert.equal((await aanwijzing('GM9902', 'Roos Raadslid')).status, 201);
    const stand = await json<Stand>(await aanwijzing('GM9901', 'Ada Aldewolde'), 201);
    assert.equal(stand.voorstel?.leden.length, 2);
    assert.equal(
      (
        await api('POST', `/adviescommissie/${voorstelId}/leden`, 'griffie@voorbeeld.nl', {
          organisatie: 'GM9901',
          naam: 'Iemand',
          aangewezenOp: vandaag(),
        })
      ).status,
      403,
      'niet voor een andere raad',
    );
    const ada = stand.voorstel.leden.find((l) => l.naam === 'Ada Aldewolde')!;
    const einde = await json<Stand>(
      await api('POST', `/adviescommissie/leden/${ada.id}/einde`, 'griffie@gm9901.nl', {
        eindigtOp: vandaag(),
        reden: 'uit de raad (van rechtswege, art. 24a lid 4)',
      }),
      200,
    );
    const nu = einde.voorstel!.leden.find((l) => l.id === ada.id)!;
    assert.equal(nu.zittend, false);
    assert.match(nu.reden ?? '', /uit de raad/);
    const nogEens = await api('POST', `/adviescommissie/leden/${ada.id}/einde`, 'griffie@gm9901.nl', {
      eindigtOp: vandaag(),
      reden: 'op eigen verzoek',
    });
    assert.equal(nogEens.status, 409);
    const p = await pagina(`/regelingen/${ggd}/adviescommissie`);
    assert.match(p.html, /Voormalige leden[\s\S]*Ada Aldewolde/);
  });

  test('een advies bij een procedure van de regeling staat op de pagina van die procedure', async () => {
    const fout = await api('POST', `/adviescommissie/${voorstelId}/stukken`, 'secretariaat@voorbeeld.nl', {
      soort: 'advies',
      datum: vandaag(),
      onderwerp: 'Advies',
      url: 'javascript:alert(1)',
    });
    assert.equal(fout.status, 400);
    assert.equal(
      (
        await api('POST', `/adviescommissie/${voorstelId}/stukken`, 'raadslid@voorbeeld.nl', {
          soort: 'advies',
          datum: vandaag(),
          onderwerp: 'Advies',
        })
      ).status,
      403,
    );
    const stand = await json<Stand>(
      await api('POST', `/adviescommissie/${voorstelId}/stukken`, 'griffie@voorbeeld.nl', {
        soort: 'advies',
        datum: vandaag(),
        onderwerp: 'Advies over het meerjarenbeleidsplan',
        tekst: 'De commissie adviseert de raden een **gezamenlijke zienswijze**.',
        url: 'https://example.org/advies.pdf',
        procedure: procedureId,
      }),
      201,
    );
    assert.equal(stand.voorstel?.stukken[0]?.procedure?.id, procedureId);
    const p = await pagina(`/procedures/${procedureId}`, 'secretariaat@voorbeeld.nl');
    assert.equal(p.status, 200);
    assert.match(
      p.html,
      /Advies van de gemeenschappelijke adviescommissie[\s\S]*Advies over het meerjarenbeleidsplan/,
    );
    assert.match(p.html, /<strong>gezamenlijke zienswijze<\/strong>/);
  });

  test('Onze instrumenten linkt naar de commissie, met de stand', async () => {
    const p = await pagina(`/regelingen/${ggd}/instrumenten?organisatie=GM9902`);
    assert.match(
      p.html,
      new RegExp(
        `href="/regelingen/${ggd}/adviescommissie"[^>]*>De adviescommissie van deze regeling: ingesteld`,
      ),
    );
  });

  test('elke stap is één auditregel', async () => {
    // 1 voorstel, 9 raadsbesluiten, 1 instelling, 2 aanwijzingen, 1 einde, 1 advies.
    const rijen = await auditRijen();
    assert.equal(rijen.length, 15);
    assert.deepEqual([...new Set(rijen.map((r) => r.entiteit))].sort(), [
      'adviescommissie_lid',
      'adviescommissie_raadsbesluit',
      'adviescommissie_stuk',
      'adviescommissie_voorstel',
    ]);
  });
});
