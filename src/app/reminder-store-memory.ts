import type { Task } from '../domain/task.ts';
import type { ReminderMessage } from '../domain/reminder-message.ts';
import type { ReminderCandidate, ReminderChange, ReminderStore, ReminderWriteResult, StepRecord } from './ports.ts';

interface Row {
  task: Task;
  /** Epoch ms; null when no reminder will come. */
  nextDue: number | null;
  /** Bumped with every change of `nextDue`: index entries with an older stamp are stale. */
  stamp: number;
  /** `${deadlineVersion}|${stepId}` → record: the unique key a SQL store enforces. */
  records: Map<string, StepRecord>;
  /** Deadline version → step ids recorded, in the order written. */
  recorded: Map<number, string[]>;
}

export interface QueuedMessage {
  id: number;
  queuedAt: Date;
  message: ReminderMessage;
}

const key = (version: number, stepId: string) => `${version}|${stepId}`;
const copy = (r: StepRecord): StepRecord => ({ ...r, dueAt: new Date(r.dueAt), recordedAt: new Date(r.recordedAt) });
const date = (d: Date) => new Date(d.getTime());

/** A deep copy of a task, as a read from a database would give: cheaper than structuredClone on the hot path. */
function copyTask(t: Task): Task {
  return {
    ...t,
    deadline: t.deadline && { ...t.deadline, at: date(t.deadline.at) },
    ...(t.deadlineSetAt ? { deadlineSetAt: date(t.deadlineSetAt) } : {}),
    resources: [...t.resources],
    regions: [...t.regions],
    accounts: [...t.accounts],
    requiredRoles: [...t.requiredRoles],
    signOffs: t.signOffs.map((s) => ({ ...s, at: date(s.at) })),
    window: t.window && { start: date(t.window.start), end: date(t.window.end) },
    snoozedUntil: t.snoozedUntil && date(t.snoozedUntil),
    createdAt: date(t.createdAt),
    updatedAt: date(t.updatedAt),
  };
}

function copyMessage(m: ReminderMessage): ReminderMessage {
  return { ...m, audience: { ...m.audience, mention: [...m.audience.mention] } };
}

interface Entry {
  due: number;
  id: number;
  stamp: number;
}

const before = (a: Entry, b: Entry) => a.due < b.due || (a.due === b.due && a.id < b.id);

/** A binary min-heap on (due, id) with lazy deletion: what the index on the next-due column does in SQL. */
class DueIndex {
  readonly #heap: Entry[] = [];

