// The reminder store port as its contract tests drive it: the twin, and the port over each store.
import type { ReminderStore, StepRecord } from '../../../src/app/ports.ts';
import { MemoryReminderStore } from '../../../src/app/reminder-store-memory.ts';
import { makeReminderStore, type ReminderStoreOptions } from '../../../src/app/reminder-store.ts';
import type { ReminderAudience } from '../../../src/domain/reminder-message.ts';
import type { Task } from '../../../src/domain/task.ts';
import { aNewTask } from '../../builders/index.ts';
import { subjects, type OverStore } from './subjects.ts';

/** One queued message, whichever way it is stored: who it goes to, its text, when it was queued. */
export interface Queued {
  taskId: number;
  to: string;
  text: string;
  at: Date;
}

export interface ReminderSubject {
  reminders: ReminderStore;
  /** A task as ingest writes it: due at its creation unless told otherwise. */
  add(overrides?: Partial<Task>, nextDueAt?: Date | null): Promise<Task>;
  /** A change from elsewhere (a click, a later notice): bumps `updatedAt`, due at once. */
  change(taskId: number, at: Date, patch: Partial<Task>): Promise<Task>;
  records(taskId: number): Promise<StepRecord[]>;
  nextDue(taskId: number): Promise<Date | null>;
  queued(): Promise<Queued[]>;
  /** The same tasks through another connection: a second scheduler. */
  second(): Promise<ReminderStore>;
}

export const audienceLabel = (a: Pick<ReminderAudience, 'channel' | 'thread' | 'dm'>): string =>
  a.dm ? `dm ${a.dm}` : `${a.thread ? 'thread' : 'channel'} ${a.channel ?? ''}`;

function twin(): ReminderSubject {
  const store = new MemoryReminderStore();
  let ids = 0;
  return {
    reminders: store,
    add: async (overrides = {}, nextDueAt) => {
      const task = { ...aNewTask(), ...overrides, id: ++ids, signOffs: [] };
      store.put(task, nextDueAt === undefined ? task.createdAt : nextDueAt);
      return store.task(task.id);
    },
    change: async (taskId, at, patch) => store.update(taskId, at, patch),
    records: async (taskId) => store.records(taskId),
    nextDue: async (taskId) => store.nextDue(taskId),
    queued: async () =>
      store.outbox.map(({ message: m, queuedAt }) => ({ taskId: m.taskId, to: audienceLabel(m.audience), text: m.text, at: queuedAt })),
    second: async () => store,
  };
}

/** The port over a store, with what a test needs to look inside. */
export function overStore({ store, second }: OverStore, options: ReminderStoreOptions = {}): ReminderSubject {
  const taskIds: number[] = [];
  let fingerprints = 0;
  return {
    reminders: makeReminderStore(store, options),
    add: async (overrides = {}, nextDueAt) => {
      const draft = { ...aNewTask(), fingerprint: `reminder-${++fingerprints}`, ...overrides };
      const task = await store.tasks.insert({ ...draft, nextReminderAt: nextDueAt === undefined ? draft.createdAt : nextDueAt });
      taskIds.push(task.id);
      return task;
    },
    change: (taskId, at, patch) =>
      store.transaction(async (tx) => {
        const task = await tx.tasks.get(taskId);
        if (!task) throw new Error(`no task ${taskId}`);
        const changed: Task = { ...task, ...patch, updatedAt: at, nextReminderAt: at };
        await tx.tasks.update(changed);
        return changed;
      }),
    records: async (taskId) => (await store.reminders.listByTask(taskId)).map(({ taskId: _t, ...record }) => record),
    nextDue: async (taskId) => (await store.tasks.get(taskId))?.nextReminderAt ?? null,
    queued: async () => {
      const rows = (await Promise.all(taskIds.map((id) => store.outbox.listByTask(id)))).flat().sort((a, b) => a.id - b.id);
      return rows.map((r) => ({
        taskId: r.taskId ?? 0,
        to: r.anchor === 'task-thread' ? `thread ${r.channel}` : /^[UW]/.test(r.channel) ? `dm ${r.channel}` : `channel ${r.channel}`,
        text: String(r.args.text),
        at: r.createdAt,
      }));
    },
    second: async () => makeReminderStore(await second(), options),
  };
}

export const reminderSubjects = () => subjects<ReminderSubject>(twin, (s) => overStore(s));
