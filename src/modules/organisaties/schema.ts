/** Tables of the organisaties module: organisations, their names over time, their population. */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const organisatieSoorten = [
  'gemeente',
  'provincie',
  'waterschap',
  'rijk',
  'openbaar_lichaam',
  'samenwerkingsorganisatie',
  'privaat',
  'buitenlands',
  'overig',
] as const;
export const organisatieSoort = pgEnum('organisatie_soort', organisatieSoorten);

export const organisatie = pgTable(
  'organisatie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    soort: organisatieSoort('soort').notNull(),
    /** CBS code such as GM0363 or PV27; null for organisations without one. */
    code: text('code'),
    naam: text('naam').notNull(),
    tooiUri: text('tooi_uri'),
    rooId: text('roo_id'),
    /** ISO 3166-1 alpha-2; 'NL' unless a foreign participant. */
    land: text('land').notNull().default('NL'),
    provincieId: uuid('provincie_id').references((): AnyPgColumn => organisatie.id),
    geldigVan: date('geldig_van', { mode: 'string' }),
    geldigTot: date('geldig_tot', { mode: 'string' }),
    /** The organisation that took over after a merger (herindeling). */
    opvolgerId: uuid('opvolger_id').references((): AnyPgColumn => organisatie.id),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisatie_code_uq').on(t.code),
    uniqueIndex('organisatie_tooi_uq').on(t.tooiUri),
    uniqueIndex('organisatie_roo_uq').on(t.rooId),
    index('organisatie_soort_idx').on(t.soort),
    index('organisatie_provincie_idx').on(t.provincieId),
    index('organisatie_naam_idx').on(sql`lower(${t.naam})`),
  ],
);

/** Names with their validity, so a renamed organisation keeps its history. */
export const organisatieNaam = pgTable(
  'organisatie_naam',
  {
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id, { onDelete: 'cascade' }),
    naam: text('naam').notNull(),
    geldigVan: date('geldig_van', { mode: 'string' }).notNull(),
    geldigTot: date('geldig_tot', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.organisatieId, t.geldigVan] })],
);

/** Population per peildatum (reference date), with its source. */
export const inwonertal = pgTable(
  'inwonertal',
  {
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id, { onDelete: 'cascade' }),
    peildatum: date('peildatum', { mode: 'string' }).notNull(),
    aantal: integer('aantal').notNull(),
    bron: text('bron').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisatieId, t.peildatum] })],
);
