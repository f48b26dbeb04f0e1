/**
 * Story: the secretariaat of GGD Polderland sends the ontwerpbegroting to all participants; the
 * griffie of Bremmerdam (GM9902) records its council's decision and uploads the letter; the
 * secretariaat records the board's response; a raadslid of Bremmerdam sees it all on the regeling
 * page; a resident sees the public parts. Every page is scanned with axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { DEMO_WACHTWOORD } from '../src/demo/seed';
import { axe, type E2E, inloggen, startE2E } from './browser';

const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const ZIENSWIJZE =
  'De raad van Bremmerdam heeft **bezwaar** tegen de stijging van de bijdrage. <script>alert(1)</script>';

describe('Een ontwerpbegroting langs alle raden', () => {
  let e: E2E;
  let procedure = '';
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  const uitloggen = async () => {
    await e.page.getByRole('button', { name: /Uitloggen/ }).click();
    await e.page.waitForLoadState();
  };

  it('het secretariaat maakt de procedure, voegt de ontwerpbegroting toe en verzendt haar', async () => {
    await inloggen(e, 'secretariaat@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/regelingen?q=GGD`);
    await e.page.getByRole('link', { name: 'Gemeenschappelijke regeling GGD Polderland' }).click();
    await e.page.getByRole('link', { name: 'Nieuwe procedure' }).click();
    await axe(e);
    await e.page.getByLabel('Soort').selectOption('ontwerpbegroting');
    await e.page.getByLabel('Titel').fill('Ontwerpbegroting 2027');
    await e.page.getByLabel('Begrotingsjaar').fill('2027');
    await e.page.getByLabel(/Gepland besluit/).fill('2026-07-02');
    await e.page.getByRole('button', { name: 'Procedure aanmaken' }).click();
    await e.page.waitForURL(/\/procedures\/[0-9a-f-]{36}$/);
    procedure = e.page.url();
    await axe(e);
    // A concept can still be changed.
    await e.page.getByRole('link', { name: 'Concept wijzigen' }).click();
    await axe(e);
    await e.page.getByLabel('Titel').fill('Ontwerpbegroting 2027 GGD Polderland');
    await e.page.getByRole('button', { name: 'Opslaan' }).click();
    await e.page.waitForURL(/gelukt=1/);
    assert.match(
      await e.page.getByRole('heading', { level: 1 }).innerText(),
      /Ontwerpbegroting 2027 GGD Polderland/,
    );
    // Sending without the draft is refused, with the reason.
    await e.page.getByLabel('Verzonden op').fill('2026-04-01');
    await e.page.getByRole('button', { name: 'Verzenden aan de raden' }).click();
    await axe(e);
    assert.match(await e.page.getByRole('alert').first().innerText(), /Voeg eerst het ontwerp/);
    await e.page.getByLabel('Bestand (PDF, DOCX of ODT)').setInputFiles({
      name: 'ontwerpbegroting-2027.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(PDF),
    });
    await e.page.getByLabel('Titel', { exact: true }).fill('Ontwerpbegroting 2027');
    await e.page.getByRole('button', { name: 'Toevoegen' }).click();
    await e.page.waitForURL(/gelukt=1/);
    await axe(e);
    await e.page.getByLabel('Verzonden op').fill('2026-04-01');
    await e.page.getByRole('button', { name: 'Verzenden aan de raden' }).click();
    await e.page.waitForURL(/gelukt=1/);
    await axe(e);
    const matrix = await e.page.getByRole('table', { name: /Per deelnemer/ }).innerText();
    assert.match(matrix, /Bremmerdam/);
    assert.match(matrix, /24 juni 2026/);
    await uitloggen();
  });

  it('de griffie van Bremmerdam ziet het verzoek en legt besluit, zienswijze en brief vast', async () => {
    await inloggen(e, 'griffie@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/verzoeken`);
    await axe(e);
    assert.match(await e.page.getByRole('table').first().innerText(), /Ontwerpbegroting 2027/);
    await e.page.goto(`${e.url}/meldingen`);
    await axe(e);
    assert.match(await e.page.locator('main').innerText(), /Ontwerpbegroting 2027/);
    await e.page.goto(procedure);
    await axe(e);
    await e.page.getByLabel('Raadsvergadering').fill('2026-05-28');
    await e.page.getByRole('button', { name: 'Agendering opslaan' }).click();
    await e.page.waitForURL(/gelukt=1/);
    await e.page.getByLabel('Datum raadsbesluit').fill('2026-05-28');
    await e.page.getByRole('button', { name: 'Raadsbesluit opslaan' }).click();
    await e.page.waitForURL(/gelukt=1/);
    const brief = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Zienswijze Bremmerdam')] }] }),
    );
    await e.page.getByLabel('Bestand (PDF, DOCX of ODT)').setInputFiles({
      name: 'zienswijze-bremmerdam.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: brief,
    });
    await e.page.getByLabel('Titel', { exact: true }).fill('Zienswijzebrief Bremmerdam');
    await e.page.getByLabel('Soort').selectOption('zienswijze');
    await e.page.getByRole('button', { name: 'Toevoegen' }).click();
    await e.page.waitForURL(/gelukt=1/);
    await e.page.getByLabel('Strekking').selectOption('bezwaar');
    await e.page.getByLabel('Zienswijze', { exact: true }).fill(ZIENSWIJZE);
    await e.page.getByLabel('Verzonden op').fill('2026-05-29');
    await e.page.getByRole('button', { name: 'Zienswijze vastleggen' }).click();
    await e.page.waitForURL(/gelukt=1/);
    await axe(e);
    const zienswijzen = e.page.locator('.grip-zienswijzen');
    assert.match(
      await zienswijzen.innerText(),
      /<script>alert\(1\)<\/script>/,
      'de tekst staat er letterlijk',
    );
    assert.equal(await zienswijzen.locator('script').count(), 0, 'en wordt niet uitgevoerd');
    assert.equal(await zienswijzen.locator('strong', { hasText: 'bezwaar' }).count(), 1);
    const docx = await e.page.request.get(
      `${procedure}/verzoeken/${await bremmerdamId(e)}/zienswijzebrief.docx`,
    );
    assert.equal(docx.status(), 200);
    assert.match(docx.headers()['content-type'] ?? '', /wordprocessingml/);
    await uitloggen();
  });

  it('het secretariaat legt de reactie van het bestuur vast', async () => {
    await inloggen(e, 'secretariaat@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(procedure);
    await e.page
      .getByLabel('Reactie van het bestuur (schriftelijk en gemotiveerd)')
      .fill('Het bestuur beperkt de stijging tot de loon- en prijsontwikkeling.');
    await e.page.getByRole('button', { name: 'Reactie opslaan' }).click();
    await e.page.waitForURL(/gelukt=1/);
    await axe(e);
    assert.match(await e.page.locator('.grip-zienswijzen').innerText(), /loon- en prijsontwikkeling/);
    await uitloggen();
  });

  it('een raadslid van Bremmerdam ziet het op de pagina van de regeling', async () => {
    await inloggen(e, 'raadslid@voorbeeld.nl', DEMO_WACHTWOORD);
    await e.page.goto(`${e.url}/regelingen?q=GGD`);
    await e.page.getByRole('link', { name: 'Gemeenschappelijke regeling GGD Polderland' }).click();
    await axe(e);
    await e.page.getByRole('link', { name: 'Ontwerpbegroting 2027' }).click();
    await axe(e);
    const tekst = await e.page.locator('main').innerText();
    assert.match(tekst, /bezwaar/);
    assert.match(tekst, /loon- en prijsontwikkeling/);
    assert.match(tekst, /raad 28-05-2026|raad 28 mei 2026|28-05-2026/);
    await uitloggen();
  });

  it('een inwoner ziet het openbare deel, zonder formulieren', async () => {
    await e.page.goto(procedure);
    await axe(e);
    const tekst = await e.page.locator('main').innerText();
    assert.match(tekst, /bezwaar/);
    assert.doesNotMatch(
      tekst,
      /loon- en prijsontwikkeling/,
      'de reactie is openbaar pas als het bestuur op alles reageerde',
    );
    assert.equal(await e.page.locator('main form[method="post"]').count(), 0);
    const csv = await e.page.request.get(`${procedure}/zienswijzen.csv`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /Bremmerdam/);
  });
});

async function bremmerdamId(e: E2E): Promise<string> {
  const id = /procedures\/([0-9a-f-]{36})/.exec(e.page.url())![1]!;
  const res = await e.page.request.get(`${e.url}/api/v1/procedures/${id}`);
  const p = (await res.json()) as { verzoeken: { organisatie: { id: string; code: string | null } }[] };
  return p.verzoeken.find((v) => v.organisatie.code === 'GM9902')!.organisatie.id;
}
