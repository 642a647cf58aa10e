import type { Kysely, Selectable } from 'kysely';
import type { SourceHealth, SourceStateRepository } from '../../app/ports.ts';
import type { Database, SourceHealthTable } from './schema.ts';
import { flag, iso, toDateOrNull } from './codec.ts';

const toHealth = (r: Selectable<SourceHealthTable>): SourceHealth => ({
  source: r.source,
  lastSuccessAt: toDateOrNull(r.last_success_at),
  lastErrorAt: toDateOrNull(r.last_error_at),
  lastError: r.last_error,
  consecutiveFailures: r.consecutive_failures,
  alerted: r.alerted === 1,
});

export function sqlSources(db: Kysely<Database>): SourceStateRepository {
  const health = async (source: string): Promise<SourceHealth | null> => {
    const row = await db.selectFrom('source_health').selectAll().where('source', '=', source).limit(1).executeTakeFirst();
    return row ? toHealth(row) : null;
  };
  const ensure = async (source: string): Promise<void> => {
    await db
      .insertInto('source_health')
      .values({ source, consecutive_failures: 0, alerted: 0 })
      .onConflict((oc) => oc.column('source').doNothing())
      .execute();
  };
  const reread = async (source: string): Promise<SourceHealth> => {
    const h = await health(source);
    if (!h) throw new Error(`source_health row for ${source} vanished`);
    return h;
  };
  return {
    getCursor: async (source, key) =>
      (await db.selectFrom('source_cursors').select('value').where('source', '=', source).where('key', '=', key).limit(1).executeTakeFirst())
        ?.value ?? null,
    setCursor: async (source, key, value) => {
      await db
        .insertInto('source_cursors')
        .values({ source, key, value })
        .onConflict((oc) => oc.columns(['source', 'key']).doUpdateSet({ value }))
        .execute();
    },
    health,
    listHealth: async () => (await db.selectFrom('source_health').selectAll().orderBy('source').execute()).map(toHealth),
    recordSuccess: async (source, at) => {
      await ensure(source);
      await db
        .updateTable('source_health')
        .set({ last_success_at: iso(at), consecutive_failures: 0, alerted: 0 })
        .where('source', '=', source)
        .execute();
      return reread(source);
    },
    recordFailure: async (source, at, error) => {
      await ensure(source);
      await db
        .updateTable('source_health')
        .set((eb) => ({ last_error_at: iso(at), last_error: error, consecutive_failures: eb('consecutive_failures', '+', 1) }))
        .where('source', '=', source)
        .execute();
      return reread(source);
    },
    setAlerted: async (source, alerted) => {
      await ensure(source);
      await db.updateTable('source_health').set({ alerted: flag(alerted) }).where('source', '=', source).execute();
    },
  };
}
