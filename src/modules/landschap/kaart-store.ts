/**
 * What the landschap analyses need beyond the participations (analyse-store.ts): the region divisions
 * (`regio`, `regio_lid`), the boundaries (`grens`), the regelingen with their names and gemeenten (for the
 * change over time and the register export) and the provenance of each (`bron_import`). Each loader is one
 * query, whatever the size.
 */
import { sql, type SQL } from 'drizzle-orm';
import { vandaag } from '../../platform/clock';
import { type DbOrTx, rows as query } from '../../platform/db/client';
import { inRegister } from '../regelingen/store';
import type { Geometrie, KaartGebied, Regio, VergelijkRegeling } from './analyse';
import type { LandschapFilter } from './analyse-store';
import type { BronFilter } from './bron-info';

/** The provenance of data shown: a row of `bron_import`. */
export interface Bronvermelding {
  bron: string;
  peildatum: string;
  omschrijving: string;
  licentie: string;
  bestand: string;
  geimporteerd: string;
}

const bronKolommen = sql`b.bron, b.peildatum::text as peildatum, b.omschrijving, b.licentie, b.bestand,
  to_char(b.geimporteerd at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as geimporteerd`;

/** A region division as the page offers it. */
export interface IndelingKeuze {
  indeling: string;
  naam: string;
  regios: number;
}

/** Every region division present (of the latest import that has it), by name. */
export async function regioIndelingen(db: DbOrTx): Promise<IndelingKeuze[]> {
  const r = await query<{ indeling: string; naam: string; regios: number }>(
    db,
    sql`select r.indeling, min(r.indeling_naam) as naam, count(*)::int as regios
      from regio r join bron_import b on b.id = r.bron_import_id
      where b.peildatum = (select max(b2.peildatum) from regio r2 join bron_import b2 on b2.id = r2.bron_import_id
        where r2.indeling = r.indeling)
      group by r.indeling order by min(r.indeling_naam), r.indeling`,
  );
  return r.map((x) => ({ ...x, regios: Number(x.regios) }));
}

/** The regions of a division with their members (the latest import of it); null when it is not there. */
export async function regioIndeling(
  db: DbOrTx,
  indeling: string,
): Promise<{ naam: string; regios: Regio[]; herkomst: Bronvermelding } | null> {
  const rijen = await query<
    Bronvermelding & { sleutel: string; regio: string; indelingNaam: string; leden: string[] | null }
  >(
    db,
    sql`select r.sleutel, r.naam as regio, r.indeling_naam as "indelingNaam",
        array_agg(l.gemeente_code order by l.gemeente_code) filter (where l.gemeente_code is not null) as leden,
        ${bronKolommen}
      from regio r join bron_import b on b.id = r.bron_import_id
      left join regio_lid l on l.regio_id = r.id
      where r.indeling = ${indeling}
        and b.peildatum = (select max(b2.peildatum) from regio r2 join bron_import b2 on b2.id = r2.bron_import_id
          where r2.indeling = ${indeling})
      group by r.id, b.id order by r.naam, r.sleutel`,
  );
  const eerste = rijen[0];
  if (!eerste) return null;
  return {
    naam: eerste.indelingNaam,
    regios: rijen.map((r) => ({ sleutel: r.sleutel, naam: r.regio, leden: r.leden ?? [] })),
    herkomst: bronvermeldingVan(eerste),
  };
}

const bronvermeldingVan = (r: Bronvermelding): Bronvermelding => ({
  bron: r.bron,
  peildatum: r.peildatum,
  omschrijving: r.omschrijving,
  licentie: r.licentie,
  bestand: r.bestand,
  geimporteerd: r.geimporteerd,
});

/** The regions of one gemeente in every division (latest import of each). */
export async function regiosVanGemeente(
  db: DbOrTx,
  code: string,
): Promise<{ indeling: string; indelingNaam: string; sleutel: string; naam: string }[]> {
  return query(
    db,
    sql`select r.indeling, r.indeling_naam as "indelingNaam", r.sleutel, r.naam
      from regio_lid l join regio r on r.id = l.regio_id join bron_import b on b.id = r.bron_import_id
      where l.gemeente_code = ${code}
        and b.peildatum = (select max(b2.peildatum) from regio r2 join bron_import b2 on b2.id = r2.bron_import_id
          where r2.indeling = r.indeling)
      order by r.indeling_naam, r.naam`,
  );
}

type Soort = 'gemeente' | 'provincie' | 'veiligheidsregio';
type GrenzenUitkomst = { gebieden: KaartGebied[]; herkomst: Bronvermelding | null };

/**
 * The boundaries read last, per database and kind, with the import (id and last change) they came from:
 * a page asks one small query whether that import is still the latest and unchanged, instead of reading
 * and parsing every geometry again.
 */
const grenzenCache = new WeakMap<object, Map<Soort, { sleutel: string; uitkomst: GrenzenUitkomst }>>();

