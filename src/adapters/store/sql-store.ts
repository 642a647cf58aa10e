import type { Kysely } from 'kysely';
import { StoreConflictError, type Repositories, type Store } from '../../app/ports.ts';
import type { Database, Engine } from './schema.ts';
import { isConflict } from './errors.ts';
import { autoCommit } from './auto-commit.ts';
import { sqlNotices } from './sql-notices.ts';
import { sqlTasks } from './sql-tasks.ts';
import { sqlAudit, sqlSignOffs } from './sql-records.ts';
import { sqlReminders } from './sql-reminders.ts';
import { sqlOutbox } from './sql-outbox.ts';
import { sqlCursors, sqlSourceHealth } from './sql-sources.ts';

const MAX_ATTEMPTS = 8;

const repositories = (db: Kysely<Database>): Repositories => ({
  notices: sqlNotices(db),
  tasks: sqlTasks(db),
  signOffs: sqlSignOffs(db),
  audit: sqlAudit(db),
  reminders: sqlReminders(db),
  outbox: sqlOutbox(db),
  cursors: sqlCursors(db),
  sourceHealth: sqlSourceHealth(db),
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The store over kysely, the same code for both engines. PostgreSQL runs every transaction
 * serializable, SQLite takes the write lock up front (see sqlite.ts): either way two writers never
 * interleave, and the loser of a race (a unique key taken, a serialization failure) runs again.
 */
export function sqlStore(db: Kysely<Database>, engine: Engine): Store {
  const transaction = async <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const builder = engine === 'postgres' ? db.transaction().setIsolationLevel('serializable') : db.transaction();
        return await builder.execute((trx) => fn(repositories(trx)));
      } catch (error) {
        if (!isConflict(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw error instanceof StoreConflictError ? error : new StoreConflictError(`gave up after ${attempt} attempts`, { cause: error });
        }
        // Jittered and growing, so two racing writers do not collide again in lockstep.
        await pause(Math.min(2 ** attempt, 100) * (0.5 + Math.random()));
      }
    }
  };
  // SQLite runs even single statements in a transaction: its BEGIN is where waiting for another
  // process's lock happens without blocking (see libsql-driver.ts).
  const direct = engine === 'sqlite' ? autoCommit(transaction) : repositories(db);
  return { engine, ...direct, transaction, close: () => db.destroy() };
}
