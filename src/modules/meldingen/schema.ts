/** Reminders users chose, reminders sent (never twice), mail preferences, and the outbox of e-mail. */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { gebruiker } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';

/** A user's reminders for the deadlines of an organisation: days before each deadline. */
export const herinneringVoorkeur = pgTable(
  'herinnering_voorkeur',
  {
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id, { onDelete: 'cascade' }),
    dagenVooraf: integer('dagen_vooraf')
      .array()
      .notNull()
      .default(sql`'{14,7,1}'::int[]`),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.organisatieId] })],
);

/**
 * A user's choice of mail for notifications. Without a row the defaults hold: the daily digest of the
 * shared table is on.
 */
export const mailVoorkeur = pgTable('mail_voorkeur', {
  gebruikerId: uuid('gebruiker_id')
    .primaryKey()
    .references(() => gebruiker.id, { onDelete: 'cascade' }),
  tafelDigest: boolean('tafel_digest').notNull().default(true),
  gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
});

/** One row per reminder sent; the primary key makes a second send impossible. */
export const verzondenHerinnering = pgTable(
  'verzonden_herinnering',
  {
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    itemUid: text('item_uid').notNull(),
    /** The deadline the reminder was for: a moved deadline gets its own reminders. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    dagenVooraf: integer('dagen_vooraf').notNull(),
    verzonden: timestamp('verzonden', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.itemUid, t.deadline, t.dagenVooraf] })],
);

/** E-mail: sent through SMTP when configured, otherwise kept here and shown on the outbox page. */
export const uitgaandeMail = pgTable(
  'uitgaande_mail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    aan: text('aan').notNull(),
    onderwerp: text('onderwerp').notNull(),
    tekst: text('tekst').notNull(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    verzonden: timestamp('verzonden', { withTimezone: true }),
    fout: text('fout'),
  },
  (t) => [index('uitgaande_mail_aangemaakt_idx').on(t.aangemaakt)],
);
