/**
 * Use cases of procedures: create, attach documents, send (one request per participant with its
 * deadline, notifications in Grip and by mail), the councils' steps, the board's responses, the
 * decision, closing and withdrawing. Every use case is one transaction with its audit rows: a
 * failure halfway leaves the procedure as it was.
 */
import { neemtDeel } from '../regelingen/domain/deelname';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Kalender } from '../../kalender';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/client';
import { DomeinFout } from '../../platform/errors';
import { type MailWachtrij, zetMailKlaar } from '../meldingen/mail';
import { organisatie } from '../organisaties/schema';
import { vindOrganisatie } from '../organisaties/store';
import { deelnamesVan, regelingRij } from '../regelingen/store';
import {
  besluit as besluitStap,
  naVerzoekActie,
  reactieStap,
  rondReactieAf as rondReactieAfStap,
  sluitAf as sluitAfStap,
  trekIn as trekInStap,
  verzend,
  verzoekStap,
  wijzig as wijzigStap,
  type ProcedureStatus,
  type Strekking,
  type Uitkomst,
  type VerzoekStand,
  type Weigering,
  type Weigeringsgrond,
} from './domain/levenscyclus';
import { type ProcedureSoort, regelsVoor, soortPastBijVorm, verzoekVoorDeelnemer } from './domain/soorten';
import { verzoekTermijn } from './domain/termijn';
import { briefsjabloon, document, melding, procedure, verzoek, volger } from './schema';
import {
  gebruikersMetRol,
  procedureRij,
  verzoekenVan,
  volgersVan,
  type ProcedureRij,
  type VerzoekRij,
} from './store';
import { soortLabels, weigeringTekst } from './teksten';

/** What a use case needs besides the database: the Atw calendar, where links point, the mail queue. */
export interface Omgeving {
  kalender: Kalender;
  baseUrl: string;
  wachtrij?: MailWachtrij | undefined;
}

function weigerAls<T>(u: Uitkomst<T>): asserts u is { ok: true } & T {
  if (!u.ok) throw geweigerd(u.weigering);
}

export const geweigerd = (w: Weigering) =>
  new DomeinFout('stap_geweigerd', { data: { weigering: w, tekst: weigeringTekst(w) } });

const ongeldig = (veld: string, tekst: string) => new DomeinFout('ongeldig', { veld, data: { tekst } });

export const regelsVan = (
  p: Pick<ProcedureRij, 'soort' | 'verzondenOp' | 'aangemaakt' | 'vrijgesteldeCategorie'>,
) =>
  regelsVoor(p.soort, p.verzondenOp ?? p.aangemaakt.toISOString().slice(0, 10), {
    vrijgesteldeCategorie: p.vrijgesteldeCategorie,
  });

export const standVan = (v: VerzoekRij & { organisatie?: { naam: string } }): VerzoekStand => ({
  organisatie: v.organisatie?.naam ?? v.organisatieId,
  vraag: v.vraag as VerzoekStand['vraag'],
  status: v.status,
  uiterlijk: v.uiterlijk,
  heeftZienswijze: v.status === 'verzonden',
  heeftReactieBestuur: v.reactieBestuur !== null,
  toestemming: v.toestemming as VerzoekStand['toestemming'],
});

export interface ProcedureInput {
  soort: ProcedureSoort;
  titel: string;
  omschrijving?: string | null | undefined;
  begrotingsjaar?: number | null | undefined;
  betrokkenOrganisatieId?: string | null | undefined;
  vrijgesteldeCategorie?: boolean | undefined;
  geplandeBesluitdatum?: string | null | undefined;
  termijnDuur?: string | null | undefined;
  atwVanToepassing?: boolean | undefined;
  afgesprokenUiterlijk?: string | null | undefined;
}

const procedureVelden = [
  'soort',
  'titel',
  'omschrijving',
  'begrotingsjaar',
  'betrokkenOrganisatieId',
  'vrijgesteldeCategorie',
  'geplandeBesluitdatum',
  'termijnDuur',
  'atwVanToepassing',
  'afgesprokenUiterlijk',
] as const;

