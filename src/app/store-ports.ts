import type { Extraction, NoticeKind } from '../domain/facts.ts';
import type { SourceRef } from '../domain/notice.ts';
import type { Disposition, Routing } from '../domain/policy.ts';
import type { DeadlineChange, NewTask, SignOff, Task, TaskState } from '../domain/task.ts';
import type { AuditEvent, AuditRecord, TaskAction } from '../domain/audit.ts';

/** A notice as recorded: every notice is kept, tracked, FYI or ignored, with what was decided. */
export interface NoticeRecord {
  id: number;
  /** Unique per delivery (see `sourceKey`): a notice read again is recognised by it. */
  sourceKey: string;
  source: SourceRef;
  messageId: string | null;
  eventId: string | null;
  /** The obligation fingerprint it computed, for tracked notices. */
  fingerprint: string | null;
  contentHash: string;
  from: string;
  fromName: string | null;
  subject: string;
  url: string | null;
  receivedAt: Date;
  /** Plain text, cut at a size limit; `textTruncated` says when it was. */
  text: string;
  textTruncated: boolean;
  rawSize: number;
  extraction: Extraction | null;
  ruleId: string | null;
  disposition: Disposition;
  taskId: number | null;
  ingestedAt: Date;
}
export type NewNotice = Omit<NoticeRecord, 'id'>;

/** Enough of a recorded notice to recognise it again, without its text. */
export type NoticeRef = Pick<NoticeRecord, 'id' | 'sourceKey' | 'contentHash' | 'fingerprint' | 'ruleId' | 'disposition' | 'taskId'>;

export interface NoticeRepository {
  insert(notice: NewNotice): Promise<NoticeRecord>;
  get(id: number): Promise<NoticeRecord | null>;
  findBySourceKey(sourceKey: string): Promise<NoticeRef | null>;
  /**
   * Earlier notices a new one may repeat: the same source key, or the same Message-ID from the
   * same sender. Oldest first.
   */
  findSeen(key: { sourceKey: string; messageId: string | null; from: string }): Promise<NoticeRef[]>;
  /** The task of an earlier notice about the same provider event. */
  taskIdForEvent(eventId: string): Promise<number | null>;
  listByTask(taskId: number): Promise<NoticeRecord[]>;
  listByDisposition(disposition: Disposition): Promise<NoticeRecord[]>;
}

export interface TaskNoticeLink {
  taskId: number;
  noticeId: number;
  relation: 'created' | 'merged';
  at: Date;
}

export interface TaskRepository {
  get(id: number): Promise<Task | null>;
  /** The task with this fingerprint, or else the task of a notice merged into it with this fingerprint. */
  findByFingerprint(fingerprint: string): Promise<Task | null>;
  /**
   * Tasks neither done nor dismissed, of one provider and kind, that share at least one of
   * `resources` (compared normalised): where a follow-up notice may merge.
   */
  listOpenSharing(filter: { provider: string | null; kind: NoticeKind; resources: readonly string[] }): Promise<Task[]>;
  /** By id; every task unless states are given. */
  list(filter?: { states?: readonly TaskState[] }): Promise<Task[]>;
  insert(task: NewTask): Promise<Task>;
  /**
   * Writes `fields` of the task (every field when omitted) except id, fingerprint, createdAt and
   * sign-offs (see SignOffRepository). Naming only what changed keeps the write small.
   */
  update(task: Task, fields?: readonly (keyof Task)[]): Promise<void>;
  /** Records that a notice belongs to the task; `noticeCount` is the task's own field, kept by ingest. */
  linkNotice(link: TaskNoticeLink): Promise<void>;
  recordDeadlineChange(change: DeadlineChange): Promise<void>;
  /** Oldest first. */
  deadlineHistory(taskId: number): Promise<DeadlineChange[]>;
  /** Tasks whose next reminder time has come, earliest first. */
  dueForReminder(now: Date, limit?: number): Promise<Task[]>;
  setNextReminderAt(taskId: number, at: Date | null): Promise<void>;
  setSlackPost(taskId: number, post: { channel: string; ts: string }): Promise<void>;
}

export interface SignOffRepository {
  list(taskId: number): Promise<SignOff[]>;
  /** Throws StoreConflictError when the role or the user has already signed this task. */
  add(taskId: number, signOff: SignOff): Promise<void>;
  remove(taskId: number, role: string): Promise<void>;
}

