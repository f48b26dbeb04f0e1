/**
 * The JSON API in-process (grip.app.request, no network), on a database with the demo data:
 * filters, problem+json with the invalid fields, bearer tokens and roles, ETag/If-Match,
 * participants, board and history. Runs on PGlite and again on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startGrip, type Grip } from '../src/app';
import { loadConfig } from '../src/config';
import { nieuwToken, sha256 } from '../src/platform/auth/crypto';
import { maakApiToken, vindGebruikerOpEmail } from '../src/modules/accounts/store';
import { createTestDatabase } from './db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  invalidParams?: { name: string; reason: string }[];
}

let grip: Grip;
const tokens: Record<string, string> = {};

/** Makes an API token for a demo user the way `npx grip token maak` does. */
async function tokenVoor(email: string): Promise<string> {
  const db = grip.services.database.db;
  const g = await vindGebruikerOpEmail(db, email);
  assert.ok(g, `demogebruiker ${email} ontbreekt`);
  const token = nieuwToken();
  await maakApiToken(db, sha256(token), g.id, 'test');
  return token;
}

/** Every response of the API carries API-Version; this helper checks it on each call. */
async function api(
  method: string,
  pad: string,
  opties: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...opties.headers };
  if (opties.token) headers.Authorization = `Bearer ${opties.token}`;
  let body: string | undefined;
  if (opties.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof opties.body === 'string' ? opties.body : JSON.stringify(opties.body);
  }
  const res = await grip.app.request(`/api/v1${pad}`, { method, headers, body });
  assert.equal(
    res.headers.get('API-Version'),
    '1.0.0',
    `API-Version ontbreekt bij ${method} ${pad} (${res.status})`,
  );
  return res;
}

/** Asserts a problem+json response with this status and returns it. */
async function probleem(res: Response, status: number): Promise<Problem> {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const p = JSON.parse(tekst) as Problem;
  assert.equal(p.status, status);
  assert.equal(typeof p.title, 'string');
  return p;
}

const velden = (p: Problem) => (p.invalidParams ?? []).map((i) => i.name).sort();

async function json<T>(res: Response, status: number): Promise<T> {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return JSON.parse(tekst) as T;
}

interface Lijst<T> {
  items: T[];
  totaal: number;
  pagina: number;
  perPagina: number;
}
interface Samenvatting {
  id: string;
  naam: string;
  korteNaam: string | null;
  type: string;
}
interface Deelname {
  id: string;
  organisatie: { code: string | null; naam: string };
  organen: string[];
  kostenverdeling: unknown;
  kostenaandeel: number | null;
  versie: number;
}
interface Regeling extends Samenvatting {
  versie: number;
  datumInwerkingtreding: string | null;
  deelnemers: Deelname[];
  bestuur: { id: string; naam: string; orgaan: string }[];
  bevindingen: { code: string; artikel: string }[];
}

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  for (const rol of ['beheerder', 'raadslid', 'secretariaat'])
    tokens[rol] = await tokenVoor(`${rol}@voorbeeld.nl`);
});
after(async () => {
  await grip?.close();
});

