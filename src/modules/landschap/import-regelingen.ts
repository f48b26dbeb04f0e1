/**
 * The part both landschap imports share: writing a plan of regelingen with their source rows into
 * `regeling`, `deelname` and `bron_deelname`, and the provenance into `bron_import`, inside the caller's
 * transaction. Only what differs is written and audited, so a second run with the same source writes
 * nothing at all (not even `bron_import`).
 *
 * Rules:
 * - A regeling is known by (bron, bron_sleutel) for a living register (a newer reading moves its vintage,
 *   `bron_peildatum`, without an audit entry: the vintage is provenance, not content), and by
 *   (bron, bron_peildatum, bron_sleutel) for a snapshot. A regeling no longer in the source stays as it is
 *   (counted as `nietMeerInBron`): it may carry Grip's own data (board, procedures).
 * - The import owns the fields in `ImportRegelingWaarden` of its regelingen and, of the participations it
 *   made, organisation, bodies, dates and cost key: a next run sets them back to the source's. Grip's own
 *   additions (votes, board members, participations added by hand) stay.
 * - Every source row becomes a `bron_deelname` row. Rows linked to the same organisation in one regeling
 *   share one `deelname` (the later rows are counted as merged, `samengevoegd`): its bodies are those of
 *   all its rows, its entry date the earliest, its exit date empty unless every row has one (then the
 *   latest), its cost key the first one given.
 * - The type of a regeling is derived as the service does: `bepaalRegelingType` over its participations
 *   that have not left on `datum` (ADR 0008).
 * - Audit: one entry per new, changed or removed regeling or participation, as the use cases write them;
 *   source rows and provenance are not audited (`bron_import` is their record).
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { type Actor, diff } from '../../platform/audit/audit';
import { auditLog, type Wijziging } from '../../platform/audit/schema';
import { bepaalRegelingType } from '../regelingen/domain/regelingtype';
import type {
  Bevoegdheid,
  Bron,
  DeelnemendOrgaan,
  ExterneReferenties,
  Kostenverdeling,
  Vorm,
} from '../regelingen/domain/types';
import { deelname, regeling } from '../regelingen/schema';
import type { Herkomst } from './bronnen/bron';
import { BRON_INFO, type ImportBron } from './bron-info';
import { bronDeelname, bronImport, type BronOrgaan } from './schema';
import { legHerkomstVast } from './herkomst-store';

/** Progress of long work, one short Dutch line at a time. */
export type Voortgang = (melding: string) => void;

/** A refused import that is not a malformed file (e.g. an older reading over a newer one). */
export class ImportGeweigerd extends Error {
  override name = 'ImportGeweigerd';
}

/** The fields of a regeling an import owns. */
export interface ImportRegelingWaarden {
  naam: string;
  korteNaam: string | null;
  belang: string | null;
  vorm: Vorm;
  beleidsterreinen: string[];
  taken: string | null;
  bevoegdheden: Bevoegdheid[];
  datumInwerkingtreding: string | null;
  datumUitwerkingtreding: string | null;
  referenties: ExterneReferenties;
  bronnen: Bron[];
  bronGegevens: Record<string, unknown>;
}

const WAARDE_VELDEN = [
  'naam',
  'korteNaam',
  'belang',
  'vorm',
  'beleidsterreinen',
  'taken',
  'bevoegdheden',
  'datumInwerkingtreding',
  'datumUitwerkingtreding',
  'referenties',
  'bronnen',
  'bronGegevens',
] as const satisfies readonly (keyof ImportRegelingWaarden)[];
const REGELING_VELDEN = [...WAARDE_VELDEN, 'type'] as const;
const NIEUWE_REGELING_VELDEN = [...REGELING_VELDEN, 'bron', 'bronPeildatum', 'bronSleutel'] as const;
/** As in the regelingen service, so the history reads the same. */
const DEELNAME_VELDEN = [
  'organisatieId',
  'organen',
  'datumToetreding',
  'datumUittreding',
  'kostenverdeling',
  'stemmen',
  'dienstverlenend',
] as const;
const BRONRIJ_VELDEN = [
  'bronImportId',
  'naam',
  'naamOrigineel',
  'organisatieId',
  'koppeling',
  'reden',
  'herkomst',
  'organen',
  'verdeelsleutel',
  'datumToetreding',
  'datumUittreding',
  'deelnameId',
  'gegevens',
] as const;

