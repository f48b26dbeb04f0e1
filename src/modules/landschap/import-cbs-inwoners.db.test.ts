/**
 * `importCbsInwoners`: population per gemeente from CBS StatLine, fetched over real HTTP from a local
 * server that answers in CBS's own OData v3 format (table 03759ned, totals only) with a second page via
 * `odata.nextLink`, after the CBS gemeenten of 2025 (shared data). New dates are added, a differing figure
 * replaces Grip's with an audit entry, codes Grip does not know are listed; a second run changes nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { systeem } from '../../platform/audit/audit';
import { auditLog } from '../../platform/audit/schema';
import type { Database } from '../../platform/db/client';
import { CBS_BRON_KWB_2024, importCbsGemeenten, parseCbsGemeenten } from '../organisaties/import-cbs';
import { inwonertal, organisatie } from '../organisaties/schema';
import { BronFout } from './bronnen/bron';
import { leesCbsPaginas } from './bronnen/cbs-odata';
import { gedeeldeData, ontbreekt } from './bronnen/gedeelde-data';
import { haalCbsPaginas } from './download';
import { ImportGeweigerd } from './import-regelingen';
import { importCbsInwoners } from './import-cbs-inwoners';
import { bronImport } from './schema';

const GEMEENTEN = gedeeldeData('gemeenten-cbs-2024', 'gemeenten_2025.csv');
const actor = systeem('test-import cbs');
const PAD = '/ODataApi/OData/03759ned';

/** A row of 03759ned as the API gives it: dimension keys padded with spaces. */
const rij = (regio: string, periode: string, inwoners: number | null) => ({
  ID: 0,
  Geslacht: 'T001038',
  Leeftijd: '10000',
  BurgerlijkeStaat: 'T001019',
  RegioS: regio.padEnd(10, ' '),
  Perioden: periode,
  BevolkingOp1Januari_1: inwoners,
  GemiddeldeBevolking_2: inwoners === null ? null : inwoners + 1000,
});

/** The two pages; the next link is absolute, as CBS writes it, so it needs the server's address. */
function cbsPaginas(basis: string) {
  return {
    [`${PAD}/TypedDataSet`]: {
      'odata.metadata': `${basis}${PAD}/$metadata#Cbs.OData.WebAPI.TypedDataSet`,
      value: [
        rij('NL01', '2025JJ00', 18044027),
        rij('GM0363', '2025JJ00', 933680),
        rij('GM0014', '2025JJ00', 244885),
        rij('GM0363', '2024JJ00', 931000),
      ],
      'odata.nextLink': `${basis}${PAD}/TypedDataSet?$skip=4`,
    },
    [`${PAD}/TypedDataSet?$skip=4`]: {
      'odata.metadata': `${basis}${PAD}/$metadata#Cbs.OData.WebAPI.TypedDataSet`,
      value: [
        rij('GM0599', '2025JJ00', 675000),
        rij('GM9999', '2025JJ00', 1),
        rij('GM0005', '2025JJ00', null),
      ],
    },
  } as Record<string, unknown>;
}

let database: Database;
let server: http.Server;
let basis = '';
let paginas: Record<string, unknown> = {};
const aanvragen: string[] = [];

