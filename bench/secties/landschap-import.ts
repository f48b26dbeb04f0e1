/**
 * The landschap imports on the real data: the whole national register as the Polder folder
 * (`roo-polder-2026`, 1,639 files; target: under 10 s) and then the OpenGR 2016 snapshot with the
 * successor table (target: under 5 s), as `grip import roo-polder` and `grip import opengr` run them.
 *
 * Each target covers reading and parsing the files plus the import itself (`importRooPolder`,
 * `importOpengr`: comparing with the database and writing, in one transaction), on an already opened and
 * migrated PGlite of its own, so the national data of the other sections stay as they are; both parts
 * are also reported apart. A second
 * run of the register (nothing changes) is measured too, without a target. Skipped with a note when the
 * shared data is missing (GRIP_SHARED_DATA).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/platform/db/client';
import { systeem } from '../../src/platform/audit/audit';
import { gedeeldeData } from '../../src/modules/landschap/bronnen/gedeelde-data';
import { leesOpengr } from '../../src/modules/landschap/bronnen/opengr';
import { leesOpvolgers } from '../../src/modules/landschap/bronnen/opvolgers';
import { leesRooPolderMap } from '../../src/modules/landschap/bronnen/roo-polder';
import { importOpengr, OPENGR_PEILDATUM } from '../../src/modules/landschap/import-opengr';
import { importRooPolder } from '../../src/modules/landschap/import-roo-polder';
import type { Sectie } from '../lib/sectie';

const ms = (t0: number) => Math.round(performance.now() - t0);

export const landschapImport: Sectie = {
  naam: 'landschap-import',
  async database(ctx) {
    const polder = gedeeldeData('roo-polder-2026');
    const opengr = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');
    const opvolgers = gedeeldeData('herindelingen-2016-2024', 'opvolgers_gemeenten_2016_2024.csv');
    const ontbreekt = [polder, opengr, opvolgers].filter((p) => !fs.existsSync(p));
    const doelen = [
      { name: 'import roo-polder: het hele register (Polder-map)', limit: 10_000 },
      { name: 'import opengr: OpenGR 2016 met opvolgertabel', limit: 5_000 },
    ];
    if (ontbreekt.length) {
      for (const d of doelen)
        ctx.doel({ ...d, value: null, kind: 'max', unit: 'ms', note: `ontbreekt: ${ontbreekt.join(', ')}` });
      return;
    }
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-bench-landschap-'));
    const database = await openDatabase({ dataDir: map });
    try {
      await database.migrate();
      const actor = systeem('bench: landschap-import');
      const datum = '2026-06-01';

      let t0 = performance.now();
      const data = await leesRooPolderMap(polder);
      const leesPolderMs = ms(t0);
      ctx.log(`  roo-polder: ${data.bestanden} bestanden gelezen in ${leesPolderMs} ms; importeren…`);
      t0 = performance.now();
      const r = await importRooPolder(database.db, data, actor, { bestand: 'roo-polder-2026', datum });
      const polderMs = ms(t0);
      t0 = performance.now();
      const weer = await importRooPolder(database.db, data, actor, { bestand: 'roo-polder-2026', datum });
      const polderWeerMs = ms(t0);
      if (weer.bronImport !== 'ongewijzigd')
        throw new Error('De tweede import van het register veranderde iets');
      ctx.log(`  roo-polder: ${polderMs} ms (tweede keer, niets veranderd: ${polderWeerMs} ms)`);

      t0 = performance.now();
      const csv = leesOpengr(fs.readFileSync(opengr), opengr, {
        jaargang: Number(OPENGR_PEILDATUM.slice(0, 4)),
      });
      const opv = leesOpvolgers(fs.readFileSync(opvolgers, 'utf8'), opvolgers);
      const leesOpengrMs = ms(t0);
      t0 = performance.now();
      const o = await importOpengr(database.db, csv, opv, actor, {
        bestand: opengr,
        opvolgersBestand: opvolgers,
        datum,
      });
      const opengrMs = ms(t0);
      ctx.log(`  opengr: ${opengrMs} ms`);

      ctx.bewaar('landschapImport', {
        rooPolder: {
          importMs: polderMs,
          tweedeKeerMs: polderWeerMs,
          lezenMs: leesPolderMs,
          bestanden: data.bestanden,
          regelingen: r.regelingen.nieuw,
          bronrijen: r.bronrijen.totaal,
          deelnames: r.deelnames.nieuw,
          organisaties: r.organisaties.nieuw,
        },
        opengr: {
          importMs: opengrMs,
          lezenMs: leesOpengrMs,
          regelingen: o.regelingen.nieuw,
          bronrijen: o.bronrijen.totaal,
          gekoppeld: o.bronrijen.gekoppeld,
          deelnames: o.deelnames.nieuw,
        },
        method:
          'importRooPolder and importOpengr timed in-process around the call (one transaction each: reading the database, comparing, writing) on a fresh, migrated PGlite data folder of its own, opened before the timing; first the register into the empty database, then the same again (nothing changes), then OpenGR with the successor table (its gemeenten come from the register). Reading and parsing the files is measured separately (lezenMs); the targets apply to lezenMs + importMs.',
      });
      // The target covers what a user waits for: reading the files and importing them.
      ctx.doel({ ...doelen[0]!, value: leesPolderMs + polderMs, kind: 'max', unit: 'ms' });
      ctx.doel({ ...doelen[1]!, value: leesOpengrMs + opengrMs, kind: 'max', unit: 'ms' });
    } finally {
      await database.close();
      fs.rmSync(map, { recursive: true, force: true });
    }
  },
};
