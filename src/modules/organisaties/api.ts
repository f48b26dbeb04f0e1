/** JSON API: /api/v1/organisaties. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { actorVan } from '../accounts/actor';
import { vandaag } from '../../platform/clock';
import { etag, fouten, ifMatchHeader, ok, vereis, versieUitIfMatch } from '../../platform/http/openapi';
import { OrganisatieInputSchema } from './model';
import { maakOrganisatie, wijzigOrganisatie } from './service';
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
    tooiUri: z
      .string()
      .nullable()
      .openapi({ example: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363' }),
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
    namen: z.array(
      z.object({
        naam: z.string(),
        geldigVan: z.string().openapi({ format: 'date' }),
        geldigTot: z.string().nullable().openapi({ format: 'date' }),
      }),
    ),
    bevolking: z.array(
      z.object({
        peildatum: z.string().openapi({ format: 'date' }),
        aantal: z.number().int(),
        bron: z.string(),
      }),
    ),
    regelingen: z.array(
      z.object({
        id: z.uuid(),
        naam: z.string(),
        vorm: z.string(),
        type: z.string(),
        organen: z.array(z.string()),
        datumToetreding: z.string().nullable().openapi({ format: 'date' }),
        datumUittreding: z.string().nullable().openapi({ format: 'date' }),
      }),
    ),
  })
  .openapi('OrganisatieDetail');

export function organisatiesApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  const detailJson = async (id: string) => {
    const d = await organisatieDetail(db, id);
    if (!d) throw new DomeinFout('niet_gevonden');
    const regelingen = await regelingenVanOrganisatie(db, d.id);
    const kort = (x: { id: string; code: string | null; naam: string } | null) =>
      x ? { id: x.id, code: x.code, naam: x.naam } : null;
    return {
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
    };
  };

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
          provincie: z
            .string()
            .toUpperCase()
            .regex(/^PV\d{2}$/, 'Een provinciecode ziet eruit als PV27')
            .optional(),
          q: z.string().max(200).optional(),
          pagina: z.coerce.number().int().min(1).default(1),
          perPagina: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: {
        200: ok(
          z
            .object({
              items: z.array(OrganisatieSchema),
              totaal: z.number().int(),
              pagina: z.number().int(),
              perPagina: z.number().int(),
            })
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
      request: {
        params: z.object({
          ref: z
            .string()
            .min(1)
            .max(200)
            .openapi({ param: { name: 'ref', in: 'path' }, example: 'GM0363' }),
        }),
      },
      responses: {
        200: ok(OrganisatieDetailSchema, 'De organisatie', { etag: true }),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const o = await vindOrganisatie(db, c.req.valid('param').ref);
      if (!o) throw new DomeinFout('niet_gevonden');
      c.header('ETag', etag(o.versie));
      return c.json(await detailJson(o.id), 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organisaties',
      tags: ['organisaties'],
      operationId: 'createOrganisatie',
      summary: 'Een organisatie registreren (ook buitenlandse en private deelnemers); alleen beheerders',
      security: [{ bearer: [] }],
      request: {
        body: { content: { 'application/json': { schema: OrganisatieInputSchema } }, required: true },
      },
      responses: {
        201: ok(OrganisatieDetailSchema, 'De nieuwe organisatie', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        409: fouten[409],
      },
    }),
    async (c) => {
      const g = vereis(c, 'organisatie.wijzigen');
      const id = await maakOrganisatie(db, actorVan(g), c.req.valid('json'), vandaag());
      c.header('Location', `/api/v1/organisaties/${id}`);
      c.header('ETag', etag(1));
      return c.json(await detailJson(id), 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/organisaties/{ref}',
      tags: ['organisaties'],
      operationId: 'updateOrganisatie',
      summary: 'Een organisatie wijzigen (naam met historie, opvolger na herindeling); alleen beheerders',
      security: [{ bearer: [] }],
      request: {
        params: z.object({
          ref: z
            .string()
            .min(1)
            .max(200)
            .openapi({ param: { name: 'ref', in: 'path' }, example: 'GM0363' }),
        }),
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: OrganisatieInputSchema } }, required: true },
      },
      responses: {
        200: ok(OrganisatieDetailSchema, 'De gewijzigde organisatie', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
        412: fouten[412],
      },
    }),
    async (c) => {
      const g = vereis(c, 'organisatie.wijzigen');
      const o = await vindOrganisatie(db, c.req.valid('param').ref);
      if (!o) throw new DomeinFout('niet_gevonden');
      const versie = await wijzigOrganisatie(
        db,
        actorVan(g),
        o.id,
        c.req.valid('json'),
        vandaag(),
        versieUitIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(versie));
      return c.json(await detailJson(o.id), 200);
    },
  );
}