/** The stored values of a procedure's input (blank texts and absent fields become null or false). */
const procedureWaarden = (input: Omit<ProcedureInput, 'soort'>) => ({
  titel: input.titel.trim(),
  omschrijving: input.omschrijving?.trim() || null,
  begrotingsjaar: input.begrotingsjaar ?? null,
  betrokkenOrganisatieId: input.betrokkenOrganisatieId ?? null,
  vrijgesteldeCategorie: input.vrijgesteldeCategorie ?? false,
  geplandeBesluitdatum: input.geplandeBesluitdatum ?? null,
  termijnDuur: input.termijnDuur ?? null,
  atwVanToepassing: input.atwVanToepassing ?? false,
  afgesprokenUiterlijk: input.afgesprokenUiterlijk ?? null,
});

/**
 * The organisation that joins or leaves, from a code, TOOI URI or id as the API and the form give it.
 * An unknown reference is a field error.
 */
export async function betrokkenOrganisatie(
  db: DbOrTx,
  ref: string | null | undefined,
): Promise<string | null> {
  if (!ref) return null;
  const o = await vindOrganisatie(db, ref);
  if (!o) throw new DomeinFout('organisatie_onbekend', { veld: 'betrokkenOrganisatie' });
  return o.id;
}

/** Creates a procedure in concept. */
export async function maakProcedure(db: DbOrTx, actor: Actor, regelingId: string, input: ProcedureInput) {
  return db.transaction(async (tx) => {
    const r = await regelingRij(tx, regelingId);
    if (!r) throw new DomeinFout('niet_gevonden');
    const regels = regelsVoor(input.soort, '9999-12-31', {
      vrijgesteldeCategorie: input.vrijgesteldeCategorie,
    });
    const past = soortPastBijVorm(regels, r.vorm);
    if (!past.past)
      throw ongeldig(
        'soort',
        `Deze procedure hoort niet bij deze samenwerkingsvorm: alleen een regeling met een eigen bestuur en begroting kent haar (${past.artikel}).`,
      );
    if ((input.soort === 'toetreding' || input.soort === 'uittreding') && !input.betrokkenOrganisatieId)
      throw ongeldig('betrokkenOrganisatie', 'Kies de organisatie die toetreedt of uittreedt.');
    const waarden = { soort: input.soort, ...procedureWaarden(input) };
    const [p] = await tx
      .insert(procedure)
      .values({ ...waarden, regelingId })
      .returning({ id: procedure.id });
    await recordAudit(tx, actor, {
      entiteit: 'procedure',
      entiteitId: p!.id,
      actie: 'aangemaakt',
      regelingId,
      wijzigingen: diff(undefined, waarden, procedureVelden),
    });
    return p!.id;
  });
}

/** Changes a concept (sent procedures are what the councils received: withdraw and start again). */
export async function wijzigProcedure(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: Omit<ProcedureInput, 'soort'>,
  versie?: number,
) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, id, versie);
    weigerAls(wijzigStap(p.status));
    if ((p.soort === 'toetreding' || p.soort === 'uittreding') && !input.betrokkenOrganisatieId)
      throw ongeldig('betrokkenOrganisatie', 'Kies de organisatie die toetreedt of uittreedt.');
    const waarden = procedureWaarden(input);
    await tx
      .update(procedure)
      .set({ ...waarden, versie: sql`${procedure.versie} + 1`, gewijzigd: new Date() })
      .where(eq(procedure.id, id));
    await recordAudit(tx, actor, {
      entiteit: 'procedure',
      entiteitId: id,
      actie: 'gewijzigd',
      regelingId: p.regelingId,
      wijzigingen: diff(p, { ...p, ...waarden }, procedureVelden),
    });
  });
}

/** Locks the procedure row for the rest of the transaction and checks the version when given. */
async function neem(tx: DbOrTx, id: string, versie?: number): Promise<ProcedureRij> {
  const [p] = await tx.select().from(procedure).where(eq(procedure.id, id)).for('update');
  if (!p) throw new DomeinFout('niet_gevonden');
  if (versie !== undefined && versie !== p.versie) throw new DomeinFout('versie_conflict');
  return p;
}

