/**
 * Tables of the raadswerkplaats: the visit state of Mijn regelingen and of each shared table (`bezoek`), questions to the bestuur
 * (`inlichting`), the shared table per regeling (`tafel_*`), the directory (`contactkaart`) and the
 * gemeenschappelijke adviescommissie (`adviescommissie_*`).
 */
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { gebruiker } from '../accounts/schema';
import { organisatie } from '../organisaties/schema';
import { procedure } from '../procedures/schema';
import { regeling } from '../regelingen/schema';
import { antwoordDoorSoorten, inlichtingAanSoorten, inlichtingStatussen } from './domain/inlichtingen';

/** Per user: since when Mijn regelingen shows things as new, and the last page view (bezoek.ts). */
export const bezoek = pgTable(
  'raadswerkplaats_bezoek',
  {
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    /** Which page: 'mijn-regelingen', or 'tafel:<regeling id>' for the shared table of a regeling. */
    plek: text('plek').notNull().default('mijn-regelingen'),
    sinds: timestamp('sinds', { withTimezone: true }).notNull(),
    laatste: timestamp('laatste', { withTimezone: true }).notNull(),
    /** Whether `sinds` is a real previous visit or the default look-back. */
    bekend: boolean('bekend').notNull(),
  },
  (t) => [primaryKey({ columns: [t.gebruikerId, t.plek] })],
);

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

// ————————————————————————————— De gedeelde tafel (issue: shared table per regeling) —————————————————————————————

/** gesprek: a thread with replies; notitie: a note; zienswijze: a joint zienswijze draft that can be co-signed. */
export const tafelDraadSoorten = ['gesprek', 'notitie', 'zienswijze'] as const;
export const tafelDraadSoort = pgEnum('tafel_draad_soort', tafelDraadSoorten);

/**
 * A thread on the shared table of a regeling. Readable only by raadsleden and griffies of the organisations
 * that take part in the regeling on the day of reading (and by nobody else, beheerder included, except
 * through the audit log). Texts are Markdown, rendered through the sanitising renderer.
 */
export const tafelDraad = pgTable(
  'tafel_draad',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    soort: tafelDraadSoort('soort').notNull().default('gesprek'),
    titel: text('titel').notNull(),
    /** The organisation (participant) the author spoke for. */
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    auteurId: uuid('auteur_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    auteurNaam: text('auteur_naam').notNull(),
    /** A procedure this thread is about (e.g. the ontwerpbegroting a joint zienswijze answers). */
    procedureId: uuid('procedure_id').references(() => procedure.id, { onDelete: 'set null' }),
    /** Links to documents or pages: [{ titel, url }]. */
    verwijzingen: jsonb('verwijzingen').$type<{ titel: string; url: string }[]>().notNull().default([]),
    /** Closed threads take no more replies or signatures. */
    gesloten: timestamp('gesloten', { withTimezone: true }),
    laatsteActiviteit: timestamp('laatste_activiteit', { withTimezone: true }).notNull().defaultNow(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('tafel_draad_regeling_idx').on(t.regelingId, t.laatsteActiviteit)],
);

/**
 * A post in a thread: the opening text (volgnummer 1), a reply, or a new version of a joint draft's text.
 * A griffie may hide a post (verborgen*); it then shows as "verborgen door de griffie" and its text stays
 * in the database and the audit log.
 */
export const tafelBericht = pgTable(
  'tafel_bericht',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draadId: uuid('draad_id')
      .notNull()
      .references(() => tafelDraad.id, { onDelete: 'cascade' }),
    volgnummer: integer('volgnummer').notNull(),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    auteurId: uuid('auteur_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    auteurNaam: text('auteur_naam').notNull(),
    tekst: text('tekst').notNull(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    verborgenOp: timestamp('verborgen_op', { withTimezone: true }),
    verborgenDoor: uuid('verborgen_door').references(() => gebruiker.id, { onDelete: 'set null' }),
    verborgenReden: text('verborgen_reden'),
  },
  (t) => [uniqueIndex('tafel_bericht_uq').on(t.draadId, t.volgnummer)],
);

/** A report of a post ("ongepast"), for the griffies of the participants to judge. */
export const tafelMelding = pgTable(
  'tafel_melding',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    berichtId: uuid('bericht_id')
      .notNull()
      .references(() => tafelBericht.id, { onDelete: 'cascade' }),
    gemeldDoor: uuid('gemeld_door').references(() => gebruiker.id, { onDelete: 'set null' }),
    reden: text('reden').notNull(),
    gemeld: timestamp('gemeld', { withTimezone: true }).notNull().defaultNow(),
    /** When a griffie judged it (hid the post or let it stand). */
    afgehandeld: timestamp('afgehandeld', { withTimezone: true }),
  },
  (t) => [index('tafel_melding_bericht_idx').on(t.berichtId)],
);

/**
 * A co-signature of a joint zienswijze draft: on behalf of a council (fractie null: the griffie records
 * the council's decision) or of a faction in it. One per organisation and faction.
 */
export const tafelOndertekening = pgTable(
  'tafel_ondertekening',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draadId: uuid('draad_id')
      .notNull()
      .references(() => tafelDraad.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    /** The faction that signs; empty string for the council as a whole. */
    fractie: text('fractie').notNull().default(''),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    naam: text('naam').notNull(),
    /** The version of the draft text (bericht volgnummer) that was signed. */
    tekstVolgnummer: integer('tekst_volgnummer').notNull(),
    ondertekend: timestamp('ondertekend', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tafel_ondertekening_uq').on(t.draadId, t.organisatieId, t.fractie)],
);

/** Who follows a thread (the author and everyone who replied, until they stop). */
export const tafelVolger = pgTable(
  'tafel_volger',
  {
    draadId: uuid('draad_id')
      .notNull()
      .references(() => tafelDraad.id, { onDelete: 'cascade' }),
    gebruikerId: uuid('gebruiker_id')
      .notNull()
      .references(() => gebruiker.id, { onDelete: 'cascade' }),
    sinds: timestamp('sinds', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.draadId, t.gebruikerId] })],
);

// ————————————————————————————— Smoelenboek (directory) —————————————————————————————

/**
 * What a raadslid or griffie chose to share in the directory of the regelingen of their organisation.
 * Nothing is shown unless `zichtbaar`; each field is shared only when filled in.
 */
export const contactkaart = pgTable('contactkaart', {
  gebruikerId: uuid('gebruiker_id')
    .primaryKey()
    .references(() => gebruiker.id, { onDelete: 'cascade' }),
  zichtbaar: boolean('zichtbaar').notNull().default(false),
  functie: text('functie'),
  fractie: text('fractie'),
  email: text('email'),
  telefoon: text('telefoon'),
  toelichting: text('toelichting'),
  gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
});

// ————————————————————————————— Gemeenschappelijke adviescommissie (Wgr art. 24a) —————————————————————————————

/**
 * A proposal to set up a gemeenschappelijke adviescommissie for an openbaar lichaam (art. 24a lid 1).
 * It becomes the joint proposal that obliges the AB only when every participating council agreed.
 */
export const adviescommissieVoorstel = pgTable(
  'adviescommissie_voorstel',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    /** The council that took the initiative. */
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    titel: text('titel').notNull(),
    /** Taken, size, working method as proposed (Markdown). */
    toelichting: text('toelichting').notNull(),
    ingediend: date('ingediend', { mode: 'string' }).notNull(),
    /** The day the AB installed the commission (art. 24a lid 1: it must, once all councils proposed it). */
    ingesteldOp: date('ingesteld_op', { mode: 'string' }),
    ingetrokkenOp: date('ingetrokken_op', { mode: 'string' }),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('adviescommissie_voorstel_regeling_idx').on(t.regelingId)],
);

