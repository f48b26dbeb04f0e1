/**
 * Import of the CBS gemeenten into a real database (PGlite, or PostgreSQL with
 * GRIP_TEST_ENGINE=postgres). The real file comes from shared data: GRIP_SHARED_DATA,
 * default ../shared/data relative to the repository root (the working directory of the tests).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import type { Database } from '../../platform/db/client';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import {
  CBS_BRON_KWB_2024,
  type CbsGemeenten,
  ImportFout,
  importCbsGemeenten,
  parseCbsGemeenten,
} from './import-cbs';
import { inwonertal, organisatie, organisatieNaam } from './schema';

const sharedData = path.resolve(process.cwd(), process.env.GRIP_SHARED_DATA ?? '../shared/data');
const bestand = path.join(sharedData, 'gemeenten-cbs-2024', 'gemeenten_2025.csv');
const echteData = fs.existsSync(bestand)
  ? parseCbsGemeenten(fs.readFileSync(bestand, 'utf8'), bestand)
  : null;
const afwezig = `${bestand} absent: set GRIP_SHARED_DATA`;

const actor = systeem('test-import');
const alles = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };

const KLEIN = [
  'gm_code,gm_naam,pv_code,pv_naam,begindatum_gemeente,inwoners_2024_01_01',
  'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01,33279',
  'GM1680,Aa en Hunze,PV22,Drenthe,1998-01-01,25845',
].join('\n');

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database?.close();
});

async function tellingen() {
  const { db } = database;
  const [[o], [n], [i], [a]] = await Promise.all([
    db.select({ n: count() }).from(organisatie),
    db.select({ n: count() }).from(organisatieNaam),
    db.select({ n: count() }).from(inwonertal),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { organisatie: o!.n, organisatieNaam: n!.n, inwonertal: i!.n, auditLog: a!.n };
}

/** Every row of the tables the import writes, and the audit log size. */
async function momentopname() {
  const { db } = database;
  return {
    organisatie: await db.select().from(organisatie).orderBy(organisatie.id),
    organisatieNaam: await db
      .select()
      .from(organisatieNaam)
      .orderBy(organisatieNaam.organisatieId, organisatieNaam.geldigVan),
    inwonertal: await db.select().from(inwonertal).orderBy(inwonertal.organisatieId, inwonertal.peildatum),
    aantallen: await tellingen(),
  };
}

async function organisatieMetCode(code: string) {
  const [rij] = await database.db.select().from(organisatie).where(eq(organisatie.code, code));
  assert.ok(rij, `organisatie ${code} bestaat niet`);
  return rij;
}

