/// <reference lib="dom" />
/**
 * Story: a researcher looks at the landschap of the demo register, filters by province and sorts the table;
 * then opens the map, switches its measure, looks at the congruence with a region division, opens a
 * municipality's page and downloads an export.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { maakGrenzen, maakRegioIndeling } from '../src/modules/landschap/testdata';
import { axe, bezoek, type E2E, startE2E } from './browser';

const POLDER = ['GM9901', 'GM9902', 'GM9903', 'GM9904', 'GM9905', 'GM9906', 'GM9907', 'GM9908'];
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

describe('Een onderzoeker bekijkt het landschap', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
    const db = e.grip.services.database.db;
    await maakGrenzen(db, {
      gebieden: POLDER.map((code, i) => ({
        code,
        naam: `Gemeente ${code}`,
        geometrie: vierkant(5 + (i % 4) * 0.1, 52 + Math.floor(i / 4) * 0.1),
      })),
    });
    await maakRegioIndeling(db, {
      indeling: 'veiligheidsregio',
      indelingNaam: 'Veiligheidsregio’s',
      regios: [
        { naam: 'Polder-Noord', leden: POLDER.slice(0, 4).map((code) => ({ code })) },
        { naam: 'Polder-Zuid', leden: POLDER.slice(4).map((code) => ({ code })) },
      ],
    });
  });
  after(async () => {
    await e.close();
  });

  it('ziet de verdeling, de sterkste paren en de tabel per gemeente, en filtert op provincie', async () => {
    await bezoek(e, '/');
    await e.page.getByRole('link', { name: 'Landschap' }).first().click();
    await e.page.waitForURL(/\/landschap$/);
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Landschap van de samenwerking',
    );
    assert.ok(await e.page.getByRole('img', { name: /Gemeenten naar aantal regelingen/ }).isVisible());
    const paren = e.page.getByRole('table', { name: /sterkste paren/ });
    assert.ok((await paren.locator('tbody tr').count()) > 0);
    await e.page.getByLabel('Provincie').selectOption('PV99');
    await e.page.getByLabel('Sorteer de tabel op').selectOption('naam');
    await e.page.getByRole('button', { name: 'Toon landschap' }).click();
    await e.page.waitForURL(/provincie=PV99/);
    await axe(e);
    const tabel = e.page.getByRole('table', { name: /^Gemeenten \(gesorteerd op/ });
    assert.equal(await tabel.locator('tbody tr').count(), 8);
    assert.match(await tabel.locator('tbody tr').first().innerText(), /^Aldewolde/);
    const csv = await e.page.getByRole('link', { name: 'CSV (per gemeente)' }).getAttribute('href');
    assert.match(csv ?? '', /^\/landschap\/export\/gemeenten\?provincie=PV99&sortering=naam&formaat=csv$/);
  });

  it('bekijkt de kaart, wisselt de maat, opent een gemeente en downloadt een export', async () => {
    await bezoek(e, '/landschap');
    assert.ok(await e.page.getByRole('img', { name: /Kaart: aantal regelingen per gemeente/ }).isVisible());
    assert.ok(
      await e.page.getByRole('img', { name: /Netwerk van de sterkste samenwerkingsparen/ }).isVisible(),
    );
    await e.page.getByLabel('Kaart toont').selectOption('partnersets');
    await e.page.getByRole('button', { name: 'Toon landschap' }).click();
    await e.page.waitForURL(/maat=partnersets/);
    await axe(e);
    assert.ok(await e.page.getByRole('img', { name: /Kaart: aantal partnersets per gemeente/ }).isVisible());

    // The same data as a table under the map; from there to the municipality's page.
    await e.page.getByText('De gegevens van de kaart als tabel').click();
    const kaartTabel = e.page.getByRole('table', { name: /Aantal partnersets per gemeente/ });
    assert.equal(await kaartTabel.locator('tbody tr').count(), 8);
    await kaartTabel.getByRole('link', { name: 'Gemeente GM9902' }).click();
    await e.page.waitForURL(/\/landschap\/gemeenten\/GM9902/);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Bremmerdam in het landschap');
    assert.ok(await e.page.getByRole('cell', { name: 'Polder-Noord' }).isVisible());
    const partners = e.page.getByRole('table', { name: /Gemeenten waarmee Bremmerdam regelingen deelt/ });
    assert.ok((await partners.locator('tbody tr').count()) > 0);

    await bezoek(e, '/landschap/congruentie');
    assert.ok(await e.page.getByRole('heading', { name: 'Veiligheidsregio’s: landelijk' }).isVisible());
    const [download] = await Promise.all([
      e.page.waitForEvent('download'),
      e.page.getByRole('link', { name: 'XLSX (congruentie)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^landschap-congruentie.*\.xlsx$/);
    assert.ok((await download.path()) !== null);

    await bezoek(e, '/landschap/verandering');
    assert.ok(await e.page.getByRole('heading', { name: 'Koppelingen' }).isVisible());
  });
});
