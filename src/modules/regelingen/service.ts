/**
 * Use cases of the register: load → decide (domain) → save → audit, each in one transaction.
 * Callers authorize first (policy module); these functions trust their caller on that.
 */
import { neemtDeel } from './domain/deelname';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../platform/db/client';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import { vandaag } from '../../platform/clock';
import { DomeinFout } from '../../platform/errors';
import { leegIsNull } from '../../platform/validation';
import { kenRolToe } from '../accounts/store';
import { vindOrganisatie } from '../organisaties/store';
import { aandelen } from './domain/aandelen';
import { controleerBestuur } from './domain/bestuur';
import type { Bevinding } from './domain/bevinding';
import { bepaalRegelingType } from './domain/regelingtype';
import { controleerVorm } from './domain/vormregels';
import type { BestuurslidInput, DeelnameInput, RegelingInput } from './model';
import { bestuurslid, deelname, regeling } from './schema';
import { bestuursledenVan, deelnamesVan, regelingRij } from './store';

const regelingVelden = [
  'naam',
  'korteNaam',
  'belang',
  'vorm',
  'vestigingOrganisatieId',
  'vestigingsplaats',
  'beleidsterreinen',
  'taken',
  'bevoegdheden',
  'datumInwerkingtreding',
  'datumUitwerkingtreding',
  'referenties',
  'afspraken',
  'gekwalificeerdeMeerderheid',
  'bronnen',
] as const;

const deelnameVelden = [
  'organisatieId',
  'organen',
  'datumToetreding',
  'datumUittreding',
  'kostenverdeling',
  'stemmen',
  'dienstverlenend',
] as const;

const bestuurslidVelden = [
  'orgaan',
  'naam',
  'deelnameId',
  'functie',
  'aangewezenDoor',
  'plaatsvervanger',
  'vanBuitenAb',
  'vanaf',
  'tot',
  'mandaatTot',
  'stemgewicht',
] as const;

async function organisatieId(tx: DbOrTx, ref: string, veld: string): Promise<string> {
  const o = await vindOrganisatie(tx, ref);
  if (!o) throw new DomeinFout('organisatie_onbekend', { veld, data: { ref } });
  return o.id;
}

async function regelingWaarden(tx: DbOrTx, input: RegelingInput) {
  return {
    naam: input.naam,
    korteNaam: leegIsNull(input.korteNaam),
    belang: leegIsNull(input.belang),
    vorm: input.vorm,
    vestigingOrganisatieId: input.vestiging ? await organisatieId(tx, input.vestiging, 'vestiging') : null,
    vestigingsplaats: leegIsNull(input.vestigingsplaats),
    beleidsterreinen: input.beleidsterreinen ?? [],
    taken: leegIsNull(input.taken),
    bevoegdheden: (input.bevoegdheden ?? []).map((b) => ({
      omschrijving: b.omschrijving,
      grondslag: leegIsNull(b.grondslag),
    })),
    datumInwerkingtreding: input.datumInwerkingtreding ?? null,
    datumUitwerkingtreding: input.datumUitwerkingtreding ?? null,
    referenties: input.referenties ?? {},
    afspraken: input.afspraken ?? {},
    gekwalificeerdeMeerderheid:
      input.gekwalificeerdeMeerderheid === null || input.gekwalificeerdeMeerderheid === undefined
        ? null
        : input.gekwalificeerdeMeerderheid.toFixed(4),
    bronnen: input.bronnen ?? [],
  };
}

function controleerVersie(huidig: number, verwacht: number | undefined) {
  if (verwacht !== undefined && verwacht !== huidig) {
    throw new DomeinFout('versie_conflict', { data: { huidig, verwacht } });
  }
}

/**
 * Re-derives the regeling type (Wgr art. 1) from the participants that have not left today — the
 * same rule as the findings on the regeling page — and bumps the regeling's version.
 */