export interface AuditRepository {
  append(event: AuditEvent): Promise<number>;
  /** Oldest first. */
  listByTask(taskId: number): Promise<AuditRecord[]>;
}

export interface ReminderSent {
  taskId: number;
  stepId: string;
  deadlineVersion: number;
  sentAt: Date;
}

export interface ReminderRepository {
  /** Records a step as sent; false when it already was (each step goes out once per deadline version). */
  record(sent: ReminderSent): Promise<boolean>;
  wasSent(taskId: number, stepId: string, deadlineVersion: number): Promise<boolean>;
  listByTask(taskId: number): Promise<ReminderSent[]>;
}

export interface OutboxMessage {
  id: number;
  /** One message per key, however often it is queued. */
  dedupeKey: string;
  /** Slack Web API method, e.g. `chat.postMessage`. */
  method: string;
  channel: string | null;
  payload: unknown;
  taskId: number | null;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
  response: unknown;
}

export interface NewOutboxMessage {
  dedupeKey: string;
  method: string;
  channel: string | null;
  payload: unknown;
  taskId: number | null;
  at: Date;
}

export interface OutboxRepository {
  /** Queues a message unless its dedupe key is already queued or sent. */
  enqueue(message: NewOutboxMessage): Promise<{ id: number; created: boolean }>;
  get(id: number): Promise<OutboxMessage | null>;
  /** Unsent messages whose next attempt is due, oldest first. */
  due(now: Date, limit: number): Promise<OutboxMessage[]>;
  markSent(id: number, at: Date, response: unknown): Promise<void>;
  /** Counts an attempt and when to try again. */
  markFailed(id: number, failure: { error: string; nextAttemptAt: Date }): Promise<void>;
}

export interface SourceHealth {
  source: string;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** Whether people were told about the current run of failures. */
  alerted: boolean;
}

export interface SourceStateRepository {
  getCursor(source: string, key: string): Promise<string | null>;
  setCursor(source: string, key: string, value: string): Promise<void>;
  health(source: string): Promise<SourceHealth | null>;
  listHealth(): Promise<SourceHealth[]>;
  /** Resets the failure count and the alert. */
  recordSuccess(source: string, at: Date): Promise<SourceHealth>;
  recordFailure(source: string, at: Date, error: string): Promise<SourceHealth>;
  setAlerted(source: string, alerted: boolean): Promise<void>;
}

export interface Repositories {
  notices: NoticeRepository;
  tasks: TaskRepository;
  signOffs: SignOffRepository;
  audit: AuditRepository;
  reminders: ReminderRepository;
  outbox: OutboxRepository;
  sources: SourceStateRepository;
}

/**
 * The database. Its repositories work outside a transaction, one statement at a time;
 * `transaction` commits a use case's writes together or not at all. The function may run more
 * than once (a conflicting concurrent write is retried), so keep side effects out of it, and use
 * only the `tx` it is given: the store's own repositories would wait for the transaction to end.
 */
export interface Store extends Repositories {
  readonly engine: 'memory' | 'sqlite' | 'postgres';
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A write lost to a concurrent one (unique key taken, serialization failure): retrying may succeed. */
export class StoreConflictError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreConflictError';
  }
}

/** What just happened to a task, for whoever must follow it (the Slack post, the reminder schedule). */
export interface TaskChange {
  task: Task;
  action: TaskAction;
  actor: string;
  at: Date;
  /** The notice that caused it, for ingest. */
  noticeId?: number;
  /** The task as it was before the change; absent for a task just created. */
  before?: Task;
  /** The audit event recorded for this change, in the same transaction. */
  auditId?: number;
}

/**
 * Runs inside the transaction that changed the task, so what it writes (an outbox row, say) commits
 * or rolls back with the change.
 */
export type TaskChangeHook = (tx: Repositories, change: TaskChange) => Promise<void>;

/**
 * A notice recorded without a task (FYI or ignored), inside the ingest transaction: an FYI post
 * written here commits with the notice, and is never written for a duplicate.
 */
export type NoticeHook = (tx: Repositories, notice: NoticeRecord, routing: Routing) => Promise<void>;
