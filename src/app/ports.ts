import type { Notice } from '../domain/notice.ts';
import type { LlmProposal } from '../extraction/grounding.ts';
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

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What asking a model has cost so far, for logs, `/metrics` and the CLI. */
export interface OracleStats {
  /** Requests sent, retries included. */
  calls: number;
  retries: number;
  promptTokens: number;
  completionTokens: number;
  cacheHits: number;
  /** Proposals that ended without an answer (after retries), refusals aside. */
  failures: number;
  refusals: number;
  /** Asked while the breaker was open: answered with nothing, nothing sent. */
  shortCircuited: number;
  breaker: BreakerState;
}

/**
 * A second reader of a notice (an LLM). Its answer is a claim to be checked against the text, never
 * a fact; null when it has none (refused, failed, paused, malformed). Never throws.
 */
export interface FactsOracle {
  propose(notice: Notice): Promise<LlmProposal | null>;
  stats(): OracleStats;
}

/** Answers already paid for, by content hash. In memory by default; a store may keep them across runs. */
export interface ProposalCache {
  get(key: string): Promise<LlmProposal | undefined>;
  set(key: string, proposal: LlmProposal): Promise<void>;
}

/**
 * Small durable state a source keeps between runs, one value per source and key: a mailbox's UID
 * cursor, a feed's ETag and the ids it has already delivered. Values are opaque strings.
 */
export interface CursorStore {
  get(source: string, key: string): Promise<string | null>;
  set(source: string, key: string, value: string): Promise<void>;
}

/** What the bot knows about one source's recent attempts; one row per source id. */
export interface SourceHealthRecord {
  source: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  /** Plain words ("TLS certificate has expired"), never a stack. */
  lastError: string | null;
  consecutiveFailures: number;
  /** When the current run of failures began; null while the source is healthy. */
  failingSince: Date | null;
  /** An alert went out for the current run of failures (so it goes out once, and recovery is told). */
  alerted: boolean;
}

export interface SourceHealthStore {
  get(source: string): Promise<SourceHealthRecord | null>;
  put(record: SourceHealthRecord): Promise<void>;
  list(): Promise<SourceHealthRecord[]>;
}

/** A message for the people who run the bot (the admin channel). */
export interface AdminAlerts {
  alert(text: string): Promise<void>;
}

/** A source that can make one complete pass on demand (`noticeboard poll --once`). Rejects when the pass failed. */
export interface PolledSource {
  readonly id: string;
  pollOnce(): Promise<void>;
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
