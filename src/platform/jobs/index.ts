/**
 * Background jobs: pg-boss in the same database as everything else. pg-boss creates and migrates
 * its own schema `pgboss` at start (both engines); jobs are rows there, so they survive a restart,
 * and a job enqueued with the transaction handle of a change exists only if that change commits.
 *
 * - Embedded (PGlite): pg-boss talks to the app's own PGlite instance through `executeSql`
 *   (stack.md §5). PGlite is one session, so a statement from pg-boss waits while an app
 *   transaction is open — which is why `enqueue` inside a transaction must use that transaction's
 *   handle: the instance-wide adapter would wait for the lock its own caller holds (deadlock).
 * - PostgreSQL: pg-boss opens its own small pool from DATABASE_URL; `enqueue` still goes through
 *   the caller's transaction, so a rolled back change leaves no job behind.
 *
 * Worker: by default this process also works the jobs and fires the schedules (cron). Set
 * GRIP_WORKER=0 to turn that off, e.g. for web instances on PostgreSQL when a separate instance of
 * the same image (GRIP_WORKER=1, the default) does the work; several working instances may run side
 * by side (pg-boss hands each job to one of them with SKIP LOCKED). With PGlite only one process can
 * open the data folder, so there GRIP_WORKER=0 means no job runs at all.
 */
import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import type { Database, DbOrTx } from '../db/client';

export type JobOptions = Omit<PgBoss.SendOptions, 'db'>;

export interface JobDefinition<T extends object> {
  name: string;
  handler: (data: T) => Promise<void>;
  /** Retry and expiry settings of the queue. */
  queue?: Omit<PgBoss.Queue, 'name'>;
  /** Seconds between polls of an idle worker (default 2). */
  pollingIntervalSeconds?: number;
  /** A cron schedule, e.g. { cron: '0 7 * * *', tz: 'Europe/Amsterdam' }. */
  schedule?: { cron: string; tz: string };
}

export interface Jobs {
  /** Whether this process works the jobs and fires the schedules. */
  readonly worker: boolean;
  /** Registers a job type; call before start(). */
  define<T extends object>(definition: JobDefinition<T>): void;
  start(): Promise<void>;
  /**
   * Enqueues a job inside the caller's transaction (or, given the database handle, on its own):
   * the job exists if and only if that transaction commits. Returns the job id, or null when
   * pg-boss did not create one (e.g. a job with the same id already exists).
   */
  enqueue(tx: DbOrTx, name: string, data: object, options?: JobOptions): Promise<string | null>;
  /** Stops the workers and the schedules, waiting up to `timeoutMs` for running jobs. */
  stop(timeoutMs?: number): Promise<void>;
  /** The pg-boss instance itself (tests, inspection). */
  readonly boss: PgBoss;
}

/**
 * pg-boss on a PGlite instance. Statements with parameters go through `query`; the others through
 * `exec`, which returns every statement's result (pg-boss sends multi-statement plans). Its locked
 * plans ("BEGIN; …; COMMIT;") run inside PGlite's own transaction, so a failing statement is rolled
 * back before anything else can use the single session.
 */
export function pgliteAdapter(lite: PGlite): PgBoss.Db {
  const blok = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/;
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      if (values?.length) return lite.query(text, values);
      const binnen = blok.exec(text)?.[1];
      const r =
        binnen === undefined ? await lite.exec(text) : await lite.transaction((tx) => tx.exec(binnen));
      if (binnen !== undefined) await lite.syncToFs();
      return (r.length === 1 ? r[0] : r) as { rows: unknown[] };
    },
  };
}

/**
 * pg-boss over a drizzle database or transaction handle, on either engine: the statement goes to
 * the driver connection behind the handle (a PGlite transaction, a node-postgres pool client), so
 * it runs inside the caller's transaction. The statement text and its positional parameters are
 * passed on unchanged: pg-boss reuses a parameter in several places ($5 as text, and cast to a
 * timestamp only in one branch), which drizzle's own parameters (one per occurrence) would break.
 */
export function drizzleAdapter(tx: DbOrTx): PgBoss.Db {
  const client = (tx._.session as unknown as { client?: Partial<Queryable> }).client;
  if (typeof client?.query !== 'function') throw new Error('Geen databaseverbinding achter deze handle');
  const q = client as Queryable;
  return { executeSql: (text: string, values: unknown[] = []) => q.query(text, values) };
}

/** What both a PGlite (transaction) and a node-postgres client or pool offer. */
interface Queryable {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

export function createJobs(database: Database, options: { worker: boolean }): Jobs {
  const definitions = new Map<string, JobDefinition<object>>();
  const { worker } = options;
  const common = {
    schema: 'pgboss',
    // Without a worker this process only enqueues: no maintenance, no cron.
    supervise: worker,
    schedule: worker,
  };
  let boss: PgBoss;
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('Jobs op PGlite hebben de PGlite-instantie nodig');
    boss = new PgBoss({ ...common, db: pgliteAdapter(database.pglite) });
  } else {
    if (!database.databaseUrl) throw new Error('Jobs op PostgreSQL hebben de DATABASE_URL nodig');
    boss = new PgBoss({ ...common, connectionString: database.databaseUrl, max: 3 });
  }
  let started = false;
  let stopping = false;
  boss.on('error', (e) => {
    // While stopping, a poll that was under way may hit the closing database: not worth a report.
    if (!stopping) console.error('Fout in de takenwachtrij:', e);
  });

  return {
    worker,
    boss,
    define<T extends object>(d: JobDefinition<T>) {
      if (started) throw new Error(`Taak ${d.name} gedefinieerd na start()`);
      definitions.set(d.name, d as unknown as JobDefinition<object>);
    },
    async start() {
      if (started) return;
      await boss.start();
      started = true;
      for (const d of definitions.values()) {
        const queue = { name: d.name, ...d.queue };
        await boss.createQueue(d.name, queue);
        await boss.updateQueue(d.name, queue); // a changed definition applies to an existing queue too
        if (!worker) continue;
        await boss.work<object>(
          d.name,
          { batchSize: 1, pollingIntervalSeconds: d.pollingIntervalSeconds ?? 2 },
          async (jobs) => {
            for (const job of jobs) await d.handler(job.data);
          },
        );
        if (d.schedule) await boss.schedule(d.name, d.schedule.cron, {}, { tz: d.schedule.tz });
        else await boss.unschedule(d.name);
      }
    },
    async enqueue(tx, name, data, opts = {}) {
      if (!started) throw new Error(`De takenwachtrij is niet gestart (taak ${name})`);
      if (!definitions.has(name)) throw new Error(`Onbekende taak ${name}`);
      return boss.send(name, data, { ...opts, db: drizzleAdapter(tx) });
    },
    async stop(timeoutMs = 10_000) {
      if (!started || stopping) return;
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
      started = false;
    },
  };
}
