/** Tables of the accounts module: users, role grants, sessions, API tokens, sign-in attempts. */
import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisatie } from '../organisaties/schema';
import { regeling } from '../regelingen/schema';
import { rollen } from '../../platform/auth/policy';

export const rol = pgEnum('rol', rollen);

export const gebruiker = pgTable(
  'gebruiker',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    naam: text('naam').notNull(),
    wachtwoordHash: text('wachtwoord_hash').notNull(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('gebruiker_email_uq').on(sql`lower(${t.email})`)],
);

/** A role, scoped to an organisation or a regeling (or neither, for a beheerder). */
export const rolToekenning = pgTable(
  'rol_toekenning',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    rol: rol('rol').notNull(),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id, { onDelete: 'cascade' }),
    regelingId: uuid('regeling_id').references(() => regeling.id, { onDelete: 'cascade' }),
  },
  (t) => [index('rol_toekenning_gebruiker_idx').on(t.gebruikerId)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessie = pgTable(
  'sessie',
  {
    tokenHash: text('token_hash').primaryKey(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    verloopt: timestamp('verloopt', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessie_gebruiker_idx').on(t.gebruikerId)],
);

/** API bearer tokens; only the SHA-256 of the token is stored. */
export const apiToken = pgTable('api_token', {
  tokenHash: text('token_hash').primaryKey(),
  gebruikerId: uuid('gebruiker_id')
    .notNull()
    .references(() => gebruiker.id, { onDelete: 'cascade' }),
  omschrijving: text('omschrijving'),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-in attempts, for rate limiting across processes. */
export const aanmeldpoging = pgTable(
  'aanmeldpoging',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sleutel: text('sleutel').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aanmeldpoging_sleutel_idx').on(t.sleutel, t.tijdstip)],
);

export const wachtwoordLinkSoorten = ['uitnodiging', 'herstel'] as const;
export type WachtwoordLinkSoort = (typeof wachtwoordLinkSoorten)[number];

/**
 * One-time links to choose a password: an invitation (a griffie added a raadslid who had no account yet)
 * or a reset (forgot password). Only the SHA-256 of the token is stored; a used link is deleted.
 */
export const wachtwoordLink = pgTable(
  'wachtwoord_link',
  {
    tokenHash: text('token_hash').primaryKey(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    soort: text('soort', { enum: wachtwoordLinkSoorten }).notNull(),
    verloopt: timestamp('verloopt', { withTimezone: true }).notNull(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wachtwoord_link_gebruiker_idx').on(t.gebruikerId)],
);
