import type { DatedFact, NoticeKind } from './facts.ts';

export const TASK_STATES = ['open', 'acknowledged', 'scheduled', 'approved', 'done', 'dismissed'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface SignOff {
  role: string;
  user: string;
  at: Date;
  /** Signing a plan (`approve`) or a dismissal (`dismiss`, with the task's reason). */
  intent: 'approve' | 'dismiss';
}

export interface Task {
  id: number;
  fingerprint: string;
  title: string;
  provider: string | null;
  service: string | null;
  kind: NoticeKind;
  state: TaskState;
  deadline: DatedFact | null;
  /** When the current deadline version took effect (createdAt when absent): steps already past then are not replayed. */
  deadlineSetAt?: Date;
  resources: string[];
  regions: string[];
  accounts: string[];
  team: string;
  channel: string;
  ruleId: string;
  ladder: string;
  leadTimeMinutes: number;
  requiredRoles: string[];
  signOffs: SignOff[];
  owner: string | null;
  window: { start: Date; end: Date } | null;
  dismissReason: string | null;
  snoozedUntil: Date | null;
  noticeCount: number;
  /** A link to the notice that opened the task (feed item, status page), when the source has one. */
  sourceUrl?: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Starts at 1 and rises each time the deadline changes: reminder steps are recorded per version. */
  deadlineVersion: number;
  /** Free text people wrote on the task; notices never touch it. */
  notes: string | null;
  /** The task's top-level Slack message, once posted. */
  slackPost: { channel: string; ts: string } | null;
  /** When the reminder scheduler should look at this task next; null for never. */
  nextReminderAt: Date | null;
  /** Received time of the newest notice merged in: a notice older than this never moves the deadline. */
  lastNoticeAt: Date;
}

/** A task as first written, before the store gives it an id. */
export type NewTask = Omit<Task, 'id' | 'signOffs'>;

/** One change of a task's deadline, kept so the history of a moving obligation is visible. */
export interface DeadlineChange {
  taskId: number;
  /** The deadline version this change produced. */
  version: number;
  previous: DatedFact | null;
  deadline: DatedFact | null;
  /** The notice that moved it, when a notice did. */
  noticeId: number | null;
  at: Date;
}
