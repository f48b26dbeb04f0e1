/** JSON API: /api/v1/organisaties. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { apiFout, fouten, ok } from '../../platform/http/openapi';
import { DomeinFout } from '../../platform/errors';
import { z } from '../../platform/validation';
import { regelingenVanOrganisatie } from '../regelingen/store';
import { organisatieSoorten } from './schema';
import { organisatieDetail, vindOrganisatie, zoekOrganisaties } from './store';

const OrganisatieSchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable().openapi({ example: 'GM0363' }),
    naam: z.string(),
    soort: z.enum(organisatieSoorten),
    tooiUri: z.string().nullable().openapi({ example: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363' }),
    land: z.string(),
    inwoners: z.number().int().nullable(),
    peildatum: z.string().nullable().openapi({ format: 'date' }),
  })
  .openapi('Organisatie');

const OrganisatieDetailSchema = OrganisatieSchema.omit({ inwoners: true, peildatum: true })
  .extend({
    rooId: z.string().nullable(),
    geldigVan: z.string().nullable().openapi({ format: 'date' }),
    geldigTot: z.string().nullable().openapi({ format: 'date' }),
    provincie: z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() }).nullable(),
    opvolger: z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() }).nullable(),
    namen: z.array(z.object({ naam: z.string(), geldigVan: z.string(), geldigTot: z.string().nullable() })),
    bevolking: z.array(z.object({ peildatum: z.string().openapi({ format: 'date' }), aantal: z.number().int(), bron: z.string() })),
    regelingen: z.array(
      z.object({
        id: z.uuid(),
        naam: z.string(),
        vorm: z.string(),
        type: z.string(),
        organen: z.array(z.string()),
        datumToetreding: z.string().nullable(),
        datumUittreding: z.string().nullable(),
      }),
    ),
  })
  .openapi('OrganisatieDetail');

export function organisatiesApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisaties',
      tags: ['organisaties'],
      operationId: 'listOrganisaties',
      summary: 'Organisaties zoeken (gemeenten, provincies, waterschappen en andere deelnemers)',
      request: {
        query: z.object({
          code: z.string().max(20).optional().openapi({ example: 'GM0363' }),
          soort: z.enum(organisatieSoorten).optional(),
          provincie: z.string().regex(/^PV\d{2}$/i, 'Een provinciecode ziet eruit als PV27').optional(),
          q: z.string().max(200).optional(),
          pagina: z.coerce.number().int().min(1).default(1),
          perPagina: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: {
        200: ok(
          z
            .object({ items: z.array(OrganisatieSchema), totaal: z.number().int(), pagina: z.number().int(), perPagina: z.number().int() })
            .openapi('OrganisatieLijst'),
          'Een pagina organisaties',
        ),
        400: fouten[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { rows, totaal } = await zoekOrganisaties(db, q);
      return c.json({ items: rows, totaal, pagina: q.pagina, perPagina: q.perPagina }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisaties/{ref}',
      tags: ['organisaties'],
      operationId: 'getOrganisatie',
      summary: 'Eén organisatie, op id of CBS-code, met haar regelingen',
      request: { params: z.object({ ref: z.string().min(1).max(200).openapi({ param: { name: 'ref', in: 'path' }, example: 'GM0363' }) }) },
      responses: { 200: ok(OrganisatieDetailSchema, 'De organisatie'), 400: fouten[400], 404: fouten[404] },
    }),
    async (c) => {
      try {
        const o = await vindOrganisatie(db, c.req.valid('param').ref);
        const d = o ? await organisatieDetail(db, o.id) : null;
        if (!d) throw new DomeinFout('niet_gevonden');
        const regelingen = await regelingenVanOrganisatie(db, d.id);
        const kort = (x: { id: string; code: string | null; naam: string } | null) => (x ? { id: x.id, code: x.code, naam: x.naam } : null);
        return c.json(
          {
            id: d.id,
            code: d.code,
            naam: d.naam,
            soort: d.soort,
            tooiUri: d.tooiUri,
            land: d.land,
            rooId: d.rooId,
            geldigVan: d.geldigVan,
            geldigTot: d.geldigTot,
            provincie: kort(d.provincie),
            opvolger: kort(d.opvolger),
            namen: d.namen.map((n) => ({ naam: n.naam, geldigVan: n.geldigVan, geldigTot: n.geldigTot })),
            bevolking: d.bevolking.map((b) => ({ peildatum: b.peildatum, aantal: b.aantal, bron: b.bron })),
            regelingen,
          },
          200,
        );
      } catch (e) {
        return apiFout(c, e);
      }
    },
  );
}
