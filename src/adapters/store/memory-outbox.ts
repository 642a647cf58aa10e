import type { OutboxRepository, OutboxRow } from '../../app/ports.ts';
import { clone, type MemoryState } from './memory-state.ts';

/** The outbox table in memory, with the SQL one's semantics: unique dedupe keys, leases, id order. */
export function memoryOutbox(s: MemoryState): OutboxRepository {
  const patch = (id: number, change: (row: OutboxRow) => Partial<OutboxRow>): void => {
    const row = s.outbox.get(id);
    if (row) s.outbox.set(id, { ...row, ...change(row) });
  };
  return {
    enqueue: async (messages, now) =>
      messages.map((m) => {
        const existing = m.dedupeKey ? s.outboxKeys.get(m.dedupeKey) : undefined;
        if (existing !== undefined) return existing;
        const id = ++s.ids.outbox;
        const row: OutboxRow = {
          id,
          method: m.method,
          channel: m.channel,
          args: clone(m.args),
          taskId: m.taskId ?? null,
          anchor: m.anchor ?? null,
          dedupeKey: m.dedupeKey ?? null,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: new Date(now),
          leasedUntil: null,
          createdAt: new Date(now),
          lastError: null,
          sentTs: null,
        };
        s.outbox.set(id, row);
        if (row.dedupeKey) s.outboxKeys.set(row.dedupeKey, id);
        return id;
      }),
    claimDue: async ({ now, limit, leaseUntil, perChannel, skipChannels }) => {
      const skip = new Set(skipChannels);
      const taken = new Map<string, number>();
      const due: OutboxRow[] = [];
      // Map order is insertion order, which is id order.
      for (const r of s.outbox.values()) {
        if (due.length >= limit) break;
        if (r.status !== 'pending' || r.nextAttemptAt > now || (r.leasedUntil !== null && r.leasedUntil > now)) continue;
        if (skip.has(r.channel)) continue;
        const rank = (taken.get(r.channel) ?? 0) + 1;
        taken.set(r.channel, rank);
        if (rank <= perChannel) due.push(r);
      }
      for (const r of due) patch(r.id, () => ({ leasedUntil: new Date(leaseUntil) }));
      return due.map((r) => clone(s.outbox.get(r.id) as OutboxRow));
    },
    markSent: async (id, response) => patch(id, () => ({ status: 'sent', sentTs: response.ts, leasedUntil: null })),
    markFailed: async (id, error, nextAttemptAt) =>
      patch(id, (row) => ({
        attempts: row.attempts + 1,
        lastError: error,
        leasedUntil: null,
        ...(nextAttemptAt ? { nextAttemptAt: new Date(nextAttemptAt) } : { status: 'failed' as const }),
      })),
    release: async (id, nextAttemptAt) => patch(id, () => ({ nextAttemptAt: new Date(nextAttemptAt), leasedUntil: null })),
    get: async (id) => clone(s.outbox.get(id) ?? null),
    listByTask: async (taskId) => clone([...s.outbox.values()].filter((r) => r.taskId === taskId)),
    stats: async () => {
      const rows = [...s.outbox.values()];
      const pending = rows.filter((r) => r.status === 'pending');
      const oldest = pending.reduce<Date | null>((min, r) => (min && min <= r.createdAt ? min : r.createdAt), null);
      return { pending: pending.length, failed: rows.filter((r) => r.status === 'failed').length, oldestPendingAt: oldest ? new Date(oldest) : null };
    },
  };
}