export const raadsbesluitUitkomsten = ['ingestemd', 'verworpen'] as const;
export const raadsbesluitUitkomst = pgEnum('raadsbesluit_uitkomst', raadsbesluitUitkomsten);

/** A council's decision on the proposal (one per council; the last decision counts). */
export const adviescommissieRaadsbesluit = pgTable(
  'adviescommissie_raadsbesluit',
  {
    voorstelId: uuid('voorstel_id')
      .notNull()
      .references(() => adviescommissieVoorstel.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    uitkomst: raadsbesluitUitkomst('uitkomst').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    kenmerk: text('kenmerk'),
    vastgelegdDoor: uuid('vastgelegd_door').references(() => gebruiker.id, { onDelete: 'set null' }),
    vastgelegd: timestamp('vastgelegd', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.voorstelId, t.organisatieId] })],
);

/**
 * A member designated by a council from its own raadsleden (art. 24a lid 2; a council may designate none).
 * Membership ends on `eindigtOp` — at the latest when the member leaves the council.
 */
export const adviescommissieLid = pgTable(
  'adviescommissie_lid',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    voorstelId: uuid('voorstel_id')
      .notNull()
      .references(() => adviescommissieVoorstel.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    naam: text('naam').notNull(),
    gebruikerId: uuid('gebruiker_id').references(() => gebruiker.id, { onDelete: 'set null' }),
    aangewezenOp: date('aangewezen_op', { mode: 'string' }).notNull(),
    eindigtOp: date('eindigt_op', { mode: 'string' }),
    /** Why it ended: 'uit de raad', 'teruggetrokken door de raad', 'op eigen verzoek', … */
    reden: text('reden'),
  },
  (t) => [index('adviescommissie_lid_voorstel_idx').on(t.voorstelId)],
);

export const adviescommissieStukSoorten = ['vergadering', 'advies'] as const;
export const adviescommissieStukSoort = pgEnum('adviescommissie_stuk_soort', adviescommissieStukSoorten);

/** A meeting or an advice of the commission; an advice may be linked to the procedure it is about. */
export const adviescommissieStuk = pgTable(
  'adviescommissie_stuk',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    voorstelId: uuid('voorstel_id')
      .notNull()
      .references(() => adviescommissieVoorstel.id, { onDelete: 'cascade' }),
    soort: adviescommissieStukSoort('soort').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    onderwerp: text('onderwerp').notNull(),
    /** Agenda or advice text (Markdown). */
    tekst: text('tekst').notNull().default(''),
    /** A link to the document (URL) where it is published. */
    url: text('url'),
    procedureId: uuid('procedure_id').references(() => procedure.id, { onDelete: 'set null' }),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('adviescommissie_stuk_voorstel_idx').on(t.voorstelId, t.datum)],
);
