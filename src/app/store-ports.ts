import type { Extraction, NoticeKind } from '../domain/facts.ts';
import type { SourceRef } from '../domain/notice.ts';
import type { Disposition, Routing } from '../domain/policy.ts';
import type { DeadlineChange, NewTask, SignOff, Task, TaskState } from '../domain/task.ts';
import type { AuditEvent, AuditRecord, TaskAction } from '../domain/audit.ts';
import type {
  CursorStore,
  OutboxRow,
  OutboxStore,
  ReminderCandidate,
  SourceHealthStore,
  StepRecord,
  TaskPostRef,
} from './ports.ts';

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
   * sign-offs (see SignOffRepository). Naming only what changed keeps the write small. A use case
   * that changes a task writes `updatedAt` and sets `nextReminderAt` to the instant of the change,
   * so the reminder scheduler plans it again (see `saveTask`).
   */
  update(task: Task, fields?: readonly (keyof Task)[]): Promise<void>;
  /** Records that a notice belongs to the task; `noticeCount` is the task's own field, kept by ingest. */
  linkNotice(link: TaskNoticeLink): Promise<void>;
  recordDeadlineChange(change: DeadlineChange): Promise<void>;
  /** Oldest first. */
  deadlineHistory(taskId: number): Promise<DeadlineChange[]>;
  /** Where the task's top-level Slack post is, once sent. */
  slackPost(taskId: number): Promise<TaskPostRef | null>;
  /** Records the post; not a change of the task (`updatedAt` stays). */
  setSlackPost(taskId: number, post: TaskPostRef): Promise<void>;
  /** How many tasks are in each state; states with none are absent. For /metrics. */
  countByState(): Promise<Partial<Record<TaskState, number>>>;
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

/** A step record as stored: the task it belongs to, with the record the scheduler wrote. */
export interface StoredStepRecord extends StepRecord {
  taskId: number;
}

/** The scheduler's tables: each task's next due instant and the steps recorded per deadline version. */
export interface ReminderRepository {
  /**
   * Tasks whose next due instant is at or before `now`, earliest first (then by id), at most
   * `limit`, each with the step ids recorded for its current deadline version, in the order written.
   * A task with no next due instant is never due.
   */
  due(now: Date, limit: number): Promise<ReminderCandidate[]>;
  /**
   * Records the steps, all or none: false, with nothing written, when one of them (task, deadline
   * version, step) is recorded already. A concurrent writer of the same step makes the transaction
   * conflict and run again, when this answers false.
   */
  record(taskId: number, records: readonly StepRecord[]): Promise<boolean>;
  /**
   * Sets the next due instant, only while the task's `updatedAt` is still `expectedUpdatedAt`; false
   * (nothing written) when it is not, or there is no such task. Leaves `updatedAt` alone: planning is
   * not a change of the task.
   */
  setNextDue(taskId: number, nextDueAt: Date | null, expectedUpdatedAt: Date): Promise<boolean>;
  /** Every record of the task, all deadline versions, in the order written. */
  listByTask(taskId: number): Promise<StoredStepRecord[]>;
}

/**
 * The outbox table with the semantics of the Slack `OutboxStore`. Inside `store.transaction` a use
 * case queues the messages of a change with the change itself: `tx.outbox.enqueue(rows, now)`.
 */
export interface OutboxRepository extends OutboxStore {
  get(id: number): Promise<OutboxRow | null>;
  /** In id order. */
  listByTask(taskId: number): Promise<OutboxRow[]>;
  /** Rows by status and when the oldest pending one was queued. For /metrics. */
  stats(): Promise<OutboxStats>;
}

export interface OutboxStats {
  pending: number;
  failed: number;
  /** `createdAt` of the oldest pending row; null when none is pending. */
  oldestPendingAt: Date | null;
}

export interface Repositories {
  notices: NoticeRepository;
  tasks: TaskRepository;
  signOffs: SignOffRepository;
  audit: AuditRepository;
  reminders: ReminderRepository;
  outbox: OutboxRepository;
  /** Each source's cursors (UIDs, ETags, ids delivered). */
  cursors: CursorStore;
  /** One health record per source. */
  sourceHealth: SourceHealthStore;
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
