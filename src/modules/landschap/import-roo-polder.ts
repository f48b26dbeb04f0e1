/**
 * `grip import roo-polder <map>`: the national GR register (ROO) as the open Polder dataset publishes it,
 * parsed by `leesRooPolderMap`, into Grip's register. One transaction; a second run changes nothing.
 *
 * What is imported:
 * - **all 1,186 regelingen**, also the expired versions, each with its dates in force (the register list
 *   shows the ones in force on a date with the `peildatum` filter). Form, purpose (`belang`), powers
 *   (`bevoegdheden`: article heading and text), policy areas, dates, the ROO id, the TOOI URI of its
 *   cooperation body and the founding decisions (`referenties`); citation title, the register's own words
 *   for the form, how powers were obtained, legal bases, version links, bronhouder, archiefzorgdrager and
 *   mutation dates in `bron_gegevens`.
 * - **organisations**: every gemeente, provincie, waterschap and cooperation body of the folder, plus a
 *   participant with a TOOI URI found in no file (the ministries). An organisation Grip already has (same
 *   CBS code, TOOI URI or ROO id) only gets the identifiers it lacks; its name and kind stay Grip's. A new
 *   one gets kind, CBS code (from TOOI URI or organisatiecode), TOOI URI (from the code when the register
 *   gives none), ROO id, name without the words "Gemeente" / "Provincie" (as CBS writes them), its names
 *   with their validity, its end date and successor. Polder's 1900-01-01 ("since always") is no start date.
 * - **participations**: every row a `bron_deelname`; linked to an organisation by TOOI URI, then CBS code,
 *   then ROO id; linked rows also a `deelname` with the bodies (mapped with the kind of the linked
 *   organisation, so a waterschap's "Dagelijks bestuur" is its DB), entry date and cost key.
 *   Foreign and private participants without identifiers stay unlinked, with their name.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client';
import { type Actor, diff } from '../../platform/audit/audit';
import { auditLog, type Wijziging } from '../../platform/audit/schema';
import { vandaag } from '../../platform/clock';
import { organisatie, organisatieNaam, type organisatieSoorten } from '../organisaties/schema';
import { cbsCodeUitTooi, schoonNaam, tooiSoort } from './bronnen/bron';
import {
  inWerking,
  orgaanUitRoo,
  type RooOrganisatieSoort,
  type RooRegeling,
  type RooVerwijzing,
} from './bronnen/roo';
import type { RooPolder } from './bronnen/roo-polder';
import type { RooXml } from './bronnen/roo-xml';
import { BRON_INFO } from './bron-info';
import {
  ImportGeweigerd,
  type PlanRegeling,
  type PlanResultaat,
  type PlanRij,
  schrijfPlan,
  type Telling,
  type Voortgang,
} from './import-regelingen';

type OrganisatieSoort = (typeof organisatieSoorten)[number];

export interface RooPolderResultaat extends PlanResultaat {
  peildatum: string;
  /** Regelingen in force on the peildatum and their source rows. */
  inWerking: { regelingen: number; bronrijen: number; gekoppeld: number; nietGekoppeld: number };
  organisaties: Telling & { totaal: number; conflicten: string[] };
}

export interface RooPolderOpties {
  /** Name of the folder read, for the provenance (no server path). */
  bestand: string;
  /** The day the type is derived on; default today (Europe/Amsterdam). */
  datum?: string;
  voortgang?: Voortgang;
}

const SOORT: Record<RooOrganisatieSoort, OrganisatieSoort> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  waterschap: 'waterschap',
  samenwerkingsorganisatie: 'samenwerkingsorganisatie',
  ministerie: 'rijk',
  overig: 'overig',
};
/** Grip's kind as the TOOI kind `orgaanUitRoo` reads. */
const TOOI_SOORT: Partial<Record<OrganisatieSoort, string>> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  waterschap: 'waterschap',
  samenwerkingsorganisatie: 'so',
  rijk: 'ministerie',
};
/** Polder's start date for "since always". */
const ALTIJD = '1900-01-01';
const ID_VELDEN = ['code', 'tooiUri', 'rooId'] as const;
type IdVeld = (typeof ID_VELDEN)[number];

/** The TOOI URI of a CBS code (GM0363, PV27, WS0654), as the CBS import makes it. */
export function tooiVanCode(code: string): string | null {
  const soort = { GM: 'gemeente', PV: 'provincie', WS: 'waterschap' }[code.slice(0, 2)];
  return soort ? `https://identifier.overheid.nl/tooi/id/${soort}/${code.toLowerCase()}` : null;
}