/** One participation row of the source. */
export interface PlanRij {
  volgnummer: number;
  naam: string;
  naamOrigineel: string;
  organisatieId: string | null;
  koppeling: string | null;
  reden: string | null;
  herkomst: Herkomst;
  /** The bodies as the source names them, with Grip's word (null when not a body of art. 1, 40, 50). */
  organen: { naam: string; orgaan: DeelnemendOrgaan | null }[];
  verdeelsleutel: string | null;
  kostenverdeling: Kostenverdeling | null;
  datumToetreding: string | null;
  datumUittreding: string | null;
  gegevens: Record<string, unknown>;
}

export interface PlanRegeling {
  sleutel: string;
  waarden: ImportRegelingWaarden;
  rijen: PlanRij[];
}

export interface Plan {
  bron: ImportBron;
  peildatum: string;
  /** Name of the file or folder read (no server path). */
  bestand: string;
  toelichting: string | null;
  /** Licence text; default the source's (BRON_INFO). */
  licentie?: string;
  regelingen: PlanRegeling[];
  /** Counts of the source itself for `bron_import.tellingen` (e.g. regelingen in force). */
  tellingen?: Record<string, number>;
}

export interface Telling {
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

export interface PlanResultaat {
  importId: string;
  /** What this run did to `bron_import`. */
  bronImport: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
  regelingen: Telling & { nietMeerInBron: number };
  /** Source rows: how many, how they linked, and what this run did to them. */
  bronrijen: Telling & {
    totaal: number;
    gekoppeld: number;
    nietGekoppeld: number;
    samengevoegd: number;
    verwijderd: number;
    /** Linked rows per way of linking. */
    perKoppeling: Record<string, number>;
  };
  /** Participations in Grip made by the import. */
  deelnames: Telling & { verwijderd: number; totaal: number };
  /** What `bron_import.tellingen` holds after the run. */
  tellingen: Record<string, number>;
}

type RegelingRij = typeof regeling.$inferSelect;
type DeelnameRij = Pick<
  typeof deelname.$inferSelect,
  | 'id'
  | 'regelingId'
  | 'organisatieId'
  | 'organen'
  | 'datumToetreding'
  | 'datumUittreding'
  | 'kostenverdeling'
  | 'versie'
>;
type BronRij = typeof bronDeelname.$inferSelect;
type NieuweBronRij = typeof bronDeelname.$inferInsert;
type AuditRij = typeof auditLog.$inferInsert;

/** JSON as the database gives it back: no undefined members. */
const alsJson = <T>(w: T): T => JSON.parse(JSON.stringify(w)) as T;

/** Rows per statement, so that rows × columns stays well under PostgreSQL's 65,535 parameters. */
const perBlok = (kolommen: number) => Math.max(1, Math.floor(30_000 / kolommen));

async function inBlokken<T>(rijen: T[], kolommen: number, schrijf: (blok: T[]) => Promise<unknown>) {
  const n = perBlok(kolommen);
  for (let i = 0; i < rijen.length; i += n) await schrijf(rijen.slice(i, i + n));
}

const getal = (n: number) => n.toLocaleString('nl-NL');

/** The participation several rows for one organisation in one regeling make together. */
function samen(rijen: PlanRij[]) {
  const organen: DeelnemendOrgaan[] = [];
  for (const r of rijen)
    for (const o of r.organen) if (o.orgaan && !organen.includes(o.orgaan)) organen.push(o.orgaan);
  const toe = rijen.flatMap((r) => r.datumToetreding ?? []).sort();
  const uit = rijen.flatMap((r) => r.datumUittreding ?? []).sort();
  return {
    organen,
    datumToetreding: toe[0] ?? null,
    datumUittreding: uit.length === rijen.length ? uit.at(-1)! : null,
    kostenverdeling: rijen.find((r) => r.kostenverdeling)?.kostenverdeling ?? null,
  };
}

/**
 * Writes `plan` in the transaction `tx`. `datum` is the day the type is derived on (today); `actor`
 * signs the audit entries.
 */
export async function schrijfPlan(
  tx: Tx,
  plan: Plan,
  actor: Actor,
  opties: { datum: string; voortgang?: Voortgang },
): Promise<PlanResultaat> {
  const meld = opties.voortgang ?? (() => {});
  const info = BRON_INFO[plan.bron];
  const register = info.soort === 'register';
  // One import at a time; a second waits for the first to commit.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('grip-landschap-import'))`);

  const binnenBron = register
    ? eq(regeling.bron, plan.bron)
    : and(eq(regeling.bron, plan.bron), eq(regeling.bronPeildatum, plan.peildatum));
  const bestaand = await tx.select().from(regeling).where(binnenBron);
  if (register) {
    const nieuwer = bestaand.find((r) => r.bronPeildatum && r.bronPeildatum > plan.peildatum);
    if (nieuwer) {
      throw new ImportGeweigerd(
        `de database heeft al de stand van ${nieuwer.bronPeildatum} van het ${info.kort}; een oudere stand (${plan.peildatum}) inlezen zou nieuwere gegevens overschrijven`,
      );
    }
  }
  const opSleutel = new Map(bestaand.map((r) => [r.bronSleutel ?? '', r]));
  const dubbel = new Set<string>();
  for (const p of plan.regelingen) {
    if (dubbel.has(p.sleutel)) throw new Error(`regeling ${p.sleutel} staat twee keer in de bron`);
    dubbel.add(p.sleutel);
  }
  const alleDeelnames: DeelnameRij[] = await tx
    .select({
      id: deelname.id,
      regelingId: deelname.regelingId,
      organisatieId: deelname.organisatieId,
      organen: deelname.organen,
      datumToetreding: deelname.datumToetreding,
      datumUittreding: deelname.datumUittreding,
      kostenverdeling: deelname.kostenverdeling,
      versie: deelname.versie,
    })
    .from(deelname)
    .innerJoin(regeling, eq(regeling.id, deelname.regelingId))
    .where(binnenBron);
  const alleBronRijen: BronRij[] = (
    await tx
      .select({ b: bronDeelname })
      .from(bronDeelname)
      .innerJoin(regeling, eq(regeling.id, bronDeelname.regelingId))
      .where(binnenBron)
  ).map((r) => r.b);
  const groepeer = <T extends { regelingId: string }>(rijen: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rijen) m.set(r.regelingId, [...(m.get(r.regelingId) ?? []), r]);
    return m;
  };
  const deelnamesPer = groepeer(alleDeelnames);
  const bronRijenPer = groepeer(alleBronRijen);

