import type { ReminderMessage } from '../domain/reminder-message.ts';
import type { Team } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';
import type { NewOutboxRow, ReminderChange, ReminderStore, Store } from './ports.ts';

/**
 * The outbox rows one reminder message becomes; the task (as stored, inside the write) and its team
 * are there for rendering. A row without a dedupe key gets one from its step and position; a key set
 * here must be unique to the row, or later rows of the step are taken for repeats and dropped.
 */
export type ReminderRows = (message: ReminderMessage, task: Task, team: Team | undefined) => NewOutboxRow[];

export interface ReminderStoreOptions {
  /** The team of a task, handed to `rowsFor`. */
  teams?: (id: string) => Team | undefined;
  rowsFor?: ReminderRows;
}

/**
 * The plain mapping: a thread reminder replies under the task's post (the sender finds it), a
 * channel reminder posts in that channel, a direct one goes to the person's DM; the text as given.
 */
export const reminderRows: ReminderRows = (message) => {
  const { audience, taskId, text } = message;
  const channel = audience.dm ?? audience.channel ?? '';
  const row: NewOutboxRow = { method: 'chat.postMessage', channel, args: { text }, taskId };
  return [audience.thread && !audience.dm ? { ...row, anchor: 'task-thread' } : row];
};

/** Each row of a step gets a key, so no retry of the same write can queue it twice. */
const keyed = (change: ReminderChange, rows: NewOutboxRow[][]): NewOutboxRow[] =>
  rows.flatMap((forMessage, m) => {
    const message = change.messages[m];
    const step = message ? `${message.deadlineVersion}:${message.stepId}` : 'unknown';
    return forMessage.map((row, r) => ({ ...row, dedupeKey: row.dedupeKey ?? `reminder:${change.taskId}:${step}:${m}.${r}` }));
  });

class DuplicateStep extends Error {}

/**
 * The scheduler's store over the task store: due tasks through the index on the next due instant,
 * and each tick's write (the step records, the outbox rows, the next due instant) in one transaction
 * that applies only while the task is as it was read.
 */
export function makeReminderStore(store: Store, options: ReminderStoreOptions = {}): ReminderStore {
  const rowsFor = options.rowsFor ?? reminderRows;
  const teams = options.teams ?? (() => undefined);
  return {
    dueTasks: (now, limit) => store.transaction((tx) => tx.reminders.due(now, limit)),

    async recordAndQueue(change) {
      try {
        return await store.transaction(async (tx) => {
          if (!(await tx.reminders.setNextDue(change.taskId, change.nextDueAt, change.expectedUpdatedAt))) return 'stale';
          // Thrown, not returned: the next due instant written above must roll back with the rest.
          if (!(await tx.reminders.record(change.taskId, change.records))) throw new DuplicateStep();
          if (change.messages.length === 0) return 'recorded';
          const task = await tx.tasks.get(change.taskId);
          if (!task) throw new Error(`task ${change.taskId} vanished inside its own transaction`);
          const team = teams(task.team);
          await tx.outbox.enqueue(keyed(change, change.messages.map((m) => rowsFor(m, task, team))), change.at);
          return 'recorded';
        });
      } catch (error) {
        if (error instanceof DuplicateStep) return 'duplicate';
        throw error;
      }
    },

    reschedule: async (taskId, nextDueAt, expectedUpdatedAt) =>
      (await store.reminders.setNextDue(taskId, nextDueAt, expectedUpdatedAt)) ? 'recorded' : 'stale',
  };
}
