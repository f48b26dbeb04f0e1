/** Equated days (Atw art. 3 lid 3) that a beheerder added, and the calendar built from them. */
import { asc } from 'drizzle-orm';
import { GELIJKGESTELDE_DAGEN, maakKalender, type GelijkgesteldeDag, type Kalender } from '../../kalender';
import type { Database, DbOrTx } from '../../platform/db/client';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import { DomeinFout } from '../../platform/errors';
import { gelijkgesteldeDag } from './schema';

export async function toegevoegdeDagen(db: DbOrTx): Promise<GelijkgesteldeDag[]> {
  const rijen = await db.select().from(gelijkgesteldeDag).orderBy(asc(gelijkgesteldeDag.datum));
  return rijen.map((r) => ({ datum: r.datum, besluit: r.besluit, bron: r.bron, status: r.status }));
}

export async function voegGelijkgesteldeDagToe(db: DbOrTx, actor: Actor, dag: GelijkgesteldeDag) {
  if (GELIJKGESTELDE_DAGEN.some((g) => g.datum === dag.datum))
    throw new DomeinFout('dag_bestaat', { veld: 'datum' });
  await db.transaction(async (tx) => {
    const res = await tx
      .insert(gelijkgesteldeDag)
      .values({ ...dag, toegevoegdDoor: actor.label })
      .onConflictDoNothing()
      .returning({ datum: gelijkgesteldeDag.datum });
    if (res.length === 0) throw new DomeinFout('dag_bestaat', { veld: 'datum' });
    await recordAudit(tx, actor, {
      entiteit: 'gelijkgestelde_dag',
      entiteitId: dag.datum,
      actie: 'aangemaakt',
      wijzigingen: [
        { veld: 'besluit', oud: null, nieuw: dag.besluit },
        { veld: 'bron', oud: null, nieuw: dag.bron },
        { veld: 'status', oud: null, nieuw: dag.status },
      ],
    });
  });
}

/**
 * The calendar of this installation, kept in memory. On the embedded database this process is
 * the only writer, so the write counter says exactly when to rebuild; on PostgreSQL another
 * process may add a day, so the copy is rebuilt at least every minute.
 */
export function kalenderBron(database: Database): { kalender: () => Promise<Kalender>; vergeet: () => void } {
  let sleutel: number | null = null;
  let kalender: Promise<Kalender> | null = null;
  const huidigeSleutel = () => database.wijzigingen?.() ?? Math.floor(Date.now() / 60_000);
  return {
    kalender: () => {
      const k = huidigeSleutel();
      if (!kalender || k !== sleutel) {
        sleutel = k;
        kalender = toegevoegdeDagen(database.db).then((extra) => maakKalender(extra));
        kalender.catch(() => {
          kalender = null;
        });
      }
      return kalender;
    },
    vergeet: () => {
      kalender = null;
    },
  };
}
