/**
 * Mijn regelingen on the demo data, for the griffie of Bremmerdam (GM9902): its four regelingen with
 * our shares and members, deadlines, a procedure with a document and another council's zienswijze,
 * what is new, and a fixed number of queries whatever the number of regelingen. Then the pages
 * in-process: who may see them, and the public instruments page. PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { DEMO_WACHTWOORD } from '../../demo/seed';
import { maakKalender } from '../../kalender';
import { systeem } from '../../platform/audit/audit';
import { vandaag } from '../../platform/clock';
import type { Database, Db } from '../../platform/db/client';
import * as schema from '../../platform/db/schema';
import { vindGebruikerOpEmail } from '../accounts/store';
import { organisatie } from '../organisaties/schema';
import { maakProcedure, verzendProcedure, verzoekActie, voegDocumentToe } from '../procedures/service';
import { maakRegeling, voegDeelnameToe } from '../regelingen/service';
import { regeling } from '../regelingen/schema';
import { bezoek } from './schema';
import { mijnRegelingen, type MijnRegelingenOpties } from './service';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const GGD = 'Gemeenschappelijke regeling GGD Polderland';
const actor = systeem('test');
const kalender = maakKalender([]);

let database: Database;
let db: Db;
let bremmerdam = '';
let aldewolde = '';
let griffie = '';
const peildatum = vandaag();

const opties = (extra: Partial<MijnRegelingenOpties> = {}): MijnRegelingenOpties => ({
  organisatieIds: [bremmerdam],
  gebruikerId: griffie,
  peildatum,
  sinds: new Date(Date.now() - 24 * 3600 * 1000),
  kalender,
  magNietOpenbaarLezen: () => true,
  ...extra,
});
const laad = async (extra: Partial<MijnRegelingenOpties> = {}, via: Db = db) => {
  const [o] = await mijnRegelingen(via, opties(extra));
  assert.ok(o);
  return o;
};
const plusDagen = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  database = await createTestDatabase({ voorbeeld: true });
  db = database.db;
  const code = async (c: string) =>
    (await db.select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.code, c)))[0]!.id;
  bremmerdam = await code('GM9902');
  aldewolde = await code('GM9901');
  griffie = (await vindGebruikerOpEmail(db, 'griffie@voorbeeld.nl'))!.id;
});
after(async () => {
  await database.close();
});

describe('Mijn regelingen van de griffie van Bremmerdam', () => {
  test('toont de vier regelingen van Bremmerdam met vorm, type, belang en de organen van deelname', async () => {
    const o = await laad();
    assert.equal(o.organisatie.naam, 'Bremmerdam');
    assert.deepEqual(
      o.regelingen.map((m) => m.regeling.naam),
      [
        GGD,
        'Gemeenschappelijke regeling Veiligheidsregio Polderland',
        'Omgevingsdienst Polderland',
        'Regionale Rekenkamer Polderland',
      ],
    );
    const ggd = o.regelingen[0]!;
    assert.equal(ggd.regeling.vorm, 'openbaar_lichaam');
    assert.equal(ggd.regeling.type, 'gemengde_regeling');
    assert.match(ggd.regeling.belang ?? '', /^Publieke gezondheidszorg/);
    assert.deepEqual(ggd.deelname.organen, ['raad', 'college']);
    assert.equal(ggd.deelname.stemmen, 2);
  });

  test('ons aandeel in stemmen, kosten en bevolking, met de bestaande rekenregels', async () => {
    const [ggd, vr, odp, rekenkamer] = (await laad()).regelingen;
    const inwoners = 84210 + 41875 + 23540 + 17320 + 30995 + 12780 + 56430 + 9815;
    // GGD: 3+2+1+1+1+1+3+1 = 13 votes, Bremmerdam has 2; costs per inhabitant: no percentage known.
    assert.equal(ggd!.aandeel?.stemaandeel, 2 / 13);
    assert.equal(ggd!.aandeel?.kostenaandeel, null);
    assert.deepEqual(ggd!.deelname.kostenverdeling, { soort: 'per_inwoner', peildatum: '2024-01-01' });
    assert.equal(ggd!.aandeel?.bevolkingsaandeel, 41875 / inwoners);
    assert.equal(vr!.aandeel?.stemaandeel, 1 / 8);
    // ODP: votes unknown, so no vote share; the province's inhabitants are not counted twice.
    assert.equal(odp!.aandeel?.stemaandeel, null);
    assert.equal(odp!.aandeel?.bevolkingsaandeel, 41875 / inwoners);
    assert.equal(rekenkamer!.aandeel?.bevolkingsaandeel, 41875 / (84210 + 41875 + 56430));
  });

  test('onze leden in het bestuur: alleen wie namens Bremmerdam zit', async () => {
    const [ggd, vr, odp, rekenkamer] = (await laad()).regelingen;
    const leden = (m: typeof ggd) => m!.leden.map((l) => `${l.orgaan}: ${l.naam} (${l.functie})`);
    assert.deepEqual(leden(ggd), ['db: P. de Graaf (wethouder)', 'ab: Wethouder Bremmerdam (wethouder)']);
    assert.deepEqual(leden(vr), ['db: K. Brouwer (burgemeester)']);
    assert.deepEqual(leden(odp), ['db: A. Kuipers (wethouder)']);
    assert.deepEqual(leden(rekenkamer), ['bestuur: G. de Vries (raadslid)']);
  });

  test('de eerstvolgende termijnen: hoogstens drie, vanaf vandaag, op datum', async () => {
    for (const m of (await laad()).regelingen) {
      assert.ok(m.termijnen.length > 0 && m.termijnen.length <= 3, m.regeling.naam);
      const datums = m.termijnen.map((t) => t.datum);
      assert.deepEqual(datums, [...datums].sort(), m.regeling.naam);
      for (const t of m.termijnen) assert.ok(t.soort === 'pc' && t.datum >= peildatum, m.regeling.naam);
    }
  });

  test('nieuw: de wijzigingen van de voorbeeldgegevens, niet die van vóór de vorige keer', async () => {
    const [ggd] = (await laad({ sinds: new Date(Date.now() - 30 * 86_400_000) })).regelingen;
    const per = new Map(ggd!.nieuw.wijzigingen.map((w) => [w.entiteit, w.aantal]));
    assert.equal(per.get('deelname'), 8);
    assert.ok((per.get('bestuurslid') ?? 0) >= 10);
    assert.equal(per.has('gebruiker'), false, 'het account van het secretariaat is geen nieuws');
    const [later] = (await laad({ sinds: new Date(Date.now() + 1000) })).regelingen;
    assert.deepEqual(later!.nieuw, { procedures: [], zienswijzen: [], wijzigingen: [] });
  });

  test('een procedure met documenten en een zienswijze van een andere raad', async () => {
    const sinds = new Date(Date.now() - 1000);
    const [ggd] = (await laad()).regelingen;
    const id = await maakProcedure(db, actor, ggd!.regeling.id, {
      soort: 'aangewezen_besluit',
      titel: 'Meerjarenbeleidsplan 2027–2030',
      termijnDuur: 'P6W',
      geplandeBesluitdatum: plusDagen(peildatum, 70),
    });
    const omgeving = { kalender, baseUrl: 'http://localhost:3000' };
    const document = async (titel: string, openbaar: boolean) =>
      voegDocumentToe(
        db,
        actor,
        id,
        { soort: 'ontwerp', titel, bestandsnaam: `${titel}.pdf`, bytes: PDF, datum: peildatum, openbaar },
        { maxBytes: 1024 * 1024 },
      );
    await document('Ontwerp meerjarenbeleidsplan', true);
    await document('Vertrouwelijke bijlage', false);
    await verzendProcedure(db, actor, id, peildatum, omgeving);
    // Recorded by someone else than the griffie of Bremmerdam (here: the beheerder's account).
    const ander = (await vindGebruikerOpEmail(db, 'beheerder@voorbeeld.nl'))!.id;
    await verzoekActie(
      db,
      { gebruikerId: ander, label: 'Griffie van Aldewolde' },
      id,
      aldewolde,
      { soort: 'zienswijze', datum: peildatum, strekking: 'bezwaar', tekst: 'Te duur.' },
      omgeving,
    );

    const [nu] = (await laad({ sinds })).regelingen;
    const open = nu!.openProcedures.find((p) => p.id === id);
    assert.ok(open, 'de procedure staat bij de open procedures');
    assert.equal(open.status, 'in_behandeling');
    assert.equal(open.verzoek?.organisatieId, bremmerdam, 'met het verzoek aan onze raad');
    assert.equal(open.verzoek?.status, 'open');
    const uiterlijk = open.verzoek?.uiterlijk;
    assert.ok(uiterlijk && uiterlijk > peildatum);
    const laatste = nu!.termijnen[nu!.termijnen.length - 1]!;
    if (nu!.termijnen.length < 3 || uiterlijk <= laatste.datum)
      assert.ok(
        nu!.termijnen.some((t) => t.soort === 'verzoek' && t.procedure.id === id),
        'de termijn van onze raad staat bij de termijnen',
      );
    assert.deepEqual(
      nu!.documenten.map((d) => [d.titel, d.openbaar, d.procedureTitel]),
      [
        ['Vertrouwelijke bijlage', false, 'Meerjarenbeleidsplan 2027–2030'],
        ['Ontwerp meerjarenbeleidsplan', true, 'Meerjarenbeleidsplan 2027–2030'],
      ],
    );
    assert.deepEqual(
      nu!.nieuw.procedures.map((p) => p.titel),
      ['Meerjarenbeleidsplan 2027–2030'],
    );
    assert.deepEqual(
      nu!.nieuw.zienswijzen.map((z) => [z.organisatieNaam, z.procedureTitel, z.strekking]),
      [['Aldewolde', 'Meerjarenbeleidsplan 2027–2030', 'bezwaar']],
    );
    const per = new Map(nu!.nieuw.wijzigingen.map((w) => [w.entiteit, w.aantal]));
    assert.equal(per.get('document'), 2);
    assert.equal(per.get('verzoek'), 1);

    // Without the right to read what is not public, only the public document is listed.
    const [openbaar] = (await laad({ magNietOpenbaarLezen: () => false })).regelingen;
    assert.deepEqual(
      openbaar!.documenten.map((d) => d.titel),
      ['Ontwerp meerjarenbeleidsplan'],
    );
    // What one did oneself is not news.
    const [eigen] = (await laad({ sinds, gebruikerId: ander })).regelingen;
    assert.deepEqual(eigen!.nieuw.zienswijzen, []);
    assert.equal(
      new Map(eigen!.nieuw.wijzigingen.map((w) => [w.entiteit, w.aantal])).get('verzoek'),
      undefined,
    );
  });

  test('laat een momentopname van een andere jaargang weg (zoals OpenGR 2016)', async () => {
    const id = await maakRegeling(db, actor, {
      naam: 'GGD Polderland (OpenGR 2016)',
      vorm: 'openbaar_lichaam',
    });
    await voegDeelnameToe(db, actor, id, { organisatie: 'GM9902', organen: ['college'] });
    await db
      .update(regeling)
      .set({ bron: 'opengr', bronPeildatum: '2016-03-01', bronSleutel: 'test-ggd' })
      .where(eq(regeling.id, id));
    const namen = (await laad()).regelingen.map((m) => m.regeling.naam);
    assert.equal(namen.length, 4);
    assert.ok(!namen.includes('GGD Polderland (OpenGR 2016)'));
  });

  test('kost hetzelfde aantal queries voor 4 als voor 44 regelingen', async () => {
    let queries = 0;
    const logger = { logQuery: () => void queries++ };
    const pool = database.databaseUrl ? new pg.Pool({ connectionString: database.databaseUrl }) : null;
    const telDb = (pool
      ? drizzlePg(pool, { schema, logger })
      : drizzlePglite(database.pglite!, { schema, logger })) as unknown as Db;
    try {
      const tel = async () => {
        queries = 0;
        const o = await laad({}, telDb);
        return { queries, regelingen: o.regelingen.length };
      };
      const voor = await tel();
      for (let i = 1; i <= 40; i++) {
        const id = await maakRegeling(db, actor, {
          naam: `Testregeling ${String(i).padStart(2, '0')}`,
          vorm: 'openbaar_lichaam',
        });
        for (const org of ['GM9902', 'GM9901'])
          await voegDeelnameToe(db, actor, id, { organisatie: org, organen: ['college'], stemmen: 1 });
      }
      const na = await tel();
      assert.equal(voor.regelingen + 40, na.regelingen);
      assert.equal(na.queries, voor.queries, 'geen query per regeling');
      assert.equal(na.queries, 8);
    } finally {
      await pool?.end();
    }
  });
});

describe('De pagina’s', () => {
  let grip: Grip;
  const ORIGIN = 'http://localhost:3000';
  before(async () => {
    grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), { database });
  });

  const vraag = async (pad: string, cookie?: string) => {
    const res = await grip.app.request(pad, {
      headers: cookie ? { Cookie: cookie } : {},
      redirect: 'manual',
    });
    return { status: res.status, html: await res.text(), headers: res.headers };
  };
  async function inloggen(email: string): Promise<string> {
    const form = await grip.app.request('/inloggen');
    const anoniem = form.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const res = await grip.app.request('/inloggen', {
      method: 'POST',
      headers: { Origin: ORIGIN, Cookie: anoniem, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email, wachtwoord: DEMO_WACHTWOORD, terug: '/' }),
      redirect: 'manual',
    });
    assert.equal(res.status, 303);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  test('als spreadsheet: één rij per regeling met de aandelen als getal; XLSX gelezen met exceljs; niet voor iedereen', async () => {
    assert.equal((await vraag('/mijn-regelingen.csv')).status, 303);
    const toezicht = await inloggen('toezicht@voorbeeld.nl');
    assert.equal((await vraag('/mijn-regelingen.xlsx', toezicht)).status, 403);

    const cookie = await inloggen('raadslid@voorbeeld.nl');
    const csv = await grip.app.request('/mijn-regelingen.csv', { headers: { Cookie: cookie } });
    assert.equal(csv.status, 200);
    assert.match(
      csv.headers.get('content-disposition') ?? '',
      /attachment; filename="mijn-regelingen-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const tekst = await csv.text();
    const regels = tekst
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(regels[0]!, /^Organisatie;Regeling;Vorm;Type;/);
    const verwacht = (await laad()).regelingen;
    assert.equal(regels.length - 1, verwacht.length, 'één rij per regeling');
    const ggd = regels.find((r) => r.includes(GGD));
    assert.ok(ggd);
    // GGD Polderland: Bremmerdam has 2 of the 13 votes (see the test of the shares above): 15,4%.
    assert.ok(ggd.includes(';15,4;'), ggd);

    const xlsx = await grip.app.request('/mijn-regelingen.xlsx', { headers: { Cookie: cookie } });
    assert.equal(xlsx.status, 200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const blad = wb.getWorksheet('Mijn regelingen')!;
    assert.equal(blad.rowCount, verwacht.length + 1);
    assert.equal(blad.getRow(1).getCell(2).value, 'Regeling');
    const rij = [...Array(blad.rowCount).keys()]
      .map((i) => blad.getRow(i + 1))
      .find((r) => r.getCell(2).value === GGD)!;
    assert.ok(rij, 'de GGD staat erin');
    assert.equal(rij.getCell(8).value, 15.4, 'een getal, geen tekst');
    assert.match(rij.getCell(17).text, /^http:\/\/localhost:3000\/regelingen\//);
  });

  test('Mijn regelingen vraagt om inloggen en is voor raadsleden en griffies', async () => {
    const anoniem = await vraag('/mijn-regelingen');
    assert.equal(anoniem.status, 303);
    assert.equal(anoniem.headers.get('location'), '/inloggen?terug=/mijn-regelingen');
    const secretariaat = await vraag('/mijn-regelingen', await inloggen('secretariaat@voorbeeld.nl'));
    assert.equal(secretariaat.status, 403);
    assert.doesNotMatch(secretariaat.html, /href="\/mijn-regelingen"/, 'geen menu-item');
  });

  test('de griffie ziet haar regelingen, en bij het volgende bezoek wat er sindsdien nieuw is, op elk apparaat', async () => {
    const sessie = await inloggen('griffie@voorbeeld.nl');
    const eerste = await vraag('/mijn-regelingen', sessie);
    assert.equal(eerste.status, 200);
    assert.match(eerste.html, /href="\/mijn-regelingen" aria-current="page"/);
    assert.match(eerste.html, /Grip kent geen vorig bezoek van u/);
    assert.match(eerste.html, /de afgelopen 30 dagen/);
    assert.match(eerste.html, /In de stemmen: 15,4% \(2 stemmen\)/);
    assert.equal(eerste.headers.get('set-cookie'), null, 'geen cookie meer');
    const [opgeslagen] = await db.select().from(bezoek).where(eq(bezoek.gebruikerId, griffie));
    assert.equal(opgeslagen?.bekend, false);
    // A visit more than half an hour ago: what is new is counted from then, also in another browser.
    const uurGeleden = new Date(Date.now() - 3600_000);
    await db
      .update(bezoek)
      .set({ sinds: new Date(uurGeleden.getTime() - 1000), laatste: uurGeleden, bekend: true })
      .where(eq(bezoek.gebruikerId, griffie));
    const anderApparaat = await inloggen('griffie@voorbeeld.nl');
    const tweede = await vraag('/mijn-regelingen', anderApparaat);
    assert.match(tweede.html, /sinds uw vorige bezoek/);
    const [nu] = await db.select().from(bezoek).where(eq(bezoek.gebruikerId, griffie));
    assert.equal(
      nu?.sinds.getTime(),
      uurGeleden.getTime(),
      'het vorige bezoek is het begin van wat nieuw is',
    );
    assert.ok(nu?.laatste && nu.laatste.getTime() > uurGeleden.getTime());
    // Within the same visit the page writes nothing: the response cache stays valid and so does the state.
    const teller = database.wijzigingen?.() ?? 0;
    for (let i = 0; i < 3; i++) {
      const opnieuw = await vraag('/mijn-regelingen', anderApparaat);
      assert.match(opnieuw.html, /sinds uw vorige bezoek/);
      const ookEerste = await vraag('/mijn-regelingen', sessie);
      assert.match(ookEerste.html, /sinds uw vorige bezoek/, 'de eerste browser ziet hetzelfde bezoek');
    }
    assert.equal(database.wijzigingen?.() ?? 0, teller, 'geen schrijfactie binnen een bezoek');
    const [daarna] = await db.select().from(bezoek).where(eq(bezoek.gebruikerId, griffie));
    assert.deepEqual(daarna, nu);
  });

  test('de openbare pagina Onze instrumenten, met onbevestigd en de reden', async () => {
    const [r] = await db.select({ id: regeling.id }).from(regeling).where(eq(regeling.naam, GGD));
    const p = await vraag(`/regelingen/${r!.id}/instrumenten?organisatie=GM9902`);
    assert.equal(p.status, 200);
    assert.match(p.html, /<h1[^>]*>Onze instrumenten: Bremmerdam in GGD Polderland<\/h1>/);
    assert.match(p.html, /Ontslag van ons lid in het bestuur<\/td><td[^>]*>Wgr art\. 16 lid 4/);
    assert.match(p.html, /<span class="grip-label">onbevestigd<\/span>/);
    assert.match(p.html, /Wat betekent onbevestigd\?/);
    assert.match(p.html, /Regionaal onderzoek \(enquête\)[\s\S]*art\. 155g lid 2/);
    assert.match(p.html, new RegExp(`href="/regelingen/${r!.id}#procedures"`));
    const kies = await vraag(`/regelingen/${r!.id}/instrumenten`);
    assert.equal(kies.status, 200);
    assert.match(kies.html, /instrumenten\?organisatie=GM9901/);
    assert.equal((await vraag(`/regelingen/${r!.id}/instrumenten?organisatie=GM9903x`)).status, 404);
    assert.equal((await vraag('/regelingen/geen-id/instrumenten')).status, 404);
  });

  test('op de pagina van de regeling ziet alleen een raadslid of griffie van een deelnemer de sectie', async () => {
    const [r] = await db.select({ id: regeling.id }).from(regeling).where(eq(regeling.naam, GGD));
    const raadslid = await vraag(`/regelingen/${r!.id}`, await inloggen('raadslid@voorbeeld.nl'));
    assert.match(raadslid.html, /<h2[^>]*id="instrumenten"[^>]*>Onze instrumenten<\/h2>/);
    assert.match(raadslid.html, /Ontslag van ons lid in het bestuur \(Wgr art\. 16 lid 4\)/);
    const anoniem = await vraag(`/regelingen/${r!.id}`);
    assert.doesNotMatch(anoniem.html, /id="instrumenten"/);
    const toezicht = await vraag(`/regelingen/${r!.id}`, await inloggen('toezicht@voorbeeld.nl'));
    assert.doesNotMatch(toezicht.html, /id="instrumenten"/);
  });
});
