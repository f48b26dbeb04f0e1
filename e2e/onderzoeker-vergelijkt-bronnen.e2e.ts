/**
 * Story: a researcher looks at the imported sources beside the demo register — two versions of a regeling
 * from the national register (real Polder files) and the real OpenGR 2016 snapshot — and sees each page
 * name its source, vintage and licence, and every participant as the source wrote it. Skipped without the
 * shared data.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systeem } from '../src/platform/audit/audit';
import { gedeeldeData, ontbreekt } from '../src/modules/landschap/bronnen/gedeelde-data';
import { leesOpengr } from '../src/modules/landschap/bronnen/opengr';
import type { RooRegeling } from '../src/modules/landschap/bronnen/roo';
import { leesRooPolderBestand, voegRooPolderSamen } from '../src/modules/landschap/bronnen/roo-polder';
import { importOpengr } from '../src/modules/landschap/import-opengr';
import { importRooPolder } from '../src/modules/landschap/import-roo-polder';
import { axe, bezoek, type E2E, startE2E } from './browser';

const POLDER = gedeeldeData('roo-polder-2026');
const OPENGR = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');

describe(
  'Een onderzoeker vergelijkt het register met de bronnen',
  { skip: ontbreekt(POLDER) || ontbreekt(OPENGR) },
  () => {
    let e: E2E;
    before(async () => {
      e = await startE2E();
      const db = e.grip.services.database.db;
      const regelingen: RooRegeling[] = ['2015', '2024'].map((j) => {
        const naam = `gemeenschappelijke-regelingen/centrumregeling-wmo-brabant-noordoost-oost-${j}.yaml`;
        const r = leesRooPolderBestand(fs.readFileSync(path.join(POLDER, naam), 'utf8'), naam);
        assert.equal(r.soort, 'regeling');
        return (r as { regeling: RooRegeling }).regeling;
      });
      const actor = systeem('e2e');
      await importRooPolder(db, voegRooPolderSamen(regelingen, [], 2), actor, { bestand: 'roo-polder-2026' });
      await importOpengr(db, leesOpengr(fs.readFileSync(OPENGR), OPENGR, { jaargang: 2016 }), null, actor, {
        bestand: OPENGR,
      });
    });
    after(async () => {
      await e.close();
    });

    it('ziet in het register de regelingen die op een datum golden, met hun bron en peildatum', async () => {
      await bezoek(e, '/regelingen?bron=roo-polder');
      assert.match(await e.page.getByRole('status').innerText(), /2 regelingen gevonden/);
      await e.page.getByLabel('In werking op').fill('2026-05-16');
      await e.page.getByRole('button', { name: 'Toon regelingen' }).click();
      await e.page.waitForURL(/peildatum=2026-05-16/);
      await axe(e);
      assert.match(await e.page.getByRole('status').innerText(), /^1 regeling gevonden/);
      await e.page.getByRole('link', { name: 'Centrumregeling Wmo Brabant Noordoost-oost 2024' }).click();
      await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
      await axe(e);
      assert.match(
        await e.page.locator('.grip-bron').innerText(),
        /^Bron: landelijk GR-register \(Polder\), peildatum 16 mei 2026 · licentie CC0 1\.0/,
      );
      const bron = e.page.getByRole('table', { name: 'Deelnemers volgens de bron' });
      assert.equal(await bron.locator('tbody tr').count(), 5);
      assert.match(await bron.locator('tbody tr').first().innerText(), /Gemeente Bernheze/);
      await e.page.getByRole('link', { name: 'Centrumregeling Wmo Brabant Noordoost-oost 2015' }).click();
      await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
      await axe(e);
    });

    it('ziet de momentopname van 2016 alleen als hij erom vraagt, met de deelnemers die niet te koppelen waren', async () => {
      await bezoek(e, '/regelingen');
      const register = await e.page.getByRole('table', { name: 'Regelingen' }).innerText();
      assert.doesNotMatch(register, /Veiligheidsregio Zeeland/);
      await e.page.getByLabel('Bron').selectOption('opengr');
      await e.page.getByLabel('Zoek op naam of doel').fill('Veiligheidsregio Zeeland');
      await e.page.getByRole('button', { name: 'Toon regelingen' }).click();
      await e.page.waitForURL(/bron=opengr/);
      await axe(e);
      assert.match(await e.page.getByRole('status').innerText(), /Bron: OpenGR 2016 \(momentopname\)/);
      await e.page.getByRole('link', { name: 'Veiligheidsregio Zeeland' }).click();
      await e.page.waitForURL(/\/regelingen\/[0-9a-f-]{36}$/);
      await axe(e);
      assert.match(await e.page.locator('.grip-bron').innerText(), /OpenGR 2016.*peildatum 7 maart 2016/);
      const rijen = e.page.getByRole('table', { name: 'Deelnemers volgens de bron' }).locator('tbody tr');
      assert.ok((await rijen.count()) > 5);
      // The demo data has no real gemeenten: every participant is kept with its name and the reason.
      assert.match(await rijen.first().innerText(), /niet gekoppeld: /);
    });
  },
);
