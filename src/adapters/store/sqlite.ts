import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Libsql from 'libsql';
import { Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import type { Store } from '../../app/ports.ts';
import type { Database } from './schema.ts';
import { migrate } from './migrations/index.ts';
import { sqlStore } from './sql-store.ts';

type Connection = InstanceType<typeof Libsql>;

const BUSY_TIMEOUT_MS = 5_000;
const BEGIN_DEADLINE_MS = 30_000;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';

/**
 * Takes the write lock when the transaction begins. A deferred BEGIN that later upgrades to write
 * fails at once with SQLITE_BUSY when another connection wrote meanwhile, whatever the busy timeout.
 * While another process holds the lock, waiting happens here between event-loop turns rather than
 * inside SQLite, which would block the whole process for up to the busy timeout.
 */
async function beginImmediate(raw: Connection): Promise<void> {
  const deadline = Date.now() + BEGIN_DEADLINE_MS;
  raw.exec('pragma busy_timeout = 0');
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        // exec, not a prepared statement: a prepared BEGIN that failed stays open in libsql and
        // later blocks COMMIT with "SQL statements in progress".
        raw.exec('begin immediate');
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() > deadline) throw error;
        await pause(Math.min(1 + attempt, 25) * (0.5 + Math.random()));
      }
    }
  } finally {
    raw.exec(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    private readonly raw: Connection,
    config: ConstructorParameters<typeof SqliteDriver>[0],
  ) {
    super(config);
  }
  override async beginTransaction(_connection: DatabaseConnection): Promise<void> {
    await beginImmediate(this.raw);
  }
}

/** SQLite runs DDL in transactions; saying so makes kysely's migrator serialise concurrent start-ups. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly raw: Connection) {
    super({ database: raw as never });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.raw, { database: this.raw as never });
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** `file:./data/noticeboard.db` or a plain path → the path; `:memory:` stays as it is. */
export function sqlitePath(url: string): string {
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

/**
 * Opens (creating folder and file when needed) and migrates a SQLite database. One store per file
 * per process: within the process kysely queues everything on one connection.
 */
export async function openSqliteStore(url: string): Promise<Store> {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new Libsql(path);
  try {
    raw.exec(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
    raw.exec('pragma journal_mode = wal');
    // In WAL mode NORMAL survives a crash of the process (only power loss can drop the last commits).
    raw.exec('pragma synchronous = normal');
    raw.exec('pragma foreign_keys = on');
  } catch (error) {
    raw.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(raw) });
  try {
    await migrate(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return sqlStore(db, 'sqlite');
}
