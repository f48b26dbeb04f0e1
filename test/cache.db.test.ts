/**
 * The response cache for anonymous GETs (embedded database only, ADR 0010): a visitor never sees
 * stale data after a write, signed-in users are never served from it, one-off URLs are not kept.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/config';
import { startGrip, type Grip } from '../src/app';
import { systeem } from '../src/platform/audit/audit';
import { maakRegeling } from '../src/modules/regelingen/service';
import { createTestDatabase } from './db';

let grip: Grip;
before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
});
after(async () => {
  await grip.close();
});

const tekst = async (pad: string, init?: RequestInit) => (await grip.app.request(pad, init)).text();

describe('antwoordcache', () => {
  test('na een wijziging ziet een bezoeker meteen de nieuwe stand, ook als de pagina al bewaard was', async () => {
    for (let i = 0; i < 3; i++) assert.doesNotMatch(await tekst('/regelingen?q=Cachetest'), /Cachetestschap/);
    await maakRegeling(grip.services.database.db, systeem('test'), {
      naam: 'Cachetestschap Polderland',
      vorm: 'openbaar_lichaam',
    });
    assert.match(await tekst('/regelingen?q=Cachetest'), /Cachetestschap Polderland/);
  });

  test('de API geeft na een wijziging ook de nieuwe stand', async () => {
    const tel = async () =>
      ((await (await grip.app.request('/api/v1/regelingen?q=Tweedetest')).json()) as { totaal: number })
        .totaal;
    assert.equal(await tel(), 0);
    assert.equal(await tel(), 0);
    await maakRegeling(grip.services.database.db, systeem('test'), {
      naam: 'Tweedetest Polderland',
      vorm: 'gemeenschappelijk_orgaan',
    });
    assert.equal(await tel(), 1);
  });

  test('een antwoord met een bearer-token of een sessiecookie komt nooit uit de cache', async () => {
    for (let i = 0; i < 2; i++) await tekst('/regelingen');
    const res = await grip.app.request('/regelingen', { headers: { cookie: 'grip_sessie=onzin' } });
    assert.equal(res.status, 200);
    const api = await grip.app.request('/api/v1/regelingen', { headers: { authorization: 'Bearer onzin' } });
    assert.equal(api.status, 401, 'het token wordt echt gecontroleerd, niet uit de cache beantwoord');
  });
});
