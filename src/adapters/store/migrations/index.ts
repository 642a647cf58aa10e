import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database, Engine } from '../schema.ts';
import { initial } from './0001-initial.ts';

/**
 * Forward only: a released migration is never edited; a change is a new numbered one. Names sort
 * in the order they run.
 */
const MIGRATIONS: Record<string, (engine: Engine) => Migration> = {
  '0001-initial': initial,
};

const provider = (engine: Engine): MigrationProvider => ({
  getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).map(([name, make]) => [name, make(engine)])),
});

/** Brings the schema up to date; safe to run from several processes at once. */
export async function migrate(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const migrator = new Migrator({ db, provider: provider(engine), migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
