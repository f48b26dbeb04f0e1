/**
 * Queries of the directory ("Wie is wie") and the contactkaart. No rules here: what is shared is
 * decided in domain/contactkaart.ts; who may read it by the policy (contacten.lezen). The directory
 * query fetches only the cards their owners turned on: what is not shared never leaves the database.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { gebruiker, rolToekenning } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { deelname } from '../regelingen/schema';
import type { ContactkaartInvoer } from './domain/contactkaart';
import { neemtDeel } from '../regelingen/domain/deelname';
import { contactkaart } from './schema';

export interface Deelnemer {
  id: string;
  code: string | null;
  naam: string;
  soort: string;
}

/** The organisations taking part in the regeling on the day (neemtDeel), each once, by name. */
export async function actieveDeelnemers(
  db: DbOrTx,
  regelingId: string,
  peildatum: string,
): Promise<Deelnemer[]> {
  const rijen = await db
    .select({
      id: organisatie.id,
      code: organisatie.code,
      naam: organisatie.naam,
      soort: organisatie.soort,
      datumToetreding: deelname.datumToetreding,
      datumUittreding: deelname.datumUittreding,
    })
    .from(deelname)
    .innerJoin(organisatie, eq(organisatie.id, deelname.organisatieId))
    .where(eq(deelname.regelingId, regelingId));
  const uniek = new Map<string, Deelnemer>();
  for (const { datumToetreding, datumUittreding, ...o } of rijen)
    if (neemtDeel({ datumToetreding, datumUittreding }, peildatum)) uniek.set(o.id, o);
  return [...uniek.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export interface Contact {
  organisatieId: string;
  gebruikerId: string;
  naam: string;
  rol: 'raadslid' | 'griffie';
  kaart: ContactkaartInvoer;
}

/** The raadsleden and griffies of these organisations who made their card visible, by name. */
export async function zichtbareContacten(db: DbOrTx, organisatieIds: string[]): Promise<Contact[]> {
  if (organisatieIds.length === 0) return [];
  const rijen = await db
    .select({
      organisatieId: rolToekenning.organisatieId,
      gebruikerId: gebruiker.id,
      naam: gebruiker.naam,
      rol: rolToekenning.rol,
      kaart: {
        zichtbaar: contactkaart.zichtbaar,
        functie: contactkaart.functie,
        fractie: contactkaart.fractie,
        email: contactkaart.email,
        telefoon: contactkaart.telefoon,
        toelichting: contactkaart.toelichting,
      },
    })
    .from(rolToekenning)
    .innerJoin(gebruiker, eq(gebruiker.id, rolToekenning.gebruikerId))
    .innerJoin(contactkaart, eq(contactkaart.gebruikerId, gebruiker.id))
    .where(
      and(
        inArray(rolToekenning.organisatieId, organisatieIds),
        inArray(rolToekenning.rol, ['raadslid', 'griffie']),
        eq(contactkaart.zichtbaar, true),
      ),
    )
    .orderBy(asc(rolToekenning.rol), asc(gebruiker.naam));
  return rijen.map((r) => ({ ...r, organisatieId: r.organisatieId!, rol: r.rol as Contact['rol'] }));
}

export async function contactkaartVan(db: DbOrTx, gebruikerId: string): Promise<ContactkaartInvoer | null> {
  const [r] = await db
    .select({
      zichtbaar: contactkaart.zichtbaar,
      functie: contactkaart.functie,
      fractie: contactkaart.fractie,
      email: contactkaart.email,
      telefoon: contactkaart.telefoon,
      toelichting: contactkaart.toelichting,
    })
    .from(contactkaart)
    .where(eq(contactkaart.gebruikerId, gebruikerId));
  return r ?? null;
}
