import type { Notice } from '../domain/notice.ts';
import type { Task } from '../domain/task.ts';
import type { ReminderMessage } from '../domain/reminder-message.ts';

/** The only way the app learns the time: adapters/clock.ts reads the wall clock, tests pass their own. */
export interface Clock {
  now(): Date;
}

/** The subset of pino the app uses: structured fields first, a fixed message second. */
export interface Logger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  child(bindings: object): Logger;
}

export type IngestOutcome = 'created' | 'merged' | 'duplicate' | 'fyi' | 'ignored';

export interface IngestResult {
  outcome: IngestOutcome;
  noticeId: number;
  taskId: number | null;
}

/** Where every source delivers: the ingest use case. Resolves only once the notice is committed. */
export interface NoticeSink {
  ingest(notice: Notice): Promise<IngestResult>;
}

/** What became of one ladder step: it went out, or a louder or later one superseded it. */
export type StepOutcome = 'sent' | 'skipped';

/** One row per task, deadline version and step: the record that makes each step go out at most once. */
export interface StepRecord {
  stepId: string;
  deadlineVersion: number;
  outcome: StepOutcome;
  /** When the step was due, after quiet hours and snooze. */
  dueAt: Date;
  /** When the tick recorded it. */
  recordedAt: Date;
}

/** A task whose next reminder is due, with the steps already recorded (sent or skipped) for its current deadline version. */
export interface ReminderCandidate {
  task: Task;
  recorded: string[];
}

export interface ReminderChange {
  taskId: number;
  /** When the tick made the change: the records' `recordedAt` and the outbox rows' queue time. */
  at: Date;
  /** The task's `updatedAt` as read: the change applies only if nobody changed the task since. */
  expectedUpdatedAt: Date;
  records: StepRecord[];
  messages: ReminderMessage[];
  /** The task's next due instant after this change; null when no reminder will come. */
  nextDueAt: Date | null;
}

/**
 * `stale`: the task changed after it was read, nothing was written. `duplicate`: a record for the same
 * task, deadline version and step exists already (another scheduler got there first), nothing was written.
 */
export type ReminderWriteResult = 'recorded' | 'stale' | 'duplicate';

/**
 * The scheduler's view of the task store. Tasks carry a next-due instant (indexed) so a tick reads only
 * the tasks due now. Whoever changes a task (state, deadline, window, snooze, sign-offs) sets its next
 * due instant to the time of the change, so the next tick plans it again; setting it from here is not a
 * change of the task (it leaves `updatedAt` alone). A new task is due at its creation.
 */
export interface ReminderStore {
  /** Tasks due at or before `now`, earliest due first, at most `limit`. */
  dueTasks(now: Date, limit: number): Promise<ReminderCandidate[]>;
  /** In one transaction: insert the records, queue the messages in the outbox, set the next due instant. */
  recordAndQueue(change: ReminderChange): Promise<ReminderWriteResult>;
  /** Set the next due instant alone, under the same `updatedAt` condition; `duplicate` never happens here. */
  reschedule(taskId: number, nextDueAt: Date | null, expectedUpdatedAt: Date): Promise<ReminderWriteResult>;
}
