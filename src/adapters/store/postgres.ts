import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Logger, Store } from '../../app/ports.ts';
import type { Database } from './schema.ts';
import { migrate } from './migrations/index.ts';
import { sqlStore } from './sql-store.ts';

/** Opens a pool on `postgres://…` and migrates; replicas starting together take turns (advisory lock). */
export async function openPostgresStore(url: string, options: { poolSize?: number; log?: Logger } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection the server drops (restart, failover) is reported here; unhandled, the event
  // would end the process. The pool replaces the connection by itself.
  pool.on('error', (err) => options.log?.warn({ err }, 'database connection lost'));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, 'postgres');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return sqlStore(db, 'postgres');
}
