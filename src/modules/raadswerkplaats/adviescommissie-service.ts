/**
 * Use cases of the gemeenschappelijke adviescommissie (Wgr art. 24a): file a proposal, record a council's
 * decision, record the installation by the algemeen bestuur, withdraw, designate and end members, add
 * meetings and advices. Each is one transaction with its audit row. Who may do it is decided by the
 * caller with the policy (adviescommissie.*); what the law allows by domain/adviescommissie.ts.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/client';
import { DomeinFout } from '../../platform/errors';
import { datum, isUuid } from '../../platform/validation';
import { gebruiker, rolToekenning } from '../accounts/schema';
import { procedure } from '../procedures/schema';
import { meld, type Omgeving } from '../procedures/service';
import { gebruikersMetRol } from '../procedures/store';
import { secretariaatVan } from './inlichtingen-store';
import { regelingRij } from '../regelingen/store';
import type { Vorm } from '../regelingen/domain/types';
import { actieveDeelnemers, type Deelnemer } from './contacten-store';
import {
  aanwijsStap,
  adviescommissieMogelijk,
  beeindigStap,
  besluitStap,
  eindRedenen,
  indienStap,
  instelStap,
  intrekStap,
  raadTelt,
  type Stand,
  type Stap,
  stukStap,
  type Uitkomst,
  voorstelStand,
} from './domain/adviescommissie';
import {
  besluitenVan,
  ledenVan,
  lidRij,
  type LidRij,
  lopendeLidmaatschappen,
  type StukRij,
  stukkenVan,
  voorstellenVan,
  voorstelRij,
  type VoorstelRij,
} from './adviescommissie-store';
import {
  adviescommissieLid,
  adviescommissieRaadsbesluit,
  adviescommissieStuk,
  adviescommissieVoorstel,
} from './schema';

const ongeldig = (veld: string, tekst: string) => new DomeinFout('ongeldig', { veld, data: { tekst } });

/** Where notifications go out: the address of Grip for the link, and the mail queue. */
export type MeldOmgeving = Pick<Omgeving, 'baseUrl' | 'wachtrij'>;
const weiger = (s: Stap) => {
  if (!s.ok)
    throw new DomeinFout('stap_geweigerd', {
      data: { tekst: `${s.reden} (${s.artikel})`, weigering: { code: 'stap_geweigerd', artikel: s.artikel } },
    });
};
const isDag = (d: string) => datum.safeParse(d).success;
const eisDag = (veld: string, d: string, vandaag: string) => {
  if (!isDag(d)) throw ongeldig(veld, 'Vul een datum in als JJJJ-MM-DD.');
  if (d > vandaag) throw ongeldig(veld, 'De datum ligt in de toekomst.');
};

export interface CommissieOverzicht {
  regeling: { id: string; naam: string; korteNaam: string | null; vorm: Vorm };
  /** Whether a commission can exist here at all, with the article. */
  mogelijk: Stap;
  /** The participants on the day whose council counts (art. 24a lid 1, see the domain). */
  raden: Deelnemer[];
  /** The running or installed proposal (the newest that was not withdrawn). */
  huidig: {
    voorstel: VoorstelRij;
    stand: Stand;
    leden: (LidRij & { organisatieNaam: string })[];
    stukken: StukRij[];
  } | null;
  /** Withdrawn proposals. */
  ingetrokken: VoorstelRij[];
}

/** Everything of the commission of a regeling on the day; null when the regeling does not exist. */
export async function commissieOverzicht(
  db: DbOrTx,
  regelingId: string,
  peildatum: string,
): Promise<CommissieOverzicht | null> {
  const r = await regelingRij(db, regelingId);
  if (!r) return null;
  const raden = (await actieveDeelnemers(db, regelingId, peildatum)).filter((d) => raadTelt(d.soort));
  const voorstellen = await voorstellenVan(db, regelingId);
  const v = voorstellen.find((x) => !x.ingetrokkenOp) ?? null;
  let huidig: CommissieOverzicht['huidig'] = null;
  if (v) {
    const [besluiten, leden, stukken] = await Promise.all([
      besluitenVan(db, v.id),
      ledenVan(db, v.id),
      stukkenVan(db, v.id),
    ]);
    huidig = {
      voorstel: v,
      stand: voorstelStand(
        v,
        raden.map((d) => d.id),
        besluiten,
      ),
      leden,
      stukken,
    };
  }
  return {
    regeling: { id: r.id, naam: r.naam, korteNaam: r.korteNaam, vorm: r.vorm },
    mogelijk: adviescommissieMogelijk(r.vorm, peildatum),
    raden,
    huidig,
    ingetrokken: voorstellen.filter((x) => x.ingetrokkenOp),
  };
}

