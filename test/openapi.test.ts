/**
 * GET /api/v1/openapi.json passes the official NL API Design Rules ruleset (Spectral) without
 * errors. The ruleset comes from shared/checks (GRIP_SHARED_DATA/../checks/adr-ruleset.yaml,
 * default ../shared/checks relative to the repository root); without it that test is skipped
 * with a message. The structural checks below run always. No network: in-process request,
 * Spectral with a local ruleset.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startGrip, type Grip } from '../src/app';
import { loadConfig } from '../src/config';
import { createTestDatabase } from './db';

const sharedData = process.env.GRIP_SHARED_DATA;
const ruleset = sharedData
  ? path.join(path.resolve(process.cwd(), sharedData), '..', 'checks', 'adr-ruleset.yaml')
  : path.resolve(process.cwd(), '..', 'shared', 'checks', 'adr-ruleset.yaml');
const spectral = path.resolve(process.cwd(), 'node_modules', '.bin', 'spectral');

interface Operatie {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
}
interface Document {
  openapi: string;
  info: { version: string; contact?: { name?: string; email?: string; url?: string } };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operatie>>;
  components: { schemas: Record<string, unknown> };
}

let grip: Grip;
let doc: Document;
let tekst: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-openapi-'));

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase(),
  });
  const res = await grip.app.request('/api/v1/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('API-Version'), '1.0.0');
  tekst = await res.text();
  doc = JSON.parse(tekst) as Document;
});
after(async () => {
  await grip?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const METHODES = ['get', 'put', 'post', 'delete', 'patch'];
const operaties = () =>
  Object.entries(doc.paths).flatMap(([pad, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODES.includes(m))
      .map(([methode, op]) => ({ naam: `${methode.toUpperCase()} ${pad}`, methode, pad, op })),
  );

interface Lint {
  code: string;
  message: string;
  severity: number;
  path: (string | number)[];
}

function lint(bestand: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(spectral, ['lint', '-r', ruleset, bestand, '--fail-severity', 'error', '-f', 'json'], {
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

describe('OpenAPI-document', () => {
  test(
    'voldoet zonder fouten aan de NL API Design Rules (Spectral, adr-ruleset.yaml)',
    {
      skip: fs.existsSync(ruleset)
        ? false
        : `ruleset ${ruleset} ontbreekt: zet GRIP_SHARED_DATA of leg shared/ naast de repository`,
    },
    async () => {
      assert.ok(fs.existsSync(spectral), `${spectral} ontbreekt: npm install`);
      const bestand = path.join(dir, 'openapi.json');
      fs.writeFileSync(bestand, tekst);
      const u = await lint(bestand);
      const begin = u.stdout.indexOf('[');
      assert.ok(begin >= 0, `geen JSON van Spectral (exit ${u.code}):\n${u.stdout}\n${u.stderr}`);
      const resultaten = JSON.parse(u.stdout.slice(begin)) as Lint[];
      const fouten = resultaten.filter((r) => r.severity === 0);
      assert.deepEqual(
        fouten.map((f) => `${f.code} ${f.path.join('.')}: ${f.message}`),
        [],
        'Spectral vond fouten',
      );
      assert.equal(u.code, 0, u.stderr);
    },
  );

  test('OpenAPI 3, semver, contact en een server-URL met /v1', () => {
    assert.match(doc.openapi, /^3\.\d+\.\d+$/);
    assert.match(doc.info.version, /^\d+\.\d+\.\d+$/);
    assert.ok(doc.info.contact?.name && doc.info.contact.email && doc.info.contact.url);
    assert.ok(doc.servers.length > 0);
    for (const s of doc.servers) assert.match(s.url, /\/v1$/);
  });

  test('de routes die de checks gebruiken staan erin', () => {
    const namen = operaties().map((o) => o.naam);
    for (const n of [
      'GET /organisaties',
      'GET /organisaties/{ref}',
      'GET /regelingen',
      'POST /regelingen',
      'GET /regelingen/{id}',
      'PUT /regelingen/{id}',
      'POST /regelingen/{id}/deelnemers',
      'PUT /regelingen/{id}/deelnemers/{deelnameId}',
      'DELETE /regelingen/{id}/deelnemers/{deelnameId}',
      'POST /regelingen/{id}/bestuur',
      'PUT /regelingen/{id}/bestuur/{lidId}',
      'GET /regelingen/{id}/historie',
    ]) {
      assert.ok(namen.includes(n), `${n} ontbreekt`);
    }
    const query = (naam: string) =>
      doc.paths[naam]!.get!.parameters!.filter((p) => p.in === 'query').map((p) => p.name);
    assert.ok(query('/organisaties').includes('code'));
    assert.ok(query('/regelingen').includes('deelnemer'));
  });

  test('elke operatie: uniek operationId, API-Version bij elk 2xx-antwoord, 400 waar invoer is, fouten als problem+json', () => {
    const ids = new Set<string>();
    for (const { naam, methode, pad, op } of operaties()) {
      assert.ok(op.operationId, `${naam}: operationId`);
      assert.ok(!ids.has(op.operationId), `${naam}: operationId ${op.operationId} dubbel`);
      ids.add(op.operationId);
      assert.match(pad, /^(\/([a-z0-9-]+|\{[A-Za-z]+\}))+$/, `${naam}: pad niet in kebab-case`);
      for (const p of op.parameters ?? []) {
        if (p.in === 'query')
          assert.match(p.name, /^[a-z][a-zA-Z0-9]*$/, `${naam}: queryparameter ${p.name} niet in camelCase`);
      }
      for (const [status, antwoord] of Object.entries(op.responses)) {
        if (/^[23]/.test(status))
          assert.ok(antwoord.headers?.['API-Version'], `${naam} ${status}: API-Version ontbreekt`);
        if (/^[45]/.test(status)) {
          assert.deepEqual(
            Object.keys(antwoord.content ?? {}),
            ['application/problem+json'],
            `${naam} ${status}`,
          );
        }
      }
      const heeftInvoer =
        (op.parameters?.length ?? 0) > 0 ||
        op.requestBody !== undefined ||
        ['post', 'put', 'patch'].includes(methode);
      if (heeftInvoer) assert.ok(op.responses['400'], `${naam}: 400 ontbreekt`);
      if (['put', 'patch', 'delete'].includes(methode))
        assert.ok((op.security ?? []).length > 0, `${naam}: wijzigt zonder token`);
      if ((op.security ?? []).length > 0) {
        assert.ok(
          op.responses['401'] && op.responses['403'],
          `${naam}: 401/403 ontbreken bij een operatie met een token`,
        );
      }
    }
  });

  test('elk datumveld heeft format date, elk tijdstip format date-time', () => {
    const DATUM = /^(datum|peildatum|vanaf|tot|mandaatTot|geldigVan|geldigTot)$|Datum|^datum[A-Z]/;
    const fout: string[] = [];
    const loop = (schema: unknown, waar: string) => {
      if (!schema || typeof schema !== 'object') return;
      if (Array.isArray(schema)) return schema.forEach((s, i) => loop(s, `${waar}[${i}]`));
      const s = schema as Record<string, unknown>;
      if (s.properties && typeof s.properties === 'object') {
        for (const [naam, prop] of Object.entries(s.properties as Record<string, Record<string, unknown>>)) {
          if (DATUM.test(naam) && prop.format !== 'date') fout.push(`${waar}.${naam}`);
          if (/^(tijdstip|gewijzigd)$/.test(naam) && prop.format !== 'date-time')
            fout.push(`${waar}.${naam}`);
        }
      }
      for (const [k, v] of Object.entries(s)) loop(v, `${waar}.${k}`);
    };
    loop(doc.components.schemas, 'components.schemas');
    loop(doc.paths, 'paths');
    assert.deepEqual(fout, []);
  });
});
