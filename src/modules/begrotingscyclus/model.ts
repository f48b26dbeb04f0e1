/** Input schema of a planned meeting (API and form). */
import { datum, optioneleTekst, z } from '../../platform/validation';

export const stukken = [
  'kaders',
  'ontwerpbegroting',
  'begroting',
  'begrotingswijziging',
  'jaarrekening',
] as const;

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
