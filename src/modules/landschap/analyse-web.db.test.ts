/**
 * The landschap analyses on the database, through the pages, the API and the exports: on the demo data
 * (Polderland) with a hand-made region division and square boundaries whose answers can be checked by
 * hand; and, with the shared data, on the real national register with the real veiligheidsregio's
 * (Regioatlas 2016) and the real boundaries (CBS 2023), read by the pure parsers and written by the
 * test-data helper.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { systeem } from '../../platform/audit/audit';
import { beleidsterreinenIn, congruentie, opBeleidsterrein } from './analyse';
import { landschapInvoer } from './analyse-store';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { leesGrenzenTekst } from './bronnen/grenzen';
import { leesRegioatlasBestand } from './bronnen/regioatlas';
import { leesRooPolderMap } from './bronnen/roo-polder';
import { importOpengr } from './import-opengr';
import { importRooPolder } from './import-roo-polder';
import { leesOpengr } from './bronnen/opengr';
import { leesOpvolgers } from './bronnen/opvolgers';
import { importCbsGemeenten, parseCbsGemeenten } from '../organisaties/import-cbs';
import { maakGrenzen, maakRegioIndeling } from './testdata';

const vierkant = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.1, lat],
      [lon + 0.1, lat + 0.1],
      [lon, lat + 0.1],
      [lon, lat],
    ],
  ],
});

const POLDER = ['GM9901', 'GM9902', 'GM9903', 'GM9904', 'GM9905', 'GM9906', 'GM9907', 'GM9908'];

describe('landschapanalyses op de voorbeeldgegevens', () => {
  let grip: Grip;
  const get = (pad: string) => grip.app.request(pad);
  before(async () => {
    grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
      database: await createTestDatabase({ voorbeeld: true }),
    });
  });
  after(async () => {
    await grip?.close();
  });

  test('zonder grenzen en indelingen zeggen de pagina’s welke import ze vult', async () => {
    const kaart = await (await get('/landschap')).text();
    assert.match(kaart, /npx grip import grenzen &lt;bestand&gt;/);
    assert.doesNotMatch(kaart, /id="kaart-titel"/);
    const c = await get('/landschap/congruentie');
    assert.equal(c.status, 200);
    assert.match(await c.text(), /npx grip import regioatlas/);
    const api = await get('/api/v1/landschap/congruentie');
    assert.equal(api.status, 400);
    const p = (await api.json()) as { invalidParams: { name: string }[] };
    assert.equal(p.invalidParams[0]!.name, 'indeling');
  });

  describe('met een indeling in twee regio’s en vierkante grenzen', () => {
    before(async () => {
      const db = grip.services.database.db;
      await maakRegioIndeling(db, {
        indeling: 'veiligheidsregio',
        indelingNaam: 'Veiligheidsregio’s',
        regios: [
          { naam: 'Polder-Noord', leden: POLDER.slice(0, 4).map((code) => ({ code })) },
          { naam: 'Polder-Zuid', leden: POLDER.slice(4).map((code) => ({ code })) },
        ],
      });
      await maakGrenzen(db, {
        gebieden: POLDER.map((code, i) => ({
          code,
          naam: `Grens ${code}`,
          geometrie: vierkant(5 + (i % 4) * 0.1, 52 + Math.floor(i / 4) * 0.1),
        })),
      });
    });

    test('de kaart: elke gemeente een pad met naam en waarde, een andere maat geeft een andere titel', async () => {
      const html = await (await get('/landschap')).text();
      assert.match(html, /<svg role="img" aria-labelledby="kaart-titel kaart-beschrijving"/);
      assert.match(html, /<title id="kaart-titel">Kaart: aantal regelingen per gemeente<\/title>/);
      assert.equal(html.match(/<path d="M/g)?.length, 8);
      assert.match(html, /<title>Grens GM9901: \d+<\/title>/);
      assert.match(html, /Gemeentegrenzen/);
      // het netwerk staat op de kaart
      assert.match(html, /Elke gemeente staat op haar plaats op de kaart/);
      const sets = await (await get('/landschap?maat=partnersets')).text();
      assert.match(sets, /Kaart: aantal partnersets per gemeente/);
      // A newer import of the boundaries replaces the ones read before.
      await maakGrenzen(grip.services.database.db, {
        peildatum: '2024-01-01',
        gebieden: POLDER.map((code, i) => ({
          code,
          naam: `Nieuw ${code}`,
          geometrie: vierkant(5 + (i % 4) * 0.1, 52 + Math.floor(i / 4) * 0.1),
        })),
      });
      assert.match(await (await get('/landschap')).text(), /<title>Nieuw GM9901: \d+<\/title>/);
      const fout = await (await get('/landschap?maat=hoogte&provincie=Utrecht')).text();
      assert.match(fout, /Kies een maat uit de lijst/);
      assert.match(fout, /href="#veld-provincie"/);
    });

    test('congruentie: pagina en API geven wat de zuivere functie op dezelfde invoer geeft', async () => {
      const invoer = await landschapInvoer(grip.services.database.db);
      const verwacht = congruentie(invoer.deelnames, [
        { sleutel: 'n', naam: 'Noord', leden: POLDER.slice(0, 4) },
        { sleutel: 'z', naam: 'Zuid', leden: POLDER.slice(4) },
      ]);
      assert.ok(verwacht.binnen + verwacht.over > 0);
      const res = await get('/api/v1/landschap/congruentie?indeling=veiligheidsregio');
      assert.equal(res.status, 200);
      const c = (await res.json()) as {
        binnen: number;
        over: number;
        indeling: { naam: string };
        regios: { naam: string; leden: number }[];
        gemeenten: { code: string; partnersets: number; regios: string[] }[];
        herkomst: { onderdeel: string; licentie: string | null }[];
      };
      assert.deepEqual({ binnen: c.binnen, over: c.over }, { binnen: verwacht.binnen, over: verwacht.over });
      assert.deepEqual(
        c.regios.map((r) => [r.naam, r.leden]),
        [
          ['Polder-Noord', 4],
          ['Polder-Zuid', 4],
        ],
      );
      assert.ok(c.gemeenten.find((g) => g.code === 'GM9901')!.partnersets >= 1);
      assert.ok(c.herkomst.some((h) => h.onderdeel.startsWith('Regio-indeling')));
      const html = await (await get('/landschap/congruentie?indeling=veiligheidsregio')).text();
      assert.match(html, /Veiligheidsregio’s: landelijk/);
      assert.match(html, /Polder-Zuid/);
      const onbekend = await (await get('/landschap/congruentie?indeling=waterschap')).text();
      assert.match(onbekend, /Deze indeling is niet ingelezen/);
      const bad = await get('/api/v1/landschap/congruentie?indeling=Veiligheid!');
      assert.equal(bad.status, 400);
      assert.match(bad.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(
        ((await bad.json()) as { invalidParams: { name: string }[] }).invalidParams[0]!.name,
        'indeling',
      );
    });

    test('filter op beleidsterrein: pagina en API tellen alleen de regelingen van dat terrein', async () => {
      const invoer = await landschapInvoer(grip.services.database.db);
      const terrein = beleidsterreinenIn(invoer.deelnames)[0]!;
      const verwacht = opBeleidsterrein(invoer, terrein).regelingen;
      assert.ok(verwacht > 0 && verwacht < invoer.regelingen);
      const api = await get(`/api/v1/landschap/gemeenten?beleidsterrein=${encodeURIComponent(terrein)}`);
      assert.equal(((await api.json()) as { regelingen: number }).regelingen, verwacht);
      const leeg = await get('/api/v1/landschap/paren?minimum=1&beleidsterrein=bestaat-niet');
      assert.equal(((await leeg.json()) as { totaal: number }).totaal, 0);
      const html = await (await get(`/landschap?beleidsterrein=${encodeURIComponent(terrein)}`)).text();
      assert.match(html, new RegExp(`${verwacht} regeling(en)? met`));
    });

    test('de pagina per gemeente: regelingen, partners op volgorde, haar regio en de congruentie', async () => {
      const res = await get('/landschap/gemeenten/gm9902');
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<h1[^>]*>Bremmerdam in het landschap<\/h1>/);
      assert.match(html, /Polder-Noord/);
      assert.match(html, /Partners/);
      assert.match(html, /Van 2016 naar nu/);
      assert.equal((await get('/landschap/gemeenten/GM0000')).status, 404);
      assert.equal((await get('/landschap/gemeenten/amsterdam')).status, 404);
    });

    test('exports in CSV, XLSX (met herkomstblad) en NDJSON, met dezelfde rijen', async () => {
      const csv = await get('/landschap/export/gemeenten?provincie=PV99&formaat=csv');
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      const regels = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(regels.length, 9);
      assert.match(regels[0]!, /^CBS-code;Gemeente;.*Partnersets/);

      const nd = await get('/landschap/export/gemeenten?provincie=PV99&formaat=ndjson');
      assert.match(nd.headers.get('content-type') ?? '', /^application\/x-ndjson/);
      const lijnen = (await nd.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(lijnen.length, 9);
      assert.ok(Array.isArray(lijnen[0]!.herkomst));
      assert.equal(lijnen[1]!.code, regels[1]!.split(';')[0]);

      const x = await get('/landschap/export/congruentie?indeling=veiligheidsregio&formaat=xlsx');
      assert.equal(x.status, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await x.arrayBuffer());
      assert.deepEqual(
        wb.worksheets.map((w) => w.name),
        ['congruentie', 'Herkomst'],
      );
      // land, 2 regio's, 8 gemeenten en de kop
      assert.equal(wb.worksheets[0]!.rowCount, 12);
      assert.match(wb.worksheets[1]!.getCell('A3').text, /Regio-indeling/);

      for (const a of ['paren', 'verandering', 'register']) {
        const r = await get(`/landschap/export/${a}?formaat=csv`);
        assert.equal(r.status, 200, a);
      }
      const reg = await (await get('/landschap/export/register?formaat=ndjson')).text();
      assert.ok(reg.split('\n').length > 2);
      assert.equal((await get('/landschap/export/gemeenten?formaat=pdf')).status, 400);
      assert.equal((await get('/landschap/export/gemeenten?formaat=csv&peildatum=2026-13-01')).status, 400);
      assert.equal((await get('/landschap/export/alles?formaat=csv')).status, 404);
      const oud = await get('/landschap/gemeenten.csv?provincie=PV99');
      assert.equal(oud.status, 301);
      assert.equal(oud.headers.get('location'), '/landschap/export/gemeenten?provincie=PV99&formaat=csv');
    });

    test('verandering: pagina en API ook zonder de bronnen van 2016 en 2026', async () => {
      const html = await (await get('/landschap/verandering')).text();
      assert.match(html, /<h1[^>]*>Verandering van 2016 naar nu<\/h1>/);
      const api = await get('/api/v1/landschap/verandering');
      assert.equal(api.status, 200);
      const v = (await api.json()) as { toen: { bron: string }; nu: { bron: string }; matches: unknown[] };
      assert.deepEqual([v.toen.bron, v.nu.bron], ['opengr', 'roo-polder']);
      assert.equal((await get('/api/v1/landschap/verandering?peildatum=gisteren')).status, 400);
    });
  });
});

const ROO = gedeeldeData('roo-polder-2026');
const GRENZEN = gedeeldeData('grenzen-cbs-2023-vws', 'gemeenten.geojson');
const VR = gedeeldeData('regioatlas-2016', 'Veiligheid', 'veiligheidsregios.csv');
const OPENGR = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');
const OPVOLGERS = gedeeldeData('herindelingen-2016-2024', 'opvolgers_gemeenten_2016_2024.csv');
const CBS = gedeeldeData('gemeenten-cbs-2024', 'gemeenten_2025.csv');

describe(
  'landschapanalyses op het echte register, de echte veiligheidsregio’s en grenzen',
  {
    skip:
      ontbreekt(ROO) ||
      ontbreekt(GRENZEN) ||
      ontbreekt(VR) ||
      ontbreekt(OPENGR) ||
      ontbreekt(OPVOLGERS) ||
      ontbreekt(CBS),
  },
  () => {
    let grip: Grip;
    before(async () => {
      grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
        database: await createTestDatabase(),
      });
      const db = grip.services.database.db;
      await importCbsGemeenten(db, parseCbsGemeenten(await fs.readFile(CBS, 'utf8'), CBS), systeem('test'));
      await importRooPolder(db, await leesRooPolderMap(ROO), systeem('test'), {
        bestand: 'roo-polder-2026',
        datum: '2026-06-01',
      });
      await importOpengr(
        db,
        leesOpengr(await fs.readFile(OPENGR), OPENGR, { jaargang: 2016 }),
        leesOpvolgers(await fs.readFile(OPVOLGERS, 'utf8'), OPVOLGERS),
        systeem('test'),
        { bestand: 'opengr_provincies.csv', opvolgersBestand: 'opvolgers.csv', datum: '2026-06-01' },
      );
      const rijen = leesRegioatlasBestand(await fs.readFile(VR, 'utf8'), 'veiligheidsregios.csv', {
        jaargang: 2016,
      });
      const regios = new Map<string, { code: string; naam: string }[]>();
      for (const r of rijen)
        regios.set(r.regioNaam, [
          ...(regios.get(r.regioNaam) ?? []),
          { code: r.gemeenteCode, naam: r.gemeenteNaam },
        ]);
      await maakRegioIndeling(db, {
        indeling: 'veiligheidsregio',
        indelingNaam: rijen[0]!.indelingNaam,
        licentie: 'ODC-PDDL-1.0',
        regios: [...regios].map(([naam, leden]) => ({ naam, leden })),
      });
      const g = leesGrenzenTekst(await fs.readFile(GRENZEN, 'utf8'), 'gemeenten.geojson', { jaargang: 2023 });
      await maakGrenzen(db, {
        gebieden: g.features.map((f) => ({
          code: f.properties.code,
          naam: f.properties.naam ?? f.properties.code,
          geometrie: f.geometry,
        })),
      });
    });
    after(async () => {
      await grip?.close();
    });

    test('de kaart van Nederland, de congruentie met de veiligheidsregio’s en de pagina van Amsterdam', async (t) => {
      const html = await (await grip.app.request('/landschap?peildatum=2026-05-16')).text();
      const paden = html.match(/<path d="M/g)?.length ?? 0;
      assert.ok(paden >= 340, String(paden));
      const res = await grip.app.request('/api/v1/landschap/congruentie?peildatum=2026-05-16');
      assert.equal(res.status, 200);
      const c = (await res.json()) as {
        binnen: number;
        over: number;
        onbekend: number;
        aandeelBinnen: number;
        regios: unknown[];
      };
      t.diagnostic(
        `veiligheidsregio: binnen ${c.binnen}, over ${c.over}, onbekend ${c.onbekend}, aandeel binnen ${c.aandeelBinnen.toFixed(3)}`,
      );
      assert.equal(c.regios.length, 25);
      // Most cooperation stays inside a veiligheidsregio, but not all of it.
      assert.ok(c.aandeelBinnen > 0.5 && c.aandeelBinnen < 1, String(c.aandeelBinnen));
      const a = await grip.app.request('/landschap/gemeenten/GM0363?peildatum=2026-05-16');
      assert.equal(a.status, 200);
      assert.match(await a.text(), /Amsterdam-Amstelland/);
    });

    test('verandering: de 464 regelingen van 2016 naast het register van 2026, gekoppeld en na te lopen', async (t) => {
      const res = await grip.app.request('/api/v1/landschap/verandering?peildatum=2026-05-16');
      assert.equal(res.status, 200);
      const v = (await res.json()) as {
        toen: { regelingen: number };
        nu: { regelingen: number };
        matches: { wijze: string; score: number; oud: { naam: string }; nieuw: { naam: string } }[];
        alleenOud: unknown[];
        alleenNieuw: unknown[];
        gemeenten: { code: string; toen: number; nu: number; gebleven: number }[];
      };
      const opNaam = v.matches.filter((m) => m.wijze === 'naam').length;
      t.diagnostic(
        `toen ${v.toen.regelingen}, nu ${v.nu.regelingen}; gekoppeld ${v.matches.length} (op naam ${opNaam}, op naam en deelnemers ${v.matches.length - opNaam}); alleen toen ${v.alleenOud.length}, alleen nu ${v.alleenNieuw.length}`,
      );
      const voorbeelden = v.matches
        .filter((m) => m.wijze !== 'naam')
        .slice(0, 5)
        .map((m) => `${m.oud.naam} → ${m.nieuw.naam} (${m.score.toFixed(2)})`);
      t.diagnostic(`voorbeelden: ${voorbeelden.join(' | ')}`);
      assert.ok(v.toen.regelingen > 400 && v.nu.regelingen > 400);
      assert.equal(v.matches.length + v.alleenOud.length, v.toen.regelingen);
      assert.equal(v.matches.length + v.alleenNieuw.length, v.nu.regelingen);
      // Many regelingen of 2016 still exist, under the same name or a close one with the same gemeenten.
      assert.ok(v.matches.length > 100, String(v.matches.length));
      const amsterdam = v.gemeenten.find((g) => g.code === 'GM0363')!;
      assert.ok(
        amsterdam.toen > 0 &&
          amsterdam.nu > 0 &&
          amsterdam.gebleven <= Math.min(amsterdam.toen, amsterdam.nu),
      );
    });
  },
);
