/**
 * Use cases of inlichtingen: ask, answer, withdraw. Each is one transaction with its audit row and its
 * notifications (in Grip and in the outbox): the secretariaat of the regeling when asked, the asker
 * when answered. Who may do it is decided by the caller with the policy (inlichting.stellen,
 * inlichting.beantwoorden); this file decides what the law and the lifecycle allow.
 */
import { neemtDeel } from '../regelingen/domain/deelname';
import { eq, sql } from 'drizzle-orm';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/client';
import { DomeinFout } from '../../platform/errors';
import type { MailWachtrij } from '../meldingen/mail';
import { meld } from '../procedures/service';
import { zittingHebbend } from '../regelingen/domain/bestuur';
import { bestuursledenVan, deelnamesVan, regelingRij } from '../regelingen/store';
import {
  type AntwoordDoor,
  antwoordStap,
  type Geadresseerde,
  geadresseerden,
  type InlichtingAan,
  inlichtingTermijn,
  intrekStap,
} from './domain/inlichtingen';
import { onzeInstrumenten } from './domain/instrumenten';
import { instrumentenInvoer } from './invoer';
import {
  gebruikerVoorMelding,
  inlichtingRij,
  type InlichtingRij,
  secretariaatVan,
} from './inlichtingen-store';
import { inlichting } from './schema';

export interface InlichtingOmgeving {
  baseUrl: string;
  wachtrij?: MailWachtrij | undefined;
  /** GRIP_INLICHTINGEN_TERMIJN_DAGEN. */
  standaardTermijnDagen: number;
}

const ongeldig = (veld: string, tekst: string) => new DomeinFout('ongeldig', { veld, data: { tekst } });
const geweigerd = (tekst: string) => new DomeinFout('stap_geweigerd', { data: { tekst } });

/**
 * Who this participant's raadsleden can ask in the regeling on the peildatum, with the names of our
 * seated members in the (algemeen) bestuur. Null when the organisation does not take part then.
 */
export async function geadresseerdenVoor(
  db: DbOrTx,
  regelingId: string,
  organisatieId: string,
  peildatum: string,
): Promise<Geadresseerde[] | null> {
  const r = await regelingRij(db, regelingId);
  if (!r) return null;
  const d = (await deelnamesVan(db, regelingId)).find(
    (x) => x.organisatieId === organisatieId && neemtDeel(x, peildatum),
  );
  if (!d) return null;
  const invoer =
    (r.vorm as string) === 'onbekend' ? null : instrumentenInvoer(r, d.organisatie, d.organen, peildatum);
  if (!invoer) return [];
  const leden = zittingHebbend(await bestuursledenVan(db, regelingId), peildatum)
    .filter((l) => l.deelnameId === d.id && (l.orgaan === 'ab' || l.orgaan === 'bestuur'))
    .map((l) => l.naam);
  return geadresseerden(onzeInstrumenten(invoer), leden);
}

export interface VraagInput {
  organisatieId: string;
  aan: InlichtingAan;
  onderwerp: string;
  vraag: string;
  openbaar: boolean;
  gesteldOp: string;
}

const inlichtingVelden = [
  'status',
  'antwoord',
  'beantwoordOp',
  'antwoordNamens',
  'ingetrokkenOp',
] as const satisfies readonly (keyof InlichtingRij)[];

/** A raadslid or griffie asks a question; its due date comes from the regeling's agreement or the default. */
export async function stelVraag(
  db: DbOrTx,
  actor: Actor,
  regelingId: string,
  input: VraagInput,
  omgeving: InlichtingOmgeving,
): Promise<string> {
  return db.transaction(async (tx) => {
    const r = await regelingRij(tx, regelingId);
    if (!r) throw new DomeinFout('niet_gevonden');
    const onderwerp = input.onderwerp.trim();
    const vraag = input.vraag.trim();
    if (!onderwerp) throw ongeldig('onderwerp', 'Geef de vraag een onderwerp.');
    if (onderwerp.length > 200) throw ongeldig('onderwerp', 'Het onderwerp is hoogstens 200 tekens.');
    if (!vraag) throw ongeldig('vraag', 'Schrijf de vraag.');
    const keuzes = await geadresseerdenVoor(tx, regelingId, input.organisatieId, input.gesteldOp);
    if (keuzes === null) throw ongeldig('organisatie', 'Deze organisatie neemt niet deel aan de regeling.');
    const g = keuzes.find((k) => k.aan === input.aan);
    if (!g)
      throw ongeldig(
        'aan',
        keuzes.length === 0
          ? 'Deze regeling heeft geen eigen bestuur en geen lid namens uw organisatie aan wie u inlichtingen kunt vragen (Wgr art. 16–19).'
          : 'Kies aan wie de vraag gaat.',
      );
    const termijn = inlichtingTermijn(
      input.gesteldOp,
      r.afspraken.inlichtingenTermijnDagen,
      omgeving.standaardTermijnDagen,
    );
    const [rij] = await tx
      .insert(inlichting)
      .values({
        regelingId,
        organisatieId: input.organisatieId,
        gesteldDoor: actor.gebruikerId,
        gesteldDoorNaam: actor.label.replace(/\s*<[^>]*>$/, ''),
        aan: g.aan,
        geadresseerde: g.naam,
        artikel: g.artikel,
        onderwerp,
        vraag,
        openbaar: input.openbaar,
        gesteldOp: input.gesteldOp,
        uiterlijk: termijn.uiterlijk,
        termijnGrondslag: termijn.grondslag,
      })
      .returning({ id: inlichting.id });
    const id = rij!.id;
    await recordAudit(tx, actor, {
      entiteit: 'inlichting',
      entiteitId: id,
      actie: 'aangemaakt',
      regelingId,
      wijzigingen: diff(
        {},
        { status: 'open' as const, openbaar: input.openbaar, uiterlijk: termijn.uiterlijk },
        ['status', 'openbaar', 'uiterlijk'],
      ),
    });
    await meld(
      tx,
      { baseUrl: omgeving.baseUrl, wachtrij: omgeving.wachtrij },
      await secretariaatVan(tx, regelingId),
      `Nieuwe vraag aan ${g.naam.charAt(0).toLowerCase()}${g.naam.slice(1)} van ${r.korteNaam ?? r.naam}: ${onderwerp}`,
      `Er is een vraag gesteld over ${r.naam} (${g.artikel}). Het antwoord wordt uiterlijk ${termijn.uiterlijk} verwacht.`,
      `/regelingen/${regelingId}/inlichtingen#inlichting-${id}`,
    );
    return id;
  });
}