async function zetStatus(
  tx: DbOrTx,
  actor: Actor,
  p: ProcedureRij,
  status: ProcedureStatus,
  extra: Partial<typeof procedure.$inferInsert> = {},
  actie = 'gewijzigd',
) {
  await tx
    .update(procedure)
    .set({ ...extra, status, versie: sql`${procedure.versie} + 1`, gewijzigd: new Date() })
    .where(eq(procedure.id, p.id));
  const velden = ['status', ...Object.keys(extra)] as (keyof ProcedureRij)[];
  await recordAudit(tx, actor, {
    entiteit: 'procedure',
    entiteitId: p.id,
    actie,
    regelingId: p.regelingId,
    wijzigingen: diff(p, { ...p, ...extra, status }, velden),
  });
}

export interface DocumentInput {
  soort: string;
  titel: string;
  bestandsnaam: string;
  bytes: Uint8Array;
  datum: string;
  openbaar: boolean;
  /** TOOI URI of the publisher; by default the organisation that uploads. */
  uitgever?: string | null;
}

/**
 * Stores a document (PDF, DOCX or ODT, recognised by content) with a procedure, or with one
 * participant's request. A refused file leaves nothing behind.
 */
export async function voegDocumentToe(
  db: DbOrTx,
  actor: Actor,
  procedureId: string,
  input: DocumentInput,
  opties: { maxBytes: number; verzoekId?: string | null },
) {
  if (input.bytes.byteLength === 0) throw ongeldig('bestand', 'Het bestand is leeg.');
  if (input.bytes.byteLength > opties.maxBytes)
    throw new DomeinFout('te_groot', {
      veld: 'bestand',
      data: { tekst: `Het bestand is groter dan ${Math.round(opties.maxBytes / 1024 / 1024)} MB.` },
    });
  // file-type (13 MB) is loaded on the first upload, not at start.
  const { herkenDocument } = await import('../../platform/documenten/inhoud');
  const herkend = await herkenDocument(input.bytes);
  if (!herkend)
    throw ongeldig(
      'bestand',
      'Dit bestand is geen PDF, Word-document (DOCX) of OpenDocument-tekst (ODT). Grip kijkt naar de inhoud, niet naar de naam.',
    );
  return db.transaction(async (tx) => {
    const p = await neem(tx, procedureId);
    if (p.status === 'afgesloten' || p.status === 'ingetrokken')
      throw geweigerd({ code: 'procedure_al_beeindigd', data: { status: p.status } });
    const bestandsnaam = input.bestandsnaam.replace(/\.[^.]*$/, '') + '.' + herkend.extensie;
    const [d] = await tx
      .insert(document)
      .values({
        regelingId: p.regelingId,
        procedureId,
        verzoekId: opties.verzoekId ?? null,
        soort: input.soort,
        titel: input.titel.trim() || bestandsnaam,
        bestandsnaam,
        mediatype: herkend.mediatype,
        grootte: input.bytes.byteLength,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        inhoud: Buffer.from(input.bytes),
        datum: input.datum,
        // By default the regeling itself publishes (its TOOI URI), else the organisation where it is seated.
        uitgever: input.uitgever ?? (await uitgeverVan(tx, p.regelingId)),
        openbaar: input.openbaar,
        geuploadDoor: actor.gebruikerId,
      })
      .returning({ id: document.id });
    await recordAudit(tx, actor, {
      entiteit: 'document',
      entiteitId: d!.id,
      actie: 'aangemaakt',
      regelingId: p.regelingId,
      wijzigingen: [
        { veld: 'titel', oud: null, nieuw: input.titel },
        { veld: 'bestandsnaam', oud: null, nieuw: bestandsnaam },
        { veld: 'openbaar', oud: null, nieuw: input.openbaar },
      ],
    });
    return d!.id;
  });
}

