/**
 * Story: a resident computes a termijn with its explanation; the secretariaat of a regeling
 * plans the AB meeting and sees the begrotingscyclus with the warnings the law gives.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, bezoek, type E2E, inloggen, startE2E } from './browser';

describe('Termijnen en de begrotingscyclus', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('een inwoner berekent een termijn en krijgt elke stap uitgelegd', async () => {
    await bezoek(e, '/termijnen');
    await e.page.getByLabel('Begindatum').fill('2026-05-06');
    await e.page.getByLabel('Duur').fill('9');
    await e.page.getByLabel('Eenheid').selectOption('D');
    await e.page.getByRole('button', { name: 'Bereken' }).click();
    await e.page.waitForURL(/start=2026-05-06/);
    await axe(e);
    const uitkomst = await e.page.locator('#uitkomst').locator('..').innerText();
    assert.match(uitkomst, /maandag 18 mei 2026/);
    assert.match(uitkomst, /Atw art\. 1 lid 1/);
    assert.match(uitkomst, /gelijkgesteld/);
    await e.page.getByRole('link', { name: 'Welke dagen tellen als feestdag?' }).click();
    await axe(e);
    assert.match(await e.page.getByRole('table').nth(1).innerText(), /15 mei 2026/);
  });

  it('een foute invoer geeft een melding bij het veld', async () => {
    const res = await e.page.goto(
      `${e.url}/termijnen?start=2026-02-30&aantal=0&eenheid=W&richting=vooruit&grondslag=wet`,
    );
    assert.equal(res?.status(), 400);
    await axe(e);
    const fouten = await e.page.locator('#foutmeldingen').innerText();
    assert.match(fouten, /bestaat niet/);
    assert.match(fouten, /minstens 1/);
  });

  it('het secretariaat ziet de cyclus met de waarschuwing en plant een vergadering', async () => {
    await inloggen(e, 'secretariaat@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/regelingen?q=GGD`);
    await e.page.getByRole('link', { name: 'Gemeenschappelijke regeling GGD Polderland' }).click();
    await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
    const regeling = e.page.url();
    await e.page.goto(`${regeling}?jaar=2028`);
    await axe(e);
    const sectie = e.page.locator('section', {
      has: e.page.getByRole('heading', { name: 'Begrotingscyclus 2028' }),
    });
    assert.match(await sectie.innerText(), /14 dagen te weinig/);
    assert.match(await sectie.innerText(), /Wgr art\. 35 lid 1/);
    await e.page.getByRole('link', { name: 'Vergadering plannen' }).click();
    await axe(e);
    await e.page.getByLabel('Datum van de vergadering').fill('2027-09-20');
    await e.page.getByLabel('Begroting (vaststelling)').check();
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    await axe(e);
    const nu = await e.page
      .locator('section', { has: e.page.getByRole('heading', { name: 'Begrotingscyclus 2028' }) })
      .innerText();
    assert.match(nu, /later dan de vaste uiterste datum/);
    assert.match(nu, /20 september 2027/);
  });

  it('de kalender van de regeling staat ook in de API', async () => {
    const id = /regelingen\/([0-9a-f-]{36})/.exec(e.page.url())![1]!;
    const res = await e.page.request.get(`${e.url}/api/v1/regelingen/${id}/kalender?begrotingsjaar=2027`);
    assert.equal(res.status(), 200);
    const body = (await res.json()) as { items: { stap: string; datum: string | null; artikel: string }[] };
    const ontwerp = body.items.find(
      (i) => i.stap === 'ontwerpbegroting_naar_raden' && i.artikel.startsWith('Wgr'),
    );
    assert.equal(ontwerp?.datum, '2026-04-09');
  });
});
