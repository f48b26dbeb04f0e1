/**
 * `npm run bench`: Grip's speed on national-scale data, on the embedded database (PGlite).
 *
 * One run:
 *   1. a fresh PGlite data folder in the temp directory; the migrations; the national-scale data
 *      (bench/generate.ts) written once; each section's `database` phase; the folder is closed;
 *   2. the bare Node.js http server (a child process) under load: the yardstick;
 *   3. Grip started in a child process on that already initialised folder (as `npm start`,
 *      GRIP_DEMO=0), each section's `http` phase, Grip's memory sampled throughout;
 *   4. one JSON document on stdout with every measurement, each target and whether it was met.
 * Progress goes to stderr. The exit code is 0 when targets are missed (it reports, it is not a
 * test) and 1 only when the benchmark itself failed.
 *
 * Settings (environment): GRIP_BENCH_DUUR (measured seconds per target, 6),
 * GRIP_BENCH_OPWARMEN (warm-up seconds, 2), GRIP_BENCH_VERBINDINGEN (10),
 * GRIP_BENCH_BEWAAR=1 (keep the data folder), GRIP_SHARED_DATA (the CBS gemeenten file).
 * `npm run bench -- <section> …` runs only the named sections; Grip and the bare server are started
 * only when one of them has an `http` phase.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/platform/db/client';
import { genereerLandelijkeGegevens } from './generate';
import { type HttpMeting, type LastOpties, meetLast } from './lib/last';
import { type Kind, cpuMsVan, geheugenVan, startGrip, startKaleServer, volgGeheugen } from './lib/processen';
import type { DatabaseContext, Doel, HttpContext, NieuwDoel } from './lib/sectie';
import { secties } from './secties';

const getal = (naam: string, standaard: number) => {
  const v = Number(process.env[naam]);
  return Number.isFinite(v) && v > 0 ? v : standaard;
};
const last: LastOpties = {
  verbindingen: getal('GRIP_BENCH_VERBINDINGEN', 10),
  opwarmenS: getal('GRIP_BENCH_OPWARMEN', 2),
  duurS: getal('GRIP_BENCH_DUUR', 6),
};
const GEHEUGEN_GRENS_MB = 600;

const log = (m: string) => process.stderr.write(`${m}\n`);
/** `npm run bench -- <section> …` runs only those sections (and Grip only when one of them measures HTTP). */
const namen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const onbekend = namen.filter((n) => !secties.some((s) => s.naam === n));
if (onbekend.length) {
  process.stderr.write(
    `Onbekende sectie(s): ${onbekend.join(', ')}; kies uit ${secties.map((s) => s.naam).join(', ')}\n`,
  );
  process.exit(1);
}
const gekozen = namen.length ? secties.filter((s) => namen.includes(s.naam)) : secties;
const measurements: Record<string, unknown> = {};
const targets: Doel[] = [];
const doel = (d: NieuwDoel): Doel => {
  const pass =
    d.value !== null &&
    Number.isFinite(d.value) &&
    (d.kind === 'min' ? d.value >= d.limit : d.value < d.limit);
  const uit = { ...d, pass };
  targets.push(uit);
  return uit;
};
const bewaar = (naam: string, meting: unknown) => {
  measurements[naam] = meting;
};

const kinderen: Kind[] = [];
let dataDir: string | null = null;
const opruimen = async () => {
  await Promise.all(kinderen.map((k) => k.stop()));
  if (dataDir && process.env.GRIP_BENCH_BEWAAR !== '1') fs.rmSync(dataDir, { recursive: true, force: true });
  else if (dataDir) log(`Datamap bewaard: ${dataDir}`);
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    void opruimen().finally(() => process.exit(130));
  });
}

