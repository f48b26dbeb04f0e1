/**
 * Loads the input of the landschap analyses from the database in two queries, whatever the size: every
 * participation that counts (for a source and a peildatum) with its organisation, province and population,
 * and every municipality (so those in no regeling show up with zero). Vote and cost shares per regeling
 * come from the register's own rule (regelingen/domain/aandelen).
 */
import { sql, type SQL } from 'drizzle-orm';
import { vandaag } from '../../platform/clock';
import { type DbOrTx, rows as query } from '../../platform/db/client';
import { aandelen } from '../regelingen/domain/aandelen';
import type { Kostenverdeling } from '../regelingen/domain/types';
import { inRegister } from '../regelingen/store';
import type { AnalyseDeelname } from './analyse';
import type { BronFilter } from './bron-info';

export interface LandschapFilter {
  /** Without: the register (made in Grip or from a living register source), as zoekRegelingen. */
  bron?: BronFilter | undefined;
  /** Regelingen in force on this date and participants that had joined and not left by then; without: today. */
  peildatum?: string | undefined;
}

export interface LandschapGemeente {
  code: string;
  naam: string;
  provincieCode: string | null;
  provincieNaam: string | null;
  inwoners: number | null;
}

export interface LandschapInvoer {
  deelnames: AnalyseDeelname[];
  /** Every municipality: those existing on the peildatum (or now) and those in any counted participation. */
  gemeenten: LandschapGemeente[];
  /** Names of the provinces by code. */
  provincies: Map<string, string>;
  /** Number of regelingen counted. */
  regelingen: number;
}

function bronConditie(bron: BronFilter | undefined): SQL {
  if (bron === undefined) return inRegister(sql`r.bron`);
  if (bron === 'grip') return sql`r.bron is null`;
  return sql`r.bron = ${bron}`;
}

interface Rij {
  regelingId: string;
  beleidsterreinen: string[];
  organisatieId: string;
  code: string | null;
  naam: string;
  soort: string;
  provincieCode: string | null;
  provincieNaam: string | null;
  inwoners: number | null;
  stemmen: number | null;
  kostenverdeling: Kostenverdeling | null;
}

interface OrganisatieRij {
  code: string;
  naam: string;
  soort: string;
  provincieCode: string | null;
  provincieNaam: string | null;
  inwoners: number | null;
  bestaat: boolean;
}

export async function landschapInvoer(db: DbOrTx, f: LandschapFilter = {}): Promise<LandschapInvoer> {
  const p = f.peildatum ?? vandaag();
  const regelingInWerking = sql`(r.datum_inwerkingtreding is null or r.datum_inwerkingtreding <= ${p}) and (r.datum_uitwerkingtreding is null or r.datum_uitwerkingtreding > ${p})`;
  const deelnameTelt = sql`(d.datum_toetreding is null or d.datum_toetreding <= ${p}) and (d.datum_uittreding is null or d.datum_uittreding > ${p})`;
  // The population on the peildatum where known, else the first known after it (a 2016 analysis on later
  // figures rather than none).
  const inwonersOp = f.peildatum
    ? sql`(i.peildatum <= ${p}) desc, abs(i.peildatum - ${p}::date)`
    : sql`i.peildatum desc`;
  // One pass over the population table (one row per organisation) instead of a subquery per row.
  const inwonersTabel = sql`(select distinct on (i.organisatie_id) i.organisatie_id, i.aantal from inwonertal i
    order by i.organisatie_id, ${inwonersOp})`;
  const inwoners = sql`inw.aantal`;
  const [deelnameRijen, organisaties] = await Promise.all([
    query<Rij>(
      db,
      sql`select r.id as "regelingId", r.beleidsterreinen, o.id as "organisatieId", o.code, o.naam, o.soort::text as soort,
        case when o.soort = 'provincie' then o.code else pv.code end as "provincieCode",
        case when o.soort = 'provincie' then o.naam else pv.naam end as "provincieNaam",
        case when o.soort = 'gemeente' then ${inwoners} end as inwoners,
        d.stemmen, d.kostenverdeling
      from deelname d
      join regeling r on r.id = d.regeling_id
      join organisatie o on o.id = d.organisatie_id
      left join organisatie pv on pv.id = o.provincie_id
      left join ${inwonersTabel} inw on inw.organisatie_id = o.id
      where ${bronConditie(f.bron)} and ${regelingInWerking} and ${deelnameTelt}
      order by r.id, o.code`,
    ),
    query<OrganisatieRij>(
      db,
      sql`select o.code, o.naam, o.soort::text as soort, pv.code as "provincieCode", pv.naam as "provincieNaam",
        case when o.soort = 'gemeente' then ${inwoners} end as inwoners,
        (o.geldig_van is null or o.geldig_van <= ${p}) and (o.geldig_tot is null or o.geldig_tot > ${p}) as bestaat
      from organisatie o left join organisatie pv on pv.id = o.provincie_id
      left join ${inwonersTabel} inw on inw.organisatie_id = o.id
      where o.soort in ('gemeente', 'provincie') and o.code is not null`,
    ),
  ]);

  const perRegeling = new Map<string, Rij[]>();
  for (const r of deelnameRijen) {
    const l = perRegeling.get(r.regelingId);
    if (l) l.push(r);
    else perRegeling.set(r.regelingId, [r]);
  }
  const deelnames: AnalyseDeelname[] = [];
  for (const lijst of perRegeling.values()) {
    const a = aandelen(
      lijst.map((r) => ({
        organisatieId: r.organisatieId,
        stemmen: r.stemmen,
        kostenPercentage: r.kostenverdeling?.soort === 'percentage' ? r.kostenverdeling.percentage : null,
        inwoners: r.inwoners === null ? null : Number(r.inwoners),
      })),
    );
    lijst.forEach((r, i) =>
      deelnames.push({
        regelingId: r.regelingId,
        beleidsterreinen: r.beleidsterreinen,
        organisatieCode: r.code,
        soort: r.soort,
        inwoners: r.inwoners === null ? null : Number(r.inwoners),
        stemaandeel: a[i]!.stemaandeel,
        kostenaandeel: a[i]!.kostenaandeel,
        provincieCode: r.provincieCode,
      }),
    );
  }

  const provincies = new Map<string, string>();
  const gemeenten = new Map<string, LandschapGemeente>();
  for (const o of organisaties) {
    if (o.soort === 'provincie') provincies.set(o.code, o.naam);
    else if (o.bestaat)
      gemeenten.set(o.code, { ...o, inwoners: o.inwoners === null ? null : Number(o.inwoners) });
  }
  for (const r of deelnameRijen) {
    if (r.soort !== 'gemeente' || r.code === null || gemeenten.has(r.code)) continue;
    gemeenten.set(r.code, {
      code: r.code,
      naam: r.naam,
      provincieCode: r.provincieCode,
      provincieNaam: r.provincieNaam,
      inwoners: r.inwoners === null ? null : Number(r.inwoners),
    });
  }
  return {
    deelnames,
    gemeenten: [...gemeenten.values()].sort((a, b) => a.code.localeCompare(b.code)),
    provincies,
    regelingen: perRegeling.size,
  };
}
