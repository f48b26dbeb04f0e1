/**
 * Issue 2, item 18: the register on national-scale data. Requests per second and p95 latency of
 * the register list page, a regeling page (the regeling closest to 30 participants) and
 * GET /api/v1/regelingen?deelnemer=GM0363 (Amsterdam, in 40 regelingen), against the bare server.
 * Targets: the pages at least 5% and the API at least 10% of the bare server's requests per
 * second, p95 under 25 ms. (Peak memory is a target of the whole run, see run.ts.)
 * Each path is measured twice: as a visitor gets it (repeated anonymous GETs, which Grip's response
 * cache answers in embedded mode; these carry the targets) and with a different URL per request,
 * so that the cache never answers (informational: what a signed-in user or the first visitor after
 * a change gets).
 */
import type { Sectie } from '../lib/sectie';

export const register: Sectie = {
  naam: 'register',
  async http(ctx) {
    const { groteRegeling, amsterdam } = ctx.gegevens;
    const paden = {
      registerPage: '/regelingen',
      regelingPage: `/regelingen/${groteRegeling.id}`,
      apiDeelnemer: `/api/v1/regelingen?deelnemer=${amsterdam.code}`,
    };

    // Correctness first: a fast wrong answer is no measurement.
    const lijst = await ctx.tijd(paden.registerPage);
    if (
      !lijst.body.includes(`${ctx.gegevens.aantallen.regelingen.toLocaleString('nl-NL')} regelingen gevonden`)
    ) {
      ctx.log('Let op: de registerpagina noemt niet het verwachte aantal regelingen');
    }
    const pagina = await ctx.tijd(paden.regelingPage);
    if (!pagina.body.includes('Deelnemers en hun zeggenschap'))
      throw new Error('De regelingpagina toont geen deelnemers');
    const api = JSON.parse((await ctx.tijd(paden.apiDeelnemer)).body) as { totaal: number; items: unknown[] };
    if (api.totaal !== amsterdam.regelingen) {
      throw new Error(
        `De API geeft ${api.totaal} regelingen voor ${amsterdam.code}, verwacht ${amsterdam.regelingen}`,
      );
    }
    ctx.bewaar('register.checks', {
      regelingPage: {
        id: groteRegeling.id,
        naam: groteRegeling.naam,
        deelnemers: groteRegeling.deelnemers,
        bestuursleden: groteRegeling.bestuursleden,
        bytes: pagina.body.length,
      },
      registerPage: { bytes: lijst.body.length },
      apiDeelnemer: { totaal: api.totaal, items: api.items.length },
    });

    const registerPage = await ctx.meet('registerPage', paden.registerPage);
    const regelingPage = await ctx.meet('regelingPage', paden.regelingPage);
    const apiDeelnemer = await ctx.meet('apiDeelnemer', paden.apiDeelnemer);

    // The same paths without Grip's response cache (informational, no targets).
    await ctx.meet('registerPageUncached', paden.registerPage, { uniek: true });
    await ctx.meet('regelingPageUncached', paden.regelingPage, { uniek: true });
    await ctx.meet('apiDeelnemerUncached', paden.apiDeelnemer, { uniek: true });

    ctx.doelVerhouding('registerPage', registerPage, 0.05);
    ctx.doelVerhouding('regelingPage', regelingPage, 0.05);
    ctx.doelVerhouding('apiDeelnemer', apiDeelnemer, 0.1);
    ctx.doelP95('registerPage', registerPage, 25);
    ctx.doelP95('regelingPage', regelingPage, 25);
    ctx.doelP95('apiDeelnemer', apiDeelnemer, 25);
  },
};
