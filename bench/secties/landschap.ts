/**
 * The landschap analyses at national scale:
 * (a) every analysis together (overview per gemeente with distribution, pairs and provinces; congruence
 *     with a division; partner sets; the map over the real boundaries; the network; the change between two
 *     snapshots), pure, on the generated register's input enlarged with renamed copies of its regelingen to
 *     about 1,400 regelingen and 11,000 participations (three times the real register in force in 2026:
 *     451 regelingen, 3,551 participations). Target: under 500 ms.
 * (b) requests per second of the /landschap page (with the map when the shared boundaries are there) as a
 *     share of the bare server, as a visitor gets it (response cache); and the time of three single requests
 *     without the cache. Reported, no target.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  type AnalyseDeelname,
  congruentie,
  kaart,
  landschapOverzicht,
  netwerk,
  partnersets,
  type Regio,
  verandering,
  type VergelijkRegeling,
} from '../../src/modules/landschap/analyse';
import { landschapInvoer } from '../../src/modules/landschap/analyse-store';
import { gedeeldeData } from '../../src/modules/landschap/bronnen/gedeelde-data';
import { leesGrenzenTekst } from '../../src/modules/landschap/bronnen/grenzen';
import { landschapRegelingen } from '../../src/modules/landschap/kaart-store';
import { maakGrenzen } from '../../src/modules/landschap/testdata';
import type { Sectie } from '../lib/sectie';

const DOEL_REGELINGEN = 1400;

/** Renamed copies of the regelingen (in order) until there are at least `doel`. */
function vergroot<T extends { regelingId: string }>(rijen: readonly T[], doel: number): T[] {
  const ids = [...new Set(rijen.map((r) => r.regelingId))];
  const perId = new Map<string, T[]>();
  for (const r of rijen) perId.set(r.regelingId, [...(perId.get(r.regelingId) ?? []), r]);
  const uit = [...rijen];
  for (let i = 0; ids.length + i < doel; i++) {
    const id = ids[i % ids.length]!;
    for (const r of perId.get(id)!) uit.push({ ...r, regelingId: `${id}~${Math.floor(i / ids.length) + 1}` });
  }
  return uit;
}

export const landschap: Sectie = {
  naam: 'landschap',
  async database(ctx) {
    const db = ctx.database.db;
    const grenzenBestand = gedeeldeData('grenzen-cbs-2023-vws', 'gemeenten.geojson');
    const gebieden = fs.existsSync(grenzenBestand)
      ? leesGrenzenTekst(fs.readFileSync(grenzenBestand, 'utf8'), 'gemeenten.geojson', {
          jaargang: 2023,
        }).features.map((f) => ({
          code: f.properties.code,
          naam: f.properties.naam ?? f.properties.code,
          geometrie: f.geometry,
        }))
      : [];
    // The boundaries in the database too, so that the page in (b) draws its map.
    if (gebieden.length) await maakGrenzen(db, { gebieden });

    const invoer = await landschapInvoer(db);
    const deelnames: AnalyseDeelname[] = vergroot(invoer.deelnames, DOEL_REGELINGEN);
    const groot = { ...invoer, deelnames, regelingen: new Set(deelnames.map((d) => d.regelingId)).size };
    // The change: "now" is the enlarged register by name; "then" the same with every third name changed,
    // every tenth regeling gone and one gemeente fewer in every fifth.
    const nu: VergelijkRegeling[] = vergroot(
      (await landschapRegelingen(db)).map((r) => ({ ...r, regelingId: r.id })),
      DOEL_REGELINGEN,
    ).map((r) => ({ id: r.regelingId, naam: r.naam, gemeenten: r.gemeenten }));
    const toen: VergelijkRegeling[] = nu.flatMap((r, i) =>
      i % 10 === 9
        ? []
        : [
            {
              id: `oud-${r.id}`,
              naam: i % 3 === 0 ? `GR ${r.naam} (samenwerkingsverband)` : r.naam,
              gemeenten: i % 5 === 0 ? r.gemeenten.slice(1) : r.gemeenten,
            },
          ],
    );
    // A division: the provinces (every gemeente in one region).
    const perProvincie = new Map<string, string[]>();
    for (const g of invoer.gemeenten)
      if (g.provincieCode)
        perProvincie.set(g.provincieCode, [...(perProvincie.get(g.provincieCode) ?? []), g.code]);
    const regios: Regio[] = [...perProvincie].map(([code, leden]) => ({ sleutel: code, naam: code, leden }));
    const codes = invoer.gemeenten.map((g) => g.code);

    const alles = () => {
      const t: Record<string, number> = {};
      const stap = <T>(naam: string, f: () => T): T => {
        const b = performance.now();
        const w = f();
        t[naam] = Math.round((performance.now() - b) * 10) / 10;
        return w;
      };
      const o = stap('overzicht', () => landschapOverzicht(groot, { minimum: 1 }));
      stap('congruentie', () => congruentie(groot.deelnames, regios, codes));
      const sets = stap('partnersets', () => partnersets(groot.deelnames, codes));
      const k = stap('kaart', () =>
        kaart(gebieden, new Map(o.gemeenten.map((g) => [g.code, sets.get(g.code) ?? 0]))),
      );
      stap('netwerk', () =>
        netwerk(
          o.paren.map((p) => ({ a: p.a.code, b: p.b.code, gedeeld: p.gedeeld })),
          { maximum: 80, posities: new Map(k.paden.map((p) => [p.code, p.midden])) },
        ),
      );
      const v = stap('verandering', () => verandering(toen, nu));
      return { t, o, v, k };
    };
    const b = performance.now();
    const eerste = alles();
    const koud = performance.now() - b;
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const w = performance.now();
      alles();
      warm.push(performance.now() - w);
    }
    ctx.bewaar('landschapAnalyses', {
      regelingen: groot.regelingen,
      deelnames: groot.deelnames.length,
      gemeenten: codes.length,
      kaartGebieden: gebieden.length,
      veranderingToenNu: [toen.length, nu.length],
      gekoppeld: eerste.v.matches.length,
      paren: eerste.o.paren.length,
      koudMs: Math.round(koud),
      warmMs: warm.map((x) => Math.round(x)),
      stappenKoudMs: eerste.t,
      method:
        'every pure landschap analysis in one go (overview, congruence with the provinces as division, partner sets, map, network of the 80 strongest pairs, change between two snapshots) on the generated input enlarged with renamed copies; cold = first run in the process',
    });
    if (eerste.v.matches.length < toen.length * 0.9)
      throw new Error(`De verandering koppelt te weinig: ${eerste.v.matches.length} van ${toen.length}`);
    ctx.doel({
      name: 'alle landschapanalyses landelijk ×3 (koud)',
      value: Math.round(koud),
      limit: 500,
      kind: 'max',
      unit: 'ms',
    });
  },
  async http(ctx) {
    const proef = await ctx.tijd('/landschap');
    if (!proef.body.includes('Landschap van de samenwerking'))
      throw new Error('De landschappagina ontbreekt');
    ctx.bewaar('landschap.checks', {
      bytes: proef.body.length,
      kaart: proef.body.includes('id="kaart-titel"'),
    });
    await ctx.meet('landschapPage', '/landschap');
    // Without the response cache, one request at a time (under load, ten at once hold ten copies of the
    // national input and push the process's peak memory): what the first visitor after a change waits.
    const ongecachet: number[] = [];
    for (let i = 0; i < 3; i++) ongecachet.push(Math.round((await ctx.tijd(`/landschap?meting=${i}`)).ms));
    ctx.bewaar('landschapPageUncachedMs', ongecachet);
  },
};
