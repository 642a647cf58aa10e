import type { Kysely, Selectable } from 'kysely';
import type { OutboxMessage, OutboxRepository } from '../../app/ports.ts';
import type { Database, OutboxTable } from './schema.ts';
import { fromJson, iso, toDate, toDateOrNull, toJson } from './codec.ts';

const toMessage = (r: Selectable<OutboxTable>): OutboxMessage => ({
  id: r.id,
  dedupeKey: r.dedupe_key,
  method: r.method,
  channel: r.channel,
  payload: fromJson<unknown>(r.payload_json, null),
  taskId: r.task_id,
  createdAt: toDate(r.created_at),
  attempts: r.attempts,
  nextAttemptAt: toDate(r.next_attempt_at),
  sentAt: toDateOrNull(r.sent_at),
  lastError: r.last_error,
  response: fromJson<unknown>(r.response_json, null),
});

export function sqlOutbox(db: Kysely<Database>): OutboxRepository {
  return {
    enqueue: async (m) => {
      const inserted = await db
        .insertInto('outbox')
        .values({
          dedupe_key: m.dedupeKey,
          method: m.method,
          channel: m.channel,
          payload_json: toJson(m.payload),
          task_id: m.taskId,
          created_at: iso(m.at),
          attempts: 0,
          next_attempt_at: iso(m.at),
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, created: true };
      const existing = await db.selectFrom('outbox').select('id').where('dedupe_key', '=', m.dedupeKey).executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    },
    get: async (id) => {
      const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).limit(1).executeTakeFirst();
      return row ? toMessage(row) : null;
    },
    due: async (now, limit) =>
      (
        await db
          .selectFrom('outbox')
          .selectAll()
          .where('sent_at', 'is', null)
          .where('next_attempt_at', '<=', iso(now))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toMessage),
    markSent: async (id, at, response) => {
      await db.updateTable('outbox').set({ sent_at: iso(at), response_json: toJson(response) }).where('id', '=', id).execute();
    },
    markFailed: async (id, failure) => {
      await db
        .updateTable('outbox')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: failure.error, next_attempt_at: iso(failure.nextAttemptAt) }))
        .where('id', '=', id)
        .execute();
    },
  };
}
