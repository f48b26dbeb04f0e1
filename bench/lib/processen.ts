/**
 * The servers under test run as child processes, so they never share an event loop with the load
 * generator: the bare Node.js `http` server, and Grip itself (`src/main.ts`, as `npm start` runs it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A free TCP port below 32768 (ports above that collide with ephemeral client ports here). */
export async function vrijePoort(): Promise<number> {
  for (let poging = 0; poging < 50; poging++) {
    const poort = 20_000 + Math.floor(Math.random() * 12_000);
    const vrij = await new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(poort, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (vrij) return poort;
  }
  throw new Error('Geen vrije poort gevonden tussen 20000 en 32000');
}

export interface Kind {
  proces: ChildProcess;
  pid: number;
  basisUrl: string;
  /** Milliseconds from spawn until it answered. */
  startMs: number;
  stop(): Promise<void>;
}

function doorsturen(proces: ChildProcess, label: string) {
  const regels = (data: Buffer) => {
    for (const r of data.toString('utf8').split('\n'))
      if (r.trim()) process.stderr.write(`[${label}] ${r}\n`);
  };
  proces.stdout?.on('data', regels);
  proces.stderr?.on('data', regels);
}

function stopper(proces: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (proces.exitCode !== null || proces.signalCode !== null) return resolve();
      const hard = setTimeout(() => proces.kill('SIGKILL'), 10_000);
      proces.once('exit', () => {
        clearTimeout(hard);
        resolve();
      });
      proces.kill('SIGTERM');
    });
}

async function wachtOp(
  url: string,
  proces: ChildProcess,
  timeoutMs: number,
  klaar: (r: Response) => Promise<boolean>,
) {
  const tot = Date.now() + timeoutMs;
  for (;;) {
    if (proces.exitCode !== null)
      throw new Error(`Het proces stopte (code ${proces.exitCode}) voordat ${url} antwoordde`);
    try {
      const r = await fetch(url);
      if (await klaar(r)) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > tot) throw new Error(`${url} antwoordde niet binnen ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const KALE_SERVER = `
const http = require('node:http');
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('ok');
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

/** A bare Node.js http server answering "ok", in a child process. */
export async function startKaleServer(): Promise<Kind> {
  const poort = await vrijePoort();
  const begin = performance.now();
  const proces = spawn(process.execPath, ['-e', KALE_SERVER], {
    env: { ...process.env, PORT: String(poort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  doorsturen(proces, 'kaal');
  const basisUrl = `http://127.0.0.1:${poort}`;
  await wachtOp(basisUrl, proces, 10_000, async (r) => (await r.text()) === 'ok');
  return {
    proces,
    pid: proces.pid!,
    basisUrl,
    startMs: Math.round(performance.now() - begin),
    stop: stopper(proces),
  };
}

/**
 * Grip as `npm start` runs it (node --import tsx src/main.ts) on an existing PGlite data folder,
 * without demo data; ready when GET /health answers {"status":"ok"}.
 */
export async function startGrip(dataDir: string): Promise<Kind> {
  const poort = await vrijePoort();
  const begin = performance.now();
  const proces = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(poort),
      GRIP_DATA_DIR: dataDir,
      GRIP_DEMO: '0',
      DATABASE_URL: '',
      GRIP_BASE_URL: `http://127.0.0.1:${poort}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  doorsturen(proces, 'grip');
  const basisUrl = `http://127.0.0.1:${poort}`;
  await wachtOp(
    `${basisUrl}/health`,
    proces,
    120_000,
    async (r) => r.ok && ((await r.json()) as { status?: string }).status === 'ok',
  );
  return {
    proces,
    pid: proces.pid!,
    basisUrl,
    startMs: Math.round(performance.now() - begin),
    stop: stopper(proces),
  };
}

/** VmRSS and VmHWM (peak resident set) of a process in MB, from /proc (Linux); null elsewhere. */
export function geheugenVan(pid: number): { rssMb: number; piekMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (veld: string) => Number(new RegExp(`^${veld}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), piekMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/** Samples VmRSS every interval; `stop()` returns the highest sample and the kernel's VmHWM. */
export function volgGeheugen(pid: number, intervalMs = 200) {
  let hoogste = 0;
  const meet = () => {
    const g = geheugenVan(pid);
    if (g && g.rssMb > hoogste) hoogste = g.rssMb;
  };
  meet();
  const timer = setInterval(meet, intervalMs);
  timer.unref();
  return {
    stop() {
      meet();
      clearInterval(timer);
      return { hoogsteRssMb: hoogste, vmHwmMb: geheugenVan(pid)?.piekMb ?? null };
    },
  };
}

/** CPU time (user + system, all threads) a process has used, in ms, from /proc/<pid>/stat; null elsewhere. */
export function cpuMsVan(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14 and 15 of proc(5) (utime, stime), in clock ticks of 1/100 s
    return (Number(velden[11]) + Number(velden[12])) * 10;
  } catch {
    return null;
  }
}
