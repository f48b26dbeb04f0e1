/**
 * Tables of the landschap imports: the provenance of each import (`bron_import`) and every participation
 * row of a source (`bron_deelname`), linked to an organisation or not. The regelingen themselves go into
 * `regeling` (with `bron`, `bron_peildatum`, `bron_sleutel`), resolved participants also into `deelname`.
 */
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisatie } from '../organisaties/schema';
import { deelname, regeling } from '../regelingen/schema';
import type { Herkomst } from './bronnen/bron';

/** One source in one vintage: what was read, under which licence, and what it holds now. */
export const bronImport = pgTable(
  'bron_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'roo-polder', 'opengr' (landschap/bron-info.ts). */
    bron: text('bron').notNull(),
    /** The vintage: the day the source was read, or the date of the snapshot. */
    peildatum: date('peildatum', { mode: 'string' }).notNull(),
    omschrijving: text('omschrijving').notNull(),
    /** As the source's PROVENANCE states it. */
    licentie: text('licentie').notNull(),
    /** The file or folder read (its name, not the path on the server). */
    bestand: text('bestand').notNull(),
    /** Further files used, with their licence (the successor table of an OpenGR import). */
    toelichting: text('toelichting'),
    /** What the import holds after the last run: regelingen, source rows, linked, unlinked, merged, … */
    tellingen: jsonb('tellingen').$type<Record<string, number>>().notNull(),
    geimporteerd: timestamp('geimporteerd', { withTimezone: true }).notNull().defaultNow(),
    /** The last run that changed something. */
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bron_import_uq').on(t.bron, t.peildatum)],
);

/** A body as the source names it, with Grip's word for it (null: not a body of Wgr art. 1, 40, 50). */
export interface BronOrgaan {
  naam: string;
  orgaan: string | null;
}

/**
 * Every participation row of a source, linked or not: the name as written, the organisation it resolved
 * to (or why not), where it comes from, and the Grip participation it became. Nothing is dropped.
 */
export const bronDeelname = pgTable(
  'bron_deelname',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The import (source and vintage) that last wrote this row. */
    bronImportId: uuid('bron_import_id')
      .notNull()
      .references(() => bronImport.id),
    regelingId: uuid('regeling_id')
      .notNull()
      .references(() => regeling.id, { onDelete: 'cascade' }),
    /** Its place in the source: in the regeling's list (roo-polder), or the line in the file (opengr). */
    volgnummer: integer('volgnummer').notNull(),
    /** The name, cleaned (white space, double encoding); spelling as in the source. */
    naam: text('naam').notNull(),
    /** Exactly as read from the source. */
    naamOrigineel: text('naam_origineel').notNull(),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id),
    /** How it was linked: 'tooi', 'cbs-code', 'roo-id', 'naam', 'opvolger', 'naam-zonder-provincie'. */
    koppeling: text('koppeling'),
    /** Why it was not linked (Dutch). */
    reden: text('reden'),
    herkomst: jsonb('herkomst').$type<Herkomst>().notNull(),
    organen: jsonb('organen').$type<BronOrgaan[]>().notNull().default([]),
    /** The cost key as written (`'5,1'`). */
    verdeelsleutel: text('verdeelsleutel'),
    datumToetreding: date('datum_toetreding', { mode: 'string' }),
    datumUittreding: date('datum_uittreding', { mode: 'string' }),
    /** The Grip participation this row became (several rows for one participant share one). */
    deelnameId: uuid('deelname_id').references(() => deelname.id, { onDelete: 'set null' }),
    /** The rest of the source row (identifiers, address, province, repairs, …). */
    gegevens: jsonb('gegevens').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('bron_deelname_uq').on(t.regelingId, t.volgnummer),
    index('bron_deelname_import_idx').on(t.bronImportId),
    index('bron_deelname_organisatie_idx').on(t.organisatieId),
    index('bron_deelname_deelname_idx').on(t.deelnameId),
  ],
);