async function neem(tx: DbOrTx, id: string, versie?: number) {
  const v = await inlichtingRij(tx, id);
  if (!v) throw new DomeinFout('niet_gevonden');
  if (versie !== undefined && versie !== v.versie) throw new DomeinFout('versie_conflict');
  return v;
}

const stapTekst = {
  niet_open: 'Deze vraag is al beantwoord of ingetrokken.',
  antwoord_voor_vraag: 'Het antwoord kan niet van vóór de vraag zijn.',
} as const;

/** Records the answer (by the member, the griffie or the secretariaat); the asker is notified. */
export async function beantwoordVraag(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: { antwoord: string; datum: string; namens: AntwoordDoor },
  omgeving: InlichtingOmgeving,
  versie?: number,
) {
  return db.transaction(async (tx) => {
    const v = await neem(tx, id, versie);
    const stap = antwoordStap(v, input.datum);
    if (!stap.ok) throw geweigerd(stapTekst[stap.reden]);
    const antwoord = input.antwoord.trim();
    if (!antwoord) throw ongeldig('antwoord', 'Schrijf het antwoord.');
    const nieuw = {
      status: 'beantwoord' as const,
      antwoord,
      beantwoordOp: input.datum,
      antwoordNamens: input.namens,
    };
    await tx
      .update(inlichting)
      .set({
        ...nieuw,
        beantwoordDoor: actor.gebruikerId,
        versie: sql`${inlichting.versie} + 1`,
        gewijzigd: new Date(),
      })
      .where(eq(inlichting.id, id));
    await recordAudit(tx, actor, {
      entiteit: 'inlichting',
      entiteitId: id,
      actie: 'beantwoord',
      regelingId: v.regelingId,
      wijzigingen: diff(v, { ...v, ...nieuw }, inlichtingVelden),
    });
    await meld(
      tx,
      { baseUrl: omgeving.baseUrl, wachtrij: omgeving.wachtrij },
      await gebruikerVoorMelding(tx, v.gesteldDoor),
      `Antwoord op uw vraag over ${v.regeling.korteNaam ?? v.regeling.naam}: ${v.onderwerp}`,
      `Uw vraag "${v.onderwerp}" aan ${v.geadresseerde.charAt(0).toLowerCase()}${v.geadresseerde.slice(1)} is beantwoord op ${input.datum}.`,
      `/regelingen/${v.regelingId}/inlichtingen#inlichting-${id}`,
    );
  });
}

/** The asker (or the griffie) withdraws an open question. */
export async function trekVraagIn(db: DbOrTx, actor: Actor, id: string, datum: string) {
  return db.transaction(async (tx) => {
    const v = await neem(tx, id);
    const stap = intrekStap(v);
    if (!stap.ok) throw geweigerd(stapTekst[stap.reden]);
    const nieuw = { status: 'ingetrokken' as const, ingetrokkenOp: datum };
    await tx
      .update(inlichting)
      .set({ ...nieuw, versie: sql`${inlichting.versie} + 1`, gewijzigd: new Date() })
      .where(eq(inlichting.id, id));
    await recordAudit(tx, actor, {
      entiteit: 'inlichting',
      entiteitId: id,
      actie: 'ingetrokken',
      regelingId: v.regelingId,
      wijzigingen: diff(v, { ...v, ...nieuw }, inlichtingVelden),
    });
  });
}
