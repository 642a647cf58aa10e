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
  /** Bumped each time the deadline moves: reminder steps are recorded per version, so a moved deadline is re-laddered. */
  deadlineVersion: number;
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
}
