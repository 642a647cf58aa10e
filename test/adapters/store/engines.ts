import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Store } from '../../../src/app/ports.ts';
import { openMemoryStore } from '../../../src/adapters/store/memory.ts';
import { openPostgresStore } from '../../../src/adapters/store/postgres.ts';
import { openSqliteStore } from '../../../src/adapters/store/sqlite.ts';
import { postgresMissing, startPostgres, type PostgresServer } from '../../support/postgres.ts';

/** One store engine as tests see it: start once per file, open a fresh empty store per test. */
export interface StoreEngine {
  name: 'memory' | 'sqlite' | 'postgres';
  /** Why this engine cannot run here, or null. */
  missing: string | null;
  start(): Promise<void>;
  /** A new, empty store; closed by `stop`. */
  open(): Promise<Store>;
  /** Another connection (pool) to the store `open` returned last: for races between two writers. */
  openSecond(): Promise<Store>;
  stop(): Promise<void>;
}

function tracked(name: StoreEngine['name'], missing: string | null, hooks: {
  start?: () => Promise<void>;
  location: () => Promise<string>;
  connect: (location: string) => Promise<Store>;
  stop?: () => Promise<void>;
}): StoreEngine {
  const open: Store[] = [];
  let last = '';
  const connect = async (location: string): Promise<Store> => {
    const store = await hooks.connect(location);
    open.push(store);
    return store;
  };
  return {
    name,
    missing,
    start: async () => hooks.start?.(),
    open: async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
      return connect((last = await hooks.location()));
    },
    openSecond: () => connect(last),
    stop: async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
      await hooks.stop?.();
    },
  };
}

const TABLES = ['task_notices', 'task_resources', 'sign_offs', 'deadline_history', 'audit_events', 'reminders_sent', 'outbox', 'notices', 'tasks', 'source_cursors', 'source_health'];

async function emptyPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // DELETE, not TRUNCATE: on tables this small it is several times faster; ids just keep counting.
    await client.query(TABLES.map((t) => `delete from ${t};`).join(' '));
  } finally {
    await client.end();
  }
}

export function storeEngines(): StoreEngine[] {
  let dir = '';
  let count = 0;
  let server: PostgresServer | null = null;
  let pgUrl = '';
  const memories = new Map<string, Store>();
  return [
    tracked('memory', null, {
      location: async () => `memory-${++count}`,
      // A memory store has no second connection: the "second" is the same store, as a second pool would see it.
      connect: async (location) => {
        const store = memories.get(location) ?? openMemoryStore();
        memories.set(location, store);
        return store;
      },
    }),
    tracked('sqlite', null, {
      start: async () => void (dir = mkdtempSync(join(tmpdir(), 'noticeboard-sqlite-'))),
      location: async () => `file:${join(dir, `store-${++count}.db`)}`,
      connect: (url) => openSqliteStore(url),
      stop: async () => rmSync(dir, { recursive: true, force: true }),
    }),
    tracked('postgres', postgresMissing, {
      start: async () => void (server = await startPostgres()),
      // Creating a database per test costs about a second; emptying one costs a few milliseconds.
      location: async () => {
        if (!server) throw new Error('PostgreSQL not started');
        if (!pgUrl) return (pgUrl = await server.createDatabase());
        await emptyPostgres(pgUrl);
        return pgUrl;
      },
      connect: (url) => openPostgresStore(url),
      stop: async () => server?.stop(),
    }),
  ];
}
