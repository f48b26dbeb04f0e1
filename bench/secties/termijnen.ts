/**
 * Issue 3, item 11: the year calendars of every regeling of the national-scale data (target: all
 * of them in under 1 second on the embedded database), and the requests per second of
 * POST /api/v1/termijnen/berekeningen as a share of the bare server (target: at least 20%).
 */
import { performance } from 'node:perf_hooks';
import { maakKalender } from '../../src/kalender';
import { cycli } from '../../src/modules/begrotingscyclus/store';
import { toegevoegdeDagen } from '../../src/modules/termijnen/store';
import type { Sectie } from '../lib/sectie';

export const termijnen: Sectie = {
  naam: 'termijnen',
  async database(ctx) {
    const db = ctx.database.db;
    const jaar = 2027;
    // Cold: a fresh calendar (holiday tables and computations not yet cached), as after a start.
    const t0 = performance.now();
    const kalender = maakKalender(await toegevoegdeDagen(db));
    const items = await cycli(db, 'alle', [jaar], kalender, '2026-11-28');
    const koud = performance.now() - t0;
    const t1 = performance.now();
    const opnieuw = await cycli(db, 'alle', [jaar], kalender, '2026-11-28');
    const warm = performance.now() - t1;
    const regelingen = new Set(items.map((i) => i.regelingId)).size;
    ctx.bewaar('jaarkalenders', {
      begrotingsjaar: jaar,
      regelingenMetItems: regelingen,
      items: items.length,
      koudMs: Math.round(koud),
      warmMs: Math.round(warm),
      method:
        'cycli() for all regelingen of the generated data in one call (3 queries + the pure rules), in-process on the embedded database; cold = fresh Kalender, warm = the same call again',
    });
    if (opnieuw.length !== items.length) throw new Error('De kalenders verschillen tussen twee berekeningen');
    ctx.doel({
      name: 'jaarkalenders van alle regelingen (koud)',
      value: Math.round(koud),
      limit: 1000,
      kind: 'max',
      unit: 'ms',
    });
  },
  async http(ctx) {
    const body = JSON.stringify({ start: '2026-04-30', duur: 'P8W', richting: 'vooruit', grondslag: 'wet' });
    const headers = { 'content-type': 'application/json' };
    const proef = await ctx.tijd('/api/v1/termijnen/berekeningen', { method: 'POST', body, headers });
    if (!proef.body.includes('"einddatum":"2026-06-25"')) throw new Error('De termijn-API rekent verkeerd');
    const meting = await ctx.meet('termijnApi', '/api/v1/termijnen/berekeningen', {
      method: 'POST',
      body,
      headers,
    });
    ctx.doelVerhouding('termijnApi', meting, 0.2);
    ctx.doelP95('termijnApi', meting, 25);
  },
};
