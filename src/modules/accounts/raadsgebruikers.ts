/**
 * The accounts of a council: its griffie adds raadsleden and griffie colleagues and withdraws the role of
 * someone who leaves the council; anyone can get a one-time link to choose a (new) password. Every use case
 * is one transaction with its audit entry and its mail (outbox, see meldingen/mail.ts).
 */
import { eq } from 'drizzle-orm';
import { type Actor, recordAudit, systeem } from '../../platform/audit/audit';
import { nieuwToken, sha256 } from '../../platform/auth/crypto';
import type { DbOrTx } from '../../platform/db/client';
import { DomeinFout } from '../../platform/errors';
import { type MailWachtrij, zetMailKlaar } from '../meldingen/mail';
import { organisatie } from '../organisaties/schema';
import { beeindigBijVertrekUitRaad } from '../raadswerkplaats/adviescommissie-service';
import {
  GEEN_WACHTWOORD,
  geldigeWachtwoordLink,
  kenRolToe,
  maakGebruiker,
  maakWachtwoordLink,
  rolRij,
  vindGebruikerOpEmail,
  wisLinksEnSessies,
  zetWachtwoord,
} from './store';
import { gebruiker, rolToekenning, type WachtwoordLinkSoort } from './schema';

export const raadsrollen = ['raadslid', 'griffie'] as const;
export type Raadsrol = (typeof raadsrollen)[number];
export const raadsrolLabels: Record<Raadsrol, string> = { raadslid: 'Raadslid', griffie: 'Griffie' };

/** How long a link may be used: an invitation a week, a reset an hour. */
export const LINK_GELDIG_MS: Record<WachtwoordLinkSoort, number> = {
  uitnodiging: 7 * 24 * 60 * 60 * 1000,
  herstel: 60 * 60 * 1000,
};

/** The shortest password Grip accepts. */
export const MIN_WACHTWOORD = 12;

/** The messages for a new password and its repetition (none when both are fine), for every form that sets one. */
export function nieuwWachtwoordFouten(nieuw: string, herhaal: string): { nieuw?: string; herhaal?: string } {
  return {
    ...(nieuw.length < MIN_WACHTWOORD
      ? { nieuw: `Kies een wachtwoord van minstens ${MIN_WACHTWOORD} tekens` }
      : {}),
    ...(herhaal !== nieuw ? { herhaal: 'De twee nieuwe wachtwoorden zijn niet gelijk' } : {}),
  };
}

export interface MailOmgeving {
  baseUrl: string;
  wachtrij?: MailWachtrij | undefined;
}

const ongeldig = (veld: string, tekst: string) => new DomeinFout('ongeldig', { veld, data: { tekst } });
const geweigerd = (code: string, tekst: string) =>
  new DomeinFout('stap_geweigerd', { data: { weigering: { code }, tekst } });
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function organisatieNaam(tx: DbOrTx, id: string): Promise<string> {
  const [o] = await tx.select({ naam: organisatie.naam }).from(organisatie).where(eq(organisatie.id, id));
  if (!o) throw new DomeinFout('niet_gevonden');
  return o.naam;
}

/** A new one-time link for the user; returns the address to put in the mail (the token only lives there). */
async function nieuweLink(tx: DbOrTx, gebruikerId: string, soort: WachtwoordLinkSoort, o: MailOmgeving) {
  const token = nieuwToken();
  await maakWachtwoordLink(tx, {
    tokenHash: sha256(token),
    gebruikerId,
    soort,
    verloopt: new Date(Date.now() + LINK_GELDIG_MS[soort]),
  });
  return new URL(`/wachtwoord-instellen/${token}`, o.baseUrl).toString();
}

export interface NieuweRaadsrol {
  organisatieId: string;
  email: string;
  /** Needed for a new account; an existing account keeps its name. */
  naam: string;
  rol: Raadsrol;
}

/**
 * Gives someone the role of raadslid or griffie of the organisation. An address without an account gets
 * one, without a password, and an invitation mail with a link (valid a week) to choose it; an existing
 * account gets a mail that it now also has this role.
 */
