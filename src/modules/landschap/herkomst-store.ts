/**
 * The provenance row of an import (`bron_import`, one per source and vintage), written the same way by
 * every landschap import inside its own transaction.
 */
import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { bronImport } from './schema';

export type BronImportRij = typeof bronImport.$inferSelect;

/** What an import run says about itself. */
export interface Herkomstwaarden {
  omschrijving: string;
  licentie: string;
  bestand: string;
  toelichting: string | null;
  tellingen: Record<string, number>;
}

/**
 * Inserts the provenance of a first run; on a later run updates it only when the run changed data
 * (`veranderd`) or the provenance itself differs. Returns what happened to the row.
 */
export async function legHerkomstVast(
  tx: Tx,
  bestaand: BronImportRij | undefined,
  rij: { id: string; bron: string; peildatum: string },
  waarden: Herkomstwaarden,
  veranderd: boolean,
): Promise<'nieuw' | 'gewijzigd' | 'ongewijzigd'> {
  if (!bestaand) {
    await tx.insert(bronImport).values({ ...rij, ...waarden });
    return 'nieuw';
  }
  const zelfde = (Object.keys(waarden) as (keyof Herkomstwaarden)[]).every((k) =>
    isDeepStrictEqual(bestaand[k], waarden[k]),
  );
  if (!veranderd && zelfde) return 'ongewijzigd';
  await tx
    .update(bronImport)
    .set({ ...waarden, gewijzigd: new Date() })
    .where(eq(bronImport.id, bestaand.id));
  return 'gewijzigd';
}