async function naWijzigingOnder(tx: Tx, actor: Actor, regelingId: string) {
  const r = await regelingRij(tx, regelingId);
  if (!r) throw new DomeinFout('niet_gevonden');
  const deelnames = await tx
    .select({ organen: deelname.organen })
    .from(deelname)
    .where(
      and(
        eq(deelname.regelingId, regelingId),
        sql`(${deelname.datumUittreding} is null or ${deelname.datumUittreding} > ${vandaag()})`,
      ),
    );
  const type = bepaalRegelingType(deelnames);
  await tx
    .update(regeling)
    .set({ type, versie: sql`${regeling.versie} + 1`, gewijzigd: new Date() })
    .where(eq(regeling.id, regelingId));
  if (type !== r.type) {
    await recordAudit(tx, actor, {
      entiteit: 'regeling',
      entiteitId: regelingId,
      actie: 'gewijzigd',
      regelingId,
      wijzigingen: [{ veld: 'type', oud: r.type, nieuw: type }],
    });
  }
}

export async function maakRegeling(
  db: DbOrTx,
  actor: Actor,
  input: RegelingInput,
  opties: { isVoorbeeld?: boolean; secretariaatVoor?: string } = {},
): Promise<string> {
  return db.transaction(async (tx) => {
    const waarden = await regelingWaarden(tx, input);
    const [r] = await tx
      .insert(regeling)
      .values({ ...waarden, isVoorbeeld: opties.isVoorbeeld ?? false })
      .returning({ id: regeling.id });
    const id = r!.id;
    await recordAudit(tx, actor, {
      entiteit: 'regeling',
      entiteitId: id,
      actie: 'aangemaakt',
      regelingId: id,
      wijzigingen: diff(undefined, waarden, regelingVelden),
    });
    if (opties.secretariaatVoor) {
      await kenRolToe(tx, { gebruikerId: opties.secretariaatVoor, rol: 'secretariaat', regelingId: id });
    }
    return id;
  });
}

export async function wijzigRegeling(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: RegelingInput,
  verwachteVersie?: number,
) {
  return db.transaction(async (tx) => {
    const oud = await regelingRij(tx, id);
    if (!oud) throw new DomeinFout('niet_gevonden');
    controleerVersie(oud.versie, verwachteVersie);
    const waarden = await regelingWaarden(tx, input);
    const wijzigingen = diff(oud, waarden, regelingVelden);
    if (wijzigingen.length === 0) return oud.versie;
    const [r] = await tx
      .update(regeling)
      .set({ ...waarden, versie: oud.versie + 1, gewijzigd: new Date() })
      .where(eq(regeling.id, id))
      .returning({ versie: regeling.versie });
    await recordAudit(tx, actor, {
      entiteit: 'regeling',
      entiteitId: id,
      actie: 'gewijzigd',
      regelingId: id,
      wijzigingen,
    });
    return r!.versie;
  });
}

async function deelnameWaarden(tx: DbOrTx, input: DeelnameInput) {
  return {
    organisatieId: await organisatieId(tx, input.organisatie, 'organisatie'),
    organen: [...new Set(input.organen)],
    datumToetreding: input.datumToetreding ?? null,
    datumUittreding: input.datumUittreding ?? null,
    kostenverdeling: input.kostenverdeling ?? null,
    stemmen: input.stemmen ?? null,
    dienstverlenend: input.dienstverlenend ?? false,
  };
}

export async function voegDeelnameToe(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  input: DeelnameInput,
): Promise<string> {
  return db.transaction(async (tx) => {
    if (!(await regelingRij(tx, regelingId))) throw new DomeinFout('niet_gevonden');
    const waarden = await deelnameWaarden(tx, input);
    const [bestaand] = await tx
      .select({ id: deelname.id })
      .from(deelname)
      .where(
        and(
          eq(deelname.regelingId, regelingId),
          eq(deelname.organisatieId, waarden.organisatieId),
          sql`${deelname.datumUittreding} is null`,
        ),
      );
    if (bestaand) throw new DomeinFout('deelname_bestaat', { veld: 'organisatie' });
    const [d] = await tx
      .insert(deelname)
      .values({ ...waarden, regelingId })
      .returning({ id: deelname.id });
    await recordAudit(tx, actor, {
      entiteit: 'deelname',
      entiteitId: d!.id,
      actie: 'aangemaakt',
      regelingId,
      wijzigingen: diff(undefined, waarden, deelnameVelden),
    });
    await naWijzigingOnder(tx, actor, regelingId);
    return d!.id;
  });
}

