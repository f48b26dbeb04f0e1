/**
 * POST /api/v1/termijnen/berekeningen through a real Node HTTP server (the body is read from the
 * socket, as in production): the example, bad input naming the field, malformed and
 * oversized bodies, the security headers, and that a repeated question gives the same answer as
 * the pure engine.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { startGrip, type Grip } from '../src/app';
import { loadConfig } from '../src/config';
import { berekenTermijn, parseDuur } from '../src/kalender';
import { MAX_JSON_BODY } from '../src/platform/http/app';
import { createTestDatabase } from './db';

let grip: Grip;
let server: ServerType;
let basis: string;

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase(),
  });
  server = serve({ fetch: grip.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/termijnen/berekeningen`;
});
after(async () => {
  await new Promise((r) => server?.close(r));
  await grip?.close();
});

const post = (body: string, type = 'application/json') =>
  fetch(basis, { method: 'POST', headers: { 'content-type': type }, body });

async function probleem(res: Response, status: number) {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return JSON.parse(tekst) as { code?: string; invalidParams?: { name: string }[] };
}

describe('POST /api/v1/termijnen/berekeningen over HTTP', () => {
  test('8 weken na 30 april 2026 eindigt op donderdag 25 juni 2026, onverschoven', async () => {
    const res = await post('{"start":"2026-04-30","duur":"P8W","richting":"vooruit","grondslag":"wet"}');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('api-version'), '1.0.0');
    const r = (await res.json()) as { nominaleEinddatum: string; einddatum: string; verschoven: boolean };
    assert.equal(r.nominaleEinddatum, '2026-06-25');
    assert.equal(r.einddatum, '2026-06-25');
    assert.equal(r.verschoven, false);
  });

  test('dezelfde vraag twee keer geeft hetzelfde antwoord als de rekenregels zelf', async () => {
    // 6 weeks after 2 April 2026 ends on Thursday 14 May 2026 (Hemelvaartsdag): moved by Atw art. 1.
    const vraag = '{"start":"2026-04-02","duur":"P6W"}';
    const eerste: unknown = await (await post(vraag)).json();
    const tweede: unknown = await (await post(vraag)).json();
    assert.deepEqual(tweede, eerste);
    const direct = berekenTermijn({
      start: '2026-04-02',
      duur: parseDuur('P6W')!,
      richting: 'vooruit',
      grondslag: 'wet',
      kalender: await grip.services.kalender(),
    });
    const r = eerste as { einddatum: string; verschoven: boolean; stappen: { code: string }[] };
    assert.equal(r.einddatum, direct.einddatum);
    assert.equal(r.verschoven, true);
    assert.deepEqual(
      r.stappen.map((s) => s.code),
      direct.stappen.map((s) => s.code),
    );
  });

  test('een onmogelijke datum, een onbekende duur en richting noemen elk hun veld', async () => {
    for (const [body, veld] of [
      ['{"start":"2026-02-30","duur":"P8W"}', 'start'],
      ['{"start":"2026-04-30","duur":"8 weken"}', 'duur'],
      ['{"start":"2026-04-30","duur":"P8W","richting":"zijwaarts"}', 'richting'],
    ] as const) {
      const p = await probleem(await post(body), 400);
      assert.deepEqual(
        p.invalidParams?.map((i) => i.name),
        [veld],
        body,
      );
    }
  });

  test('kapotte JSON is 400, een ander mediatype 415, een te grote body 413', async () => {
    assert.equal((await probleem(await post('{"start":'), 400)).code, 'ongeldige_json');
    await probleem(await post('start=2026-04-30', 'application/x-www-form-urlencoded'), 415);
    const groot = JSON.stringify({ start: '2026-04-30', duur: 'P8W', opvulling: 'x'.repeat(MAX_JSON_BODY) });
    assert.equal((await probleem(await post(groot), 413)).code, 'body_te_groot');
    // The server still answers after refusing a large body.
    assert.equal((await post('{"start":"2026-04-30","duur":"P8W"}')).status, 200);
  });

  test('elk antwoord draagt de beveiligingsheaders', async () => {
    const res = await post('{"start":"2026-04-30","duur":"P8W"}');
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'same-origin');
    const pagina = await fetch(new URL('/termijnen', basis));
    assert.match(pagina.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(pagina.headers.get('x-frame-options'), 'SAMEORIGIN');
  });
});
