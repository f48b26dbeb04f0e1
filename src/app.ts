/**
 * Composition root: config → database (migrated) → demo data on an empty database → background
 * jobs → HTTP app. Used by main.ts, the tests and the benchmark alike.
 */
import type { Config } from './config';
import { kalenderBron } from './modules/termijnen/store';
import { type Database, openDatabase } from './platform/db/client';
import { createApp, type Services } from './platform/http/app';
import { createJobs, type Jobs } from './platform/jobs';
import { modules } from './modules';
import { meldingenTaken, type MeldingenTaken } from './modules/meldingen/taken';
import { heeftVoorbeeldgegevens, laadVoorbeeldgegevens, isLeeg } from './demo/seed';

export interface Grip {
  services: Services;
  app: ReturnType<typeof createApp>;
  /** The background jobs, when started (see StartOpties.jobs). */
  jobs?: Jobs;
  close(): Promise<void>;
}

export interface StartOpties {
  /** A database opened by the caller (tests); otherwise Grip opens the one in the config. */
  database?: Database;
  /**
   * Start the background jobs (pg-boss: reminders, sending mail). Default: only when Grip opens the
   * database itself (npm start), not for a database passed in by a test unless it asks for them.
   */
  jobs?: boolean;
}

export async function startGrip(config: Config, opties: StartOpties = {}): Promise<Grip> {
  const database =
    opties.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  let jobs: Jobs | undefined;
  let meldingen: MeldingenTaken | undefined;
  try {
    await database.migrate();
    if (config.demoData && (await isLeeg(database.db))) await laadVoorbeeldgegevens(database.db);
    const bron = kalenderBron(database);
    const services: Services = {
      database,
      config,
      state: { voorbeeld: await heeftVoorbeeldgegevens(database.db) },
      kalender: bron.kalender,
      vergeetKalender: bron.vergeet,
      mail: { wachtrij: undefined },
    };
    if (opties.jobs ?? !opties.database) {
      jobs = createJobs(database, { worker: config.worker });
      meldingen = meldingenTaken(jobs, services);
      services.mail.wachtrij = meldingen.wachtrij;
      await jobs.start();
      if (jobs.worker) await meldingen.naStart();
      else if (database.kind === 'pglite')
        console.warn(
          'GRIP_WORKER=0 met de ingebouwde database: geen enkel proces voert taken uit (herinneringen, mail).',
        );
    }
    const j = jobs;
    const m = meldingen;
    return {
      services,
      app: createApp(services, modules),
      jobs,
      close: async () => {
        await j?.stop();
        m?.sluit();
        await database.close();
      },
    };
  } catch (e) {
    await jobs?.stop().catch(() => {});
    meldingen?.sluit();
    await database.close();
    throw e;
  }
}
