/**
 * `npx grip …` as a user runs it: a separate node process on a PGlite data folder of its own.
 * Bad input ends with exit code 1 and one line on stderr, never a stack trace. A second process
 * on a data folder that a running Grip holds is refused. PGlite only (slow: real processes).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { openDatabase } from '../src/platform/db/client';
import { controleerWachtwoord, sha256 } from '../src/platform/auth/crypto';
import { tokenGebruiker, vindGebruikerOpEmail } from '../src/modules/accounts/store';
import { organisatie } from '../src/modules/organisaties/schema';

/** The repository root: the children run from there, whatever the runner's working directory. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

/** The environment of a child: our own, minus a database server, plus the given data folder. */
const omgeving = (dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: '',
  GRIP_DATA_DIR: dataDir,
  ...extra,
});

function grip(args: string[], dataDir: string): Promise<Uitkomst> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: omgeving(dataDir),
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

/** Exit code 1 and exactly one line on stderr without a stack trace; returns that line. */
function eenRegelFout(u: Uitkomst): string {
  assert.equal(u.code, 1, `exit code ${u.code}; stdout: ${u.stdout}; stderr: ${u.stderr}`);
  const regels = u.stderr.trim().split('\n');
  assert.equal(regels.length, 1, `meer dan één regel op stderr:\n${u.stderr}`);
  assert.doesNotMatch(u.stderr, /^\s+at /m, 'een stack trace');
  return regels[0]!;
}

after(() => {
  for (const dir of tijdelijk) fs.rmSync(dir, { recursive: true, force: true });
});

const KOP = 'gm_code,gm_naam,pv_code,pv_naam,begindatum_gemeente,inwoners_2024_01_01';

/** Malformed CBS files: name, lines, the line the reason is given for, and the reason. */
const fouteBestanden = [
  [
    'een ontbrekende kolom',
    ['gm_code,gm_naam,pv_code,pv_naam,begindatum_gemeente', 'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01'],
    1,
    /kolom inwoners_2024_01_01 ontbreekt/,
  ],
  [
    'een onbekend codepatroon',
    [
      KOP,
      'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01,33279',
      'XX12,Nergens,PV27,Noord-Holland,1970-01-01,1',
    ],
    3,
    /codepatroon "XX12"/,
  ],
  [
    'een inwonertal dat geen getal is',
    [KOP, 'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01,veel'],
    2,
    /inwonertal "veel"/,
  ],
  [
    'een dubbele code',
    [
      KOP,
      'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01,33279',
      'GM0358,Aalsmeer,PV27,Noord-Holland,1970-01-01,33279',
    ],
    3,
    /twee keer/,
  ],
] as const;

