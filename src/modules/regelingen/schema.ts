/** Tables of the regelingen module: regeling, deelname (participation), bestuurslid (board member). */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisatie } from '../organisaties/schema';
import type { Afspraken, Bevoegdheid, Bron, Kostenverdeling, ExterneReferenties } from './domain/types';
import { alleVormen, bestuursorganen, deelnemendeOrganen, functies, regelingTypen } from './domain/types';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const regelingVorm = pgEnum('regeling_vorm', alleVormen);
export const deelnemendOrgaan = pgEnum('deelnemend_orgaan', deelnemendeOrganen);
export const bestuursorgaan = pgEnum('bestuursorgaan', bestuursorganen);
export const functie = pgEnum('functie', functies);
export const regelingType = pgEnum('regeling_type', regelingTypen);

export const regeling = pgTable(
  'regeling',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
    korteNaam: text('korte_naam'),
    /** The belang (purpose) the regeling serves, Wgr art. 10 lid 1. */
    belang: text('belang'),
    vorm: regelingVorm('vorm').notNull(),
    /** Derived from the participating bodies (Wgr art. 1) on every change of participants; never typed in. */
    type: regelingType('type').notNull().default('onbekend'),
    /** Seat: the organisation hosting it (for a centrumgemeente: the serving participant). */
    vestigingOrganisatieId: uuid('vestiging_organisatie_id').references(() => organisatie.id),
    vestigingsplaats: text('vestigingsplaats'),
    beleidsterreinen: text('beleidsterreinen')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    taken: text('taken'),
    bevoegdheden: jsonb('bevoegdheden').$type<Bevoegdheid[]>().notNull().default([]),
    datumInwerkingtreding: date('datum_inwerkingtreding', { mode: 'string' }),
    datumUitwerkingtreding: date('datum_uitwerkingtreding', { mode: 'string' }),
    referenties: jsonb('referenties').$type<ExterneReferenties>().notNull().default({}),
    afspraken: jsonb('afspraken').$type<Afspraken>().notNull().default({}),
    /** Qualified majority required for designated decisions, Wgr art. 13 lid 4 c; e.g. 2/3 → 0.6667. */
    gekwalificeerdeMeerderheid: numeric('gekwalificeerde_meerderheid', { precision: 5, scale: 4 }),
    bronnen: jsonb('bronnen').$type<Bron[]>().notNull().default([]),
    isVoorbeeld: boolean('is_voorbeeld').notNull().default(false),
    /**
     * The source an imported regeling comes from ('roo-polder', 'opengr'; see landschap/herkomst.ts);
     * null for a regeling made in Grip. Sources and vintages never mix: the register shows null and
     * 'roo-polder' by default, other sources only when asked for.
     */
    bron: text('bron'),
    /** The vintage of that source: the day it was read (roo-polder) or the date of the snapshot (opengr). */
    bronPeildatum: date('bron_peildatum', { mode: 'string' }),
    /** The regeling's key in its source: the ROO id, or OpenGR's normalised name. */
    bronSleutel: text('bron_sleutel'),
    /** What the source says that Grip has no field for (citeertitel, legal bases, version links, …). */
    bronGegevens: jsonb('bron_gegevens').$type<Record<string, unknown>>(),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
    zoektekst: tsvector('zoektekst').generatedAlwaysAs(
      sql`to_tsvector('dutch'::regconfig, coalesce(naam, '') || ' ' || coalesce(korte_naam, '') || ' ' || coalesce(belang, ''))`,
    ),
  },
  (t) => [
    index('regeling_zoektekst_idx').using('gin', t.zoektekst),
    index('regeling_vorm_idx').on(t.vorm),
    index('regeling_type_idx').on(t.type),
    index('regeling_naam_idx').on(sql`lower(${t.naam})`),
    uniqueIndex('regeling_bron_uq').on(t.bron, t.bronPeildatum, t.bronSleutel),
  ],
);

export const deelname = pgTable(
  'deelname',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisatie.id),
    /** The bodies that entered the regeling for this participant (Wgr art. 1, 40, 50…). */
    organen: deelnemendOrgaan('organen').array().notNull(),
    datumToetreding: date('datum_toetreding', { mode: 'string' }),
    datumUittreding: date('datum_uittreding', { mode: 'string' }),
    kostenverdeling: jsonb('kostenverdeling').$type<Kostenverdeling>(),
    /** Votes of this participant's members together (Wgr art. 13 lid 4 b); null = unknown. */
    stemmen: integer('stemmen'),
    /** For a centrumgemeente: this participant serves the others (Wgr art. 8 lid 4). */
    dienstverlenend: boolean('dienstverlenend').notNull().default(false),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('deelname_regeling_idx').on(t.regelingId),
    index('deelname_organisatie_idx').on(t.organisatieId),
  ],
);

export const bestuurslid = pgTable(
  'bestuurslid',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    orgaan: bestuursorgaan('orgaan').notNull(),
    naam: text('naam').notNull(),
    /** The participant this member comes from; null for a member from outside (art. 14 lid 2). */
    deelnameId: uuid('deelname_id').references(() => deelname.id, { onDelete: 'set null' }),
    functie: functie('functie').notNull(),
    /** Who designated the member: raad, college, burgemeester, ab, … */
    aangewezenDoor: text('aangewezen_door'),
    plaatsvervanger: text('plaatsvervanger'),
    /** A DB member who is not a member of the AB (Wgr art. 14 lid 2). */
    vanBuitenAb: boolean('van_buiten_ab').notNull().default(false),
    vanaf: date('vanaf', { mode: 'string' }),
    tot: date('tot', { mode: 'string' }),
    /** End of the member's own mandate (raadslid, wethouder…); membership ends with it, art. 13 lid 2. */
    mandaatTot: date('mandaat_tot', { mode: 'string' }),
    /** Vote weight of this member, where the regeling assigns weights per member. */
    stemgewicht: integer('stemgewicht'),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [index('bestuurslid_regeling_idx').on(t.regelingId)],
);