/** The name as Grip writes it: "Gemeente Aalburg" → "Aalburg", "Provincie Drenthe" → "Drenthe". */
export function gripNaam(naam: string, soort: OrganisatieSoort): string {
  const n = schoonNaam(naam);
  if (soort === 'gemeente') return n.replace(/^gemeente\s+/i, '') || n;
  if (soort === 'provincie') return n.replace(/^provincie\s+/i, '') || n;
  return n;
}

interface Kandidaat {
  soort: OrganisatieSoort;
  code: string | null;
  naam: string;
  tooiUri: string | null;
  rooId: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  namen: { naam: string; geldigVan: string; geldigTot: string | null }[];
  polderId: string | null;
  opvolger: string | null;
}

interface OrgRij {
  id: string;
  soort: OrganisatieSoort;
  code: string | null;
  naam: string;
  tooiUri: string | null;
  rooId: string | null;
  versie: number;
}

/** What both readings of the register (the Polder folder and the ROO export) give. */
type RooRegister = Pick<RooPolder | RooXml, 'regelingen' | 'deelnames' | 'organisaties'>;

/** Organisations of the folder and participants with a TOOI URI found in no file. */
function kandidaten(data: RooRegister): Kandidaat[] {
  const uit: Kandidaat[] = data.organisaties.map((o) => {
    const soort = SOORT[o.soort];
    const namen = new Map<string, { naam: string; geldigVan: string; geldigTot: string | null }>();
    for (const n of o.namen) {
      const van = n.geldigVan ?? ALTIJD;
      namen.set(van, { naam: gripNaam(n.naam, soort), geldigVan: van, geldigTot: n.geldigTot });
    }
    return {
      soort,
      code: o.cbsCode,
      naam: gripNaam(o.naam, soort),
      tooiUri: o.tooi ?? (o.cbsCode ? tooiVanCode(o.cbsCode) : null),
      rooId: o.rooId,
      geldigVan: o.geldigVan === ALTIJD ? null : o.geldigVan,
      geldigTot: o.geldigTot,
      namen: [...namen.values()],
      polderId: o.polderId,
      opvolger: o.opvolger,
    };
  });
  const bekend = new Set(uit.flatMap((k) => [k.tooiUri, k.code, k.rooId].filter((x) => x !== null)));
  for (const d of data.deelnames) {
    const v = d.deelnemer;
    if (!v.tooi || bekend.has(v.tooi) || (v.cbsCode && bekend.has(v.cbsCode))) continue;
    bekend.add(v.tooi);
    const kind = tooiSoort(v.tooi);
    const soort: OrganisatieSoort =
      kind === 'ministerie'
        ? 'rijk'
        : kind === 'so'
          ? 'samenwerkingsorganisatie'
          : kind === 'gemeente' || kind === 'provincie' || kind === 'waterschap'
            ? kind
            : 'overig';
    const naam = gripNaam(v.naam ?? v.tooi, soort);
    uit.push({
      soort,
      code: cbsCodeUitTooi(v.tooi),
      naam,
      tooiUri: v.tooi,
      rooId: v.rooId && !bekend.has(v.rooId) ? v.rooId : null,
      geldigVan: null,
      geldigTot: null,
      namen: [{ naam, geldigVan: ALTIJD, geldigTot: null }],
      polderId: null,
      opvolger: null,
    });
    if (v.rooId) bekend.add(v.rooId);
  }
  return uit;
}

/**
 * Adds the organisations Grip lacks and the identifiers it lacks; returns the lookup of all
 * organisations by TOOI URI, CBS code and ROO id.
 */
