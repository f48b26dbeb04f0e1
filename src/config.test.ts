/** Configuration: defaults for development, and every problem listed at once in production. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from './config';

/** Runs loadConfig and returns the ConfigError it must throw. */
function fout(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `verwacht een ConfigError, kreeg ${String(e)}`);
    return e;
  }
  assert.fail(`loadConfig(${JSON.stringify(env)}) had moeten weigeren`);
}

const productie = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://grip:geheim@db.example.nl:5432/grip',
  GRIP_SESSION_SECRET: 'x'.repeat(40),
  GRIP_BASE_URL: 'https://grip.example.nl',
};

describe('loadConfig', () => {
  test('zonder instellingen: PGlite in ./data, poort 3000, voorbeeldgegevens, een eigen sessiegeheim', () => {
    const c = loadConfig({});
    assert.equal(c.production, false);
    assert.equal(c.port, 3000);
    assert.equal(c.dataDir, path.resolve('./data'));
    assert.equal(c.databaseUrl, undefined);
    assert.equal(c.baseUrl, 'http://localhost:3000');
    assert.equal(c.demoData, true);
    assert.match(c.sessionSecret, /^[0-9a-f]{64}$/);
    assert.notEqual(loadConfig({}).sessionSecret, c.sessionSecret, 'elke start een nieuw geheim');
  });

  test('instellingen worden gelezen; lege waarden tellen als afwezig', () => {
    const c = loadConfig({
      PORT: '8080',
      GRIP_DATA_DIR: 'elders/data',
      DATABASE_URL: 'postgresql://localhost/grip',
      GRIP_SESSION_SECRET: 's'.repeat(32),
      GRIP_BASE_URL: 'https://grip.example.nl',
      GRIP_DEMO: '0',
    });
    assert.equal(c.port, 8080);
    assert.equal(c.dataDir, path.resolve('elders/data'));
    assert.equal(c.databaseUrl, 'postgresql://localhost/grip');
    assert.equal(c.sessionSecret, 's'.repeat(32));
    assert.equal(c.baseUrl, 'https://grip.example.nl');
    assert.equal(c.demoData, false);
    const leeg = loadConfig({ PORT: '', DATABASE_URL: '', GRIP_BASE_URL: '' });
    assert.equal(leeg.port, 3000);
    assert.equal(leeg.databaseUrl, undefined);
    assert.equal(leeg.baseUrl, 'http://localhost:3000');
  });

  test('de standaard-URL volgt de poort', () => {
    assert.equal(loadConfig({ PORT: '4321' }).baseUrl, 'http://localhost:4321');
  });

  test('productie met alle instellingen start, zonder voorbeeldgegevens', () => {
    const c = loadConfig(productie);
    assert.equal(c.production, true);
    assert.equal(c.demoData, false);
    assert.equal(c.databaseUrl, productie.DATABASE_URL);
  });

  test('productie zonder DATABASE_URL, GRIP_SESSION_SECRET en GRIP_BASE_URL noemt alle drie in één melding', () => {
    const e = fout({ NODE_ENV: 'production' });
    assert.equal(e.problems.length, 3, e.message);
    for (const naam of ['DATABASE_URL', 'GRIP_SESSION_SECRET', 'GRIP_BASE_URL']) {
      assert.ok(
        e.problems.some((p) => p.startsWith(`${naam}:`)),
        `${naam} ontbreekt in ${JSON.stringify(e.problems)}`,
      );
      assert.ok(e.message.includes(naam), `${naam} staat niet in de melding`);
    }
  });

  test('productie: ontbrekende én ongeldige instellingen staan samen in de melding', () => {
    const e = fout({
      NODE_ENV: 'production',
      PORT: 'abc',
      GRIP_SESSION_SECRET: 'kort',
      DATABASE_URL: 'mysql://x',
    });
    const namen = e.problems.map((p) => p.split(':')[0]).sort();
    assert.deepEqual(namen, ['DATABASE_URL', 'GRIP_BASE_URL', 'GRIP_SESSION_SECRET', 'PORT']);
    assert.ok(e.problems.some((p) => p.startsWith('GRIP_SESSION_SECRET:') && p.includes('32')));
  });

  for (const poort of ['abc', '0', '-1', '65536', '3000.5', '80x']) {
    test(`ongeldige PORT=${poort} wordt geweigerd`, () => {
      const e = fout({ PORT: poort });
      assert.equal(e.problems.length, 1, e.message);
      assert.match(e.problems[0]!, /^PORT: /);
    });
  }

  for (const url of ['mysql://localhost/grip', 'localhost:5432', 'http://db/grip']) {
    test(`ongeldige DATABASE_URL=${url} wordt geweigerd`, () => {
      const e = fout({ DATABASE_URL: url });
      assert.deepEqual(
        e.problems.map((p) => p.split(':')[0]),
        ['DATABASE_URL'],
      );
      assert.match(e.message, /postgres:\/\//);
    });
  }

  test('een ongeldige GRIP_BASE_URL of NODE_ENV wordt geweigerd', () => {
    assert.match(fout({ GRIP_BASE_URL: 'grip.example.nl' }).problems[0]!, /^GRIP_BASE_URL: /);
    assert.match(fout({ NODE_ENV: 'prod' }).problems[0]!, /^NODE_ENV: /);
  });

  test('mail en jobs: zonder SMTP blijft mail in de uitgaande mail, de worker staat standaard aan', () => {
    const c = loadConfig({});
    assert.equal(c.smtpUrl, undefined);
    assert.equal(c.mailFrom, 'Grip <noreply@localhost>');
    assert.equal(c.worker, true);
    const m = loadConfig({ GRIP_SMTP_URL: 'smtp://grip:geheim@mail.example.nl:587', GRIP_WORKER: '0' });
    assert.equal(m.smtpUrl, 'smtp://grip:geheim@mail.example.nl:587');
    assert.equal(m.worker, false);
  });

  test('een SMTP-adres zonder smtp:// of een ongeldige GRIP_WORKER wordt geweigerd, met de naam van de instelling', () => {
    assert.match(fout({ GRIP_SMTP_URL: 'mail.example.nl:587' }).problems[0]!, /^GRIP_SMTP_URL: /);
    assert.match(fout({ GRIP_SMTP_URL: 'http://mail.example.nl' }).problems[0]!, /^GRIP_SMTP_URL: /);
    assert.match(fout({ GRIP_WORKER: 'ja' }).problems[0]!, /^GRIP_WORKER: /);
  });
});
