/**
 * Story: a raadslid of Bremmerdam (GM9902) signs in, sees Mijn regelingen, opens the instruments of the
 * Regionale Rekenkamer Polderland, asks our member in its bestuur a question, and starts a conversation on
 * the regeling's shared table with the keyboard alone; a raadslid of Gravenpolder (also a participant)
 * signs in, sees the topic marked new and answers; a raadslid of Coevering (not a participant) sees no
 * link to the table and gets no access to it or to the topic, by page or direct address. Every page is
 * scanned with axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, bezoek, type E2E, inloggen, startE2E } from './browser';

const RK = 'Regionale Rekenkamer Polderland';
const TITEL = 'Gezamenlijk onderzoek naar de inkoop van jeugdhulp';

describe('Raadsleden van verschillende deelnemers aan de gedeelde tafel', () => {
  let e: E2E;
  let rkId = '';
  let draad = '';
  before(async () => {
    e = await startE2E();
    const res = await e.grip.app.request('/api/v1/regelingen?q=Rekenkamer');
    const lijst = (await res.json()) as { items: { id: string; naam: string }[] };
    rkId = lijst.items.find((r) => r.naam === RK)!.id;
  });
  after(async () => {
    await e.close();
  });

  it('het raadslid van Bremmerdam ziet Mijn regelingen en opent de instrumenten van de rekenkamer', async () => {
    await inloggen(e, 'raadslid@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn regelingen' })
      .click();
    await e.page.waitForURL(/\/mijn-regelingen$/);
    await axe(e);
    const sectie = e.page.getByRole('region', { name: RK });
    await sectie.getByRole('link', { name: `Onze instrumenten in ${RK}` }).click();
    await e.page.waitForURL(/\/instrumenten\?organisatie=GM9902$/);
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Onze instrumenten: Bremmerdam in Regionale Rekenkamer Polderland',
    );
  });

  it('stelt een vraag aan ons lid in het bestuur van de rekenkamer', async () => {
    await bezoek(e, `/regelingen/${rkId}/inlichtingen`);
    const aan = e.page.getByLabel('Aan', { exact: true });
    const opties = await aan.locator('option').allInnerTexts();
    assert.ok(
      opties.some((o) => o.includes('G. de Vries') && o.includes('Wgr art. 16 lid 2')),
      opties.join(' | '),
    );
    await aan.selectOption('lid');
    await e.page.getByLabel('Onderwerp').fill('Onderzoeksplan 2027');
    await e.page.getByLabel('Vraag', { exact: true }).fill('Welke onderzoeken staan er voor 2027 gepland?');
    await e.page.getByRole('button', { name: 'Vraag stellen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    assert.match(
      await e.page.getByRole('article', { name: 'Onderzoeksplan 2027' }).innerText(),
      /G\. de Vries/,
    );
  });

  it('begint met alleen het toetsenbord een gesprek aan de gedeelde tafel', async () => {
    await bezoek(e, '/mijn-regelingen');
    await e.page
      .getByRole('region', { name: RK })
      .getByRole('link', { name: `Gedeelde tafel van ${RK}` })
      .click();
    await e.page.waitForURL(new RegExp(`/regelingen/${rkId}/tafel$`));
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Gedeelde tafel: Regionale Rekenkamer Polderland',
    );
    const tabel = e.page.getByRole('table', { name: /^Onderwerpen aan de gedeelde tafel/ });
    assert.match(await tabel.innerText(), /Onderzoeksagenda 2027/);
    await e.page.getByRole('link', { name: 'Gesprek beginnen' }).click();
    await e.page.waitForURL(/\/tafel\/nieuw\?soort=gesprek$/);
    await axe(e);
    // Keyboard only: focus the first field and tab through the form.
    await e.page.getByLabel('Soort').focus();
    await e.page.keyboard.press('Tab');
    await e.page.keyboard.type(TITEL);
    await e.page.keyboard.press('Tab');
    await e.page.keyboard.type(
      'Bremmerdam stelt voor de rekenkamer samen te vragen om **de inkoop van jeugdhulp**.',
    );
    await e.page.keyboard.press('Tab'); // procedure (optional)
    await e.page.keyboard.press('Tab'); // verwijzingen (optional)
    await e.page.keyboard.press('Tab'); // the button
    await e.page.keyboard.press('Enter');
    await e.page.waitForURL(/\/tafel\/[0-9a-f-]{36}\?gelukt=1$/);
    await axe(e);
    draad = new URL(e.page.url()).pathname;
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), TITEL);
    const opening = e.page.getByRole('article', { name: /^Opening van Roos Raadslid \(Bremmerdam\)/ });
    assert.equal(await opening.locator('strong', { hasText: 'de inkoop van jeugdhulp' }).count(), 1);
    assert.match(await e.page.locator('main').innerText(), /U volgt dit onderwerp:/);
    await e.page.getByRole('button', { name: /Uitloggen/ }).click();
    await e.page.waitForLoadState();
  });

  it('een raadslid van Gravenpolder ziet het onderwerp als nieuw en antwoordt', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'raadslid2@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, `/regelingen/${rkId}/tafel`);
    const rij = e.page
      .getByRole('table', { name: /^Onderwerpen aan de gedeelde tafel/ })
      .getByRole('row', { name: new RegExp(TITEL) });
    assert.match(await rij.innerText(), /Nieuw/);
    assert.match(await rij.innerText(), /Roos Raadslid \(Bremmerdam\)/);
    await rij.getByRole('link', { name: TITEL }).click();
    await e.page.waitForURL((u) => u.pathname === draad);
    await axe(e);
    await e.page
      .getByLabel('Uw reactie')
      .fill('Gravenpolder doet graag mee. *Zullen we het op de agenda zetten?*');
    await e.page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await e.page.waitForURL(/\?gelukt=1$/);
    await axe(e);
    const reactie = e.page.getByRole('article', { name: /^Reactie 1 van Ruben Raadslid \(Gravenpolder\)/ });
    assert.match(await reactie.innerText(), /Gravenpolder doet graag mee\./);
    assert.equal(await reactie.locator('em', { hasText: 'Zullen we het op de agenda zetten?' }).count(), 1);
    await e.page.getByRole('button', { name: /Uitloggen/ }).click();
    await e.page.waitForLoadState();
  });

  it('het raadslid van Bremmerdam krijgt er een melding van in Grip', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'raadslid@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, '/meldingen');
    assert.match(
      await e.page.locator('main').innerText(),
      new RegExp(`Nieuw bericht van Ruben Raadslid in "${TITEL}"`),
    );
    await e.page.getByRole('button', { name: /Uitloggen/ }).click();
    await e.page.waitForLoadState();
  });

  it('de griffie van Bremmerdam stelt een gezamenlijke zienswijze op, ondertekent namens de raad en beoordeelt berichten', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, `/regelingen/${rkId}/tafel/nieuw?soort=zienswijze`);
    await e.page.getByLabel('Titel').fill('Zienswijze op de begroting 2027');
    await e.page
      .getByLabel('Concepttekst van de zienswijze')
      .fill('De raden vragen om **twee** onderzoeken per jaar.');
    await e.page.getByRole('button', { name: 'Gezamenlijke zienswijze opstellen' }).click();
    await e.page.waitForURL(/\/tafel\/[0-9a-f-]{36}\?gelukt=1$/);
    await axe(e);
    assert.match(await e.page.locator('main').innerText(), /Concepttekst, versie 1/);
    await e.page.getByRole('button', { name: 'Onderteken versie 1' }).click();
    await e.page.waitForURL(/\?gelukt=1$/);
    await axe(e);
    const rij = e.page
      .getByRole('table', { name: 'Wie de zienswijze mede ondertekent' })
      .getByRole('row', { name: /Bremmerdam/ });
    assert.match(await rij.innerText(), /De raad[\s\S]*versie 1 \(de huidige\)/);
    // The conversation, with the griffie's moderation opened by keyboard.
    await bezoek(e, draad);
    const summary = e.page.getByText('Beoordelen (griffie)', { exact: false }).first();
    await summary.focus();
    await e.page.keyboard.press('Enter');
    await axe(e);
    assert.ok(await e.page.getByRole('button', { name: 'Bericht verbergen' }).first().isVisible());
    await e.page.getByRole('button', { name: /Uitloggen/ }).click();
    await e.page.waitForLoadState();
  });

  it('een raadslid van Coevering, geen deelnemer, ziet de tafel en het onderwerp niet', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'raadslid3@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, `/regelingen/${rkId}`);
    assert.equal(
      await e.page.locator(`a[href="/regelingen/${rkId}/tafel"]`).count(),
      0,
      'geen link naar de tafel',
    );
    const tafel = await e.page.goto(`${e.url}/regelingen/${rkId}/tafel`);
    assert.equal(tafel?.status(), 403);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Geen toegang');
    assert.ok(!(await e.page.locator('main').innerText()).includes(TITEL));
    const direct = await e.page.goto(e.url + draad);
    assert.equal(direct?.status(), 404);
    await axe(e);
    const tekst = await e.page.locator('main').innerText();
    assert.ok(!tekst.includes(TITEL));
    assert.ok(!tekst.includes('jeugdhulp'));
  });
});