async function neemVoorstel(tx: DbOrTx, id: string) {
  const v = await voorstelRij(tx, id);
  if (!v) throw new DomeinFout('niet_gevonden');
  return v;
}

async function raadVan(tx: DbOrTx, regelingId: string, organisatieId: string, peildatum: string) {
  return (await actieveDeelnemers(tx, regelingId, peildatum)).find((d) => d.id === organisatieId) ?? null;
}

const voorstelVelden = ['titel', 'toelichting', 'ingediend', 'ingesteldOp', 'ingetrokkenOp'] as const;

/** A council's griffie files a proposal to set up the commission (art. 24a lid 1). */
export async function dienVoorstelIn(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  input: { organisatieId: string; titel: string; toelichting: string; ingediend: string },
  vandaag: string,
  omgeving: MeldOmgeving,
): Promise<string> {
  const titel = input.titel.trim();
  const toelichting = input.toelichting.trim();
  if (!titel) throw ongeldig('titel', 'Geef het voorstel een titel.');
  if (titel.length > 200) throw ongeldig('titel', 'De titel is hoogstens 200 tekens.');
  if (!toelichting) throw ongeldig('toelichting', 'Beschrijf wat de commissie moet doen.');
  eisDag('ingediend', input.ingediend, vandaag);
  return db.transaction(async (tx) => {
    const r = await regelingRij(tx, regelingId);
    if (!r) throw new DomeinFout('niet_gevonden');
    const raad = await raadVan(tx, regelingId, input.organisatieId, input.ingediend);
    const lopend = (await voorstellenVan(tx, regelingId)).some((v) => !v.ingetrokkenOp);
    weiger(indienStap({ vorm: r.vorm, peildatum: input.ingediend, soort: raad?.soort ?? 'geen', lopend }));
    const [rij] = await tx
      .insert(adviescommissieVoorstel)
      .values({
        regelingId,
        organisatieId: input.organisatieId,
        titel,
        toelichting,
        ingediend: input.ingediend,
      })
      .returning({ id: adviescommissieVoorstel.id });
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_voorstel',
      entiteitId: rij!.id,
      actie: 'aangemaakt',
      regelingId,
      wijzigingen: diff<VoorstelRij>({}, { titel, toelichting, ingediend: input.ingediend }, voorstelVelden),
    });
    // The other councils decide on it too (art. 24a lid 1): their griffies hear of it, and the secretariaat.
    const naam = r.korteNaam ?? r.naam;
    const anderen = (await actieveDeelnemers(tx, regelingId, input.ingediend))
      .filter((d) => raadTelt(d.soort) && d.id !== input.organisatieId)
      .map((d) => d.id);
    await meld(
      tx,
      omgeving,
      [
        ...(await gebruikersMetRol(tx, anderen, ['griffie'])),
        ...(await secretariaatVan(tx, regelingId)),
      ].filter((g) => g.id !== actor.gebruikerId),
      `Voorstel voor een gemeenschappelijke adviescommissie bij ${naam}`,
      `De raad van ${raad?.naam ?? 'een deelnemer'} stelt voor een gemeenschappelijke adviescommissie in te stellen bij ${r.naam} ("${titel}"). ` +
        'Het algemeen bestuur moet haar instellen zodra alle raden dat voorstellen (Wgr art. 24a lid 1). Leg het besluit van uw raad vast in Grip.',
      `/regelingen/${regelingId}/adviescommissie`,
      'adviescommissie',
    );
    return rij!.id;
  });
}

