import type Libsql from 'libsql';
import {
  SelectQueryNode,
  SqliteAdapter,
  SqliteDialect,
  ValueNode,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';

type Connection = InstanceType<typeof Libsql>;
type Statement = ReturnType<Connection['prepare']>;

const BEGIN_DEADLINE_MS = 30_000;
const STATEMENT_CACHE = 256;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';

/** A SELECT with `limit 1`: at most one row to fetch. */
function selectsOneRow(query: CompiledQuery): boolean {
  const node = query.query;
  if (!SelectQueryNode.is(node) || !node.limit) return false;
  const limit = node.limit.limit;
  return ValueNode.is(limit) && limit.value === 1;
}

/**
 * One libsql connection for kysely. Preparing a statement costs more than running it, so prepared
 * statements are kept per SQL text (a statement that failed is dropped: libsql may leave it open).
 * BEGIN, COMMIT and ROLLBACK go through `exec`, which leaves no statement behind.
 */
class LibsqlConnection implements DatabaseConnection {
  readonly #statements = new Map<string, { statement: Statement; reader: boolean }>();
  constructor(readonly raw: Connection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // A statement is kept per way it is read: libsql's `get` on a statement whose last `all` found no
    // row answers undefined once, so the same SQL text read both ways (a bound LIMIT of 1 or more)
    // must not share one.
    const oneRow = selectsOneRow(query);
    const key = oneRow ? `get\u0000${query.sql}` : query.sql;
    let cached = this.#statements.get(key);
    if (!cached) {
      const statement = this.raw.prepare(query.sql);
      cached = { statement, reader: statement.reader };
      if (this.#statements.size >= STATEMENT_CACHE) this.#statements.clear();
      this.#statements.set(key, cached);
    }
    const parameters = query.parameters as unknown[];
    try {
      if (cached.reader && oneRow) {
        // `get` is several times cheaper than `all`, which pages rows through a 100-slot buffer.
        const row = cached.statement.get(parameters) as (R & { _metadata?: unknown }) | undefined;
        if (row === undefined) return { rows: [] };
        delete row._metadata;
        return { rows: [row] };
      }
      if (cached.reader) return { rows: cached.statement.all(parameters) as R[] };
      const { changes, lastInsertRowid } = cached.statement.run(parameters);
      return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
    } catch (error) {
      this.#statements.delete(key);
      throw error;
    }
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by this SQLite driver');
  }
}

/**
 * Takes the write lock when a transaction begins (BEGIN IMMEDIATE): a deferred transaction that
 * later wants to write fails at once with SQLITE_BUSY when another connection wrote meanwhile,
 * whatever the busy timeout. The connection runs with busy_timeout 0 and waits for a lock held
 * by another process here, between event-loop turns, instead of blocking the process inside SQLite.
 */
class LibsqlDriver implements Driver {
  readonly #connection: LibsqlConnection;
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | null = null;

  constructor(raw: Connection) {
    this.#connection = new LibsqlConnection(raw);
  }

  async init(): Promise<void> {}

  // One connection: kysely's calls take turns on it.
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release: () => void = () => {};
    this.#queue = new Promise((resolve) => (release = resolve));
    await previous;
    this.#release = release;
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = null;
    release?.();
  }

  async beginTransaction(): Promise<void> {
    const deadline = Date.now() + BEGIN_DEADLINE_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        this.#connection.raw.exec('begin immediate');
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() > deadline) throw error;
        await pause(Math.min(1 + attempt, 25) * (0.5 + Math.random()));
      }
    }
  }

  async commitTransaction(): Promise<void> {
    this.#connection.raw.exec('commit');
  }

  async rollbackTransaction(): Promise<void> {
    this.#connection.raw.exec('rollback');
  }

  async destroy(): Promise<void> {
    this.#connection.raw.close();
  }
}

/** SQLite runs DDL in transactions; saying so makes kysely's migrator serialise concurrent start-ups. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** kysely's SQLite dialect (compiler, introspection) over the driver above. */
export class LibsqlDialect extends SqliteDialect {
  constructor(private readonly raw: Connection) {
    super({ database: async () => raw as never });
  }
  override createDriver(): Driver {
    return new LibsqlDriver(this.raw);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}