async function werkOrganisatiesBij(tx: Tx, data: RooRegister, actor: Actor, voortgang: Voortgang) {
  const rijen: OrgRij[] = await tx
    .select({
      id: organisatie.id,
      soort: organisatie.soort,
      code: organisatie.code,
      naam: organisatie.naam,
      tooiUri: organisatie.tooiUri,
      rooId: organisatie.rooId,
      versie: organisatie.versie,
    })
    .from(organisatie);
  const op: Record<IdVeld, Map<string, OrgRij>> = { code: new Map(), tooiUri: new Map(), rooId: new Map() };
  const registreer = (o: OrgRij) => {
    for (const v of ID_VELDEN) if (o[v]) op[v].set(o[v], o);
  };
  rijen.forEach(registreer);

  const lijst = kandidaten(data);
  voortgang(`${lijst.length.toLocaleString('nl-NL')} organisaties vergelijken met de database …`);
  const telling = {
    totaal: lijst.length,
    nieuw: 0,
    gewijzigd: 0,
    ongewijzigd: 0,
    conflicten: [] as string[],
  };
  const nieuw: (typeof organisatie.$inferInsert)[] = [];
  const nieuweNamen: (typeof organisatieNaam.$inferInsert)[] = [];
  const opvolgers: { id: string; opvolgerId: string }[] = [];
  const idVanPolder = new Map<string, string>();
  const audits: (typeof auditLog.$inferInsert)[] = [];
  const audit = (id: string, actie: string, wijzigingen: Wijziging[]) =>
    audits.push({
      gebruikerId: actor.gebruikerId,
      actor: actor.label,
      entiteit: 'organisatie',
      entiteitId: id,
      actie,
      regelingId: null,
      wijzigingen,
    });

  const aanvullingen = new Map<string, { rij: OrgRij; set: Partial<Record<IdVeld, string>> }>();
  const nieuwOpId = new Map<string, { rij: OrgRij; kandidaat: Kandidaat }>();
  for (const k of lijst) {
    const gevonden =
      (k.code && op.code.get(k.code)) ||
      (k.tooiUri && op.tooiUri.get(k.tooiUri)) ||
      (k.rooId && op.rooId.get(k.rooId));
    if (gevonden) {
      // Several files can be one organisation (Kollumerland c.a. and its later name share GM0079).
      if (k.polderId) idVanPolder.set(k.polderId, gevonden.id);
      const set: Partial<Record<IdVeld, string>> = {};
      for (const v of ID_VELDEN) {
        const w = k[v];
        if (!w || gevonden[v] === w) continue;
        const ander = op[v].get(w);
        if (gevonden[v] !== null || (ander && ander.id !== gevonden.id)) {
          telling.conflicten.push(
            `${k.naam}: ${v} ${w} hoort in Grip bij ${ander?.naam ?? gevonden.naam}${gevonden[v] ? ` (die heeft ${gevonden[v]})` : ''}`,
          );
          continue;
        }
        set[v] = w;
        gevonden[v] = w;
        op[v].set(w, gevonden);
      }
      if (Object.keys(set).length === 0 || nieuwOpId.has(gevonden.id)) {
        telling.ongewijzigd++;
        continue;
      }
      telling.gewijzigd++;
      const a = aanvullingen.get(gevonden.id) ?? { rij: gevonden, set: {} };
      Object.assign(a.set, set);
      aanvullingen.set(gevonden.id, a);
      continue;
    }
    const rij: OrgRij = {
      id: randomUUID(),
      soort: k.soort,
      code: k.code,
      naam: k.naam,
      tooiUri: k.tooiUri,
      rooId: k.rooId,
      versie: 1,
    };
    // An identifier another organisation already has is left out (and reported).
    for (const v of ID_VELDEN) {
      const w = rij[v];
      if (w && op[v].has(w)) {
        telling.conflicten.push(`${k.naam}: ${v} ${w} hoort in Grip al bij ${op[v].get(w)!.naam}`);
        rij[v] = null;
      }
    }
    registreer(rij);
    if (k.polderId) idVanPolder.set(k.polderId, rij.id);
    nieuwOpId.set(rij.id, { rij, kandidaat: k });
    telling.nieuw++;
  }

  // New organisations, with the identifiers later files of the same organisation added.
  for (const { rij, kandidaat: k } of nieuwOpId.values()) {
    const waarden = {
      soort: rij.soort,
      code: rij.code,
      naam: rij.naam,
      tooiUri: rij.tooiUri,
      rooId: rij.rooId,
      land: 'NL',
      geldigVan: k.geldigVan,
      geldigTot: k.geldigTot,
    };
    const opvolgerId = k.opvolger ? idVanPolder.get(k.opvolger) : undefined;
    if (opvolgerId && opvolgerId !== rij.id) opvolgers.push({ id: rij.id, opvolgerId });
    nieuw.push({ id: rij.id, ...waarden });
    for (const n of k.namen) nieuweNamen.push({ organisatieId: rij.id, ...n });
    audit(rij.id, 'aangemaakt', [
      ...diff(undefined, waarden, Object.keys(waarden) as (keyof typeof waarden)[]),
      ...(opvolgerId && opvolgerId !== rij.id ? [{ veld: 'opvolgerId', oud: null, nieuw: opvolgerId }] : []),
      ...k.namen.map((n) => ({ veld: `naam[${n.geldigVan}]`, oud: null, nieuw: n.naam })),
    ]);
  }
  for (const { rij, set } of aanvullingen.values()) {
    await tx
      .update(organisatie)
      .set({ ...set, versie: sql`${organisatie.versie} + 1`, gewijzigd: sql`now()` })
      .where(eq(organisatie.id, rij.id));
    audit(
      rij.id,
      'gewijzigd',
      (Object.keys(set) as IdVeld[]).map((v) => ({ veld: v, oud: null, nieuw: set[v] ?? null })),
    );
  }

  for (let i = 0; i < nieuw.length; i += 2000) await tx.insert(organisatie).values(nieuw.slice(i, i + 2000));
  for (let i = 0; i < nieuweNamen.length; i += 5000)
    await tx.insert(organisatieNaam).values(nieuweNamen.slice(i, i + 5000));
  if (opvolgers.length) {
    // After the inserts: a successor can be new itself.
    await tx.execute(sql`update organisatie o set opvolger_id = v.opvolger::uuid
      from (values ${sql.join(
        opvolgers.map((o) => sql`(${o.id}, ${o.opvolgerId})`),
        sql`, `,
      )}) as v(id, opvolger) where o.id = v.id::uuid`);
  }
  for (let i = 0; i < audits.length; i += 4000) await tx.insert(auditLog).values(audits.slice(i, i + 4000));
  return { telling, op };
}

