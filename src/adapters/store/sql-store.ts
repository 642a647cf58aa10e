import type { Kysely } from 'kysely';
import {
  StoreConflictError,
  type AuditRepository,
  type CursorStore,
  type NoticeRepository,
  type OutboxRepository,
  type ReminderRepository,
  type Repositories,
  type SignOffRepository,
  type SourceHealthStore,
  type Store,
  type TaskRepository,
} from '../../app/ports.ts';
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

/**
 * The repositories over one connection or transaction, each made the first time it is used: a
 * transaction touches two or three of them, and making all of them for every one costs more than
 * a short transaction itself.
 */
class SqlRepositories implements Repositories {
  #notices?: NoticeRepository;
  #tasks?: TaskRepository;
  #signOffs?: SignOffRepository;
  #audit?: AuditRepository;
  #reminders?: ReminderRepository;
  #outbox?: OutboxRepository;
  #cursors?: CursorStore;
  #sourceHealth?: SourceHealthStore;
  constructor(private readonly db: Kysely<Database>) {}
  get notices() {
    return (this.#notices ??= sqlNotices(this.db));
  }
  get tasks() {
    return (this.#tasks ??= sqlTasks(this.db));
  }
  get signOffs() {
    return (this.#signOffs ??= sqlSignOffs(this.db));
  }
  get audit() {
    return (this.#audit ??= sqlAudit(this.db));
  }
  get reminders() {
    return (this.#reminders ??= sqlReminders(this.db));
  }
  get outbox() {
    return (this.#outbox ??= sqlOutbox(this.db));
  }
  get cursors() {
    return (this.#cursors ??= sqlCursors(this.db));
  }
  get sourceHealth() {
    return (this.#sourceHealth ??= sqlSourceHealth(this.db));
  }
}

const eager = (r: Repositories): Repositories => ({
  notices: r.notices,
  tasks: r.tasks,
  signOffs: r.signOffs,
  audit: r.audit,
  reminders: r.reminders,
  outbox: r.outbox,
  cursors: r.cursors,
  sourceHealth: r.sourceHealth,
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
        return await builder.execute((trx) => fn(new SqlRepositories(trx)));
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
  const direct = engine === 'sqlite' ? autoCommit(transaction) : eager(new SqlRepositories(db));
  return { engine, ...direct, transaction, close: () => db.destroy() };
}
