/**
 * Starts a throw-away PostgreSQL server (Debian's `postgresql` package) on 127.0.0.1 for the
 * database tests, in a temporary folder. As root it runs the server as the `postgres` user,
 * because initdb refuses to run as root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PgServer {
  url: string;
  stop(): void;
}

/** The bin folder of the newest installed PostgreSQL, or null. */
export function vindPostgres(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versies = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versies[0] ? path.join(root, versies[0], 'bin') : null;
}

export function startPostgres(port = 25432): PgServer {
  const bin = vindPostgres();
  if (!bin) throw new Error('PostgreSQL is niet geïnstalleerd (apt-get install postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grip-pg-'));
  const data = path.join(dir, 'data');
  const isRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = isRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]]
      : [path.join(bin, cmd), args];
    const r = spawnSync(full[0] as string, full[1] as string[], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} mislukte: ${r.stderr || r.stdout}`);
  };
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
