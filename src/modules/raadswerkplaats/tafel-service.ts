/**
 * Use cases of the shared table: start a thread, reply, a new version of a joint zienswijze draft,
 * co-sign and withdraw, follow, close or reopen, report a post, hide it or let it stand. Each is one transaction with its
 * audit row; a new post notifies the thread's followers in Grip (melding soort 'tafel'), mailed later in
 * the daily digest (tafel-digest.ts). Who may do it is decided by the caller with the policy (tafel.*);
 * this file checks what the table itself allows.
 *
 * The audit rows carry no regeling id: the regeling's history is readable by every signed-in user, the
 * table only by its participants. They are found by entity (tafel_draad, tafel_bericht, …) and id.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/client';
import { DomeinFout } from '../../platform/errors';
import { melding, procedure } from '../procedures/schema';
import { meld, type Omgeving } from '../procedures/service';
import { gebruikersMetRol } from '../procedures/store';
import { regelingRij } from '../regelingen/store';
import {
  controleerBijdrage,
  controleerVerwijzing,
  MAX_FRACTIE,
  MAX_REDEN,
  namensOrganisaties,
  type TafelSoort,
  tafelSoorten,
  type Verwijzing,
} from './domain/tafel';
import { tafelBericht, tafelDraad, tafelMelding, tafelOndertekening, tafelVolger } from './schema';
import {
  berichtRij,
  draadRij,
  type DraadMetNamen,
  laatsteVolgnummer,
  meldingRij,
  ondertekeningRij,
  tafelDeelnemers,
  volgersVan,
} from './tafel-store';

const ongeldig = (veld: string, tekst: string) => new DomeinFout('ongeldig', { veld, data: { tekst } });
const geweigerd = (code: string, tekst: string) =>
  new DomeinFout('stap_geweigerd', { data: { weigering: { code }, tekst } });

const naamVan = (actor: Actor) => actor.label.replace(/\s*<[^>]*>$/, '');

export interface StartInput {
  organisatieId: string;
  soort: TafelSoort;
  titel: string;
  tekst: string;
  procedureId: string | null;
  verwijzingen: Verwijzing[];
  /** The day: the organisation must take part then. */
  peildatum: string;
}

async function eisDeelnemer(tx: DbOrTx, regelingId: string, organisatieId: string, peildatum: string) {
  if (!(await tafelDeelnemers(tx, regelingId, peildatum)).includes(organisatieId))
    throw ongeldig('organisatie', 'Deze organisatie neemt niet deel aan de regeling.');
}

/** A raadslid or griffie starts a conversation, a note or a joint zienswijze draft; the author follows it. */
export async function startDraad(db: DbOrTx, actor: Actor, regelingId: string, input: StartInput) {
  return db.transaction(async (tx) => {
    if (!(await regelingRij(tx, regelingId))) throw new DomeinFout('niet_gevonden');
    if (!(tafelSoorten as readonly string[]).includes(input.soort))
      throw ongeldig('soort', 'Kies een gesprek, een notitie of een gezamenlijke zienswijze.');
    const fout = controleerBijdrage(input.titel, input.tekst);
    if (fout) throw ongeldig(fout.veld, fout.tekst);
    for (const v of input.verwijzingen) {
      const f = controleerVerwijzing(v);
      if (f) throw ongeldig('verwijzingen', f);
    }
    await eisDeelnemer(tx, regelingId, input.organisatieId, input.peildatum);
    if (input.procedureId) {
      const [p] = await tx
        .select({ regelingId: procedure.regelingId })
        .from(procedure)
        .where(eq(procedure.id, input.procedureId));
      if (p?.regelingId !== regelingId) throw ongeldig('procedure', 'Kies een procedure van deze regeling.');
    }
    const nu = new Date();
    const [d] = await tx
      .insert(tafelDraad)
      .values({
        regelingId,
        soort: input.soort,
        titel: input.titel.trim(),
        organisatieId: input.organisatieId,
        auteurId: actor.gebruikerId,
        auteurNaam: naamVan(actor),
        procedureId: input.procedureId,
        verwijzingen: input.verwijzingen,
        laatsteActiviteit: nu,
        aangemaakt: nu,
      })
      .returning({ id: tafelDraad.id });
    const id = d!.id;
    await tx.insert(tafelBericht).values({
      draadId: id,
      volgnummer: 1,
      organisatieId: input.organisatieId,
      auteurId: actor.gebruikerId,
      auteurNaam: naamVan(actor),
      tekst: input.tekst,
      aangemaakt: nu,
    });
    if (actor.gebruikerId)
      await tx
        .insert(tafelVolger)
        .values({ draadId: id, gebruikerId: actor.gebruikerId })
        .onConflictDoNothing();
    await recordAudit(tx, actor, {
      entiteit: 'tafel_draad',
      entiteitId: id,
      actie: 'aangemaakt',
      wijzigingen: diff(
        {},
        {
          regelingId,
          soort: input.soort,
          titel: input.titel.trim(),
          organisatieId: input.organisatieId,
          procedureId: input.procedureId,
          verwijzingen: input.verwijzingen,
          tekst: input.tekst,
        },
        ['regelingId', 'soort', 'titel', 'organisatieId', 'procedureId', 'verwijzingen', 'tekst'],
      ),
    });
    return id;
  });
}

