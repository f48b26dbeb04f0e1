/** The input of a termijn computation, shared by the API and the page. */
import { parseDuur } from '../../kalender';
import { datum, z } from '../../platform/validation';

export const BerekeningInputSchema = z
  .object({
    start: datum.openapi({
      description: 'Dag van de gebeurtenis (vooruit), of het moment waarvan wordt teruggerekend (terug)',
      example: '2026-04-30',
    }),
    duur: z
      .string()
      .refine(
        (s) => parseDuur(s) !== null,
        'Gebruik een ISO 8601-duur in dagen of weken, bijvoorbeeld P8W of P14D',
      )
      .openapi({ description: 'ISO 8601-duur: PnD of PnW (ook PnM en PTnH)', example: 'P8W' }),
    richting: z.enum(['vooruit', 'terug'], 'Kies vooruit of terug').default('vooruit'),
    grondslag: z
      .enum(['wet', 'regeling'], 'Kies wet of regeling')
      .default('wet')
      .openapi({ description: 'Staat de termijn in een wet (of AMvB), of in de regeling zelf?' }),
    atwVanToepassing: z.boolean().optional().openapi({
      description:
        'Alleen bij grondslag regeling: de regeling verklaart de Algemene termijnenwet van toepassing',
    }),
  })
  .openapi('TermijnBerekeningInput');
export type BerekeningInput = z.infer<typeof BerekeningInputSchema>;
