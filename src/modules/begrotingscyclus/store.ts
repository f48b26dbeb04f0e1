/**
 * The P&C calendar of regelingen as a read model: loads what the pure rules need (form, whether a
 * provincie takes part, planned meetings, the regeling's own agreements) and computes the items.
 * Each item gets a stable UID (for iCalendar feeds and reminders).
 */
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Kalender } from '../../kalender';
import { type DbOrTx, inUuids } from '../../platform/db/client';
import { organisatie } from '../organisaties/schema';
import { deelname, regeling } from '../regelingen/schema';
import { inRegister, type RegelingRij } from '../regelingen/store';
import { begrotingscyclus, type CyclusItem } from './domain';
import { vergadering } from './schema';

export interface KalenderItem extends CyclusItem {
  uid: string;
  /** A label of its own (a procedure's deadline), instead of the P&C step's. */
  titel?: string;
  /** The page the item links to, when not the regeling's (a procedure). */
  pad?: string;
  regelingId: string;
  regelingNaam: string;
  begrotingsjaar: number;
}

export const itemUid = (regelingId: string, jaar: number, item: Pick<CyclusItem, 'stap' | 'bron'>) =>
  `${regelingId}-${jaar}-${item.stap}-${item.bron}@grip`;

/**
 * What a caller has already read for the same regelingen and peildatum (Mijn regelingen): their name, form
 * and agreements, and which of them have a provincie taking part (not left on the peildatum). The calendar
 * then needs only the meetings.
 */
export interface Voorgeladen {
  regelingen: { id: string; naam: string; vorm: RegelingRij['vorm']; afspraken: RegelingRij['afspraken'] }[];
  metProvincie: ReadonlySet<string>;
}

/**
 * Computes the calendars of the given regelingen for the given begrotingsjaren, with three queries in all
 * (one with `voorgeladen`).
 */
export async function cycli(
  db: DbOrTx,
  regelingIds: string[] | 'alle',
  jaren: number[],
  kalender: Kalender,
  peildatum: string,
  voorgeladen?: Voorgeladen,
): Promise<KalenderItem[]> {
  const alle = regelingIds === 'alle';
  if (!alle && regelingIds.length === 0) return [];
  const [regelingen, metProvincie, vergaderingen] = await Promise.all([
    voorgeladen?.regelingen ??
      db
        .select({ id: regeling.id, naam: regeling.naam, vorm: regeling.vorm, afspraken: regeling.afspraken })
        .from(regeling)
        .where(alle ? undefined : inUuids(regeling.id, regelingIds)),
    voorgeladen?.metProvincie ??
      db
        .selectDistinct({ regelingId: deelname.regelingId })
        .from(deelname)
        .innerJoin(organisatie, eq(organisatie.id, deelname.organisatieId))
        .where(
          and(
            eq(organisatie.soort, 'provincie'),
            or(isNull(deelname.datumUittreding), gt(deelname.datumUittreding, peildatum)),
            alle ? undefined : inUuids(deelname.regelingId, regelingIds),
          ),
        )
        .then((rijen) => new Set(rijen.map((p) => p.regelingId))),
    db
      .select()
      .from(vergadering)
      .where(alle ? undefined : inUuids(vergadering.regelingId, regelingIds)),
  ]);
  const perRegeling = new Map<string, (typeof vergaderingen)[number][]>();
  for (const v of vergaderingen) perRegeling.set(v.regelingId, [...(perRegeling.get(v.regelingId) ?? []), v]);
  const uit: KalenderItem[] = [];
  for (const r of regelingen) {
    for (const jaar of jaren) {
      const items = begrotingscyclus({
        begrotingsjaar: jaar,
        vorm: r.vorm,
        provincieNeemtDeel: metProvincie.has(r.id),
        vergaderingen: (perRegeling.get(r.id) ?? []).map((v) => ({
          id: v.id,
          datum: v.datum,
          stukken: v.stukken,
          verzendDatum: v.verzendDatum,
        })),
        eigenAfspraken: r.afspraken.pcAfspraken ?? [],
        kalender,
      });
      for (const item of items) {
        uit.push({
          ...item,
          uid: itemUid(r.id, jaar, item),
          regelingId: r.id,
          regelingNaam: r.naam,
          begrotingsjaar: jaar,
        });
      }
    }
  }
  return uit;
}

/**
 * The regelingen of the register an organisation takes part in on the peildatum: not left, the regeling
 * not ended, and not from a snapshot of another vintage (an imported register holds expired versions too).
 */
export async function regelingenVan(db: DbOrTx, organisatieId: string, peildatum: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: deelname.regelingId })
    .from(deelname)
    .innerJoin(regeling, eq(regeling.id, deelname.regelingId))
    .where(
      and(
        eq(deelname.organisatieId, organisatieId),
        or(isNull(deelname.datumUittreding), gt(deelname.datumUittreding, peildatum)),
        or(isNull(regeling.datumUitwerkingtreding), gt(regeling.datumUitwerkingtreding, peildatum)),
        inRegister(regeling.bron),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * The begrotingsjaren whose steps can fall in the coming months: the cycle of Y runs from April
 * Y-1 (kaders) to July Y+1 (jaarrekening), so around today the years Y-1 … Y+2 matter.
 */
export function actueleBegrotingsjaren(peildatum: string): number[] {
  const j = Number(peildatum.slice(0, 4));
  return [j - 1, j, j + 1, j + 2];
}
