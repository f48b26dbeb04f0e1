/** Planned meetings of the algemeen bestuur (or the bestuur of a BVO/GO) with the P&C documents on the agenda. */
import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { regeling } from '../regelingen/schema';
import type { Stuk } from './domain/types';

export const vergadering = pgTable(
  'vergadering',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** P&C documents on the agenda: kaders, ontwerpbegroting, begroting, begrotingswijziging, jaarrekening. */
    stukken: text('stukken').array().notNull().$type<Stuk[]>(),
    /** Planned date on which the documents go to the councils, when known. */
    verzendDatum: date('verzend_datum', { mode: 'string' }),
    omschrijving: text('omschrijving'),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('vergadering_regeling_idx').on(t.regelingId, t.datum)],
);

/**
 * What each calendar item looked like when it was last published in a feed, so a moved date gets
 * a higher SEQUENCE (RFC 5545 §3.8.7.4) under the same UID.
 */
export const kalenderUitgave = pgTable('kalender_uitgave', {
  uid: text('uid').primaryKey(),
  datum: date('datum', { mode: 'string' }).notNull(),
  volgnummer: integer('volgnummer').notNull().default(0),
});
