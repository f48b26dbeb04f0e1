/**
 * The accounts of a council through the API, e.g. to keep Grip in step with the council's own list of
 * members (raadsinformatiesysteem): GET and POST /organisaties/{code}/rollen, DELETE /rollen/{id}. Only the
 * organisation's griffie and the beheerder (policy 'raadsgebruikers.beheren'); 401 without a token.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { ApiWeigering, fouten, geenInhoud, ok, vereis } from '../../platform/http/openapi';
import { z } from '../../platform/validation';
import { vindOrganisatie } from '../organisaties/store';
import { actorVan } from './actor';
import { raadsrollen, trekRaadsrolIn, voegRaadsrolToe } from './raadsgebruikers';
import { raadsrollenVan, rolRij } from './store';

const tags = ['accounts'];
const security = [{ bearer: [] }];
const OrganisatieParam = z.object({
  code: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'GM0363' }),
});
const RolParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });

const RolSchema = z
  .object({
    id: z.uuid(),
    rol: z.enum(raadsrollen),
    gebruiker: z.object({ id: z.uuid(), naam: z.string(), email: z.string() }),
  })
  .openapi('Raadsrol');
const RollenSchema = z
  .object({
    organisatie: z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() }),
    items: z.array(RolSchema),
  })
  .openapi('Raadsrollen');
const NieuweRolSchema = z
  .object({
    email: z.string().min(3).max(254),
    naam: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: 'Nodig als er nog geen account met dit adres is' }),
    rol: z.enum(raadsrollen),
  })
  .openapi('NieuweRaadsrol');
const NieuweRolAntwoord = z
  .object({
    id: z.uuid(),
    gebruikerId: z.uuid(),
    nieuwAccount: z
      .boolean()
      .openapi({ description: 'Waar: er is een account gemaakt en een uitnodiging gemaild' }),
  })
  .openapi('NieuweRaadsrolAntwoord');

export function accountsApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  const organisatieVan = async (code: string) => {
    const o = await vindOrganisatie(db, code);
    if (!o) throw new DomeinFout('niet_gevonden');
    return o;
  };

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organisaties/{code}/rollen',
      tags,
      operationId: 'getRaadsrollen',
      summary: 'Wie raadslid of griffie van de organisatie is in Grip',
      security,
      request: { params: OrganisatieParam },
      responses: {
        200: ok(RollenSchema, 'De accounts met hun rol'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const o = await organisatieVan(c.req.valid('param').code);
      vereis(c, 'raadsgebruikers.beheren', { organisatieId: o.id });
      const rijen = await raadsrollenVan(db, o.id);
      return c.json(
        {
          organisatie: { id: o.id, code: o.code, naam: o.naam },
          items: rijen.map((r) => ({
            id: r.rolId,
            rol: r.rol as (typeof raadsrollen)[number],
            gebruiker: { id: r.gebruikerId, naam: r.naam, email: r.email },
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: 'post',
      path: '/organisaties/{code}/rollen',
      tags,
      operationId: 'postRaadsrol',
      summary:
        'Iemand raadslid of griffie van de organisatie maken; een nieuw adres krijgt een account en een uitnodiging per mail',
      security,
      request: {
        params: OrganisatieParam,
        body: { content: { 'application/json': { schema: NieuweRolSchema } }, required: true },
      },
      responses: {
        201: ok(NieuweRolAntwoord, 'Toegekend', { status: 201 }),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const o = await organisatieVan(c.req.valid('param').code);
      const g = vereis(c, 'raadsgebruikers.beheren', { organisatieId: o.id });
      const b = c.req.valid('json');
      const uit = await voegRaadsrolToe(
        db,
        actorVan(g),
        { organisatieId: o.id, email: b.email, naam: b.naam ?? '', rol: b.rol },
        { baseUrl: s.config.baseUrl, wachtrij: s.mail.wachtrij },
      );
      c.header('Location', `/api/v1/organisaties/${o.code ?? o.id}/rollen`);
      return c.json({ id: uit.rolId, gebruikerId: uit.gebruikerId, nieuwAccount: uit.nieuwAccount }, 201);
    },
  );

  api.openapi(
    createRoute({
      method: 'delete',
      path: '/rollen/{id}',
      tags,
      operationId: 'deleteRaadsrol',
      summary:
        'Een rol van raadslid of griffie intrekken (uit de raad); lidmaatschappen van een adviescommissie eindigen vandaag (Wgr art. 24a lid 4)',
      security,
      request: { params: RolParam },
      responses: {
        204: geenInhoud('Ingetrokken'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
        409: fouten[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      // 401 before anything about the role is told.
      if (!c.get('gebruiker')) throw new ApiWeigering(401);
      const rol = await rolRij(db, id);
      if (!rol?.organisatieId) throw new DomeinFout('niet_gevonden');
      const g = vereis(c, 'raadsgebruikers.beheren', { organisatieId: rol.organisatieId });
      await trekRaadsrolIn(db, actorVan(g), id, vandaag());
      return c.body(null, 204);
    },
  );
}
