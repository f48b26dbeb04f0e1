/**
 * Queries of the raadswerkplaats. No rules here. Each query takes every regeling (or organisation) at
 * once, so Mijn regelingen costs the same number of queries for 4 regelingen as for 40.
 */
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { type DbOrTx, inUuids, rows as query } from '../../platform/db/client';
import { organisatie } from '../organisaties/schema';
import { bestuurslid, deelname, regeling } from '../regelingen/schema';
import { type BestuurslidRij, type DeelnameRij, inRegister, type RegelingRij } from '../regelingen/store';
import type { ProcedureSoort, Vraag } from '../procedures/domain/soorten';
import type { ProcedureStatus, Strekking, VerzoekStatus } from '../procedures/domain/levenscyclus';

/** Procedures that are with the councils or the board: sent and not yet decided (as verzoekenAanOrganisatie). */
export const openProcedureStatussen: ProcedureStatus[] = ['verzonden', 'in_behandeling', 'reactie_bestuur'];
/** The records of the audit log that are news about a regeling (not, e.g., the accounts of its secretariaat). */
export const nieuwsEntiteiten = [
  'regeling',
  'deelname',
  'bestuurslid',
  'vergadering',
  'procedure',
  'verzoek',
  'document',
] as const;

export interface OrganisatieDeelname {
  organisatie: { id: string; code: string | null; naam: string; soort: string };
  /** Null for an organisation that takes part in no regeling in force. */
  deelname: Pick<
    DeelnameRij,
    'id' | 'organen' | 'kostenverdeling' | 'stemmen' | 'datumToetreding' | 'datumUittreding'
  > | null;
  regeling: Pick<
    RegelingRij,
    'id' | 'naam' | 'korteNaam' | 'belang' | 'vorm' | 'type' | 'afspraken' | 'datumUitwerkingtreding'
  > | null;
}

/**
 * The organisations with each regeling of the register they take part in on the peildatum (not left,
 * regeling not ended, not from a snapshot of another vintage); an organisation without any comes back
 * once, with deelname and regeling null.
 */
export async function deelnamesVanOrganisaties(
  db: DbOrTx,
  organisatieIds: string[],
  peildatum: string,
): Promise<OrganisatieDeelname[]> {
  if (organisatieIds.length === 0) return [];
  const rijen = await db
    .select({
      organisatie: {
        id: organisatie.id,
        code: organisatie.code,
        naam: organisatie.naam,
        soort: organisatie.soort,
      },
      deelname: {
        id: deelname.id,
        organen: deelname.organen,
        kostenverdeling: deelname.kostenverdeling,
        stemmen: deelname.stemmen,
        datumToetreding: deelname.datumToetreding,
        datumUittreding: deelname.datumUittreding,
      },
      regeling: {
        id: regeling.id,
        naam: regeling.naam,
        korteNaam: regeling.korteNaam,
        belang: regeling.belang,
        vorm: regeling.vorm,
        type: regeling.type,
        afspraken: regeling.afspraken,
        datumUitwerkingtreding: regeling.datumUitwerkingtreding,
      },
    })
    .from(organisatie)
    .leftJoin(
      deelname,
      and(
        eq(deelname.organisatieId, organisatie.id),
        or(isNull(deelname.datumUittreding), gt(deelname.datumUittreding, peildatum)),
      ),
    )
    .leftJoin(
      regeling,
      and(
        eq(regeling.id, deelname.regelingId),
        or(isNull(regeling.datumUitwerkingtreding), gt(regeling.datumUitwerkingtreding, peildatum)),
        inRegister(regeling.bron),
      ),
    )
    .where(inUuids(organisatie.id, organisatieIds))
    .orderBy(asc(organisatie.naam), sql`lower(${regeling.naam})`);
  // A participation in a regeling that has ended is left out, but the organisation stays.
  const metRegeling = new Set(rijen.filter((r) => r.regeling).map((r) => r.organisatie.id));
  return rijen
    .filter((r) => r.regeling !== null || !metRegeling.has(r.organisatie.id))
    .map((r) => ({ ...r, deelname: r.regeling ? r.deelname : null }));
}

