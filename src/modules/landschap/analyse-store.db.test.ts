/**
 * The landschap analyses on the database: `landschapInvoer` on the demo data (Polderland) agrees with the
 * register's own queries, the API answers with problem+json on a bad query, the page and the CSV render;
 * and, with the shared data, on the real national register (roo-polder-2026), with the times in the
 * diagnostics.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { systeem } from '../../platform/audit/audit';
import { vandaag } from '../../platform/clock';
import { zoekRegelingen } from '../regelingen/store';
import { landschapOverzicht } from './analyse';
import { landschapInvoer } from './analyse-store';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { leesRooPolderMap } from './bronnen/roo-polder';
import { importRooPolder } from './import-roo-polder';

describe('landschap op de voorbeeldgegevens', () => {
  let grip: Grip;
  before(async () => {
    grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
      database: await createTestDatabase({ voorbeeld: true }),
    });
  });
  after(async () => {
    await grip?.close();
  });

  test('per gemeente zoveel regelingen als het register bij die deelnemer vindt', async () => {
    const db = grip.services.database.db;
    const invoer = await landschapInvoer(db);
    const o = landschapOverzicht(invoer);
    assert.ok(o.regelingen > 0);
    assert.ok(invoer.gemeenten.some((g) => g.code === 'GM9901'));
    for (const g of o.gemeenten.filter((x) => x.code.startsWith('GM99'))) {
      const { totaal } = await zoekRegelingen(db, {
        deelnemer: g.code,
        peildatum: vandaag(),
        sortering: 'naam',
        pagina: 1,
        perPagina: 1,
      });
      assert.equal(g.regelingen, totaal, g.code);
      assert.equal(g.provincieCode, 'PV99');
    }
    // Every pair's count is at most the smaller member's number of regelingen.
    const aantal = new Map(o.gemeenten.map((g) => [g.code, g.regelingen]));
    for (const p of o.paren) assert.ok(p.gedeeld <= Math.min(aantal.get(p.a.code)!, aantal.get(p.b.code)!));
    const pv = o.provincies.find((p) => p.provincieCode === 'PV99');
    assert.ok(pv && pv.regelingen > 0);
  });

  test('een peildatum vóór alle regelingen geeft niets', async () => {
    const invoer = await landschapInvoer(grip.services.database.db, { peildatum: '1900-01-01' });
    assert.equal(invoer.regelingen, 0);
    assert.equal(invoer.deelnames.length, 0);
  });

  test('GET /api/v1/landschap/gemeenten en /paren', async () => {
    const res = await grip.app.request('/api/v1/landschap/gemeenten?provincie=pv99');
    assert.equal(res.status, 200);
    const g = (await res.json()) as {
      peildatum: string;
      regelingen: number;
      verdeling: { max: number; top: { code: string }[] };
      items: { code: string; naam: string; regelingen: number; provincie: { code: string } | null }[];
    };
    assert.equal(g.peildatum, vandaag());
    assert.equal(g.items.length, 8);
    assert.ok(g.items.every((i) => i.provincie?.code === 'PV99'));
    assert.equal(g.verdeling.max, Math.max(...g.items.map((i) => i.regelingen)));
    const p = await grip.app.request('/api/v1/landschap/paren?minimum=1&perPagina=2');
    assert.equal(p.status, 200);
    const paren = (await p.json()) as { items: { gedeeld: number }[]; totaal: number; minimum: number };
    assert.equal(paren.minimum, 1);
    assert.ok(paren.items.length <= 2 && paren.totaal >= paren.items.length);
  });

  test('een ongeldige vraag geeft 400 als problem+json', async () => {
    for (const q of [
      '/landschap/gemeenten?peildatum=2026-02-30',
      '/landschap/gemeenten?bron=wikipedia',
      '/landschap/paren?minimum=0',
    ]) {
      const res = await grip.app.request(`/api/v1${q}`);
      assert.equal(res.status, 400, q);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    }
  });

  test('de pagina /landschap en de CSV', async () => {
    const res = await grip.app.request('/landschap?sortering=naam');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<h1[^>]*>Landschap van de samenwerking<\/h1>/);
    assert.match(html, /Aldewolde/);
    assert.match(html, /<title[^>]*>Gemeenten naar aantal regelingen<\/title>/);
    assert.match(html, /href="\/landschap\/export\/gemeenten\?sortering=naam&amp;formaat=csv"/);
    const csv = await grip.app.request('/landschap/export/gemeenten?provincie=PV99&formaat=csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const regels = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(regels.length, 9);
    assert.match(regels[0]!, /^CBS-code;Gemeente;/);
  });
});

const MAP = gedeeldeData('roo-polder-2026');

describe('landschap op het echte register (roo-polder-2026)', { skip: ontbreekt(MAP) }, () => {
  let grip: Grip;
  before(async () => {
    grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
      database: await createTestDatabase(),
    });
    await importRooPolder(grip.services.database.db, await leesRooPolderMap(MAP), systeem('test'), {
      bestand: 'roo-polder-2026',
      datum: '2026-06-01',
    });
  });
  after(async () => {
    await grip?.close();
  });

  test('alle gemeenten, op 16 mei 2026 de 451 regelingen in werking (tijden in de diagnostiek)', async (t) => {
    const db = grip.services.database.db;
    const begin = performance.now();
    const invoer = await landschapInvoer(db, { peildatum: '2026-05-16' });
    const geladen = performance.now();
    const o = landschapOverzicht(invoer, { minimum: 5 });
    const klaar = performance.now();
    t.diagnostic(
      `laden ${(geladen - begin).toFixed(0)} ms (${invoer.deelnames.length} deelnames), analyse ${(klaar - geladen).toFixed(0)} ms; ${o.gemeenten.length} gemeenten, ${o.paren.length} paren met ≥ 5, mediaan ${o.verdeling.mediaan}, max ${o.verdeling.max}`,
    );
    assert.ok(invoer.regelingen <= 451 && invoer.regelingen > 400, String(invoer.regelingen));
    assert.ok(o.gemeenten.length >= 300, String(o.gemeenten.length));
    assert.ok(o.verdeling.max! > o.verdeling.mediaan!);
    const res = await grip.app.request('/landschap?peildatum=2026-05-16');
    assert.equal(res.status, 200);
    const api = await grip.app.request('/api/v1/landschap/gemeenten?bron=roo-polder&peildatum=2026-05-16');
    assert.equal(api.status, 200);
    const g = (await api.json()) as { items: { code: string; regelingen: number }[] };
    assert.ok(g.items.some((i) => i.code === 'GM0363' && i.regelingen > 0));
  });
});
