/** Queries of the accounts module. No rules: those live in the policy module. */
import { and, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import type { Rol, RolToekenning } from '../../platform/auth/policy';
import type { Gebruiker } from '../../platform/http/env';
import { aanmeldpoging, apiToken, gebruiker, rolToekenning, sessie } from './schema';

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
) {
  await db.insert(rolToekenning).values(input);
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
