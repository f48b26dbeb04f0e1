/**
 * `importRegioatlas` on the real Regioatlas 2016 folder (shared data `regioatlas-2016/`), after the CBS
 * gemeenten of 2025: 1,047 regio's in 34 indelingen with 12,995 memberships; current gemeenten linked on
 * their CBS code, the former gemeenten of 2016 kept unlinked with code and name; a second run changes
 * nothing; gemeenten imported later get linked by the next run; a changed source updates in place; an error
 * inside the transaction writes nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { and, count, eq, isNull } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { importCbsGemeenten, parseCbsGemeenten } from '../organisaties/import-cbs';
import { organisatie } from '../organisaties/schema';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { leesRegioatlasMap, type RegioIndeling } from './bronnen/regioatlas';
import { importRegioatlas, REGIOATLAS_PEILDATUM } from './import-regioatlas';
import { bronImport, regio, regioLid } from './schema';

const MAP = gedeeldeData('regioatlas-2016');
const GEMEENTEN = gedeeldeData('gemeenten-cbs-2024', 'gemeenten_2025.csv');
const afwezig = ontbreekt(MAP) || ontbreekt(GEMEENTEN);
const actor = systeem('test-import regioatlas');
const opties = { bestand: 'regioatlas-2016' };

let database: Database;
let data: RegioIndeling[];

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database?.close();
});

async function tellingen() {
  const { db } = database;
  const [r] = await db.select({ n: count() }).from(regio);
  const [l] = await db.select({ n: count() }).from(regioLid);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [i] = await db.select({ n: count() }).from(bronImport);
  return { regio: r!.n, regioLid: l!.n, auditLog: a!.n, bronImport: i!.n };
}

describe('importRegioatlas: de echte Regioatlas 2016', { skip: afwezig }, () => {
  before(async () => {
    data = await leesRegioatlasMap(MAP, { jaargang: 2016 });
  });

  test('zonder gemeenten in Grip: alle regio’s en leden staan erin, geen enkel lid gekoppeld', async () => {
    const r = await importRegioatlas(database.db, data, actor, opties);
    assert.equal(r.bronImport, 'nieuw');
    assert.equal(r.regios.totaal, 1047);
    assert.equal(r.regios.nieuw, 1047);
    assert.equal(r.leden.totaal, 12_995);
    assert.equal(r.leden.gekoppeld, 0);
    assert.equal(Object.keys(r.perIndeling).length, 34);
    assert.deepEqual(r.perIndeling['veiligheidsregio'], {
      naam: 'Veiligheidsregio’s'.replace('’', "'"),
      regios: 25,
      leden: 390,
      gekoppeld: 0,
      nietGekoppeld: 390,
    });
    const t = await tellingen();
    assert.equal(t.regio, 1047);
    assert.equal(t.regioLid, 12_995);
    assert.equal(t.bronImport, 1);
    const [imp] = await database.db.select().from(bronImport).where(eq(bronImport.bron, 'regioatlas'));
    assert.equal(imp!.peildatum, REGIOATLAS_PEILDATUM);
    assert.equal(imp!.licentie, 'ODC-PDDL-1.0 (publiek domein)');
    assert.equal(imp!.bestand, 'regioatlas-2016');
    assert.deepEqual(imp!.tellingen, {
      regios: 1047,
      leden: 12_995,
      gekoppeld: 0,
      nietGekoppeld: 12_995,
      indelingen: 34,
    });
  });

  test('na de CBS-gemeenten koppelt een tweede keer de huidige gemeenten; de opgeheven blijven los met code en naam', async () => {
    const cbs = parseCbsGemeenten(fs.readFileSync(GEMEENTEN, 'utf8'), GEMEENTEN);
    await importCbsGemeenten(database.db, cbs, systeem('test: cbs'));
    const voor = await tellingen();
    const r = await importRegioatlas(database.db, data, actor, opties);
    assert.equal(r.bronImport, 'gewijzigd');
    assert.equal(r.regios.ongewijzigd, 1047);
    assert.equal(r.leden.nieuw, 0);
    assert.equal(r.leden.gewijzigd, r.leden.gekoppeld);
    assert.equal(r.leden.gekoppeld, 10_789);
    assert.equal(r.leden.nietGekoppeld, 12_995 - 10_789);
    // Exactly the rows whose gemeente code is in the CBS file of 2025 are linked.
    const huidig = new Set(cbs.gemeenten.map((g) => g.code));
    assert.equal(data.filter((d) => huidig.has(d.gemeenteCode)).length, 10_789);
    assert.equal(
      r.nietGekoppeldeGemeenten,
      new Set(data.map((d) => d.gemeenteCode).filter((c) => !huidig.has(c))).size,
    );
    const na = await tellingen();
    assert.equal(na.regio, voor.regio);
    assert.equal(na.auditLog, voor.auditLog + 1, 'één auditregel voor de import');

    // Amsterdam (GM0363) bestaat nog: gekoppeld in de veiligheidsregio Amsterdam-Amstelland.
    const [ams] = await database.db
      .select({ regio: regio.naam, org: organisatie.naam })
      .from(regioLid)
      .innerJoin(regio, eq(regio.id, regioLid.regioId))
      .innerJoin(organisatie, eq(organisatie.id, regioLid.organisatieId))
      .where(and(eq(regio.indeling, 'veiligheidsregio'), eq(regioLid.gemeenteCode, 'GM0363')));
    assert.deepEqual(ams, { regio: 'Amsterdam-Amstelland', org: 'Amsterdam' });
    // Leeuwarderadeel (GM0081) is in 2018 opgegaan in Leeuwarden: niet gekoppeld, wel bewaard.
    const los = await database.db
      .select({ code: regioLid.gemeenteCode, naam: regioLid.gemeenteNaam, indeling: regio.indeling })
      .from(regioLid)
      .innerJoin(regio, eq(regio.id, regioLid.regioId))
      .where(and(eq(regioLid.gemeenteCode, 'GM0081'), isNull(regioLid.organisatieId)));
    assert.equal(los.length, 34, 'in elke indeling');
    assert.equal(los[0]!.naam, 'Leeuwarderadeel');
    const inGrip = await database.db.select().from(organisatie).where(eq(organisatie.code, 'GM0081'));
    assert.equal(inGrip.length, 0);
  });

  test('een derde keer verandert niets: geen schrijfwerk, geen auditregel, bron_import ongewijzigd', async () => {
    const voor = await tellingen();
    const [impVoor] = await database.db.select().from(bronImport).where(eq(bronImport.bron, 'regioatlas'));
    const r = await importRegioatlas(database.db, data, actor, opties);
    assert.equal(r.bronImport, 'ongewijzigd');
    assert.equal(r.regios.ongewijzigd, 1047);
    assert.equal(r.leden.ongewijzigd, 12_995);
    assert.deepEqual(await tellingen(), voor);
    const [impNa] = await database.db.select().from(bronImport).where(eq(bronImport.bron, 'regioatlas'));
    assert.deepEqual(impNa, impVoor);
  });

  test('een gewijzigde bron: een regio met andere inwoners, een lid weg, een regio weg', async () => {
    const twente = data.filter((d) => d.regioSleutel === 'veiligheidsregio:twente');
    assert.ok(twente.length > 1);
    const anders = data
      .filter((d) => d !== twente[0] && d.regioSleutel !== 'mirt_gebied:noordwest-nederland')
      .map((d) => (d.regioSleutel === 'veiligheidsregio:twente' ? { ...d, regioInwoners: 1 } : d));
    const weg = data.filter((d) => d.regioSleutel === 'mirt_gebied:noordwest-nederland').length;
    assert.ok(weg > 0);
    const r = await importRegioatlas(database.db, anders, actor, opties);
    assert.equal(r.regios.gewijzigd, 1);
    assert.equal(r.regios.verwijderd, 1);
    assert.equal(r.leden.verwijderd, 1 + weg);
    const t = await tellingen();
    assert.equal(t.regio, 1046);
    assert.equal(t.regioLid, 12_995 - 1 - weg);
    const [tw] = await database.db.select().from(regio).where(eq(regio.sleutel, 'veiligheidsregio:twente'));
    assert.equal(tw!.inwoners, 1);
    // back to the source as it is
    const terug = await importRegioatlas(database.db, data, actor, opties);
    assert.equal(terug.regios.nieuw, 1);
    assert.equal(terug.regios.gewijzigd, 1);
    assert.equal(terug.leden.nieuw, 1 + weg);
    assert.equal((await tellingen()).regioLid, 12_995);
  });

  test('een fout midden in de transactie schrijft niets', async () => {
    const voor = await tellingen();
    const kapot = data.map((d) =>
      d.regioSleutel === 'veiligheidsregio:twente' ? { ...d, regioInwoners: 2 ** 40 } : d,
    );
    await assert.rejects(importRegioatlas(database.db, kapot, actor, opties));
    assert.deepEqual(await tellingen(), voor);
    const [tw] = await database.db.select().from(regio).where(eq(regio.sleutel, 'veiligheidsregio:twente'));
    assert.notEqual(tw!.inwoners, 2 ** 40);
  });

  test('een gemeente twee keer in één regio wordt geweigerd met bestand en regel', async () => {
    const dubbel = [...data, { ...data[0]!, herkomst: { bestand: 'x.csv', regel: 9 } }];
    await assert.rejects(
      importRegioatlas(database.db, dubbel, actor, opties),
      /^ImportGeweigerd: x\.csv:9: GM1680 staat twee keer in regio Noord-Nederland \(ook regel 2\)$/,
    );
  });
});
