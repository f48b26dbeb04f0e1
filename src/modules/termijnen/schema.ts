/** Days a royal decree equates with a feestdag (Atw art. 3 lid 3), added by a beheerder beside the repository table. */
import { date, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const gelijkstellingStatus = pgEnum('gelijkstelling_status', ['bevestigd', 'onbevestigd']);

export const gelijkgesteldeDag = pgTable('gelijkgestelde_dag', {
  datum: date('datum', { mode: 'string' }).primaryKey(),
  besluit: text('besluit').notNull(),
  bron: text('bron').notNull(),
  status: gelijkstellingStatus('status').notNull(),
  toegevoegdDoor: text('toegevoegd_door').notNull(),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
});
