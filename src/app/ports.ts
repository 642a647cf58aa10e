import type { Notice } from '../domain/notice.ts';
import type { LlmProposal } from '../extraction/grounding.ts';
import type { Task } from '../domain/task.ts';
import type { ReminderMessage } from '../domain/reminder-message.ts';
import type { Team } from '../domain/policy.ts';

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

// ── Slack: the outbox every message leaves through, and the client that sends it ──────────────

export const OUTBOX_METHODS = ['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'views.publish', 'reactions.add'] as const;
export type OutboxMethod = (typeof OUTBOX_METHODS)[number];

/**
 * How a row relates to its task's top-level post. `task-post` is the post itself (its ts is
 * recorded once sent); `task-update` is a chat.update of it and `task-thread` a reply under it:
 * for those two the sender fills in `ts` / `thread_ts` (and the channel) when it sends, so they can
 * be written before the post has gone out.
 */
export type OutboxAnchor = 'task-post' | 'task-update' | 'task-thread';

export interface NewOutboxRow {
  method: OutboxMethod;
  /** Channel id; a user id (`U…`) for a DM (Slack opens the app's DM) or the Home tab (`views.publish`). Also the pacing key. */
  channel: string;
  /** The Web API arguments besides `channel` (and besides `ts`/`thread_ts` for anchored rows): text, blocks, user, view… */
  args: Record<string, unknown>;
  taskId?: number | null;
  anchor?: OutboxAnchor | null;
  /** A second row with the same key is not queued (e.g. `reminder:42:d-7`). */
  dedupeKey?: string | null;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxRow extends Required<NewOutboxRow> {
  id: number;
  status: OutboxStatus;
  /** Failed sends so far. */
  attempts: number;
  nextAttemptAt: Date;
  /** A sender has it until then; after that (a crash) another may take it. */
  leasedUntil: Date | null;
  createdAt: Date;
  lastError: string | null;
  /** What Slack answered for a sent row. */
  sentTs: string | null;
}

/**
 * The outbox table. Use cases write rows in the same transaction as the change that caused them
 * (their store's transaction API); `enqueue` is for callers without one.
 */
export interface OutboxClaim {
  now: Date;
  limit: number;
  leaseUntil: Date;
  perChannel: number;
  skipChannels: string[];
}

export interface OutboxStore {
  enqueue(messages: NewOutboxRow[], now: Date): Promise<number[]>;
  /**
   * Lease and return due rows: pending, `nextAttemptAt <= now`, not leased (or the lease has run
   * out), in id order, at most `limit` in all and at most `perChannel` of any one channel, none of
   * `skipChannels`. The per-channel cap keeps one channel's backlog from filling the sender's
   * window while other channels wait (SQL: ROW_NUMBER() OVER (PARTITION BY channel ORDER BY id)).
   */
  claimDue(claim: OutboxClaim): Promise<OutboxRow[]>;
  markSent(id: number, response: { channel: string | null; ts: string | null }): Promise<void>;
  /** Counts an attempt. `nextAttemptAt` null: give up, the row is `failed` for good. */
  markFailed(id: number, error: string, nextAttemptAt: Date | null): Promise<void>;
  /** Hand a claimed row back unsent, without counting an attempt (it waits for another row). */
  release(id: number, nextAttemptAt: Date): Promise<void>;
}

export interface TaskPostRef {
  channel: string;
  ts: string;
}

/** Where each task's top-level post lives, so updates and thread replies find it. */
export interface TaskPosts {
  get(taskId: number): Promise<TaskPostRef | null>;
  record(taskId: number, ref: TaskPostRef): Promise<void>;
}

export type SlackCallResult =
  | { ok: true; channel: string | null; ts: string | null }
  | { ok: false; error: string; retryable: boolean };

/** A Slack Web API client that paces itself and honours Retry-After; it never throws. */
export interface SlackApi {
  call(method: OutboxMethod, args: Record<string, unknown>): Promise<SlackCallResult>;
}

// ── Slack: what a click, a modal or `/notices` asks of the task use cases ──────────────────────

/**
 * An expected refusal (not a signer, already signed, window after the deadline…), with the
 * lifecycle's code; anything else is an unexpected error, caught per interaction.
 */
export interface SlackRefusal {
  ok: false;
  code: string;
  /** Said to the person, as is (escaped when rendered); a default per known code when absent. */
  message?: string;
}

/** The task after the change, with its team for rendering; the use case has queued the post update. */
export type TaskOutcome = { ok: true; task: Task; team: Team; message?: string } | SlackRefusal;

export interface TaskListing {
  tasks: Task[];
  /** The teams of those tasks, for zones. */
  teams: Team[];
}

export interface HomeListing extends TaskListing {
  /** Tasks with a role this person may sign that is still waiting. */
  pendingSignOffs: Task[];
}

export type AddOutcome = { ok: true; outcome: IngestOutcome; taskId: number | null } | SlackRefusal;

interface Acting {
  /** Slack user id of the person acting. */
  user: string;
  now: Date;
}

/** One use case per button, modal and subcommand. The Slack layer only parses and renders. */
export interface SlackActions {
  takeOwnership(input: Acting & { taskId: number }): Promise<TaskOutcome>;
  schedule(input: Acting & { taskId: number; window: { start: Date; end: Date } }): Promise<TaskOutcome>;
  /** Signs for `role` when given, else for the first required role the person holds that is still open. */
  approve(input: Acting & { taskId: number; role?: string }): Promise<TaskOutcome>;
  dismiss(input: Acting & { taskId: number; reason: string }): Promise<TaskOutcome>;
  snooze(input: Acting & { taskId: number; minutes: number }): Promise<TaskOutcome>;
  done(input: Acting & { taskId: number }): Promise<TaskOutcome>;
  assign(input: Acting & { taskId: number; assignee: string }): Promise<TaskOutcome>;
  /** One task as this person may see it (`/notices show`, and the task a modal is opened for). */
  show(input: Acting & { taskId: number }): Promise<TaskOutcome>;
  /** `open`: the person's teams' open tasks; `mine`: owned or awaiting their sign-off; `digest`: due in the coming weeks. */
  list(input: Acting & { scope: 'open' | 'mine' | 'digest' }): Promise<TaskListing>;
  /** `/notices add TEXT`: a notice pasted into Slack. */
  add(input: Acting & { channel: string | null; text: string }): Promise<AddOutcome>;
  home(input: Acting): Promise<HomeListing>;
}

export * from './store-ports.ts';
