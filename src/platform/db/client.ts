/**
 * The database: embedded PGlite in a data folder by default, a PostgreSQL server when
 * DATABASE_URL is set. One schema, one SQL dialect, the same migrations on both.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; has the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Embedded mode only: a counter that goes up with every statement other than a read
   * (select/show/explain) sent through `db`, transactions included. The data folder lock makes this
   * process the only writer, so anything computed from the database stays valid while the counter
   * stands still (used by the response cache). Undefined on PostgreSQL, where other processes write too.
   * Statements that bypass `db` (e.g. a job queue given the PGlite instance itself) are not counted.
   */
  wijzigingen?: () => number;
  /** Embedded mode only: the PGlite instance itself, for the job queue (pg-boss) on the same database. */
  pglite?: PGlite;
  /** PostgreSQL only: the connection string, for the job queue's own pool. */
  databaseUrl?: string;
}

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

// Dates without a time stay 'YYYY-MM-DD' strings, also in raw queries (type 1082 = date).
pg.types.setTypeParser(1082, (v: string) => v);

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** An already created PGlite instance (tests); no lock is taken. */
  pglite?: PGlite;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection the server ends (a restart, a failover, pg_terminate_backend) is an 'error'
    // event on the pool; without a listener Node would stop the whole process. The pool drops that
    // connection and opens a new one for the next query.
    pool.on('error', (e) => console.error('Databaseverbinding verbroken:', e.message));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      databaseUrl: opts.databaseUrl,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  let release = () => {};
  let client = opts.pglite;
  if (!client) {
    if (!opts.dataDir) throw new Error('dataDir of databaseUrl is verplicht');
    release = acquireDataDirLock(opts.dataDir);
    try {
      // relaxedDurability: reads do not wait for a file-system sync (a third of their cost);
      // every write transaction still waits for it, see below.
      client = await PGlite.create(path.join(opts.dataDir, 'pgdata'), { relaxedDurability: true });
    } catch (e) {
      release();
      throw e;
    }
  }
  const lite = client;
  // drizzle logs every statement it sends (inside transactions too) just before sending it; PGlite
  // runs them one at a time, so a read that starts after the count went up sees the write.
  let wijzigingen = 0;
  const logger = {
    logQuery: (query: string) => {
      if (!/^\s*(select|show|explain)\b/i.test(query)) wijzigingen++;
    },
  };
  const db = drizzlePglite(lite, { schema, logger }) as unknown as Db;
  // A committed write transaction is on disk before the caller goes on (and answers its user).
  const transaction = db.transaction.bind(db);
  db.transaction = (async (...args: Parameters<Db['transaction']>) => {
    const uitkomst: unknown = await transaction(...args);
    await lite.syncToFs();
    return uitkomst;
  }) as Db['transaction'];
  return {
    db,
    kind: 'pglite',
    pglite: lite,
    wijzigingen: () => wijzigingen,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      if (!opts.pglite) await lite.close();
      release();
    },
  };
}

/** Runs a raw SQL query and returns its rows, the same on both drivers. */
export async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res: unknown = await db.execute(query);
  return (res as { rows: T[] }).rows;
}

/** Escapes the wildcards of LIKE/ILIKE, so a search for '100%' or 'a_b' means just that. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `kolom = any($1::uuid[])`: the ids as one array parameter, instead of drizzle's `in ($1, $2, …)` with a
 * parameter per id. On PGlite parsing and planning a list of 40 parameters costs more than the query itself
 * (the shares of Mijn regelingen for a gemeente in 40 regelingen: 14.7 ms → 5.4 ms). The ids must be UUIDs
 * (they come from the database or were validated); anything else throws rather than reaching the query.
 */
export function inUuids(kolom: SQLWrapper, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`false`;
  for (const id of ids) if (!UUID.test(id)) throw new Error(`inUuids: geen UUID: ${id}`);
  return sql`${kolom} = any(${`{${ids.join(',')}}`}::uuid[])`;
}