async function deelnameRij(tx: DbOrTx, regelingId: string, deelnameId: string) {
  const [d] = await tx
    .select()
    .from(deelname)
    .where(and(eq(deelname.id, deelnameId), eq(deelname.regelingId, regelingId)));
  if (!d) throw new DomeinFout('niet_gevonden');
  return d;
}

export async function wijzigDeelname(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  deelnameId: string,
  input: DeelnameInput,
  verwachteVersie?: number,
): Promise<number> {
  return db.transaction(async (tx) => {
    const oud = await deelnameRij(tx, regelingId, deelnameId);
    controleerVersie(oud.versie, verwachteVersie);
    const waarden = await deelnameWaarden(tx, input);
    const wijzigingen = diff(oud, waarden, deelnameVelden);
    if (wijzigingen.length === 0) return oud.versie;
    await tx
      .update(deelname)
      .set({ ...waarden, versie: oud.versie + 1 })
      .where(eq(deelname.id, deelnameId));
    await recordAudit(tx, actor, {
      entiteit: 'deelname',
      entiteitId: deelnameId,
      actie: 'gewijzigd',
      regelingId,
      wijzigingen,
    });
    await naWijzigingOnder(tx, actor, regelingId);
    return oud.versie + 1;
  });
}

export async function verwijderDeelname(db: DbOrTx, actor: Actor, regelingId: string, deelnameId: string) {
  await db.transaction(async (tx) => {
    const oud = await deelnameRij(tx, regelingId, deelnameId);
    await tx.delete(deelname).where(eq(deelname.id, deelnameId));
    await recordAudit(tx, actor, {
      entiteit: 'deelname',
      entiteitId: deelnameId,
      actie: 'verwijderd',
      regelingId,
      wijzigingen: diff(oud, {}, deelnameVelden),
    });
    await naWijzigingOnder(tx, actor, regelingId);
  });
}

async function bestuurslidWaarden(tx: DbOrTx, regelingId: string, input: BestuurslidInput) {
  if (input.deelname)
    await deelnameRij(tx, regelingId, input.deelname).catch(() => {
      throw new DomeinFout('deelname_onbekend', { veld: 'deelname' });
    });
  return {
    orgaan: input.orgaan,
    naam: input.naam,
    deelnameId: input.deelname ?? null,
    functie: input.functie,
    aangewezenDoor: leegIsNull(input.aangewezenDoor),
    plaatsvervanger: leegIsNull(input.plaatsvervanger),
    vanBuitenAb: input.vanBuitenAb ?? false,
    vanaf: input.vanaf ?? null,
    tot: input.tot ?? null,
    mandaatTot: input.mandaatTot ?? null,
    stemgewicht: input.stemgewicht ?? null,
  };
}

export async function voegBestuurslidToe(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  input: BestuurslidInput,
) {
  return db.transaction(async (tx) => {
    if (!(await regelingRij(tx, regelingId))) throw new DomeinFout('niet_gevonden');
    const waarden = await bestuurslidWaarden(tx, regelingId, input);
    const [b] = await tx
      .insert(bestuurslid)
      .values({ ...waarden, regelingId })
      .returning({ id: bestuurslid.id });
    await recordAudit(tx, actor, {
      entiteit: 'bestuurslid',
      entiteitId: b!.id,
      actie: 'aangemaakt',
      regelingId,
      wijzigingen: diff(undefined, waarden, bestuurslidVelden),
    });
    await naWijzigingOnder(tx, actor, regelingId);
    return b!.id;
  });
}

