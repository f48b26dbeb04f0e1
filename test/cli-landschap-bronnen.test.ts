/**
 * `npx grip import regioatlas | grenzen | roo | cbs` and `roo-polder --url` as a user runs them: separate
 * node processes on a PGlite data folder of their own; the `--url` sources from a local HTTP server started
 * here (real HTTP, no outside network). A malformed file ends with exit code 1 and `Fout: bestand:regel:
 * reden` as the last line on stderr, and writes nothing (the database is not even opened).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { openDatabase } from '../src/platform/db/client';
import { gedeeldeData, ontbreekt } from '../src/modules/landschap/bronnen/gedeelde-data';
import { EXPORT_269 } from '../src/modules/landschap/bronnen/roo-xml.voorbeeld';
import { bronImport, grens, regio } from '../src/modules/landschap/schema';
import { regeling } from '../src/modules/regelingen/schema';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLDER = gedeeldeData('roo-polder-2026');
const REGIOATLAS = gedeeldeData('regioatlas-2016');
const GRENZEN = gedeeldeData('grenzen-cbs-2023-vws');
const afwezig = ontbreekt(POLDER) || ontbreekt(REGIOATLAS) || ontbreekt(GRENZEN);
const WMO = ['2015', '2024'].map((j) => `centrumregeling-wmo-brabant-noordoost-oost-${j}.yaml`);

interface Uitkomst {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tijdelijk: string[] = [];
const nieuweMap = (naam: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `grip-${naam}-`));
  tijdelijk.push(dir);
  return dir;
};

function grip(args: string[], dataDir: string): Promise<Uitkomst> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: '', GRIP_DATA_DIR: dataDir },
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Exit code 1, no stack trace, and the reason as the last line on stderr; returns that line. */
function fout(u: Uitkomst): string {
  assert.equal(u.code, 1, `exit code ${u.code}; stdout: ${u.stdout}; stderr: ${u.stderr}`);
  assert.doesNotMatch(u.stderr, /^\s+at /m, 'een stack trace');
  assert.equal(u.stdout, '');
  const regel = u.stderr.trim().split('\n').at(-1)!;
  assert.match(regel, /^Fout: /);
  return regel;
}
const gelukt = (u: Uitkomst) => assert.equal(u.code, 0, `stdout: ${u.stdout}\nstderr: ${u.stderr}`);

/** What the local server answers per path: a body, or a status with a body. */
const antwoorden = new Map<string, { status?: number; type?: string; body: string | Buffer }>();
let server: http.Server;
let basis = '';

