/** Queries of the landschap module: the provenance of an imported regeling and its source rows. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { organisatie } from '../organisaties/schema';
import { regeling } from '../regelingen/schema';
import { isImportBron } from './bron-info';
import { bronDeelname, bronImport } from './schema';

type Versie = { rooId: string | null; naam: string | null } | null;

export interface BronOverzicht {
  bron: string;
  peildatum: string;
  import: typeof bronImport.$inferSelect | null;
  rijen: (typeof bronDeelname.$inferSelect & {
    organisatie: { id: string; code: string | null; naam: string } | null;
  })[];
  /** The previous and next version in the register, with their id in Grip when imported. */
  versies: { soort: 'vorige' | 'volgende'; rooId: string | null; naam: string | null; id: string | null }[];
  gegevens: Record<string, unknown>;
}

/** Source, vintage, provenance and source rows of a regeling; null for one made in Grip. */
export async function bronOverzicht(
  db: DbOrTx,
  r: Pick<typeof regeling.$inferSelect, 'id' | 'bron' | 'bronPeildatum' | 'bronGegevens'>,
): Promise<BronOverzicht | null> {
  if (!isImportBron(r.bron) || !r.bronPeildatum) return null;
  const gegevens = r.bronGegevens ?? {};
  const versieLijst = (['vorige', 'volgende'] as const).flatMap((soort) => {
    const v = gegevens[`${soort}Versie`] as Versie | undefined;
    return v ? [{ soort, rooId: v.rooId, naam: v.naam }] : [];
  });
  const sleutels = versieLijst.flatMap((v) => (v.rooId ? [v.rooId] : []));
  const [imports, rijen, inGrip] = await Promise.all([
    db
      .select()
      .from(bronImport)
      .where(and(eq(bronImport.bron, r.bron), eq(bronImport.peildatum, r.bronPeildatum))),
    db
      .select({
        b: bronDeelname,
        o: { id: organisatie.id, code: organisatie.code, naam: organisatie.naam },
      })
      .from(bronDeelname)
      .leftJoin(organisatie, eq(organisatie.id, bronDeelname.organisatieId))
      .where(eq(bronDeelname.regelingId, r.id))
      .orderBy(asc(bronDeelname.volgnummer)),
    sleutels.length
      ? db
          .select({ id: regeling.id, sleutel: regeling.bronSleutel })
          .from(regeling)
          .where(and(eq(regeling.bron, r.bron), inArray(regeling.bronSleutel, sleutels)))
      : [],
  ]);
  const idVan = new Map(inGrip.map((x) => [x.sleutel, x.id]));
  return {
    bron: r.bron,
    peildatum: r.bronPeildatum,
    import: imports[0] ?? null,
    rijen: rijen.map(({ b, o }) => ({ ...b, organisatie: o })),
    versies: versieLijst.map((v) => ({ ...v, id: (v.rooId && idVan.get(v.rooId)) ?? null })),
    gegevens,
  };
}