async function bestuurslidRij(tx: DbOrTx, regelingId: string, id: string) {
  const [b] = await tx
    .select()
    .from(bestuurslid)
    .where(and(eq(bestuurslid.id, id), eq(bestuurslid.regelingId, regelingId)));
  if (!b) throw new DomeinFout('niet_gevonden');
  return b;
}

export async function wijzigBestuurslid(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  id: string,
  input: BestuurslidInput,
  verwachteVersie?: number,
) {
  return db.transaction(async (tx) => {
    const oud = await bestuurslidRij(tx, regelingId, id);
    controleerVersie(oud.versie, verwachteVersie);
    const waarden = await bestuurslidWaarden(tx, regelingId, input);
    const wijzigingen = diff(oud, waarden, bestuurslidVelden);
    if (wijzigingen.length === 0) return oud.versie;
    await tx
      .update(bestuurslid)
      .set({ ...waarden, versie: oud.versie + 1 })
      .where(eq(bestuurslid.id, id));
    await recordAudit(tx, actor, {
      entiteit: 'bestuurslid',
      entiteitId: id,
      actie: 'gewijzigd',
      regelingId,
      wijzigingen,
    });
    await naWijzigingOnder(tx, actor, regelingId);
    return oud.versie + 1;
  });
}

export async function verwijderBestuurslid(db: DbOrTx, actor: Actor, regelingId: string, id: string) {
  await db.transaction(async (tx) => {
    const oud = await bestuurslidRij(tx, regelingId, id);
    await tx.delete(bestuurslid).where(eq(bestuurslid.id, id));
    await recordAudit(tx, actor, {
      entiteit: 'bestuurslid',
      entiteitId: id,
      actie: 'verwijderd',
      regelingId,
      wijzigingen: diff(oud, {}, bestuurslidVelden),
    });
    await naWijzigingOnder(tx, actor, regelingId);
  });
}

export interface RegelingOverzicht {
  regeling: NonNullable<Awaited<ReturnType<typeof regelingRij>>>;
  deelnames: Awaited<ReturnType<typeof deelnamesVan>>;
  bestuur: Awaited<ReturnType<typeof bestuursledenVan>>;
  bevindingen: Bevinding[];
  aandelen: ReturnType<typeof aandelen>;
}

/** The regeling with its participants, board, rule findings (on peildatum) and shares. */
export async function regelingOverzicht(
  db: DbOrTx,
  id: string,
  peildatum: string,
): Promise<RegelingOverzicht | null> {
  const r = await regelingRij(db, id);
  if (!r) return null;
  const [deelnames, bestuur] = await Promise.all([deelnamesVan(db, id), bestuursledenVan(db, id)]);
  const actief = deelnames.filter((d) => neemtDeel(d, peildatum));
  const bevindingen = [
    ...controleerVorm({
      vorm: r.vorm,
      type: r.type,
      deelnames: actief.map((d) => ({
        id: d.id,
        organisatieSoort: d.organisatie.soort,
        dienstverlenend: d.dienstverlenend,
      })),
      bestuursorganen: [...new Set(bestuur.map((b) => b.orgaan))],
    }),
    ...(r.vorm === 'openbaar_lichaam'
      ? controleerBestuur({
          type: r.type,
          aantalDeelnemendeGemeenten: actief.filter((d) => d.organisatie.soort === 'gemeente').length,
          leden: bestuur,
          peildatum,
        })
      : []),
  ];
  return {
    regeling: r,
    deelnames,
    bestuur,
    bevindingen,
    aandelen: aandelen(
      actief.map((d) => ({
        organisatieId: d.organisatieId,
        stemmen: d.stemmen,
        kostenPercentage: d.kostenverdeling?.soort === 'percentage' ? d.kostenverdeling.percentage : null,
        inwoners: d.organisatie.soort === 'gemeente' ? d.inwoners : null,
      })),
    ),
  };
}
