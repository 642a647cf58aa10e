import type { Task } from './task.ts';

export type TaskAction =
  | 'task-created'
  | 'notice-merged'
  | 'deadline-moved'
  | 'owner-taken'
  | 'assigned'
  | 'scheduled'
  | 'signed'
  | 'approved'
  | 'dismissal-proposed'
  | 'dismissed'
  | 'snoozed'
  | 'done';

/** The actor for what the bot does by itself (ingest, merges). */
export const SYSTEM_ACTOR = 'noticeboard';

/** One entry of the append-only trail: who did what to which task, and when. */
export interface AuditEvent {
  taskId: number | null;
  /** A Slack user id, or SYSTEM_ACTOR. */
  actor: string;
  action: TaskAction | (string & {});
  /** The fields that changed, before and after; JSON-shaped (instants as ISO strings). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
}

export interface AuditRecord extends AuditEvent {
  id: number;
}

const json = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** The fields that differ between two versions of a task, as JSON-shaped before/after maps. */
export function taskDiff(before: Task, after: Task): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after) as (keyof Task)[]) {
    if (key === 'updatedAt') continue;
    const was = json(before[key]);
    const now = json(after[key]);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    out.before[key] = was;
    out.after[key] = now;
  }
  return out;
}