  // The provenance row: its id is needed by the source rows.
  const [importRij] = await tx
    .select()
    .from(bronImport)
    .where(and(eq(bronImport.bron, plan.bron), eq(bronImport.peildatum, plan.peildatum)));
  const importId = importRij?.id ?? randomUUID();

  const resultaat: PlanResultaat = {
    importId,
    bronImport: 'ongewijzigd',
    regelingen: { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, nietMeerInBron: 0 },
    bronrijen: {
      totaal: 0,
      gekoppeld: 0,
      nietGekoppeld: 0,
      samengevoegd: 0,
      perKoppeling: {},
      nieuw: 0,
      gewijzigd: 0,
      ongewijzigd: 0,
      verwijderd: 0,
    },
    deelnames: { totaal: 0, nieuw: 0, gewijzigd: 0, ongewijzigd: 0, verwijderd: 0 },
    tellingen: {},
  };
  const nieuweRegelingen: (typeof regeling.$inferInsert)[] = [];
  const regelingUpdates: { id: string; set: Partial<RegelingRij>; versie: number }[] = [];
  const verschoven: string[] = [];
  const nieuweDeelnames: (typeof deelname.$inferInsert)[] = [];
  const deelnameUpdates: { id: string; set: Partial<DeelnameRij>; versie: number }[] = [];
  const weg: string[] = [];
  const nieuweBronRijen: NieuweBronRij[] = [];
  const bronRijUpdates: { id: string; set: Partial<NieuweBronRij> }[] = [];
  const wegBronRijen: string[] = [];
  const verhuisd: string[] = [];
  const audits: AuditRij[] = [];
  const audit = (
    entiteit: string,
    entiteitId: string,
    actie: string,
    regelingId: string,
    wijzigingen: Wijziging[],
  ) =>
    audits.push({
      gebruikerId: actor.gebruikerId,
      actor: actor.label,
      entiteit,
      entiteitId,
      actie,
      regelingId,
      wijzigingen,
    });