export async function voegRaadsrolToe(
  db: DbOrTx,
  actor: Actor,
  input: NieuweRaadsrol,
  omgeving: MailOmgeving,
): Promise<{ rolId: string; gebruikerId: string; nieuwAccount: boolean }> {
  const email = input.email.trim();
  const naam = input.naam.trim();
  if (!EMAIL.test(email) || email.length > 254) throw ongeldig('email', 'Vul een geldig e-mailadres in.');
  if (!raadsrollen.includes(input.rol)) throw ongeldig('rol', 'Kies raadslid of griffie.');
  if (naam.length > 200) throw ongeldig('naam', 'De naam is hoogstens 200 tekens.');
  return db.transaction(async (tx) => {
    const orgNaam = await organisatieNaam(tx, input.organisatieId);
    let g = await vindGebruikerOpEmail(tx, email);
    const nieuwAccount = g === null;
    if (!g) {
      if (!naam) throw ongeldig('naam', 'Vul de naam in: er is nog geen account met dit e-mailadres.');
      const id = await maakGebruiker(tx, { email, naam, wachtwoordHash: GEEN_WACHTWOORD });
      g = { id, email, naam, wachtwoordHash: GEEN_WACHTWOORD, aangemaakt: new Date() };
    }
    const bestaand = await tx.select().from(rolToekenning).where(eq(rolToekenning.gebruikerId, g.id));
    if (bestaand.some((r) => r.rol === input.rol && r.organisatieId === input.organisatieId))
      throw geweigerd('rol_bestaat', `${g.naam} is al ${input.rol} van ${orgNaam}.`);
    const rolId = await kenRolToe(tx, {
      gebruikerId: g.id,
      rol: input.rol,
      organisatieId: input.organisatieId,
    });
    await recordAudit(tx, actor, {
      entiteit: 'rol_toekenning',
      entiteitId: rolId,
      actie: 'toegekend',
      wijzigingen: [
        { veld: 'gebruiker', oud: null, nieuw: g.email },
        { veld: 'rol', oud: null, nieuw: { rol: input.rol, organisatie: orgNaam } },
        ...(nieuwAccount ? [{ veld: 'account', oud: null, nieuw: 'aangemaakt, uitnodiging verstuurd' }] : []),
      ],
    });
    const rolTekst = `${raadsrolLabels[input.rol].toLowerCase()} van ${orgNaam}`;
    const tekst = nieuwAccount
      ? `U bent in Grip toegevoegd als ${rolTekst}. Grip is het gezamenlijke werkblad voor de gemeenschappelijke regelingen van uw raad.\n\n` +
        `Kies uw wachtwoord via deze link (een week geldig, één keer te gebruiken):\n${await nieuweLink(tx, g.id, 'uitnodiging', omgeving)}\n\n` +
        `Verliep de link? Vraag dan een nieuwe aan via "Wachtwoord vergeten" op de inlogpagina.`
      : `U bent in Grip nu ook ${rolTekst}. Log in zoals u gewend bent: ${new URL('/inloggen', omgeving.baseUrl).toString()}`;
    await zetMailKlaar(
      tx,
      { aan: g.email, onderwerp: `Grip: u bent ${rolTekst}`, tekst: `Beste ${g.naam},\n\n${tekst}\n` },
      omgeving.wachtrij,
    );
    return { rolId, gebruikerId: g.id, nieuwAccount };
  });
}

/**
 * Sends a new invitation to someone the griffie added who has not chosen a password yet (the first link expired
 * or got lost). Refused for an account that is already in use: that one uses "Wachtwoord vergeten".
 */
export async function nodigOpnieuwUit(db: DbOrTx, actor: Actor, rolId: string, omgeving: MailOmgeving) {
  await db.transaction(async (tx) => {
    const rol = await rolRij(tx, rolId);
    if (!rol || !rol.organisatieId || !(raadsrollen as readonly string[]).includes(rol.rol))
      throw new DomeinFout('niet_gevonden');
    const [g] = await tx.select().from(gebruiker).where(eq(gebruiker.id, rol.gebruikerId));
    if (!g) throw new DomeinFout('niet_gevonden');
    if (g.wachtwoordHash !== GEEN_WACHTWOORD)
      throw geweigerd(
        'al_actief',
        `${g.naam} heeft al een wachtwoord gekozen. Is het vergeten, dan vraagt ${g.naam} een nieuw aan via "Wachtwoord vergeten".`,
      );
    const orgNaam = await organisatieNaam(tx, rol.organisatieId);
    const rolTekst = `${raadsrolLabels[rol.rol as Raadsrol].toLowerCase()} van ${orgNaam}`;
    await recordAudit(tx, actor, {
      entiteit: 'gebruiker',
      entiteitId: g.id,
      actie: 'opnieuw uitgenodigd',
      wijzigingen: [],
    });
    await zetMailKlaar(
      tx,
      {
        aan: g.email,
        onderwerp: `Grip: u bent ${rolTekst}`,
        tekst:
          `Beste ${g.naam},\n\nU bent in Grip toegevoegd als ${rolTekst}. Kies uw wachtwoord via deze link (een week geldig, één keer te gebruiken):\n` +
          `${await nieuweLink(tx, g.id, 'uitnodiging', omgeving)}\n`,
      },
      omgeving.wachtrij,
    );
  });
}

