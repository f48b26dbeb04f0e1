/**
 * Story: the councils of the GGD Polderland (an openbaar lichaam of eight gemeenten) set up a
 * gemeenschappelijke adviescommissie (Wgr art. 24a). The griffie of Bremmerdam files the proposal and
 * records her council's consent; the griffie of Aldewolde signs in and records hers; the griffies of the
 * other six councils record theirs (in-process: their accounts are not in the demo data); the status
 * becomes "Gezamenlijk voorstel". The secretariaat records the installation by the algemeen bestuur, the
 * griffie of Bremmerdam designates a member and adds an advice. Then a raadslid of Bremmerdam fills in
 * her contactkaart, turns it on and finds herself in Wie is wie. When she leaves the council, the griffie
 * withdraws her role and her membership of the commission ends that day (art. 24a lid 4). Every page is
 * scanned with axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { hashWachtwoord } from '../src/platform/auth/crypto';
import { systeem } from '../src/platform/audit/audit';
import { vandaag } from '../src/platform/clock';
import { kenRolToe, maakGebruiker } from '../src/modules/accounts/store';
import { organisatie } from '../src/modules/organisaties/schema';
import { legRaadsbesluitVast } from '../src/modules/raadswerkplaats/adviescommissie-service';
import { adviescommissieVoorstel } from '../src/modules/raadswerkplaats/schema';
import { axe, bezoek, type E2E, inloggen, startE2E } from './browser';

describe('De raden stellen een gemeenschappelijke adviescommissie voor', () => {
  let e: E2E;
  let regelingId = '';
  let pad = '';
  const db = () => e.grip.services.database.db;
  const orgId = async (code: string) =>
    (await db().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.code, code)))[0]!.id;

  before(async () => {
    e = await startE2E();
    const res = await e.grip.app.request('/api/v1/regelingen?q=GGD');
    const lijst = (await res.json()) as { items: { id: string; korteNaam: string | null }[] };
    regelingId = lijst.items.find((r) => r.korteNaam === 'GGD Polderland')!.id;
    pad = `/regelingen/${regelingId}/adviescommissie`;
    // The griffie of Aldewolde (GM9901).
    const g = await maakGebruiker(db(), {
      email: 'griffie2@voorbeeld.nl',
      naam: 'Greet Griffier',
      wachtwoordHash: await hashWachtwoord(DEMO_WACHTWOORD),
    });
    await kenRolToe(db(), { gebruikerId: g, rol: 'griffie', organisatieId: await orgId('GM9901') });
  });
  after(async () => {
    await e.close();
  });

  const legVast = async (uitkomst = 'ingestemd') => {
    const form = e.page.getByRole('form', { name: 'Raadsbesluit vastleggen' });
    await form.getByLabel('Besluit van de raad').selectOption(uitkomst);
    await form.getByLabel('Kenmerk (optioneel)').fill('RB-2026-12');
    await form.getByRole('button', { name: 'Raadsbesluit vastleggen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
  };

  it('de griffie van Bremmerdam vindt de commissie bij Onze instrumenten en dient het voorstel in', async () => {
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, `/regelingen/${regelingId}/instrumenten?organisatie=GM9902`);
    await e.page.getByRole('link', { name: /De adviescommissie van deze regeling: geen voorstel/ }).click();
    await e.page.waitForURL(new RegExp(`${pad}$`));
    await axe(e);
    const form = e.page.getByRole('form', { name: 'Voorstel indienen' });
    await form.getByLabel('Titel').fill('Adviescommissie GGD Polderland');
    await form
      .getByLabel(/^Toelichting/)
      .fill('Een commissie van raadsleden die de **zienswijzen** op de begroting voorbereidt.');
    await form.getByRole('button', { name: 'Voorstel indienen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    const main = await e.page.locator('main').innerText();
    assert.match(main, /In behandeling bij de raden/);
    assert.match(main, /8 raden moeten nog besluiten/);
    await legVast();
    const rij = e.page
      .getByRole('table', { name: /besluit van elke raad/ })
      .getByRole('row', { name: /Bremmerdam/ });
    assert.match(await rij.innerText(), /Ingestemd[\s\S]*RB-2026-12/);
  });

  it('de griffie van Aldewolde legt het besluit van haar raad vast, en niet dat van een andere', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'griffie2@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, pad);
    const form = e.page.getByRole('form', { name: 'Raadsbesluit vastleggen' });
    assert.equal(await form.getByLabel('Namens de raad van').count(), 0, 'alleen de eigen raad');
    await legVast();
    assert.match(await e.page.locator('main').innerText(), /6 raden moeten nog besluiten/);
  });

  it('als alle raden instemden, is het een gezamenlijk voorstel', async () => {
    const [v] = await db()
      .select({ id: adviescommissieVoorstel.id })
      .from(adviescommissieVoorstel)
      .where(eq(adviescommissieVoorstel.regelingId, regelingId));
    for (const code of ['GM9903', 'GM9904', 'GM9905', 'GM9906', 'GM9907', 'GM9908'])
      await legRaadsbesluitVast(
        db(),
        systeem(`griffie ${code}`),
        v!.id,
        { organisatieId: await orgId(code), uitkomst: 'ingestemd', datum: vandaag(), kenmerk: null },
        vandaag(),
        { baseUrl: e.url },
      );
    await bezoek(e, pad);
    const main = await e.page.locator('main').innerText();
    assert.match(main, /Gezamenlijk voorstel/);
    assert.match(main, /moet de commissie nu instellen \(art\. 24a lid 1\)/);
  });

  it('het secretariaat legt de instelling door het algemeen bestuur vast', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'secretariaat@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, pad);
    await e.page.getByRole('button', { name: 'Instelling vastleggen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    assert.match(await e.page.locator('main').innerText(), /Status\s*Ingesteld/);
  });

  it('de griffie van Bremmerdam wijst een lid aan en voegt een advies toe', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, pad);
    const lid = e.page.getByRole('form', { name: 'Lid aanwijzen' });
    // Roos has an account as raadslid of Bremmerdam: choosing it links the membership to her role.
    await lid.getByLabel('Raadslid', { exact: true }).selectOption({ label: 'Roos Raadslid' });
    await lid.getByRole('button', { name: 'Lid aanwijzen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    const leden = e.page.getByRole('table', { name: 'Huidige leden, per raad' });
    assert.match(await leden.innerText(), /Roos Raadslid[\s\S]*Bremmerdam/);
    const stuk = e.page.getByRole('form', { name: 'Vergadering of advies toevoegen' });
    await stuk.getByLabel('Soort').selectOption('advies');
    await stuk.getByLabel('Onderwerp').fill('Advies over de ontwerpbegroting 2028');
    await stuk.getByLabel(/^Tekst/).fill('De commissie adviseert een **gezamenlijke zienswijze**.');
    await stuk.getByRole('button', { name: 'Toevoegen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    const advies = e.page.getByRole('article', { name: /Advies over de ontwerpbegroting 2028/ });
    assert.equal(await advies.locator('strong', { hasText: 'gezamenlijke zienswijze' }).count(), 1);
  });

  it('een raadslid vult de contactkaart in, met een melding bij een fout telefoonnummer, en staat in Wie is wie', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'raadslid@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, '/account');
    await e.page.getByRole('link', { name: 'Contactkaart invullen' }).click();
    await e.page.waitForURL(/\/account\/contactkaart$/);
    await axe(e);
    await e.page.getByLabel('Toon mijn contactkaart in Wie is wie').check();
    await e.page.getByLabel('Fractie').fill('Polderpartij');
    await e.page.getByLabel('E-mailadres').fill('roos@bremmerdam.nl');
    await e.page.getByLabel('Telefoonnummer').fill('112');
    await e.page.getByRole('button', { name: 'Contactkaart opslaan' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    assert.match(await e.page.getByRole('alert').innerText(), /10 tot 15 cijfers/);
    await e.page.getByLabel('Telefoonnummer').fill('06 12345678');
    await e.page.getByRole('button', { name: 'Contactkaart opslaan' }).click();
    await e.page.waitForURL(/\?opgeslagen=1/);
    await axe(e);
    await bezoek(e, '/mijn-regelingen');
    await e.page
      .getByRole('region', { name: 'Gemeenschappelijke regeling GGD Polderland' })
      .getByRole('link', { name: /Wie is wie/ })
      .click();
    await e.page.waitForURL(/\/wie-is-wie$/);
    await axe(e);
    const bremmerdam = e.page.getByRole('region', { name: 'Bremmerdam' });
    const tekst = await bremmerdam.innerText();
    assert.match(tekst, /Roos Raadslid \(raadslid, fractie Polderpartij\)/);
    assert.match(tekst, /roos@bremmerdam\.nl/);
    assert.match(tekst, /06 12345678/);
  });

  it('Roos gaat uit de raad: de griffie trekt haar rol in en haar lidmaatschap van de commissie eindigt', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, '/account');
    await e.page.getByRole('link', { name: 'Bremmerdam', exact: true }).click();
    await e.page.waitForURL(/\/organisaties\/GM9902\/gebruikers$/);
    await axe(e);
    await e.page.getByRole('link', { name: 'Rol intrekken van Roos Raadslid' }).click();
    await e.page.waitForURL(/\/intrekken$/);
    await axe(e);
    assert.match(await e.page.locator('main').innerText(), /GGD Polderland|Gezondheidsdienst/);
    await e.page.getByRole('button', { name: 'Rol intrekken' }).click();
    await e.page.waitForURL(/ingetrokken=1/);
    await axe(e);
    assert.match(
      await e.page.getByRole('alert').innerText(),
      /Eén lidmaatschap van een adviescommissie is beëindigd/,
    );
    await bezoek(e, pad);
    const voormalig = e.page.getByRole('table', { name: 'Voormalige leden' });
    assert.match(await voormalig.innerText(), /Roos Raadslid[\s\S]*uit de raad/);
  });
});
