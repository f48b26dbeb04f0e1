/**
 * Story: a new councillor joins the council of Bremmerdam. The griffie adds her on "Raadsleden en griffie"
 * (from Mijn account, keyboard and mouse alike); Grip mails an invitation. The councillor opens the link,
 * first chooses a password that is too short and is told so at the field, then a good one, signs in and sees
 * Mijn regelingen. Later she forgets it: "Wachtwoord vergeten" mails a new link, and she signs in with her
 * new password. The griffie also makes an API token for the council's information system and revokes it.
 * Every page is scanned with axe. (The mails are read from Grip's outbox, as a beheerder sees
 * them without SMTP.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { uitgaandeMail } from '../src/modules/meldingen/schema';
import { axe, bezoek, type E2E, inloggen, startE2E } from './browser';

describe('De griffie nodigt een nieuw raadslid uit', () => {
  let e: E2E;
  const EMAIL = 'noor.nieuw@bremmerdam.example';
  const linkInMail = async () => {
    const [m] = await e.grip.services.database.db
      .select()
      .from(uitgaandeMail)
      .where(eq(uitgaandeMail.aan, EMAIL))
      .orderBy(desc(uitgaandeMail.aangemaakt))
      .limit(1);
    const link = m ? /https?:\/\/\S+\/wachtwoord-instellen\/[A-Za-z0-9_-]+/.exec(m.tekst)?.[0] : undefined;
    assert.ok(link, 'de mail bevat een link');
    return link;
  };

  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e?.close();
  });

  it('de griffie voegt Noor toe als raadslid', async () => {
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, '/account');
    await e.page.getByRole('link', { name: 'Bremmerdam', exact: true }).click();
    await e.page.waitForURL(/\/organisaties\/GM9902\/gebruikers$/);
    await axe(e);
    const form = e.page.getByRole('form', { name: 'Iemand toevoegen' });
    await form.getByLabel('E-mailadres').fill(EMAIL);
    await form.getByLabel('Naam').fill('Noor Nieuw');
    await form.getByLabel('Rol').selectOption('raadslid');
    await form.getByRole('button', { name: 'Toevoegen' }).press('Enter');
    await e.page.waitForURL(/toegevoegd=nieuw/);
    await axe(e);
    assert.match(await e.page.getByRole('table').innerText(), /Noor Nieuw[\s\S]*Raadslid/);
  });

  it('Noor kiest via de uitnodiging een wachtwoord, eerst te kort, en logt in', async () => {
    await e.context.clearCookies();
    await e.page.goto(await linkInMail());
    await axe(e);
    assert.match(await e.page.locator('main').innerText(), /Welkom bij Grip/);
    await e.page.getByLabel('Nieuw wachtwoord').fill('kort');
    await e.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
    await e.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    assert.match(await e.page.getByRole('alert').first().innerText(), /minstens 12 tekens/);
    await e.page.getByLabel('Nieuw wachtwoord').fill('raadslid-sinds-december');
    await e.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('raadslid-sinds-december');
    await e.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await e.page.waitForURL(/\/inloggen\?ingesteld=1/);
    await axe(e);
    await e.page.getByLabel('E-mailadres').fill(EMAIL);
    await e.page.getByLabel('Wachtwoord', { exact: true }).fill('raadslid-sinds-december');
    await e.page.getByRole('button', { name: 'Inloggen' }).click();
    await e.page.waitForLoadState();
    await bezoek(e, '/mijn-regelingen');
    assert.match(await e.page.locator('main').innerText(), /GGD Polderland/);
  });

  it('Noor vergeet haar wachtwoord en kiest via een nieuwe link een ander', async () => {
    await e.context.clearCookies();
    await bezoek(e, '/inloggen');
    await e.page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await e.page.waitForURL(/\/wachtwoord-vergeten$/);
    await axe(e);
    await e.page.getByLabel('E-mailadres').fill(EMAIL);
    await e.page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await e.page.waitForURL(/verstuurd=1/);
    await axe(e);
    await e.page.goto(await linkInMail());
    await axe(e);
    await e.page.getByLabel('Nieuw wachtwoord').fill('een-nieuw-wachtwoord-2027');
    await e.page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een-nieuw-wachtwoord-2027');
    await e.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await e.page.waitForURL(/\/inloggen\?ingesteld=1/);
    await inloggen(e, EMAIL, 'een-nieuw-wachtwoord-2027');
    await bezoek(e, '/mijn-regelingen');
    assert.match(await e.page.locator('main').innerText(), /GGD Polderland/);
  });

  it('de griffie maakt een API-token voor het raadsinformatiesysteem en trekt het weer in', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, '/account');
    const form = e.page.getByRole('form', { name: 'Nieuw API-token' });
    await form.getByLabel('Waarvoor is het token?').fill('Koppeling raadsinformatiesysteem');
    await form.getByRole('button', { name: 'Token maken' }).click();
    await e.page.waitForLoadState();
    await axe(e);
    const token = await e.page.locator('code.grip-token').innerText();
    assert.match(token, /^[A-Za-z0-9_-]{40,}$/);
    const api = await fetch(`${e.url}/api/v1/organisaties/GM9902/rollen`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(api.status, 200);
    await e.page
      .getByRole('form', { name: 'Token intrekken: Koppeling raadsinformatiesysteem' })
      .getByRole('button')
      .click();
    await e.page.waitForURL(/ingetrokken=1/);
    await axe(e);
    const weg = await fetch(`${e.url}/api/v1/organisaties/GM9902/rollen`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(weg.status, 401);
  });
});
