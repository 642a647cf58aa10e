// In-memory twins of the outbox table and the task-post index: same semantics as the SQL store
// (id order, leases, attempts), for tests, benchmarks and the sandbox without a database.
import type { OutboxClaim, NewOutboxRow, OutboxRow, OutboxStore, TaskPostRef, TaskPosts } from '../../app/ports.ts';

export class MemoryOutbox implements OutboxStore {
  readonly rows: OutboxRow[] = [];
  readonly #byKey = new Map<string, number>();
  #settledPrefix = 0;

  async enqueue(messages: NewOutboxRow[], now: Date): Promise<number[]> {
    return messages.map((m) => {
      const existing = m.dedupeKey ? this.#byKey.get(m.dedupeKey) : undefined;
      if (existing !== undefined) return existing;
      const row: OutboxRow = {
        method: m.method,
        channel: m.channel,
        args: structuredClone(m.args),
        taskId: m.taskId ?? null,
        anchor: m.anchor ?? null,
        dedupeKey: m.dedupeKey ?? null,
        id: this.rows.length + 1,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        leasedUntil: null,
        createdAt: now,
        lastError: null,
        sentTs: null,
      };
      this.rows.push(row);
      if (row.dedupeKey) this.#byKey.set(row.dedupeKey, row.id);
      return row.id;
    });
  }

  async claimDue({ now, limit, leaseUntil, perChannel, skipChannels }: OutboxClaim): Promise<OutboxRow[]> {
    const skip = new Set(skipChannels);
    const taken = new Map<string, number>();
    const due: OutboxRow[] = [];
    for (let i = this.#firstPending; i < this.rows.length && due.length < limit; i++) {
      const r = this.rows[i];
      if (!r || r.status !== 'pending' || r.nextAttemptAt > now || (r.leasedUntil !== null && r.leasedUntil > now)) continue;
      if (skip.has(r.channel) || (taken.get(r.channel) ?? 0) >= perChannel) continue;
      taken.set(r.channel, (taken.get(r.channel) ?? 0) + 1);
      due.push(r);
    }
    for (const row of due) row.leasedUntil = leaseUntil;
    return due.map((r) => structuredClone(r));
  }

  /** Rows before this index are all sent or failed: claims start here. */
  get #firstPending(): number {
    while (this.#settledPrefix < this.rows.length && this.rows[this.#settledPrefix]?.status !== 'pending') this.#settledPrefix += 1;
    return this.#settledPrefix;
  }

  async markSent(id: number, response: { channel: string | null; ts: string | null }): Promise<void> {
    const row = this.#row(id);
    row.status = 'sent';
    row.sentTs = response.ts;
    row.leasedUntil = null;
  }

  async markFailed(id: number, error: string, nextAttemptAt: Date | null): Promise<void> {
    const row = this.#row(id);
    row.attempts += 1;
    row.lastError = error;
    row.leasedUntil = null;
    if (nextAttemptAt) row.nextAttemptAt = nextAttemptAt;
    else row.status = 'failed';
  }

  async release(id: number, nextAttemptAt: Date): Promise<void> {
    const row = this.#row(id);
    row.nextAttemptAt = nextAttemptAt;
    row.leasedUntil = null;
  }

  byStatus(status: OutboxRow['status']): OutboxRow[] {
    return this.rows.filter((r) => r.status === status);
  }

  #row(id: number): OutboxRow {
    const row = this.rows[id - 1];
    if (!row) throw new Error(`outbox row ${id} does not exist`);
    return row;
  }
}

export class MemoryTaskPosts implements TaskPosts {
  readonly refs = new Map<number, TaskPostRef>();
  async get(taskId: number): Promise<TaskPostRef | null> {
    return this.refs.get(taskId) ?? null;
  }
  async record(taskId: number, ref: TaskPostRef): Promise<void> {
    this.refs.set(taskId, ref);
  }
}