/** The boundaries of one kind (latest import), with their provenance; empty when none were imported. */
export async function grenzen(db: DbOrTx, soort: Soort = 'gemeente'): Promise<GrenzenUitkomst> {
  const [laatste] = await query<{ sleutel: string }>(
    db,
    sql`select b.id || '@' || b.gewijzigd::text as sleutel from bron_import b
      where exists (select 1 from grens g where g.bron_import_id = b.id and g.soort = ${soort})
      order by b.peildatum desc, b.gewijzigd desc limit 1`,
  );
  if (!laatste) return { gebieden: [], herkomst: null };
  const perSoort = grenzenCache.get(db) ?? new Map<Soort, { sleutel: string; uitkomst: GrenzenUitkomst }>();
  grenzenCache.set(db, perSoort);
  const bewaard = perSoort.get(soort);
  if (bewaard?.sleutel === laatste.sleutel) return bewaard.uitkomst;
  const rijen = await query<Bronvermelding & { code: string; naam: string; geometrie: Geometrie }>(
    db,
    sql`select g.code, g.naam, g.geometrie, ${bronKolommen}
      from grens g join bron_import b on b.id = g.bron_import_id
      where g.soort = ${soort}
        and b.peildatum = (select max(b2.peildatum) from grens g2 join bron_import b2 on b2.id = g2.bron_import_id
          where g2.soort = ${soort})
      order by g.code`,
  );
  const uitkomst = {
    gebieden: rijen.map((r) => ({ code: r.code, naam: r.naam, geometrie: r.geometrie })),
    herkomst: rijen[0] ? bronvermeldingVan(rijen[0]) : null,
  };
  perSoort.set(soort, { sleutel: laatste.sleutel, uitkomst });
  return uitkomst;
}

/** The provenance of the regelingen of a source: its latest import, or (register) that of roo-polder. */
export async function bronHerkomst(db: DbOrTx, bron: BronFilter | undefined): Promise<Bronvermelding | null> {
  if (bron === 'grip') return null;
  const naam = bron ?? 'roo-polder';
  const [r] = await query<Bronvermelding>(
    db,
    sql`select ${bronKolommen} from bron_import b where b.bron = ${naam} order by b.peildatum desc limit 1`,
  );
  return r ?? null;
}

function bronConditie(bron: BronFilter | undefined): SQL {
  if (bron === undefined) return inRegister(sql`r.bron`);
  if (bron === 'grip') return sql`r.bron is null`;
  return sql`r.bron = ${bron}`;
}

/** A regeling of the register export: VergelijkRegeling plus what a researcher needs to read it. */
export interface LandschapRegeling extends VergelijkRegeling {
  vorm: string;
  bron: string | null;
  bronPeildatum: string | null;
  beleidsterreinen: string[];
  datumInwerkingtreding: string | null;
  /** Number of participants that count (all kinds). */
  deelnemers: number;
}

/**
 * The regelingen in force on the peildatum (as landschapInvoer counts them), each with the codes of its
 * gemeente participants that count, by name.
 */
export async function landschapRegelingen(db: DbOrTx, f: LandschapFilter = {}): Promise<LandschapRegeling[]> {
  const p = f.peildatum ?? vandaag();
  const rijen = await query<Omit<LandschapRegeling, 'gemeenten'> & { gemeenten: string[] | null }>(
    db,
    sql`select r.id, r.naam, r.vorm::text as vorm, r.bron, r.bron_peildatum::text as "bronPeildatum",
        r.beleidsterreinen, r.datum_inwerkingtreding::text as "datumInwerkingtreding",
        count(d.id)::int as deelnemers,
        array_agg(distinct o.code) filter (where o.soort = 'gemeente' and o.code is not null) as gemeenten
      from regeling r
      join deelname d on d.regeling_id = r.id
        and (d.datum_toetreding is null or d.datum_toetreding <= ${p})
        and (d.datum_uittreding is null or d.datum_uittreding > ${p})
      join organisatie o on o.id = d.organisatie_id
      where ${bronConditie(f.bron)}
        and (r.datum_inwerkingtreding is null or r.datum_inwerkingtreding <= ${p})
        and (r.datum_uitwerkingtreding is null or r.datum_uitwerkingtreding > ${p})
      group by r.id order by r.naam, r.id`,
  );
  return rijen.map((r) => ({ ...r, deelnemers: Number(r.deelnemers), gemeenten: r.gemeenten ?? [] }));
}

/** Every division with its regions (latest import of each), for the per-gemeente page; one query. */
export async function alleRegioIndelingen(db: DbOrTx): Promise<Map<string, Regio[]>> {
  const rijen = await query<{ indeling: string; sleutel: string; naam: string; leden: string[] | null }>(
    db,
    sql`select r.indeling, r.sleutel, r.naam,
        array_agg(l.gemeente_code order by l.gemeente_code) filter (where l.gemeente_code is not null) as leden
      from regio r join bron_import b on b.id = r.bron_import_id
      left join regio_lid l on l.regio_id = r.id
      where b.peildatum = (select max(b2.peildatum) from regio r2 join bron_import b2 on b2.id = r2.bron_import_id
        where r2.indeling = r.indeling)
      group by r.id order by r.indeling, r.naam, r.sleutel`,
  );
  const uit = new Map<string, Regio[]>();
  for (const r of rijen) {
    const l = uit.get(r.indeling) ?? [];
    l.push({ sleutel: r.sleutel, naam: r.naam, leden: r.leden ?? [] });
    uit.set(r.indeling, l);
  }
  return uit;
}
