/**
 * Tables of procedures: the procedure, one request (verzoek) per participant, documents (stored
 * in PostgreSQL), letter templates per organisation, who follows a regeling, and notifications
 * shown in Grip.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TermijnResultaat } from '../../kalender';
import { gebruiker } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { regeling } from '../regelingen/schema';
import { procedureStatussen, strekkingen, verzoekStatussen, weigeringsgronden } from './domain/levenscyclus';
import { procedureSoorten } from './domain/soorten';
import type { TermijnWaarschuwing } from './domain/termijn';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const procedureSoort = pgEnum('procedure_soort', procedureSoorten);
export const procedureStatus = pgEnum('procedure_status', procedureStatussen);
export const verzoekStatus = pgEnum('verzoek_status', verzoekStatussen);
export const strekking = pgEnum('strekking', strekkingen);
export const weigeringsgrond = pgEnum('weigeringsgrond', weigeringsgronden);

export const procedure = pgTable(
  'procedure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    soort: procedureSoort('soort').notNull(),
    titel: text('titel').notNull(),
    omschrijving: text('omschrijving'),
    status: procedureStatus('status').notNull().default('concept'),
    begrotingsjaar: integer('begrotingsjaar'),
    /** Toetreding and uittreding concern one organisation. */
    betrokkenOrganisatieId: uuid('betrokken_organisatie_id').references(() => organisatie.id),
    /** A begrotingswijziging in a category the regeling exempts (art. 35 lid 6). */
    vrijgesteldeCategorie: boolean('vrijgestelde_categorie').notNull().default(false),
    /** The planned decision (for an ontwerpbegroting: the AB meeting it is offered to). */
    geplandeBesluitdatum: date('geplande_besluitdatum', { mode: 'string' }),
    /** Period given for this procedure (art. 10 lid 5: as the regeling sets; art. 25, 31a: none in the statute). */
    termijnDuur: text('termijn_duur'),
    atwVanToepassing: boolean('atw_van_toepassing').notNull().default(false),
    /** A reply date the parties agreed on. */
    afgesprokenUiterlijk: date('afgesproken_uiterlijk', { mode: 'string' }),
    verzondenOp: date('verzonden_op', { mode: 'string' }),
    besluitDatum: date('besluit_datum', { mode: 'string' }),
    /** Publication of the decision, e.g. bgr-2026-123. */
    besluitReferentie: text('besluit_referentie'),
    besluitToelichting: text('besluit_toelichting'),
    afgeslotenOp: date('afgesloten_op', { mode: 'string' }),
    ingetrokkenOp: date('ingetrokken_op', { mode: 'string' }),
    intrekkingReden: text('intrekking_reden'),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('procedure_regeling_idx').on(t.regelingId), index('procedure_status_idx').on(t.status)],
);

