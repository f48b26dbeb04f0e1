/** Queries of the procedures module. No rules here: those live in domain/. */
import { and, asc, desc, eq, inArray, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import type { KalenderItem } from '../begrotingscyclus/store';
import { gebruiker, rolToekenning } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { deelname, regeling } from '../regelingen/schema';
import { briefsjabloon, document, melding, procedure, verzoek, volger } from './schema';

export type ProcedureRij = typeof procedure.$inferSelect;
export type VerzoekRij = typeof verzoek.$inferSelect;
export type BriefsjabloonRij = typeof briefsjabloon.$inferSelect;

export interface VerzoekMetOrganisatie extends VerzoekRij {
  organisatie: { id: string; code: string | null; naam: string; soort: string; tooiUri: string | null };
}

/** Document metadata (never the content, which is read only for a download). */
export const documentVelden = {
  id: document.id,
  regelingId: document.regelingId,
  procedureId: document.procedureId,
  verzoekId: document.verzoekId,
  soort: document.soort,
  titel: document.titel,
  bestandsnaam: document.bestandsnaam,
  mediatype: document.mediatype,
  grootte: document.grootte,
  sha256: document.sha256,
  datum: document.datum,
  uitgever: document.uitgever,
  openbaar: document.openbaar,
  aangemaakt: document.aangemaakt,
};
export type DocumentMeta = {
  [K in keyof typeof documentVelden]: (typeof document.$inferSelect)[K];
};

export async function procedureRij(db: DbOrTx, id: string): Promise<ProcedureRij | null> {
  const [p] = await db.select().from(procedure).where(eq(procedure.id, id));
  return p ?? null;
}

export async function verzoekenVan(db: DbOrTx, procedureId: string): Promise<VerzoekMetOrganisatie[]> {
  const rijen = await db
    .select({
      v: verzoek,
      o: {
        id: organisatie.id,
        code: organisatie.code,
        naam: organisatie.naam,
        soort: organisatie.soort,
        tooiUri: organisatie.tooiUri,
      },
    })
    .from(verzoek)
    .innerJoin(organisatie, eq(organisatie.id, verzoek.organisatieId))
    .where(eq(verzoek.procedureId, procedureId))
    .orderBy(asc(organisatie.naam));
  return rijen.map((r) => ({ ...r.v, organisatie: r.o }));
}

export async function verzoekIdVan(
  db: DbOrTx,
  procedureId: string,
  organisatieId: string,
): Promise<string | null> {
  const [v] = await db
    .select({ id: verzoek.id })
    .from(verzoek)
    .where(and(eq(verzoek.procedureId, procedureId), eq(verzoek.organisatieId, organisatieId)));
  return v?.id ?? null;
}

export async function documentenVan(db: DbOrTx, procedureId: string): Promise<DocumentMeta[]> {
  return db
    .select(documentVelden)
    .from(document)
    .where(eq(document.procedureId, procedureId))
    .orderBy(asc(document.datum), asc(document.aangemaakt));
}

export async function documentMetInhoud(db: DbOrTx, id: string) {
  const [d] = await db.select().from(document).where(eq(document.id, id));
  return d ?? null;
}

export async function proceduresVanRegeling(db: DbOrTx, regelingId: string) {
  return db
    .select({
      id: procedure.id,
      soort: procedure.soort,
      titel: procedure.titel,
      status: procedure.status,
      verzondenOp: procedure.verzondenOp,
      geplandeBesluitdatum: procedure.geplandeBesluitdatum,
      besluitDatum: procedure.besluitDatum,
      uiterlijk: sql<
        string | null
      >`(select max(v.uiterlijk)::text from verzoek v where v.procedure_id = ${procedure.id})`,
    })
    .from(procedure)
    .where(eq(procedure.regelingId, regelingId))
    .orderBy(desc(procedure.aangemaakt));
}

/** The organisations taking part in a regeling today (for the policy's read rule). */
export async function deelnemerIds(db: DbOrTx, regelingId: string, peildatum: string): Promise<string[]> {
  const rijen = await db
    .select({ id: deelname.organisatieId })
    .from(deelname)
    .where(
      and(
        eq(deelname.regelingId, regelingId),
        or(isNull(deelname.datumUittreding), sql`${deelname.datumUittreding} > ${peildatum}`),
      ),
    );
  return rijen.map((r) => r.id);
}

/**
 * Every request to one organisation's council in open procedures, across all regelingen: the
 * griffie's work list, sorted by deadline (those without a deadline last).
 */
export async function verzoekenAanOrganisatie(db: DbOrTx, organisatieId: string, alleenOpen = true) {
  return db
    .select({
      verzoekId: verzoek.id,
      procedureId: procedure.id,
      regelingId: regeling.id,
      regelingNaam: regeling.naam,
      soort: procedure.soort,
      titel: procedure.titel,
      procedureStatus: procedure.status,
      status: verzoek.status,
      vraag: verzoek.vraag,
      uiterlijk: verzoek.uiterlijk,
      raadsDatum: verzoek.raadsDatum,
      teLaat: verzoek.teLaat,
    })
    .from(verzoek)
    .innerJoin(procedure, eq(procedure.id, verzoek.procedureId))
    .innerJoin(regeling, eq(regeling.id, procedure.regelingId))
    .where(
      and(
        eq(verzoek.organisatieId, organisatieId),
        alleenOpen
          ? inArray(procedure.status, ['verzonden', 'in_behandeling', 'reactie_bestuur'])
          : undefined,
        alleenOpen ? notInArray(verzoek.status, ['verzonden', 'geen_zienswijze']) : undefined,
      ),
    )
    .orderBy(sql`${verzoek.uiterlijk} asc nulls last`, asc(regeling.naam));
}

export async function briefsjabloonVan(db: DbOrTx, organisatieId: string): Promise<BriefsjabloonRij | null> {
  const [b] = await db.select().from(briefsjabloon).where(eq(briefsjabloon.organisatieId, organisatieId));
  return b ?? null;
}

/** Users with one of the roles at one of the organisations (for notifications). */
export async function gebruikersMetRol(
  db: DbOrTx,
  organisatieIds: string[],
  rollen: ('griffie' | 'raadslid')[],
) {
  if (organisatieIds.length === 0) return [];
  return db
    .selectDistinct({ id: gebruiker.id, email: gebruiker.email, naam: gebruiker.naam })
    .from(rolToekenning)
    .innerJoin(gebruiker, eq(gebruiker.id, rolToekenning.gebruikerId))
    .where(and(inArray(rolToekenning.organisatieId, organisatieIds), inArray(rolToekenning.rol, rollen)));
}

export async function volgersVan(db: DbOrTx, regelingId: string) {
  return db
    .select({ id: gebruiker.id, email: gebruiker.email, naam: gebruiker.naam })
    .from(volger)
    .innerJoin(gebruiker, eq(gebruiker.id, volger.gebruikerId))
    .where(eq(volger.regelingId, regelingId));
}

export async function volgt(db: DbOrTx, gebruikerId: string, regelingId: string): Promise<boolean> {
  const [r] = await db
    .select({ g: volger.gebruikerId })
    .from(volger)
    .where(and(eq(volger.gebruikerId, gebruikerId), eq(volger.regelingId, regelingId)));
  return r !== undefined;
}

export async function meldingenVan(db: DbOrTx, gebruikerId: string, limiet = 50) {
  return db
    .select()
    .from(melding)
    .where(eq(melding.gebruikerId, gebruikerId))
    .orderBy(desc(melding.aangemaakt))
    .limit(limiet);
}

/**
 * The deadlines of the open requests to one organisation's council, as calendar items: they appear
 * in its calendar, its iCalendar feed and its reminders beside the P&C deadlines.
 */
export async function procedureTermijnen(db: DbOrTx, organisatieId: string): Promise<KalenderItem[]> {
  const rijen = await db
    .select({
      verzoekId: verzoek.id,
      procedureId: procedure.id,
      titel: procedure.titel,
      begrotingsjaar: procedure.begrotingsjaar,
      regelingId: regeling.id,
      regelingNaam: regeling.naam,
      uiterlijk: verzoek.uiterlijk,
      artikel: verzoek.artikel,
      regelStatus: verzoek.regelStatus,
      verzondenOp: procedure.verzondenOp,
    })
    .from(verzoek)
    .innerJoin(procedure, eq(procedure.id, verzoek.procedureId))
    .innerJoin(regeling, eq(regeling.id, procedure.regelingId))
    .where(
      and(
        eq(verzoek.organisatieId, organisatieId),
        isNotNull(verzoek.uiterlijk),
        inArray(procedure.status, ['verzonden', 'in_behandeling']),
        notInArray(verzoek.status, ['verzonden', 'geen_zienswijze']),
      ),
    );
  return rijen.map((r) => ({
    uid: `procedure-${r.verzoekId}@grip`,
    titel: `Reactie van de raad: ${r.titel}`,
    pad: `/procedures/${r.procedureId}`,
    regelingId: r.regelingId,
    regelingNaam: r.regelingNaam,
    begrotingsjaar: r.begrotingsjaar ?? Number(r.uiterlijk!.slice(0, 4)),
    stap: 'zienswijzen_raden',
    datum: r.uiterlijk,
    bron: 'wet',
    artikel: r.artikel,
    regime: (r.verzondenOp ?? '') >= '2022-07-01' ? 'vanaf_2022' : 'voor_2022',
    status: r.regelStatus === 'onbevestigd' ? 'open' : 'bevestigd',
    waarschuwingen: [],
  }));
}