async function uitgeverVan(tx: DbOrTx, regelingId: string): Promise<string | null> {
  const r = await regelingRij(tx, regelingId);
  if (r?.referenties.tooiUri) return r.referenties.tooiUri;
  if (!r?.vestigingOrganisatieId) return null;
  const [o] = await tx
    .select({ tooiUri: organisatie.tooiUri })
    .from(organisatie)
    .where(eq(organisatie.id, r.vestigingOrganisatieId));
  return o?.tooiUri ?? null;
}

/**
 * A notification in Grip and, for users with an e-mail address, a mail in the outbox at once. `soort` says
 * what it is about ('procedure', 'moderatie', …); only 'tafel' notifications wait for the daily digest.
 */
export async function meld(
  tx: DbOrTx,
  omgeving: Pick<Omgeving, 'baseUrl' | 'wachtrij'>,
  ontvangers: { id: string; email: string; naam: string }[],
  onderwerp: string,
  tekst: string,
  pad: string,
  soort = 'procedure',
) {
  const uniek = [...new Map(ontvangers.map((o) => [o.id, o])).values()];
  if (uniek.length === 0) return;
  await tx
    .insert(melding)
    .values(uniek.map((o) => ({ gebruikerId: o.id, tekst: onderwerp, link: pad, soort })));
  for (const o of uniek)
    await zetMailKlaar(
      tx,
      {
        aan: o.email,
        onderwerp: `Grip: ${onderwerp}`,
        tekst: `Beste ${o.naam},\n\n${tekst}\n\nBekijk het in Grip: ${new URL(pad, omgeving.baseUrl).toString()}\n`,
      },
      omgeving.wachtrij,
    );
}

/**
 * Concept → verzonden: one request per participant (or to the organisation that joins or leaves),
 * each with its deadline from the Atw engine; the griffies of those participants are notified.
 */
export async function verzendProcedure(
  db: DbOrTx,
  actor: Actor,
  id: string,
  verzondenOp: string,
  omgeving: Omgeving,
  versie?: number,
) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, id, versie);
    const regels = regelsVoor(p.soort, verzondenOp, { vrijgesteldeCategorie: p.vrijgesteldeCategorie });
    const r = (await regelingRij(tx, p.regelingId))!;
    let deelnemers = (await deelnamesVan(tx, p.regelingId))
      .filter((d) => neemtDeel(d, verzondenOp))
      .map((d) => ({ organisatie: d.organisatie, organen: d.organen }));
    if (p.betrokkenOrganisatieId) {
      const eigen = deelnemers.filter((d) => d.organisatie.id === p.betrokkenOrganisatieId);
      if (eigen.length === 0) {
        // A joining organisation does not take part yet: its council still gets the request.
        const [o] = await tx
          .select({
            id: organisatie.id,
            code: organisatie.code,
            naam: organisatie.naam,
            soort: organisatie.soort,
            tooiUri: organisatie.tooiUri,
          })
          .from(organisatie)
          .where(eq(organisatie.id, p.betrokkenOrganisatieId));
        if (o) eigen.push({ organisatie: o, organen: r.type === 'raadsregeling' ? ['raad'] : ['college'] });
      }
      deelnemers = eigen;
    }
    const verzoeken = deelnemers.flatMap((d) => {
      const regel = verzoekVoorDeelnemer(regels, {
        organisatieSoort: d.organisatie.soort,
        organen: d.organen,
      });
      return regel ? [{ ...regel, organisatie: d.organisatie }] : [];
    });
    const [{ aantal }] = (await tx
      .select({ aantal: sql<number>`count(*)::int` })
      .from(document)
      .where(eq(document.procedureId, id))) as [{ aantal: number }];
    weigerAls(verzend(p.status, regels, { aantalDocumenten: aantal, aantalVerzoeken: verzoeken.length }));
    const termijn = verzoekTermijn(regels, {
      verzondenOp,
      duur: p.termijnDuur,
      atwVanToepassing: p.atwVanToepassing,
      afgesprokenUiterlijk: p.afgesprokenUiterlijk,
      besluitdatum: p.geplandeBesluitdatum,
      kalender: omgeving.kalender,
    });
    if ('fout' in termijn)
      throw ongeldig(
        'termijnDuur',
        termijn.fout === 'duur_ontbreekt'
          ? 'Geef de termijn voor de raden: de wet stelt er hier geen, de regeling (of het bestuur) bepaalt hem.'
          : 'Gebruik een ISO 8601-duur in dagen of weken, bijvoorbeeld P6W.',
      );
    await tx.insert(verzoek).values(
      verzoeken.map((v) => ({
        procedureId: id,
        organisatieId: v.organisatie.id,
        aan: v.aan,
        vraag: v.vraag,
        regelStatus: v.status,
        artikel: v.artikel,
        uiterlijk: v.vraag === 'eigen_besluit' ? null : termijn.uiterlijk,
        termijnGrondslag: termijn.grondslag,
        berekening: termijn.berekening,
        termijnWaarschuwingen: termijn.waarschuwingen,
      })),
    );
    await zetStatus(tx, actor, p, 'verzonden', { verzondenOp }, 'verzonden');
    const griffies = await gebruikersMetRol(
      tx,
      verzoeken.map((v) => v.organisatie.id),
      ['griffie'],
    );
    await meld(
      tx,
      omgeving,
      griffies,
      `${soortLabels[p.soort]} van ${r.naam}: ${p.titel}`,
      `${r.naam} heeft "${p.titel}" aan de raden van de deelnemers gestuurd.` +
        (termijn.uiterlijk
          ? ` Reageren kan tot en met ${termijn.uiterlijk}.`
          : ' De stukken zijn ter kennisname.'),
      `/procedures/${id}`,
    );
    return { verzoeken: verzoeken.length, uiterlijk: termijn.uiterlijk };
  });
}

