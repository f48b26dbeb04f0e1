/**
 * GET /regelingen/{id}/contacten: the directory of a regeling, for raadsleden and griffies of the
 * participants only (401 without a token, 403 for anyone else, 404 for an unknown regeling). A person
 * who did not turn their card on is not in it.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import type { Services } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/env';
import { fouten, ok, vereis } from '../../platform/http/openapi';
import { z } from '../../platform/validation';
import { regelingRij } from '../regelingen/store';
import { actieveDeelnemers, wieIsWie } from './contacten-service';

const IdParam = z.object({ id: z.uuid('Ongeldig id').openapi({ param: { name: 'id', in: 'path' } }) });

const ContactSchema = z
  .object({
    naam: z.string(),
    rol: z.enum(['raadslid', 'griffie']),
    functie: z.string().optional(),
    fractie: z.string().optional(),
    email: z.string().optional(),
    telefoon: z.string().optional(),
    toelichting: z.string().optional(),
  })
  .openapi('Contact');

const ContactenSchema = z
  .object({
    regeling: z.object({ id: z.uuid(), naam: z.string() }),
    peildatum: z.string().openapi({ format: 'date' }),
    organisaties: z.array(
      z.object({
        organisatie: z.object({ id: z.uuid(), code: z.string().nullable(), naam: z.string() }),
        contacten: z.array(ContactSchema).openapi({
          description: 'Alleen wie de contactkaart aanzette, met alleen de ingevulde velden',
        }),
      }),
    ),
  })
  .openapi('Contacten');

export function contactenApi(api: OpenAPIHono<AppEnv>, s: Services) {
  const db = s.database.db;
  api.openapi(
    createRoute({
      method: 'get',
      path: '/regelingen/{id}/contacten',
      tags: ['regelingen'],
      operationId: 'getContacten',
      summary: 'Wie is wie: de raadsleden en griffies van de deelnemers die hun contactgegevens delen',
      security: [{ bearer: [] }],
      request: { params: IdParam },
      responses: {
        200: ok(ContactenSchema, 'Per deelnemende organisatie de gedeelde contactkaarten'),
        400: fouten[400],
        401: fouten[401],
        403: fouten[403],
        404: fouten[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const r = await regelingRij(db, id);
      if (!r) throw new DomeinFout('niet_gevonden');
      const peildatum = vandaag();
      const deelnemers = await actieveDeelnemers(db, id, peildatum);
      vereis(c, 'contacten.lezen', { regelingId: id, deelnemers: deelnemers.map((d) => d.id) });
      const groepen = await wieIsWie(db, deelnemers);
      return c.json(
        {
          regeling: { id: r.id, naam: r.naam },
          peildatum,
          organisaties: groepen.map((g) => ({
            organisatie: { id: g.organisatie.id, code: g.organisatie.code, naam: g.organisatie.naam },
            contacten: g.personen.map((p) => ({ naam: p.naam, rol: p.rol, ...p.gedeeld })),
          })),
        },
        200,
      );
    },
  );
}
