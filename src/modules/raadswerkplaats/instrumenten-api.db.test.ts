/**
 * GET /api/v1/regelingen/{id}/instrumenten?organisatie=…: the same instruments as the public page,
 * for Bremmerdam (GM9902) in the demo GGD Polderland; 404 for a non-participant, 400 without one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { and, eq } from 'drizzle-orm';
import { deelname } from '../regelingen/schema';
import { organisatie } from '../organisaties/schema';
import { vandaag } from '../../platform/clock';
import { plusDagen } from './domain/inlichtingen';

let grip: Grip;
let ggd = '';
before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
  const lijst = (await (await grip.app.request('/api/v1/regelingen?q=GGD')).json()) as {
    items: { id: string; korteNaam: string | null }[];
  };
  ggd = lijst.items.find((r) => r.korteNaam === 'GGD Polderland')!.id;
});
after(async () => {
  await grip?.close();
});

interface Antwoord {
  organisatie: { code: string | null };
  items: { code: string; artikel: string; beschikbaar: boolean; status: string; uitleg: string }[] | null;
}

describe('Onze instrumenten in de API', () => {
  test('per instrument het artikel, de uitleg, of het hier geldt en de status', async () => {
    const res = await grip.app.request(`/api/v1/regelingen/${ggd}/instrumenten?organisatie=GM9902`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('api-version'), '1.0.0');
    const a = (await res.json()) as Antwoord;
    assert.equal(a.organisatie.code, 'GM9902');
    assert.ok(a.items && a.items.length > 5);
    for (const i of a.items) {
      assert.match(i.artikel, /art\./, i.code);
      assert.ok(['bevestigd', 'onbevestigd'].includes(i.status));
      assert.ok(i.uitleg.length > 10);
    }
    // GGD Polderland is an openbaar lichaam: a zienswijze on the ontwerpbegroting (art. 35) applies.
    const begroting = a.items.find((i) => /35/.test(i.artikel) && i.beschikbaar);
    assert.ok(begroting, 'zienswijze op de begroting (art. 35)');
  });

  test('een organisatie die niet deelneemt is 404; zonder organisatie 400', async () => {
    const niet = await grip.app.request(`/api/v1/regelingen/${ggd}/instrumenten?organisatie=PV27`);
    assert.equal(niet.status, 404);
    const zonder = await grip.app.request(`/api/v1/regelingen/${ggd}/instrumenten`);
    assert.equal(zonder.status, 400);
    assert.match(zonder.headers.get('content-type') ?? '', /problem\+json/);
  });

  test('een organisatie die pas later toetreedt (Wgr art. 1), heeft hier vandaag nog geen instrumenten', async () => {
    const db = grip.services.database.db;
    const [brem] = await db
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(eq(organisatie.code, 'GM9902'));
    const waar = and(eq(deelname.regelingId, ggd), eq(deelname.organisatieId, brem!.id));
    const [oud] = await db.select({ datum: deelname.datumToetreding }).from(deelname).where(waar);
    await db
      .update(deelname)
      .set({ datumToetreding: plusDagen(vandaag(), 1) })
      .where(waar);
    try {
      const later = await grip.app.request(`/api/v1/regelingen/${ggd}/instrumenten?organisatie=GM9902`);
      assert.equal(later.status, 404);
    } finally {
      await db.update(deelname).set({ datumToetreding: oud!.datum }).where(waar);
    }
    const weer = await grip.app.request(`/api/v1/regelingen/${ggd}/instrumenten?organisatie=GM9902`);
    assert.equal(weer.status, 200);
  });
});