/** A council's decision on the proposal; a new decision of the same council replaces the earlier one. */
export async function legRaadsbesluitVast(
  db: DbOrTx,
  actor: Actor,
  voorstelId: string,
  input: { organisatieId: string; uitkomst: Uitkomst; datum: string; kenmerk: string | null },
  vandaag: string,
  omgeving: MeldOmgeving,
): Promise<void> {
  eisDag('datum', input.datum, vandaag);
  const kenmerk = input.kenmerk?.trim() || null;
  if (kenmerk && kenmerk.length > 100) throw ongeldig('kenmerk', 'Het kenmerk is hoogstens 100 tekens.');
  await db.transaction(async (tx) => {
    const v = await neemVoorstel(tx, voorstelId);
    const raad = await raadVan(tx, v.regelingId, input.organisatieId, input.datum);
    weiger(
      besluitStap(v, { datum: input.datum, soort: raad?.soort ?? 'geen', raadIsDeelnemer: raad !== null }),
    );
    const raden = (await actieveDeelnemers(tx, v.regelingId, input.datum)).filter((d) => raadTelt(d.soort));
    const standNu = async () =>
      voorstelStand(
        v,
        raden.map((d) => d.id),
        await besluitenVan(tx, voorstelId),
      ).status;
    const voor = await standNu();
    const [oud] = await tx
      .select()
      .from(adviescommissieRaadsbesluit)
      .where(
        and(
          eq(adviescommissieRaadsbesluit.voorstelId, voorstelId),
          eq(adviescommissieRaadsbesluit.organisatieId, input.organisatieId),
        ),
      );
    const nieuw = { uitkomst: input.uitkomst, datum: input.datum, kenmerk };
    await tx
      .insert(adviescommissieRaadsbesluit)
      .values({ voorstelId, organisatieId: input.organisatieId, ...nieuw, vastgelegdDoor: actor.gebruikerId })
      .onConflictDoUpdate({
        target: [adviescommissieRaadsbesluit.voorstelId, adviescommissieRaadsbesluit.organisatieId],
        set: { ...nieuw, vastgelegdDoor: actor.gebruikerId, vastgelegd: new Date() },
      });
    await tx
      .update(adviescommissieVoorstel)
      .set({ versie: sql`${adviescommissieVoorstel.versie} + 1` })
      .where(eq(adviescommissieVoorstel.id, voorstelId));
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_raadsbesluit',
      entiteitId: `${voorstelId}:${input.organisatieId}`,
      actie: oud ? 'gewijzigd' : 'aangemaakt',
      regelingId: v.regelingId,
      wijzigingen: diff(oud, nieuw, ['uitkomst', 'datum', 'kenmerk']),
    });
    // When this decision completes the joint proposal, the AB must install the commission: its secretariaat
    // and the griffies of the councils hear of it, once (not again when a council records its decision anew).
    if (voor !== 'gezamenlijk_voorstel' && (await standNu()) === 'gezamenlijk_voorstel') {
      const r = (await regelingRij(tx, v.regelingId))!;
      await meld(
        tx,
        omgeving,
        [
          ...(await secretariaatVan(tx, v.regelingId)),
          ...(await gebruikersMetRol(
            tx,
            raden.map((d) => d.id),
            ['griffie'],
          )),
        ].filter((g) => g.id !== actor.gebruikerId),
        `Gezamenlijk voorstel: adviescommissie bij ${r.korteNaam ?? r.naam}`,
        `Alle raden van de deelnemers aan ${r.naam} stellen voor een gemeenschappelijke adviescommissie in te stellen. ` +
          'Het algemeen bestuur is nu verplicht haar in te stellen (Wgr art. 24a lid 1).',
        `/regelingen/${v.regelingId}/adviescommissie`,
        'adviescommissie',
      );
    }
  });
}

/** The secretariaat records that the algemeen bestuur installed the commission. */
export async function legInstellingVast(
  db: DbOrTx,
  actor: Actor,
  voorstelId: string,
  datum: string,
  vandaag: string,
  omgeving: MeldOmgeving,
): Promise<void> {
  eisDag('datum', datum, vandaag);
  await db.transaction(async (tx) => {
    const v = await neemVoorstel(tx, voorstelId);
    const raden = (await actieveDeelnemers(tx, v.regelingId, datum)).filter((d) => raadTelt(d.soort));
    const stand = voorstelStand(
      v,
      raden.map((d) => d.id),
      await besluitenVan(tx, voorstelId),
    );
    weiger(instelStap(v, stand, datum));
    await tx
      .update(adviescommissieVoorstel)
      .set({ ingesteldOp: datum, versie: sql`${adviescommissieVoorstel.versie} + 1` })
      .where(eq(adviescommissieVoorstel.id, voorstelId));
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_voorstel',
      entiteitId: voorstelId,
      actie: 'ingesteld',
      regelingId: v.regelingId,
      wijzigingen: diff(v, { ...v, ingesteldOp: datum }, voorstelVelden),
    });
    const r = (await regelingRij(tx, v.regelingId))!;
    await meld(
      tx,
      omgeving,
      (
        await gebruikersMetRol(
          tx,
          raden.map((d) => d.id),
          ['griffie'],
        )
      ).filter((g) => g.id !== actor.gebruikerId),
      `Adviescommissie ingesteld bij ${r.korteNaam ?? r.naam}`,
      `Het algemeen bestuur van ${r.naam} heeft de gemeenschappelijke adviescommissie ingesteld. ` +
        'Elke raad wijst leden aan uit zijn midden, of besluit geen lid aan te wijzen (Wgr art. 24a lid 3).',
      `/regelingen/${v.regelingId}/adviescommissie`,
      'adviescommissie',
    );
  });
}