export const verzoek = pgTable(
  'verzoek',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedure.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    /** raad | provinciale_staten | algemeen_bestuur_waterschap */
    aan: text('aan').notNull(),
    /** zienswijze | wensen_en_bedenkingen | zienswijze_en_toestemming | eigen_besluit | kennisname */
    vraag: text('vraag').notNull(),
    regelStatus: text('regel_status').notNull().default('bevestigd'),
    artikel: text('artikel').notNull(),
    status: verzoekStatus('status').notNull().default('open'),
    uiterlijk: date('uiterlijk', { mode: 'string' }),
    termijnGrondslag: text('termijn_grondslag').notNull(),
    berekening: jsonb('berekening').$type<TermijnResultaat | null>(),
    termijnWaarschuwingen: jsonb('termijn_waarschuwingen')
      .$type<TermijnWaarschuwing[]>()
      .notNull()
      .default([]),
    ontvangenOp: date('ontvangen_op', { mode: 'string' }),
    commissieDatum: date('commissie_datum', { mode: 'string' }),
    raadsDatum: date('raads_datum', { mode: 'string' }),
    raadsbesluitDatum: date('raadsbesluit_datum', { mode: 'string' }),
    stemmenVoor: integer('stemmen_voor'),
    stemmenTegen: integer('stemmen_tegen'),
    zienswijzeVerzondenOp: date('zienswijze_verzonden_op', { mode: 'string' }),
    strekking: strekking('strekking'),
    /** The zienswijze as the council wrote it (rendered through the sanitising Markdown renderer). */
    zienswijzeTekst: text('zienswijze_tekst'),
    teLaat: boolean('te_laat').notNull().default(false),
    geenZienswijzeOp: date('geen_zienswijze_op', { mode: 'string' }),
    toestemming: text('toestemming'),
    weigeringsgrond: weigeringsgrond('weigeringsgrond'),
    reactieBestuur: text('reactie_bestuur'),
    reactieBestuurOp: date('reactie_bestuur_op', { mode: 'string' }),
    versie: integer('versie').notNull().default(1),
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('verzoek_procedure_organisatie_idx').on(t.procedureId, t.organisatieId),
    index('verzoek_organisatie_idx').on(t.organisatieId, t.uiterlijk),
  ],
);

export const document = pgTable(
  'document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    procedureId: uuid('procedure_id').references(() => procedure.id, { onDelete: 'cascade' }),
    /** A participant's document (its zienswijze letter, its council's decision). */
    verzoekId: uuid('verzoek_id').references(() => verzoek.id, { onDelete: 'cascade' }),
    /** ontwerp | zienswijze | raadsbesluit | reactie_bestuur | besluit | bijlage */
    soort: text('soort').notNull(),
    titel: text('titel').notNull(),
    bestandsnaam: text('bestandsnaam').notNull(),
    mediatype: text('mediatype').notNull(),
    grootte: integer('grootte').notNull(),
    sha256: text('sha256').notNull(),
    inhoud: bytea('inhoud').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    /** TOOI URI of the publisher. */
    uitgever: text('uitgever'),
    openbaar: boolean('openbaar').notNull().default(false),
    geuploadDoor: uuid('geupload_door').references(() => gebruiker.id, { onDelete: 'set null' }),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_procedure_idx').on(t.procedureId), index('document_verzoek_idx').on(t.verzoekId)],
);

/** The letterhead and signatures a griffie uses for its drafts. */
export const briefsjabloon = pgTable('briefsjabloon', {
  organisatieId: uuid('organisatie_id')
    .primaryKey()
    .references(() => organisatie.id, { onDelete: 'cascade' }),
  afzender: text('afzender').notNull(),
  adresregels: text('adresregels')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  plaats: text('plaats').notNull(),
  ondertekening: jsonb('ondertekening').$type<{ naam: string; functie: string }[]>().notNull().default([]),
  aanhef: text('aanhef').notNull(),
  slot: text('slot').notNull(),
  voettekst: text('voettekst'),
  gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
});

/** A user follows a regeling: notified when its board responds or decides. */
export const volger = pgTable(
  'volger',
  {
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    sinds: timestamp('sinds', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.gebruikerId, t.regelingId] }),
    index('volger_regeling_idx').on(t.regelingId),
  ],
);

/** Notifications shown in Grip (the e-mail copy goes through the outbox). */
export const melding = pgTable(
  'melding',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    tekst: text('tekst').notNull(),
    link: text('link').notNull(),
    /** What it is about: 'procedure' (mailed at once) or 'tafel' (shared table; mailed in the daily digest). */
    soort: text('soort').notNull().default('procedure'),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    gelezen: timestamp('gelezen', { withTimezone: true }),
    /** When it went out in an e-mail digest (null: not yet, or not by digest). */
    inDigest: timestamp('in_digest', { withTimezone: true }),
  },
  (t) => [index('melding_gebruiker_idx').on(t.gebruikerId, t.aangemaakt)],
);
