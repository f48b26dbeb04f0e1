/**
 * The input schemas of the register, shared by the API (OpenAPI is generated from them) and
 * the forms. Field errors are Dutch; unknown values are null, never invented.
 */
import { datum, optioneleTekst, z } from '../../platform/validation';
import { bestuursorganen, deelnemendeOrganen, functies, vormen } from './domain/types';
import { EigenAfspraakSchema } from '../begrotingscyclus/model';

const organisatieVerwijzing = z
  .string()
  .trim()
  .min(1, 'Kies een organisatie')
  .openapi({ description: 'CBS-code (GM0363, PV27), TOOI-URI of id van de organisatie', example: 'GM0363' });

export const BevoegdheidSchema = z
  .object({
    omschrijving: z.string().trim().min(1, 'Omschrijf de bevoegdheid'),
    grondslag: optioneleTekst(300),
  })
  .openapi('Bevoegdheid');

export const ZienswijzeBesluitSchema = z
  .object({
    besluit: z.string().trim().min(1, 'Omschrijf het besluit'),
    termijnWeken: z.number().int().min(1).max(52).nullable().optional(),
    atwVanToepassing: z.boolean().nullable().optional(),
  })
  .openapi('ZienswijzeBesluit');

export const AfsprakenSchema = z
  .object({
    zienswijzeBesluiten: z.array(ZienswijzeBesluitSchema).nullable().optional(),
    zienswijzeWijze: optioneleTekst(4000),
    participatie: optioneleTekst(4000),
    informatievoorziening: optioneleTekst(4000),
    inlichtingenTermijnDagen: z
      .number()
      .int()
      .min(1, 'Minstens 1 dag')
      .max(365, 'Hoogstens 365 dagen')
      .nullable()
      .optional()
      .openapi({
        description: 'Binnen hoeveel dagen vragen van raadsleden worden beantwoord (Wgr art. 16 lid 2, 17)',
      }),
    evaluatieWijze: optioneleTekst(4000),
    evaluatieIntervalJaren: z
      .number()
      .int()
      .min(1, 'Minstens 1 jaar')
      .max(20, 'Hoogstens 20 jaar')
      .nullable()
      .optional(),
    uittredingVoorwaarden: optioneleTekst(4000),
    opzegtermijnMaanden: z.number().int().min(0).max(120, 'Hoogstens 120 maanden').nullable().optional(),
    uittredingKosten: optioneleTekst(4000),
    pcAfspraken: z.array(EigenAfspraakSchema).nullable().optional(),
  })
  .openapi('Afspraken', {
    description: 'De eigen afspraken van de regeling (Wgr art. 9 lid 1, 10 lid 5–8, 11a, 17 lid 3)',
  });

export const ReferentiesSchema = z
  .object({
    rooId: optioneleTekst(50),
    tooiUri: z.url('Vul een volledige URI in').nullable().optional(),
    cvdrId: z
      .string()
      .regex(/^CVDR\d+$/, 'Een CVDR-id ziet eruit als CVDR723690')
      .nullable()
      .optional(),
    publicaties: z
      .array(z.string().regex(/^[a-z]+-\d{4}-\d+$/, 'Een publicatie-id ziet eruit als bgr-2026-123'))
      .optional(),
  })
  .openapi('Referenties');

export const BronSchema = z
  .object({
    omschrijving: z.string().trim().min(1),
    url: z.url().nullable().optional(),
    datum: datum.nullable().optional(),
  })
  .openapi('Bron');

