/**
 * Writes to the append-only audit log. Always called with the transaction handle of the
 * change itself, so the log entry and the change commit or roll back together.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DbOrTx } from '../db/client';
import { auditLog, type Wijziging } from './schema';

/** Who made a change: a signed-in user, or a system actor such as 'cli' or 'demo'. */
export interface Actor {
  gebruikerId: string | null;
  label: string;
}

export const systeem = (label: string): Actor => ({ gebruikerId: null, label });

export interface AuditEntry {
  entiteit: string;
  entiteitId: string;
  /** 'aangemaakt', 'gewijzigd', 'verwijderd', or another verb such as 'geïmporteerd'. */
  actie: string;
  regelingId?: string | null;
  wijzigingen: Wijziging[];
}

/** The fields that differ between old and new (old = undefined for a new record). */
export function diff<T extends object>(
  oud: Partial<T> | undefined,
  nieuw: Partial<T>,
  velden: readonly (keyof T & string)[],
): Wijziging[] {
  const out: Wijziging[] = [];
  for (const veld of velden) {
    const o = oud?.[veld] ?? null;
    const n = nieuw[veld] ?? null;
    if (!isDeepStrictEqual(o, n)) out.push({ veld, oud: o, nieuw: n });
  }
  return out;
}

export async function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  if (entry.wijzigingen.length === 0 && entry.actie === 'gewijzigd') return;
  await tx.insert(auditLog).values({
    gebruikerId: actor.gebruikerId,
    actor: actor.label,
    entiteit: entry.entiteit,
    entiteitId: entry.entiteitId,
    actie: entry.actie,
    regelingId: entry.regelingId ?? null,
    wijzigingen: entry.wijzigingen,
  });
}
