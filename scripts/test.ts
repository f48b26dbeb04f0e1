/**
 * `npm test`: the whole suite, with node's test runner.
 *   1. pure rules and in-process HTTP/database tests on PGlite;
 *   2. the database tests (*.db.test.ts) again on a real PostgreSQL server started here;
 *   3. the browser stories (e2e/*.e2e.ts) in Debian's Chromium with an axe scan per page.
 * Ends with one line "N passed, N failed". Options: --skip-pg, --skip-e2e, or file filters.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareTemplates } from '../test/db';
import { startPostgres, vindPostgres } from './pg-server';
import { chromiumPad } from '../e2e/browser';

const args = process.argv.slice(2);
const vlag = (n: string) => args.includes(n);
const filters = args.filter((a) => !a.startsWith('--'));
const ci = process.env.CI === 'true' || process.env.CI === '1';

function vind(dir: string, eind: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(eind))
    .map((f) => path.join(dir, f))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
}

const unit = [...vind('src', '.test.ts'), ...vind('test', '.test.ts')].filter(
  (f) => !f.endsWith('.db.test.ts'),
);
const dbTests = [...vind('src', '.db.test.ts'), ...vind('test', '.db.test.ts')];
const e2e = vind('e2e', '.e2e.ts');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-test-'));
const totaal = { pass: 0, fail: 0, skipped: 0 };
const problemen: string[] = [];

function runNodeTest(naam: string, files: string[], env: Record<string, string>, concurrency = 2) {
  if (files.length === 0) return;
  console.log(`\n=== ${naam} (${files.length} bestanden) ===`);
  const tap = path.join(tmp, `${naam.replace(/\W+/g, '_')}.tap`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  const tekst = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  const getal = (k: string) => Number(new RegExp(`^# ${k} (\\d+)$`, 'm').exec(tekst)?.[1] ?? 0);
  totaal.pass += getal('pass');
  totaal.fail += getal('fail') + getal('cancelled');
  totaal.skipped += getal('skipped');
  if (r.status !== 0) problemen.push(`${naam}: exit code ${r.status}`);
}

const pgliteEnv = { GRIP_TEST_ENGINE: 'pglite', GRIP_TEST_PGLITE_TEMPLATES: tmp };
console.log('Sjablonen voorbereiden (PGlite)…');
await prepareTemplates('pglite', tmp);
runNodeTest('pure regels en PGlite', [...unit, ...dbTests], pgliteEnv);

if (!vlag('--skip-pg') && dbTests.length > 0) {
  if (!vindPostgres()) {
    const m =
      'PostgreSQL is niet geïnstalleerd: de databasetests op PostgreSQL zijn overgeslagen (npm run test:all installeert het).';
    if (ci) problemen.push(m);
    console.warn(m);
  } else {
    const server = startPostgres();
    try {
      await prepareTemplates('postgres', server.url);
      runNodeTest('PostgreSQL', dbTests, {
        GRIP_TEST_ENGINE: 'postgres',
        GRIP_TEST_DATABASE_URL: server.url,
      });
    } finally {
      server.stop();
    }
  }
}

if (!vlag('--skip-e2e') && e2e.length > 0) {
  if (!chromiumPad()) {
    const m = 'Chromium ontbreekt: de browsertests zijn overgeslagen (npm run test:all installeert het).';
    if (ci) problemen.push(m);
    console.warn(m);
  } else {
    runNodeTest('browser (Chromium + axe)', e2e, pgliteEnv, 1);
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
for (const p of problemen) console.error(`FOUT: ${p}`);
console.log(
  `\n${totaal.pass} passed, ${totaal.fail} failed${totaal.skipped ? `, ${totaal.skipped} skipped` : ''}`,
);
process.exit(problemen.length > 0 || totaal.fail > 0 ? 1 : 0);