export const RegelingInputSchema = z
  .object({
    naam: z
      .string()
      .trim()
      .min(3, 'Vul de naam in (minstens 3 tekens)')
      .max(300, 'Gebruik hoogstens 300 tekens'),
    korteNaam: optioneleTekst(60),
    belang: optioneleTekst(4000).openapi({
      description: 'Het belang dat de regeling behartigt (Wgr art. 10 lid 1)',
    }),
    vorm: z.enum(vormen, 'Kies een samenwerkingsvorm'),
    vestiging: organisatieVerwijzing.nullable().optional(),
    vestigingsplaats: optioneleTekst(200),
    beleidsterreinen: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
    taken: optioneleTekst(8000),
    bevoegdheden: z.array(BevoegdheidSchema).optional(),
    datumInwerkingtreding: datum.nullable().optional(),
    datumUitwerkingtreding: datum.nullable().optional(),
    referenties: ReferentiesSchema.optional(),
    afspraken: AfsprakenSchema.optional(),
    gekwalificeerdeMeerderheid: z
      .number()
      .gt(0.5, 'Een gekwalificeerde meerderheid is meer dan de helft')
      .max(1, 'Hoogstens 1 (unanimiteit)')
      .nullable()
      .optional()
      .openapi({
        description: 'Vereiste meerderheid als fractie, bijv. 0.6667 voor twee derde (Wgr art. 13 lid 4 c)',
      }),
    bronnen: z.array(BronSchema).optional(),
  })
  .refine(
    (r) =>
      !r.datumInwerkingtreding ||
      !r.datumUitwerkingtreding ||
      r.datumUitwerkingtreding >= r.datumInwerkingtreding,
    { message: 'De einddatum ligt vóór de datum van inwerkingtreding', path: ['datumUitwerkingtreding'] },
  )
  .openapi('RegelingInput');
export type RegelingInput = z.infer<typeof RegelingInputSchema>;

export const KostenverdelingSchema = z
  .discriminatedUnion('soort', [
    z.object({
      soort: z.literal('percentage'),
      percentage: z
        .number('Vul een percentage in')
        .min(0, 'Het percentage kan niet negatief zijn')
        .max(100, 'Het percentage is hoogstens 100'),
    }),
    z.object({ soort: z.literal('per_inwoner'), peildatum: datum.nullable() }),
    z.object({
      soort: z.literal('anders'),
      omschrijving: z.string().trim().min(1, 'Omschrijf de verdeelsleutel').max(2000),
    }),
  ])
  .openapi('Kostenverdeling');

export const DeelnameInputSchema = z
  .object({
    organisatie: organisatieVerwijzing,
    organen: z
      .array(z.enum(deelnemendeOrganen), 'Kies de organen die deelnemen')
      .min(1, 'Kies minstens één orgaan dat deelneemt'),
    datumToetreding: datum.nullable().optional(),
    datumUittreding: datum.nullable().optional(),
    kostenverdeling: KostenverdelingSchema.nullable().optional(),
    stemmen: z
      .number()
      .int('Vul een geheel aantal stemmen in')
      .min(0, 'Het aantal stemmen kan niet negatief zijn')
      .max(10000)
      .nullable()
      .optional(),
    dienstverlenend: z.boolean().optional(),
  })
  .refine((d) => !d.datumToetreding || !d.datumUittreding || d.datumUittreding >= d.datumToetreding, {
    message: 'De datum van uittreding ligt vóór de toetreding',
    path: ['datumUittreding'],
  })
  .openapi('DeelnameInput');
export type DeelnameInput = z.infer<typeof DeelnameInputSchema>;

export const BestuurslidInputSchema = z
  .object({
    orgaan: z.enum(bestuursorganen, 'Kies het orgaan'),
    naam: z.string().trim().min(2, 'Vul de naam in').max(200),
    deelname: z.uuid('Kies de deelnemer').nullable().optional().openapi({
      description: 'Id van de deelname waarvoor het lid zitting heeft; null voor een lid van buiten',
    }),
    functie: z.enum(functies, 'Kies de functie'),
    aangewezenDoor: optioneleTekst(100),
    plaatsvervanger: optioneleTekst(200),
    vanBuitenAb: z.boolean().optional(),
    vanaf: datum.nullable().optional(),
    tot: datum.nullable().optional(),
    mandaatTot: datum.nullable().optional(),
    stemgewicht: z.number().int('Vul een geheel getal in').min(0).max(10000).nullable().optional(),
  })
  .refine((b) => !b.vanaf || !b.tot || b.tot >= b.vanaf, {
    message: 'De einddatum ligt vóór de begindatum',
    path: ['tot'],
  })
  .openapi('BestuurslidInput');
export type BestuurslidInput = z.infer<typeof BestuurslidInputSchema>;