describe('npx grip gebruiker, token en import op één datamap', () => {
  let dataDir = '';
  let csvDir = '';
  let wachtwoord = '';
  let token = '';
  before(() => {
    dataDir = nieuweMap('cli');
    csvDir = nieuweMap('csv');
  });

  test('gebruiker maak --email x@y.nl --rol beheerder drukt een eenmalig wachtwoord af', async () => {
    const u = await grip(['gebruiker', 'maak', '--email', 'x@y.nl', '--rol', 'beheerder'], dataDir);
    assert.equal(u.code, 0, u.stderr);
    const m = /Eenmalig wachtwoord: (\S+)/.exec(u.stdout);
    assert.ok(m, u.stdout);
    wachtwoord = m[1]!;
    assert.match(wachtwoord, /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    assert.match(u.stdout, /x@y\.nl aangemaakt met rol beheerder/);
  });

  // These are refused before the database is opened, so they can run side by side.
  describe('ongeldige invoer: exit 1 en één regel op stderr', { concurrency: 3 }, () => {
    for (const [omschrijving, args, verwacht] of [
      ['een onbekende rol', ['--email', 'a@b.nl', '--rol', 'onzin'], /rol/],
      ['geen e-mailadres', ['--rol', 'beheerder'], /e-mailadres/],
      ['een ongeldig e-mailadres', ['--email', 'geen-adres', '--rol', 'beheerder'], /e-mailadres/],
      ['een rol zonder scope', ['--email', 'a@b.nl', '--rol', 'griffie'], /--scope/],
      ['een onbekende optie', ['--email', 'a@b.nl', '--rol', 'beheerder', '--wat'], /--wat/],
    ] as const) {
      test(`gebruiker maak met ${omschrijving}`, async () => {
        const regel = eenRegelFout(await grip(['gebruiker', 'maak', ...args], dataDir));
        assert.match(regel, /^Fout: /);
        assert.match(regel, verwacht);
      });
    }

    test('een onbekende opdracht', async () => {
      assert.match(eenRegelFout(await grip(['verwijder', 'alles'], dataDir)), /onbekende opdracht/);
    });

    test('token maak zonder e-mailadres', async () => {
      assert.match(eenRegelFout(await grip(['token', 'maak'], dataDir)), /--email/);
    });

    for (const [omschrijving, regels, regelNr, reden] of fouteBestanden) {
      test(`import cbs-gemeenten met ${omschrijving}: bestand:regel: reden`, async () => {
        const bestand = path.join(csvDir, `${omschrijving.replace(/\W+/g, '-')}.csv`);
        fs.writeFileSync(bestand, `${regels.join('\n')}\n`);
        const regel = eenRegelFout(await grip(['import', 'cbs-gemeenten', bestand], dataDir));
        assert.ok(regel.includes(`${bestand}:${regelNr}: `), regel);
        assert.match(regel, reden);
      });
    }

    test('import cbs-gemeenten met een bestand dat niet bestaat', async () => {
      assert.match(
        eenRegelFout(await grip(['import', 'cbs-gemeenten', path.join(csvDir, 'weg.csv')], dataDir)),
        /niet gevonden/,
      );
    });
  });

  test('gebruiker maak met een bestaand e-mailadres of een onbekende scope wordt geweigerd', async () => {
    assert.match(
      eenRegelFout(await grip(['gebruiker', 'maak', '--email', 'X@Y.nl', '--rol', 'beheerder'], dataDir)),
      /bestaat al/,
    );
    assert.match(
      eenRegelFout(
        await grip(
          ['gebruiker', 'maak', '--email', 'r@y.nl', '--rol', 'raadslid', '--scope', 'GM0000'],
          dataDir,
        ),
      ),
      /onbekende scope/,
    );
  });

  test('token maak --email x@y.nl drukt een token af; voor een onbekende gebruiker niet', async () => {
    const u = await grip(['token', 'maak', '--email', 'x@y.nl'], dataDir);
    assert.equal(u.code, 0, u.stderr);
    token = u.stdout.trim();
    assert.match(token, /^[A-Za-z0-9_-]{40,}$/);
    assert.match(
      eenRegelFout(await grip(['token', 'maak', '--email', 'niemand@y.nl'], dataDir)),
      /geen gebruiker/,
    );
  });

  test('in de database: het wachtwoord en het token horen bij de beheerder; de geweigerde import schreef niets', async () => {
    const database = await openDatabase({ dataDir });
    try {
      const g = await vindGebruikerOpEmail(database.db, 'x@y.nl');
      assert.ok(g);
      assert.equal(await controleerWachtwoord(g.wachtwoordHash, wachtwoord), true);
      assert.equal(await controleerWachtwoord(g.wachtwoordHash, `${wachtwoord}x`), false);
      const viaToken = await tokenGebruiker(database.db, sha256(token));
      assert.equal(viaToken?.email, 'x@y.nl');
      assert.deepEqual(
        viaToken.rollen.map((r) => r.rol),
        ['beheerder'],
      );
      const [o] = await database.db.select({ n: count() }).from(organisatie);
      assert.equal(o!.n, 0);
      assert.equal(await vindGebruikerOpEmail(database.db, 'r@y.nl'), null);
    } finally {
      await database.close();
    }
  });

  test('token lijst toont het kenmerk; token intrek trekt het in, daarna werkt het token niet meer', async () => {
    const lijst = await grip(['token', 'lijst', '--email', 'x@y.nl'], dataDir);
    assert.equal(lijst.code, 0, lijst.stderr);
    const kenmerk = sha256(token).slice(0, 12);
    assert.match(lijst.stdout, new RegExp(`^${kenmerk}  \\d{4}-\\d{2}-\\d{2}  `, 'm'));
    assert.match(
      eenRegelFout(await grip(['token', 'intrek', '--email', 'x@y.nl', '--kenmerk', 'zzz'], dataDir)),
      /kenmerk/,
    );
    const intrek = await grip(['token', 'intrek', '--email', 'x@y.nl', '--kenmerk', kenmerk], dataDir);
    assert.equal(intrek.code, 0, intrek.stderr);
    assert.match(
      eenRegelFout(await grip(['token', 'intrek', '--email', 'x@y.nl', '--kenmerk', kenmerk], dataDir)),
      /geen token met kenmerk/,
    );
    const database = await openDatabase({ dataDir });
    try {
      assert.equal(await tokenGebruiker(database.db, sha256(token)), null);
    } finally {
      await database.close();
    }
  });
});

/** A port below 32768 (outside the usual ephemeral range) that nothing listens on now. */
async function vrijePoort(): Promise<number> {
  for (;;) {
    const poort = 20000 + Math.floor(Math.random() * 12000);
    const vrij = await new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(poort, () => s.close(() => resolve(true)));
    });
    if (vrij) return poort;
  }
}

describe('een tweede proces op dezelfde datamap', () => {
  let server: ChildProcess | undefined;
  let serverUit = '';

  after(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const gestopt = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGKILL');
      await gestopt;
    }
  });

  test('npx grip migrate wordt geweigerd zolang Grip draait, en lukt daarna', async () => {
    const dataDir = nieuweMap('tweede');
    const poort = await vrijePoort();
    const s = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: omgeving(dataDir, { PORT: String(poort), GRIP_DEMO: '0' }),
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = s;
    s.stdout.setEncoding('utf8').on('data', (d: string) => (serverUit += d));
    s.stderr.setEncoding('utf8').on('data', (d: string) => (serverUit += d));
    const gestopt = new Promise<number | null>((resolve) => s.once('exit', resolve));

    // Wait until /health answers (or the server dies): no time limit, the runner's own applies.
    for (;;) {
      assert.equal(s.exitCode, null, `de server stopte:\n${serverUit}`);
      const ok = await fetch(`http://127.0.0.1:${poort}/health`)
        .then(async (r) => r.status === 200 && ((await r.json()) as { status: string }).status === 'ok')
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const regel = eenRegelFout(await grip(['migrate'], dataDir));
    assert.match(regel, /in gebruik/);
    assert.ok(regel.includes(String(s.pid)), `het pid van de server staat niet in: ${regel}`);

    s.kill('SIGTERM');
    assert.equal(await gestopt, 0, `de server stopte niet netjes:\n${serverUit}`);

    const u = await grip(['migrate'], dataDir);
    assert.equal(u.code, 0, u.stderr);
    assert.match(u.stdout, /bijgewerkt/);
  });
});