async function neemDraad(tx: DbOrTx, id: string) {
  const d = await draadRij(tx, id);
  if (!d) throw new DomeinFout('niet_gevonden');
  if (d.gesloten) throw geweigerd('gesloten', 'Dit gesprek is gesloten.');
  return d;
}

/**
 * The followers who should hear of a new post: not its author, and only those who still sit at the
 * table (a participant that left takes its people away from the table, and from its notifications).
 */
async function meldVolgers(
  tx: DbOrTx,
  d: DraadMetNamen,
  actor: Actor,
  peildatum: string,
  tekst: string,
  volgnummer: number,
) {
  const deelnemers = await tafelDeelnemers(tx, d.regelingId, peildatum);
  const ontvangers = (await volgersVan(tx, d.id)).filter(
    (v) => v.id !== actor.gebruikerId && namensOrganisaties(v.rollen, deelnemers).length > 0,
  );
  if (ontvangers.length === 0) return;
  await tx.insert(melding).values(
    ontvangers.map((o) => ({
      gebruikerId: o.id,
      soort: 'tafel',
      tekst,
      link: `/tafel/${d.id}#bericht-${volgnummer}`,
    })),
  );
}

async function plaatsBericht(
  tx: DbOrTx,
  actor: Actor,
  d: DraadMetNamen,
  organisatieId: string,
  tekst: string,
  actie: 'aangemaakt' | 'nieuwe_versie',
  peildatum: string,
) {
  const volgnummer = (await laatsteVolgnummer(tx, d.id)) + 1;
  const nu = new Date();
  const [b] = await tx
    .insert(tafelBericht)
    .values({
      draadId: d.id,
      volgnummer,
      organisatieId,
      auteurId: actor.gebruikerId,
      auteurNaam: naamVan(actor),
      tekst,
      aangemaakt: nu,
    })
    .returning({ id: tafelBericht.id });
  await tx
    .update(tafelDraad)
    .set({
      laatsteActiviteit: nu,
      ...(actie === 'nieuwe_versie' ? { versie: sql`${tafelDraad.versie} + 1` } : {}),
    })
    .where(eq(tafelDraad.id, d.id));
  if (actor.gebruikerId)
    await tx
      .insert(tafelVolger)
      .values({ draadId: d.id, gebruikerId: actor.gebruikerId })
      .onConflictDoNothing();
  await recordAudit(tx, actor, {
    entiteit: 'tafel_bericht',
    entiteitId: b!.id,
    actie,
    wijzigingen: diff({}, { draadId: d.id, volgnummer, organisatieId, tekst }, [
      'draadId',
      'volgnummer',
      'organisatieId',
      'tekst',
    ]),
  });
  const naam = naamVan(actor);
  await meldVolgers(
    tx,
    d,
    actor,
    peildatum,
    actie === 'nieuwe_versie'
      ? `Nieuwe versie van de gezamenlijke zienswijze "${d.titel}" (${d.regeling.korteNaam ?? d.regeling.naam}), door ${naam}`
      : `Nieuw bericht van ${naam} in "${d.titel}" (${d.regeling.korteNaam ?? d.regeling.naam})`,
    volgnummer,
  );
  return { id: b!.id, volgnummer };
}

