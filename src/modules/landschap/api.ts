/**
 * JSON API of the landschap analyses: /api/v1/landschap/gemeenten, …/paren, …/congruentie and
 * …/verandering. The same figures as the pages and the exports (analyse-laden.ts).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { vandaag } from '../../platform/clock';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { fouten, ok } from '../../platform/http/openapi';
import { problem } from '../../platform/http/problem';
import { datum, z } from '../../platform/validation';
import {
  type CongruentieTelling,
  landschapOverzicht,
  opBeleidsterrein,
  type GemiddeldAandeel,
} from './analyse';
import { landschapInvoer } from './analyse-store';
import { bronFilters } from './bron-info';
import { DEFAULT_INDELING, laadCongruentie, laadVerandering } from './analyse-laden';
import { regioIndelingen } from './kaart-store';

const tag = ['landschap'];

const BasisQuery = z.object({
  bron: z.enum(bronFilters).optional().openapi({
    description:
      'grip (ingevoerd in Grip), roo-polder (landelijk GR-register) of opengr (momentopname 2016); zonder: het register (grip en roo-polder)',
  }),
  peildatum: datum.optional().openapi({
    description:
      'Alleen regelingen die op deze datum gelden en deelnemers die dan waren toegetreden en niet uitgetreden; zonder: vandaag',
  }),
  provincie: z
    .string()
    .toUpperCase()
    .regex(/^PV\d{2}$/, 'Een provinciecode ziet eruit als PV27')
    .optional()
    .openapi({ description: 'Alleen gemeenten in deze provincie', example: 'PV27' }),
  beleidsterrein: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Alleen regelingen op dit beleidsterrein' }),
});

const ParenQuery = BasisQuery.extend({
  minimum: z.coerce.number().int().min(1).max(10000).default(5).openapi({
    description: 'Alleen paren die minstens zoveel regelingen delen',
  }),
  pagina: z.coerce.number().int().min(1).max(10000).default(1),
  perPagina: z.coerce.number().int().min(1).max(1000).default(100),
});

const AandeelSchema = z
  .object({
    gemiddelde: z
      .number()
      .nullable()
      .openapi({ description: 'Gemiddeld aandeel (0..1) over de regelingen waar het bekend is' }),
    bekend: z.number().int().openapi({ description: 'In hoeveel regelingen het aandeel bekend is' }),
  })
  .openapi('LandschapAandeel');

const GemeenteSchema = z
  .object({
    code: z.string().openapi({ description: 'CBS-code', example: 'GM0363' }),
    naam: z.string(),
    provincie: z.object({ code: z.string(), naam: z.string() }).nullable(),
    inwoners: z.number().int().nullable(),
    regelingen: z.number().int().openapi({ description: 'Aantal regelingen waaraan de gemeente deelneemt' }),
    perBeleidsterrein: z.array(z.object({ beleidsterrein: z.string(), aantal: z.number().int() })),
    partners: z
      .number()
      .int()
      .openapi({ description: 'Met hoeveel andere gemeenten zij minstens één regeling deelt' }),
    stemaandeel: AandeelSchema,
    kostenaandeel: AandeelSchema,
    bevolkingsaandeel: AandeelSchema,
    zeggenschap: AandeelSchema.extend({
      geschat: z.number().int().openapi({
        description: 'In hoeveel regelingen het bevolkingsaandeel het onbekende stemaandeel vervangt',
      }),
    }).openapi({ description: 'Stemaandeel waar bekend, anders het bevolkingsaandeel als schatting' }),
  })
  .openapi('LandschapGemeente');

const VerdelingSchema = z
  .object({
    aantal: z.number().int(),
    min: z.number().nullable(),
    mediaan: z.number().nullable(),
    p90: z.number().nullable(),
    max: z.number().nullable(),
    gemiddelde: z.number().nullable(),
    top: z.array(z.object({ code: z.string(), naam: z.string(), regelingen: z.number().int() })),
    onderaan: z.array(z.object({ code: z.string(), naam: z.string(), regelingen: z.number().int() })),
  })
  .openapi('LandschapVerdeling');

const GemeentenSchema = z
  .object({
    bron: z.string().nullable().openapi({ description: 'De gekozen bron; leeg: het register' }),
    peildatum: z.string().openapi({ format: 'date', description: 'De peildatum; zonder parameter: vandaag' }),
    provincie: z.string().nullable(),
    regelingen: z.number().int().openapi({ description: 'Aantal regelingen dat meetelt' }),
    deelnames: z.number().int(),
    verdeling: VerdelingSchema,
    items: z.array(GemeenteSchema),
  })
  .openapi('LandschapGemeenten');

const ParenSchema = z
  .object({
    bron: z.string().nullable(),
    peildatum: z.string().openapi({ format: 'date', description: 'De peildatum; zonder parameter: vandaag' }),
    provincie: z.string().nullable(),
    minimum: z.number().int(),
    items: z.array(
      z.object({
        a: z.object({ code: z.string(), naam: z.string() }),
        b: z.object({ code: z.string(), naam: z.string() }),
        gedeeld: z.number().int().openapi({ description: 'Aantal regelingen dat beide gemeenten delen' }),
      }),
    ),
    totaal: z.number().int(),
    pagina: z.number().int(),
    perPagina: z.number().int(),
  })
  .openapi('LandschapParen');

const HerkomstSchema = z
  .object({
    onderdeel: z.string(),
    bron: z.string(),
    peildatum: z
      .string()
      .nullable()
      .openapi({ format: 'date', description: 'Peildatum of jaargang van de bron' }),
    licentie: z.string().nullable(),
    bestand: z.string().nullable(),
    ingelezen: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('LandschapHerkomst');

const TellingVelden = {
  binnen: z.number().int().openapi({ description: 'Medelidmaatschappen binnen één regio' }),
  over: z.number().int().openapi({ description: 'Medelidmaatschappen over de regiogrens' }),
  onbekend: z
    .number()
    .int()
    .openapi({ description: 'Medelidmaatschappen met een gemeente die niet in de indeling staat' }),
  aandeelBinnen: z.number().nullable().openapi({ description: 'binnen / (binnen + over)' }),
};

const CongruentieQuery = BasisQuery.extend({
  indeling: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/, 'Een indeling is een sleutel als veiligheidsregio of ggd_regio')
    .default(DEFAULT_INDELING)
    .openapi({ description: 'De regio-indeling (Regioatlas)', example: 'veiligheidsregio' }),
});

const CongruentieSchema = z
  .object({
    bron: z.string().nullable(),
    peildatum: z.string().openapi({ format: 'date' }),
    provincie: z.string().nullable(),
    indeling: z.object({ sleutel: z.string(), naam: z.string() }),
    ...TellingVelden,
    regios: z.array(
      z.object({ sleutel: z.string(), naam: z.string(), leden: z.number().int(), ...TellingVelden }),
    ),
    gemeenten: z.array(
      z.object({
        code: z.string(),
        naam: z.string(),
        regios: z.array(z.string()).openapi({ description: 'Sleutels van haar regio’s in de indeling' }),
        ...TellingVelden,
        partnersets: z
          .number()
          .int()
          .openapi({ description: 'Verschillende groepen mededeelnemers over haar regelingen' }),
      }),
    ),
    herkomst: z.array(HerkomstSchema),
  })
  .openapi('LandschapCongruentie');

const VeranderingQuery = z.object({
  peildatum: datum
    .optional()
    .openapi({ description: 'Peildatum van het landelijk register; zonder: vandaag' }),
  provincie: BasisQuery.shape.provincie,
  beleidsterrein: BasisQuery.shape.beleidsterrein,
});

const VergelijkSchema = z.object({ id: z.string(), naam: z.string(), gemeenten: z.array(z.string()) });

const VeranderingSchema = z
  .object({
    toen: z.object({
      bron: z.string(),
      peildatum: z.string().openapi({ format: 'date' }),
      regelingen: z.number().int(),
    }),
    nu: z.object({
      bron: z.string(),
      peildatum: z.string().openapi({ format: 'date' }),
      regelingen: z.number().int(),
    }),
    matches: z.array(
      z.object({
        oud: VergelijkSchema,
        nieuw: VergelijkSchema,
        wijze: z.enum(['naam', 'naam-en-deelnemers']),
        naamgelijkenis: z.number(),
        deelnemersoverlap: z.number().nullable(),
        score: z.number(),
      }),
    ),
    alleenOud: z.array(VergelijkSchema),
    alleenNieuw: z.array(VergelijkSchema),
    gemeenten: z.array(
      z.object({
        code: z.string(),
        naam: z.string(),
        toen: z.number().int(),
        nu: z.number().int(),
        gebleven: z.number().int(),
        verlaten: z.number().int(),
        nieuw: z.number().int(),
      }),
    ),
    herkomst: z.array(HerkomstSchema),
  })
  .openapi('LandschapVerandering');

const aandeel = (a: GemiddeldAandeel) => ({ gemiddelde: a.gemiddelde, bekend: a.bekend });

export function landschapApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;

  api.openapi(
    createRoute({
      method: 'get',
      path: '/landschap/gemeenten',
      tags: tag,
      operationId: 'listLandschapGemeenten',
      summary: 'Per gemeente het aantal regelingen, per beleidsterrein, en haar aandelen',
      request: { query: BasisQuery },
      responses: {
        200: ok(GemeentenSchema, 'De gemeenten met hun cijfers en de verdeling'),
        400: fouten[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const o = landschapOverzicht(opBeleidsterrein(await landschapInvoer(db, q), q.beleidsterrein), {
        provincie: q.provincie,
        minimum: Infinity,
      });
      const kort = ({ item, waarde }: { item: { code: string; naam: string }; waarde: number }) => ({
        code: item.code,
        naam: item.naam,
        regelingen: waarde,
      });
      return c.json(
        {
          bron: q.bron ?? null,
          peildatum: q.peildatum ?? vandaag(),
          provincie: q.provincie ?? null,
          regelingen: o.regelingen,
          deelnames: o.deelnames,
          verdeling: {
            aantal: o.verdeling.aantal,
            min: o.verdeling.min,
            mediaan: o.verdeling.mediaan,
            p90: o.verdeling.p90,
            max: o.verdeling.max,
            gemiddelde: o.verdeling.gemiddelde,
            top: o.verdeling.top.map(kort),
            onderaan: o.verdeling.onderaan.map(kort),
          },
          items: o.gemeenten.map((g) => ({
            code: g.code,
            naam: g.naam,
            provincie: g.provincieCode
              ? { code: g.provincieCode, naam: g.provincieNaam ?? g.provincieCode }
              : null,
            inwoners: g.inwoners,
            regelingen: g.regelingen,
            perBeleidsterrein: g.perBeleidsterrein,
            partners: g.partners,
            stemaandeel: aandeel(g.stemaandeel),
            kostenaandeel: aandeel(g.kostenaandeel),
            bevolkingsaandeel: aandeel(g.bevolkingsaandeel),
            zeggenschap: { ...aandeel(g.zeggenschap), geschat: g.zeggenschap.geschat },
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/landschap/paren',
      tags: tag,
      operationId: 'listLandschapParen',
      summary: 'Paren van gemeenten die minstens k regelingen delen, sterkste eerst',
      request: { query: ParenQuery },
      responses: { 200: ok(ParenSchema, 'Een pagina paren'), 400: fouten[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const o = landschapOverzicht(opBeleidsterrein(await landschapInvoer(db, q), q.beleidsterrein), {
        provincie: q.provincie,
        minimum: q.minimum,
      });
      const begin = (q.pagina - 1) * q.perPagina;
      return c.json(
        {
          bron: q.bron ?? null,
          peildatum: q.peildatum ?? vandaag(),
          provincie: q.provincie ?? null,
          minimum: q.minimum,
          items: o.paren.slice(begin, begin + q.perPagina),
          totaal: o.paren.length,
          pagina: q.pagina,
          perPagina: q.perPagina,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/landschap/congruentie',
      tags: tag,
      operationId: 'getLandschapCongruentie',
      summary:
        'Hoeveel medelidmaatschappen binnen de regio’s van een indeling blijven; per regio en per gemeente',
      request: { query: CongruentieQuery },
      responses: {
        200: ok(CongruentieSchema, 'De congruentie met de indeling'),
        400: fouten[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const u = await laadCongruentie(db, q);
      if (!u) {
        const bekend = (await regioIndelingen(db)).map((i) => i.indeling);
        return problem(c, 400, 'Ongeldige invoer', {
          code: 'onbekende_indeling',
          detail: bekend.length ? undefined : 'Er zijn nog geen regio-indelingen ingelezen.',
          invalidParams: [
            {
              name: 'indeling',
              reason: bekend.length
                ? `Deze indeling is niet ingelezen; kies uit: ${bekend.join(', ')}`
                : 'Deze indeling is niet ingelezen',
            },
          ],
        }) as never;
      }
      const cg = u.congruentie;
      const telling = (t: CongruentieTelling) => ({
        binnen: t.binnen,
        over: t.over,
        onbekend: t.onbekend,
        aandeelBinnen: t.aandeelBinnen,
      });
      return c.json(
        {
          bron: q.bron ?? null,
          peildatum: q.peildatum ?? vandaag(),
          provincie: q.provincie ?? null,
          indeling: { sleutel: u.indeling, naam: u.indelingNaam },
          ...telling(cg),
          regios: cg.regios.map((r) => ({
            sleutel: r.sleutel,
            naam: r.naam,
            leden: r.leden,
            ...telling(r),
          })),
          gemeenten: u.gemeenten.map((g) => ({
            code: g.code,
            naam: u.namen.get(g.code) ?? g.code,
            regios: g.regios,
            ...telling(g),
            partnersets: u.partnersets.get(g.code) ?? 0,
          })),
          herkomst: u.herkomst,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/landschap/verandering',
      tags: tag,
      operationId: 'getLandschapVerandering',
      summary:
        'De regelingen van 2016 (OpenGR) naast die van het landelijk register: gekoppeld, alleen toen, alleen nu',
      request: { query: VeranderingQuery },
      responses: {
        200: ok(VeranderingSchema, 'De verandering, met elke koppeling en waarop'),
        400: fouten[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const u = await laadVerandering(db, q);
      const v = u.verandering;
      const kaal = (r: { id: string; naam: string; gemeenten: readonly string[] }) => ({
        id: r.id,
        naam: r.naam,
        gemeenten: [...r.gemeenten],
      });
      return c.json(
        {
          toen: { ...u.toen, regelingen: v.toen },
          nu: { ...u.nu, regelingen: v.nu },
          matches: v.matches.map((m) => ({ ...m, oud: kaal(m.oud), nieuw: kaal(m.nieuw) })),
          alleenOud: v.alleenOud.map(kaal),
          alleenNieuw: v.alleenNieuw.map(kaal),
          gemeenten: u.gemeenten.map((g) => ({ ...g, naam: u.namen.get(g.code) ?? g.code })),
          herkomst: u.herkomst,
        },
        200,
      );
    },
  );
}
