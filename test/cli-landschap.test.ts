/**
 * `npx grip import roo-polder` and `npx grip import opengr` as a user runs them: separate node processes
 * on a PGlite data folder of their own. A malformed file ends with exit code 1 and `Fout: bestand:regel:
 * reden` as the last line on stderr (progress comes before it), and writes nothing. A small folder of the
 * real register imports, a second run changes nothing, and the real OpenGR file imports beside it.
 * PGlite only (slow: real processes). Skipped with a message when the shared data is missing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { openDatabase } from '../src/platform/db/client';
import { gedeeldeData, ontbreekt } from '../src/modules/landschap/bronnen/gedeelde-data';
import { bronImport } from '../src/modules/landschap/schema';
import { regeling } from '../src/modules/regelingen/schema';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLDER = gedeeldeData('roo-polder-2026');
const OPENGR = gedeeldeData('opengr-2016', 'original', 'opengr_provincies.csv');
const OPVOLGERS = gedeeldeData('herindelingen-2016-2024', 'opvolgers_gemeenten_2016_2024.csv');
const afwezig = ontbreekt(POLDER) || ontbreekt(OPENGR) || ontbreekt(OPVOLGERS);
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
after(() => {
  for (const dir of tijdelijk) fs.rmSync(dir, { recursive: true, force: true });
});

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

describe('npx grip import roo-polder en opengr', { skip: afwezig }, () => {
  let dataDir = '';
  let bestanden = '';
  before(() => {
    dataDir = nieuweMap('cli-landschap');
    bestanden = nieuweMap('cli-bronnen');
  });

  describe(
    'kapotte en ontbrekende bestanden: exit 1, bestand:regel: reden, niets geschreven',
    { concurrency: 3 },
    () => {
      test('een Polder-map met een datum die niet bestaat', async () => {
        const map = path.join(bestanden, 'kapot-polder', 'gemeenschappelijke-regelingen');
        fs.mkdirSync(map, { recursive: true });
        const tekst = fs
          .readFileSync(path.join(POLDER, 'gemeenschappelijke-regelingen', WMO[1]!), 'utf8')
          .replace("toetredings_datum: '2015-01-01'", "toetredings_datum: '2015-02-30'");
        fs.writeFileSync(path.join(map, WMO[1]!), tekst);
        const regel = fout(await grip(['import', 'roo-polder', path.dirname(map)], dataDir));
        assert.equal(
          regel,
          `Fout: ${path.join(map, WMO[1]!)}:28: gr_meta.deelnemende_organisaties[0].toetredings_datum "2015-02-30" is geen geldige datum (JJJJ-MM-DD)`,
        );
      });

      test('een OpenGR-bestand met een regel met te weinig velden', async () => {
        const bestand = path.join(bestanden, 'kapot.csv');
        const regels = fs.readFileSync(OPENGR, 'utf8').split('\n').slice(0, 10);
        regels[6] = 'Alleen een deelnemer,en een regeling';
        fs.writeFileSync(bestand, regels.join('\n'));
        assert.equal(
          fout(await grip(['import', 'opengr', bestand], dataDir)),
          `Fout: ${bestand}:7: regel heeft 2 velden, de kopregel heeft er 5`,
        );
      });

      test('een map of bestand dat niet bestaat, en een ontbrekende opvolgertabel', async () => {
        assert.match(
          fout(await grip(['import', 'roo-polder', path.join(bestanden, 'weg')], dataDir)),
          /map niet gevonden/,
        );
        assert.match(fout(await grip(['import', 'roo-polder'], dataDir)), /geef de map op/);
        assert.match(
          fout(await grip(['import', 'opengr', path.join(bestanden, 'weg.csv')], dataDir)),
          /niet gevonden/,
        );
        assert.match(
          fout(
            await grip(['import', 'opengr', OPENGR, '--opvolgers', path.join(bestanden, 'weg.csv')], dataDir),
          ),
          /opvolgertabel niet gevonden/,
        );
      });
    },
  );

  test('de geweigerde imports schreven niets: de bestanden worden gelezen voordat de database opengaat', () => {
    assert.equal(fs.existsSync(path.join(dataDir, 'pgdata')), false);
  });

  test('een kleine Polder-map: samenvatting met aantallen, voortgang op stderr; een tweede keer verandert niets', async () => {
    const map = path.join(bestanden, 'roo-polder-klein', 'gemeenschappelijke-regelingen');
    fs.mkdirSync(map, { recursive: true });
    for (const f of WMO)
      fs.copyFileSync(path.join(POLDER, 'gemeenschappelijke-regelingen', f), path.join(map, f));
    const u = await grip(['import', 'roo-polder', path.dirname(map)], dataDir);
    assert.equal(u.code, 0, u.stderr);
    assert.match(u.stderr, /YAML-bestanden gelezen/);
    const uit = u.stdout;
    assert.match(
      uit,
      /^Ingelezen: landelijk GR-register \(Polder\), peildatum 2026-05-16, uit roo-polder-klein$/m,
    );
    assert.match(
      uit,
      /^ {2}regelingen: 2 \(2 nieuw, 0 gewijzigd, 0 ongewijzigd\); 1 in werking op 2026-05-16$/m,
    );
    assert.match(uit, /deelnemers in de bron: 13 rijen: 13 gekoppeld \(13 op TOOI-URI\), 0 niet gekoppeld/);
    assert.match(uit, /deelnames in Grip: 13 \(13 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd\)/);
    assert.match(uit, /organisaties in de bron: 11 \(11 nieuw/);
    assert.match(uit, /licentie: CC0 1\.0/);
    assert.match(uit, /^Klaar in [\d,]+ s\.$/m);

    const weer = await grip(['import', 'roo-polder', path.dirname(map)], dataDir);
    assert.equal(weer.code, 0, weer.stderr);
    assert.match(weer.stdout, /regelingen: 2 \(0 nieuw, 0 gewijzigd, 2 ongewijzigd\)/);
    assert.match(weer.stdout, /^Niets veranderd: de database had deze stand al\.$/m);
  });

  test('het echte OpenGR-bestand met de opvolgertabel, naast het register', async () => {
    const u = await grip(['import', 'opengr', OPENGR, '--opvolgers', OPVOLGERS], dataDir);
    assert.equal(u.code, 0, u.stderr);
    assert.match(
      u.stdout,
      /^Ingelezen: OpenGR 2016 \(Open State Foundation\), peildatum 2016-03-07 \(verzameld oktober 2015 – maart 2016\), uit opengr_provincies\.csv$/m,
    );
    assert.match(u.stdout, /regelingen: 464 \(464 nieuw, 0 gewijzigd, 0 ongewijzigd\)/);
    assert.match(
      u.stdout,
      /deelnemers in de bron: 3\.752 rijen: [\d.]+ gekoppeld .*, [\d.]+ niet gekoppeld .*, [\d.]+ samengevoegd/,
    );
    assert.match(u.stdout, /opvolgertabel: opvolgers_gemeenten_2016_2024\.csv, 71 opgeheven gemeenten/);

    const database = await openDatabase({ dataDir });
    try {
      const [og] = await database.db.select({ n: count() }).from(regeling).where(eq(regeling.bron, 'opengr'));
      assert.equal(og!.n, 464);
      const imports = await database.db
        .select({ bron: bronImport.bron, bestand: bronImport.bestand })
        .from(bronImport);
      assert.deepEqual(
        imports.sort((a, b) => a.bron.localeCompare(b.bron)),
        [
          { bron: 'opengr', bestand: 'opengr_provincies.csv' },
          { bron: 'roo-polder', bestand: 'roo-polder-klein' },
        ],
      );
    } finally {
      await database.close();
    }
  });
});