/** Withdraws a proposal that has not led to a commission (the proposing griffie or the beheerder). */
export async function trekVoorstelIn(
  db: DbOrTx,
  actor: Actor,
  voorstelId: string,
  datum: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const v = await neemVoorstel(tx, voorstelId);
    weiger(intrekStap(v));
    await tx
      .update(adviescommissieVoorstel)
      .set({ ingetrokkenOp: datum, versie: sql`${adviescommissieVoorstel.versie} + 1` })
      .where(eq(adviescommissieVoorstel.id, voorstelId));
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_voorstel',
      entiteitId: voorstelId,
      actie: 'ingetrokken',
      regelingId: v.regelingId,
      wijzigingen: diff(v, { ...v, ingetrokkenOp: datum }, voorstelVelden),
    });
  });
}

/** A council designates a member from its midst (art. 24a lid 3). */
export async function wijsLidAan(
  db: DbOrTx,
  actor: Actor,
  voorstelId: string,
  input: { organisatieId: string; naam: string; gebruikerId: string | null; aangewezenOp: string },
  vandaag: string,
): Promise<string> {
  let naam = input.naam.trim();
  if (!naam && !input.gebruikerId) throw ongeldig('naam', 'Kies een raadslid of vul de naam in.');
  if (naam.length > 200) throw ongeldig('naam', 'De naam is hoogstens 200 tekens.');
  if (input.gebruikerId && !isUuid(input.gebruikerId))
    throw ongeldig('gebruiker', 'Kies een raadslid uit de lijst.');
  eisDag('aangewezenOp', input.aangewezenOp, vandaag);
  return db.transaction(async (tx) => {
    const v = await neemVoorstel(tx, voorstelId);
    const raad = await raadVan(tx, v.regelingId, input.organisatieId, input.aangewezenOp);
    weiger(
      aanwijsStap(v, {
        datum: input.aangewezenOp,
        soort: raad?.soort ?? 'geen',
        raadIsDeelnemer: raad !== null,
      }),
    );
    if (input.gebruikerId) {
      const [rol] = await tx
        .select({ id: rolToekenning.id, naam: gebruiker.naam })
        .from(rolToekenning)
        .innerJoin(gebruiker, eq(gebruiker.id, rolToekenning.gebruikerId))
        .where(
          and(
            eq(rolToekenning.gebruikerId, input.gebruikerId),
            eq(rolToekenning.rol, 'raadslid'),
            eq(rolToekenning.organisatieId, input.organisatieId),
          ),
        );
      if (!rol)
        throw ongeldig('gebruiker', 'Kies een raadslid van uw eigen raad (art. 24a lid 3: uit zijn midden).');
      // The account's name, unless the griffie typed one (e.g. the name as in the council's decision).
      naam ||= rol.naam;
    }
    const [rij] = await tx
      .insert(adviescommissieLid)
      .values({
        voorstelId,
        organisatieId: input.organisatieId,
        naam,
        gebruikerId: input.gebruikerId,
        aangewezenOp: input.aangewezenOp,
      })
      .returning({ id: adviescommissieLid.id });
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_lid',
      entiteitId: rij!.id,
      actie: 'aangewezen',
      regelingId: v.regelingId,
      wijzigingen: diff({}, { naam, aangewezenOp: input.aangewezenOp }, ['naam', 'aangewezenOp']),
    });
    return rij!.id;
  });
}

/** Membership ends, with the day and the reason (art. 24a lid 4: at the latest on leaving the council). */
export async function beeindigLidmaatschap(
  db: DbOrTx,
  actor: Actor,
  lidId: string,
  input: { eindigtOp: string; reden: string },
): Promise<void> {
  if (!isDag(input.eindigtOp)) throw ongeldig('eindigtOp', 'Vul een datum in als JJJJ-MM-DD.');
  if (!input.reden.trim()) throw ongeldig('reden', 'Geef de reden van het einde.');
  // An end date may lie ahead (e.g. the day the newly elected council is installed).
  await db.transaction(async (tx) => {
    const lid = await lidRij(tx, lidId);
    if (!lid) throw new DomeinFout('niet_gevonden');
    const v = await neemVoorstel(tx, lid.voorstelId);
    weiger(beeindigStap(lid, input.eindigtOp, input.reden));
    const reden = input.reden.trim();
    await tx
      .update(adviescommissieLid)
      .set({ eindigtOp: input.eindigtOp, reden })
      .where(eq(adviescommissieLid.id, lidId));
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_lid',
      entiteitId: lidId,
      actie: 'beëindigd',
      regelingId: v.regelingId,
      wijzigingen: diff(lid, { ...lid, eindigtOp: input.eindigtOp, reden }, ['eindigtOp', 'reden']),
    });
  });
}

