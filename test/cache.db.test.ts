/**
 * The response cache for GETs (embedded database only, ADR 0010): a visitor never sees stale data
 * after a write; a signed-in user only ever gets their own pages, and nothing once signed out;
 * bearer tokens are always checked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/config';
import { startGrip, type Grip } from '../src/app';
import { systeem } from '../src/platform/audit/audit';
import { maakRegeling } from '../src/modules/regelingen/service';
import { nieuwToken, sha256 } from '../src/platform/auth/crypto';
import { maakSessie, verwijderSessie, vindGebruikerOpEmail } from '../src/modules/accounts/store';
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

  test('twee anonieme bezoekers krijgen elk hun eigen CSRF-token op de inlogpagina, ook de derde keer', async () => {
    const token = async (cookie: string) =>
      (await tekst('/inloggen', { headers: { cookie } })).match(/name="_csrf" value="([^"]+)"/)?.[1];
    const eerste = new Set<string | undefined>();
    const tweede = new Set<string | undefined>();
    for (let i = 0; i < 3; i++) {
      eerste.add(await token('grip_csrf=bezoeker-een'));
      tweede.add(await token('grip_csrf=bezoeker-twee'));
    }
    assert.equal(eerste.size, 1);
    assert.equal(tweede.size, 1);
    assert.notEqual([...eerste][0], [...tweede][0]);
  });

  test('een antwoord met een bearer-token komt nooit uit de cache', async () => {
    for (let i = 0; i < 2; i++) await tekst('/api/v1/regelingen');
    const api = await grip.app.request('/api/v1/regelingen', { headers: { authorization: 'Bearer onzin' } });
    assert.equal(api.status, 401, 'het token wordt echt gecontroleerd, niet uit de cache beantwoord');
  });

  test('aangemelde gebruikers krijgen alleen hun eigen pagina, en na afmelden niets meer', async () => {
    const db = grip.services.database.db;
    const sessie = async (email: string) => {
      const g = await vindGebruikerOpEmail(db, email);
      const token = nieuwToken();
      await maakSessie(db, sha256(token), g!.id, new Date(Date.now() + 3600_000));
      return { cookie: `grip_sessie=${token}`, token };
    };
    const griffie = await sessie('griffie@voorbeeld.nl');
    const toezicht = await sessie('toezicht@voorbeeld.nl');
    const pagina = (cookie: string) => grip.app.request('/verzoeken', { headers: { cookie } });
    for (let i = 0; i < 3; i++) {
      const g = await (await pagina(griffie.cookie)).text();
      const t = await (await pagina(toezicht.cookie)).text();
      assert.match(g, /Gijs Griffier/);
      assert.match(g, /Bremmerdam/);
      assert.doesNotMatch(g, /Tara Toezicht/);
      assert.match(t, /Tara Toezicht/);
      assert.doesNotMatch(t, /Gijs Griffier/);
      assert.match(t, /Voorbeeldland/);
    }
    // Signing out deletes the session (a write): the same cookie no longer gets the page.
    await verwijderSessie(db, sha256(griffie.token));
    const na = await pagina(griffie.cookie);
    assert.notEqual(na.status, 200);
    assert.match(na.headers.get('location') ?? '', /inloggen/);
    // An unknown session cookie gets the anonymous answer.
    assert.notEqual((await pagina('grip_sessie=onzin')).status, 200);
  });
});
