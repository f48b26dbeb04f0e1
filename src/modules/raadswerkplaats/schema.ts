/**
 * Tables of the raadswerkplaats.
 *
 * NOT YET WIRED: this file is not exported from src/platform/db/schema.ts, so drizzle-kit does not see
 * it and no migration creates the table. Until then Mijn regelingen keeps the visit state in a cookie
 * (see bezoek.ts). To wire it: export this file from src/platform/db/schema.ts, run
 * `npm run db:generate`, and in web.tsx read and upsert this row instead of the cookie (the pure
 * volgendBezoek() stays the same).
 */
import { boolean, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gebruiker } from '../accounts/schema';

/** Per user: since when Mijn regelingen shows things as new, and the last page view (bezoek.ts). */
export const bezoek = pgTable('raadswerkplaats_bezoek', {
  gebruikerId: uuid('gebruiker_id')
    .primaryKey()
    .references(() => gebruiker.id, { onDelete: 'cascade' }),
  sinds: timestamp('sinds', { withTimezone: true }).notNull(),
  laatste: timestamp('laatste', { withTimezone: true }).notNull(),
  /** Whether `sinds` is a real previous visit or the default look-back. */
  bekend: boolean('bekend').notNull(),
});