/** A reply in a conversation or on a note. A joint zienswijze takes new versions of its text instead. */
export async function reageer(
  db: DbOrTx,
  actor: Actor,
  draadId: string,
  input: { organisatieId: string; tekst: string; peildatum: string },
) {
  return db.transaction(async (tx) => {
    const d = await neemDraad(tx, draadId);
    if (d.soort === 'zienswijze')
      throw geweigerd(
        'zienswijze_geen_reactie',
        'Een gezamenlijke zienswijze krijgt geen reacties maar nieuwe versies van de tekst; overleg erover in een gesprek.',
      );
    const fout = controleerBijdrage(null, input.tekst);
    if (fout) throw ongeldig(fout.veld, fout.tekst);
    await eisDeelnemer(tx, d.regelingId, input.organisatieId, input.peildatum);
    return plaatsBericht(tx, actor, d, input.organisatieId, input.tekst, 'aangemaakt', input.peildatum);
  });
}

/**
 * A new version of a joint zienswijze draft. `versie` is the version the writer started from: when the
 * text changed in the meantime the edit is refused (409), so nobody overwrites another's version unseen.
 */
export async function wijzigTekst(
  db: DbOrTx,
  actor: Actor,
  draadId: string,
  input: { organisatieId: string; tekst: string; versie: number; peildatum: string },
) {
  return db.transaction(async (tx) => {
    const d = await neemDraad(tx, draadId);
    if (d.soort !== 'zienswijze')
      throw geweigerd('geen_zienswijze', 'Alleen de tekst van een gezamenlijke zienswijze krijgt versies.');
    if (input.versie !== d.versie)
      throw geweigerd(
        'verouderde_versie',
        'De tekst is intussen door een ander gewijzigd. Lees de nieuwe versie en breng uw wijziging daarin aan.',
      );
    const fout = controleerBijdrage(null, input.tekst);
    if (fout) throw ongeldig(fout.veld, fout.tekst);
    await eisDeelnemer(tx, d.regelingId, input.organisatieId, input.peildatum);
    return plaatsBericht(tx, actor, d, input.organisatieId, input.tekst, 'nieuwe_versie', input.peildatum);
  });
}

/**
 * Co-signs the current text of a joint zienswijze: as the council (fractie '', recorded by the griffie) or
 * as a faction. A second signature of the same organisation and faction replaces the first (on the newest
 * text).
 */
export async function onderteken(
  db: DbOrTx,
  actor: Actor,
  draadId: string,
  input: { organisatieId: string; fractie: string; peildatum: string },
) {
  return db.transaction(async (tx) => {
    const d = await neemDraad(tx, draadId);
    if (d.soort !== 'zienswijze')
      throw geweigerd('geen_zienswijze', 'Alleen een gezamenlijke zienswijze wordt ondertekend.');
    const fractie = input.fractie.trim();
    if (fractie.length > MAX_FRACTIE)
      throw ongeldig('fractie', `De naam van de fractie is hoogstens ${MAX_FRACTIE} tekens.`);
    await eisDeelnemer(tx, d.regelingId, input.organisatieId, input.peildatum);
    const tekstVolgnummer = await laatsteVolgnummer(tx, d.id);
    const [oud] = await tx
      .select()
      .from(tafelOndertekening)
      .where(
        and(
          eq(tafelOndertekening.draadId, d.id),
          eq(tafelOndertekening.organisatieId, input.organisatieId),
          eq(tafelOndertekening.fractie, fractie),
        ),
      );
    const nieuw = {
      draadId: d.id,
      organisatieId: input.organisatieId,
      fractie,
      gebruikerId: actor.gebruikerId,
      naam: naamVan(actor),
      tekstVolgnummer,
      ondertekend: new Date(),
    };
    let id: string;
    if (oud) {
      await tx.update(tafelOndertekening).set(nieuw).where(eq(tafelOndertekening.id, oud.id));
      id = oud.id;
    } else {
      const [r] = await tx.insert(tafelOndertekening).values(nieuw).returning({ id: tafelOndertekening.id });
      id = r!.id;
    }
    await recordAudit(tx, actor, {
      entiteit: 'tafel_ondertekening',
      entiteitId: id,
      actie: oud ? 'gewijzigd' : 'aangemaakt',
      wijzigingen: diff(oud ?? {}, nieuw, ['draadId', 'organisatieId', 'fractie', 'naam', 'tekstVolgnummer']),
    });
    await tx.update(tafelDraad).set({ laatsteActiviteit: new Date() }).where(eq(tafelDraad.id, d.id));
    return id;
  });
}

