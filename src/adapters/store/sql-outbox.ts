import { sql, type Kysely, type Selectable } from 'kysely';
import type { OutboxAnchor, OutboxClaim, OutboxMethod, OutboxRepository, OutboxRow, OutboxStatus } from '../../app/ports.ts';
import type { Database, OutboxTable } from './schema.ts';
import { fromJson, iso, toDate, toDateOrNull, toJson } from './codec.ts';

const toRow = (r: Selectable<OutboxTable>): OutboxRow => ({
  id: r.id,
  method: r.method as OutboxMethod,
  channel: r.channel,
  args: fromJson<Record<string, unknown>>(r.args_json, {}),
  taskId: r.task_id,
  anchor: r.anchor as OutboxAnchor | null,
  dedupeKey: r.dedupe_key,
  status: r.status as OutboxStatus,
  attempts: r.attempts,
  nextAttemptAt: toDate(r.next_attempt_at),
  leasedUntil: toDateOrNull(r.leased_until),
  createdAt: toDate(r.created_at),
  lastError: r.last_error,
  sentTs: r.sent_ts,
});

/**
 * The Slack outbox in SQL. A claim is one UPDATE whose condition repeats the lease test: on SQLite
 * it runs under the write lock, on PostgreSQL a second claimer that reaches a row the first has just
 * leased re-reads it, finds the lease taken and leaves it, so no row is claimed twice.
 */
export function sqlOutbox(db: Kysely<Database>): OutboxRepository {
  const byId = async (id: number): Promise<OutboxRow | null> => {
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).limit(1).executeTakeFirst();
    return row ? toRow(row) : null;
  };
  return {
    stats: async () => {
      const rows = await db
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
        .where('status', 'in', ['pending', 'failed'])
        .groupBy('status')
        .execute();
      const pending = rows.find((r) => r.status === 'pending');
      const failed = rows.find((r) => r.status === 'failed');
      return { pending: Number(pending?.n ?? 0), failed: Number(failed?.n ?? 0), oldestPendingAt: pending?.oldest ? toDate(pending.oldest) : null };
    },
    enqueue: async (messages, now) => {
      const ids: number[] = [];
      for (const m of messages) {
        const key = m.dedupeKey ?? null;
        const inserted = await db
          .insertInto('outbox')
          .values({
            method: m.method,
            channel: m.channel,
            args_json: toJson(m.args),
            task_id: m.taskId ?? null,
            anchor: m.anchor ?? null,
            dedupe_key: key,
            status: 'pending',
            attempts: 0,
            next_attempt_at: iso(now),
            created_at: iso(now),
          })
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (inserted) {
          ids.push(inserted.id);
          continue;
        }
        if (key === null) throw new Error('outbox row without a dedupe key was not inserted');
        const existing = await db.selectFrom('outbox').select('id').where('dedupe_key', '=', key).limit(1).executeTakeFirstOrThrow();
        ids.push(existing.id);
      }
      return ids;
    },
    claimDue: async (claim) => {
      const rows = await claimStatement(db, claim).returningAll().execute();
      return rows.map(toRow).sort((a, b) => a.id - b.id);
    },
    markSent: async (id, response) => {
      await db.updateTable('outbox').set({ status: 'sent', sent_ts: response.ts, leased_until: null }).where('id', '=', id).execute();
    },
    markFailed: async (id, error, nextAttemptAt) => {
      await db
        .updateTable('outbox')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: error,
          leased_until: null,
          ...(nextAttemptAt ? { next_attempt_at: iso(nextAttemptAt) } : { status: 'failed' }),
        }))
        .where('id', '=', id)
        .execute();
    },
    release: async (id, nextAttemptAt) => {
      await db.updateTable('outbox').set({ next_attempt_at: iso(nextAttemptAt), leased_until: null }).where('id', '=', id).execute();
    },
    get: byId,
    listByTask: async (taskId) => (await db.selectFrom('outbox').selectAll().where('task_id', '=', taskId).orderBy('id').execute()).map(toRow),
  };
}

/** Lease the first `limit` due rows in id order, at most `perChannel` of each channel. */
function claimStatement(db: Kysely<Database>, { now, limit, leaseUntil, perChannel, skipChannels }: OutboxClaim) {
  const at = iso(now);
  const eligible = db
    .selectFrom('outbox')
    .select((eb) => ['id', eb.fn.agg<number>('row_number').over((ob) => ob.partitionBy('channel').orderBy('id')).as('rank')])
    // A literal, not a parameter: SQLite uses the partial index only for a condition it can see.
    .where('status', '=', sql.lit('pending'))
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', at)]))
    .$if(skipChannels.length > 0, (qb) => qb.where('channel', 'not in', skipChannels));
  const picked = db.selectFrom(eligible.as('e')).select('e.id').where('e.rank', '<=', perChannel).orderBy('e.id').limit(limit);
  return db
    .updateTable('outbox')
    .set({ leased_until: iso(leaseUntil) })
    .where('id', 'in', picked)
    .where('status', '=', sql.lit('pending'))
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', at)]));
}
