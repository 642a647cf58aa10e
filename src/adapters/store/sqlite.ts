import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Libsql from 'libsql';
import { Kysely } from 'kysely';
import type { Store } from '../../app/ports.ts';
import type { Database } from './schema.ts';
import { migrate } from './migrations/index.ts';
import { sqlStore } from './sql-store.ts';
import { LibsqlDialect } from './libsql-driver.ts';

const BUSY_TIMEOUT_MS = 5_000;

/** `file:./data/noticeboard.db` or a plain path → the path; `:memory:` stays as it is. */
export function sqlitePath(url: string): string {
  return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

/**
 * Opens (creating folder and file when needed) and migrates a SQLite database. Several processes
 * (the bot, a CLI command) may share the file; within a process everything takes turns on one
 * connection.
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
  const db = new Kysely<Database>({ dialect: new LibsqlDialect(raw) });
  try {
    await migrate(db, 'sqlite');
    // From here on every statement runs in a transaction whose BEGIN waits without blocking (see libsql-driver.ts).
    raw.exec('pragma busy_timeout = 0');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return sqlStore(db, 'sqlite');
}
