/** The append-only audit log: who, when, which entity, which fields old → new. */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export interface Wijziging {
  veld: string;
  oud: unknown;
  nieuw: unknown;
}

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
    /** The user who made the change; null for system actions (import, demo data, CLI). */
    gebruikerId: uuid('gebruiker_id'),
    actor: text('actor').notNull(),
    entiteit: text('entiteit').notNull(),
    entiteitId: text('entiteit_id').notNull(),
    actie: text('actie').notNull(),
    /** The regeling this change belongs to, for the regeling's history. */
    regelingId: uuid('regeling_id'),
    wijzigingen: jsonb('wijzigingen').$type<Wijziging[]>().notNull(),
  },
  (t) => [
    index('audit_regeling_idx').on(t.regelingId, t.id),
    index('audit_entiteit_idx').on(t.entiteit, t.entiteitId),
  ],
);
