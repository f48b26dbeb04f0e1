/**
 * `importGrenzen` on the real boundaries (shared data `grenzen-cbs-2023-vws/`): the TopoJSON with 342
 * gemeenten, 25 veiligheidsregio's and 12 provincies, then `provincies.geojson` into the same vintage;
 * WGS84 recorded in the provenance; the geometry smaller and still WGS84; a second run changes nothing; a
 * file in RD New is refused and writes nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { MultiPolygon, Polygon } from 'geojson';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { leesGrenzenTekst } from './bronnen/grenzen';
import { aantalPunten, bepaalCoordinatenstelsel, omvang } from './grenzen-geometrie';
import { ImportGeweigerd } from './import-regelingen';
import { GRENZEN_JAARGANG, importGrenzen } from './import-grenzen';
import { bronImport, grens } from './schema';

const TOPO = gedeeldeData('grenzen-cbs-2023-vws', 'nl_gemeenten_provincies_vr.topo.json');
const PROVINCIES = gedeeldeData('grenzen-cbs-2023-vws', 'provincies.geojson');
const afwezig = ontbreekt(TOPO) || ontbreekt(PROVINCIES);
const actor = systeem('test-import grenzen');
const lees = (pad: string, naam: string) =>
  leesGrenzenTekst(fs.readFileSync(pad, 'utf8'), naam, { jaargang: GRENZEN_JAARGANG });

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database?.close();
});

async function tellingen() {
  const { db } = database;
  const [g] = await db.select({ n: count() }).from(grens);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [i] = await db.select({ n: count() }).from(bronImport);
  return { grens: g!.n, auditLog: a!.n, bronImport: i!.n };
}
const geometrie = async (soort: string, code: string) => {
  const [g] = await database.db
    .select()
    .from(grens)
    .where(and(eq(grens.soort, soort), eq(grens.code, code)));
  return g;
};

describe('importGrenzen: de echte grenzen van 2023', { skip: afwezig }, () => {
  test('de TopoJSON: 342 gemeenten, 25 veiligheidsregio’s en 12 provincies, kleiner gemaakt, WGS84 in de herkomst', async () => {
    const data = lees(TOPO, 'nl_gemeenten_provincies_vr.topo.json');
    const r = await importGrenzen(database.db, data, actor, { bestand: TOPO });
    assert.equal(r.bronImport, 'nieuw');
    assert.deepEqual(r.grenzen.perSoort, { veiligheidsregio: 25, gemeente: 342, provincie: 12 });
    assert.equal(r.grenzen.nieuw, 379);
    assert.equal(r.peildatum, '2023-01-01');
    // The source is already simplified (mapshaper): few points go, but the digits do.
    assert.ok(r.punten.na < r.punten.voor, `${r.punten.voor} → ${r.punten.na} punten`);
    const opgeslagen = await database.db.select({ g: grens.geometrie }).from(grens);
    const grootte = (x: unknown[]) => JSON.stringify(x).length;
    const verhouding = grootte(opgeslagen.map((o) => o.g)) / grootte(data.features.map((f) => f.geometry));
    assert.ok(verhouding < 0.4, `opgeslagen ${Math.round(verhouding * 100)}% van de bron`);
    assert.equal(r.overgeslagen.length, 1, 'de omtrek van Nederland heeft geen code');
    // The file names no veiligheidsregio; Grip knows none yet: their code is their name.
    assert.equal(r.zonderNaam.length, 25);

    const [imp] = await database.db.select().from(bronImport).where(eq(bronImport.bron, 'grenzen'));
    assert.equal(imp!.peildatum, '2023-01-01');
    assert.equal(imp!.licentie, 'CC BY 4.0 (CBS / PDOK, bewerking VWS)');
    assert.equal(imp!.bestand, 'nl_gemeenten_provincies_vr.topo.json');
    assert.match(imp!.toelichting!, /^Coördinatenstelsel: WGS84 \(EPSG:4326; lengte- en breedtegraad/);
    assert.match(imp!.toelichting!, /afgerond op 3 decimalen/);
    assert.deepEqual(imp!.tellingen, { veiligheidsregio: 25, gemeente: 342, provincie: 12 });

    const utrecht = (await geometrie('gemeente', 'GM0344'))!;
    assert.equal(utrecht.naam, 'Utrecht');
    const g = utrecht.geometrie as unknown as Polygon | MultiPolygon;
    assert.ok(g.type === 'Polygon' || g.type === 'MultiPolygon');
    assert.equal(bepaalCoordinatenstelsel(omvang([g])), 'WGS84');
    const o = omvang([g])!;
    assert.ok(o.minX > 4.9 && o.maxX < 5.3 && o.minY > 52 && o.maxY < 52.2, JSON.stringify(o));
    for (const [x] of (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2))
      assert.equal(Math.round(x! * 1000) / 1000, x, 'afgerond op 3 decimalen');
    assert.ok(aantalPunten(g) > 20);
    assert.equal((await geometrie('veiligheidsregio', 'VR01'))!.naam, 'VR01');
  });

  test('een tweede keer verandert niets: geen schrijfwerk, geen auditregel', async () => {
    const voor = await tellingen();
    const [impVoor] = await database.db.select().from(bronImport);
    const r = await importGrenzen(database.db, lees(TOPO, 'x'), actor, { bestand: TOPO });
    assert.equal(r.bronImport, 'ongewijzigd');
    assert.equal(r.grenzen.ongewijzigd, 379);
    assert.deepEqual(await tellingen(), voor);
    assert.deepEqual((await database.db.select().from(bronImport))[0], impVoor);
  });

  test('provincies.geojson in dezelfde jaargang: alleen de provincies worden bijgewerkt, de rest blijft', async () => {
    const voor = await tellingen();
    const gemeente = await geometrie('gemeente', 'GM0344');
    const r = await importGrenzen(database.db, lees(PROVINCIES, 'provincies.geojson'), actor, {
      bestand: PROVINCIES,
    });
    assert.deepEqual(r.grenzen.perSoort, { provincie: 12 });
    assert.equal(r.grenzen.nieuw, 0);
    assert.equal(r.grenzen.gewijzigd + r.grenzen.ongewijzigd, 12);
    const na = await tellingen();
    assert.equal(na.grens, voor.grens);
    assert.equal(na.bronImport, 1);
    assert.deepEqual(await geometrie('gemeente', 'GM0344'), gemeente);
    const [imp] = await database.db.select().from(bronImport);
    assert.equal(imp!.bestand, 'provincies.geojson');
    assert.match(
      imp!.toelichting!,
      /Bestanden: nl_gemeenten_provincies_vr\.topo\.json, provincies\.geojson\./,
    );
    assert.equal((await geometrie('provincie', 'PV26'))!.naam, 'Utrecht');
  });

  test('een bestand in RD New (meters) wordt omgezet naar WGS84; de herkomst zegt het', async () => {
    const rd = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { statcode: 'GM0344', statnaam: 'Utrecht' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [130_000, 450_000],
                [140_000, 450_000],
                [140_000, 460_000],
                [130_000, 450_000],
              ],
            ],
          },
        },
      ],
    });
    const data = leesGrenzenTekst(rd, 'rd.geojson', { jaargang: 2024 });
    const r = await importGrenzen(database.db, data, actor, { bestand: 'rd.geojson' });
    assert.equal(r.coordinatenstelsel, 'RD');
    assert.equal(r.peildatum, '2024-01-01');
    const [g] = await database.db
      .select()
      .from(grens)
      .where(and(eq(grens.bronImportId, r.importId), eq(grens.code, 'GM0344')));
    const geo = g!.geometrie as unknown as Polygon;
    assert.equal(bepaalCoordinatenstelsel(omvang([geo])), 'WGS84');
    // (130.000, 450.000), south-west of Utrecht: 5,02285 O, 52,03777 N, rounded to 3 decimals.
    assert.deepEqual(geo.coordinates[0]![0], [5.023, 52.038]);
    const [imp] = await database.db.select().from(bronImport).where(eq(bronImport.id, r.importId));
    assert.match(
      imp!.toelichting!,
      /het bestand \(rd\.geojson\) was in RD New \(EPSG:28992; x en y in meters\) en is omgezet/,
    );
  });

  test('coördinaten die in geen van beide stelsels in Nederland liggen worden geweigerd; niets geschreven', async () => {
    const voor = await tellingen();
    const mercator = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { statcode: 'GM0344' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [570_000, 6_800_000],
                [571_000, 6_800_000],
                [571_000, 6_801_000],
                [570_000, 6_800_000],
              ],
            ],
          },
        },
      ],
    });
    const data = leesGrenzenTekst(mercator, 'mercator.geojson', { jaargang: 2025 });
    await assert.rejects(
      importGrenzen(database.db, data, actor, { bestand: 'mercator.geojson' }),
      (e: unknown) =>
        e instanceof ImportGeweigerd && /^mercator\.geojson: .*onbekend coördinatenstelsel$/.test(e.message),
    );
    assert.deepEqual(await tellingen(), voor);
  });
});