async function neemVerzoek(tx: DbOrTx, procedureId: string, organisatieId: string): Promise<VerzoekRij> {
  const [v] = await tx
    .select()
    .from(verzoek)
    .where(and(eq(verzoek.procedureId, procedureId), eq(verzoek.organisatieId, organisatieId)))
    .for('update');
  if (!v) throw new DomeinFout('niet_gevonden');
  return v;
}

export type VerzoekInvoer =
  | { soort: 'ontvangen'; datum: string }
  | { soort: 'agenderen'; commissieDatum: string | null; raadsDatum: string }
  | { soort: 'raadsbesluit'; datum: string; stemmenVoor?: number | null; stemmenTegen?: number | null }
  | { soort: 'zienswijze'; datum: string; strekking: Strekking; tekst: string | null }
  | { soort: 'geen_zienswijze'; datum: string }
  | { soort: 'toestemming'; besluit: 'verleend' | 'geweigerd'; grond: Weigeringsgrond | null };

const verzoekVelden = [
  'status',
  'ontvangenOp',
  'commissieDatum',
  'raadsDatum',
  'raadsbesluitDatum',
  'stemmenVoor',
  'stemmenTegen',
  'zienswijzeVerzondenOp',
  'strekking',
  'zienswijzeTekst',
  'teLaat',
  'geenZienswijzeOp',
  'toestemming',
  'weigeringsgrond',
  'reactieBestuur',
  'reactieBestuurOp',
] as const;

