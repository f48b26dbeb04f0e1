/**
 * A fresh, migrated database for one test file, on the engine chosen by the test run:
 * GRIP_TEST_ENGINE=pglite (default) or postgres (with GRIP_TEST_DATABASE_URL pointing at a
 * server the test set-up started). The test runner prepares a migrated template once
 * (a PGlite dump, or a PostgreSQL template database) so each file starts in about a second.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../src/platform/db/client';

export const testEngine = (process.env.GRIP_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';
export const TEMPLATE_DB = 'grip_template';

export async function createTestDatabase(): Promise<Database> {
  if (testEngine === 'postgres') {
    const adminUrl = process.env.GRIP_TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('GRIP_TEST_DATABASE_URL ontbreekt voor GRIP_TEST_ENGINE=postgres');
    const name = `grip_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const template = await admin.query('select 1 from pg_database where datname = $1', [TEMPLATE_DB]);
    await admin.query(
      template.rowCount ? `create database ${name} template ${TEMPLATE_DB}` : `create database ${name}`,
    );
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    if (!template.rowCount) await database.migrate();
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: adminUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dump = process.env.GRIP_TEST_PGLITE_TEMPLATE;
  const lite =
    dump && fs.existsSync(dump)
      ? await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(dump)]) })
      : await PGlite.create();
  const database = await openDatabase({ pglite: lite });
  await database.migrate(); // a no-op on the template, the whole schema otherwise
  return { ...database, close: () => lite.close() };
}