export interface StukInput {
  soort: 'vergadering' | 'advies';
  datum: string;
  onderwerp: string;
  tekst: string;
  url: string | null;
  procedureId: string | null;
}

/** A meeting or an advice of the commission; an advice may be linked to a procedure of the regeling. */
export async function voegStukToe(
  db: DbOrTx,
  actor: Actor,
  voorstelId: string,
  input: StukInput,
): Promise<string> {
  const onderwerp = input.onderwerp.trim();
  if (!onderwerp) throw ongeldig('onderwerp', 'Vul het onderwerp in.');
  if (onderwerp.length > 200) throw ongeldig('onderwerp', 'Het onderwerp is hoogstens 200 tekens.');
  if (!isDag(input.datum)) throw ongeldig('datum', 'Vul een datum in als JJJJ-MM-DD.');
  const url = input.url?.trim() || null;
  if (url && !/^https?:\/\/[^\s]+$/i.test(url))
    throw ongeldig('url', 'Vul een webadres in dat begint met https:// of http://.');
  if (input.procedureId && input.soort !== 'advies')
    throw ongeldig('procedure', 'Alleen een advies kan bij een procedure horen.');
  return db.transaction(async (tx) => {
    const v = await neemVoorstel(tx, voorstelId);
    weiger(stukStap(v, input.datum));
    if (input.procedureId) {
      if (!isUuid(input.procedureId)) throw ongeldig('procedure', 'Kies een procedure van deze regeling.');
      const [p] = await tx
        .select({ regelingId: procedure.regelingId })
        .from(procedure)
        .where(eq(procedure.id, input.procedureId));
      if (p?.regelingId !== v.regelingId)
        throw ongeldig('procedure', 'Kies een procedure van deze regeling.');
    }
    const [rij] = await tx
      .insert(adviescommissieStuk)
      .values({
        voorstelId,
        soort: input.soort,
        datum: input.datum,
        onderwerp,
        tekst: input.tekst.trim(),
        url,
        procedureId: input.procedureId,
      })
      .returning({ id: adviescommissieStuk.id });
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_stuk',
      entiteitId: rij!.id,
      actie: 'aangemaakt',
      regelingId: v.regelingId,
      wijzigingen: diff(
        {},
        { soort: input.soort, datum: input.datum, onderwerp, url, procedureId: input.procedureId },
        ['soort', 'datum', 'onderwerp', 'url', 'procedureId'],
      ),
    });
    return rij!.id;
  });
}

/** The reason recorded when a member's account is no longer a raadslid of the council. */
const REDEN_UIT_DE_RAAD = eindRedenen[0];

/**
 * A raadslid leaves the council (the griffie withdrew the account's raadslid role): every membership of an
 * adviescommissie designated with that account for that council ends on the day (art. 24a lid 4: membership
 * ends when the member leaves the council), in the caller's transaction, one audit entry each. Returns how
 * many ended. A membership with a later end date is brought forward.
 */
export async function beeindigBijVertrekUitRaad(
  tx: DbOrTx,
  actor: Actor,
  gebruikerId: string,
  organisatieId: string,
  datum: string,
): Promise<number> {
  const open = await lopendeLidmaatschappen(tx, gebruikerId, organisatieId, datum);
  for (const { lid, regelingId } of open) {
    const eindigtOp = datum < lid.aangewezenOp ? lid.aangewezenOp : datum;
    await tx
      .update(adviescommissieLid)
      .set({ eindigtOp, reden: REDEN_UIT_DE_RAAD })
      .where(eq(adviescommissieLid.id, lid.id));
    await recordAudit(tx, actor, {
      entiteit: 'adviescommissie_lid',
      entiteitId: lid.id,
      actie: 'beëindigd',
      regelingId,
      wijzigingen: diff(lid, { ...lid, eindigtOp, reden: REDEN_UIT_DE_RAAD }, ['eindigtOp', 'reden']),
    });
  }
  return open.length;
}
