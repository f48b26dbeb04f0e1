/**
 * A fresh, migrated database for one test file, on the engine chosen by the test run:
 * GRIP_TEST_ENGINE=pglite (default) or postgres (with GRIP_TEST_DATABASE_URL pointing at a
 * server the test set-up started). The test runner prepares migrated templates once — empty,
 * and with the demo data — (a PGlite dump, or PostgreSQL template databases), so each file
 * starts in about a second. Without prepared templates it builds the database itself.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../src/platform/db/client';
import { laadVoorbeeldgegevens } from '../src/demo/seed';

export const testEngine = (process.env.GRIP_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';
export const templateNaam = (voorbeeld: boolean) => (voorbeeld ? 'grip_template_demo' : 'grip_template');
export const templateDump = (dir: string, voorbeeld: boolean) => `${dir}/${templateNaam(voorbeeld)}.tar`;

export interface TestDbOpties {
  /** Start with the demo data (Polderland) loaded. */
  voorbeeld?: boolean;
}

async function adminQuery(adminUrl: string, q: string, params: unknown[] = []) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await admin.query(q, params);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(opties: TestDbOpties = {}): Promise<Database> {
  const voorbeeld = opties.voorbeeld ?? false;
  if (testEngine === 'postgres') {
    const adminUrl = process.env.GRIP_TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('GRIP_TEST_DATABASE_URL ontbreekt voor GRIP_TEST_ENGINE=postgres');
    const name = `grip_test_${randomBytes(6).toString('hex')}`;
    const template = templateNaam(voorbeeld);
    const bestaat = (await adminQuery(adminUrl, 'select 1 from pg_database where datname = $1', [template]))
      .rowCount;
    await adminQuery(
      adminUrl,
      bestaat ? `create database ${name} template ${template}` : `create database ${name}`,
    );
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    if (!bestaat) {
      await database.migrate();
      if (voorbeeld) await laadVoorbeeldgegevens(database.db);
    }
    return {
      ...database,
      close: async () => {
        await database.close();
        // pool.end() resolves before each connection has said goodbye to the server; a forced drop
        // now would terminate them mid-close. Wait (briefly) until the server has let them go.
        for (let i = 0; i < 50; i++) {
          const over = await adminQuery(adminUrl, 'select 1 from pg_stat_activity where datname = $1', [
            name,
          ]);
          if (!over.rowCount) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dir = process.env.GRIP_TEST_PGLITE_TEMPLATES;
  const dump = dir ? templateDump(dir, voorbeeld) : undefined;
  const vanDump = dump !== undefined && fs.existsSync(dump);
  const lite = vanDump
    ? await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(dump)]) })
    : await PGlite.create();
  const database = await openDatabase({ pglite: lite });
  await database.migrate(); // a no-op on a template
  if (!vanDump && voorbeeld) await laadVoorbeeldgegevens(database.db);
  return { ...database, close: () => lite.close() };
}

/** Builds the templates once per test run (called by scripts/test.ts). */
export async function prepareTemplates(engine: 'pglite' | 'postgres', target: string): Promise<void> {
  for (const voorbeeld of [false, true]) {
    if (engine === 'pglite') {
      const lite = await PGlite.create();
      const database = await openDatabase({ pglite: lite });
      await database.migrate();
      if (voorbeeld) await laadVoorbeeldgegevens(database.db);
      const blob = await lite.dumpDataDir('none');
      fs.writeFileSync(templateDump(target, voorbeeld), Buffer.from(await blob.arrayBuffer()));
      await lite.close();
    } else {
      const name = templateNaam(voorbeeld);
      await adminQuery(target, `drop database if exists ${name}`);
      await adminQuery(target, `create database ${name}`);
      const url = new URL(target);
      url.pathname = `/${name}`;
      const database = await openDatabase({ databaseUrl: url.toString() });
      await database.migrate();
      if (voorbeeld) await laadVoorbeeldgegevens(database.db);
      await database.close();
    }
  }
}