describe('importCbsGemeenten', () => {
  test('een onjuist bestand schrijft niets', async () => {
    const voor = await tellingen();
    await assert.rejects(
      async () =>
        importCbsGemeenten(database.db, parseCbsGemeenten(KLEIN.replace('33279', 'abc'), 'fout.csv'), actor),
      (e: unknown) => e instanceof ImportFout && e.message === 'fout.csv:2: inwonertal "abc" is geen getal',
    );
    assert.deepEqual(await tellingen(), voor);
  });

  test('importeert 342 gemeenten en 12 provincies uit het echte bestand', async (t) => {
    if (!echteData) return t.skip(afwezig);
    const begin = performance.now();
    const r = await importCbsGemeenten(database.db, echteData, actor);
    t.diagnostic(
      `import van ${echteData.gemeenten.length} gemeenten: ${Math.round(performance.now() - begin)} ms`,
    );
    assert.deepEqual(r, {
      gemeenten: { ...alles, nieuw: 342 },
      provincies: { ...alles, nieuw: 12 },
      inwonertallen: { ...alles, nieuw: 354 },
    });
    const soorten = await database.db
      .select({ soort: organisatie.soort, n: count() })
      .from(organisatie)
      .groupBy(organisatie.soort)
      .orderBy(organisatie.soort);
    assert.deepEqual(soorten, [
      { soort: 'gemeente', n: 342 },
      { soort: 'provincie', n: 12 },
    ]);
    const c = await tellingen();
    assert.deepEqual(c, { organisatie: 354, organisatieNaam: 354, inwonertal: 354, auditLog: 354 });
  });

  test('Amsterdam: inwoners op 2024-01-01, TOOI-URI, provincie, naam en audit', async (t) => {
    if (!echteData) return t.skip(afwezig);
    const { db } = database;
    const ams = await organisatieMetCode('GM0363');
    const nh = await organisatieMetCode('PV27');
    assert.equal(ams.naam, 'Amsterdam');
    assert.equal(ams.soort, 'gemeente');
    assert.equal(ams.land, 'NL');
    assert.equal(ams.geldigVan, '1970-01-01');
    assert.equal(ams.versie, 1);
    assert.equal(ams.tooiUri, 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363');
    assert.equal(ams.provincieId, nh.id);
    assert.equal(nh.naam, 'Noord-Holland');
    assert.equal(nh.soort, 'provincie');
    assert.equal(nh.tooiUri, 'https://identifier.overheid.nl/tooi/id/provincie/pv27');
    assert.equal(nh.provincieId, null);

    assert.deepEqual(
      await db
        .select({ peildatum: inwonertal.peildatum, aantal: inwonertal.aantal, bron: inwonertal.bron })
        .from(inwonertal)
        .where(eq(inwonertal.organisatieId, ams.id)),
      [{ peildatum: '2024-01-01', aantal: 931_298, bron: CBS_BRON_KWB_2024 }],
    );
    const nhGemeenten = echteData.gemeenten.filter((g) => g.pvCode === 'PV27');
    const [nhInwoners] = await db.select().from(inwonertal).where(eq(inwonertal.organisatieId, nh.id));
    assert.equal(
      nhInwoners?.aantal,
      nhGemeenten.reduce((s, g) => s + g.inwoners, 0),
    );
    // The 342 gemeenten together are the population of the Netherlands on 1-1-2024.
    const provincies = await db
      .select({ aantal: inwonertal.aantal })
      .from(inwonertal)
      .innerJoin(organisatie, eq(organisatie.id, inwonertal.organisatieId))
      .where(eq(organisatie.soort, 'provincie'));
    assert.equal(
      provincies.reduce((s, p) => s + p.aantal, 0),
      17_942_942,
    );

    assert.deepEqual(
      await db.select().from(organisatieNaam).where(eq(organisatieNaam.organisatieId, ams.id)),
      [{ organisatieId: ams.id, naam: 'Amsterdam', geldigVan: '1970-01-01', geldigTot: null }],
    );
    const [nhNaam] = await db.select().from(organisatieNaam).where(eq(organisatieNaam.organisatieId, nh.id));
    assert.equal(nhNaam?.geldigVan, '1970-01-01');

    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'organisatie'), eq(auditLog.entiteitId, ams.id)));
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actie, 'aangemaakt');
    assert.equal(audit[0]?.actor, 'test-import');
    assert.deepEqual(
      audit[0]?.wijzigingen.find((w) => w.veld === 'naam'),
      { veld: 'naam', oud: null, nieuw: 'Amsterdam' },
    );
    assert.deepEqual(
      audit[0]?.wijzigingen.find((w) => w.veld === 'inwonertal[2024-01-01]'),
      { veld: 'inwonertal[2024-01-01]', oud: null, nieuw: { aantal: 931_298, bron: CBS_BRON_KWB_2024 } },
    );
  });

  test('een tweede import verandert niets', async (t) => {
    if (!echteData) return t.skip(afwezig);
    const voor = await tellingen();
    const [gewijzigdVoor] = await database.db
      .select({ gewijzigd: organisatie.gewijzigd, versie: organisatie.versie })
      .from(organisatie)
      .where(eq(organisatie.code, 'GM0363'));
    const r = await importCbsGemeenten(database.db, echteData, actor);
    assert.deepEqual(r, {
      gemeenten: { ...alles, ongewijzigd: 342 },
      provincies: { ...alles, ongewijzigd: 12 },
      inwonertallen: { ...alles, ongewijzigd: 354 },
    });
    assert.deepEqual(await tellingen(), voor);
    const ams = await organisatieMetCode('GM0363');
    assert.deepEqual({ gewijzigd: ams.gewijzigd, versie: ams.versie }, gewijzigdVoor);
  });

  test('alleen wat verschilt wordt geschreven en gelogd: nieuwe naam en inwonertal', async (t) => {
    if (!echteData) return t.skip(afwezig);
    const { db } = database;
    const voor = await tellingen();
    const data: CbsGemeenten = {
      ...echteData,
      gemeenten: echteData.gemeenten.map((g) =>
        g.code === 'GM0358' ? { ...g, naam: 'Aalsmeer-Nieuw', inwoners: g.inwoners + 1 } : g,
      ),
      provincies: echteData.provincies.map((p) =>
        p.code === 'PV27' ? { ...p, inwoners: p.inwoners + 1 } : p,
      ),
    };
    const r = await importCbsGemeenten(db, data, actor, { bron: 'test', datum: '2025-06-01' });
    // Every inwonertal changes: the source differs.
    assert.deepEqual(r, {
      gemeenten: { ...alles, gewijzigd: 1, ongewijzigd: 341 },
      provincies: { ...alles, ongewijzigd: 12 },
      inwonertallen: { ...alles, gewijzigd: 354 },
    });
    const aalsmeer = await organisatieMetCode('GM0358');
    assert.equal(aalsmeer.naam, 'Aalsmeer-Nieuw');
    assert.equal(aalsmeer.versie, 2);
    assert.equal((await organisatieMetCode('GM0363')).versie, 1);
    assert.deepEqual(
      await db
        .select()
        .from(organisatieNaam)
        .where(eq(organisatieNaam.organisatieId, aalsmeer.id))
        .orderBy(organisatieNaam.geldigVan),
      [
        { organisatieId: aalsmeer.id, naam: 'Aalsmeer', geldigVan: '1970-01-01', geldigTot: '2025-06-01' },
        { organisatieId: aalsmeer.id, naam: 'Aalsmeer-Nieuw', geldigVan: '2025-06-01', geldigTot: null },
      ],
    );
    const [inw] = await db.select().from(inwonertal).where(eq(inwonertal.organisatieId, aalsmeer.id));
    assert.deepEqual({ aantal: inw?.aantal, bron: inw?.bron }, { aantal: 33_280, bron: 'test' });
    const na = await tellingen();
    assert.deepEqual(na, {
      ...voor,
      organisatieNaam: voor.organisatieNaam + 1,
      auditLog: voor.auditLog + 354,
    });
    const [laatste] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entiteit, 'organisatie'),
          eq(auditLog.entiteitId, aalsmeer.id),
          eq(auditLog.actie, 'gewijzigd'),
        ),
      );
    assert.deepEqual(
      laatste?.wijzigingen.map((w) => w.veld),
      ['naam', 'naam[1970-01-01].geldigTot', 'naam[2025-06-01]', 'inwonertal[2024-01-01]'],
    );
  });

  test('een fout midden in de transactie laat de database ongewijzigd', async () => {
    const voor = await momentopname();
    const data = parseCbsGemeenten(KLEIN.replace('33279', '33000'), 'klein.csv');
    // Runs last, on the filled database (an empty one without the real file). The provincies
    // are written first (Drenthe is renamed or created); the gemeente whose provincie is not
    // in the data fails afterwards, inside the transaction.
    const kapot: CbsGemeenten = {
      ...data,
      provincies: data.provincies.map((p) => (p.code === 'PV22' ? { ...p, naam: 'Drenthe (test)' } : p)),
      gemeenten: [
        ...data.gemeenten,
        { code: 'GM9999', naam: 'Nergenshuizen', pvCode: 'PV99', begindatum: '2020-01-01', inwoners: 1 },
      ],
    };
    await assert.rejects(importCbsGemeenten(database.db, kapot, actor), /GM9999.*PV99/);
    assert.deepEqual(await momentopname(), voor);
  });
});
