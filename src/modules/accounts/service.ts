/** Use cases of the accounts module; every one writes its audit entry in the same transaction. */
import { and, eq, like } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import type { Rol } from '../../platform/auth/policy';
import { apiToken } from './schema';
import { kenRolToe, maakApiToken, maakGebruiker, zetWachtwoord } from './store';

export interface NieuweGebruiker {
  email: string;
  naam: string;
  wachtwoordHash: string;
  rol: Rol;
  organisatieId: string | null;
  regelingId: string | null;
}

export async function registreerGebruiker(db: DbOrTx, actor: Actor, g: NieuweGebruiker): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await maakGebruiker(tx, { email: g.email, naam: g.naam, wachtwoordHash: g.wachtwoordHash });
    await kenRolToe(tx, {
      gebruikerId: id,
      rol: g.rol,
      organisatieId: g.organisatieId,
      regelingId: g.regelingId,
    });
    await recordAudit(tx, actor, {
      entiteit: 'gebruiker',
      entiteitId: id,
      actie: 'aangemaakt',
      regelingId: g.regelingId,
      wijzigingen: [
        { veld: 'email', oud: null, nieuw: g.email },
        { veld: 'naam', oud: null, nieuw: g.naam },
        {
          veld: 'rol',
          oud: null,
          nieuw: { rol: g.rol, organisatieId: g.organisatieId, regelingId: g.regelingId },
        },
      ],
    });
    return id;
  });
}

/** Stores a new API token (only its hash) and records who got one — never the token itself. */
export async function registreerApiToken(
  db: DbOrTx,
  actor: Actor,
  gebruikerId: string,
  tokenHash: string,
  omschrijving: string,
) {
  await db.transaction(async (tx) => {
    await maakApiToken(tx, tokenHash, gebruikerId, omschrijving);
    await recordAudit(tx, actor, {
      entiteit: 'api_token',
      entiteitId: tokenHash.slice(0, 12),
      actie: 'aangemaakt',
      wijzigingen: [
        { veld: 'gebruiker', oud: null, nieuw: gebruikerId },
        { veld: 'omschrijving', oud: null, nieuw: omschrijving },
      ],
    });
  });
}

export async function wijzigWachtwoord(
  db: DbOrTx,
  actor: Actor,
  gebruikerId: string,
  wachtwoordHash: string,
) {
  await db.transaction(async (tx) => {
    await zetWachtwoord(tx, gebruikerId, wachtwoordHash);
    await recordAudit(tx, actor, {
      entiteit: 'gebruiker',
      entiteitId: gebruikerId,
      actie: 'wachtwoord gewijzigd',
      wijzigingen: [{ veld: 'wachtwoord', oud: '(verborgen)', nieuw: '(verborgen)' }],
    });
  });
}

/** What a token is recognised by: the first 12 hexadecimal characters of its SHA-256. */
export const TOKEN_KENMERK = /^[0-9a-f]{12}$/;

/**
 * Revokes an API token of the user, found by its kenmerk; from then on a request with it gets 401. Returns
 * whether a token was revoked (false: the user has no token with this kenmerk).
 */
export async function trekApiTokenIn(
  db: DbOrTx,
  actor: Actor,
  gebruikerId: string,
  kenmerk: string,
): Promise<boolean> {
  if (!TOKEN_KENMERK.test(kenmerk)) return false;
  return db.transaction(async (tx) => {
    const weg = await tx
      .delete(apiToken)
      .where(and(eq(apiToken.gebruikerId, gebruikerId), like(apiToken.tokenHash, `${kenmerk}%`)))
      .returning({ omschrijving: apiToken.omschrijving });
    if (weg.length !== 1) {
      if (weg.length > 1) throw new Error('kenmerk niet uniek');
      return false;
    }
    await recordAudit(tx, actor, {
      entiteit: 'api_token',
      entiteitId: kenmerk,
      actie: 'ingetrokken',
      wijzigingen: [{ veld: 'omschrijving', oud: weg[0]!.omschrijving, nieuw: null }],
    });
    return true;
  });
}
