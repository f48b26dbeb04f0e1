/** Story: a griffie chooses reminders for her municipality's deadlines; the beheerder reads the outbox. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { verstuurHerinneringen } from '../src/modules/meldingen/herinneringen';
import { axe, type E2E, inloggen, startE2E } from './browser';

describe('Herinneringen aan termijnen', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('de griffie kiest herinneringen en ziet een foutmelding bij een ongeldig aantal dagen', async () => {
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/account`);
    await e.page.getByRole('link', { name: 'Herinneringen instellen' }).click();
    await axe(e);
    await e.page.getByLabel('7 dagen').check();
    await e.page.getByLabel('Andere aantallen dagen (niet verplicht)').fill('twee');
    await e.page.getByRole('button', { name: 'Bewaren' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    assert.ok((await e.page.locator('#foutmeldingen').count()) === 1);
    await e.page.getByLabel('Andere aantallen dagen (niet verplicht)').fill('');
    await e.page.getByRole('button', { name: 'Bewaren' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    assert.equal(await e.page.locator('#foutmeldingen').count(), 0);
    assert.match(await e.page.locator('main').innerText(), /Bremmerdam/);
  });

  it('de dagelijkse taak schrijft de herinnering en de beheerder ziet haar in de uitgaande mail', async () => {
    const s = e.grip.services;
    const { mails } = await verstuurHerinneringen(s.database.db, '2027-03-25', await s.kalender(), {
      baseUrl: s.config.baseUrl,
    });
    assert.ok(mails >= 1, `${mails} mails`);
    await e.context.clearCookies();
    await inloggen(e, 'beheerder@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/beheer/uitgaande-mail`);
    await axe(e);
    assert.match(await e.page.locator('main').innerText(), /Herinnering: Ontwerpbegroting naar de raden/);
  });
});