describe('lezen', () => {
  test('GET /health antwoordt {"status":"ok"}', async () => {
    const res = await grip.app.request('/health');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  test('GET /api/v1/organisaties?code=GM9901 geeft precies die gemeente met haar inwonertal', async () => {
    for (const code of ['GM9901', 'gm9901']) {
      const lijst = await json<
        Lijst<{ code: string; naam: string; soort: string; inwoners: number; peildatum: string }>
      >(await api('GET', `/organisaties?code=${code}`), 200);
      assert.equal(lijst.totaal, 1);
      assert.deepEqual(
        lijst.items.map((o) => [o.code, o.naam, o.soort, o.inwoners, o.peildatum]),
        [['GM9901', 'Aldewolde', 'gemeente', 84210, '2024-01-01']],
      );
    }
    const geen = await json<Lijst<unknown>>(await api('GET', '/organisaties?code=GM0000'), 200);
    assert.deepEqual([geen.items, geen.totaal], [[], 0]);
    const detail = await json<{ code: string; provincie: { code: string }; regelingen: { naam: string }[] }>(
      await api('GET', '/organisaties/GM9901'),
      200,
    );
    assert.equal(detail.provincie.code, 'PV99');
    assert.equal(detail.regelingen.length, 5);
    await probleem(await api('GET', '/organisaties/GM0000'), 404);
  });

  test('GET /api/v1/regelingen?deelnemer=GM9901 geeft alleen regelingen met die deelnemer', async () => {
    const alle = await json<Lijst<Samenvatting>>(await api('GET', '/regelingen'), 200);
    assert.equal(alle.totaal, 7);
    const met = await json<Lijst<Samenvatting>>(await api('GET', '/regelingen?deelnemer=GM9901'), 200);
    assert.equal(met.totaal, 5);
    assert.equal(met.items.length, 5);
    for (const r of alle.items) {
      const detail = await json<Regeling>(await api('GET', `/regelingen/${r.id}`), 200);
      const neemtDeel = detail.deelnemers.some((d) => d.organisatie.code === 'GM9901');
      assert.equal(
        met.items.some((x) => x.id === r.id),
        neemtDeel,
        `${r.naam}: deelnemer GM9901 ${neemtDeel ? 'ontbreekt' : 'ten onrechte'} in het filter`,
      );
    }
    const bsp = await json<Lijst<Samenvatting>>(
      await api('GET', '/regelingen?deelnemer=gm9903&vorm=bedrijfsvoeringsorganisatie'),
      200,
    );
    assert.deepEqual(
      bsp.items.map((r) => r.korteNaam),
      ['BSP'],
    );
  });

  test('GET /api/v1/regelingen/{id}: deelnemers met aandelen, bestuur, bevindingen en ETag', async () => {
    const [ggd] = (await json<Lijst<Samenvatting>>(await api('GET', '/regelingen?q=GGD'), 200)).items;
    assert.ok(ggd);
    const res = await api('GET', `/regelingen/${ggd.id}`);
    const r = await json<
      Omit<Regeling, 'deelnemers'> & {
        deelnemers: (Deelname & { stemaandeel: number; bevolkingsaandeel: number })[];
      }
    >(res, 200);
    assert.equal(res.headers.get('ETag'), `"${r.versie}"`);
    assert.equal(r.deelnemers.length, 8);
    const som = (k: 'stemaandeel' | 'bevolkingsaandeel') => r.deelnemers.reduce((s, d) => s + d[k], 0);
    assert.ok(Math.abs(som('stemaandeel') - 1) < 1e-9);
    assert.ok(Math.abs(som('bevolkingsaandeel') - 1) < 1e-9);
    assert.ok(r.bestuur.length >= 8);
    await probleem(await api('GET', '/regelingen/00000000-0000-4000-8000-000000000000'), 404);
  });

  test('onbekende API-routes geven 404 als problem+json, ook bij POST', async () => {
    const p = await probleem(await api('GET', '/bestaat-niet'), 404);
    assert.equal(p.code, 'niet_gevonden');
    await probleem(await api('POST', '/bestaat-niet', { body: {} }), 404);
  });
});

describe('ongeldige invoer: 400 als problem+json met de ongeldige velden', () => {
  test('query: deelnemer=XX, pagina=0, onbekende vorm', async () => {
    let p = await probleem(await api('GET', '/regelingen?deelnemer=XX'), 400);
    assert.deepEqual(velden(p), ['deelnemer']);
    assert.match(p.invalidParams![0]!.reason, /GM0363/);
    p = await probleem(await api('GET', '/regelingen?pagina=0&vorm=kerk'), 400);
    assert.deepEqual(velden(p), ['pagina', 'vorm']);
    p = await probleem(await api('GET', '/regelingen?peildatum=2026-02-30'), 400);
    assert.deepEqual(velden(p), ['peildatum']);
  });

  test('pad: een id dat geen uuid is', async () => {
    const p = await probleem(await api('GET', '/regelingen/geen-id'), 400);
    assert.deepEqual(velden(p), ['id']);
  });

  test('body: naam ontbreekt, een datum die niet bestaat, een percentage van 150', async () => {
    let p = await probleem(
      await api('POST', '/regelingen', { token: tokens.beheerder, body: { vorm: 'openbaar_lichaam' } }),
      400,
    );
    assert.deepEqual(velden(p), ['naam']);
    assert.equal(p.code, 'ongeldige_invoer');

    p = await probleem(
      await api('POST', '/regelingen', {
        token: tokens.beheerder,
        body: { naam: 'Onmogelijke Datum', vorm: 'openbaar_lichaam', datumInwerkingtreding: '2026-02-30' },
      }),
      400,
    );
    assert.deepEqual(p.invalidParams, [{ name: 'datumInwerkingtreding', reason: 'Deze datum bestaat niet' }]);

    const [ggd] = (await json<Lijst<Samenvatting>>(await api('GET', '/regelingen?q=GGD'), 200)).items;
    p = await probleem(
      await api('POST', `/regelingen/${ggd!.id}/deelnemers`, {
        token: tokens.beheerder,
        body: {
          organisatie: 'GM9908',
          organen: ['raad'],
          kostenverdeling: { soort: 'percentage', percentage: 150 },
        },
      }),
      400,
    );
    assert.deepEqual(velden(p), ['kostenverdeling.percentage']);
    assert.match(p.invalidParams![0]!.reason, /100/);
  });

  test('een body die geen JSON is, of zonder Content-Type', async () => {
    const p = await probleem(
      await api('POST', '/regelingen', { token: tokens.beheerder, body: '{"naam": ' }),
      400,
    );
    assert.equal(p.code, 'ongeldige_json');
    await probleem(
      await api('POST', '/regelingen', {
        token: tokens.beheerder,
        body: 'naam=x',
        headers: { 'Content-Type': 'text/plain' },
      }),
      415,
    );
  });
});

describe('schrijven: tokens, rollen, ETag en If-Match', () => {
  let id = '';
  let etag = '';
  const nieuw = {
    naam: 'API-schap Polderland',
    vorm: 'openbaar_lichaam',
    belang: 'Proef via de API',
    datumInwerkingtreding: '2026-01-01',
  };

  test('POST /regelingen zonder token geeft 401, met een ongeldig token ook', async () => {
    const res = await api('POST', '/regelingen', { body: nieuw });
    await probleem(res, 401);
    assert.equal(res.headers.get('WWW-Authenticate'), 'Bearer');
    await probleem(await api('POST', '/regelingen', { body: nieuw, token: 'verzonnen' }), 401);
    await probleem(await api('GET', '/regelingen', { token: 'verzonnen' }), 401);
  });

  test('POST /regelingen als raadslid geeft 403', async () => {
    const p = await probleem(await api('POST', '/regelingen', { body: nieuw, token: tokens.raadslid }), 403);
    assert.equal(p.code, 'geen_toegang');
  });

  test('POST /regelingen als beheerder geeft 201 met Location en ETag', async () => {
    const res = await api('POST', '/regelingen', { body: nieuw, token: tokens.beheerder });
    const r = await json<Regeling>(res, 201);
    assert.match(r.id, UUID);
    id = r.id;
    assert.equal(res.headers.get('Location'), `/api/v1/regelingen/${id}`);
    etag = res.headers.get('ETag') ?? '';
    assert.equal(etag, '"1"');
    assert.equal(r.naam, nieuw.naam);
    assert.equal(r.datumInwerkingtreding, '2026-01-01');
    assert.equal(r.type, 'onbekend');
    const terug = await api('GET', `/regelingen/${id}`);
    assert.equal((await json<Regeling>(terug, 200)).naam, nieuw.naam);
    assert.equal(terug.headers.get('ETag'), etag);
  });

  test('PUT met een verouderde If-Match geeft 412; met de huidige 200 en een nieuwe ETag', async () => {
    const gewijzigd = { ...nieuw, naam: 'API-schap Polderland (gewijzigd)' };
    for (const oud of ['"0"', 'W/"7"', 'onzin']) {
      const p = await probleem(
        await api('PUT', `/regelingen/${id}`, {
          token: tokens.beheerder,
          body: gewijzigd,
          headers: { 'If-Match': oud },
        }),
        412,
      );
      assert.equal(p.code, 'versie_conflict');
    }
    const res = await api('PUT', `/regelingen/${id}`, {
      token: tokens.beheerder,
      body: gewijzigd,
      headers: { 'If-Match': etag },
    });
    const r = await json<Regeling>(res, 200);
    assert.equal(r.naam, gewijzigd.naam);
    assert.equal(res.headers.get('ETag'), '"2"');
    await probleem(
      await api('PUT', `/regelingen/${id}`, {
        token: tokens.beheerder,
        body: nieuw,
        headers: { 'If-Match': etag },
      }),
      412,
    );
    etag = '"2"';
  });

  test('een secretariaat wijzigt alleen de eigen regeling', async () => {
    await probleem(await api('PUT', `/regelingen/${id}`, { token: tokens.secretariaat, body: nieuw }), 403);
    const [ggd] = (await json<Lijst<Samenvatting>>(await api('GET', '/regelingen?q=GGD'), 200)).items;
    const res = await api('GET', `/regelingen/${ggd!.id}`);
    const huidig = await json<Regeling & { belang: string; vorm: string }>(res, 200);
    const body = {
      naam: huidig.naam,
      vorm: huidig.vorm,
      belang: `${huidig.belang} Aangevuld door het secretariaat.`,
    };
    const put = await api('PUT', `/regelingen/${ggd!.id}`, {
      token: tokens.secretariaat,
      body,
      headers: { 'If-Match': res.headers.get('ETag')! },
    });
    assert.equal((await json<{ belang: string }>(put, 200)).belang, body.belang);
  });

  test('deelnemers: POST (201), dubbel (409), onbekende organisatie (400), PUT met If-Match, DELETE (204)', async () => {
    const post = await api('POST', `/regelingen/${id}/deelnemers`, {
      token: tokens.beheerder,
      body: { organisatie: 'GM9901', organen: ['raad'], datumToetreding: '2026-01-01', stemmen: 2 },
    });
    const d = await json<Deelname>(post, 201);
    assert.equal(post.headers.get('Location'), `/api/v1/regelingen/${id}/deelnemers/${d.id}`);
    assert.equal(post.headers.get('ETag'), '"1"');
    assert.equal(d.organisatie.code, 'GM9901');
    assert.equal((await json<Regeling>(await api('GET', `/regelingen/${id}`), 200)).type, 'raadsregeling');

    const tweede = await json<Deelname>(
      await api('POST', `/regelingen/${id}/deelnemers`, {
        token: tokens.beheerder,
        body: { organisatie: 'GM9902', organen: ['college'] },
      }),
      201,
    );
    assert.equal(
      (await json<Regeling>(await api('GET', `/regelingen/${id}`), 200)).type,
      'gemengde_regeling',
    );

    let p = await probleem(
      await api('POST', `/regelingen/${id}/deelnemers`, {
        token: tokens.beheerder,
        body: { organisatie: 'GM9901', organen: ['raad'] },
      }),
      409,
    );
    assert.equal(p.code, 'deelname_bestaat');
    p = await probleem(
      await api('POST', `/regelingen/${id}/deelnemers`, {
        token: tokens.beheerder,
        body: { organisatie: 'GM0000', organen: ['raad'] },
      }),
      400,
    );
    assert.deepEqual(velden(p), ['organisatie']);
    await probleem(
      await api('POST', `/regelingen/${id}/deelnemers`, {
        token: tokens.raadslid,
        body: { organisatie: 'GM9903', organen: ['raad'] },
      }),
      403,
    );

    const wijziging = {
      organisatie: 'GM9901',
      organen: ['college'],
      kostenverdeling: { soort: 'percentage', percentage: 12.5 },
      stemmen: 2,
    };
    await probleem(
      await api('PUT', `/regelingen/${id}/deelnemers/${d.id}`, {
        token: tokens.beheerder,
        body: wijziging,
        headers: { 'If-Match': '"9"' },
      }),
      412,
    );
    const put = await api('PUT', `/regelingen/${id}/deelnemers/${d.id}`, {
      token: tokens.beheerder,
      body: wijziging,
      headers: { 'If-Match': '"1"' },
    });
    const gewijzigd = await json<Deelname>(put, 200);
    assert.equal(put.headers.get('ETag'), '"2"');
    assert.deepEqual(gewijzigd.organen, ['college']);
    assert.equal(gewijzigd.kostenaandeel, 0.125);
    assert.equal((await json<Regeling>(await api('GET', `/regelingen/${id}`), 200)).type, 'collegeregeling');

    const del = await api('DELETE', `/regelingen/${id}/deelnemers/${tweede.id}`, { token: tokens.beheerder });
    assert.equal(del.status, 204);
    assert.equal(await del.text(), '');
    await probleem(await api('GET', `/regelingen/${id}/deelnemers/${tweede.id}`), 404);
    await probleem(
      await api('DELETE', `/regelingen/${id}/deelnemers/${tweede.id}`, { token: tokens.beheerder }),
      404,
    );
    const lijst = await json<{ items: Deelname[] }>(await api('GET', `/regelingen/${id}/deelnemers`), 200);
    assert.deepEqual(
      lijst.items.map((x) => x.organisatie.code),
      ['GM9901'],
    );
  });

  test('bestuur: POST (201) en PUT met If-Match; een deelname van een andere regeling wordt geweigerd', async () => {
    const [deelname] = (
      await json<{ items: Deelname[] }>(await api('GET', `/regelingen/${id}/deelnemers`), 200)
    ).items;
    const lid = {
      orgaan: 'voorzitter',
      naam: 'V. Voorzitter',
      functie: 'burgemeester',
      deelname: deelname!.id,
      vanaf: '2026-01-01',
    };
    const post = await api('POST', `/regelingen/${id}/bestuur`, { token: tokens.beheerder, body: lid });
    const b = await json<{ id: string; naam: string; vanaf: string }>(post, 201);
    assert.equal(post.headers.get('Location'), `/api/v1/regelingen/${id}/bestuur/${b.id}`);
    assert.equal(post.headers.get('ETag'), '"1"');
    assert.equal(b.vanaf, '2026-01-01');

    await probleem(
      await api('PUT', `/regelingen/${id}/bestuur/${b.id}`, {
        token: tokens.beheerder,
        body: lid,
        headers: { 'If-Match': '"5"' },
      }),
      412,
    );
    const put = await api('PUT', `/regelingen/${id}/bestuur/${b.id}`, {
      token: tokens.beheerder,
      body: { ...lid, naam: 'V. Voorzitter-De Boer' },
      headers: { 'If-Match': '"1"' },
    });
    assert.equal((await json<{ naam: string }>(put, 200)).naam, 'V. Voorzitter-De Boer');
    assert.equal(put.headers.get('ETag'), '"2"');

    const [ggd] = (await json<Lijst<Samenvatting>>(await api('GET', '/regelingen?q=GGD'), 200)).items;
    const vreemd = (
      await json<{ items: Deelname[] }>(await api('GET', `/regelingen/${ggd!.id}/deelnemers`), 200)
    ).items[0]!;
    const p = await probleem(
      await api('POST', `/regelingen/${id}/bestuur`, {
        token: tokens.beheerder,
        body: { ...lid, deelname: vreemd.id },
      }),
      400,
    );
    assert.deepEqual(velden(p), ['deelname']);
    const bestuur = await json<{ items: { naam: string }[]; bevindingen: { code: string }[] }>(
      await api('GET', `/regelingen/${id}/bestuur`),
      200,
    );
    assert.deepEqual(
      bestuur.items.map((x) => x.naam),
      ['V. Voorzitter-De Boer'],
    );
  });

  test('GET historie vraagt een token en toont de wijzigingen oud → nieuw, nieuwste eerst', async () => {
    await probleem(await api('GET', `/regelingen/${id}/historie`), 401);
    const h = await json<{
      items: {
        actor: string;
        entiteit: string;
        actie: string;
        tijdstip: string;
        wijzigingen: { veld: string; oud: unknown; nieuw: unknown }[];
      }[];
    }>(await api('GET', `/regelingen/${id}/historie`, { token: tokens.raadslid }), 200);
    assert.ok(h.items.length >= 8, `te weinig historie: ${h.items.length}`);
    const laatste = h.items.at(-1)!;
    assert.deepEqual([laatste.entiteit, laatste.actie], ['regeling', 'aangemaakt']);
    assert.match(laatste.actor, /beheerder@voorbeeld\.nl/);
    const naam = h.items.find(
      (x) => x.entiteit === 'regeling' && x.wijzigingen.some((w) => w.veld === 'naam'),
    )!;
    assert.deepEqual(
      naam.wijzigingen.find((w) => w.veld === 'naam'),
      { veld: 'naam', oud: 'API-schap Polderland', nieuw: 'API-schap Polderland (gewijzigd)' },
    );
    assert.ok(
      h.items.some(
        (x) =>
          x.entiteit === 'deelname' &&
          x.wijzigingen.some(
            (w) =>
              w.veld === 'kostenverdeling' &&
              JSON.stringify(w.nieuw) === '{"soort":"percentage","percentage":12.5}',
          ),
      ),
    );
    assert.ok(h.items.some((x) => x.entiteit === 'deelname' && x.actie === 'verwijderd'));
    assert.ok(h.items.some((x) => x.entiteit === 'bestuurslid' && x.actie === 'gewijzigd'));
    const tijden = h.items.map((x) => Date.parse(x.tijdstip));
    assert.deepEqual(
      tijden,
      [...tijden].sort((a, b) => b - a),
      'nieuwste eerst',
    );
    await probleem(
      await api('GET', `/regelingen/00000000-0000-4000-8000-000000000000/historie`, {
        token: tokens.raadslid,
      }),
      404,
    );
  });
});
