/** Input schema of a planned meeting (API and form). */
import { datum, optioneleTekst, z } from '../../platform/validation';
import { pcStappen, stukken } from './domain';

export const VergaderingInputSchema = z
  .object({
    datum: datum.openapi({
      description: 'Datum van de vergadering van het algemeen bestuur (of het bestuur)',
    }),
    stukken: z
      .array(z.enum(stukken), 'Kies de stukken op de agenda')
      .min(1, 'Kies minstens één stuk op de agenda'),
    verzendDatum: datum
      .nullable()
      .optional()
      .openapi({ description: 'Geplande datum waarop de stukken naar de raden gaan' }),
    omschrijving: optioneleTekst(300),
  })
  .refine((v) => !v.verzendDatum || v.verzendDatum <= v.datum, {
    message: 'De stukken gaan vóór de vergadering naar de raden',
    path: ['verzendDatum'],
  })
  .openapi('VergaderingInput');
export type VergaderingInput = z.infer<typeof VergaderingInputSchema>;

export const EigenAfspraakSchema = z
  .object({
    stap: z.enum(pcStappen),
    uiterlijk: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Gebruik MM-DD, bijvoorbeeld 02-01 voor 1 februari')
      .nullable()
      .optional(),
    wekenVoorVergadering: z.number().int().min(1).max(52).nullable().optional(),
    omschrijving: optioneleTekst(300),
  })
  .openapi('EigenPcAfspraak', {
    description: 'Eigen afspraak van de regeling over een stap van de begrotingscyclus',
  });