/**
 * Withdraws the role of raadslid or griffie (someone leaves the council or the griffie). For a raadslid the
 * memberships of an adviescommissie designated with this account for this council end on `datum` (Wgr
 * art. 24a lid 4). One's own role cannot be withdrawn (ask a colleague or the beheerder), so a griffie does
 * not lock herself out. Returns how many memberships ended.
 */
export async function trekRaadsrolIn(
  db: DbOrTx,
  actor: Actor,
  rolId: string,
  datum: string,
): Promise<{ organisatieId: string; beeindigdeLidmaatschappen: number }> {
  return db.transaction(async (tx) => {
    const rol = await rolRij(tx, rolId);
    if (!rol || !rol.organisatieId || !(raadsrollen as readonly string[]).includes(rol.rol))
      throw new DomeinFout('niet_gevonden');
    if (rol.gebruikerId === actor.gebruikerId)
      throw geweigerd(
        'eigen_rol',
        'U kunt uw eigen rol niet intrekken. Vraag een collega van de griffie of de beheerder.',
      );
    const orgNaam = await organisatieNaam(tx, rol.organisatieId);
    await tx.delete(rolToekenning).where(eq(rolToekenning.id, rolId));
    const beeindigd =
      rol.rol === 'raadslid'
        ? await beeindigBijVertrekUitRaad(tx, actor, rol.gebruikerId, rol.organisatieId, datum)
        : 0;
    await recordAudit(tx, actor, {
      entiteit: 'rol_toekenning',
      entiteitId: rolId,
      actie: 'ingetrokken',
      wijzigingen: [
        { veld: 'rol', oud: { rol: rol.rol, organisatie: orgNaam, gebruiker: rol.gebruikerId }, nieuw: null },
      ],
    });
    return { organisatieId: rol.organisatieId, beeindigdeLidmaatschappen: beeindigd };
  });
}

/**
 * Forgot password: for an address with an account, a mail with a link valid for an hour. The caller answers
 * the same whether or not the address has an account, so the page does not tell who uses Grip.
 */
export async function vraagWachtwoordHerstel(db: DbOrTx, email: string, omgeving: MailOmgeving) {
  await db.transaction(async (tx) => {
    const g = await vindGebruikerOpEmail(tx, email.trim());
    if (!g) return;
    const link = await nieuweLink(tx, g.id, 'herstel', omgeving);
    await recordAudit(tx, systeem('wachtwoord vergeten'), {
      entiteit: 'gebruiker',
      entiteitId: g.id,
      actie: 'herstellink verstuurd',
      wijzigingen: [],
    });
    await zetMailKlaar(
      tx,
      {
        aan: g.email,
        onderwerp: 'Grip: kies een nieuw wachtwoord',
        tekst:
          `Beste ${g.naam},\n\nIemand vroeg een nieuw wachtwoord aan voor uw account in Grip. Was u dat, kies dan uw nieuwe wachtwoord via deze link (een uur geldig, één keer te gebruiken):\n${link}\n\n` +
          `Was u dat niet? Dan hoeft u niets te doen: uw wachtwoord blijft zoals het is.\n`,
      },
      omgeving.wachtrij,
    );
  });
}

/** Whether a link can still be used (for showing the form); null when it is unknown or expired. */
export async function linkVan(db: DbOrTx, token: string) {
  return geldigeWachtwoordLink(db, sha256(token), new Date());
}

/**
 * Sets the password through a one-time link. The link, every other link and every session of the user end:
 * whoever had the old password is signed out everywhere. Returns the user's id, or null for a link that is
 * unknown, used or expired.
 */
export async function stelWachtwoordIn(
  db: DbOrTx,
  token: string,
  wachtwoordHash: string,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const link = await geldigeWachtwoordLink(tx, sha256(token), new Date());
    if (!link) return null;
    await zetWachtwoord(tx, link.gebruikerId, wachtwoordHash);
    await wisLinksEnSessies(tx, link.gebruikerId);
    await recordAudit(tx, systeem(link.soort === 'uitnodiging' ? 'uitnodiging' : 'wachtwoord vergeten'), {
      entiteit: 'gebruiker',
      entiteitId: link.gebruikerId,
      actie: 'wachtwoord ingesteld',
      wijzigingen: [{ veld: 'wachtwoord', oud: '(verborgen)', nieuw: '(verborgen)' }],
    });
    return link.gebruikerId;
  });
}
