/** Input schema for organisations (API and form). */
import { datum, optioneleTekst, z } from '../../platform/validation';
import { codePatroon } from './domain/identificatie';
import { organisatieSoorten } from './schema';

export const OrganisatieInputSchema = z
  .object({
    soort: z.enum(organisatieSoorten, 'Kies de soort organisatie'),
    naam: z.string().trim().min(2, 'Vul de naam in').max(300, 'Gebruik hoogstens 300 tekens'),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .max(20)
      .nullable()
      .optional()
      .openapi({ description: 'CBS-code: GM0363, PV27 of WS0652', example: 'GM0363' }),
    tooiUri: z.url('Vul een volledige URI in').nullable().optional(),
    rooId: optioneleTekst(50),
    land: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Gebruik een landcode van twee letters, bijvoorbeeld NL of DE')
      .optional(),
    provincie: z
      .string()
      .regex(/^PV\d{2}$/i, 'Een provinciecode ziet eruit als PV27')
      .nullable()
      .optional(),
    geldigVan: datum.nullable().optional(),
    geldigTot: datum.nullable().optional(),
    opvolger: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: 'Code of id van de opvolger na een herindeling' }),
  })
  .superRefine((o, ctx) => {
    const patroon = codePatroon[o.soort];
    if (patroon && o.code && !patroon.test(o.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `Deze code past niet bij de soort ${o.soort}`,
      });
    }
    if (patroon && !o.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'Vul de CBS-code in' });
    if (o.geldigVan && o.geldigTot && o.geldigTot < o.geldigVan) {
      ctx.addIssue({ code: 'custom', path: ['geldigTot'], message: 'De einddatum ligt vóór de begindatum' });
    }
  })
  .openapi('OrganisatieInput');
export type OrganisatieInput = z.infer<typeof OrganisatieInputSchema>;