  push(entry: Entry): void {
    const h = this.#heap;
    h.push(entry);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  peek(): Entry | undefined {
    return this.#heap[0];
  }

  pop(): Entry | undefined {
    const h = this.#heap;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || !last) return top;
    h[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
    return top;
  }
}

/**
 * The reminder store in memory, behaving as the SQL one does: reads hand out copies, each write is
 * all or nothing, and the unique step key and the `updatedAt` condition are enforced.
 */
export class MemoryReminderStore implements ReminderStore {
  readonly #rows = new Map<number, Row>();
  readonly #index = new DueIndex();
  readonly #outbox: QueuedMessage[] = [];
  #stamps = 0;

  #setDue(row: Row, due: number | null): void {
    row.nextDue = due;
    // The task's own field says the same, as a database row would.
    row.task.nextReminderAt = due === null ? null : new Date(due);
    row.stamp = ++this.#stamps;
    if (due !== null) this.#index.push({ due, id: row.task.id, stamp: row.stamp });
  }

  /** Add or replace a task; it is due at once unless told otherwise, as a new task is. */
  put(task: Task, nextDueAt: Date | null = task.createdAt): void {
    const prior = this.#rows.get(task.id);
    const records = prior?.records ?? new Map<string, StepRecord>();
    const row: Row = { task: structuredClone(task), nextDue: null, stamp: 0, records, recorded: prior?.recorded ?? new Map() };
    this.#rows.set(task.id, row);
    this.#setDue(row, nextDueAt?.getTime() ?? null);
  }

  /** A change from elsewhere (Slack, a later notice): bumps `updatedAt` and makes the task due at `at`. */
  update(taskId: number, at: Date, patch: Partial<Omit<Task, 'id' | 'updatedAt'>>): Task {
    const row = this.#row(taskId);
    row.task = { ...row.task, ...structuredClone(patch), updatedAt: new Date(at) };
    this.#setDue(row, at.getTime());
    return structuredClone(row.task);
  }

  /** Move the deadline: a new deadline version, re-laddered from `at`. */
  moveDeadline(taskId: number, at: Date, deadline: Date): Task {
    const task = this.#row(taskId).task;
    const fact = { ...(task.deadline ?? { role: 'deadline' as const, precision: 'minute' as const, text: '' }), at: deadline };
    return this.update(taskId, at, { deadline: fact, deadlineVersion: task.deadlineVersion + 1, deadlineSetAt: at });
  }

  task(taskId: number): Task {
    return structuredClone(this.#row(taskId).task);
  }

  nextDue(taskId: number): Date | null {
    const ms = this.#row(taskId).nextDue;
    return ms === null ? null : new Date(ms);
  }

  /** Every record of the task, all deadline versions, in the order written. */
  records(taskId: number): StepRecord[] {
    return [...this.#row(taskId).records.values()].map(copy);
  }

  get outbox(): readonly QueuedMessage[] {
    return this.#outbox;
  }

  get size(): number {
    return this.#rows.size;
  }

  /** The earliest next-due instant of any task; null when nothing is due ever again. */
  earliestDue(): Date | null {
    const top = this.#top();
    return top ? new Date(top.due) : null;
  }

  async dueTasks(now: Date, limit: number): Promise<ReminderCandidate[]> {
    const t = now.getTime();
    const taken: Entry[] = [];
    while (taken.length < limit) {
      const top = this.#top();
      if (!top || top.due > t) break;
      taken.push(top);
      this.#index.pop();
    }
    // Reading does not consume: the tasks stay due until a write moves them.
    for (const entry of taken) this.#index.push(entry);
    return taken.map(({ id }) => {
      const row = this.#row(id);
      return {
        task: copyTask(row.task),
        recorded: [...(row.recorded.get(row.task.deadlineVersion) ?? [])],
      };
    });
  }

  /** The top of the index, after dropping entries that a later change of their task made stale. */
  #top(): Entry | undefined {
    for (let top = this.#index.peek(); top; top = this.#index.peek()) {
      if (this.#rows.get(top.id)?.stamp === top.stamp) return top;
      this.#index.pop();
    }
    return undefined;
  }

  async recordAndQueue(change: ReminderChange): Promise<ReminderWriteResult> {
    const row = this.#rows.get(change.taskId);
    if (!row || row.task.updatedAt.getTime() !== change.expectedUpdatedAt.getTime()) return 'stale';
    const keys = change.records.map((r) => key(r.deadlineVersion, r.stepId));
    if (new Set(keys).size !== keys.length || keys.some((k) => row.records.has(k))) return 'duplicate';
    change.records.forEach((r, i) => {
      row.records.set(keys[i] ?? '', copy(r));
      let ids = row.recorded.get(r.deadlineVersion);
      if (!ids) row.recorded.set(r.deadlineVersion, (ids = []));
      ids.push(r.stepId);
    });
    for (const message of change.messages) {
      this.#outbox.push({ id: this.#outbox.length + 1, queuedAt: new Date(change.at), message: copyMessage(message) });
    }
    this.#setDue(row, change.nextDueAt?.getTime() ?? null);
    return 'recorded';
  }

  async reschedule(taskId: number, nextDueAt: Date | null, expectedUpdatedAt: Date): Promise<ReminderWriteResult> {
    const row = this.#rows.get(taskId);
    if (!row || row.task.updatedAt.getTime() !== expectedUpdatedAt.getTime()) return 'stale';
    this.#setDue(row, nextDueAt?.getTime() ?? null);
    return 'recorded';
  }

  #row(taskId: number): Row {
    const row = this.#rows.get(taskId);
    if (!row) throw new Error(`no task ${taskId}`);
    return row;
  }
}