type Opzoek = Awaited<ReturnType<typeof werkOrganisatiesBij>>['op'];

function koppel(
  v: RooVerwijzing,
  op: Opzoek,
): Pick<PlanRij, 'organisatieId' | 'koppeling' | 'reden'> & {
  soort: OrganisatieSoort | null;
} {
  const hit = (o: OrgRij | undefined, koppeling: string) =>
    o ? { organisatieId: o.id, koppeling, reden: null, soort: o.soort } : null;
  const gevonden =
    (v.tooi ? hit(op.tooiUri.get(v.tooi), 'tooi') : null) ??
    (v.cbsCode ? hit(op.code.get(v.cbsCode), 'cbs-code') : null) ??
    (v.rooId ? hit(op.rooId.get(v.rooId), 'roo-id') : null);
  if (gevonden) return gevonden;
  const reden = v.tooi
    ? `TOOI-URI ${v.tooi} hoort bij geen organisatie in Grip`
    : v.rooId
      ? `geen TOOI-URI of CBS-code, en ROO-id ${v.rooId} staat in geen organisatiebestand van het register`
      : 'alleen een naam: geen TOOI-URI, CBS-code of ROO-id';
  return { organisatieId: null, koppeling: null, reden, soort: null };
}

function planRegeling(
  r: RooRegeling,
  op: Opzoek,
  soTooi: Map<string, string>,
  bron: 'roo' | 'roo-polder',
): PlanRegeling {
  const tooiUri = r.regionaalSamenwerkingsorgaan?.tooi ?? soTooi.get(r.rooId) ?? null;
  const beleidsterreinen = [...new Set(r.beleidsterreinen.map((b) => b.naam))];
  const rijen: PlanRij[] = r.deelnames.map((d) => {
    const k = koppel(d.deelnemer, op);
    const soort = k.soort ? (TOOI_SOORT[k.soort] ?? 'overig') : tooiSoort(d.deelnemer.tooi);
    const naam = d.deelnemer.naam ?? d.deelnemer.tooi ?? `ROO-id ${d.deelnemer.rooId}`;
    return {
      volgnummer: d.volgnummer,
      naam,
      naamOrigineel: naam,
      organisatieId: k.organisatieId,
      koppeling: k.koppeling,
      reden: k.reden,
      herkomst: d.herkomst,
      organen: d.organen.map((o) => ({ naam: o.naam, orgaan: o.orgaan ?? orgaanUitRoo(o.naam, soort) })),
      verdeelsleutel: d.verdeelsleutelTekst,
      kostenverdeling:
        d.verdeelsleutel === null ? null : { soort: 'percentage', percentage: d.verdeelsleutel },
      datumToetreding: d.toetredingsdatum,
      datumUittreding: d.uittredingsdatum,
      gegevens: {
        rooId: d.deelnemer.rooId,
        tooi: d.deelnemer.tooi,
        owms: d.deelnemer.owms,
        cbsCode: d.deelnemer.cbsCode,
      },
    };
  });
  return {
    sleutel: r.rooId,
    waarden: {
      naam: r.titel,
      korteNaam: null,
      belang: r.doel,
      vorm: r.vorm ?? 'onbekend',
      beleidsterreinen,
      taken: null,
      bevoegdheden: r.bevoegdheden.flatMap((b) => {
        const omschrijving = [b.kop, b.inhoud].filter((x) => x).join(' — ');
        return omschrijving ? [{ omschrijving, grondslag: null }] : [];
      }),
      datumInwerkingtreding: r.datumInwerkingtreding,
      datumUitwerkingtreding: r.datumUitwerkingtreding,
      referenties: {
        rooId: r.rooId,
        ...(tooiUri && { tooiUri }),
        ...(r.instellingsbesluiten.length > 0 && { publicaties: r.instellingsbesluiten }),
      },
      bronnen: [{ omschrijving: BRON_INFO[bron].omschrijving }],
      bronGegevens: {
        polderId: r.polderId,
        citeertitel: r.citeertitel,
        samenwerkingsvorm: r.samenwerkingsvorm,
        samenwerkingsvormAfkorting: r.samenwerkingsvormAfkorting,
        bevoegdheidsverkrijgingen: r.bevoegdheidsverkrijgingen,
        wettelijkeGrondslagen: r.wettelijkeGrondslagen,
        instellingsbesluiten: r.instellingsbesluiten,
        beleidsterreinen: r.beleidsterreinen,
        regionaalSamenwerkingsorgaan: r.regionaalSamenwerkingsorgaan,
        bronhouder: r.bronhouder,
        archiefzorgdrager: r.archiefzorgdrager,
        vorigeVersie: r.vorigeVersie,
        volgendeVersie: r.volgendeVersie,
        datumMutatie: r.datumMutatie,
        datumVerificatie: r.datumVerificatie,
        herkomst: r.herkomst,
      },
    },
    rijen,
  };
}