before(async () => {
  server = http.createServer((req, res) => {
    const a = antwoorden.get(decodeURIComponent(req.url ?? ''));
    if (!a) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    res.writeHead(a.status ?? 200, { 'content-type': a.type ?? 'application/octet-stream' }).end(a.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => server?.close(resolve));
  for (const dir of tijdelijk) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npx grip import van de overige landschapsbronnen', { skip: afwezig }, () => {
  let dataDir = '';
  let bestanden = '';
  before(() => {
    dataDir = nieuweMap('cli-bronnen-db');
    bestanden = nieuweMap('cli-bronnen');
  });

  describe('kapotte bestanden: exit 1, bestand:regel: reden, niets geschreven', { concurrency: 3 }, () => {
    test('een Regioatlas-CSV met een aanhalingsteken dat niet sluit', async () => {
      const map = path.join(bestanden, 'regioatlas-kapot', 'Veiligheid');
      fs.mkdirSync(map, { recursive: true });
      const regels = fs
        .readFileSync(path.join(REGIOATLAS, 'Veiligheid', 'veiligheidsregios.csv'), 'utf8')
        .split('\n');
      regels[4] = '"Amsterdam;"0363";"Amsterdam-Amstelland";"1000"';
      fs.writeFileSync(path.join(map, 'veiligheidsregios.csv'), regels.join('\n'));
      const regel = fout(await grip(['import', 'regioatlas', path.dirname(map)], dataDir));
      assert.match(
        regel,
        new RegExp(
          `^Fout: ${path.join(map, 'veiligheidsregios.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `,
        ),
      );
    });

    test('een grenzenbestand met kapotte JSON', async () => {
      const bestand = path.join(bestanden, 'kapot.geojson');
      const tekst = fs.readFileSync(path.join(GRENZEN, 'provincies.geojson'), 'utf8');
      fs.writeFileSync(bestand, `{\n"type": "FeatureCollection",\n"features": [,\n${tekst.slice(40)}`);
      const regel = fout(await grip(['import', 'grenzen', bestand], dataDir));
      assert.match(regel, new RegExp(`^Fout: ${bestand.replace(/[.]/g, '\\.')}:3: geen geldige JSON`));
    });

    test('een ROO-export met kapotte XML', async () => {
      const bestand = path.join(bestanden, 'exportOO.xml');
      const kapot = EXPORT_269.replace(
        '<p:titel>Centrumregeling Wmo Brabant Noordoost-oost 2015</p:titel>',
        '<p:titel>Centrumregeling</p:naam>',
      );
      fs.writeFileSync(bestand, kapot);
      const nr = kapot.split('\n').findIndex((r) => r.includes('<p:titel>Centrumregeling</p:naam>')) + 1;
      const regel = fout(await grip(['import', 'roo', bestand, '--peildatum', '2026-05-16'], dataDir));
      assert.match(regel, new RegExp(`^Fout: ${bestand.replace(/[.]/g, '\\.')}:${nr}: ongeldige XML`));
    });

    test('een CBS-antwoord met kapotte JSON, en een verkeerde peildatum', async () => {
      const bestand = path.join(bestanden, 'cbs.json');
      fs.writeFileSync(bestand, '{\n  "value": [\n    {"RegioS": "GM0363"\n  ]\n}\n');
      assert.match(
        fout(await grip(['import', 'cbs', bestand], dataDir)),
        new RegExp(`^Fout: ${bestand.replace(/[.]/g, '\\.')}:4: geen geldige JSON`),
      );
      assert.match(
        fout(await grip(['import', 'cbs', bestand, '--peildatum', '2025-02-30'], dataDir)),
        /--peildatum "2025-02-30" is geen geldige datum/,
      );
    });

    test('downloads die mislukken: een adres dat niet bestaat, en een archief zonder Polder-map', async () => {
      assert.equal(
        fout(await grip(['import', 'roo', '--url', `${basis}/weg.xml`], dataDir)),
        `Fout: ${basis}/weg.xml: downloaden mislukt (HTTP 404 Not Found)`,
      );
      antwoorden.set('/leeg.tar.gz', { body: execFileSync('tar', ['-czf', '-', '-C', root, 'README.md']) });
      assert.equal(
        fout(await grip(['import', 'roo-polder', '--url', `${basis}/leeg.tar.gz`], dataDir)),
        `Fout: ${basis}/leeg.tar.gz: het archief bevat geen Polder-map (een map gemeenschappelijke-regelingen met YAML-bestanden)`,
      );
    });
  });

  test('niets geschreven: de database is bij geen enkele fout geopend', () => {
    assert.equal(fs.existsSync(path.join(dataDir, 'pgdata')), false);
  });

  test('roo-polder --url: een .tar.gz van enkele YAML-bestanden van het echte register', async () => {
    const map = path.join(bestanden, 'polder-main', 'data', 'organisaties', 'gemeenschappelijke-regelingen');
    fs.mkdirSync(map, { recursive: true });
    for (const f of WMO)
      fs.copyFileSync(path.join(POLDER, 'gemeenschappelijke-regelingen', f), path.join(map, f));
    antwoorden.set('/polder/archive/main.tar.gz', {
      body: execFileSync('tar', ['-czf', '-', '-C', bestanden, 'polder-main']),
    });
    const url = `${basis}/polder/archive/main.tar.gz`;
    const u = await grip(['import', 'roo-polder', '--url', url], dataDir);
    gelukt(u);
    assert.match(u.stderr, /2 YAML-bestanden uitgepakt/);
    assert.match(
      u.stdout,
      new RegExp(
        `^Ingelezen: landelijk GR-register \\(Polder\\), peildatum 2026-05-16, uit ${url.replace(/[.]/g, '\\.')}$`,
        'm',
      ),
    );
    assert.match(u.stdout, /regelingen: 2 \(2 nieuw, 0 gewijzigd, 0 ongewijzigd\)/);
  });

  test('roo --url: de export gedownload van de lokale server en ingelezen als bron roo', async () => {
    antwoorden.set('/archive/exportOO.xml', { type: 'application/xml', body: EXPORT_269 });
    const url = `${basis}/archive/exportOO.xml`;
    const u = await grip(['import', 'roo', '--url', url, '--peildatum', '2026-05-20'], dataDir);
    gelukt(u);
    assert.match(u.stderr, /MB gedownload/);
    assert.match(
      u.stdout,
      /^Ingelezen: landelijk GR-register \(ROO-export\), peildatum 2026-05-20, uit exportOO\.xml$/m,
    );
    assert.match(u.stdout, /regelingen: 2 \(2 nieuw, 0 gewijzigd, 0 ongewijzigd\)/);
    const weer = await grip(['import', 'roo', '--url', url, '--peildatum', '2026-05-20'], dataDir);
    gelukt(weer);
    assert.match(weer.stdout, /^Niets veranderd: de database had deze stand al\.$/m);
  });

  test('cbs --url: twee pagina’s via odata.nextLink', async () => {
    const pad = '/ODataApi/OData/03759ned/TypedDataSet';
    const rij = (regio: string, n: number) => ({
      RegioS: regio.padEnd(10),
      Perioden: '2025JJ00',
      BevolkingOp1Januari_1: n,
    });
    antwoorden.set(pad, {
      type: 'application/json',
      body: JSON.stringify({
        'odata.metadata': `${basis}/ODataApi/OData/03759ned/$metadata#Cbs.OData.WebAPI.TypedDataSet`,
        value: [rij('NL01', 18044027), rij('GM0828', 100_000)],
        'odata.nextLink': `${basis}${pad}?$skip=2`,
      }),
    });
    antwoorden.set(`${pad}?$skip=2`, {
      type: 'application/json',
      body: JSON.stringify({ value: [rij('GM0755', 11_000), rij('GM9999', 1)] }),
    });
    const u = await grip(['import', 'cbs', '--url', `${basis}${pad}`], dataDir);
    gelukt(u);
    assert.match(u.stderr, /pagina 2 ophalen/);
    assert.match(u.stdout, /bron per inwonertal: CBS StatLine 03759ned \(BevolkingOp1Januari_1\)/);
    assert.match(
      u.stdout,
      /inwonertallen: 2 van 2 gemeenten op 2025-01-01 \(2 nieuw, 0 gewijzigd, 0 ongewijzigd\)/,
    );
    assert.match(u.stdout, /1 gemeentecode\(s\) zonder gemeente in Grip, niet ingelezen: GM9999/);
  });

  test('grenzen en regioatlas uit bestanden', async () => {
    const g = await grip(['import', 'grenzen', path.join(GRENZEN, 'provincies.geojson')], dataDir);
    gelukt(g);
    assert.match(g.stdout, /grenzen: 12 \(12 provincies; 12 nieuw, 0 gewijzigd, 0 ongewijzigd\)/);
    assert.match(g.stdout, /coördinatenstelsel: WGS84/);

    const map = path.join(bestanden, 'regioatlas', 'Veiligheid');
    fs.mkdirSync(map, { recursive: true });
    fs.copyFileSync(
      path.join(REGIOATLAS, 'Veiligheid', 'veiligheidsregios.csv'),
      path.join(map, 'veiligheidsregios.csv'),
    );
    const r = await grip(['import', 'regioatlas', path.dirname(map)], dataDir);
    gelukt(r);
    assert.match(r.stdout, /regio’s: 25 in 1 indelingen \(25 nieuw/);
    const m = /gemeenten in regio’s: 390 .*: (\d+) gekoppeld op CBS-code, (\d+) niet gekoppeld/.exec(
      r.stdout,
    );
    assert.ok(m, r.stdout);
    // Oss and Boekel (and the other gemeenten of the register files read above) are in Grip; the rest not.
    assert.ok(Number(m[1]) >= 2 && Number(m[1]) + Number(m[2]) === 390, m[0]);

    const database = await openDatabase({ dataDir });
    try {
      const { db } = database;
      const [roo] = await db.select({ n: count() }).from(regeling).where(eq(regeling.bron, 'roo'));
      assert.equal(roo!.n, 2);
      const [gr] = await db.select({ n: count() }).from(grens);
      assert.equal(gr!.n, 12);
      const [rg] = await db.select({ n: count() }).from(regio);
      assert.equal(rg!.n, 25);
      const bronnen = (await db.select({ bron: bronImport.bron }).from(bronImport)).map((b) => b.bron).sort();
      assert.deepEqual(bronnen, ['cbs', 'grenzen', 'regioatlas', 'roo', 'roo-polder']);
    } finally {
      await database.close();
    }
  });
});
