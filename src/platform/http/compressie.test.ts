/**
 * Which encoding a client gets (RFC 9110 §12.5.3: Accept-Encoding with q-values), and what the
 * middleware compresses: only GET, text of at least 1 KB, nothing already encoded or marked
 * no-transform.
 */
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { coderingVoor, compressie, MIN_BYTES_COMPRESSIE, voegVaryToe } from './compressie';

describe('coderingVoor', () => {
  const gevallen: [string | null, 'gzip' | 'identity'][] = [
    [null, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'gzip'],
    ['br', 'identity'],
    ['GZIP', 'gzip'],
    ['gzip;q=0', 'identity'],
    ['*', 'gzip'],
    ['*;q=0, identity', 'identity'],
    ['identity;q=1, gzip;q=0.5', 'identity'],
    ['deflate, gzip;q=0.8', 'gzip'],
  ];
  for (const [header, verwacht] of gevallen) {
    test(`Accept-Encoding ${JSON.stringify(header)} geeft ${verwacht}`, () => {
      assert.equal(coderingVoor(header), verwacht);
    });
  }
});

describe('voegVaryToe', () => {
  test('voegt Accept-Encoding toe aan een bestaande Vary, en niet twee keer', () => {
    const h = new Headers({ vary: 'Cookie' });
    voegVaryToe(h);
    voegVaryToe(h);
    assert.equal(h.get('vary'), 'Cookie, Accept-Encoding');
    const leeg = new Headers();
    voegVaryToe(leeg);
    assert.equal(leeg.get('vary'), 'Accept-Encoding');
  });
});

describe('compressie-middleware', () => {
  const groot = `<p>${'Gemeenschappelijke regeling '.repeat(200)}</p>`;
  const app = new Hono();
  app.use(compressie);
  app.get('/groot', (c) => c.html(groot));
  app.get('/klein', (c) => c.json({ status: 'ok' }));
  app.get('/pdf', (c) => c.body(new Uint8Array(4096), 200, { 'content-type': 'application/pdf' }));
  app.get('/notransform', (c) => c.html(groot, 200, { 'cache-control': 'no-transform' }));
  app.post('/groot', (c) => c.html(groot));
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };

  test('een grote HTML-pagina gaat gzipped en komt ongeschonden terug', async () => {
    const res = await app.request('/groot', { headers: gzip });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.equal(res.headers.get('vary'), 'Accept-Encoding');
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.ok(bytes.length < groot.length / 10, `${bytes.length} bytes`);
    assert.equal(gunzipSync(bytes).toString('utf8'), groot);
  });

  test('zonder Accept-Encoding dezelfde pagina ongecomprimeerd, met Vary', async () => {
    const res = await app.request('/groot');
    assert.equal(res.headers.get('content-encoding'), null);
    assert.equal(res.headers.get('vary'), 'Accept-Encoding');
    assert.equal(await res.text(), groot);
  });

  test(`kleiner dan ${MIN_BYTES_COMPRESSIE} bytes, een ander type, no-transform of een POST: niet gecomprimeerd`, async () => {
    for (const [pad, method] of [
      ['/klein', 'GET'],
      ['/pdf', 'GET'],
      ['/notransform', 'GET'],
      ['/groot', 'POST'],
    ] as const) {
      const res = await app.request(pad, { method, headers: gzip });
      assert.equal(res.status, 200, pad);
      assert.equal(res.headers.get('content-encoding'), null, `${method} ${pad}`);
    }
    assert.deepEqual(await (await app.request('/klein', { headers: gzip })).json(), { status: 'ok' });
  });
});