  meld(`${getal(plan.regelingen.length)} regelingen vergelijken met de database …`);
  for (const p of plan.regelingen) {
    const oud = opSleutel.get(p.sleutel);
    const regelingId = oud?.id ?? randomUUID();
    const waarden = { ...p.waarden, referenties: alsJson(p.waarden.referenties) };
    waarden.bronGegevens = alsJson(waarden.bronGegevens);
    waarden.bevoegdheden = alsJson(waarden.bevoegdheden);
    waarden.bronnen = alsJson(waarden.bronnen);

    // Participations: the import's own (those its source rows point to) and Grip's others.
    const oudeBronRijen = bronRijenPer.get(regelingId) ?? [];
    const eigenIds = new Set(oudeBronRijen.flatMap((b) => (b.deelnameId ? [b.deelnameId] : [])));
    const oudeDeelnames = deelnamesPer.get(regelingId) ?? [];
    const eigen = new Map<string, DeelnameRij>();
    const anderen: DeelnameRij[] = [];
    for (const d of oudeDeelnames) {
      if (eigenIds.has(d.id) && !eigen.has(d.organisatieId)) eigen.set(d.organisatieId, d);
      else anderen.push(d);
    }
    const perOrganisatie = new Map<string, PlanRij[]>();
    for (const r of p.rijen) {
      resultaat.bronrijen.totaal++;
      if (r.organisatieId === null) {
        resultaat.bronrijen.nietGekoppeld++;
        continue;
      }
      resultaat.bronrijen.gekoppeld++;
      const k = r.koppeling ?? 'onbekend';
      resultaat.bronrijen.perKoppeling[k] = (resultaat.bronrijen.perKoppeling[k] ?? 0) + 1;
      const groep = perOrganisatie.get(r.organisatieId);
      if (groep) {
        groep.push(r);
        resultaat.bronrijen.samengevoegd++;
      } else perOrganisatie.set(r.organisatieId, [r]);
    }

    const deelnameIdVan = new Map<string, string>();
    const naImport: { organen: DeelnemendOrgaan[]; datumUittreding: string | null }[] = [];
    for (const [organisatieId, rijen] of perOrganisatie) {
      resultaat.deelnames.totaal++;
      const w = { organisatieId, ...samen(rijen) };
      // A participation Grip already has for this organisation is adopted.
      let d = eigen.get(organisatieId);
      if (!d) {
        const i = anderen.findIndex((x) => x.organisatieId === organisatieId && !x.datumUittreding);
        if (i >= 0) d = anderen.splice(i, 1)[0];
      } else eigen.delete(organisatieId);
      naImport.push(w);
      if (!d) {
        const id = randomUUID();
        deelnameIdVan.set(organisatieId, id);
        nieuweDeelnames.push({ id, regelingId, ...w, stemmen: null, dienstverlenend: false });
        audit(
          'deelname',
          id,
          'aangemaakt',
          regelingId,
          diff<Record<string, unknown>>(
            undefined,
            { ...w, stemmen: null, dienstverlenend: false },
            DEELNAME_VELDEN,
          ),
        );
        resultaat.deelnames.nieuw++;
        continue;
      }
      deelnameIdVan.set(organisatieId, d.id);
      const wijzigingen = diff<Record<string, unknown>>(d, w, DEELNAME_VELDEN);
      if (wijzigingen.length === 0) {
        resultaat.deelnames.ongewijzigd++;
        continue;
      }
      deelnameUpdates.push({ id: d.id, set: w, versie: d.versie + 1 });
      audit('deelname', d.id, 'gewijzigd', regelingId, wijzigingen);
      resultaat.deelnames.gewijzigd++;
    }
    for (const d of eigen.values()) {
      weg.push(d.id);
      audit(
        'deelname',
        d.id,
        'verwijderd',
        regelingId,
        diff<Record<string, unknown>>(d, {}, DEELNAME_VELDEN),
      );
      resultaat.deelnames.verwijderd++;
    }

    // The type, from every participation the regeling has after the import (ADR 0008).
    const actief = [...naImport, ...anderen].filter(
      (d) => d.datumUittreding === null || d.datumUittreding > opties.datum,
    );
    const type = bepaalRegelingType(actief);
    if (!oud) {
      nieuweRegelingen.push({
        id: regelingId,
        ...waarden,
        type,
        bron: plan.bron,
        bronPeildatum: plan.peildatum,
        bronSleutel: p.sleutel,
      });
      audit(
        'regeling',
        regelingId,
        'aangemaakt',
        regelingId,
        diff(
          undefined,
          { ...waarden, type, bron: plan.bron, bronPeildatum: plan.peildatum, bronSleutel: p.sleutel },
          NIEUWE_REGELING_VELDEN,
        ),
      );
      resultaat.regelingen.nieuw++;
    } else {
      const wijzigingen = diff<Record<string, unknown>>(oud, { ...waarden, type }, REGELING_VELDEN);
      if (wijzigingen.length) {
        regelingUpdates.push({ id: regelingId, set: { ...waarden, type }, versie: oud.versie + 1 });
        audit('regeling', regelingId, 'gewijzigd', regelingId, wijzigingen);
        resultaat.regelingen.gewijzigd++;
      } else resultaat.regelingen.ongewijzigd++;
      if (oud.bronPeildatum !== plan.peildatum) verschoven.push(regelingId);
    }

    // Source rows.
    const oudOpNummer = new Map(oudeBronRijen.map((b) => [b.volgnummer, b]));
    for (const r of p.rijen) {
      const w = {
        bronImportId: importId,
        naam: r.naam,
        naamOrigineel: r.naamOrigineel,
        organisatieId: r.organisatieId,
        koppeling: r.koppeling,
        reden: r.reden,
        herkomst: alsJson(r.herkomst),
        organen: alsJson<BronOrgaan[]>(r.organen),
        verdeelsleutel: r.verdeelsleutel,
        datumToetreding: r.datumToetreding,
        datumUittreding: r.datumUittreding,
        deelnameId: r.organisatieId ? deelnameIdVan.get(r.organisatieId)! : null,
        gegevens: alsJson(r.gegevens),
      };
      const b = oudOpNummer.get(r.volgnummer);
      oudOpNummer.delete(r.volgnummer);
      if (!b) {
        nieuweBronRijen.push({ ...w, regelingId, volgnummer: r.volgnummer });
        resultaat.bronrijen.nieuw++;
        continue;
      }
      const anders = BRONRIJ_VELDEN.filter((k) => !isDeepStrictEqual(b[k], w[k]));
      if (anders.length === 0) resultaat.bronrijen.ongewijzigd++;
      else if (anders.length === 1 && anders[0] === 'bronImportId') {
        // Same content in a newer reading of the register: only the import it belongs to moves.
        verhuisd.push(b.id);
        resultaat.bronrijen.ongewijzigd++;
      } else {
        bronRijUpdates.push({ id: b.id, set: w });
        resultaat.bronrijen.gewijzigd++;
      }
    }
    for (const b of oudOpNummer.values()) {
      wegBronRijen.push(b.id);
      resultaat.bronrijen.verwijderd++;
    }
  }
  for (const r of bestaand) if (!dubbel.has(r.bronSleutel ?? '')) resultaat.regelingen.nietMeerInBron++;

