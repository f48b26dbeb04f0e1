/** JSON API: the P&C calendar of a regeling and its planned meetings. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import {
  etag,
  fouten,
  geenInhoud,
  ifMatchHeader,
  ok,
  vereis,
  versieUitIfMatch,
} from '../../platform/http/openapi';
import { z } from '../../platform/validation';
import { actorVan } from '../accounts/actor';
import { regelingRij } from '../regelingen/store';
import { metUitleg } from '../termijnen/teksten';
import { pcStappen, stukken } from './domain';
import { VergaderingInputSchema } from './model';
import { planVergadering, vergaderingenVan, verwijderVergadering, wijzigVergadering } from './service';
import { cycli } from './store';
import { cyclusWaarschuwingTekst, itemUitleg, stapLabel } from './teksten';

const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });
const VergaderingParam = IdParam.extend({
  vergaderingId: z.uuid('Ongeldig id').openapi({ param: { name: 'vergaderingId', in: 'path' } }),
});

const ItemSchema = z
  .object({
    uid: z.string(),
    stap: z.enum(pcStappen),
    omschrijving: z.string().openapi({ description: 'De stap in gewone taal' }),
    datum: z.string().nullable().openapi({
      format: 'date',
      description: 'Uiterste datum; null als die van een niet geplande vergadering afhangt',
    }),
    bron: z.enum(['wet', 'regeling']),
    artikel: z.string(),
    regime: z.enum(['voor_2022', 'vanaf_2022']),
    status: z.enum(['bevestigd', 'open', 'onbekend']),
    ontvanger: z.string().nullable(),
    vergaderingId: z.string().nullable(),
    uitleg: z.string(),
    berekening: z.record(z.string(), z.unknown()).nullable(),
    waarschuwingen: z.array(
      z.object({ code: z.string(), artikel: z.string().optional(), uitleg: z.string() }),
    ),
  })
  .openapi('KalenderItem');

const VergaderingSchema = z
  .object({
    id: z.uuid(),
    datum: z.string().openapi({ format: 'date' }),
    stukken: z.array(z.enum(stukken)),
    verzendDatum: z.string().nullable().openapi({ format: 'date' }),
    omschrijving: z.string().nullable(),
    versie: z.number().int(),
  })
  .openapi('Vergadering');

export function begrotingscyclusApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  const bestaat = async (id: string) => {
    if (!(await regelingRij(db, id))) throw new DomeinFout('niet_gevonden');
  };

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/kalender',
      tags: ['begrotingscyclus'],
      operationId: 'getKalender',
      summary: 'De begrotingscyclus van een begrotingsjaar: elke wettelijke termijn met grondslag en uitleg',
      request: {
        params: IdParam,
        query: z.object({
          begrotingsjaar: z.coerce
            .number()
            .int('Een jaartal')
            .min(1985, 'Vanaf 1985')
            .max(2100, 'Tot en met 2100')
            .openapi({ example: 2027 }),
        }),
      },
      responses: {
        200: ok(
          z
            .object({ regelingId: z.uuid(), begrotingsjaar: z.number().int(), items: z.array(ItemSchema) })
            .openapi('Begrotingskalender'),
          'De kalender',
        ),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { begrotingsjaar } = c.req.valid('query');
      await bestaat(id);
      const items = await cycli(db, [id], [begrotingsjaar], await s.kalender(), vandaag());
      return c.json(
        {
          regelingId: id,
          begrotingsjaar,
          items: items.map((i) => ({
            uid: i.uid,
            stap: i.stap,
            omschrijving: stapLabel[i.stap],
            datum: i.datum,
            bron: i.bron,
            artikel: i.artikel,
            regime: i.regime,
            status: i.status,
            ontvanger: i.ontvanger ?? null,
            vergaderingId: i.vergaderingId ?? null,
            uitleg: itemUitleg(i),
            berekening: i.berekening ? metUitleg(i.berekening, i.berekening.stappen[0]?.van ?? '') : null,
            waarschuwingen: i.waarschuwingen.map((w) => ({
              code: w.code,
              ...(w.artikel ? { artikel: w.artikel } : {}),
              uitleg: cyclusWaarschuwingTekst(w),
            })),
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/vergaderingen',
      tags: ['begrotingscyclus'],
      operationId: 'listVergaderingen',
      summary: 'De geplande vergaderingen met de P&C-stukken op de agenda',
      request: { params: IdParam },
      responses: {
        200: ok(
          z.object({ items: z.array(VergaderingSchema) }).openapi('VergaderingLijst'),
          'De vergaderingen',
        ),
        400: fouten[400],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await bestaat(id);
      const rijen = await vergaderingenVan(db, id);
      return c.json({ items: rijen.map(({ regelingId: _r, ...v }) => ({ ...v, stukken: v.stukken })) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/regelingen/{id}/vergaderingen',
      tags: ['begrotingscyclus'],
      operationId: 'createVergadering',
      summary: 'Een vergadering plannen',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: VergaderingInputSchema } }, required: true },
      },
      responses: {
        201: ok(VergaderingSchema, 'De geplande vergadering', { status: 201, etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const g = vereis(c, 'vergaderingen.wijzigen', { regelingId: id });
      const vid = await planVergadering(db, actorVan(g), id, c.req.valid('json'));
      const v = (await vergaderingenVan(db, id)).find((x) => x.id === vid)!;
      c.header('Location', `/api/v1/regelingen/${id}/vergaderingen/${vid}`);
      c.header('ETag', etag(v.versie));
      const { regelingId: _r, ...rest } = v;
      return c.json(rest, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'put',
      path: '/regelingen/{id}/vergaderingen/{vergaderingId}',
      tags: ['begrotingscyclus'],
      operationId: 'updateVergadering',
      summary: 'Een geplande vergadering wijzigen',
      security: [{ bearer: [] }],
      request: {
        params: VergaderingParam,
        headers: ifMatchHeader,
        body: { content: { 'application/json': { schema: VergaderingInputSchema } }, required: true },
      },
      responses: {
        200: ok(VergaderingSchema, 'De gewijzigde vergadering', { etag: true }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        412: fouten[412],
      },
    }),
    async (c) => {
      const { id, vergaderingId } = c.req.valid('param');
      const g = vereis(c, 'vergaderingen.wijzigen', { regelingId: id });
      const versie = await wijzigVergadering(
        db,
        actorVan(g),
        id,
        vergaderingId,
        c.req.valid('json'),
        versieUitIfMatch(c.req.header('if-match')),
      );
      const v = (await vergaderingenVan(db, id)).find((x) => x.id === vergaderingId)!;
      c.header('ETag', etag(versie));
      const { regelingId: _r, ...rest } = v;
      return c.json(rest, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/regelingen/{id}/vergaderingen/{vergaderingId}',
      tags: ['begrotingscyclus'],
      operationId: 'deleteVergadering',
      summary: 'Een geplande vergadering schrappen',
      security: [{ bearer: [] }],
      request: { params: VergaderingParam },
      responses: {
        204: geenInhoud('Geschrapt'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id, vergaderingId } = c.req.valid('param');
      const g = vereis(c, 'vergaderingen.wijzigen', { regelingId: id });
      await verwijderVergadering(db, actorVan(g), id, vergaderingId);
      return c.body(null, 204);
    },
  );
}
