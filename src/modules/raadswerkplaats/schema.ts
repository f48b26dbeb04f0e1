/**
 * Tables of the raadswerkplaats.
 *
 * `inlichting` is wired: src/platform/db/schema.ts exports it (by name), so drizzle-kit sees it.
 *
 * `bezoek` is NOT YET WIRED: src/platform/db/schema.ts does not export it, so no migration creates the
 * table. Until then Mijn regelingen keeps the visit state in a cookie (see bezoek.ts). To wire it:
 * export it from src/platform/db/schema.ts, run `npm run db:generate`, and in web.tsx read and upsert
 * this row instead of the cookie (the pure volgendBezoek() stays the same).
 */
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gebruiker } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { regeling } from '../regelingen/schema';
import { antwoordDoorSoorten, inlichtingAanSoorten, inlichtingStatussen } from './domain/inlichtingen';

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

export const inlichtingStatus = pgEnum('inlichting_status', inlichtingStatussen);
export const inlichtingAan = pgEnum('inlichting_aan', inlichtingAanSoorten);
export const antwoordDoor = pgEnum('inlichting_antwoord_door', antwoordDoorSoorten);

/**
 * A question of a raadslid or griffie to our member in the bestuur or to the bestuur of the regeling
 * (Wgr art. 16–19), with its due date and the answer. Texts are stored as written and rendered through
 * the sanitising Markdown renderer.
 */
export const inlichting = pgTable(
  'inlichting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    /** The asking participant. */
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    gesteldDoor: uuid('gesteld_door').references(() => gebruiker.id, { onDelete: 'set null' }),
    /** The asker's name when asked (stays when the account goes). */
    gesteldDoorNaam: text('gesteld_door_naam').notNull(),
    aan: inlichtingAan('aan').notNull(),
    /** Who it went to, in words, when asked (e.g. "Ons lid in het algemeen bestuur (J. Jansen)"). */
    geadresseerde: text('geadresseerde').notNull(),
    artikel: text('artikel').notNull(),
    onderwerp: text('onderwerp').notNull(),
    vraag: text('vraag').notNull(),
    openbaar: boolean('openbaar').notNull().default(false),
    gesteldOp: date('gesteld_op', { mode: 'string' }).notNull(),
    uiterlijk: date('uiterlijk', { mode: 'string' }).notNull(),
    /** regeling | standaard: where the period came from. */
    termijnGrondslag: text('termijn_grondslag').notNull(),
    status: inlichtingStatus('status').notNull().default('open'),
    antwoord: text('antwoord'),
    beantwoordOp: date('beantwoord_op', { mode: 'string' }),
    beantwoordDoor: uuid('beantwoord_door').references(() => gebruiker.id, { onDelete: 'set null' }),
    antwoordNamens: antwoordDoor('antwoord_namens'),
    ingetrokkenOp: date('ingetrokken_op', { mode: 'string' }),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('inlichting_regeling_idx').on(t.regelingId, t.gesteldOp),
    index('inlichting_organisatie_idx').on(t.organisatieId, t.status, t.uiterlijk),
  ],
);
