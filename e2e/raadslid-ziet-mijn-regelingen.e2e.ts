/**
 * Story: a raadslid of Bremmerdam (GM9902) signs in, opens Mijn regelingen, finds the GGD Polderland
 * with Bremmerdam's shares and its members in the bestuur, opens "Onze instrumenten" and sees them on
 * the regeling page too; a resident opens the same instruments page without signing in, and those of
 * another participant. Every page is scanned with axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, type E2E, inloggen, startE2E } from './browser';

const GGD = 'Gemeenschappelijke regeling GGD Polderland';

describe('Een raadslid ziet Mijn regelingen en de instrumenten van de raad', () => {
  let e: E2E;
  let instrumenten = '';
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('het raadslid logt in en opent Mijn regelingen vanuit het menu', async () => {
    await inloggen(e, 'raadslid@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn regelingen' })
      .click();
    await e.page.waitForURL(/\/mijn-regelingen$/);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Mijn regelingen');
    assert.match(await e.page.locator('main').innerText(), /Grip kent geen vorig bezoek van u/);
  });

  it('ziet de GGD Polderland met het aandeel van Bremmerdam en zijn leden in het bestuur', async () => {
    const tabel = e.page.getByRole('table', { name: /^Regelingen van Bremmerdam/ });
    const rij = tabel.getByRole('row', { name: new RegExp(GGD) });
    const cellen = await rij.getByRole('cell').allInnerTexts();
    assert.equal(cellen[0], GGD);
    assert.equal(cellen[2], '15,4%', 'stemaandeel: 2 van de 13 stemmen');
    assert.match(cellen[3] ?? '', /naar inwonertal/, 'de kosten gaan per inwoner');
    assert.equal(cellen[4], '15,1%', 'bevolkingsaandeel');
    await rij.getByRole('link', { name: GGD }).click();
    await e.page.waitForURL(/#regeling-GM9902-/);
    const sectie = e.page.getByRole('region', { name: GGD });
    const tekst = await sectie.innerText();
    assert.match(tekst, /In de stemmen: 15,4% \(2 stemmen\)/);
    assert.match(tekst, /In de bevolking: 15,1%/);
    assert.match(tekst, /Algemeen bestuur: Wethouder Bremmerdam \(wethouder, aangewezen door het college\)/);
    assert.match(tekst, /Dagelijks bestuur: P\. de Graaf/);
    assert.match(tekst, /Eerstvolgende termijnen/);
    await axe(e);
    await sectie.getByRole('link', { name: `Onze instrumenten in ${GGD}` }).click();
    await e.page.waitForURL(/\/instrumenten\?organisatie=GM9902$/);
    instrumenten = e.page.url();
  });

  it('opent Onze instrumenten: met artikel, uitleg, reden en het label onbevestigd', async () => {
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Onze instrumenten: Bremmerdam in GGD Polderland',
    );
    const kan = e.page.getByRole('table', { name: /^Instrumenten van de raad van Bremmerdam/ });
    const ontslag = await kan.getByRole('row', { name: /Ontslag van ons lid in het bestuur/ }).innerText();
    assert.match(ontslag, /Wgr art\. 16 lid 4/);
    assert.match(ontslag, /vertrouwen van de raad/);
    const toestemming = kan.getByRole('row', { name: /Toestemming voor treffen/ });
    assert.ok(await toestemming.locator('.grip-label', { hasText: 'onbevestigd' }).isVisible());
    assert.match(await e.page.locator('main').innerText(), /Wat betekent onbevestigd\?/);
    const niet = e.page.getByRole('table', { name: /niet heeft, met de reden$/ });
    assert.match(
      await niet.getByRole('row', { name: /Regionaal onderzoek/ }).innerText(),
      /Gemw art\. 155g–155h[\s\S]*uitsluitend of mede door raden/,
    );
    // A zienswijze is given through a procedure: the link leads to the procedures of the regeling.
    await kan
      .getByRole('link', { name: /Procedures van deze regeling \(Zienswijze op de ontwerpbegroting\)/ })
      .click();
    await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}#procedures$/);
    await axe(e);
  });

  it('ziet de instrumenten ook op de pagina van de regeling', async () => {
    const sectie = e.page.getByRole('region', { name: 'Onze instrumenten' });
    const tekst = await sectie.innerText();
    assert.match(tekst, /Ontslag van ons lid in het bestuur \(Wgr art\. 16 lid 4\)/);
    assert.match(tekst, /onbevestigd/);
    await sectie.getByRole('link', { name: /Alle instrumenten met uitleg/ }).click();
    await e.page.waitForURL(instrumenten);
    await axe(e);
    await e.page.getByRole('button', { name: /Uitloggen/ }).click();
    await e.page.waitForLoadState();
  });

  it('een inwoner opent dezelfde openbare pagina, en die van een andere deelnemer', async () => {
    await e.page.goto(instrumenten);
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Onze instrumenten: Bremmerdam in GGD Polderland',
    );
    assert.ok(await e.page.getByRole('link', { name: 'Inloggen' }).isVisible(), 'niet ingelogd');
    await e.page
      .getByRole('region', { name: 'Andere deelnemers' })
      .getByRole('link', { name: 'Aldewolde' })
      .click();
    await e.page.waitForURL(/organisatie=GM9901$/);
    await axe(e);
    assert.equal(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      'Onze instrumenten: Aldewolde in GGD Polderland',
    );
  });
});
