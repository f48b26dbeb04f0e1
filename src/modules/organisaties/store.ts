/** Queries of the organisaties module. */
import { isUuid } from '../../platform/validation';
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { type DbOrTx, escapeLike } from '../../platform/db/client';
import { inwonertal, organisatie, organisatieNaam } from './schema';

export type Organisatie = typeof organisatie.$inferSelect;

/**
 * Finds an organisation by CBS code (GM0363), TOOI URI or id; failing those, by its exact name
 * (case-insensitive) when exactly one organisation has it — for participants without a code,
 * such as a German Kreis or a foundation.
 */
export async function vindOrganisatie(db: DbOrTx, ref: string): Promise<Organisatie | null> {
  const r = ref.trim();
  if (!r) return null;
  const where = isUuid(r)
    ? eq(organisatie.id, r)
    : r.startsWith('https://')
      ? eq(organisatie.tooiUri, r)
      : eq(organisatie.code, r.toUpperCase());
  const [o] = await db.select().from(organisatie).where(where);
  if (o || isUuid(r) || r.startsWith('https://')) return o ?? null;
  const opNaam = await db
    .select()
    .from(organisatie)
    .where(sql`lower(${organisatie.naam}) = lower(${r})`)
    .limit(2);
  return opNaam.length === 1 ? opNaam[0]! : null;
}

export interface OrganisatieFilters {
  code?: string | undefined;
  soort?: string | undefined;
  provincie?: string | undefined;
  q?: string | undefined;
  pagina: number;
  perPagina: number;
}

export async function zoekOrganisaties(db: DbOrTx, f: OrganisatieFilters) {
  const conds: SQL[] = [];
  if (f.code) conds.push(eq(organisatie.code, f.code.toUpperCase()));
  if (f.soort) conds.push(sql`${organisatie.soort} = ${f.soort}`);
  if (f.provincie) {
    conds.push(
      sql`${organisatie.provincieId} = (select p.id from organisatie p where p.code = ${f.provincie.toUpperCase()})`,
    );
  }
  if (f.q) {
    const cond = or(ilike(organisatie.naam, `%${escapeLike(f.q)}%`), eq(organisatie.code, f.q.toUpperCase()));
    if (cond) conds.push(cond);
  }
  const where = conds.length ? and(...conds) : undefined;
  const rows = await db
    .select({
      id: organisatie.id,
      code: organisatie.code,
      naam: organisatie.naam,
      soort: organisatie.soort,
      tooiUri: organisatie.tooiUri,
      land: organisatie.land,
      totaal: sql<number>`count(*) over ()`.mapWith(Number),
      inwoners: sql<
        number | null
      >`(select i.aantal from inwonertal i where i.organisatie_id = ${organisatie.id} order by i.peildatum desc limit 1)`,
      peildatum: sql<
        string | null
      >`(select i.peildatum::text from inwonertal i where i.organisatie_id = ${organisatie.id} order by i.peildatum desc limit 1)`,
    })
    .from(organisatie)
    .where(where)
    .orderBy(asc(organisatie.soort), asc(organisatie.naam))
    .limit(f.perPagina)
    .offset((f.pagina - 1) * f.perPagina);
  let totaal = rows[0]?.totaal ?? 0;
  if (rows.length === 0 && f.pagina > 1) {
    // A page past the end has no row to carry the window count: count separately.
    const [n] = await db.select({ n: count() }).from(organisatie).where(where);
    totaal = n?.n ?? 0;
  }
  return { rows: rows.map(({ totaal: _t, ...r }) => r), totaal };
}

export async function organisatieDetail(db: DbOrTx, id: string) {
  const [o] = await db.select().from(organisatie).where(eq(organisatie.id, id));
  if (!o) return null;
  const [namen, bevolking, provincie, opvolger] = await Promise.all([
    db
      .select()
      .from(organisatieNaam)
      .where(eq(organisatieNaam.organisatieId, id))
      .orderBy(asc(organisatieNaam.geldigVan)),
    db.select().from(inwonertal).where(eq(inwonertal.organisatieId, id)).orderBy(desc(inwonertal.peildatum)),
    o.provincieId
      ? db.select().from(organisatie).where(eq(organisatie.id, o.provincieId))
      : Promise.resolve([]),
    o.opvolgerId
      ? db.select().from(organisatie).where(eq(organisatie.id, o.opvolgerId))
      : Promise.resolve([]),
  ]);
  return { ...o, namen, bevolking, provincie: provincie[0] ?? null, opvolger: opvolger[0] ?? null };
}

/** The organisations with these ids (each once), by name. */
export async function organisatiesVan(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisatie.id, code: organisatie.code, naam: organisatie.naam })
    .from(organisatie)
    .where(inArray(organisatie.id, [...new Set(ids)]))
    .orderBy(asc(organisatie.naam));
}
