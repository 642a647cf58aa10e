import { execFile as execFileCb } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCb);

/** The folder holding initdb, pg_ctl and postgres: on PATH, else the newest Debian install. */
export function findPostgresBin(): string | null {
  const has = (dir: string): boolean => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b)));
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && has(dir)) return dir;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) if (has(join(root, version, 'bin'))) return join(root, version, 'bin');
  return null;
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export const postgresMissing: string | null = findPostgresBin()
  ? null
  : 'PostgreSQL binaries (initdb, pg_ctl, postgres) not found on PATH or under /usr/lib/postgresql/*/bin';

export interface PostgresServer {
  /** A new, empty database on the server; its connection URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

async function uidOf(name: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([execFile('id', ['-u', name]), execFile('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

/**
 * A throwaway PostgreSQL server in a temp folder, on 127.0.0.1 and a free port, with durability off
 * for speed. PostgreSQL refuses to run as root, so as root it runs as `postgres` (or `nobody`).
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissing ?? 'no PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-pg-'));
  const data = join(dir, 'data');
  let runAs: string | null = null;
  if (userInfo().uid === 0) {
    for (const name of ['postgres', 'nobody']) {
      const ids = await uidOf(name);
      if (!ids) continue;
      chownSync(dir, ids.uid, ids.gid);
      runAs = name;
      break;
    }
    if (!runAs) throw new Error('running as root and no postgres or nobody user to run PostgreSQL as');
  }
  const run = (program: string, args: string[]) =>
    runAs ? execFile('runuser', ['-u', runAs, '--', join(bin, program), ...args]) : execFile(join(bin, program), args);

  const port = await freePort();
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
  await run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options.join(' '), 'start']);

  const url = (database: string): string => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let count = 0;
  return {
    async createDatabase() {
      const name = `test_${process.pid}_${++count}`;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      try {
        await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