  // Write, in an order the foreign keys allow.
  const teSchrijven =
    nieuweRegelingen.length +
    regelingUpdates.length +
    nieuweDeelnames.length +
    deelnameUpdates.length +
    weg.length +
    nieuweBronRijen.length +
    bronRijUpdates.length +
    wegBronRijen.length +
    verhuisd.length +
    verschoven.length;
  const tellingen = {
    ...plan.tellingen,
    regelingen: plan.regelingen.length,
    bronrijen: resultaat.bronrijen.totaal,
    gekoppeld: resultaat.bronrijen.gekoppeld,
    nietGekoppeld: resultaat.bronrijen.nietGekoppeld,
    samengevoegd: resultaat.bronrijen.samengevoegd,
    deelnames: resultaat.deelnames.totaal,
  };
  resultaat.tellingen = tellingen;
  const importWaarden = {
    omschrijving: info.omschrijving,
    licentie: plan.licentie ?? info.licentie,
    bestand: plan.bestand,
    toelichting: plan.toelichting,
    tellingen,
  };
  resultaat.bronImport = await legHerkomstVast(
    tx,
    importRij,
    { id: importId, bron: plan.bron, peildatum: plan.peildatum },
    importWaarden,
    teSchrijven > 0,
  );
  if (teSchrijven === 0) return resultaat;

