/** JSON API: POST /api/v1/termijnen/berekeningen — a termijn computed and explained. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { fouten, ok } from '../../platform/http/openapi';
import { z } from '../../platform/validation';
import { BerekeningInputSchema } from './model';
import { berekenAlsJson } from './service';

const StapSchema = z
  .object({
    code: z.string(),
    artikel: z.string().nullable(),
    van: z.string().optional().openapi({ format: 'date' }),
    naar: z.string().optional().openapi({ format: 'date' }),
    data: z.record(z.string(), z.unknown()).optional(),
    uitleg: z.string(),
  })
  .openapi('TermijnStap');

const WaarschuwingSchema = z
  .object({
    code: z.string(),
    artikel: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    uitleg: z.string(),
  })
  .openapi('TermijnWaarschuwing');

const ResultaatSchema = z
  .object({
    nominaleEinddatum: z.string().openapi({ format: 'date' }),
    einddatum: z.string().openapi({
      format: 'date',
      description: 'Laatste dag van de termijn (vooruit) of laatste dag waarop het moet gebeuren (terug)',
    }),
    verschoven: z.boolean(),
    stappen: z.array(StapSchema),
    waarschuwingen: z.array(WaarschuwingSchema),
  })
  .openapi('TermijnResultaat');

export function termijnenApi(api: OpenAPIHono<AppEnv>, s: Services) {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/termijnen/berekeningen',
      tags: ['termijnen'],
      operationId: 'berekenTermijn',
      summary: 'Een termijn berekenen volgens de Algemene termijnenwet, met uitleg per stap',
      request: {
        body: { content: { 'application/json': { schema: BerekeningInputSchema } }, required: true },
      },
      responses: { 200: ok(ResultaatSchema, 'De berekende termijn met uitleg'), 400: fouten[400] },
    }),
    async (c) => {
      const input = c.req.valid('json');
      // The memoised JSON text: same content as c.json(berekenMetUitleg(…)), without serialising it again.
      return c.body(berekenAlsJson(input, await s.kalender()), 200, {
        'Content-Type': 'application/json',
      }) as never;
    },
  );
}