/** Imports a parsed Polder folder (`leesRooPolderMap`). One transaction: on any error nothing is written. */
export async function importRooPolder(
  db: Db,
  data: RooPolder,
  actor: Actor,
  opties: RooPolderOpties,
): Promise<RooPolderResultaat> {
  if (!data.peildatum) {
    throw new ImportGeweigerd(
      `${opties.bestand}: het register heeft geen peildatum (sources[].retrieved ontbreekt in elk bestand)`,
    );
  }
  return importRegister(db, 'roo-polder', data, data.peildatum, { bestanden: data.bestanden }, actor, opties);
}

/**
 * Imports a parsed ROO export (`leesRooXmlAlles`) as the register with bron 'roo': the same rules as the
 * Polder folder (`importRooPolder`). Its vintage is the export's own date, else `opties.peildatum` (the day
 * it was downloaded). One transaction: on any error nothing is written.
 */
export async function importRooXml(
  db: Db,
  data: RooXml,
  actor: Actor,
  opties: RooPolderOpties & { peildatum?: string },
): Promise<RooPolderResultaat> {
  const peildatum = data.peildatum ?? opties.peildatum;
  if (!peildatum) {
    throw new ImportGeweigerd(
      `${opties.bestand}: de export noemt geen datum; geef de peildatum op (de dag van de download)`,
    );
  }
  return importRegister(db, 'roo', data, peildatum, {}, actor, opties);
}

async function importRegister(
  db: Db,
  bron: 'roo' | 'roo-polder',
  data: RooRegister,
  peildatum: string,
  extraTellingen: Record<string, number>,
  actor: Actor,
  opties: RooPolderOpties,
): Promise<RooPolderResultaat> {
  const datum = opties.datum ?? vandaag();
  const meld = opties.voortgang ?? (() => {});
  const inWerk = data.regelingen.filter((r) => inWerking(r, peildatum));
  return db.transaction(async (tx) => {
    const { telling, op } = await werkOrganisatiesBij(tx, data, actor, meld);
    const soTooi = new Map(
      data.organisaties.flatMap((o) =>
        o.hoortBijRegeling?.rooId && o.tooi ? [[o.hoortBijRegeling.rooId, o.tooi] as const] : [],
      ),
    );
    const plan = data.regelingen.map((r) => planRegeling(r, op, soTooi, bron));
    const inWerkSleutels = new Set(inWerk.map((r) => r.rooId));
    const rijenInWerking = plan.filter((p) => inWerkSleutels.has(p.sleutel)).flatMap((p) => p.rijen);
    const inWerking = {
      regelingen: inWerk.length,
      bronrijen: rijenInWerking.length,
      gekoppeld: rijenInWerking.filter((r) => r.organisatieId).length,
      nietGekoppeld: rijenInWerking.filter((r) => !r.organisatieId).length,
    };
    const r = await schrijfPlan(
      tx,
      {
        bron,
        peildatum,
        bestand: opties.bestand,
        toelichting: null,
        regelingen: plan,
        tellingen: {
          ...extraTellingen,
          inWerking: inWerking.regelingen,
          bronrijenInWerking: inWerking.bronrijen,
          organisaties: telling.totaal,
        },
      },
      actor,
      { datum, voortgang: meld },
    );
    return { ...r, peildatum, inWerking, organisaties: telling };
  });
}
