/** Queries of the shared table. No rules here: those live in domain/tafel.ts and the policy. */
import { and, asc, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { type DbOrTx, rows } from '../../platform/db/client';
import { gebruiker, rolToekenning } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { procedure } from '../procedures/schema';
import { deelname, regeling } from '../regelingen/schema';
import { actieveDeelnemers, type TafelSoort } from './domain/tafel';
import { tafelBericht, tafelDraad, tafelMelding, tafelOndertekening, tafelVolger } from './schema';

export type DraadRij = typeof tafelDraad.$inferSelect;
export type BerichtRij = typeof tafelBericht.$inferSelect;

/** The organisations at the table of the regeling on `peildatum` (entered and not left). */
export async function tafelDeelnemers(db: DbOrTx, regelingId: string, peildatum: string): Promise<string[]> {
  const rijen = await db
    .select({
      organisatieId: deelname.organisatieId,
      datumToetreding: deelname.datumToetreding,
      datumUittreding: deelname.datumUittreding,
    })
    .from(deelname)
    .where(eq(deelname.regelingId, regelingId));
  return actieveDeelnemers(rijen, peildatum);
}

export interface DraadMetNamen extends DraadRij {
  organisatie: { id: string; code: string | null; naam: string };
  regeling: { id: string; naam: string; korteNaam: string | null };
  procedure: { id: string; titel: string } | null;
}

const draadVelden = {
  d: tafelDraad,
  o: { id: organisatie.id, code: organisatie.code, naam: organisatie.naam },
  r: { id: regeling.id, naam: regeling.naam, korteNaam: regeling.korteNaam },
  p: { id: procedure.id, titel: procedure.titel },
};

const alsDraad = (x: {
  d: DraadRij;
  o: DraadMetNamen['organisatie'];
  r: DraadMetNamen['regeling'];
  p: { id: string; titel: string } | null;
}): DraadMetNamen => ({ ...x.d, organisatie: x.o, regeling: x.r, procedure: x.p });

export async function draadRij(db: DbOrTx, id: string): Promise<DraadMetNamen | null> {
  const [x] = await db
    .select(draadVelden)
    .from(tafelDraad)
    .innerJoin(organisatie, eq(organisatie.id, tafelDraad.organisatieId))
    .innerJoin(regeling, eq(regeling.id, tafelDraad.regelingId))
    .leftJoin(procedure, eq(procedure.id, tafelDraad.procedureId))
    .where(eq(tafelDraad.id, id));
  return x ? alsDraad(x) : null;
}

export interface DraadKort extends DraadMetNamen {
  berichten: number;
}

/** The threads of a regeling's table, newest activity first, optionally of one kind. */
export async function dradenVan(db: DbOrTx, regelingId: string, soort?: TafelSoort): Promise<DraadKort[]> {
  const aantallen = db
    .select({ draadId: tafelBericht.draadId, n: count().as('n') })
    .from(tafelBericht)
    .groupBy(tafelBericht.draadId)
    .as('aantallen');
  const rijen = await db
    .select({ ...draadVelden, n: aantallen.n })
    .from(tafelDraad)
    .innerJoin(organisatie, eq(organisatie.id, tafelDraad.organisatieId))
    .innerJoin(regeling, eq(regeling.id, tafelDraad.regelingId))
    .leftJoin(procedure, eq(procedure.id, tafelDraad.procedureId))
    .leftJoin(aantallen, eq(aantallen.draadId, tafelDraad.id))
    .where(
      soort
        ? and(eq(tafelDraad.regelingId, regelingId), eq(tafelDraad.soort, soort))
        : eq(tafelDraad.regelingId, regelingId),
    )
    .orderBy(desc(tafelDraad.laatsteActiviteit), desc(tafelDraad.aangemaakt));
  return rijen.map((x) => ({ ...alsDraad(x), berichten: Number(x.n ?? 0) }));
}

export interface BerichtMetNamen extends BerichtRij {
  organisatie: { id: string; naam: string };
}

export async function berichtenVan(db: DbOrTx, draadId: string): Promise<BerichtMetNamen[]> {
  const rijen = await db
    .select({ b: tafelBericht, o: { id: organisatie.id, naam: organisatie.naam } })
    .from(tafelBericht)
    .innerJoin(organisatie, eq(organisatie.id, tafelBericht.organisatieId))
    .where(eq(tafelBericht.draadId, draadId))
    .orderBy(asc(tafelBericht.volgnummer));
  return rijen.map((x) => ({ ...x.b, organisatie: x.o }));
}

export async function berichtRij(db: DbOrTx, id: string): Promise<BerichtRij | null> {
  const [b] = await db.select().from(tafelBericht).where(eq(tafelBericht.id, id));
  return b ?? null;
}

/** The highest volgnummer of a thread: the newest post (for a zienswijze: the current text). */
export async function laatsteVolgnummer(db: DbOrTx, draadId: string): Promise<number> {
  const [r] = await db
    .select({ n: max(tafelBericht.volgnummer) })
    .from(tafelBericht)
    .where(eq(tafelBericht.draadId, draadId));
  return r?.n ?? 0;
}

export type OndertekeningRij = typeof tafelOndertekening.$inferSelect & {
  organisatie: { id: string; naam: string };
};

export async function ondertekeningenVan(db: DbOrTx, draadId: string): Promise<OndertekeningRij[]> {
  const rijen = await db
    .select({ t: tafelOndertekening, o: { id: organisatie.id, naam: organisatie.naam } })
    .from(tafelOndertekening)
    .innerJoin(organisatie, eq(organisatie.id, tafelOndertekening.organisatieId))
    .where(eq(tafelOndertekening.draadId, draadId))
    .orderBy(asc(organisatie.naam), asc(tafelOndertekening.fractie));
  return rijen.map((x) => ({ ...x.t, organisatie: x.o }));
}

export async function ondertekeningRij(db: DbOrTx, id: string) {
  const [t] = await db.select().from(tafelOndertekening).where(eq(tafelOndertekening.id, id));
  return t ?? null;
}

export async function volgt(db: DbOrTx, draadId: string, gebruikerId: string): Promise<boolean> {
  const [r] = await db
    .select({ g: tafelVolger.gebruikerId })
    .from(tafelVolger)
    .where(and(eq(tafelVolger.draadId, draadId), eq(tafelVolger.gebruikerId, gebruikerId)));
  return r !== undefined;
}

/** The followers of a thread with their raadslid and griffie roles (to check they still sit at the table). */
export async function volgersVan(db: DbOrTx, draadId: string) {
  const rijen = await db
    .select({
      id: gebruiker.id,
      email: gebruiker.email,
      naam: gebruiker.naam,
      rol: rolToekenning.rol,
      organisatieId: rolToekenning.organisatieId,
    })
    .from(tafelVolger)
    .innerJoin(gebruiker, eq(gebruiker.id, tafelVolger.gebruikerId))
    .innerJoin(rolToekenning, eq(rolToekenning.gebruikerId, gebruiker.id))
    .where(eq(tafelVolger.draadId, draadId));
  const perGebruiker = new Map<
    string,
    {
      id: string;
      email: string;
      naam: string;
      rollen: { rol: (typeof rijen)[number]['rol']; organisatieId: string | null; regelingId: null }[];
    }
  >();
  for (const r of rijen) {
    const g = perGebruiker.get(r.id) ?? { id: r.id, email: r.email, naam: r.naam, rollen: [] };
    g.rollen.push({ rol: r.rol, organisatieId: r.organisatieId, regelingId: null });
    perGebruiker.set(r.id, g);
  }
  return [...perGebruiker.values()];
}

export interface OpenMelding {
  id: string;
  reden: string;
  gemeld: Date;
  berichtId: string;
  draadId: string;
  draadTitel: string;
  volgnummer: number;
  auteurNaam: string;
}

/** The reports of posts on this table that no griffie judged yet, oldest first. */
export async function openMeldingen(db: DbOrTx, regelingId: string): Promise<OpenMelding[]> {
  return db
    .select({
      id: tafelMelding.id,
      reden: tafelMelding.reden,
      gemeld: tafelMelding.gemeld,
      berichtId: tafelBericht.id,
      draadId: tafelDraad.id,
      draadTitel: tafelDraad.titel,
      volgnummer: tafelBericht.volgnummer,
      auteurNaam: tafelBericht.auteurNaam,
    })
    .from(tafelMelding)
    .innerJoin(tafelBericht, eq(tafelBericht.id, tafelMelding.berichtId))
    .innerJoin(tafelDraad, eq(tafelDraad.id, tafelBericht.draadId))
    .where(and(eq(tafelDraad.regelingId, regelingId), isNull(tafelMelding.afgehandeld)))
    .orderBy(asc(tafelMelding.gemeld));
}

/** The open reports of the posts of one thread. */
export async function openMeldingenVanDraad(db: DbOrTx, draadId: string) {
  return db
    .select({ id: tafelMelding.id, berichtId: tafelMelding.berichtId, reden: tafelMelding.reden })
    .from(tafelMelding)
    .innerJoin(tafelBericht, eq(tafelBericht.id, tafelMelding.berichtId))
    .where(and(eq(tafelBericht.draadId, draadId), isNull(tafelMelding.afgehandeld)))
    .orderBy(asc(tafelMelding.gemeld));
}

export async function meldingRij(db: DbOrTx, id: string) {
  const [m] = await db.select().from(tafelMelding).where(eq(tafelMelding.id, id));
  return m ?? null;
}

/** The procedures of the regeling a thread may be linked to, newest first. */
export async function proceduresVan(db: DbOrTx, regelingId: string) {
  return db
    .select({ id: procedure.id, titel: procedure.titel })
    .from(procedure)
    .where(eq(procedure.regelingId, regelingId))
    .orderBy(desc(procedure.aangemaakt));
}

export async function organisatieNamen(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  const rijen = await db
    .select({ id: organisatie.id, naam: organisatie.naam })
    .from(organisatie)
    .where(inArray(organisatie.id, ids));
  return rijen.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/** Per thread, the author of its newest post (to tell activity of others from one's own). */
export async function laatsteAuteurs(db: DbOrTx, draadIds: string[]) {
  if (draadIds.length === 0) return new Map<string, string | null>();
  const lijst = await rows<{ draadId: string; auteurId: string | null }>(
    db,
    sql`select distinct on (draad_id) draad_id as "draadId", auteur_id as "auteurId" from tafel_bericht
        where draad_id in (${sql.join(
          draadIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) order by draad_id, volgnummer desc`,
  );
  return new Map(lijst.map((r) => [r.draadId, r.auteurId]));
}
