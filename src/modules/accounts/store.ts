/** Queries of the accounts module. No rules: those live in the policy module. */
import { and, asc, desc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import type { Rol, RolToekenning } from '../../platform/auth/policy';
import type { Gebruiker } from '../../platform/http/env';
import {
  aanmeldpoging,
  apiToken,
  gebruiker,
  rolToekenning,
  sessie,
  wachtwoordLink,
  type WachtwoordLinkSoort,
} from './schema';

export async function vindGebruikerOpEmail(db: DbOrTx, email: string) {
  const [g] = await db
    .select()
    .from(gebruiker)
    .where(sql`lower(${gebruiker.email}) = lower(${email})`);
  return g ?? null;
}

async function rollenVan(db: DbOrTx, gebruikerId: string): Promise<RolToekenning[]> {
  return db
    .select({
      rol: rolToekenning.rol,
      organisatieId: rolToekenning.organisatieId,
      regelingId: rolToekenning.regelingId,
    })
    .from(rolToekenning)
    .where(eq(rolToekenning.gebruikerId, gebruikerId));
}

export async function laadGebruiker(db: DbOrTx, gebruikerId: string): Promise<Gebruiker | null> {
  const [g] = await db.select().from(gebruiker).where(eq(gebruiker.id, gebruikerId));
  if (!g) return null;
  return { gebruikerId: g.id, email: g.email, naam: g.naam, rollen: await rollenVan(db, g.id) };
}

export async function maakGebruiker(
  db: DbOrTx,
  input: { email: string; naam: string; wachtwoordHash: string },
): Promise<string> {
  const [g] = await db.insert(gebruiker).values(input).returning({ id: gebruiker.id });
  return g!.id;
}

export async function kenRolToe(
  db: DbOrTx,
  input: { gebruikerId: string; rol: Rol; organisatieId?: string | null; regelingId?: string | null },
): Promise<string> {
  const [r] = await db.insert(rolToekenning).values(input).returning({ id: rolToekenning.id });
  return r!.id;
}

export async function zetWachtwoord(db: DbOrTx, gebruikerId: string, wachtwoordHash: string) {
  await db.update(gebruiker).set({ wachtwoordHash }).where(eq(gebruiker.id, gebruikerId));
}

export async function maakSessie(db: DbOrTx, tokenHash: string, gebruikerId: string, verloopt: Date) {
  await db.insert(sessie).values({ tokenHash, gebruikerId, verloopt });
}

export async function sessieGebruiker(db: DbOrTx, tokenHash: string, nu: Date) {
  const [s] = await db
    .select({ gebruikerId: sessie.gebruikerId })
    .from(sessie)
    .where(and(eq(sessie.tokenHash, tokenHash), gt(sessie.verloopt, nu)));
  return s ? laadGebruiker(db, s.gebruikerId) : null;
}

export async function verwijderSessie(db: DbOrTx, tokenHash: string) {
  await db.delete(sessie).where(eq(sessie.tokenHash, tokenHash));
}

export async function ruimSessiesOp(db: DbOrTx, nu: Date) {
  await db.delete(sessie).where(lt(sessie.verloopt, nu));
}

export async function maakApiToken(db: DbOrTx, tokenHash: string, gebruikerId: string, omschrijving: string) {
  await db.insert(apiToken).values({ tokenHash, gebruikerId, omschrijving });
}

export async function tokenGebruiker(db: DbOrTx, tokenHash: string) {
  const [t] = await db
    .select({ gebruikerId: apiToken.gebruikerId })
    .from(apiToken)
    .where(eq(apiToken.tokenHash, tokenHash));
  return t ? laadGebruiker(db, t.gebruikerId) : null;
}

export async function telPogingen(db: DbOrTx, sleutel: string, sinds: Date): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(aanmeldpoging)
    .where(and(eq(aanmeldpoging.sleutel, sleutel), gte(aanmeldpoging.tijdstip, sinds)));
  return r?.n ?? 0;
}

/** Records a failed attempt and forgets attempts older than the window, so the table stays small. */
export async function registreerPoging(db: DbOrTx, sleutel: string, vergeetVoor: Date) {
  await db.insert(aanmeldpoging).values({ sleutel });
  await db.delete(aanmeldpoging).where(lt(aanmeldpoging.tijdstip, vergeetVoor));
}

export async function wisPogingen(db: DbOrTx, sleutel: string) {
  await db.delete(aanmeldpoging).where(eq(aanmeldpoging.sleutel, sleutel));
}

/** The stored hash of an account that has no password yet (invited): no password verifies against it. */
export const GEEN_WACHTWOORD = '!';

/** The raadsleden and griffie accounts of an organisation, one row per role, by name. */
export async function raadsrollenVan(db: DbOrTx, organisatieId: string) {
  return db
    .select({
      rolId: rolToekenning.id,
      rol: rolToekenning.rol,
      gebruikerId: gebruiker.id,
      naam: gebruiker.naam,
      email: gebruiker.email,
      /** Invited and no password chosen yet. */
      uitgenodigd: sql<boolean>`${gebruiker.wachtwoordHash} = ${GEEN_WACHTWOORD}`,
    })
    .from(rolToekenning)
    .innerJoin(gebruiker, eq(gebruiker.id, rolToekenning.gebruikerId))
    .where(
      and(
        eq(rolToekenning.organisatieId, organisatieId),
        inArray(rolToekenning.rol, ['raadslid', 'griffie']),
      ),
    )
    .orderBy(asc(rolToekenning.rol), sql`lower(${gebruiker.naam})`);
}

export async function rolRij(db: DbOrTx, rolId: string) {
  const [r] = await db.select().from(rolToekenning).where(eq(rolToekenning.id, rolId));
  return r ?? null;
}

export async function maakWachtwoordLink(
  db: DbOrTx,
  input: { tokenHash: string; gebruikerId: string; soort: WachtwoordLinkSoort; verloopt: Date },
) {
  await db.insert(wachtwoordLink).values(input);
}

/** The user and kind of a link that has not expired, or null. */
export async function geldigeWachtwoordLink(db: DbOrTx, tokenHash: string, nu: Date) {
  const [l] = await db
    .select({ gebruikerId: wachtwoordLink.gebruikerId, soort: wachtwoordLink.soort })
    .from(wachtwoordLink)
    .where(and(eq(wachtwoordLink.tokenHash, tokenHash), gt(wachtwoordLink.verloopt, nu)));
  return l ?? null;
}

/** A new password ends every link and every session of the user (sign in again everywhere). */
export async function wisLinksEnSessies(db: DbOrTx, gebruikerId: string) {
  await db.delete(wachtwoordLink).where(eq(wachtwoordLink.gebruikerId, gebruikerId));
  await db.delete(sessie).where(eq(sessie.gebruikerId, gebruikerId));
}

/** The API tokens of a user (never the token; the first 12 characters of its hash are its kenmerk), newest first. */
export async function apiTokensVan(db: DbOrTx, gebruikerId: string) {
  const rijen = await db
    .select({
      tokenHash: apiToken.tokenHash,
      omschrijving: apiToken.omschrijving,
      aangemaakt: apiToken.aangemaakt,
    })
    .from(apiToken)
    .where(eq(apiToken.gebruikerId, gebruikerId))
    .orderBy(desc(apiToken.aangemaakt));
  return rijen.map((r) => ({
    kenmerk: r.tokenHash.slice(0, 12),
    omschrijving: r.omschrijving,
    aangemaakt: r.aangemaakt,
  }));
}
