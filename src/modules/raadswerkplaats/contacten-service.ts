/**
 * Use cases of the directory: save one's own contactkaart (one transaction with its audit row), and
 * the directory of a regeling grouped by participating organisation. Who may do it is decided by the
 * caller with the policy (contactkaart.invullen, contacten.lezen).
 */
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import type { DbOrTx } from '../../platform/db/client';
import { DomeinFout } from '../../platform/errors';
import {
  type ContactkaartInvoer,
  type ContactkaartVeld,
  controleerContactkaart,
  gedeeld,
} from './domain/contactkaart';
import { actieveDeelnemers, type Deelnemer, contactkaartVan, zichtbareContacten } from './contacten-store';
import { contactkaart } from './schema';

const kaartVelden = [
  'zichtbaar',
  'functie',
  'fractie',
  'email',
  'telefoon',
  'toelichting',
] as const satisfies readonly (keyof ContactkaartInvoer)[];

/**
 * Saves the user's own card. Throws DomeinFout('ongeldig') with the first field in error and, in
 * data.fouten, a Dutch message per field.
 */
export async function slaContactkaartOp(
  db: DbOrTx,
  actor: Actor,
  gebruikerId: string,
  invoer: ContactkaartInvoer,
): Promise<ContactkaartInvoer> {
  const c = controleerContactkaart(invoer);
  if (!c.ok) {
    const [veld, tekst] = Object.entries(c.fouten)[0]!;
    throw new DomeinFout('ongeldig', { veld, data: { tekst, fouten: c.fouten } });
  }
  return db.transaction(async (tx) => {
    const oud = await contactkaartVan(tx, gebruikerId);
    await tx
      .insert(contactkaart)
      .values({ gebruikerId, ...c.kaart, gewijzigd: new Date() })
      .onConflictDoUpdate({ target: contactkaart.gebruikerId, set: { ...c.kaart, gewijzigd: new Date() } });
    await recordAudit(tx, actor, {
      entiteit: 'contactkaart',
      entiteitId: gebruikerId,
      actie: oud ? 'gewijzigd' : 'aangemaakt',
      wijzigingen: diff(oud ?? undefined, c.kaart, kaartVelden),
    });
    return c.kaart;
  });
}

export interface Vermelding {
  gebruikerId: string;
  naam: string;
  rol: 'raadslid' | 'griffie';
  gedeeld: Partial<Record<ContactkaartVeld, string>>;
}

export interface DirectoryGroep {
  organisatie: Deelnemer;
  /** Only those who made their card visible; the others are not mentioned at all. */
  personen: Vermelding[];
}

/** The directory of a regeling on the day: each participating organisation with its visible cards. */
export async function wieIsWie(db: DbOrTx, deelnemers: Deelnemer[]): Promise<DirectoryGroep[]> {
  const contacten = await zichtbareContacten(
    db,
    deelnemers.map((d) => d.id),
  );
  return deelnemers.map((organisatie) => ({
    organisatie,
    personen: contacten
      // Someone with two roles in one organisation (griffie and raadslid) is listed once, with the first.
      .filter(
        (c, i) =>
          c.organisatieId === organisatie.id &&
          contacten.findIndex(
            (d) => d.organisatieId === c.organisatieId && d.gebruikerId === c.gebruikerId,
          ) === i,
      )
      .flatMap((c) => {
        const g = gedeeld(c.kaart);
        return g ? [{ gebruikerId: c.gebruikerId, naam: c.naam, rol: c.rol, gedeeld: g }] : [];
      }),
  }));
}

export { actieveDeelnemers };
