/** Shared validation building blocks; zod speaks Dutch here (z.locales.nl). */
import { z } from '@hono/zod-openapi';
import { Temporal } from 'temporal-polyfill';

z.config(z.locales.nl());

export { z };

/** A calendar date 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-31')
  .refine((s) => {
    try {
      return Temporal.PlainDate.from(s, { overflow: 'reject' }).toString() === s;
    } catch {
      return false;
    }
  }, 'Deze datum bestaat niet')
  .openapi({ format: 'date', example: '2026-01-01' });

export const optioneleTekst = (max: number) =>
  z.string().trim().max(max, `Gebruik hoogstens ${max} tekens`).nullable().optional();

/** Empty or absent text is unknown: null. */
export const leegIsNull = (v: string | null | undefined): string | null =>
  v === undefined || v === '' ? null : v;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an id as Grip makes them (a UUID); routes check this before they query. */
export const isUuid = (s: string): boolean => UUID.test(s);
