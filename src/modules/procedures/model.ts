/** Input of procedures, shared by the API and the pages. */
import { parseDuur } from '../../kalender';
import { datum, z } from '../../platform/validation';
import { strekkingen, weigeringsgronden } from './domain/levenscyclus';
import { procedureSoorten } from './domain/soorten';
import type { VerzoekInvoer } from './service';

const duur = z
  .string()
  .refine((s) => parseDuur(s) !== null, 'Gebruik een ISO 8601-duur in dagen of weken, bijvoorbeeld P6W')
  .openapi({ example: 'P6W' });

export const ProcedureInputSchema = z
  .object({
    soort: z.enum(procedureSoorten, 'Kies de soort procedure'),
    titel: z.string().trim().min(3, 'Geef een titel van minstens 3 tekens').max(300),
    omschrijving: z.string().max(5000).nullish(),
    begrotingsjaar: z.number().int().min(1990).max(2100).nullish(),
    betrokkenOrganisatie: z
      .string()
      .nullish()
      .openapi({ description: 'Code (GM0363) van de organisatie die toetreedt of uittreedt' }),
    vrijgesteldeCategorie: z.boolean().optional().openapi({
      description: 'Begrotingswijziging in een categorie die de regeling uitzondert (Wgr art. 35 lid 6)',
    }),
    geplandeBesluitdatum: datum.nullish().openapi({
      description: 'Geplande datum van het besluit (bij de ontwerpbegroting: de AB-vergadering)',
    }),
    termijnDuur: duur.nullish().openapi({
      description: 'Termijn voor de raden als de regeling die stelt (art. 10 lid 5) of de wet er geen stelt',
    }),
    atwVanToepassing: z.boolean().optional(),
    afgesprokenUiterlijk: datum.nullish().openapi({ description: 'Afgesproken reactiedatum' }),
  })
  .openapi('ProcedureInput');
export type ProcedureInputBody = z.infer<typeof ProcedureInputSchema>;

/** A concept changed: everything but its kind. */
export const ProcedureWijzigingSchema = ProcedureInputSchema.omit({ soort: true }).openapi(
  'ProcedureWijziging',
);

export const VerzendingSchema = z.object({ verzondenOp: datum }).openapi('Verzending');

export const VerzoekStapSchema = z
  .discriminatedUnion('soort', [
    z.object({ soort: z.literal('ontvangen'), datum }),
    z.object({ soort: z.literal('agenderen'), commissieDatum: datum.nullish(), raadsDatum: datum }),
    z.object({
      soort: z.literal('raadsbesluit'),
      datum,
      stemmenVoor: z.number().int().min(0).nullish(),
      stemmenTegen: z.number().int().min(0).nullish(),
    }),
    z.object({
      soort: z.literal('zienswijze'),
      datum,
      strekking: z.enum(strekkingen, 'Kies instemmend, met opmerkingen of bezwaar'),
      tekst: z.string().max(100_000).nullish(),
    }),
    z.object({ soort: z.literal('geen_zienswijze'), datum }),
    z.object({
      soort: z.literal('toestemming'),
      besluit: z.enum(['verleend', 'geweigerd'], 'Kies verleend of geweigerd'),
      grond: z.enum(weigeringsgronden).nullish(),
    }),
  ])
  .openapi('VerzoekStap');
export type VerzoekStapBody = z.infer<typeof VerzoekStapSchema>;

/** The validated step as the use case takes it: absent optional fields become null. */
export function naarVerzoekInvoer(stap: VerzoekStapBody): VerzoekInvoer {
  switch (stap.soort) {
    case 'agenderen':
      return { ...stap, commissieDatum: stap.commissieDatum ?? null };
    case 'raadsbesluit':
      return { ...stap, stemmenVoor: stap.stemmenVoor ?? null, stemmenTegen: stap.stemmenTegen ?? null };
    case 'zienswijze':
      return { ...stap, tekst: stap.tekst ?? null };
    case 'toestemming':
      return { ...stap, grond: stap.grond ?? null };
    default:
      return stap;
  }
}

export const ReactieSchema = z
  .object({ tekst: z.string().trim().min(1, 'Schrijf de reactie van het bestuur').max(100_000), datum })
  .openapi('ReactieBestuur');

export const BesluitSchema = z
  .object({
    datum,
    referentie: z
      .string()
      .trim()
      .regex(/^[a-z]{2,6}-\d{4}-\d{1,7}$/, 'Gebruik de publicatiecode, bijvoorbeeld bgr-2026-123')
      .nullish(),
    toelichting: z.string().max(5000).nullish(),
  })
  .openapi('Besluit');

export const AfsluitingSchema = z.object({ datum }).openapi('Afsluiting');
export const IntrekkingSchema = z
  .object({ datum, reden: z.string().trim().min(3, 'Geef de reden').max(2000) })
  .openapi('Intrekking');

export const documentSoorten = [
  'ontwerp',
  'bijlage',
  'zienswijze',
  'raadsbesluit',
  'reactie_bestuur',
  'besluit',
] as const;
export const documentSoortLabels: Record<(typeof documentSoorten)[number], string> = {
  ontwerp: 'Ontwerp of stuk ter besluitvorming',
  bijlage: 'Bijlage',
  zienswijze: 'Zienswijzebrief',
  raadsbesluit: 'Raadsbesluit',
  reactie_bestuur: 'Reactie van het bestuur',
  besluit: 'Besluit',
};

/** The fields of an upload besides the file itself (multipart form). */
export const DocumentVeldenSchema = z.object({
  titel: z.string().trim().max(300).optional(),
  soort: z.enum(documentSoorten, 'Kies de soort document').default('bijlage'),
  datum,
  openbaar: z
    .union([z.boolean(), z.enum(['true', 'false', 'on', 'ja', 'nee'])])
    .optional()
    .transform((v) => v === true || v === 'true' || v === 'on' || v === 'ja'),
  organisatie: z.string().optional().openapi({ description: 'Code van de deelnemer wiens document dit is' }),
});
