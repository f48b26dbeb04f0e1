/**
 * Raadswerkplaats on the national-scale data: Mijn regelingen (/mijn-regelingen) for a signed-in
 * raadslid of Amsterdam (GM0363, in 40 regelingen, of which the generated data end a few before today), with a session cookie. Target: at least 5% of
 * the bare server's requests per second. The page costs a fixed number of queries (the 8 of the read
 * model and the one that reads the visit state) whatever the number of regelingen, and within a visit
 * it writes the visit state at most once a minute, so repeated views are served from the per-session
 * response cache (ADR 0010); the same page with a unique URL per request (no cached copy) is measured
 * beside it. Like every request of the benchmark it asks for gzip, as browsers do (ADR 0012: ~240 KB of
 * HTML, ~15 KB on the wire); `mijnRegelingenZonderGzip` shows a client that does not.
 */
import { eq } from 'drizzle-orm';
import { nieuwToken, sha256 } from '../../src/platform/auth/crypto';
import { kenRolToe, maakGebruiker, maakSessie } from '../../src/modules/accounts/store';
import { organisatie } from '../../src/modules/organisaties/schema';
import { deelnamesVanOrganisaties } from '../../src/modules/raadswerkplaats/store';
import { vandaag } from '../../src/platform/clock';
import type { Sectie } from '../lib/sectie';

export const raadswerkplaats: Sectie = {
  naam: 'raadswerkplaats',
  async database(ctx) {
    const db = ctx.database.db;
    const [ams] = await db
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(eq(organisatie.code, 'GM0363'));
    if (!ams) throw new Error('GM0363 ontbreekt');
    // The regelingen Amsterdam takes part in today, as the page selects them.
    const regelingen = (await deelnamesVanOrganisaties(db, [ams.id], vandaag())).filter((r) => r.regeling);
    const g = await maakGebruiker(db, {
      email: 'raadslid-amsterdam@bench.example',
      naam: 'Raadslid Amsterdam',
      wachtwoordHash: 'x',
    });
    await kenRolToe(db, { gebruikerId: g, rol: 'raadslid', organisatieId: ams.id });
    const token = nieuwToken();
    await maakSessie(db, sha256(token), g, new Date(Date.now() + 6 * 3600_000));
    ctx.staat.set('sessie', token);
    ctx.staat.set('regelingen', regelingen.length);
  },
  async http(ctx) {
    const token = ctx.staat.get('sessie') as string;
    const headers = { cookie: `grip_sessie=${token}` };
    const proef = await ctx.tijd('/mijn-regelingen', { headers });
    // One section per regeling (class grip-kader), each with its heading.
    const blokken = (proef.body.match(/<section aria-labelledby="regeling-GM0363-/g) ?? []).length;
    const verwacht = ctx.staat.get('regelingen') as number;
    if (blokken !== verwacht)
      throw new Error(`Mijn regelingen toont ${blokken} regelingen, verwacht ${verwacht}`);
    ctx.bewaar('mijnRegelingen.checks', { regelingen: blokken, bytes: proef.body.length });
    const m = await ctx.meet('mijnRegelingen', '/mijn-regelingen', { headers });
    ctx.doelVerhouding('mijnRegelingen', m, 0.05);
    // Informational: the first view, and every view after a change (no cached copy); and a client
    // that does not accept gzip (the whole page of ~240 KB per response).
    await ctx.meet('mijnRegelingenUncached', '/mijn-regelingen', { headers, uniek: true });
    await ctx.meet('mijnRegelingenZonderGzip', '/mijn-regelingen', {
      headers: { ...headers, 'accept-encoding': 'identity' },
    });
  },
};