/** A council's step on its request, recorded by its griffie. */
export async function verzoekActie(
  db: DbOrTx,
  actor: Actor,
  procedureId: string,
  organisatieId: string,
  invoer: VerzoekInvoer,
  omgeving: Omgeving,
) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, procedureId);
    const v = await neemVerzoek(tx, procedureId, organisatieId);
    if (invoer.soort === 'zienswijze' && !invoer.tekst?.trim()) {
      const [{ aantal }] = (await tx
        .select({ aantal: sql<number>`count(*)::int` })
        .from(document)
        .where(eq(document.verzoekId, v.id))) as [{ aantal: number }];
      if (aantal === 0) throw ongeldig('tekst', 'Schrijf de zienswijze of voeg eerst de brief toe.');
    }
    const uitkomst = verzoekStap(p.status, standVan(v), invoer, p.verzondenOp);
    weigerAls(uitkomst);
    const nieuw: Partial<VerzoekRij> = { status: uitkomst.status };
    switch (invoer.soort) {
      case 'ontvangen':
        nieuw.ontvangenOp = invoer.datum;
        // Art. 1 lid 3 counts from receipt: a later receipt gives this council a later deadline.
        if (p.soort && regelsVan(p).termijn.soort === 'wet' && v.vraag !== 'eigen_besluit') {
          const t = verzoekTermijn(regelsVan(p), {
            verzondenOp: p.verzondenOp!,
            ontvangenOp: invoer.datum,
            besluitdatum: p.geplandeBesluitdatum,
            kalender: omgeving.kalender,
          });
          if (!('fout' in t)) {
            nieuw.uiterlijk = t.uiterlijk;
            nieuw.berekening = t.berekening;
            nieuw.termijnWaarschuwingen = t.waarschuwingen;
          }
        }
        break;
      case 'agenderen':
        nieuw.commissieDatum = invoer.commissieDatum;
        nieuw.raadsDatum = invoer.raadsDatum;
        break;
      case 'raadsbesluit':
        nieuw.raadsbesluitDatum = invoer.datum;
        nieuw.stemmenVoor = invoer.stemmenVoor ?? null;
        nieuw.stemmenTegen = invoer.stemmenTegen ?? null;
        break;
      case 'zienswijze':
        nieuw.zienswijzeVerzondenOp = invoer.datum;
        nieuw.strekking = invoer.strekking;
        nieuw.zienswijzeTekst = invoer.tekst?.trim() || null;
        nieuw.teLaat = uitkomst.teLaat;
        break;
      case 'geen_zienswijze':
        nieuw.geenZienswijzeOp = invoer.datum;
        break;
      case 'toestemming':
        nieuw.toestemming = invoer.besluit;
        nieuw.weigeringsgrond = invoer.besluit === 'geweigerd' ? invoer.grond : null;
        break;
    }
    await tx
      .update(verzoek)
      .set({ ...nieuw, versie: sql`${verzoek.versie} + 1`, gewijzigd: new Date() })
      .where(eq(verzoek.id, v.id));
    await recordAudit(tx, actor, {
      entiteit: 'verzoek',
      entiteitId: v.id,
      actie: invoer.soort,
      regelingId: p.regelingId,
      wijzigingen: diff(v, { ...v, ...nieuw }, verzoekVelden),
    });
    const status = naVerzoekActie(p.status);
    if (status !== p.status) await zetStatus(tx, actor, p, status);
  });
}

/** The board's reasoned response to one participant's zienswijze. */
export async function reageerOpZienswijze(
  db: DbOrTx,
  actor: Actor,
  procedureId: string,
  organisatieId: string,
  input: { tekst: string; datum: string },
) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, procedureId);
    const v = await neemVerzoek(tx, procedureId, organisatieId);
    weigerAls(reactieStap(p.status, standVan(v)));
    if (!input.tekst.trim()) throw ongeldig('tekst', 'Schrijf de reactie van het bestuur.');
    const nieuw = { reactieBestuur: input.tekst.trim(), reactieBestuurOp: input.datum };
    await tx
      .update(verzoek)
      .set({ ...nieuw, versie: sql`${verzoek.versie} + 1`, gewijzigd: new Date() })
      .where(eq(verzoek.id, v.id));
    await recordAudit(tx, actor, {
      entiteit: 'verzoek',
      entiteitId: v.id,
      actie: 'reactie_bestuur',
      regelingId: p.regelingId,
      wijzigingen: diff(v, { ...v, ...nieuw }, verzoekVelden),
    });
  });
}

/** Griffies of the participants and everyone who follows the regeling. */
async function belanghebbenden(tx: DbOrTx, p: ProcedureRij) {
  const verzoeken = await verzoekenVan(tx, p.id);
  const griffies = await gebruikersMetRol(
    tx,
    verzoeken.map((v) => v.organisatieId),
    ['griffie'],
  );
  return [...griffies, ...(await volgersVan(tx, p.regelingId))];
}

