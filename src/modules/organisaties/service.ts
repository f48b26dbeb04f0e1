/** Use cases for organisations: register and change, each in one transaction with its audit entry. */
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { type Actor, diff, recordAudit } from '../../platform/audit/audit';
import { DomeinFout } from '../../platform/errors';
import { leegIsNull } from '../../platform/validation';
import { tooiUriVoor } from './domain/identificatie';
import type { OrganisatieInput } from './model';
import { organisatie, organisatieNaam } from './schema';
import { vindOrganisatie } from './store';

const velden = [
  'soort',
  'naam',
  'code',
  'tooiUri',
  'rooId',
  'land',
  'provincieId',
  'geldigVan',
  'geldigTot',
  'opvolgerId',
] as const;

async function waarden(tx: DbOrTx, input: OrganisatieInput, zelf?: string) {
  const code = leegIsNull(input.code);
  if (code) {
    const bestaand = await vindOrganisatie(tx, code);
    if (bestaand && bestaand.id !== zelf) throw new DomeinFout('code_bestaat', { veld: 'code' });
  }
  const verwijzing = async (ref: string | null | undefined, veld: string) => {
    if (!ref) return null;
    const o = await vindOrganisatie(tx, ref);
    if (!o) throw new DomeinFout('organisatie_onbekend', { veld });
    return o.id;
  };
  return {
    soort: input.soort,
    naam: input.naam,
    code,
    tooiUri: leegIsNull(input.tooiUri) ?? tooiUriVoor(input.soort, code),
    rooId: leegIsNull(input.rooId),
    land: input.land ?? 'NL',
    provincieId: await verwijzing(input.provincie, 'provincie'),
    geldigVan: input.geldigVan ?? null,
    geldigTot: input.geldigTot ?? null,
    opvolgerId: await verwijzing(input.opvolger, 'opvolger'),
  };
}

export async function maakOrganisatie(
  db: DbOrTx,
  actor: Actor,
  input: OrganisatieInput,
  vandaag: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const w = await waarden(tx, input);
    const [o] = await tx.insert(organisatie).values(w).returning({ id: organisatie.id });
    await tx
      .insert(organisatieNaam)
      .values({ organisatieId: o!.id, naam: w.naam, geldigVan: w.geldigVan ?? vandaag });
    await recordAudit(tx, actor, {
      entiteit: 'organisatie',
      entiteitId: o!.id,
      actie: 'aangemaakt',
      wijzigingen: diff(undefined, w, velden),
    });
    return o!.id;
  });
}

export async function wijzigOrganisatie(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: OrganisatieInput,
  vandaag: string,
  verwachteVersie?: number,
) {
  return db.transaction(async (tx) => {
    const [oud] = await tx.select().from(organisatie).where(eq(organisatie.id, id));
    if (!oud) throw new DomeinFout('niet_gevonden');
    if (verwachteVersie !== undefined && verwachteVersie !== oud.versie)
      throw new DomeinFout('versie_conflict');
    const w = await waarden(tx, input, id);
    if (w.opvolgerId === id) throw new DomeinFout('organisatie_onbekend', { veld: 'opvolger' });
    const wijzigingen = diff(oud, w, velden);
    if (wijzigingen.length === 0) return oud.versie;
    await tx
      .update(organisatie)
      .set({ ...w, versie: oud.versie + 1, gewijzigd: new Date() })
      .where(eq(organisatie.id, id));
    if (w.naam !== oud.naam) {
      // The old name stays in the history, valid until yesterday's change.
      await tx
        .update(organisatieNaam)
        .set({ geldigTot: vandaag })
        .where(and(eq(organisatieNaam.organisatieId, id), isNull(organisatieNaam.geldigTot)));
      await tx
        .insert(organisatieNaam)
        .values({ organisatieId: id, naam: w.naam, geldigVan: vandaag })
        .onConflictDoUpdate({
          target: [organisatieNaam.organisatieId, organisatieNaam.geldigVan],
          set: { naam: w.naam, geldigTot: null },
        });
    }
    await recordAudit(tx, actor, {
      entiteit: 'organisatie',
      entiteitId: id,
      actie: 'gewijzigd',
      wijzigingen,
    });
    return oud.versie + 1;
  });
}
