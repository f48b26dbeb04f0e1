/**
 * Procedures through the API, on the demo data: the secretariaat of GGD Polderland creates an
 * ontwerpbegroting, attaches the draft and sends it; every participating gemeente gets a request
 * whose deadline equals the termijn API's; the griffie of GM9902 records its council's steps and
 * zienswijze (and nobody else's); the board responds and decides. Permissions (401/403), refused
 * steps (409), public reading, and that a failed step changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { startGrip, type Grip } from '../src/app';
import { loadConfig } from '../src/config';
import { nieuwToken, sha256 } from '../src/platform/auth/crypto';
import { maakApiToken, vindGebruikerOpEmail } from '../src/modules/accounts/store';
import { uitgaandeMail } from '../src/modules/meldingen/schema';
import { melding, procedure, verzoek } from '../src/modules/procedures/schema';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { maakSessie } from '../src/modules/accounts/store';
import { createTestDatabase } from './db';

let grip: Grip;
const tokens: Record<string, string> = {};
let ggdId = '';

async function tokenVoor(email: string) {
  const db = grip.services.database.db;
  const g = await vindGebruikerOpEmail(db, email);
  assert.ok(g);
  const token = nieuwToken();
  await maakApiToken(db, sha256(token), g.id, 'test');
  return token;
}

async function api(method: string, pad: string, o: { token?: string; body?: unknown; form?: FormData } = {}) {
  const headers: Record<string, string> = {};
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  let body: string | FormData | undefined;
  if (o.form) body = o.form;
  else if (o.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(o.body);
  }
  return grip.app.request(`/api/v1${pad}`, { method, headers, body });
}

async function json<T>(res: Response, status: number): Promise<T> {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  return JSON.parse(tekst) as T;
}

interface Verzoek {
  organisatie: { code: string | null; naam: string };
  vraag: string;
  status: string;
  uiterlijk: string | null;
  zienswijze: { tekst: string | null; strekking: string | null } | null;
  reactieBestuur: { tekst: string } | null;
  intern: { raadsDatum: string | null } | null;
}
interface Procedure {
  id: string;
  status: string;
  versie: number;
  verzoeken: Verzoek[];
  documenten: { id: string; openbaar: boolean; mediatype: string }[];
  besluit: { datum: string; referentie: string | null } | null;
}

const pdf = () =>
  new Blob(
    [
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    ],
    { type: 'application/pdf' },
  );

function upload(bestand: Blob, naam: string, velden: Record<string, string>) {
  const f = new FormData();
  f.set('bestand', bestand, naam);
  for (const [k, v] of Object.entries(velden)) f.set(k, v);
  return f;
}

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  for (const rol of ['secretariaat', 'griffie', 'raadslid', 'beheerder', 'toezicht'])
    tokens[rol] = await tokenVoor(`${rol}@voorbeeld.nl`);
  const lijst = await json<{ items: { id: string; korteNaam: string | null }[] }>(
    await api('GET', '/regelingen?q=GGD'),
    200,
  );
  ggdId = lijst.items.find((r) => r.korteNaam === 'GGD Polderland')!.id;
});
after(async () => {
  await grip?.close();
});

describe('een ontwerpbegroting van begin tot eind', () => {
  let id = '';
  const hostile = '<script>alert(1)</script> **Bezwaar** tegen [de kosten](javascript:alert(1)) & "€ ë"';

  test('alleen het secretariaat van de regeling maakt een procedure; anderen krijgen 401 of 403', async () => {
    const body = {
      soort: 'ontwerpbegroting',
      titel: 'Ontwerpbegroting 2027',
      begrotingsjaar: 2027,
      geplandeBesluitdatum: '2026-07-02',
    };
    assert.equal((await api('POST', `/regelingen/${ggdId}/procedures`, { body })).status, 401);
    assert.equal(
      (await api('POST', `/regelingen/${ggdId}/procedures`, { body, token: tokens.griffie })).status,
      403,
    );
    const p = await json<Procedure>(
      await api('POST', `/regelingen/${ggdId}/procedures`, { body, token: tokens.secretariaat }),
      201,
    );
    assert.equal(p.status, 'concept');
    id = p.id;
  });

  test('een concept kan worden gewijzigd, met versiecontrole', async () => {
    const body = {
      titel: 'Ontwerpbegroting 2027 (herzien)',
      begrotingsjaar: 2027,
      geplandeBesluitdatum: '2026-07-02',
    };
    const oud = await api('PUT', `/procedures/${id}`, { body, token: tokens.secretariaat });
    const p = await json<Procedure & { titel: string }>(oud, 200);
    assert.equal(p.titel, 'Ontwerpbegroting 2027 (herzien)');
    const verouderd = await grip.app.request(`/api/v1/procedures/${id}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${tokens.secretariaat}`,
        'Content-Type': 'application/json',
        'If-Match': '"1"',
      },
      body: JSON.stringify({ ...body, titel: 'Ontwerpbegroting 2027' }),
    });
    assert.equal(verouderd.status, 412);
    await json(
      await api('PUT', `/procedures/${id}`, {
        body: { ...body, titel: 'Ontwerpbegroting 2027' },
        token: tokens.secretariaat,
      }),
      200,
    );
  });

  test('een concept is niet openbaar', async () => {
    assert.equal((await api('GET', `/procedures/${id}`)).status, 404);
    assert.equal((await api('GET', `/procedures/${id}`, { token: tokens.raadslid })).status, 200);
  });

  test('zonder stukken kan niet worden verzonden (409, met de reden)', async () => {
    const res = await api('POST', `/procedures/${id}/verzending`, {
      body: { verzondenOp: '2026-04-01' },
      token: tokens.secretariaat,
    });
    const p = await json<{ code: string; detail: string }>(res, 409);
    assert.equal(p.code, 'document_ontbreekt');
    assert.match(p.detail, /stukken/);
    const [{ n }] = (await grip.services.database.db
      .select({ n: count() })
      .from(verzoek)
      .where(eq(verzoek.procedureId, id))) as [{ n: number }];
    assert.equal(n, 0);
  });

  test('een upload wordt aan de inhoud herkend: een tekstbestand met .pdf wordt geweigerd', async () => {
    const nep = upload(new Blob(['dit is geen pdf']), 'begroting.pdf', { datum: '2026-04-01' });
    const res = await api('POST', `/procedures/${id}/documenten`, { form: nep, token: tokens.secretariaat });
    assert.equal(res.status, 400, await res.text());
    const echt = upload(pdf(), 'ontwerpbegroting.pdf', {
      datum: '2026-04-01',
      titel: 'Ontwerpbegroting 2027',
      soort: 'ontwerp',
      openbaar: 'true',
    });
    const d = await json<{ mediatype: string; openbaar: boolean }>(
      await api('POST', `/procedures/${id}/documenten`, { form: echt, token: tokens.secretariaat }),
      201,
    );
    assert.equal(d.mediatype, 'application/pdf');
    assert.match(
      (d as { uitgever?: string | null }).uitgever ?? '',
      /^https:\/\/identifier\.overheid\.nl\/tooi\//,
    );
    assert.equal(d.openbaar, true);
  });

  test('verzenden maakt per deelnemende gemeente een verzoek met de termijn van de termijn-API', async () => {
    const p = await json<Procedure>(
      await api('POST', `/procedures/${id}/verzending`, {
        body: { verzondenOp: '2026-04-01' },
        token: tokens.secretariaat,
      }),
      200,
    );
    assert.equal(p.status, 'verzonden');
    assert.ok(p.verzoeken.length >= 3);
    const termijn = await json<{ einddatum: string }>(
      await api('POST', '/termijnen/berekeningen', {
        body: { start: '2026-04-01', duur: 'P12W', richting: 'vooruit', grondslag: 'wet' },
      }),
      200,
    );
    for (const v of p.verzoeken) {
      assert.equal(v.uiterlijk, termijn.einddatum, v.organisatie.naam);
      assert.equal(v.vraag, 'zienswijze');
    }
    const db = grip.services.database.db;
    const [{ n }] = (await db.select({ n: count() }).from(melding)) as [{ n: number }];
    assert.ok(n >= 1, 'de griffie van GM9902 kreeg een melding');
    const mails = await db.select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, 'griffie@voorbeeld.nl'));
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.tekst, /Ontwerpbegroting 2027/);
    // The griffie's work list now holds this request, with its deadline.
    const open = await json<{
      items: { procedureId: string; uiterlijk: string | null; verlopen: boolean }[];
    }>(await api('GET', '/organisaties/GM9902/verzoeken', { token: tokens.griffie }), 200);
    const hier = open.items.find((v) => v.procedureId === id);
    assert.equal(hier?.uiterlijk, termijn.einddatum);
  });

  test('de termijn staat in de kalender en de iCalendar-feed van elke deelnemer', async () => {
    const ics = await (await grip.app.request('/kalender/organisaties/GM9902.ics')).text();
    const ontvouwen = ics.replace(/\r\n[ \t]/g, '');
    assert.match(ontvouwen, /SUMMARY:Reactie van de raad: Ontwerpbegroting 2027/);
    assert.match(ontvouwen, /UID:procedure-[0-9a-f-]{36}@grip/);
    assert.match(ontvouwen, new RegExp(`/procedures/${id}`));
    const pagina = await (await grip.app.request('/organisaties/GM9902/kalender?periode=alles')).text();
    assert.match(pagina, /Reactie van de raad: Ontwerpbegroting 2027/);
  });

  test('de griffie legt de stappen van haar eigen raad vast, niet die van een andere', async () => {
    const anders = (
      await json<Procedure>(await api('GET', `/procedures/${id}`, { token: tokens.secretariaat }), 200)
    ).verzoeken.find((v) => v.organisatie.code !== 'GM9902')!;
    const verboden = await api('POST', `/procedures/${id}/verzoeken/${anders.organisatie.code}/stappen`, {
      body: { soort: 'ontvangen', datum: '2026-04-02' },
      token: tokens.griffie,
    });
    assert.equal(verboden.status, 403);
    const door = (body: unknown) =>
      api('POST', `/procedures/${id}/verzoeken/GM9902/stappen`, { body, token: tokens.griffie });
    assert.equal((await door({ soort: 'ontvangen', datum: '2026-04-02' })).status, 200);
    assert.equal(
      (await door({ soort: 'agenderen', commissieDatum: '2026-05-12', raadsDatum: '2026-05-28' })).status,
      200,
    );
    assert.equal(
      (await door({ soort: 'raadsbesluit', datum: '2026-05-28', stemmenVoor: 20, stemmenTegen: 5 })).status,
      200,
    );
    const p = await json<Procedure>(
      await door({ soort: 'zienswijze', datum: '2026-05-29', strekking: 'bezwaar', tekst: hostile }),
      200,
    );
    assert.equal(p.status, 'in_behandeling');
    const eigen = p.verzoeken.find((v) => v.organisatie.code === 'GM9902')!;
    assert.equal(eigen.status, 'verzonden');
    assert.equal(eigen.zienswijze?.tekst, hostile, 'opgeslagen zoals geschreven');
    // A step back is refused with a reason.
    const terug = await json<{ code: string }>(await door({ soort: 'ontvangen', datum: '2026-04-03' }), 409);
    assert.equal(terug.code, 'al_afgerond');
  });

  test('een verzonden procedure kan niet meer worden gewijzigd (409 met de reden)', async () => {
    const r = await json<{ code: string; detail: string }>(
      await api('PUT', `/procedures/${id}`, { body: { titel: 'Iets anders' }, token: tokens.secretariaat }),
      409,
    );
    assert.equal(r.code, 'alleen_concept_wijzigen');
    assert.match(r.detail, /Alleen een concept/);
  });

  test('besluiten vóór de reactie van het bestuur wordt geweigerd; daarna lukt het', async () => {
    const vroeg = await json<{ code: string }>(
      await api('POST', `/procedures/${id}/besluit`, {
        body: { datum: '2026-07-02' },
        token: tokens.secretariaat,
      }),
      409,
    );
    assert.equal(vroeg.code, 'reactie_ontbreekt');
    assert.equal(
      (
        await api('POST', `/procedures/${id}/verzoeken/GM9902/reactie`, {
          body: { tekst: 'Het bestuur neemt het bezwaar over en verlaagt de bijdrage.', datum: '2026-06-26' },
          token: tokens.griffie,
        })
      ).status,
      403,
      'alleen het secretariaat antwoordt namens het bestuur',
    );
    await json<Procedure>(
      await api('POST', `/procedures/${id}/verzoeken/GM9902/reactie`, {
        body: { tekst: 'Het bestuur neemt het bezwaar over en verlaagt de bijdrage.', datum: '2026-06-26' },
        token: tokens.secretariaat,
      }),
      200,
    );
    const p = await json<Procedure>(
      await api('POST', `/procedures/${id}/besluit`, {
        body: { datum: '2026-07-02', referentie: 'bgr-2026-123' },
        token: tokens.secretariaat,
      }),
      200,
    );
    assert.equal(p.status, 'besloten');
    assert.deepEqual(p.besluit, { datum: '2026-07-02', referentie: 'bgr-2026-123', toelichting: null });
  });

  test('een bewoner ziet het openbare deel: zienswijze, reactie, besluit, openbare stukken; geen interne data', async () => {
    const p = await json<Procedure>(await api('GET', `/procedures/${id}`), 200);
    const eigen = p.verzoeken.find((v) => v.organisatie.code === 'GM9902')!;
    assert.equal(eigen.zienswijze?.tekst, hostile);
    assert.match(eigen.reactieBestuur?.tekst ?? '', /bezwaar over/);
    assert.equal(eigen.intern, null);
    assert.equal(p.besluit?.referentie, 'bgr-2026-123');
    assert.ok(p.documenten.every((d) => d.openbaar));
    const download = await api('GET', `/documenten/${p.documenten[0]!.id}/inhoud`);
    assert.equal(download.status, 200);
    assert.match(await download.text(), /^%PDF-1\.4/);
  });

  test('het overzicht gaat naar Excel en CSV; de griffie krijgt haar concept-zienswijzebrief in Word', async () => {
    const xlsx = await grip.app.request(`/procedures/${id}/zienswijzen.xlsx`);
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const blad = wb.worksheets[0]!;
    const rijen = blad.getSheetValues().filter(Boolean) as unknown[][];
    const bremmerdam = rijen.find((r) => r.includes('Bremmerdam'))!;
    assert.ok(bremmerdam.includes('Bezwaar'));
    assert.ok(bremmerdam.some((c) => typeof c === 'string' && c.includes('<script>alert(1)</script>')));
    const csvBytes = new Uint8Array(
      await (await grip.app.request(`/procedures/${id}/zienswijzen.csv`)).arrayBuffer(),
    );
    assert.deepEqual(
      [...csvBytes.slice(0, 3)],
      [0xef, 0xbb, 0xbf],
      'UTF-8 met BOM, zodat Excel de tekens goed leest',
    );
    const csv = new TextDecoder().decode(csvBytes);
    assert.match(csv, /Bremmerdam;GM9902;/);

    const db = grip.services.database.db;
    const g = await vindGebruikerOpEmail(db, 'griffie@voorbeeld.nl');
    const token = nieuwToken();
    await maakSessie(db, sha256(token), g!.id, new Date(Date.now() + 3600_000));
    const p = await json<{ verzoeken: { organisatie: { id: string; code: string | null } }[] }>(
      await api('GET', `/procedures/${id}`),
      200,
    );
    const org = p.verzoeken.find((v) => v.organisatie.code === 'GM9902')!.organisatie.id;
    const anders = p.verzoeken.find((v) => v.organisatie.code !== 'GM9902')!.organisatie.id;
    const cookie = `grip_sessie=${token}`;
    const docx = await grip.app.request(`/procedures/${id}/verzoeken/${org}/zienswijzebrief.docx`, {
      headers: { cookie },
    });
    assert.equal(docx.status, 200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    assert.match(value, /Zienswijze op/);
    assert.match(value, /GGD Polderland/);
    assert.match(value, /<script>alert\(1\)<\/script>/);
    const verboden = await grip.app.request(`/procedures/${id}/verzoeken/${anders}/zienswijzebrief.docx`, {
      headers: { cookie },
    });
    assert.equal(verboden.status, 403);
  });

  test('de griffie ziet haar open verzoeken over alle regelingen; een ander niet', async () => {
    assert.equal((await api('GET', '/organisaties/GM9902/verzoeken')).status, 401);
    assert.equal(
      (await api('GET', '/organisaties/GM9902/verzoeken', { token: tokens.secretariaat })).status,
      403,
    );
    const lijst = await json<{ items: { procedureId: string }[] }>(
      await api('GET', '/organisaties/GM9902/verzoeken', { token: tokens.griffie }),
      200,
    );
    // The request was answered and the procedure decided: it is no longer open.
    assert.ok(!lijst.items.some((v) => v.procedureId === id));
  });
});

describe('een mislukte stap laat alles zoals het was', () => {
  test('art. 10 lid 5 zonder termijn: verzenden faalt en er ontstaan geen verzoeken of meldingen', async () => {
    const db = grip.services.database.db;
    const p = await json<Procedure>(
      await api('POST', `/regelingen/${ggdId}/procedures`, {
        body: { soort: 'aangewezen_besluit', titel: 'Meerjarenbeleidsplan 2027–2030' },
        token: tokens.secretariaat,
      }),
      201,
    );
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Beleidsplan')] }] }),
    );
    await json(
      await api('POST', `/procedures/${p.id}/documenten`, {
        form: upload(new Blob([new Uint8Array(docx)]), 'plan.docx', { datum: '2026-05-01' }),
        token: tokens.secretariaat,
      }),
      201,
    );
    const [{ voor }] = (await db.select({ voor: count() }).from(melding)) as [{ voor: number }];
    const res = await json<{ invalidParams: { name: string }[] }>(
      await api('POST', `/procedures/${p.id}/verzending`, {
        body: { verzondenOp: '2026-05-01' },
        token: tokens.secretariaat,
      }),
      400,
    );
    assert.equal(res.invalidParams[0]?.name, 'termijnDuur');
    const [rij] = await db.select().from(procedure).where(eq(procedure.id, p.id));
    assert.equal(rij?.status, 'concept');
    assert.equal(rij?.verzondenOp, null);
    const [{ n }] = (await db.select({ n: count() }).from(verzoek).where(eq(verzoek.procedureId, p.id))) as [
      { n: number },
    ];
    assert.equal(n, 0);
    const [{ na }] = (await db.select({ na: count() }).from(melding)) as [{ na: number }];
    assert.equal(na, voor);
  });

  test('een bestuurscommissie bestaat niet bij een bedrijfsvoeringsorganisatie: 400 op soort', async () => {
    const lijst = await json<{ items: { id: string; vorm?: string }[] }>(
      await api('GET', '/regelingen?vorm=bedrijfsvoeringsorganisatie'),
      200,
    );
    const bvo = lijst.items[0]!.id;
    const res = await json<{ invalidParams: { name: string }[] }>(
      await api('POST', `/regelingen/${bvo}/procedures`, {
        body: { soort: 'bestuurscommissie', titel: 'Commissie' },
        token: tokens.beheerder,
      }),
      400,
    );
    assert.equal(res.invalidParams[0]?.name, 'soort');
  });
});

describe('pagina-stappen met een onbekende deelnemer', () => {
  test('geven 404 of 403, geen serverfout', async () => {
    const db = grip.services.database.db;
    const g = await vindGebruikerOpEmail(db, 'secretariaat@voorbeeld.nl');
    const token = nieuwToken();
    await maakSessie(db, sha256(token), g!.id, new Date(Date.now() + 3600_000));
    const lijst = await json<{ items: { id: string }[] }>(
      await api('GET', `/regelingen/${ggdId}/procedures`),
      200,
    );
    const id = lijst.items[0]!.id;
    const pagina = await grip.app.request(`/procedures/${id}`, {
      headers: { cookie: `grip_sessie=${token}` },
    });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await pagina.text())![1]!;
    for (const org of ['geen-uuid', '00000000-0000-4000-8000-000000000000']) {
      const res = await grip.app.request(`/procedures/${id}/verzoeken/${org}/reactie`, {
        method: 'POST',
        headers: {
          cookie: `grip_sessie=${token}`,
          origin: grip.services.config.baseUrl,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ _csrf: csrf, tekst: 'Reactie', datum: '2026-06-01' }).toString(),
      });
      assert.equal(res.status, 404, org);
    }
  });
});