  if (nieuweRegelingen.length) meld(`${getal(nieuweRegelingen.length)} nieuwe regelingen schrijven …`);
  await inBlokken(nieuweRegelingen, 24, (blok) => tx.insert(regeling).values(blok));
  for (const u of regelingUpdates) {
    await tx
      .update(regeling)
      .set({ ...u.set, versie: u.versie, gewijzigd: new Date() })
      .where(eq(regeling.id, u.id));
  }
  await inBlokken(verschoven, 1, (blok) =>
    tx.update(regeling).set({ bronPeildatum: plan.peildatum }).where(inArray(regeling.id, blok)),
  );
  await inBlokken(weg, 1, (blok) => tx.delete(deelname).where(inArray(deelname.id, blok)));
  if (nieuweDeelnames.length) meld(`${getal(nieuweDeelnames.length)} nieuwe deelnames schrijven …`);
  await inBlokken(nieuweDeelnames, 10, (blok) => tx.insert(deelname).values(blok));
  for (const u of deelnameUpdates) {
    await tx
      .update(deelname)
      .set({ ...u.set, versie: u.versie })
      .where(eq(deelname.id, u.id));
  }
  await inBlokken(wegBronRijen, 1, (blok) => tx.delete(bronDeelname).where(inArray(bronDeelname.id, blok)));
  if (nieuweBronRijen.length) meld(`${getal(nieuweBronRijen.length)} bronrijen schrijven …`);
  await inBlokken(nieuweBronRijen, 17, (blok) => tx.insert(bronDeelname).values(blok));
  for (const u of bronRijUpdates) await tx.update(bronDeelname).set(u.set).where(eq(bronDeelname.id, u.id));
  await inBlokken(verhuisd, 1, (blok) =>
    tx.update(bronDeelname).set({ bronImportId: importId }).where(inArray(bronDeelname.id, blok)),
  );
  if (audits.length) meld(`${getal(audits.length)} regels in het auditlog schrijven …`);
  await inBlokken(audits, 7, (blok) => tx.insert(auditLog).values(blok));
  return resultaat;
}
