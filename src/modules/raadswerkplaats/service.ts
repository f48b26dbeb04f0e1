/**
 * Mijn regelingen as a read model: every regeling of the user's organisations with our share, our
 * members in the bestuur, the next deadlines, open procedures, the latest documents and what is new.
 *
 * Fixed cost: 10 queries whatever the number of regelingen or organisations — the participations (1),
 * then at once the figures for the shares (1), our board members (1), the P&C calendars (cycli: 3), the
 * procedures with our requests (1), the latest documents (1), the audit log counts (1) and the new
 * zienswijzen (1). The rules (shares, seated members, the calendar) are the existing pure functions.
 */
import type { Kalender } from '../../kalender';
import type { DbOrTx } from '../../platform/db/client';
import { actueleBegrotingsjaren, cycli, type KalenderItem } from '../begrotingscyclus/store';
import { type Aandeel, aandelen } from '../regelingen/domain/aandelen';
import { zittingHebbend } from '../regelingen/domain/bestuur';
import { deelnameCijfers, type BestuurslidRij } from '../regelingen/store';
import { isOpenVerzoek } from '../procedures/domain/levenscyclus';
import {
  bestuursledenVanDeelnames,
  deelnamesVanOrganisaties,
  type DocumentRegel,
  laatsteDocumenten,
  type NieuweZienswijze,
  openProcedureStatussen,
  type OrganisatieDeelname,
  type ProcedureMetVerzoek,
  proceduresMetVerzoeken,
  wijzigingenSinds,
  zienswijzenSinds,
} from './store';

/** How many deadlines and documents each regeling shows. */
export const PER_REGELING = 3;

export type Termijn =
  | { soort: 'pc'; datum: string; item: KalenderItem }
  | { soort: 'verzoek'; datum: string; procedure: ProcedureMetVerzoek; verlopen: boolean };

export interface MijnRegeling {
  regeling: NonNullable<OrganisatieDeelname['regeling']>;
  deelname: NonNullable<OrganisatieDeelname['deelname']>;
  /** Our share of votes, costs and population (aandelen()); null when we are not among the active participants. */
  aandeel: Aandeel | null;
  /** Our seated members in AB, DB, the one bestuur, or the chair (designated from our participation). */
  leden: BestuurslidRij[];
  /** The next deadlines: P&C steps from today, and our council's open requests (also when overdue). */
  termijnen: Termijn[];
  /** Sent and not yet decided, with the request to our council when there is one. */
  openProcedures: ProcedureMetVerzoek[];
  documenten: DocumentRegel[];
  nieuw: {
    procedures: ProcedureMetVerzoek[];
    zienswijzen: NieuweZienswijze[];
    /** Changes in the audit log per kind of record, not the user's own. */
    wijzigingen: { entiteit: string; aantal: number }[];
  };
}

export interface MijnOrganisatie {
  organisatie: OrganisatieDeelname['organisatie'];
  regelingen: MijnRegeling[];
}

export interface MijnRegelingenOpties {
  organisatieIds: string[];
  gebruikerId: string;
  peildatum: string;
  /** What happened after this moment is new. */
  sinds: Date;
  kalender: Kalender;
  /** Whether the user may read the documents of this regeling that are not public (the caller asks the policy). */
  magNietOpenbaarLezen: (regelingId: string, onzeDeelnemers: string[]) => boolean;
}

const groepeer = <T, K>(lijst: T[], sleutel: (t: T) => K) => {
  const m = new Map<K, T[]>();
  for (const t of lijst) {
    const k = sleutel(t);
    const groep = m.get(k);
    if (groep) groep.push(t);
    else m.set(k, [t]);
  }
  return m;
};

