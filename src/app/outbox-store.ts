import type { OutboxStore, Store, TaskPosts } from './ports.ts';

/**
 * The outbox sender's ports over the store: the outbox table, and each task's post on its row. A use
 * case does not come through here: it queues its rows with `tx.outbox.enqueue(rows, now)` inside the
 * transaction of its change, so the message and the change commit together.
 */
export function makeOutboxStore(store: Store): OutboxStore & TaskPosts {
  return {
    enqueue: async (rows, now) => (rows.length === 0 ? [] : store.transaction((tx) => tx.outbox.enqueue(rows, now))),
    // One statement that leases as it selects (see the SQL outbox): two senders never share a row.
    claimDue: (claim) => store.outbox.claimDue(claim),
    markSent: (id, response) => store.outbox.markSent(id, response),
    markFailed: (id, error, nextAttemptAt) => store.outbox.markFailed(id, error, nextAttemptAt),
    release: (id, nextAttemptAt) => store.outbox.release(id, nextAttemptAt),
    get: (taskId) => store.tasks.slackPost(taskId),
    record: (taskId, ref) => store.tasks.setSlackPost(taskId, ref),
  };
}