try {
  const begin = performance.now();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-bench-'));
  const staten = new Map(gekozen.map((s) => [s.naam, new Map<string, unknown>()]));

  // 1. data, once, into a fresh embedded database
  log('Nieuwe PGlite-datamap aanmaken en migreren…');
  const database = await openDatabase({ dataDir });
  let gegevens;
  try {
    await database.migrate();
    log('Landelijke gegevens genereren…');
    gegevens = await genereerLandelijkeGegevens(database.db, { log });
    log(`Gegenereerd in ${(gegevens.duurMs / 1000).toFixed(1)} s: ${JSON.stringify(gegevens.aantallen)}`);
    for (const s of gekozen) {
      if (!s.database) continue;
      log(`Sectie ${s.naam}: database…`);
      const ctx: DatabaseContext = { database, gegevens, log, bewaar, doel, staat: staten.get(s.naam)! };
      await s.database(ctx);
    }
  } finally {
    await database.close();
  }

  // 2.–3. only when a chosen section measures over HTTP
  let memory: Record<string, unknown> | null = null;
  if (gekozen.some((s) => s.http !== undefined)) {
    // 2. the yardstick
    log(
      `Kale Node.js-server: ${last.opwarmenS} s opwarmen, ${last.duurS} s meten, ${last.verbindingen} verbindingen…`,
    );
    const kale = await startKaleServer();
    kinderen.push(kale);
    const kaal = await meetLast(`${kale.basisUrl}/`, { ...last, serverCpuMs: () => cpuMsVan(kale.pid) });
    await kale.stop();
    bewaar('bare', kaal);
    log(
      `  ${kaal.rps} req/s, p95 ${kaal.latencyMs.p95} ms, ${kaal.serverCpuMsPerRequest ?? '?'} ms CPU per aanvraag`,
    );

    // 3. Grip in a child process on the initialised data folder
    log('Grip starten (tweede start: de datamap bestaat al)…');
    const grip = await startGrip(dataDir);
    kinderen.push(grip);
    const naStart = geheugenVan(grip.pid);
    const geheugen = volgGeheugen(grip.pid);
    log(`  klaar in ${grip.startMs} ms, RSS ${naStart?.rssMb ?? '?'} MB`);

    const verhouding = (m: HttpMeting) => Math.round((m.rps / kaal.rps) * 10_000) / 10_000;
    for (const s of gekozen) {
      if (!s.http) continue;
      log(`Sectie ${s.naam}: http…`);
      const ctx: HttpContext = {
        gegevens,
        log,
        bewaar,
        doel,
        staat: staten.get(s.naam)!,
        basisUrl: grip.basisUrl,
        kaal,
        async meet(naam, pad, opties = {}) {
          log(
            `  ${naam}: ${opties.method ?? 'GET'} ${pad}${opties.uniek ? ' (elke aanvraag een andere URL: ongecachet)' : ''}`,
          );
          const m = await meetLast(`${grip.basisUrl}${pad}`, {
            ...last,
            ...opties,
            serverCpuMs: () => cpuMsVan(grip.pid),
          });
          const uit = { ...m, ratioToBare: verhouding(m) };
          bewaar(naam, uit);
          log(
            `    ${m.rps} req/s (${(uit.ratioToBare * 100).toFixed(1)}% van kaal), p95 ${m.latencyMs.p95} ms, ` +
              `${m.serverCpuMsPerRequest ?? '?'} ms CPU per aanvraag${m.non2xx || m.errors ? `, ${m.non2xx} niet-2xx, ${m.errors} fouten` : ''}`,
          );
          return uit;
        },
        async tijd(pad, init, verwachtStatus = 200) {
          const t0 = performance.now();
          const r = await fetch(`${grip.basisUrl}${pad}`, init);
          const body = await r.text();
          const ms = Math.round((performance.now() - t0) * 100) / 100;
          if (r.status !== verwachtStatus)
            throw new Error(
              `${init?.method ?? 'GET'} ${pad}: status ${r.status}, verwacht ${verwachtStatus}: ${body.slice(0, 300)}`,
            );
          return { ms, status: r.status, body };
        },
        doelVerhouding(naam, m, minimum) {
          const fout = m.non2xx + m.errors + m.timeouts;
          return doel({
            name: `${naam}: requests/s as a share of the bare server`,
            value: fout ? null : m.ratioToBare,
            limit: minimum,
            kind: 'min',
            unit: 'ratio',
            ...(fout ? { note: `${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts` } : {}),
          });
        },
        doelP95(naam, m, maxMs) {
          return doel({
            name: `${naam}: p95 latency`,
            value: m.latencyMs.p95,
            limit: maxMs,
            kind: 'max',
            unit: 'ms',
          });
        },
      };
      await s.http(ctx);
    }

    const { hoogsteRssMb, vmHwmMb } = geheugen.stop();
    await grip.stop();
    const piek = vmHwmMb ?? (hoogsteRssMb || null);
    memory = {
      gripPeakRssMb: piek,
      gripRssAfterStartMb: naStart?.rssMb ?? null,
      gripHighestSampledRssMb: hoogsteRssMb || null,
      gripStartMs: grip.startMs,
      method:
        'VmHWM (peak resident set) of the Grip child process from /proc/<pid>/status, read after the last measurement; VmRSS sampled every 200 ms as a check. Grip was started on the already initialised data folder (the data were generated by the benchmark process).',
    };
    doel({
      name: 'Grip process: peak memory (RSS) after the first start',
      value: piek,
      limit: GEHEUGEN_GRENS_MB,
      kind: 'max',
      unit: 'MB',
    });
  }

  const missed = targets.filter((d) => !d.pass).map((d) => d.name);
  const rapport = {
    benchmark: 'npm run bench',
    date: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      database: 'PGlite (embedded PostgreSQL), a fresh data folder in the temp directory',
      setup:
        'Grip and the bare server each run as a child process; autocannon runs in the benchmark process. All share the machine’s cores.',
    },
    method: {
      connections: last.verbindingen,
      warmupSeconds: last.opwarmenS,
      durationSeconds: last.duurS,
      rps: '2xx responses of the measured run divided by its duration (autocannon, programmatic API, after a separate warm-up run)',
      latency:
        'every 2xx response’s duration as autocannon measures it (process.hrtime, request written → response complete), taken from its "response" events; nearest-rank percentiles over all of them. autocannonP97_5Ms is autocannon’s own (whole-millisecond histogram) figure.',
      requests:
        'every request carries Accept-Encoding: gzip, deflate, br, as browsers and HTTP clients send it; Grip answers text of 1 KB or more gzipped (bytesPerResponse is what went over the wire). Measurements named …ZonderGzip send Accept-Encoding: identity.',
      ratioToBare:
        'rps of the path divided by rps of the bare Node.js http server answering "ok", measured in the same run',
      serverCpuMsPerRequest:
        'CPU time (user + system, all threads) of the server process during the measured run, from /proc/<pid>/stat (10 ms ticks), divided by the requests: less sensitive to other load on the machine than rps',
      uncached:
        'measurements named …Uncached send every request to a different URL (an extra _bench=n query parameter the handlers ignore), so Grip’s response cache for anonymous GETs never answers: the cost of the first view after a change, and of every page a signed-in user sees. They have no targets.',
    },
    data: gegevens,
    measurements: { ...measurements, memory },
    targets,
    missed,
    allTargetsMet: missed.length === 0,
    totalSeconds: Math.round((performance.now() - begin) / 100) / 10,
  };
  process.stdout.write(`${JSON.stringify(rapport, null, 2)}\n`);
  log(
    missed.length
      ? `\nDOELEN GEMIST (${missed.length}):\n${missed.map((m) => `  - ${m}`).join('\n')}`
      : '\nAlle doelen gehaald.',
  );
  await opruimen();
} catch (e) {
  log(`De benchmark is mislukt: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  await opruimen();
  process.exit(1);
}
