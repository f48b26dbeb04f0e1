/** RFC 9457 problem details for the API (NL API Design Rules /core/error-handling). */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

export interface InvalidParam {
  name: string;
  reason: string;
}

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Ongeldige invoer' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().optional().openapi({ description: 'Stabiele machineleesbare foutcode' }),
    invalidParams: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .openapi({ description: 'De ongeldige velden en waarom' }),
  })
  .openapi('Problem');

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  extra: { detail?: string; code?: string; invalidParams?: InvalidParam[] } = {},
) {
  return c.body(
    JSON.stringify({ type: 'about:blank', title, status, instance: c.req.path, ...extra }),
    status,
    { 'Content-Type': 'application/problem+json' },
  );
}

/** Turns zod issues into invalidParams: the field path and a Dutch reason. */
export function invalidParamsVan(
  issues: readonly { path: PropertyKey[]; message: string }[],
  prefix = '',
): InvalidParam[] {
  return issues.map((i) => ({
    name: prefix + (i.path.map(String).join('.') || '(body)'),
    reason: i.message,
  }));
}