/** Withdraws one's own signature. */
export async function trekOndertekeningIn(
  db: DbOrTx,
  actor: Actor,
  draadId: string,
  ondertekeningId: string,
) {
  return db.transaction(async (tx) => {
    const t = await ondertekeningRij(tx, ondertekeningId);
    if (!t || t.draadId !== draadId) throw new DomeinFout('niet_gevonden');
    if (t.gebruikerId === null || t.gebruikerId !== actor.gebruikerId) throw new DomeinFout('geen_toegang');
    await tx.delete(tafelOndertekening).where(eq(tafelOndertekening.id, t.id));
    await recordAudit(tx, actor, {
      entiteit: 'tafel_ondertekening',
      entiteitId: t.id,
      actie: 'ingetrokken',
      wijzigingen: diff(t, {}, ['draadId', 'organisatieId', 'fractie', 'naam', 'tekstVolgnummer']),
    });
  });
}

/** Follow or stop following a thread (notifications and the digest). */
export async function volg(db: DbOrTx, actor: Actor, draadId: string, aan: boolean) {
  return db.transaction(async (tx) => {
    if (!actor.gebruikerId) throw new DomeinFout('geen_toegang');
    if (!(await draadRij(tx, draadId))) throw new DomeinFout('niet_gevonden');
    const waar = and(eq(tafelVolger.draadId, draadId), eq(tafelVolger.gebruikerId, actor.gebruikerId));
    const [was] = await tx.select().from(tafelVolger).where(waar);
    if (aan === Boolean(was)) return;
    if (aan) await tx.insert(tafelVolger).values({ draadId, gebruikerId: actor.gebruikerId });
    else await tx.delete(tafelVolger).where(waar);
    await recordAudit(tx, actor, {
      entiteit: 'tafel_volger',
      entiteitId: `${draadId}:${actor.gebruikerId}`,
      actie: aan ? 'aangemaakt' : 'verwijderd',
      wijzigingen: [{ veld: 'volgt', oud: !aan, nieuw: aan }],
    });
  });
}

/**
 * Closes a topic (no more replies, text versions or signatures) or opens it again. The caller decides who
 * may: the author of the topic or a griffie at the table. What was written and signed stays readable.
 */
export async function sluitDraad(db: DbOrTx, actor: Actor, draadId: string, dicht: boolean) {
  return db.transaction(async (tx) => {
    const d = await draadRij(tx, draadId);
    if (!d) throw new DomeinFout('niet_gevonden');
    if (dicht === (d.gesloten !== null)) return;
    const gesloten = dicht ? new Date() : null;
    await tx.update(tafelDraad).set({ gesloten }).where(eq(tafelDraad.id, draadId));
    await recordAudit(tx, actor, {
      entiteit: 'tafel_draad',
      entiteitId: draadId,
      actie: 'gewijzigd',
      wijzigingen: [{ veld: 'gesloten', oud: d.gesloten !== null, nieuw: dicht }],
    });
  });
}

