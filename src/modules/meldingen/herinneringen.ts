/**
 * Reminders of the P&C deadlines of an organisation: the users' choices (days before each
 * deadline), and the run that sends what is due — once a day by the job 'herinneringen', and on
 * demand (tests, a missed day).
 *
 * Never twice: each reminder is a row in verzonden_herinnering (user × item × deadline × days),
 * inserted with ON CONFLICT DO NOTHING in the same transaction as its mail; only a row that was
 * really inserted produces a mail. A second run — the same day, the next day within the catch-up
 * window, or at the same time in another process — finds the rows and sends nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Kalender } from '../../kalender';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import { mag, type RolToekenning } from '../../platform/auth/policy';
import type { Db, DbOrTx } from '../../platform/db/client';
import { gebruiker, rolToekenning } from '../accounts/schema';
import { dagenTussen, plusDagen } from '../begrotingscyclus/domain/datum';
import { actueleBegrotingsjaren, cycli, type KalenderItem, regelingenVan } from '../begrotingscyclus/store';
import { itemLabel, itemUitleg } from '../begrotingscyclus/teksten';
import { procedureTermijnen } from '../procedures/store';
import { organisatie } from '../organisaties/schema';
import { langeDatum } from '../termijnen/teksten';
import { type Mail, type MailWachtrij, zetMailKlaar } from './mail';
import { herinneringVoorkeur, verzondenHerinnering } from './schema';

/** The choices offered on the page; any whole number from 1 to MAX_DAGEN may be typed in. */
export const STANDAARD_DAGEN = [30, 14, 7, 3, 1] as const;
export const MAX_DAGEN = 365;
/** A missed daily run is made up for: a reminder whose moment passed at most this many days ago still goes out (if its deadline has not passed). */
export const INHAALDAGEN = 2;

/** Reads the chosen days: the checkboxes plus the free field ("21, 2"); a message per field that is wrong. */
export function leesDagen(
  aangevinkt: readonly string[],
  andere: string | null,
): { dagen: number[]; fouten: { dagen?: string; andere?: string } } {
  const fouten: { dagen?: string; andere?: string } = {};
  const dagen: number[] = [];
  for (const v of aangevinkt) {
    const n = Number(v);
    if ((STANDAARD_DAGEN as readonly number[]).includes(n)) dagen.push(n);
    else fouten.dagen = 'Kies uit de aantallen dagen in de lijst';
  }
  const delen = (andere ?? '').split(/[\s,;]+/).filter(Boolean);
  for (const d of delen) {
    const n = /^\d{1,3}$/.test(d) ? Number(d) : Number.NaN;
    if (!(n >= 1 && n <= MAX_DAGEN)) {
      fouten.andere = `Vul hele aantallen dagen in van 1 tot en met ${MAX_DAGEN}, gescheiden door komma's, bijvoorbeeld 21, 2`;
      break;
    }
    dagen.push(n);
  }
  const uniek = [...new Set(dagen)].sort((a, b) => b - a);
  if (uniek.length > 10 && !fouten.andere) fouten.andere = 'Kies ten hoogste 10 momenten';
  return { dagen: uniek, fouten };
}

/** One deadline for which reminders are due, with the chosen days that are due. */
export interface Verschuldigd {
  item: KalenderItem & { datum: string };
  dagen: number[];
}

/**
 * The reminders due on `vandaag` for these items and chosen days: a reminder `d` days before a
 * deadline is due from its moment (deadline − d) for INHAALDAGEN days, as long as the deadline is
 * today or later. Items without a date (meeting not planned) have no reminders.
 */
export function verschuldigd(items: readonly KalenderItem[], dagen: readonly number[], vandaag: string) {
  const uit: Verschuldigd[] = [];
  for (const item of items) {
    if (!item.datum || item.datum < vandaag) continue;
    const nog = dagenTussen(vandaag, item.datum);
    const due = dagen.filter((d) => d >= nog && d - nog <= INHAALDAGEN);
    if (due.length > 0) uit.push({ item: item as Verschuldigd['item'], dagen: [...new Set(due)] });
  }
  return uit;
}

/** The deadlines from `vandaag` on, each with the dates on which a reminder will go out. */
export function komendeHerinneringen(
  items: readonly KalenderItem[],
  dagen: readonly number[],
  vandaag: string,
  tot: string,
): { item: KalenderItem & { datum: string }; op: string[] }[] {
  return items
    .filter((i): i is KalenderItem & { datum: string } => !!i.datum && i.datum >= vandaag && i.datum <= tot)
    .sort((a, b) => a.datum.localeCompare(b.datum) || a.regelingNaam.localeCompare(b.regelingNaam))
    .map((item) => ({
      item,
      op: [...new Set(dagen.map((d) => plusDagen(item.datum, -d)))].filter((d) => d >= vandaag).sort(),
    }));
}

