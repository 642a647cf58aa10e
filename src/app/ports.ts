import type { Notice } from '../domain/notice.ts';
import type { Team } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';

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
  approve(input: Acting & { taskId: number }): Promise<TaskOutcome>;
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
