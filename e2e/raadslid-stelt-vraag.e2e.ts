/**
 * Story: a raadslid of Bremmerdam (GM9902) signs in, opens the inlichtingen of GGD Polderland, asks
 * our member in the algemeen bestuur a public question (Wgr art. 16 lid 2) and sees it among the open
 * questions of her organisation; the secretariaat of the GGD signs in and records the answer; a
 * resident reads question and answer without signing in. Every page is scanned with axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, bezoek, type E2E, inloggen, startE2E } from './browser';

describe('Een raadslid stelt een vraag aan ons lid in het bestuur, het secretariaat antwoordt', () => {
  let e: E2E;
  let pad = '';
  before(async () => {
    e = await startE2E();
    const res = await e.grip.app.request('/api/v1/regelingen?q=GGD');
    const lijst = (await res.json()) as { items: { id: string; korteNaam: string | null }[] };
    pad = `/regelingen/${lijst.items.find((r) => r.korteNaam === 'GGD Polderland')!.id}/inlichtingen`;
  });
  after(async () => {
    await e.close();
  });

  it('het raadslid logt in en stelt een openbare vraag aan ons lid in het algemeen bestuur', async () => {
    await inloggen(e, 'raadslid@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, pad);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Inlichtingen: GGD Polderland');
    const aan = e.page.getByLabel('Aan', { exact: true });
    const opties = await aan.locator('option').allInnerTexts();
    assert.ok(
      opties.some((o) =>
        /^Ons lid in het algemeen bestuur \(Wethouder Bremmerdam\) — Wgr art\. 16 lid 2$/.test(o),
      ),
      opties.join(' | '),
    );
    assert.ok(opties.some((o) => /^Het bestuur van de regeling — Wgr art\. 17 lid 1$/.test(o)));
    await aan.selectOption('lid');
    await e.page.getByLabel('Onderwerp').fill('Wachttijden jeugdgezondheidszorg');
    await e.page.getByLabel('Vraag', { exact: true }).fill('Hoe lang zijn de **wachttijden** nu?');
    await e.page.getByLabel(/^Openbaar/).check();
    await e.page.getByRole('button', { name: 'Vraag stellen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    const vraag = e.page.getByRole('article', { name: 'Wachttijden jeugdgezondheidszorg' });
    const tekst = await vraag.innerText();
    assert.match(tekst, /Ons lid in het algemeen bestuur \(Wethouder Bremmerdam\)/);
    assert.match(tekst, /Open/);
    assert.equal(await vraag.locator('strong', { hasText: 'wachttijden' }).count(), 1, 'Markdown opgemaakt');
  });

  it('ziet de vraag bij de open vragen van Bremmerdam', async () => {
    await bezoek(e, '/inlichtingen');
    const rij = e.page
      .getByRole('table', { name: 'Open vragen, op termijn' })
      .getByRole('row', { name: /Wachttijden jeugdgezondheidszorg/ });
    assert.match(await rij.innerText(), /GGD Polderland[\s\S]*Bremmerdam/);
  });

  it('het secretariaat van de GGD legt het antwoord vast', async () => {
    await e.context.clearCookies();
    await inloggen(e, 'secretariaat@voorbeeld.nl', DEMO_WACHTWOORD);
    await bezoek(e, pad);
    const vraag = e.page.getByRole('article', { name: 'Wachttijden jeugdgezondheidszorg' });
    await vraag.getByLabel('Antwoord', { exact: true }).fill('Gemiddeld *zes weken*.');
    await vraag.getByLabel('Het antwoord komt van').selectOption('secretariaat');
    await vraag.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await e.page.waitForURL(/\?gelukt=1/);
    await axe(e);
    const tekst = await e.page.getByRole('article', { name: 'Wachttijden jeugdgezondheidszorg' }).innerText();
    assert.match(tekst, /Beantwoord/);
    assert.match(tekst, /vastgelegd door het secretariaat van de regeling/);
    assert.match(tekst, /Gemiddeld zes weken\./);
  });

  it('een inwoner leest de openbare vraag en het antwoord zonder in te loggen', async () => {
    await e.context.clearCookies();
    await bezoek(e, pad);
    const tekst = await e.page.getByRole('article', { name: 'Wachttijden jeugdgezondheidszorg' }).innerText();
    assert.match(tekst, /Gemiddeld zes weken\./);
    assert.equal(await e.page.getByRole('button', { name: 'Vraag stellen' }).count(), 0);
  });
});