/** The deadlines (all begrotingsjaren around `vandaag`) of the regelingen an organisation takes part in. */
export async function termijnenVanOrganisatie(
  db: DbOrTx,
  organisatieId: string,
  vandaag: string,
  kalender: Kalender,
): Promise<KalenderItem[]> {
  const regelingen = await regelingenVan(db, organisatieId, vandaag);
  const [cyclus, procedures] = await Promise.all([
    cycli(db, regelingen, actueleBegrotingsjaren(vandaag), kalender, vandaag),
    procedureTermijnen(db, organisatieId),
  ]);
  return [...cyclus, ...procedures];
}

const stapNaam = itemLabel;

const korteDatum = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const kort = (d: string) => korteDatum.format(new Date(`${d}T00:00:00Z`));

/** The Dutch text of one reminder. */
export function herinneringsMail(
  ontvanger: { email: string; naam: string },
  item: KalenderItem & { datum: string },
  context: { organisatieNaam: string; dagen: readonly number[]; vandaag: string; baseUrl: string },
): Mail {
  const nog = dagenTussen(context.vandaag, item.datum);
  const wanneer = nog === 0 ? 'Vandaag' : nog === 1 ? 'Morgen' : `Over ${nog} dagen`;
  const basis = context.baseUrl.replace(/\/+$/, '');
  const regels = [
    `Beste ${ontvanger.naam},`,
    '',
    `${wanneer}, uiterlijk ${langeDatum(item.datum)}, is deze termijn van ${item.regelingNaam} (begrotingsjaar ${item.begrotingsjaar}):`,
    '',
    stapNaam(item),
    itemUitleg(item),
  ];
  if (item.status === 'open')
    regels.push('Let op: deze datum is onzeker, omdat hij rust op een open juridisch punt.');
  if (item.status === 'onbekend')
    regels.push('Let op: de vergadering waarvan deze datum afhangt, is nog niet gepland.');
  regels.push(
    '',
    `De hele kalender van de regeling, met de uitleg van elke datum: ${basis}/regelingen/${item.regelingId}`,
    '',
    `U krijgt deze herinnering omdat u in Grip herinneringen hebt ingesteld voor de termijnen van ${context.organisatieNaam} (${[...context.dagen].sort((a, b) => b - a).join(', ')} dagen van tevoren).`,
    `Wijzigen of uitzetten: ${basis}/account/herinneringen`,
    '',
    'Grip',
  );
  return {
    aan: ontvanger.email,
    onderwerp: `Herinnering: ${stapNaam(item)} — ${item.regelingNaam}, uiterlijk ${kort(item.datum)}`,
    tekst: regels.join('\n'),
  };
}

export interface HerinneringOpties {
  /** The address of this installation, for the links in the mail (config baseUrl). */
  baseUrl?: string;
  /** Enqueues the sending of each new mail; without it the mails stay in the outbox. */
  wachtrij?: MailWachtrij;
}

/**
 * Sends the reminders due on `vandaag`: for every user's choice (user × organisation × days), the
 * deadlines of the organisation's regelingen. One transaction per user; a reminder already sent
 * is never sent again. A user who no longer has a role at the organisation (nor is beheerder) gets
 * nothing for it. Returns the number of mails written.
 */
