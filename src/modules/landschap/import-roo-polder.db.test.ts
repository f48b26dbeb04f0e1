/**
 * `importRooPolder` on the real national register (shared data `roo-polder-2026/`) into an empty database,
 * on PGlite and PostgreSQL: 1,186 regelingen, of which 451 in force on 2026-05-16 with 3,551 participations;
 * a second run changes nothing; an error inside the transaction, an older reading and a malformed file
 * write nothing; a newer reading updates in place. The import times are in the diagnostics.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { and, count, eq, isNull, max, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import { rows, type Database } from '../../platform/db/client';
import { organisatie, organisatieNaam } from '../organisaties/schema';
import { bepaalRegelingType } from '../regelingen/domain/regelingtype';
import { deelname, regeling } from '../regelingen/schema';
import { regelingenVanOrganisatie, zoekRegelingen } from '../regelingen/store';
import { BronFout } from './bronnen/bron';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { leesRooPolderMap, type RooPolder } from './bronnen/roo-polder';
import { ImportGeweigerd } from './import-regelingen';
import { importRooPolder, type RooPolderResultaat } from './import-roo-polder';
import { bronDeelname, bronImport } from './schema';

const MAP = gedeeldeData('roo-polder-2026');
const PEILDATUM = '2026-05-16';
const actor = systeem('test-import roo-polder');
const opties = { bestand: 'roo-polder-2026', datum: '2026-06-01' };

let database: Database;
let data: RooPolder;
let eerste: RooPolderResultaat;
const tijdelijk: string[] = [];

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database?.close();
  for (const d of tijdelijk) fs.rmSync(d, { recursive: true, force: true });
});

async function tellingen() {
  const { db } = database;
  const tel = async (t: typeof regeling | typeof deelname | typeof bronDeelname | typeof auditLog) =>
    (await db.select({ n: count() }).from(t))[0]!.n;
  const [r, d, b, a, o, n, i] = await Promise.all([
    tel(regeling),
    tel(deelname),
    tel(bronDeelname),
    tel(auditLog),
    db.select({ n: count() }).from(organisatie),
    db.select({ n: count() }).from(organisatieNaam),
    db.select({ n: count() }).from(bronImport),
  ]);
  const [g] = await db.select({ g: max(regeling.gewijzigd) }).from(regeling);
  const [og] = await db.select({ g: max(organisatie.gewijzigd) }).from(organisatie);
  return {
    regeling: r,
    deelname: d,
    bronDeelname: b,
    auditLog: a,
    organisatie: o[0]!.n,
    organisatieNaam: n[0]!.n,
    bronImport: i[0]!.n,
    regelingGewijzigd: g?.g?.toISOString() ?? null,
    organisatieGewijzigd: og?.g?.toISOString() ?? null,
  };
}

describe('importRooPolder: het echte register', { skip: ontbreekt(MAP) }, () => {
  before(async () => {
    data = await leesRooPolderMap(MAP);
  });

  test('een fout midden in de transactie schrijft niets (ook geen organisaties)', async () => {
    const voor = await tellingen();
    const kapot: RooPolder = { ...data, regelingen: [...data.regelingen, data.regelingen[0]!] };
    await assert.rejects(importRooPolder(database.db, kapot, actor, opties), /twee keer in de bron/);
    assert.deepEqual(await tellingen(), voor);
  });

  test('1.186 regelingen, 451 in werking op 2026-05-16 met 3.551 deelnames; de tijd staat in de diagnose', async (t) => {
    const start = performance.now();
    eerste = await importRooPolder(database.db, data, actor, opties);
    t.diagnostic(
      `import van ${data.regelingen.length} regelingen: ${Math.round(performance.now() - start)} ms`,
    );
    assert.equal(eerste.peildatum, PEILDATUM);
    assert.equal(eerste.bronImport, 'nieuw');
    assert.deepEqual(eerste.regelingen, { nieuw: 1186, gewijzigd: 0, ongewijzigd: 0, nietMeerInBron: 0 });
    assert.equal(eerste.inWerking.regelingen, 451);
    assert.equal(eerste.inWerking.bronrijen, 3551);
    assert.equal(eerste.bronrijen.totaal, 9516);
    assert.equal(eerste.bronrijen.gekoppeld + eerste.bronrijen.nietGekoppeld, 9516);
    assert.deepEqual(eerste.bronrijen.perKoppeling, { tooi: 9142, 'cbs-code': 192, 'roo-id': 5 });
    assert.equal(eerste.bronrijen.nietGekoppeld, 177);
    assert.equal(eerste.bronrijen.samengevoegd, 0);
    assert.deepEqual(
      { ...eerste.inWerking },
      { regelingen: 451, bronrijen: 3551, gekoppeld: 3385, nietGekoppeld: 166 },
    );
    assert.equal(eerste.deelnames.nieuw, 9339);
    // 1,110 organisation files (GM0079 twice: Kollumerland c.a. and its later name) plus two ministries.
    assert.deepEqual(
      { ...eerste.organisaties, conflicten: eerste.organisaties.conflicten.length },
      { totaal: 1112, nieuw: 1111, gewijzigd: 0, ongewijzigd: 1, conflicten: 0 },
    );

    const { db } = database;
    const c = await tellingen();
    assert.equal(c.regeling, 1186);
    assert.equal(c.bronDeelname, 9516);
    assert.equal(c.deelname, 9339);
    assert.equal(c.organisatie, 1111);
    // One audit entry per regeling, participation and organisation.
    assert.equal(c.auditLog, 1186 + 9339 + 1111);

    // The register's own filter: in force on the day the register was read.
    const inWerking = await zoekRegelingen(db, {
      bron: 'roo-polder',
      peildatum: PEILDATUM,
      sortering: 'naam',
      pagina: 1,
      perPagina: 1,
    });
    assert.equal(inWerking.totaal, 451);
    const [rijen] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from bron_deelname b join regeling r on r.id = b.regeling_id
        where r.datum_inwerkingtreding <= ${PEILDATUM}
          and (r.datum_uitwerkingtreding is null or r.datum_uitwerkingtreding > ${PEILDATUM})`,
    );
    assert.equal(rijen!.n, 3551);
    // Without a bron filter the register holds them too (the database had nothing else).
    assert.equal((await zoekRegelingen(db, { sortering: 'naam', pagina: 1, perPagina: 1 })).totaal, 1186);

    const soorten = await db
      .select({ soort: organisatie.soort, n: count() })
      .from(organisatie)
      .groupBy(organisatie.soort)
      .orderBy(organisatie.soort);
    assert.deepEqual(soorten, [
      { soort: 'gemeente', n: 612 },
      { soort: 'provincie', n: 12 },
      { soort: 'waterschap', n: 32 },
      { soort: 'rijk', n: 2 },
      { soort: 'samenwerkingsorganisatie', n: 453 },
    ]);
  });

  test('een regeling met verdeelsleutels, organen, versies en herkomst', async () => {
    const { db } = database;
    const [wmo] = await db
      .select()
      .from(regeling)
      .where(and(eq(regeling.bron, 'roo-polder'), eq(regeling.bronSleutel, '29494998')));
    assert.ok(wmo);
    assert.equal(wmo.naam, 'Centrumregeling Wmo Brabant Noordoost-oost 2024');
    assert.equal(wmo.vorm, 'regeling_zonder_meer');
    assert.equal(wmo.type, 'collegeregeling');
    assert.equal(wmo.bronPeildatum, PEILDATUM);
    assert.equal(wmo.datumInwerkingtreding, '2024-01-03');
    assert.equal(wmo.referenties.rooId, '29494998');
    assert.deepEqual(wmo.referenties.publicaties, ['https://lokaleregelgeving.overheid.nl/CVDR702345/1']);
    assert.match(wmo.bevoegdheden[0]!.omschrijving, /^Artikel 6: Bevoegdheden — 1\. De colleges/);
    assert.deepEqual((wmo.bronGegevens as { vorigeVersie: unknown }).vorigeVersie, {
      rooId: '24967448',
      naam: 'Centrumregeling Wmo Brabant Noordoost-oost 2015',
    });
    const d = await db
      .select({
        code: organisatie.code,
        organen: deelname.organen,
        toetreding: deelname.datumToetreding,
        kosten: deelname.kostenverdeling,
      })
      .from(deelname)
      .innerJoin(organisatie, eq(organisatie.id, deelname.organisatieId))
      .where(eq(deelname.regelingId, wmo.id))
      .orderBy(organisatie.code);
    assert.deepEqual(d, [
      {
        code: 'GM0755',
        organen: ['college'],
        toetreding: '2015-01-01',
        kosten: { soort: 'percentage', percentage: 4 },
      },
      {
        code: 'GM0828',
        organen: ['college'],
        toetreding: '2015-01-01',
        kosten: { soort: 'percentage', percentage: 33 },
      },
      {
        code: 'GM1721',
        organen: ['college'],
        toetreding: '2015-01-01',
        kosten: { soort: 'percentage', percentage: 11 },
      },
      {
        code: 'GM1982',
        organen: ['college'],
        toetreding: '2024-01-03',
        kosten: { soort: 'percentage', percentage: 32 },
      },
      {
        code: 'GM1991',
        organen: ['college'],
        toetreding: '2024-01-03',
        kosten: { soort: 'percentage', percentage: 20 },
      },
    ]);
    const [rij] = await db
      .select()
      .from(bronDeelname)
      .where(and(eq(bronDeelname.regelingId, wmo.id), eq(bronDeelname.volgnummer, 1)));
    assert.deepEqual(
      {
        naam: rij?.naam,
        koppeling: rij?.koppeling,
        verdeelsleutel: rij?.verdeelsleutel,
        herkomst: rij?.herkomst,
        organen: rij?.organen,
      },
      {
        naam: 'Gemeente Bernheze',
        koppeling: 'tooi',
        verdeelsleutel: '11,0',
        herkomst: {
          bestand: 'gemeenschappelijke-regelingen/centrumregeling-wmo-brabant-noordoost-oost-2024.yaml',
          regel: 24,
          pad: 'gr_meta.deelnemende_organisaties[0]',
        },
        organen: [{ naam: 'College van burgemeester en wethouders', orgaan: 'college' }],
      },
    );
    assert.ok(rij?.deelnameId);
  });

  test('het type is overal afgeleid uit de deelnemende organen (ADR 0008)', async () => {
    const { db } = database;
    const alle = await db
      .select({ id: regeling.id, type: regeling.type })
      .from(regeling)
      .where(eq(regeling.bron, 'roo-polder'));
    const organen = await db
      .select({ regelingId: deelname.regelingId, organen: deelname.organen })
      .from(deelname)
      .where(isNull(deelname.datumUittreding));
    const per = new Map<string, { organen: (typeof organen)[number]['organen'] }[]>();
    for (const o of organen) per.set(o.regelingId, [...(per.get(o.regelingId) ?? []), o]);
    for (const r of alle) assert.equal(r.type, bepaalRegelingType(per.get(r.id) ?? []), r.id);
    const perType = Object.fromEntries(
      (await db.select({ type: regeling.type, n: count() }).from(regeling).groupBy(regeling.type)).map(
        (x) => [x.type, x.n],
      ),
    );
    assert.ok(perType.collegeregeling! > 500, JSON.stringify(perType));
  });

  test('organisaties: identificatie, namen zonder "Gemeente", opvolger; niet gekoppelde deelnemers met reden', async () => {
    const { db } = database;
    const [ams] = await db.select().from(organisatie).where(eq(organisatie.code, 'GM0363'));
    assert.equal(ams?.naam, 'Amsterdam');
    assert.equal(ams?.tooiUri, 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363');
    assert.ok(ams?.rooId);
    const [aalburg] = await db.select().from(organisatie).where(eq(organisatie.code, 'GM0738'));
    assert.equal(aalburg?.naam, 'Aalburg');
    assert.equal(aalburg?.geldigTot, '2019-01-01');
    assert.equal(aalburg?.geldigVan, null);
    assert.equal(aalburg?.opvolgerId, null); // the register names none
    const [deLier] = await db.select().from(organisatie).where(eq(organisatie.code, 'GM0552'));
    assert.deepEqual([deLier?.naam, deLier?.geldigTot], ['De Lier', '2003-12-31']);
    assert.ok(deLier?.opvolgerId, 'De Lier heeft een opvolger (Westland)');
    const [westland] = await db.select().from(organisatie).where(eq(organisatie.id, deLier.opvolgerId));
    assert.equal(westland?.code, 'GM1783');
    const kollum = await db.select().from(organisatie).where(eq(organisatie.code, 'GM0079'));
    assert.equal(kollum.length, 1);
    const [aaEnMaas] = await db.select().from(organisatie).where(eq(organisatie.code, 'WS0654'));
    assert.deepEqual([aaEnMaas?.soort, aaEnMaas?.naam], ['waterschap', 'Aa en Maas']);

    const assenede = await db
      .select({ reden: bronDeelname.reden, organisatieId: bronDeelname.organisatieId })
      .from(bronDeelname)
      .where(eq(bronDeelname.naam, 'Gemeente Assenede'));
    assert.equal(assenede.length, 2);
    assert.ok(
      assenede.every((a) => a.organisatieId === null && /alleen een naam|ROO-id/.test(a.reden ?? '')),
    );
    // An organisation's page lists the regelingen it takes part in, expired versions too.
    assert.ok((await regelingenVanOrganisatie(db, ams.id)).length > 0);
  });

  test('de herkomst staat in bron_import', async () => {
    const [imp] = await database.db.select().from(bronImport);
    assert.equal(imp?.bron, 'roo-polder');
    assert.equal(imp?.peildatum, PEILDATUM);
    assert.equal(imp?.bestand, 'roo-polder-2026');
    assert.match(imp?.licentie ?? '', /^CC0 1\.0/);
    assert.deepEqual(imp?.tellingen, {
      bestanden: 2296,
      inWerking: 451,
      bronrijenInWerking: 3551,
      organisaties: 1112,
      regelingen: 1186,
      bronrijen: 9516,
      gekoppeld: 9339,
      nietGekoppeld: 177,
      samengevoegd: 0,
      deelnames: 9339,
    });
  });

  test('een tweede import verandert niets en schrijft geen auditregels', async (t) => {
    const voor = await tellingen();
    const [impVoor] = await database.db.select().from(bronImport);
    const start = performance.now();
    const r = await importRooPolder(database.db, data, actor, opties);
    t.diagnostic(`tweede import: ${Math.round(performance.now() - start)} ms`);
    assert.equal(r.bronImport, 'ongewijzigd');
    assert.deepEqual(r.regelingen, { nieuw: 0, gewijzigd: 0, ongewijzigd: 1186, nietMeerInBron: 0 });
    assert.deepEqual(
      { nieuw: r.deelnames.nieuw, gewijzigd: r.deelnames.gewijzigd, verwijderd: r.deelnames.verwijderd },
      { nieuw: 0, gewijzigd: 0, verwijderd: 0 },
    );
    assert.deepEqual(
      { nieuw: r.bronrijen.nieuw, gewijzigd: r.bronrijen.gewijzigd, verwijderd: r.bronrijen.verwijderd },
      { nieuw: 0, gewijzigd: 0, verwijderd: 0 },
    );
    assert.deepEqual(
      { nieuw: r.organisaties.nieuw, gewijzigd: r.organisaties.gewijzigd },
      { nieuw: 0, gewijzigd: 0 },
    );
    assert.deepEqual(r.tellingen, eerste.tellingen);
    assert.deepEqual(await tellingen(), voor);
    assert.deepEqual(await database.db.select().from(bronImport), [impVoor]);
  });

  test('een oudere stand wordt geweigerd en schrijft niets', async () => {
    const voor = await tellingen();
    await assert.rejects(
      importRooPolder(database.db, { ...data, peildatum: '2026-05-01' }, actor, opties),
      (e: unknown) => e instanceof ImportGeweigerd && /stand van 2026-05-16/.test(e.message),
    );
    assert.deepEqual(await tellingen(), voor);
  });

  test('een nieuwere stand werkt dezelfde regelingen bij en verschuift de peildatum', async () => {
    const { db } = database;
    const voor = await tellingen();
    const nieuw: RooPolder = {
      ...data,
      peildatum: '2026-06-01',
      regelingen: data.regelingen.map((r) =>
        r.rooId === '29494998' ? { ...r, doel: 'Een nieuw doel', deelnames: r.deelnames.slice(0, 4) } : r,
      ),
    };
    const r = await importRooPolder(db, nieuw, actor, opties);
    assert.equal(r.bronImport, 'nieuw');
    assert.deepEqual(r.regelingen, { nieuw: 0, gewijzigd: 1, ongewijzigd: 1185, nietMeerInBron: 0 });
    assert.equal(r.deelnames.verwijderd, 1);
    assert.equal(r.bronrijen.verwijderd, 1);
    const na = await tellingen();
    // The regeling, its removed participation and nothing else in the audit log.
    assert.equal(na.auditLog, voor.auditLog + 2);
    assert.equal(na.bronImport, 2);
    assert.equal(na.regeling, 1186);
    assert.equal(na.deelname, voor.deelname - 1);
    const peildata = await db
      .selectDistinct({ p: regeling.bronPeildatum })
      .from(regeling)
      .where(eq(regeling.bron, 'roo-polder'));
    assert.deepEqual(peildata, [{ p: '2026-06-01' }]);
    const [imp] = await db.select().from(bronImport).where(eq(bronImport.peildatum, '2026-06-01'));
    const [n] = await db
      .select({ n: count() })
      .from(bronDeelname)
      .where(eq(bronDeelname.bronImportId, imp!.id));
    assert.equal(n!.n, 9515);
  });
});

describe('importRooPolder: een kapot bestand', { skip: ontbreekt(MAP) }, () => {
  test('wordt geweigerd met bestand:regel: reden, voordat er iets geschreven wordt', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-polder-'));
    tijdelijk.push(dir);
    const sub = path.join(dir, 'gemeenschappelijke-regelingen');
    fs.mkdirSync(sub);
    const bron = path.join(
      MAP,
      'gemeenschappelijke-regelingen',
      'centrumregeling-wmo-brabant-noordoost-oost-2024.yaml',
    );
    const tekst = fs
      .readFileSync(bron, 'utf8')
      .replace("toetredings_datum: '2015-01-01'", "toetredings_datum: '2015-02-30'");
    fs.writeFileSync(path.join(sub, 'wmo.yaml'), tekst);
    await assert.rejects(leesRooPolderMap(dir), (e: unknown) => {
      assert.ok(e instanceof BronFout);
      assert.equal(e.bestand, path.join(sub, 'wmo.yaml'));
      assert.equal(e.regel, 28);
      assert.equal(
        e.message,
        `${e.bestand}:28: gr_meta.deelnemende_organisaties[0].toetredings_datum "2015-02-30" is geen geldige datum (JJJJ-MM-DD)`,
      );
      return true;
    });
  });
});
