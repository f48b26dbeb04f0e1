/// <reference lib="dom" />
/** Story: a resident browses the register to a regeling and a participant. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, bezoek, type E2E, startE2E } from './browser';

describe('Een inwoner bekijkt het register', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('zoekt vanaf de homepagina een regeling en opent die', async () => {
    await bezoek(e, '/');
    assert.match(await e.page.locator('.grip-voorbeeld').innerText(), /Voorbeeldgegevens/);
    await e.page.getByLabel('Zoek een regeling op naam of doel').fill('gezondheid');
    await e.page.getByRole('button', { name: 'Zoeken' }).click();
    await e.page.waitForURL(/\/regelingen\?q=gezondheid/);
    await axe(e);
    await e.page.getByRole('link', { name: 'Gemeenschappelijke regeling GGD Polderland' }).click();
    await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Gemeenschappelijke regeling GGD Polderland',
    );
    const deelnemers = e.page.getByRole('table', { name: /Deelnemers van/ });
    assert.equal(await deelnemers.locator('tbody tr').count(), 8);
    // Aldewolde has 3 of the 13 votes: its vote share is shown beside its population share.
    const rij = deelnemers.locator('tbody tr', { hasText: 'Aldewolde' });
    assert.match(await rij.innerText(), /23,1%/);
    assert.match(await e.page.getByText('Historie').locator('..').innerText(), /Log in/);
  });

  it('gaat door naar een deelnemer en ziet diens regelingen en aandelen', async () => {
    await e.page
      .getByRole('table', { name: /Deelnemers van/ })
      .getByRole('link', { name: 'Aldewolde' })
      .click();
    await e.page.waitForURL(/\/organisaties\/GM9901$/);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Aldewolde');
    const regelingen = e.page.getByRole('table', { name: 'Regelingen van Aldewolde' });
    assert.ok((await regelingen.locator('tbody tr').count()) >= 4);
  });

  it('filtert het register op vorm en deelnemer en bladert', async () => {
    await bezoek(e, '/regelingen?vorm=openbaar_lichaam&deelnemer=GM9908');
    const tekst = await e.page.getByRole('table', { name: 'Regelingen' }).innerText();
    assert.match(tekst, /Recreatieschap De Plassen/);
    assert.doesNotMatch(tekst, /Belastingsamenwerking/);
    await bezoek(e, '/organisaties?soort=gemeente');
    await bezoek(e, '/regelingen?deelnemer=XX');
    assert.match(await e.page.locator('.utrecht-form-field-error-message').innerText(), /GM0363/);
  });

  it('kan de pagina met het toetsenbord gebruiken: de skiplink springt naar de inhoud', async () => {
    await e.page.goto(`${e.url}/regelingen`);
    await e.page.keyboard.press('Tab');
    const focus = await e.page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focus, 'Naar de inhoud');
    await e.page.keyboard.press('Enter');
    assert.equal(await e.page.evaluate(() => location.hash), '#inhoud');
  });

  it('krijgt een nette 404-pagina', async () => {
    const res = await e.page.goto(`${e.url}/regelingen/00000000-0000-0000-0000-000000000000`);
    assert.equal(res?.status(), 404);
    await axe(e);
  });
});