export async function verstuurHerinneringen(
  db: Db,
  vandaag: string,
  kalender: Kalender,
  opties: HerinneringOpties = {},
): Promise<{ mails: number }> {
  const baseUrl = opties.baseUrl ?? 'http://localhost:3000';
  const voorkeuren = await db
    .select({
      gebruikerId: herinneringVoorkeur.gebruikerId,
      email: gebruiker.email,
      naam: gebruiker.naam,
      organisatieId: herinneringVoorkeur.organisatieId,
      organisatieNaam: organisatie.naam,
      dagen: herinneringVoorkeur.dagenVooraf,
    })
    .from(herinneringVoorkeur)
    .innerJoin(gebruiker, eq(gebruiker.id, herinneringVoorkeur.gebruikerId))
    .innerJoin(organisatie, eq(organisatie.id, herinneringVoorkeur.organisatieId));
  if (voorkeuren.length === 0) return { mails: 0 };

  const gebruikers = [...new Set(voorkeuren.map((v) => v.gebruikerId))];
  const rollen = new Map<string, RolToekenning[]>();
  for (const r of await db
    .select({
      gebruikerId: rolToekenning.gebruikerId,
      rol: rolToekenning.rol,
      organisatieId: rolToekenning.organisatieId,
      regelingId: rolToekenning.regelingId,
    })
    .from(rolToekenning)
    .where(inArray(rolToekenning.gebruikerId, gebruikers))) {
    rollen.set(r.gebruikerId, [...(rollen.get(r.gebruikerId) ?? []), r]);
  }

  const perOrganisatie = new Map<string, Promise<KalenderItem[]>>();
  const termijnen = (organisatieId: string) => {
    let t = perOrganisatie.get(organisatieId);
    if (!t) {
      t = termijnenVanOrganisatie(db, organisatieId, vandaag, kalender);
      perOrganisatie.set(organisatieId, t);
    }
    return t;
  };

  let mails = 0;
  for (const gebruikerId of gebruikers) {
    const subject = { gebruikerId, rollen: rollen.get(gebruikerId) ?? [] };
    // Per deadline (an item may reach the user through two organisations): the due days, and which choice brought it.
    const teDoen = new Map<string, Verschuldigd & { voorkeur: (typeof voorkeuren)[number] }>();
    for (const v of voorkeuren) {
      if (v.gebruikerId !== gebruikerId) continue;
      if (!mag(subject, 'herinneringen.instellen', { organisatieId: v.organisatieId })) continue;
      for (const due of verschuldigd(await termijnen(v.organisatieId), v.dagen, vandaag)) {
        const sleutel = `${due.item.uid} ${due.item.datum}`;
        const eerder = teDoen.get(sleutel);
        if (eerder) eerder.dagen = [...new Set([...eerder.dagen, ...due.dagen])];
        else teDoen.set(sleutel, { ...due, voorkeur: v });
      }
    }
    if (teDoen.size === 0) continue;
    mails += await db.transaction(async (tx) => {
      let n = 0;
      // A fixed order, so two runs at the same time on PostgreSQL wait for each other instead of deadlocking.
      const opVolgorde = [...teDoen.entries()].sort(([a], [b]) => a.localeCompare(b));
      for (const [, { item, dagen, voorkeur }] of opVolgorde) {
        const nieuw = await tx
          .insert(verzondenHerinnering)
          .values(
            dagen.map((d) => ({ gebruikerId, itemUid: item.uid, deadline: item.datum, dagenVooraf: d })),
          )
          .onConflictDoNothing()
          .returning({ dagen: verzondenHerinnering.dagenVooraf });
        if (nieuw.length === 0) continue; // sent before: never twice
        const mail = herinneringsMail(voorkeur, item, {
          organisatieNaam: voorkeur.organisatieNaam,
          dagen: voorkeur.dagen,
          vandaag,
          baseUrl,
        });
        await zetMailKlaar(tx, mail, opties.wachtrij);
        n++;
      }
      return n;
    });
  }
  return { mails };
}

/** A user's choices, with the organisation's code and name. */
export async function voorkeurenVan(db: DbOrTx, gebruikerId: string) {
  return db
    .select({
      organisatieId: herinneringVoorkeur.organisatieId,
      code: organisatie.code,
      naam: organisatie.naam,
      dagen: herinneringVoorkeur.dagenVooraf,
    })
    .from(herinneringVoorkeur)
    .innerJoin(organisatie, eq(organisatie.id, herinneringVoorkeur.organisatieId))
    .where(eq(herinneringVoorkeur.gebruikerId, gebruikerId))
    .orderBy(organisatie.naam);
}

/**
 * Saves a user's reminders for one organisation (no days: removes them), with an audit entry.
 * The caller checks that the user may (policy 'herinneringen.instellen').
 */
export async function bewaarVoorkeur(
  db: Db,
  actor: Actor,
  gebruikerId: string,
  organisatieId: string,
  dagen: readonly number[],
): Promise<'aangemaakt' | 'gewijzigd' | 'verwijderd' | 'ongewijzigd'> {
  const nieuw = [...new Set(dagen)].sort((a, b) => b - a);
  return db.transaction(async (tx) => {
    const waar = and(
      eq(herinneringVoorkeur.gebruikerId, gebruikerId),
      eq(herinneringVoorkeur.organisatieId, organisatieId),
    );
    const [oud] = await tx.select().from(herinneringVoorkeur).where(waar);
    const entiteitId = `${gebruikerId}/${organisatieId}`;
    const wijzigingen = diff(oud ? { dagenVooraf: oud.dagenVooraf } : undefined, { dagenVooraf: nieuw }, [
      'dagenVooraf',
    ]);
    let actie: 'aangemaakt' | 'gewijzigd' | 'verwijderd' | 'ongewijzigd';
    if (nieuw.length === 0) {
      if (!oud) return 'ongewijzigd';
      await tx.delete(herinneringVoorkeur).where(waar);
      actie = 'verwijderd';
    } else if (!oud) {
      await tx.insert(herinneringVoorkeur).values({ gebruikerId, organisatieId, dagenVooraf: nieuw });
      actie = 'aangemaakt';
    } else {
      if (wijzigingen.length === 0) return 'ongewijzigd';
      await tx.update(herinneringVoorkeur).set({ dagenVooraf: nieuw }).where(waar);
      actie = 'gewijzigd';
    }
    await recordAudit(tx, actor, {
      entiteit: 'herinnering_voorkeur',
      entiteitId,
      actie,
      wijzigingen:
        actie === 'verwijderd' ? diff({ dagenVooraf: oud!.dagenVooraf }, {}, ['dagenVooraf']) : wijzigingen,
    });
    return actie;
  });
}
