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
  primaryKey,
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

/**
 * A region of a region division (e.g. veiligheidsregio "Twente") in one source and vintage
 * (Regioatlas 2016). The source has no region codes: `sleutel` (division + name) identifies it.
 */
export const regio = pgTable(
  'regio',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bronImportId: uuid('bron_import_id')
      .notNull()
      .references(() => bronImport.id, { onDelete: 'cascade' }),
    /** Stable key of the division: 'veiligheidsregio', 'ggd_regio', … (bronnen/regioatlas.ts). */
    indeling: text('indeling').notNull(),
    /** The division as the source titles it ("Veiligheidsregio's"). */
    indelingNaam: text('indeling_naam').notNull(),
    sleutel: text('sleutel').notNull(),
    naam: text('naam').notNull(),
    code: text('code'),
    /** The population the source gives for the whole region (reference date unknown). */
    inwoners: integer('inwoners'),
  },
  (t) => [uniqueIndex('regio_uq').on(t.bronImportId, t.sleutel), index('regio_indeling_idx').on(t.indeling)],
);

/** A gemeente in a region, as the source row gives it (code of that vintage), linked where it resolves. */
export const regioLid = pgTable(
  'regio_lid',
  {
    regioId: uuid('regio_id')
      .notNull()
      .references(() => regio.id, { onDelete: 'cascade' }),
    /** GMxxxx as in the source (its own vintage; former gemeenten included). */
    gemeenteCode: text('gemeente_code').notNull(),
    gemeenteNaam: text('gemeente_naam').notNull(),
    organisatieId: uuid('organisatie_id').references(() => organisatie.id),
    herkomst: jsonb('herkomst').$type<Herkomst>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regioId, t.gemeenteCode] }),
    index('regio_lid_gemeente_idx').on(t.gemeenteCode),
  ],
);

/**
 * A boundary (gemeente, provincie, veiligheidsregio) from a TopoJSON or GeoJSON file, as a GeoJSON
 * geometry in WGS84 (longitude, latitude), simplified on import for drawing maps.
 */
export const grens = pgTable(
  'grens',
  {
    bronImportId: uuid('bron_import_id')
      .notNull()
      .references(() => bronImport.id, { onDelete: 'cascade' }),
    soort: text('soort').notNull(),
    /** GMxxxx, PVxx, VRxx. */
    code: text('code').notNull(),
    naam: text('naam').notNull(),
    geometrie: jsonb('geometrie').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.bronImportId, t.soort, t.code] })],
);
