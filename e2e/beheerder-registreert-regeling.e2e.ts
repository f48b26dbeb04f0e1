/** Story: a beheerder registers a new regeling with a participant and a board member. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, type E2E, inloggen, startE2E } from './browser';

describe('Een beheerder registreert een nieuwe regeling', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('vult het formulier in, ziet eerst de fouten en slaat dan op', async () => {
    await inloggen(e, 'beheerder@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/regelingen`);
    await e.page.getByRole('link', { name: 'Nieuwe regeling registreren' }).click();
    await axe(e);
    await e.page.getByLabel('Datum inwerkingtreding').fill('2026-02-30');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    const fouten = await e.page.locator('#foutmeldingen').innerText();
    assert.match(fouten, /naam/i);
    assert.match(fouten, /samenwerkingsvorm/i);
    assert.match(fouten, /bestaat niet/);
    await e.page.getByLabel('Naam', { exact: true }).fill('Sociale Dienst Polderland');
    await e.page.getByLabel('Samenwerkingsvorm').selectOption('bedrijfsvoeringsorganisatie');
    await e.page.getByLabel('Datum inwerkingtreding').fill('2026-01-01');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Sociale Dienst Polderland');
  });

  it('voegt een deelnemer met de raad toe en ziet de bevinding over de vorm', async () => {
    await e.page.getByRole('link', { name: 'Deelnemer toevoegen' }).click();
    await axe(e);
    await e.page.getByLabel('Organisatie (CBS-code of naam)').fill('GM9903');
    await e.page.getByLabel('Gemeenteraad').check();
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    await axe(e);
    const feiten = await e.page
      .locator('section', { has: e.page.getByRole('heading', { name: 'Bestuur' }) })
      .innerText();
    assert.match(feiten, /Wgr art\. 8 lid 3/);
    assert.match(feiten, /uitsluitend colleges/);
  });

  it('voegt een bestuurslid toe', async () => {
    await e.page.getByRole('link', { name: 'Bestuurslid toevoegen' }).click();
    await axe(e);
    await e.page.getByLabel('Orgaan').selectOption('bestuur');
    await e.page.getByLabel('Naam', { exact: true }).fill('I. de Wit');
    await e.page.getByLabel('Functie in de eigen organisatie').selectOption('wethouder');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    assert.match(await e.page.getByRole('table', { name: /Bestuursleden van/ }).innerText(), /I\. de Wit/);
  });

  it('registreert een buitenlandse deelnemer en voegt die toe op naam', async () => {
    await e.page.goto(`${e.url}/organisaties`);
    await e.page.getByRole('link', { name: 'Organisatie registreren' }).click();
    await axe(e);
    await e.page.getByLabel('Soort').selectOption('buitenlands');
    await e.page.getByLabel('Naam', { exact: true }).fill('Kreis Grenzland');
    await e.page.getByLabel('Land').fill('DE');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Kreis Grenzland');
    await e.page.goto(`${e.url}/regelingen?q=Plassen`);
    await e.page.getByRole('link', { name: 'Recreatieschap De Plassen' }).click();
    await e.page.getByRole('link', { name: 'Deelnemer toevoegen' }).click();
    await e.page.getByLabel('Organisatie (CBS-code of naam)').fill('Kreis Grenzland');
    await e.page.getByLabel('Bestuur (andere deelnemer)').check();
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    const deelnemers = e.page.getByRole('table', { name: /Deelnemers van/ });
    assert.match(await deelnemers.innerText(), /Kreis Grenzland/);
  });
});
