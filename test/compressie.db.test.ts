/**
 * Compression through a real Node HTTP server (as in production): pages and style sheets go
 * gzipped to a client that accepts it and plain to one that does not, also when the page comes
 * from the response cache (the variants are kept apart), and the bytes unpack to the same page.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { startGrip, type Grip } from '../src/app';
import { loadConfig } from '../src/config';
import { createTestDatabase } from './db';

let grip: Grip;
let server: ServerType;
let poort: number;

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  server = serve({ fetch: grip.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  poort = (server.address() as AddressInfo).port;
});
after(async () => {
  await new Promise((r) => server?.close(r));
  await grip?.close();
});

/** A GET with the raw bytes as they came over the wire (fetch would unpack them). */
function haal(pad: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>(
    (resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: poort,
          path: pad,
          headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        },
        (res) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(delen) }),
          );
        },
      );
      req.on('error', reject);
    },
  );
}

describe('gzip over HTTP', () => {
  test('de registerpagina: gzipped wie erom vraagt, anders ongecomprimeerd, ook uit de cache', async () => {
    // Three rounds: the first fills the cache's admission list, the later ones are cached copies.
    for (let ronde = 0; ronde < 3; ronde++) {
      const gz = await haal('/regelingen', 'gzip, deflate, br');
      assert.equal(gz.status, 200);
      assert.equal(gz.headers['content-encoding'], 'gzip', `ronde ${ronde}`);
      assert.equal(gz.headers.vary, 'Accept-Encoding');
      const uitgepakt = gunzipSync(gz.bytes).toString('utf8');
      const plat = await haal('/regelingen');
      assert.equal(plat.headers['content-encoding'], undefined, `ronde ${ronde}`);
      assert.equal(plat.headers.vary, 'Accept-Encoding');
      const gewoon = plat.bytes.toString('utf8');
      assert.equal(uitgepakt, gewoon, `ronde ${ronde}: dezelfde pagina`);
      assert.ok(
        gz.bytes.length < plat.bytes.length / 3,
        `${gz.bytes.length} tegen ${plat.bytes.length} bytes`,
      );
      assert.match(gewoon, /Gemeenschappelijke regelingen|regelingen/i);
      assert.match(String(gz.headers['content-security-policy']), /default-src 'self'/);
    }
  });

  test('de stijlbladen gaan gzipped en ongecomprimeerd, met dezelfde inhoud', async () => {
    const gz = await haal('/assets/utrecht.css', 'gzip');
    const plat = await haal('/assets/utrecht.css');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(plat.headers['content-encoding'], undefined);
    assert.equal(gunzipSync(gz.bytes).toString('utf8'), plat.bytes.toString('utf8'));
    assert.match(plat.headers['content-type'] ?? '', /^text\/css/);
  });

  test('een klein JSON-antwoord en een foutpagina blijven leesbaar', async () => {
    const health = await haal('/health', 'gzip');
    assert.equal(health.headers['content-encoding'], undefined, 'kleiner dan 1 KB');
    assert.deepEqual(JSON.parse(health.bytes.toString('utf8')), { status: 'ok' });
    const weg = await haal('/bestaat-niet', 'gzip');
    assert.equal(weg.status, 404);
    const tekst =
      weg.headers['content-encoding'] === 'gzip'
        ? gunzipSync(weg.bytes).toString('utf8')
        : weg.bytes.toString('utf8');
    assert.match(tekst, /Pagina niet gevonden/);
  });
});