/** Anyone at the table reports a post as inappropriate, with a reason, for the griffies to judge. */
export async function meldBericht(
  db: DbOrTx,
  actor: Actor,
  berichtId: string,
  reden: string,
  omgeving: Pick<Omgeving, 'baseUrl' | 'wachtrij'>,
  peildatum: string,
) {
  return db.transaction(async (tx) => {
    const b = await berichtRij(tx, berichtId);
    if (!b) throw new DomeinFout('niet_gevonden');
    const r = reden.trim();
    if (!r) throw ongeldig('reden', 'Geef de reden van uw melding.');
    if (r.length > MAX_REDEN) throw ongeldig('reden', `De reden is hoogstens ${MAX_REDEN} tekens.`);
    if (b.verborgenOp) throw geweigerd('al_verborgen', 'Dit bericht is al verborgen.');
    const [m] = await tx
      .insert(tafelMelding)
      .values({ berichtId, gemeldDoor: actor.gebruikerId, reden: r })
      .returning({ id: tafelMelding.id });
    await recordAudit(tx, actor, {
      entiteit: 'tafel_melding',
      entiteitId: m!.id,
      actie: 'aangemaakt',
      wijzigingen: diff({}, { berichtId, reden: r }, ['berichtId', 'reden']),
    });
    // The griffies of the organisations at the table moderate it: they hear of the report at once, in Grip
    // and by mail. The mail names only the regeling and the link (it may wait in the outbox), not the post.
    const d = (await draadRij(tx, b.draadId))!;
    const r2 = await regelingRij(tx, d.regelingId);
    const naam = r2?.korteNaam ?? r2?.naam ?? 'een regeling';
    const griffies = (
      await gebruikersMetRol(tx, await tafelDeelnemers(tx, d.regelingId, peildatum), ['griffie'])
    ).filter((g) => g.id !== actor.gebruikerId);
    await meld(
      tx,
      omgeving,
      griffies,
      `Bericht gemeld aan de gedeelde tafel van ${naam}`,
      `Iemand aan de gedeelde tafel van ${naam} meldde een bericht. Als griffie van een deelnemer kunt u het verbergen of laten staan.`,
      `/tafel/${d.id}#bericht-${b.volgnummer}`,
      'moderatie',
    );
    return m!.id;
  });
}

/**
 * A griffie hides a post, with a reason: it shows as "Verborgen door de griffie (reden)" without its text.
 * The text stays in the database and goes into the audit row; open reports of the post are settled.
 */
export async function verbergBericht(db: DbOrTx, actor: Actor, berichtId: string, reden: string) {
  return db.transaction(async (tx) => {
    const b = await berichtRij(tx, berichtId);
    if (!b) throw new DomeinFout('niet_gevonden');
    const r = reden.trim();
    if (!r) throw ongeldig('reden', 'Geef de reden waarom het bericht verborgen wordt.');
    if (r.length > MAX_REDEN) throw ongeldig('reden', `De reden is hoogstens ${MAX_REDEN} tekens.`);
    if (b.verborgenOp) throw geweigerd('al_verborgen', 'Dit bericht is al verborgen.');
    const nu = new Date();
    await tx
      .update(tafelBericht)
      .set({ verborgenOp: nu, verborgenDoor: actor.gebruikerId, verborgenReden: r })
      .where(eq(tafelBericht.id, berichtId));
    await tx
      .update(tafelMelding)
      .set({ afgehandeld: nu })
      .where(and(eq(tafelMelding.berichtId, berichtId), isNull(tafelMelding.afgehandeld)));
    await recordAudit(tx, actor, {
      entiteit: 'tafel_bericht',
      entiteitId: berichtId,
      actie: 'verborgen',
      wijzigingen: [
        { veld: 'verborgenReden', oud: null, nieuw: r },
        { veld: 'tekst', oud: b.tekst, nieuw: null },
      ],
    });
  });
}

/** A griffie judges a report and lets the post stand: the report is settled, the post stays. */
export async function laatStaan(db: DbOrTx, actor: Actor, meldingId: string) {
  return db.transaction(async (tx) => {
    const m = await meldingRij(tx, meldingId);
    if (!m) throw new DomeinFout('niet_gevonden');
    if (m.afgehandeld) throw geweigerd('al_afgehandeld', 'Deze melding is al afgehandeld.');
    await tx.update(tafelMelding).set({ afgehandeld: new Date() }).where(eq(tafelMelding.id, meldingId));
    await recordAudit(tx, actor, {
      entiteit: 'tafel_melding',
      entiteitId: meldingId,
      actie: 'laten_staan',
      wijzigingen: [{ veld: 'afgehandeld', oud: null, nieuw: 'laten staan' }],
    });
  });
}