before(async () => {
  database = await createTestDatabase();
  server = http.createServer((req, res) => {
    aanvragen.push(req.url ?? '');
    const p = paginas[decodeURIComponent(req.url ?? '')];
    if (p === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(typeof p === 'string' ? p : JSON.stringify(p));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  paginas = cbsPaginas(basis);
});
after(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});

async function tellingen() {
  const { db } = database;
  const [i] = await db.select({ n: count() }).from(inwonertal);
  const [a] = await db.select({ n: count() }).from(auditLog);
  const [b] = await db.select({ n: count() }).from(bronImport);
  return { inwonertal: i!.n, auditLog: a!.n, bronImport: b!.n };
}
const inwonersVan = async (code: string, peildatum: string) => {
  const [r] = await database.db
    .select({ aantal: inwonertal.aantal, bron: inwonertal.bron })
    .from(inwonertal)
    .innerJoin(organisatie, eq(organisatie.id, inwonertal.organisatieId))
    .where(and(eq(organisatie.code, code), eq(inwonertal.peildatum, peildatum)));
  return r;
};

describe('importCbsInwoners: CBS StatLine over HTTP', { skip: ontbreekt(GEMEENTEN) }, () => {
  before(async () => {
    const cbs = parseCbsGemeenten(fs.readFileSync(GEMEENTEN, 'utf8'), GEMEENTEN);
    await importCbsGemeenten(database.db, cbs, systeem('test: cbs-gemeenten'));
  });

  test('twee pagina’s via odata.nextLink: nieuwe peildatum erbij, een afwijkend getal vervangen, onbekende code gemeld', async () => {
    const url = `${basis}${PAD}/TypedDataSet`;
    const opgehaald = await haalCbsPaginas(url);
    assert.equal(opgehaald.length, 2);
    assert.deepEqual(aanvragen.slice(-2), [`${PAD}/TypedDataSet`, `${PAD}/TypedDataSet?$skip=4`]);
    const data = leesCbsPaginas(opgehaald, url);
    assert.equal((await inwonersVan('GM0363', '2024-01-01'))!.bron, CBS_BRON_KWB_2024);
    const voor = await tellingen();

    const r = await importCbsInwoners(database.db, data, actor, { bestand: url });
    assert.equal(r.bronImport, 'nieuw');
    assert.equal(r.peildatum, '2025-01-01');
    assert.deepEqual(r.peildata, ['2024-01-01', '2025-01-01']);
    assert.equal(r.bron, 'CBS StatLine 03759ned (BevolkingOp1Januari_1)');
    assert.deepEqual(r.inwonertallen, { totaal: 4, nieuw: 3, gewijzigd: 1, ongewijzigd: 0 });
    assert.equal(r.gemeenten, 3);
    assert.deepEqual(r.nietInGrip, ['GM9999']);
    assert.equal(r.zonderWaarde, 1);
    assert.equal(r.andereRegios, 1);

    assert.deepEqual(await inwonersVan('GM0363', '2025-01-01'), { aantal: 933680, bron: r.bron });
    assert.deepEqual(await inwonersVan('GM0363', '2024-01-01'), { aantal: 931000, bron: r.bron });
    assert.deepEqual(await inwonersVan('GM0599', '2025-01-01'), { aantal: 675000, bron: r.bron });
    const na = await tellingen();
    assert.equal(na.inwonertal, voor.inwonertal + 3);
    assert.equal(na.auditLog, voor.auditLog + 3, 'één auditregel per gemeente');
    const [ams] = await database.db
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(eq(organisatie.code, 'GM0363'));
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entiteit, 'organisatie'),
          eq(auditLog.entiteitId, ams!.id),
          eq(auditLog.actor, actor.label),
        ),
      );
    assert.deepEqual(audit!.wijzigingen, [
      { veld: 'inwonertal[2025-01-01]', oud: null, nieuw: { aantal: 933680, bron: r.bron } },
      {
        veld: 'inwonertal[2024-01-01]',
        oud: { aantal: 931298, bron: CBS_BRON_KWB_2024 },
        nieuw: { aantal: 931000, bron: r.bron },
      },
    ]);
    const [imp] = await database.db.select().from(bronImport).where(eq(bronImport.bron, 'cbs'));
    assert.equal(imp!.licentie, 'CC BY 4.0 (Bron: CBS)');
    assert.equal(imp!.peildatum, '2025-01-01');
    assert.equal(imp!.bestand, url);
    assert.equal(
      imp!.toelichting,
      'Tabel 03759ned, veld BevolkingOp1Januari_1; peildata 2024-01-01, 2025-01-01',
    );
  });

  test('een tweede keer verandert niets', async () => {
    const url = `${basis}${PAD}/TypedDataSet`;
    const voor = await tellingen();
    const r = await importCbsInwoners(database.db, leesCbsPaginas(await haalCbsPaginas(url), url), actor, {
      bestand: url,
    });
    assert.equal(r.bronImport, 'ongewijzigd');
    assert.deepEqual(r.inwonertallen, { totaal: 4, nieuw: 0, gewijzigd: 0, ongewijzigd: 4 });
    assert.deepEqual(await tellingen(), voor);
  });

  test('een adres dat niet bestaat, en een pagina die geen JSON is: een reden, niets geschreven', async () => {
    await assert.rejects(
      haalCbsPaginas(`${basis}/weg`),
      (e: unknown) =>
        e instanceof ImportGeweigerd && e.message === `${basis}/weg: downloaden mislukt (HTTP 404 Not Found)`,
    );
    paginas[`${PAD}/kapot`] = '{\n  "value": [\n    {"RegioS": "GM0363",}\n  ]\n}';
    await assert.rejects(
      haalCbsPaginas(`${basis}${PAD}/kapot`),
      (e: unknown) => e instanceof BronFout && e.regel === 3 && e.bestand === `${basis}${PAD}/kapot`,
    );
    await assert.rejects(haalCbsPaginas('file:///etc/passwd'), /alleen http- en https-adressen/);
    assert.throws(() => leesCbsPaginas([{ value: 3 }], 'x.json'), BronFout);
  });
});