/** The board members designated from the given participations (any period: the caller picks the seated ones). */
export async function bestuursledenVanDeelnames(
  db: DbOrTx,
  deelnameIds: string[],
): Promise<BestuurslidRij[]> {
  if (deelnameIds.length === 0) return [];
  return db
    .select()
    .from(bestuurslid)
    .where(inUuids(bestuurslid.deelnameId, deelnameIds))
    .orderBy(
      sql`case ${bestuurslid.orgaan} when 'voorzitter' then 0 when 'db' then 1 when 'bestuur' then 2 else 3 end`,
      asc(bestuurslid.naam),
    );
}

export interface ProcedureMetVerzoek {
  id: string;
  regelingId: string;
  soort: ProcedureSoort;
  titel: string;
  status: ProcedureStatus;
  verzondenOp: string | null;
  aangemaakt: Date;
  /** The request to one of the given organisations, when there is one (one row per such request). */
  verzoek: {
    organisatieId: string;
    status: VerzoekStatus;
    vraag: Vraag;
    uiterlijk: string | null;
    artikel: string;
  } | null;
}

/**
 * The procedures of the regelingen that are open, or were created after `sinds`, each with the
 * request to the given organisations' councils (a procedure with requests to two of them comes twice).
 */
export async function proceduresMetVerzoeken(
  db: DbOrTx,
  regelingIds: string[],
  organisatieIds: string[],
  sinds: Date,
): Promise<ProcedureMetVerzoek[]> {
  if (regelingIds.length === 0) return [];
  const rijen = await query<
    Omit<ProcedureMetVerzoek, 'verzoek' | 'aangemaakt'> & {
      aangemaakt: Date | string;
      verzoekOrganisatieId: string | null;
      verzoekStatus: VerzoekStatus | null;
      vraag: Vraag | null;
      uiterlijk: string | null;
      artikel: string | null;
    }
  >(
    db,
    sql`select p.id, p.regeling_id as "regelingId", p.soort, p.titel, p.status,
      p.verzonden_op::text as "verzondenOp", p.aangemaakt,
      v.organisatie_id as "verzoekOrganisatieId", v.status as "verzoekStatus", v.vraag,
      v.uiterlijk::text as uiterlijk, v.artikel
    from procedure p
    left join verzoek v on v.procedure_id = p.id and ${inUuids(sql`v.organisatie_id`, organisatieIds)}
    where ${inUuids(sql`p.regeling_id`, regelingIds)}
      and (p.status in (${sql.join(
        openProcedureStatussen.map((s) => sql`${s}`),
        sql`, `,
      )}) or p.aangemaakt > ${sinds.toISOString()})
    order by p.aangemaakt desc, p.id`,
  );
  return rijen.map(({ verzoekOrganisatieId, verzoekStatus, vraag, uiterlijk, artikel, ...p }) => ({
    ...p,
    aangemaakt: new Date(p.aangemaakt),
    verzoek:
      verzoekOrganisatieId && verzoekStatus && vraag
        ? {
            organisatieId: verzoekOrganisatieId,
            status: verzoekStatus,
            vraag,
            uiterlijk,
            artikel: artikel ?? '',
          }
        : null,
  }));
}

export interface DocumentRegel {
  id: string;
  regelingId: string;
  procedureId: string | null;
  procedureTitel: string | null;
  soort: string;
  titel: string;
  datum: string;
  openbaar: boolean;
}

/**
 * The latest `perRegeling` documents of each regeling (by date, then upload): the public ones, and for
 * the regelingen in `ookNietOpenbaar` (the caller checked the policy) also the others. Metadata only.
 */
