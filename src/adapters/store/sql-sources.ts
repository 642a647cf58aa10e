import type { Kysely, Selectable } from 'kysely';
import type { CursorStore, SourceHealthRecord, SourceHealthStore } from '../../app/ports.ts';
import type { Database, SourceHealthTable } from './schema.ts';
import { flag, isoOrNull, toDateOrNull } from './codec.ts';

const toRecord = (r: Selectable<SourceHealthTable>): SourceHealthRecord => ({
  source: r.source,
  lastSuccessAt: toDateOrNull(r.last_success_at),
  lastErrorAt: toDateOrNull(r.last_error_at),
  lastError: r.last_error,
  consecutiveFailures: r.consecutive_failures,
  failingSince: toDateOrNull(r.failing_since),
  alerted: r.alerted === 1,
});

export function sqlCursors(db: Kysely<Database>): CursorStore {
  return {
    get: async (source, key) =>
      (await db.selectFrom('source_cursors').select('value').where('source', '=', source).where('key', '=', key).limit(1).executeTakeFirst())
        ?.value ?? null,
    set: async (source, key, value) => {
      await db
        .insertInto('source_cursors')
        .values({ source, key, value })
        .onConflict((oc) => oc.columns(['source', 'key']).doUpdateSet({ value }))
        .execute();
    },
  };
}

export function sqlSourceHealth(db: Kysely<Database>): SourceHealthStore {
  return {
    get: async (source) => {
      const row = await db.selectFrom('source_health').selectAll().where('source', '=', source).limit(1).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    put: async (record) => {
      const columns = {
        last_success_at: isoOrNull(record.lastSuccessAt),
        last_error_at: isoOrNull(record.lastErrorAt),
        last_error: record.lastError,
        consecutive_failures: record.consecutiveFailures,
        failing_since: isoOrNull(record.failingSince),
        alerted: flag(record.alerted),
      };
      await db
        .insertInto('source_health')
        .values({ source: record.source, ...columns })
        .onConflict((oc) => oc.column('source').doUpdateSet(columns))
        .execute();
    },
    list: async () => (await db.selectFrom('source_health').selectAll().orderBy('source').execute()).map(toRecord),
  };
}
