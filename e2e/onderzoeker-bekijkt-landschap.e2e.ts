/// <reference lib="dom" />
/** Story: a researcher looks at the landschap of the demo register, filters by province and sorts the table. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, bezoek, type E2E, startE2E } from './browser';

describe('Een onderzoeker bekijkt het landschap', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
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
    const csv = await e.page.getByRole('link', { name: 'Download deze tabel als CSV' }).getAttribute('href');
    assert.match(csv ?? '', /^\/landschap\/gemeenten\.csv\?provincie=PV99/);
  });
});
