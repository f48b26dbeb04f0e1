/**
 * Composition root: config → database (migrated) → demo data on an empty database → HTTP app.
 * Used by main.ts, the tests and the benchmark alike.
 */
import type { Config } from './config';
import { kalenderBron } from './modules/termijnen/store';
import { type Database, openDatabase } from './platform/db/client';
import { createApp, type Services } from './platform/http/app';
import { modules } from './modules';
import { heeftVoorbeeldgegevens, laadVoorbeeldgegevens, isLeeg } from './demo/seed';

export interface Grip {
  services: Services;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

export async function startGrip(config: Config, opties: { database?: Database } = {}): Promise<Grip> {
  const database =
    opties.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
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
    };
    return { services, app: createApp(services, modules), close: () => database.close() };
  } catch (e) {
    await database.close();
    throw e;
  }
}