export async function mijnRegelingen(db: DbOrTx, o: MijnRegelingenOpties): Promise<MijnOrganisatie[]> {
  const rijen = await deelnamesVanOrganisaties(db, o.organisatieIds, o.peildatum);
  const ids = [...new Set(rijen.flatMap((r) => (r.regeling ? [r.regeling.id] : [])))];
  const deelnameIds = rijen.flatMap((r) => (r.deelname ? [r.deelname.id] : []));
  const onzeDeelnemers = groepeer(
    rijen.filter((r) => r.regeling),
    (r) => r.regeling!.id,
  );
  const nietOpenbaar = ids.filter((id) =>
    o.magNietOpenbaarLezen(
      id,
      (onzeDeelnemers.get(id) ?? []).map((r) => r.organisatie.id),
    ),
  );
  // The shares first: they also tell which regelingen have a provincie taking part, which the P&C calendar
  // needs (with the regelingen already read, the calendar reads only the meetings).
  const cijfers = await deelnameCijfers(db, ids, o.peildatum);
  const voorgeladen = {
    regelingen: [
      ...new Map(rijen.flatMap((r) => (r.regeling ? [[r.regeling.id, r.regeling] as const] : []))).values(),
    ],
    metProvincie: new Set(cijfers.filter((c) => c.soort === 'provincie').map((c) => c.regelingId)),
  };
  const [leden, items, procedures, documenten, wijzigingen, zienswijzen] = await Promise.all([
    bestuursledenVanDeelnames(db, deelnameIds),
    cycli(db, ids, actueleBegrotingsjaren(o.peildatum), o.kalender, o.peildatum, voorgeladen),
    proceduresMetVerzoeken(db, ids, o.organisatieIds, o.sinds),
    laatsteDocumenten(db, ids, nietOpenbaar, PER_REGELING),
    wijzigingenSinds(db, ids, o.sinds, o.gebruikerId),
    zienswijzenSinds(db, ids, o.sinds, o.gebruikerId),
  ]);
  const cijfersPer = groepeer(cijfers, (c) => c.regelingId);
  const ledenPer = groepeer(leden, (l) => l.deelnameId);
  const itemsPer = groepeer(
    items.filter((i) => i.datum !== null && i.datum >= o.peildatum),
    (i) => i.regelingId,
  );
  const proceduresPer = groepeer(procedures, (p) => p.regelingId);
  const documentenPer = groepeer(documenten, (d) => d.regelingId);
  const wijzigingenPer = groepeer(wijzigingen, (w) => w.regelingId);
  const zienswijzenPer = groepeer(zienswijzen, (z) => z.regelingId);

  const uit = new Map<string, MijnOrganisatie>();
  for (const rij of rijen) {
    const org = uit.get(rij.organisatie.id) ?? { organisatie: rij.organisatie, regelingen: [] };
    uit.set(rij.organisatie.id, org);
    const { regeling: r, deelname: d } = rij;
    if (!r || !d) continue;
    const orgId = rij.organisatie.id;
    const aandeel =
      aandelen(
        (cijfersPer.get(r.id) ?? []).map((c) => ({
          organisatieId: c.organisatieId,
          stemmen: c.stemmen,
          kostenPercentage: c.kostenverdeling?.soort === 'percentage' ? c.kostenverdeling.percentage : null,
          inwoners: c.inwoners,
        })),
      ).find((a) => a.organisatieId === orgId) ?? null;
    // One row per procedure (newest first), with the request to this organisation's council if there is one.
    const procs = [...groepeer(proceduresPer.get(r.id) ?? [], (p) => p.id).values()].map(
      (rijen) => rijen.find((p) => p.verzoek?.organisatieId === orgId) ?? { ...rijen[0]!, verzoek: null },
    );
    const open = procs.filter((p) => openProcedureStatussen.includes(p.status));
    const verzoekTermijnen: Termijn[] = open.flatMap((p) =>
      p.verzoek?.uiterlijk && isOpenVerzoek(p.verzoek)
        ? [
            {
              soort: 'verzoek',
              datum: p.verzoek.uiterlijk,
              procedure: p,
              verlopen: p.verzoek.uiterlijk < o.peildatum,
            },
          ]
        : [],
    );
    const pcTermijnen: Termijn[] = (itemsPer.get(r.id) ?? []).map((item) => ({
      soort: 'pc',
      datum: item.datum!,
      item,
    }));
    org.regelingen.push({
      regeling: r,
      deelname: d,
      aandeel,
      leden: zittingHebbend(ledenPer.get(d.id) ?? [], o.peildatum),
      termijnen: [...verzoekTermijnen, ...pcTermijnen]
        .sort(
          (a, b) =>
            a.datum.localeCompare(b.datum) || (a.soort === b.soort ? 0 : a.soort === 'verzoek' ? -1 : 1),
        )
        .slice(0, PER_REGELING),
      openProcedures: open,
      documenten: documentenPer.get(r.id) ?? [],
      nieuw: {
        procedures: procs.filter((p) => p.aangemaakt > o.sinds),
        zienswijzen: zienswijzenPer.get(r.id) ?? [],
        wijzigingen: (wijzigingenPer.get(r.id) ?? []).map(({ entiteit, aantal }) => ({ entiteit, aantal })),
      },
    });
  }
  return [...uit.values()];
}
