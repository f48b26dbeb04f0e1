/**
 * The job queue on the test engine (PGlite or PostgreSQL): a job enqueued in a transaction that
 * rolls back does not exist, one in a transaction that commits is processed exactly once, and
 * jobs outlive a restart because they are rows in the database.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testEngine } from '../../../test/db';
import { type Database, openDatabase, rows } from '../db/client';
import { createJobs, type Jobs } from '.';

class Terugdraaien extends Error {}

/** Waits until `klaar()` holds, polling every 50 ms, for at most `ms`. */
async function wachtTot(klaar: () => boolean | Promise<boolean>, ms = 15_000) {
  const tot = Date.now() + ms;
  while (!(await klaar())) {
    if (Date.now() > tot) assert.fail('wachten duurde te lang');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const aantalJobs = async (db: Database, naam: string) =>
  Number(
    (
      await rows<{ n: string | number }>(
        db.db,
        sql`select count(*) as n from pgboss.job where name = ${naam}`,
      )
    )[0]!.n,
  );

describe(`takenwachtrij (pg-boss) op ${testEngine}`, () => {
  let database: Database;
  let jobs: Jobs;
  const verwerkt: number[] = [];

  before(async () => {
    database = await createTestDatabase();
    jobs = createJobs(database, { worker: true });
    jobs.define<{ n: number }>({
      name: 'proef',
      pollingIntervalSeconds: 0.5,
      handler: async (data) => {
        verwerkt.push(data.n);
        await Promise.resolve();
      },
    });
    await jobs.start();
  });
  after(async () => {
    await jobs?.stop();
    await database?.close();
  });

  test('pg-boss maakt zijn eigen schema pgboss aan', async () => {
    const r = await rows<{ n: string }>(
      database.db,
      sql`select schema_name as n from information_schema.schemata where schema_name = 'pgboss'`,
    );
    assert.equal(r.length, 1);
  });

  test('een transactie die terugdraait laat geen taak achter; een die doorgaat wel, één keer verwerkt', async () => {
    await assert.rejects(
      database.db.transaction(async (tx) => {
        const id = await jobs.enqueue(tx, 'proef', { n: 1 });
        assert.ok(id, 'binnen de transactie bestaat de taak');
        throw new Terugdraaien();
      }),
      Terugdraaien,
    );
    assert.equal(await aantalJobs(database, 'proef'), 0, 'geen taak na terugdraaien');

    await database.db.transaction(async (tx) => {
      await jobs.enqueue(tx, 'proef', { n: 2 });
    });
    assert.equal(await aantalJobs(database, 'proef'), 1);
    await wachtTot(() => verwerkt.length > 0);
    // Give a second worker poll the chance to (wrongly) pick it up again.
    await new Promise((r) => setTimeout(r, 1200));
    assert.deepEqual(verwerkt, [2]);
    const [job] = await rows<{ state: string }>(
      database.db,
      sql`select state from pgboss.job where name = 'proef'`,
    );
    assert.equal(job?.state, 'completed');
  });

  test('een taak met een vaste id komt er maar één keer in', async () => {
    const id = '00000000-0000-4000-8000-0000000000aa';
    const eerste = await jobs.enqueue(database.db, 'proef', { n: 3 }, { id, startAfter: 3600 });
    const tweede = await jobs.enqueue(database.db, 'proef', { n: 3 }, { id, startAfter: 3600 });
    assert.equal(eerste, id);
    assert.equal(tweede, null);
  });

  test('een onbekende taak wordt geweigerd', async () => {
    await assert.rejects(jobs.enqueue(database.db, 'bestaat-niet', {}), /Onbekende taak/);
  });
});

describe(`takenwachtrij: een taak overleeft een herstart (${testEngine})`, () => {
  test('ingepland door een proces zonder worker, verwerkt na de herstart door een proces met worker', async () => {
    // PGlite: a real data folder, closed and opened again. PostgreSQL: the same server, a new pool.
    const dir = testEngine === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'grip-jobs-')) : null;
    const open = async () => (dir ? await openDatabase({ dataDir: dir }) : await createTestDatabase());
    let database = await open();
    try {
      await database.migrate();
      const verwerkt: string[] = [];
      const definieer = (j: Jobs) =>
        j.define<{ tekst: string }>({
          name: 'herstart',
          pollingIntervalSeconds: 0.5,
          handler: async (d) => {
            verwerkt.push(d.tekst);
            await Promise.resolve();
          },
        });

      const eerste = createJobs(database, { worker: false });
      definieer(eerste);
      await eerste.start();
      await database.db.transaction(async (tx) => {
        await eerste.enqueue(tx, 'herstart', { tekst: 'na de herstart' });
      });
      await new Promise((r) => setTimeout(r, 700));
      assert.deepEqual(verwerkt, [], 'zonder worker wordt niets verwerkt');
      await eerste.stop();

      if (dir) {
        await database.close();
        database = await open();
      }
      const tweede = createJobs(database, { worker: true });
      definieer(tweede);
      await tweede.start();
      try {
        await wachtTot(() => verwerkt.length > 0);
        assert.deepEqual(verwerkt, ['na de herstart']);
      } finally {
        await tweede.stop();
      }
    } finally {
      await database.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
