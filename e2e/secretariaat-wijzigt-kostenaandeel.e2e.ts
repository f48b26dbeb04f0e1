/**
 * Story: a secretariaat member signs in, changes a participant's cost share, sees the
 * validation message for a bad value, then the audit entry for a good one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, type E2E, inloggen, startE2E } from './browser';

describe('Het secretariaat wijzigt het kostenaandeel van een deelnemer', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('logt in en opent de eigen regeling', async () => {
    await inloggen(e, 'secretariaat@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/regelingen?q=GGD`);
    await e.page.getByRole('link', { name: 'Gemeenschappelijke regeling GGD Polderland' }).click();
    await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
    await axe(e);
    assert.ok(await e.page.getByRole('link', { name: 'Gegevens wijzigen' }).isVisible());
  });

  it('ziet een foutmelding bij een ongeldig percentage, gekoppeld aan het veld', async () => {
    await e.page.getByRole('link', { name: 'Wijzig Bremmerdam' }).click();
    await axe(e);
    await e.page.getByLabel('Kostenverdeelsleutel').selectOption('percentage');
    await e.page.getByLabel('Percentage van de kosten').fill('150');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    const samenvatting = e.page.locator('#foutmeldingen');
    assert.match(await samenvatting.innerText(), /hoogstens 100/);
    const link = samenvatting.getByRole('link', { name: /hoogstens 100/ });
    assert.equal(await link.getAttribute('href'), '#veld-kostenverdeling_percentage');
    const veld = e.page.getByLabel('Percentage van de kosten');
    assert.equal(await veld.getAttribute('aria-invalid'), 'true');
    assert.equal(await veld.inputValue(), '150');
  });

  it('slaat een geldig percentage op en ziet de wijziging in de historie', async () => {
    await e.page.getByLabel('Percentage van de kosten').fill('12,5');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/opgeslagen=1/);
    await axe(e);
    assert.match(await e.page.getByRole('alert').first().innerText(), /opgeslagen/);
    const rij = e.page
      .getByRole('table', { name: /Deelnemers van/ })
      .locator('tbody tr', { hasText: 'Bremmerdam' });
    assert.match(await rij.innerText(), /12,5%/);
    const historie = e.page.getByRole('table', { name: 'Wijzigingen, nieuwste eerst' });
    const eerste = await historie.locator('tbody tr').first().innerText();
    assert.match(eerste, /Sem Secretaris/);
    assert.match(eerste, /kostenverdeling/);
    assert.match(eerste, /per_inwoner/);
    assert.match(eerste, /12\.5/);
  });

  it('mag een andere regeling niet wijzigen', async () => {
    await e.page.goto(`${e.url}/regelingen?q=Veiligheidsregio`);
    await e.page.getByRole('link', { name: /Veiligheidsregio Polderland/ }).click();
    await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
    assert.equal(await e.page.getByRole('link', { name: 'Gegevens wijzigen' }).count(), 0);
    const res = await e.page.goto(`${e.page.url()}/bewerken`);
    assert.equal(res?.status(), 403);
    await axe(e);
  });

  it('wijzigt het eigen wachtwoord op de accountpagina', async () => {
    await e.page.getByRole('link', { name: 'Mijn account' }).click();
    await axe(e);
    await e.page.getByLabel('Huidig wachtwoord').fill(DEMO_WACHTWOORD);
    await e.page.getByLabel('Nieuw wachtwoord').fill('kort');
    await e.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
    await e.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    assert.match(await e.page.locator('#foutmeldingen').innerText(), /minstens 12 tekens/);
    await e.page.getByLabel('Huidig wachtwoord').fill(DEMO_WACHTWOORD);
    await e.page.getByLabel('Nieuw wachtwoord').fill('een-veel-langer-wachtwoord');
    await e.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een-veel-langer-wachtwoord');
    await e.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await e.page.waitForURL(/gewijzigd=1/);
    assert.match(await e.page.getByRole('alert').first().innerText(), /gewijzigd/);
  });
});
