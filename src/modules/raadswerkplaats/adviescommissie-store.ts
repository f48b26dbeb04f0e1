/** Queries of the gemeenschappelijke adviescommissie. No rules here: see domain/adviescommissie.ts. */
import { and, asc, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { organisatie } from '../organisaties/schema';
import { procedure } from '../procedures/schema';
import { regeling } from '../regelingen/schema';
import {
  adviescommissieLid,
  adviescommissieRaadsbesluit,
  adviescommissieStuk,
  adviescommissieVoorstel,
} from './schema';

export type VoorstelRij = typeof adviescommissieVoorstel.$inferSelect;
export type RaadsbesluitRij = typeof adviescommissieRaadsbesluit.$inferSelect;
export type LidRij = typeof adviescommissieLid.$inferSelect;
export interface StukRij extends Omit<typeof adviescommissieStuk.$inferSelect, 'aangemaakt'> {
  procedureTitel: string | null;
}

/** The proposals of a regeling, newest first. */
export async function voorstellenVan(db: DbOrTx, regelingId: string): Promise<VoorstelRij[]> {
  return db
    .select()
    .from(adviescommissieVoorstel)
    .where(eq(adviescommissieVoorstel.regelingId, regelingId))
    .orderBy(desc(adviescommissieVoorstel.ingediend), desc(adviescommissieVoorstel.aangemaakt));
}

export async function voorstelRij(db: DbOrTx, id: string): Promise<VoorstelRij | null> {
  const [r] = await db.select().from(adviescommissieVoorstel).where(eq(adviescommissieVoorstel.id, id));
  return r ?? null;
}

export async function besluitenVan(db: DbOrTx, voorstelId: string): Promise<RaadsbesluitRij[]> {
  return db
    .select()
    .from(adviescommissieRaadsbesluit)
    .where(eq(adviescommissieRaadsbesluit.voorstelId, voorstelId));
}

export async function ledenVan(
  db: DbOrTx,
  voorstelId: string,
): Promise<(LidRij & { organisatieNaam: string })[]> {
  const rijen = await db
    .select({ lid: adviescommissieLid, organisatieNaam: organisatie.naam })
    .from(adviescommissieLid)
    .innerJoin(organisatie, eq(organisatie.id, adviescommissieLid.organisatieId))
    .where(eq(adviescommissieLid.voorstelId, voorstelId))
    .orderBy(asc(organisatie.naam), asc(adviescommissieLid.aangewezenOp), asc(adviescommissieLid.naam));
  return rijen.map((r) => ({ ...r.lid, organisatieNaam: r.organisatieNaam }));
}

export async function lidRij(db: DbOrTx, id: string): Promise<LidRij | null> {
  const [r] = await db.select().from(adviescommissieLid).where(eq(adviescommissieLid.id, id));
  return r ?? null;
}

const stukVelden = {
  id: adviescommissieStuk.id,
  voorstelId: adviescommissieStuk.voorstelId,
  soort: adviescommissieStuk.soort,
  datum: adviescommissieStuk.datum,
  onderwerp: adviescommissieStuk.onderwerp,
  tekst: adviescommissieStuk.tekst,
  url: adviescommissieStuk.url,
  procedureId: adviescommissieStuk.procedureId,
  procedureTitel: procedure.titel,
};

/** Meetings and advices of a commission, newest first. */
export async function stukkenVan(db: DbOrTx, voorstelId: string): Promise<StukRij[]> {
  return db
    .select(stukVelden)
    .from(adviescommissieStuk)
    .leftJoin(procedure, eq(procedure.id, adviescommissieStuk.procedureId))
    .where(eq(adviescommissieStuk.voorstelId, voorstelId))
    .orderBy(desc(adviescommissieStuk.datum), desc(adviescommissieStuk.aangemaakt));
}

/** The advices of the commission about a procedure (shown on the procedure's page). */
export async function adviezenBijProcedure(db: DbOrTx, procedureId: string): Promise<StukRij[]> {
  return db
    .select(stukVelden)
    .from(adviescommissieStuk)
    .leftJoin(procedure, eq(procedure.id, adviescommissieStuk.procedureId))
    .where(and(eq(adviescommissieStuk.procedureId, procedureId), eq(adviescommissieStuk.soort, 'advies')))
    .orderBy(desc(adviescommissieStuk.datum));
}

/** The procedures of a regeling an advice may be linked to, newest first. */
export async function proceduresVan(db: DbOrTx, regelingId: string) {
  return db
    .select({ id: procedure.id, titel: procedure.titel })
    .from(procedure)
    .where(eq(procedure.regelingId, regelingId))
    .orderBy(desc(procedure.aangemaakt));
}

/** The latest proposal per regeling (for Onze instrumenten), for many regelingen at once. */
export async function laatsteVoorstellen(db: DbOrTx, regelingIds: string[]): Promise<VoorstelRij[]> {
  if (regelingIds.length === 0) return [];
  return db
    .select()
    .from(adviescommissieVoorstel)
    .where(inArray(adviescommissieVoorstel.regelingId, regelingIds))
    .orderBy(desc(adviescommissieVoorstel.ingediend), desc(adviescommissieVoorstel.aangemaakt));
}

/**
 * The memberships designated with this account for this council that have not ended on `datum` (no end, or
 * an end after it), with the regeling they belong to.
 */
export async function lopendeLidmaatschappen(
  db: DbOrTx,
  gebruikerId: string,
  organisatieId: string,
  datum: string,
) {
  return db
    .select({ lid: adviescommissieLid, regelingId: regeling.id, regelingNaam: regeling.naam })
    .from(adviescommissieLid)
    .innerJoin(adviescommissieVoorstel, eq(adviescommissieVoorstel.id, adviescommissieLid.voorstelId))
    .innerJoin(regeling, eq(regeling.id, adviescommissieVoorstel.regelingId))
    .where(
      and(
        eq(adviescommissieLid.gebruikerId, gebruikerId),
        eq(adviescommissieLid.organisatieId, organisatieId),
        or(isNull(adviescommissieLid.eindigtOp), gt(adviescommissieLid.eindigtOp, datum)),
      ),
    )
    .orderBy(asc(regeling.naam));
}
