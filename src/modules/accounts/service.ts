/** Use cases of the accounts module; every one writes its audit entry in the same transaction. */
import type { DbOrTx } from '../../platform/db/client';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import type { Rol } from '../../platform/auth/policy';
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
