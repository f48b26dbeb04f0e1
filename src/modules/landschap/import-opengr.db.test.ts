/**
 * `importOpengr` on the real OpenGR 2016 file with the real successor table, after the CBS gemeenten, on
 * PGlite and PostgreSQL: 464 regelingen and 3,752 source rows, linked, unlinked and merged; a second run
 * changes nothing; without the successor table the former gemeenten come loose, and back with it. Then, with
 * a few files of the 2026 register beside it, the register, the API and the pages keep the two apart.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import type { Db } from '../../platform/db/client';
import { importCbsGemeenten, parseCbsGemeenten } from '../organisaties/import-cbs';
import { organisatie } from '../organisaties/schema';
import { deelname, regeling } from '../regelingen/schema';
import { regelingenVanOrganisatie, zoekRegelingen } from '../regelingen/store';
import { BronFout } from './bronnen/bron';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { leesOpengr, type Opengr } from './bronnen/opengr';
import { leesOpvolgers, type Opvolging } from './bronnen/opvolgers';
import { leesRooPolderBestand, voegRooPolderSamen } from './bronnen/roo-polder';
import type { RooOrganisatie, RooRegeling } from './bronnen/roo';
import { importOpengr, OPENGR_PEILDATUM, type OpengrResultaat } from './import-opengr';
import { importRooPolder } from './import-roo-polder';
import { bronDeelname, bronImport } from './schema';

const OPENGR = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');
const OPVOLGERS = gedeeldeData('herindelingen-2016-2024', 'opvolgers_gemeenten_2016_2024.csv');
const GEMEENTEN = gedeeldeData('gemeenten-cbs-2024', 'gemeenten_2025.csv');
const POLDER = gedeeldeData('roo-polder-2026');
const afwezig = ontbreekt(OPENGR) || ontbreekt(OPVOLGERS) || ontbreekt(GEMEENTEN) || ontbreekt(POLDER);

const actor = systeem('test-import opengr');
const datum = '2026-06-01';
const opties = { bestand: 'opengr_provincies.csv', opvolgersBestand: 'opvolgers.csv', datum };

let grip: Grip;
let db: Db;
let data: Opengr;
let opvolgers: Opvolging[];
let eerste: OpengrResultaat;
const tijdelijk: string[] = [];

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase(),
  });
  db = grip.services.database.db;
});
after(async () => {
  await grip?.close();
  for (const d of tijdelijk) fs.rmSync(d, { recursive: true, force: true });
});

async function tellingen() {
  const tel = async (
    t: typeof regeling | typeof deelname | typeof bronDeelname | typeof auditLog | typeof bronImport,
  ) => (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    regeling: await tel(regeling),
    deelname: await tel(deelname),
    bronDeelname: await tel(bronDeelname),
    auditLog: await tel(auditLog),
    bronImport: await tel(bronImport),
  };
}

describe('importOpengr: het echte bestand met de opvolgertabel', { skip: afwezig }, () => {
  before(async () => {
    await importCbsGemeenten(db, parseCbsGemeenten(fs.readFileSync(GEMEENTEN, 'utf8'), GEMEENTEN), actor);
    data = leesOpengr(fs.readFileSync(OPENGR), OPENGR, { jaargang: 2016 });
    opvolgers = leesOpvolgers(fs.readFileSync(OPVOLGERS, 'utf8'), OPVOLGERS);
  });

  test('464 regelingen, 3.752 bronrijen: gekoppeld, niet gekoppeld en samengevoegd; de tijd staat in de diagnose', async (t) => {
    const start = performance.now();
    eerste = await importOpengr(db, data, opvolgers, actor, opties);
    t.diagnostic(`import van ${data.deelnames.length} rijen: ${Math.round(performance.now() - start)} ms`);
    assert.equal(eerste.peildatum, OPENGR_PEILDATUM);
    assert.deepEqual(eerste.regelingen, { nieuw: 464, gewijzigd: 0, ongewijzigd: 0, nietMeerInBron: 0 });
    const b = eerste.bronrijen;
    assert.equal(b.totaal, 3752);
    // koppelDeelnemer links 3,319 gemeente rows (2,655 by name, 619 via the successor table, 45 by name
    // without CBS's province suffix); the provinces by their name on top.
    assert.deepEqual(b.perKoppeling, { naam: 2655 + 86, opvolger: 619, 'naam-zonder-provincie': 45 });
    assert.equal(b.gekoppeld, 3405);
    assert.equal(b.nietGekoppeld, 347);
    assert.equal(b.samengevoegd, 382);
    assert.equal(eerste.deelnames.nieuw, 3405 - 382);

    const c = await tellingen();
    assert.equal(c.bronDeelname, 3752);
    assert.equal(c.deelname, 3405 - 382);
    // Every row of the file is there once, by its line.
    const regels = await db
      .select({ r: sql<number>`(${bronDeelname.herkomst}->>'regel')::int` })
      .from(bronDeelname)
      .orderBy(sql`1`);
    assert.deepEqual(
      regels.map((x) => x.r),
      Array.from({ length: 3752 }, (_, i) => i + 2),
    );
    const [r] = await db
      .select({ vorm: regeling.vorm, type: regeling.type, n: count() })
      .from(regeling)
      .where(eq(regeling.bron, 'opengr'))
      .groupBy(regeling.vorm, regeling.type);
    assert.deepEqual(r, { vorm: 'onbekend', type: 'onbekend', n: 464 });
  });

  test('rijen houden hun naam, regel en reden; opgeheven gemeenten gaan naar hun opvolger', async () => {
    const rij = async (regel: number) => {
      const [b] = await db
        .select()
        .from(bronDeelname)
        .where(sql`(${bronDeelname.herkomst}->>'regel')::int = ${regel}`);
      assert.ok(b, `regel ${regel}`);
      return b;
    };
    const suydevelt = await rij(741);
    assert.equal(suydevelt.naamOrigineel, 'Waterschap â€™t Suydevelt');
    assert.equal(suydevelt.naam, 'Waterschap ’t Suydevelt');
    assert.equal(suydevelt.organisatieId, null);
    assert.match(suydevelt.reden ?? '', /^geen gemeente: waterschap/);
    assert.deepEqual(suydevelt.herkomst, { bestand: 'opengr_provincies.csv', regel: 741 });
    assert.deepEqual((suydevelt.gegevens as { reparaties: string[] }).reparaties, ['mojibake']);

    const haren = await db.select().from(bronDeelname).where(eq(bronDeelname.naam, 'Haren'));
    assert.ok(haren.length > 0);
    const [groningen] = await db.select().from(organisatie).where(eq(organisatie.code, 'GM0014'));
    assert.ok(haren.every((h) => h.organisatieId === groningen!.id && h.koppeling === 'opvolger'));
    assert.equal((haren[0]!.gegevens as { opvolging: { codeOud: string } }).opvolging.codeOud, 'GM0017');

    const kleef = await db.select().from(bronDeelname).where(eq(bronDeelname.naam, 'Kleef (Duitsland)'));
    assert.ok(
      kleef.every((k) => k.organisatieId === null && k.reden === 'geen gemeente: buitenlandse deelnemer'),
    );
    const zeeland = await db.select().from(bronDeelname).where(eq(bronDeelname.naam, 'Provincie Zeeland'));
    const [pv29] = await db.select().from(organisatie).where(eq(organisatie.code, 'PV29'));
    assert.ok(zeeland.length > 0 && zeeland.every((z) => z.organisatieId === pv29!.id));
  });

  test('samengevoegd: twee opgeheven gemeenten met dezelfde opvolger in één regeling delen één deelname', async () => {
    const [hogeland] = await db.select().from(organisatie).where(eq(organisatie.code, 'GM1966'));
    const perRegeling = await db
      .select({
        regelingId: bronDeelname.regelingId,
        n: count(),
        deelnames: sql<number>`count(distinct ${bronDeelname.deelnameId})::int`,
      })
      .from(bronDeelname)
      .where(eq(bronDeelname.organisatieId, hogeland!.id))
      .groupBy(bronDeelname.regelingId);
    assert.ok(perRegeling.some((p) => p.n > 1));
    assert.ok(perRegeling.every((p) => p.deelnames === 1));
  });

  test('de herkomst staat in bron_import, met de licentie van de opvolgertabel', async () => {
    const [imp] = await db.select().from(bronImport).where(eq(bronImport.bron, 'opengr'));
    assert.equal(imp?.peildatum, OPENGR_PEILDATUM);
    assert.equal(imp?.bestand, 'opengr_provincies.csv');
    assert.match(imp?.licentie ?? '', /ODC-PDDL-1\.0/);
    assert.match(imp?.toelichting ?? '', /opvolgers\.csv.*CC BY-NC-SA 4\.0/);
    assert.deepEqual(imp?.tellingen, {
      windows1252Regels: 0,
      opvolgers: 71,
      regelingen: 464,
      bronrijen: 3752,
      gekoppeld: 3405,
      nietGekoppeld: 347,
      samengevoegd: 382,
      deelnames: 3023,
    });
  });

  test('een tweede import verandert niets en schrijft geen auditregels', async () => {
    const voor = await tellingen();
    const r = await importOpengr(db, data, opvolgers, actor, opties);
    assert.equal(r.bronImport, 'ongewijzigd');
    assert.deepEqual(r.regelingen, { nieuw: 0, gewijzigd: 0, ongewijzigd: 464, nietMeerInBron: 0 });
    assert.deepEqual(r.tellingen, eerste.tellingen);
    assert.equal(r.deelnames.ongewijzigd, 3023);
    assert.equal(r.bronrijen.ongewijzigd, 3752);
    assert.deepEqual(await tellingen(), voor);
  });

  test('zonder opvolgertabel komen de opgeheven gemeenten los, met de tabel weer vast', async () => {
    const voor = await tellingen();
    const zonder = await importOpengr(db, data, null, actor, { ...opties, opvolgersBestand: null });
    assert.equal(zonder.bronrijen.perKoppeling.opvolger, undefined);
    assert.equal(zonder.bronrijen.gekoppeld, 3405 - 619);
    assert.ok(zonder.deelnames.verwijderd > 0);
    // The 619 rows linked through it, and 49 unlinked rows whose reason no longer names the table
    // (Bussum, Naarden, Muiden, Zeevang, Groesbeek, Haaren).
    assert.equal(zonder.bronrijen.gewijzigd, 619 + 49);
    const [imp] = await db.select().from(bronImport).where(eq(bronImport.bron, 'opengr'));
    assert.equal(imp?.toelichting, null);
    const weer = await importOpengr(db, data, opvolgers, actor, opties);
    assert.equal(weer.deelnames.nieuw, zonder.deelnames.verwijderd);
    assert.deepEqual(weer.tellingen, eerste.tellingen);
    const na = await tellingen();
    assert.deepEqual({ ...na, auditLog: voor.auditLog }, voor);
  });

  test('een kapot bestand wordt geweigerd met bestand:regel: reden', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-opengr-'));
    tijdelijk.push(dir);
    const bestand = path.join(dir, 'kapot.csv');
    const regels = fs.readFileSync(OPENGR, 'utf8').split('\n').slice(0, 10);
    regels[6] = 'Alleen een deelnemer,en een regeling';
    fs.writeFileSync(bestand, regels.join('\n'));
    assert.throws(
      () => leesOpengr(fs.readFileSync(bestand), bestand, { jaargang: 2016 }),
      (e: unknown) =>
        e instanceof BronFout && e.message === `${bestand}:7: regel heeft 2 velden, de kopregel heeft er 5`,
    );
  });
});

/** Two versions of one regeling of the 2026 register (2015 and 2024). */
function kleinRegister() {
  const namen = [
    'gemeenschappelijke-regelingen/centrumregeling-wmo-brabant-noordoost-oost-2024.yaml',
    'gemeenschappelijke-regelingen/centrumregeling-wmo-brabant-noordoost-oost-2015.yaml',
  ].filter((n) => fs.existsSync(path.join(POLDER, n)));
  const regelingen: RooRegeling[] = [];
  const organisaties: RooOrganisatie[] = [];
  for (const n of namen) {
    const r = leesRooPolderBestand(fs.readFileSync(path.join(POLDER, n), 'utf8'), n);
    if (r.soort === 'regeling') regelingen.push(r.regeling);
    else organisaties.push(r.organisatie);
  }
  return voegRooPolderSamen(regelingen, organisaties, namen.length);
}