/** In behandeling → reactie bestuur: the board answered every zienswijze; participants are told. */
export async function rondReactieAf(db: DbOrTx, actor: Actor, id: string, omgeving: Omgeving) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, id);
    const verzoeken = await verzoekenVan(tx, id);
    const u = rondReactieAfStap(p.status, regelsVan(p), verzoeken.map(standVan));
    weigerAls(u);
    await zetStatus(tx, actor, p, u.status, {}, 'reactie_bestuur');
    const r = (await regelingRij(tx, p.regelingId))!;
    await meld(
      tx,
      omgeving,
      await belanghebbenden(tx, p),
      `Reactie van het bestuur van ${r.naam} op de zienswijzen: ${p.titel}`,
      `Het bestuur van ${r.naam} heeft op elke zienswijze over "${p.titel}" gereageerd.`,
      `/procedures/${id}`,
    );
  });
}

export interface BesluitInput {
  datum: string;
  referentie?: string | null | undefined;
  toelichting?: string | null | undefined;
}

/** → besloten, with the decision's date and publication; participants and followers are told. */
export async function legBesluitVast(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: BesluitInput,
  omgeving: Omgeving,
) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, id);
    const verzoeken = await verzoekenVan(tx, id);
    const u = besluitStap(p.status, regelsVan(p), verzoeken.map(standVan), input.datum, p.verzondenOp);
    weigerAls(u);
    await zetStatus(
      tx,
      actor,
      p,
      u.status,
      {
        besluitDatum: input.datum,
        besluitReferentie: input.referentie?.trim() || null,
        besluitToelichting: input.toelichting?.trim() || null,
      },
      'besloten',
    );
    const r = (await regelingRij(tx, p.regelingId))!;
    await meld(
      tx,
      omgeving,
      await belanghebbenden(tx, p),
      `Besluit van ${r.naam}: ${p.titel}`,
      `Het bestuur van ${r.naam} heeft op ${input.datum} besloten over "${p.titel}"` +
        (input.referentie ? ` (${input.referentie}).` : '.'),
      `/procedures/${id}`,
    );
  });
}

export async function sluitProcedureAf(db: DbOrTx, actor: Actor, id: string, datum: string) {
  return db.transaction(async (tx) => {
    const p = await neem(tx, id);
    const u = sluitAfStap(p.status, regelsVan(p));
    weigerAls(u);
    await zetStatus(tx, actor, p, u.status, { afgeslotenOp: datum }, 'afgesloten');
  });
}

export async function trekProcedureIn(db: DbOrTx, actor: Actor, id: string, datum: string, reden: string) {
  if (!reden.trim()) throw ongeldig('reden', 'Geef de reden van de intrekking.');
  return db.transaction(async (tx) => {
    const p = await neem(tx, id);
    const u = trekInStap(p.status);
    weigerAls(u);
    await zetStatus(
      tx,
      actor,
      p,
      u.status,
      { ingetrokkenOp: datum, intrekkingReden: reden.trim() },
      'ingetrokken',
    );
  });
}

export type BriefsjabloonInput = Omit<typeof briefsjabloon.$inferInsert, 'organisatieId' | 'gewijzigd'>;

export async function bewaarBriefsjabloon(
  db: DbOrTx,
  actor: Actor,
  organisatieId: string,
  input: BriefsjabloonInput,
) {
  return db.transaction(async (tx) => {
    await tx
      .insert(briefsjabloon)
      .values({ ...input, organisatieId })
      .onConflictDoUpdate({ target: briefsjabloon.organisatieId, set: { ...input, gewijzigd: new Date() } });
    await recordAudit(tx, actor, {
      entiteit: 'briefsjabloon',
      entiteitId: organisatieId,
      actie: 'gewijzigd',
      wijzigingen: [{ veld: 'afzender', oud: null, nieuw: input.afzender }],
    });
  });
}

/** Follow or stop following a regeling. */
export async function volg(db: DbOrTx, gebruikerId: string, regelingId: string, aan: boolean) {
  if (aan) await db.insert(volger).values({ gebruikerId, regelingId }).onConflictDoNothing();
  else
    await db
      .delete(volger)
      .where(and(eq(volger.gebruikerId, gebruikerId), eq(volger.regelingId, regelingId)));
}

export { procedureRij };
