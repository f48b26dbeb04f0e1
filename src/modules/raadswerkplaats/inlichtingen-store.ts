/** Queries of inlichtingen. No rules here: those live in domain/inlichtingen.ts and the policy. */
import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { gebruiker, rolToekenning } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { regeling } from '../regelingen/schema';
import { inlichting } from './schema';

export type InlichtingRij = typeof inlichting.$inferSelect;

export interface InlichtingMetNamen extends InlichtingRij {
  organisatie: { id: string; code: string | null; naam: string };
  regeling: { id: string; naam: string; korteNaam: string | null };
}

const metNamen = {
  i: inlichting,
  o: { id: organisatie.id, code: organisatie.code, naam: organisatie.naam },
  r: { id: regeling.id, naam: regeling.naam, korteNaam: regeling.korteNaam },
};

const alsRij = (r: {
  i: InlichtingRij;
  o: InlichtingMetNamen['organisatie'];
  r: InlichtingMetNamen['regeling'];
}): InlichtingMetNamen => ({ ...r.i, organisatie: r.o, regeling: r.r });

export async function inlichtingRij(db: DbOrTx, id: string): Promise<InlichtingMetNamen | null> {
  const [r] = await db
    .select(metNamen)
    .from(inlichting)
    .innerJoin(organisatie, eq(organisatie.id, inlichting.organisatieId))
    .innerJoin(regeling, eq(regeling.id, inlichting.regelingId))
    .where(eq(inlichting.id, id));
  return r ? alsRij(r) : null;
}

/** The questions of a regeling, newest first; `alles` false: only the public ones. */
export async function inlichtingenVanRegeling(
  db: DbOrTx,
  regelingId: string,
  alles: boolean,
): Promise<InlichtingMetNamen[]> {
  const rijen = await db
    .select(metNamen)
    .from(inlichting)
    .innerJoin(organisatie, eq(organisatie.id, inlichting.organisatieId))
    .innerJoin(regeling, eq(regeling.id, inlichting.regelingId))
    .where(
      alles
        ? eq(inlichting.regelingId, regelingId)
        : and(eq(inlichting.regelingId, regelingId), eq(inlichting.openbaar, true)),
    )
    .orderBy(desc(inlichting.gesteldOp), desc(inlichting.aangemaakt));
  return rijen.map(alsRij);
}

/**
 * The open questions asked by these organisations or in these regelingen (a secretariaat's), across all
 * regelingen, soonest due first.
 */
export async function openInlichtingen(
  db: DbOrTx,
  wie: { organisatieIds: string[]; regelingIds: string[] },
): Promise<InlichtingMetNamen[]> {
  const bij = [
    ...(wie.organisatieIds.length ? [inArray(inlichting.organisatieId, wie.organisatieIds)] : []),
    ...(wie.regelingIds.length ? [inArray(inlichting.regelingId, wie.regelingIds)] : []),
  ];
  if (bij.length === 0) return [];
  const rijen = await db
    .select(metNamen)
    .from(inlichting)
    .innerJoin(organisatie, eq(organisatie.id, inlichting.organisatieId))
    .innerJoin(regeling, eq(regeling.id, inlichting.regelingId))
    .where(and(or(...bij), eq(inlichting.status, 'open')))
    .orderBy(asc(inlichting.uiterlijk), asc(organisatie.naam), asc(inlichting.aangemaakt));
  return rijen.map(alsRij);
}

/** The secretariaat of the regeling: roles scoped to it. */
export async function secretariaatVan(db: DbOrTx, regelingId: string) {
  return db
    .selectDistinct({ id: gebruiker.id, email: gebruiker.email, naam: gebruiker.naam })
    .from(rolToekenning)
    .innerJoin(gebruiker, eq(gebruiker.id, rolToekenning.gebruikerId))
    .where(and(eq(rolToekenning.rol, 'secretariaat'), eq(rolToekenning.regelingId, regelingId)));
}

export async function gebruikerVoorMelding(db: DbOrTx, id: string | null) {
  if (!id) return [];
  return db
    .select({ id: gebruiker.id, email: gebruiker.email, naam: gebruiker.naam })
    .from(gebruiker)
    .where(eq(gebruiker.id, id));
}