describe('register, API en pagina’s houden de jaargangen uit elkaar', { skip: afwezig }, () => {
  let wmo: string;
  let og: string;
  before(async () => {
    await importRooPolder(db, kleinRegister(), actor, { bestand: 'roo-polder-2026', datum });
    wmo = (await db.select().from(regeling).where(eq(regeling.bronSleutel, '29494998')))[0]!.id;
    og = (
      await db
        .select()
        .from(regeling)
        .where(and(eq(regeling.bron, 'opengr'), eq(regeling.bronSleutel, 'veiligheidsregio zeeland')))
    )[0]!.id;
  });

  test('het register toont standaard Grip en het landelijk register, met bron=opengr de momentopname', async () => {
    const lijst = (f: Parameters<typeof zoekRegelingen>[1]['bron']) =>
      zoekRegelingen(db, { bron: f, sortering: 'naam', pagina: 1, perPagina: 500 });
    const standaard = await lijst(undefined);
    assert.ok(standaard.totaal >= 1);
    assert.ok(standaard.rows.every((r) => r.bron === null || r.bron === 'roo-polder'));
    assert.equal((await lijst('opengr')).totaal, 464);
    assert.ok(
      (await lijst('opengr')).rows.every((r) => r.bron === 'opengr' && r.bronPeildatum === OPENGR_PEILDATUM),
    );
    assert.equal((await lijst('grip')).totaal, 0);
    // The organisation page lists the regelingen of the register only.
    const [bernheze] = await db.select().from(organisatie).where(eq(organisatie.code, 'GM1721'));
    const vanBernheze = await regelingenVanOrganisatie(db, bernheze!.id);
    assert.ok(vanBernheze.length > 0);
    const bronnen = await db
      .selectDistinct({ bron: regeling.bron })
      .from(regeling)
      .where(
        inArray(
          regeling.id,
          vanBernheze.map((r) => r.id),
        ),
      );
    assert.deepEqual(bronnen, [{ bron: 'roo-polder' }]);
    // Nothing of the snapshot lost its deelname to the register's import.
    const [n] = await db
      .select({ n: count() })
      .from(bronDeelname)
      .innerJoin(regeling, eq(regeling.id, bronDeelname.regelingId))
      .where(
        and(
          eq(regeling.bron, 'opengr'),
          isNull(bronDeelname.deelnameId),
          sql`${bronDeelname.organisatieId} is not null`,
        ),
      );
    assert.equal(n!.n, 0);
  });

  test('GET /api/v1/regelingen: zonder bron het register, met bron=opengr de momentopname, met herkomst', async () => {
    const json = async <T>(pad: string) => {
      const res = await grip.app.request(`/api/v1${pad}`);
      assert.equal(res.status, 200, pad);
      return (await res.json()) as T;
    };
    type Lijst = {
      totaal: number;
      items: { id: string; bron: string | null; bronPeildatum: string | null; vorm: string }[];
    };
    const register = await json<Lijst>('/regelingen?perPagina=500');
    assert.ok(register.items.every((r) => r.bron !== 'opengr'));
    const momentopname = await json<Lijst>('/regelingen?bron=opengr&perPagina=500');
    assert.equal(momentopname.totaal, 464);
    assert.ok(momentopname.items.every((r) => r.vorm === 'onbekend'));
    const inWerking = await json<Lijst>('/regelingen?bron=roo-polder&peildatum=2026-05-16');
    assert.deepEqual(
      inWerking.items.map((r) => r.id),
      [wmo],
    );
    const detail = await json<{ bron: string; bronPeildatum: string; herkomst: { licentie: string } }>(
      `/regelingen/${wmo}`,
    );
    assert.deepEqual([detail.bron, detail.bronPeildatum], ['roo-polder', '2026-05-16']);
    assert.match(detail.herkomst.licentie, /^CC0/);
    const res = await grip.app.request('/api/v1/regelingen?bron=elders');
    assert.equal(res.status, 400);
  });

  test('de pagina van een regeling noemt bron, peildatum en licentie en toont elke bronrij', async () => {
    const tekst = async (pad: string) => {
      const res = await grip.app.request(pad);
      assert.equal(res.status, 200, pad);
      return (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    };
    const p = await tekst(`/regelingen/${wmo}`);
    assert.match(p, /Bron: landelijk GR-register \(Polder\), peildatum 16 mei 2026 · licentie CC0 1\.0/);
    assert.match(p, /Vorige versie Centrumregeling Wmo Brabant Noordoost-oost 2015/);
    assert.match(p, /Gemeente Bernheze Bernheze \(op TOOI-URI\)/);
    const o = await tekst(`/regelingen/${og}`);
    assert.match(o, /Bron: OpenGR 2016 \(Open State Foundation\), peildatum 7 maart 2016/);
    assert.match(o, /ODC-PDDL-1\.0/);
    assert.match(o, /Onbekend \(de bron noemt geen vorm\)/);
    assert.match(o, /opengr_provincies\.csv:\d+/);
    const lijst = await tekst('/regelingen?bron=opengr');
    assert.match(lijst, /464 regelingen gevonden\. Bron: OpenGR 2016 \(momentopname\)/);
    const gewoon = await tekst('/regelingen?peildatum=2026-05-16');
    assert.match(gewoon, /1 regeling gevonden/);
  });
});
