/** Planned meetings of a regeling: add, change, remove — one transaction each, with audit. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import { DomeinFout } from '../../platform/errors';
import { leegIsNull } from '../../platform/validation';
import { regeling } from '../regelingen/schema';
import type { VergaderingInput } from './model';
import { vergadering } from './schema';

const velden = ['datum', 'stukken', 'verzendDatum', 'omschrijving'] as const;

export type VergaderingRij = typeof vergadering.$inferSelect;

export async function vergaderingenVan(db: DbOrTx, regelingId: string): Promise<VergaderingRij[]> {
  return db
    .select()
    .from(vergadering)
    .where(eq(vergadering.regelingId, regelingId))
    .orderBy(asc(vergadering.datum));
}

const waarden = (v: VergaderingInput) => ({
  datum: v.datum,
  stukken: [...new Set(v.stukken)],
  verzendDatum: v.verzendDatum ?? null,
  omschrijving: leegIsNull(v.omschrijving),
});

async function raakRegelingAan(tx: DbOrTx, regelingId: string) {
  const res = await tx
    .update(regeling)
    .set({ versie: sql`${regeling.versie} + 1`, gewijzigd: new Date() })
    .where(eq(regeling.id, regelingId))
    .returning({ id: regeling.id });
  if (res.length === 0) throw new DomeinFout('niet_gevonden');
}

export async function planVergadering(db: DbOrTx, actor: Actor, regelingId: string, input: VergaderingInput) {
  return db.transaction(async (tx) => {
    await raakRegelingAan(tx, regelingId);
    const w = waarden(input);
    const [v] = await tx
      .insert(vergadering)
      .values({ ...w, regelingId })
      .returning({ id: vergadering.id });
    await recordAudit(tx, actor, {
      entiteit: 'vergadering',
      entiteitId: v!.id,
      actie: 'aangemaakt',
      regelingId,
      wijzigingen: diff(undefined, w, velden),
    });
    return v!.id;
  });
}

async function rij(tx: DbOrTx, regelingId: string, id: string) {
  const [v] = await tx
    .select()
    .from(vergadering)
    .where(and(eq(vergadering.id, id), eq(vergadering.regelingId, regelingId)));
  if (!v) throw new DomeinFout('niet_gevonden');
  return v;
}

export async function wijzigVergadering(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  id: string,
  input: VergaderingInput,
  verwachteVersie?: number,
) {
  return db.transaction(async (tx) => {
    const oud = await rij(tx, regelingId, id);
    if (verwachteVersie !== undefined && verwachteVersie !== oud.versie)
      throw new DomeinFout('versie_conflict');
    const w = waarden(input);
    const wijzigingen = diff(oud, w, velden);
    if (wijzigingen.length === 0) return oud.versie;
    await tx
      .update(vergadering)
      .set({ ...w, versie: oud.versie + 1 })
      .where(eq(vergadering.id, id));
    await raakRegelingAan(tx, regelingId);
    await recordAudit(tx, actor, {
      entiteit: 'vergadering',
      entiteitId: id,
      actie: 'gewijzigd',
      regelingId,
      wijzigingen,
    });
    return oud.versie + 1;
  });
}

export async function verwijderVergadering(db: DbOrTx, actor: Actor, regelingId: string, id: string) {
  await db.transaction(async (tx) => {
    const oud = await rij(tx, regelingId, id);
    await tx.delete(vergadering).where(eq(vergadering.id, id));
    await raakRegelingAan(tx, regelingId);
    await recordAudit(tx, actor, {
      entiteit: 'vergadering',
      entiteitId: id,
      actie: 'verwijderd',
      regelingId,
      wijzigingen: diff(oud, {}, velden),
    });
  });
}