export async function laatsteDocumenten(
  db: DbOrTx,
  regelingIds: string[],
  ookNietOpenbaar: string[],
  perRegeling = 3,
): Promise<DocumentRegel[]> {
  if (regelingIds.length === 0) return [];
  const nietOpenbaar = ookNietOpenbaar.length
    ? sql` or ${inUuids(sql`d.regeling_id`, ookNietOpenbaar)}`
    : sql``;
  return query<DocumentRegel>(
    db,
    sql`select id, "regelingId", "procedureId", "procedureTitel", soort, titel, datum, openbaar from (
      select d.id, d.regeling_id as "regelingId", d.procedure_id as "procedureId", p.titel as "procedureTitel",
        d.soort, d.titel, d.datum::text as datum, d.openbaar,
        row_number() over (partition by d.regeling_id order by d.datum desc, d.aangemaakt desc, d.id) as rang
      from document d left join procedure p on p.id = d.procedure_id
      where ${inUuids(sql`d.regeling_id`, regelingIds)} and (d.openbaar${nietOpenbaar})
    ) x where rang <= ${perRegeling}
    order by "regelingId", rang`,
  );
}

export interface WijzigingenTelling {
  regelingId: string;
  /** 'regeling', 'deelname', 'bestuurslid', 'vergadering', 'procedure', 'verzoek', 'document', … */
  entiteit: string;
  aantal: number;
}

/**
 * How many changes the audit log holds per regeling and kind of record (nieuwsEntiteiten) after
 * `sinds`, not counting the user's own.
 */
export async function wijzigingenSinds(
  db: DbOrTx,
  regelingIds: string[],
  sinds: Date,
  gebruikerId: string,
): Promise<WijzigingenTelling[]> {
  if (regelingIds.length === 0) return [];
  return query<WijzigingenTelling>(
    db,
    sql`select regeling_id as "regelingId", entiteit, count(*)::int as aantal
    from audit_log
    where ${inUuids(sql`regeling_id`, regelingIds)} and tijdstip > ${sinds.toISOString()}
      and entiteit in (${sql.join(
        nieuwsEntiteiten.map((e) => sql`${e}`),
        sql`, `,
      )}) and gebruiker_id is distinct from ${gebruikerId}::uuid
    group by regeling_id, entiteit
    order by regeling_id, entiteit`,
  );
}

export interface NieuweZienswijze {
  regelingId: string;
  tijdstip: Date;
  procedureId: string;
  procedureTitel: string;
  organisatieId: string;
  organisatieNaam: string;
  strekking: Strekking | null;
}

/**
 * The zienswijzen councils recorded after `sinds` in procedures of the regelingen (from the audit log),
 * not those the user recorded.
 */
export async function zienswijzenSinds(
  db: DbOrTx,
  regelingIds: string[],
  sinds: Date,
  gebruikerId: string,
): Promise<NieuweZienswijze[]> {
  if (regelingIds.length === 0) return [];
  const rijen = await query<Omit<NieuweZienswijze, 'tijdstip'> & { tijdstip: Date | string }>(
    db,
    sql`select a.regeling_id as "regelingId", a.tijdstip, p.id as "procedureId", p.titel as "procedureTitel",
      o.id as "organisatieId", o.naam as "organisatieNaam", v.strekking
    from audit_log a
    join verzoek v on v.id = (case when a.entiteit = 'verzoek' then a.entiteit_id::uuid end)
    join procedure p on p.id = v.procedure_id
    join organisatie o on o.id = v.organisatie_id
    where ${inUuids(sql`a.regeling_id`, regelingIds)} and a.entiteit = 'verzoek' and a.actie = 'zienswijze'
      and a.tijdstip > ${sinds.toISOString()} and a.gebruiker_id is distinct from ${gebruikerId}::uuid
    order by a.tijdstip desc, a.id desc`,
  );
  return rijen.map((r) => ({ ...r, tijdstip: new Date(r.tijdstip) }));
}
