/**
 * `importRooXml`: the national register from the ROO export (exportOO.xml, the example export of
 * `bronnen/roo-xml.voorbeeld.ts`, streamed in small pieces) into the register with bron 'roo': regelingen,
 * organisations and participations as from the Polder folder; a second run changes nothing; a newer export
 * updates in place; an older one is refused; without a date it is refused.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { organisatie } from '../organisaties/schema';
import { deelname, regeling } from '../regelingen/schema';
import { zoekRegelingen } from '../regelingen/store';
import { leesRooXmlAlles } from './bronnen/roo-xml';
import { EXPORT_269 } from './bronnen/roo-xml.voorbeeld';
import { ImportGeweigerd } from './import-regelingen';
import { importRooXml } from './import-roo-polder';
import { bronDeelname, bronImport } from './schema';

const actor = systeem('test-import roo');
const opties = { bestand: 'exportOO.xml', datum: '2026-06-01' };

/** The export in pieces of 100 bytes, as a download arrives. */
const stukken = (tekst: string) => {
  const b = Buffer.from(tekst, 'utf8');
  const uit: Buffer[] = [];
  for (let i = 0; i < b.length; i += 100) uit.push(b.subarray(i, i + 100));
  return Readable.from(uit);
};
const lees = (tekst: string, peildatum?: string) =>
  leesRooXmlAlles(stukken(tekst), 'exportOO.xml', peildatum ? { peildatum } : {});

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database?.close();
});

async function tellingen() {
  const { db } = database;
  const tel = async (
    t: typeof regeling | typeof deelname | typeof bronDeelname | typeof auditLog | typeof bronImport,
  ) => (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    regeling: await tel(regeling),
    deelname: await tel(deelname),
    bronDeelname: await tel(bronDeelname),
    auditLog: await tel(auditLog),
    bronImport: await tel(bronImport),
    organisatie: (await db.select({ n: count() }).from(organisatie))[0]!.n,
  };
}

describe('importRooXml: het register uit de ROO-export', () => {
  test('zonder datum in de export en zonder peildatum wordt geweigerd', async () => {
    const data = await lees(EXPORT_269);
    assert.equal(data.peildatum, null);
    await assert.rejects(
      importRooXml(database.db, data, actor, opties),
      (e: unknown) =>
        e instanceof ImportGeweigerd && /exportOO\.xml: de export noemt geen datum/.test(e.message),
    );
    assert.equal((await tellingen()).regeling, 0);
  });

  test('de export: twee regelingen met bron roo, drie deelnemers waarvan twee gekoppeld, herkomst vastgelegd', async () => {
    const data = await lees(EXPORT_269);
    const r = await importRooXml(database.db, data, actor, { ...opties, peildatum: '2026-05-16' });
    assert.equal(r.bronImport, 'nieuw');
    assert.equal(r.peildatum, '2026-05-16');
    assert.deepEqual(
      { nieuw: r.regelingen.nieuw, ongewijzigd: r.regelingen.ongewijzigd },
      { nieuw: 2, ongewijzigd: 0 },
    );
    assert.equal(r.bronrijen.totaal, 3);
    assert.equal(r.bronrijen.gekoppeld, 2);
    assert.equal(r.bronrijen.nietGekoppeld, 1);
    assert.equal(r.inWerking.regelingen, 1);

    const rs = await database.db.select().from(regeling).where(eq(regeling.bron, 'roo'));
    assert.equal(rs.length, 2);
    const wmo = rs.find((x) => x.bronSleutel === '29494998')!;
    assert.equal(wmo.naam, 'Centrumregeling Wmo Brabant Noordoost-oost 2024');
    assert.equal(wmo.bronPeildatum, '2026-05-16');
    assert.equal(wmo.vorm, 'regeling_zonder_meer');
    assert.match(wmo.bronnen[0]!.omschrijving, /exportOO\.xml van het Register van Overheidsorganisaties/);

    const rijen = await database.db
      .select({ naam: bronDeelname.naam, koppeling: bronDeelname.koppeling, org: organisatie.code })
      .from(bronDeelname)
      .leftJoin(organisatie, eq(organisatie.id, bronDeelname.organisatieId))
      .where(eq(bronDeelname.regelingId, wmo.id));
    assert.deepEqual(
      rijen.sort((a, b) => a.naam.localeCompare(b.naam)),
      [
        { naam: 'Gemeente Boekel', koppeling: 'cbs-code', org: 'GM0755' },
        { naam: 'Gemeente Oss', koppeling: 'tooi', org: 'GM0828' },
        { naam: 'Gemeinde Kranenburg', koppeling: null, org: null },
      ],
    );
    const [imp] = await database.db.select().from(bronImport).where(eq(bronImport.bron, 'roo'));
    assert.equal(imp!.licentie, 'CC0 1.0 (KOOP / Ministerie van BZK)');
    assert.equal(imp!.bestand, 'exportOO.xml');

    // The register shows the export's regelingen by default, beside those made in Grip.
    const lijst = await zoekRegelingen(database.db, { sortering: 'naam', pagina: 1, perPagina: 50 });
    assert.ok(lijst.rows.some((x) => x.naam === 'Centrumregeling Wmo Brabant Noordoost-oost 2024'));
  });

  test('een tweede keer verandert niets', async () => {
    const voor = await tellingen();
    const r = await importRooXml(database.db, await lees(EXPORT_269), actor, {
      ...opties,
      peildatum: '2026-05-16',
    });
    assert.equal(r.bronImport, 'ongewijzigd');
    assert.equal(r.regelingen.ongewijzigd, 2);
    assert.deepEqual(await tellingen(), voor);
  });

  test('een nieuwere export werkt dezelfde regelingen bij; een oudere wordt geweigerd', async () => {
    const nieuwer = EXPORT_269.replace(
      '<p:doel>Samenwerken aan Wmo &amp; beschermd wonen.</p:doel>',
      '<p:doel>Samenwerken aan Wmo, jeugd en beschermd wonen.</p:doel>',
    );
    const r = await importRooXml(database.db, await lees(nieuwer, '2026-06-01'), actor, opties);
    assert.equal(r.regelingen.nieuw, 0);
    assert.equal(r.regelingen.gewijzigd, 1);
    const [wmo] = await database.db
      .select()
      .from(regeling)
      .where(and(eq(regeling.bron, 'roo'), eq(regeling.bronSleutel, '29494998')));
    assert.equal(wmo!.belang, 'Samenwerken aan Wmo, jeugd en beschermd wonen.');
    assert.equal(wmo!.bronPeildatum, '2026-06-01');
    assert.equal((await tellingen()).regeling, 2);

    const voor = await tellingen();
    await assert.rejects(
      importRooXml(database.db, await lees(EXPORT_269, '2026-05-16'), actor, opties),
      ImportGeweigerd,
    );
    assert.deepEqual(await tellingen(), voor);
  });
});
