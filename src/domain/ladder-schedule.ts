import type { Ladder, Loudness } from './policy.ts';
import type { Task } from './task.ts';
import { DAY_MINUTES, MINUTE_MS, louder } from './ladder.ts';

/** Where an occurrence comes from: a ladder step, a repeat of the last one, or a state-aware extra. */
export type OccurrenceKind = 'step' | 'repeat' | 'lead-time' | 'window-opens' | 'window-closed';

/** One reminder a task may get, at its place on the time line before quiet hours move it. */
export interface StepOccurrence {
  /** Unique per deadline version: the ladder step id, `overdue#3` for repeats, window steps carry the window. */
  stepId: string;
  kind: OccurrenceKind;
  /** Epoch milliseconds. */
  at: number;
  loudness: Loudness;
  critical: boolean;
  /** The latest instant quiet hours may push it to (the deadline, the window's start); null after the deadline. */
  notAfter: number | null;
  /** Past this instant the step says nothing useful any more and is dropped unsent; null for never. */
  expiresAt: number | null;
}

/** Reminders stop here, whatever else the task says. */
export function isClosed(task: Pick<Task, 'state'>): boolean {
  return task.state === 'done' || task.state === 'dismissed';
}

/** Nobody has planned the work yet: past the lead time, such a task is reminded a step louder. */
export function isUnscheduled(task: Pick<Task, 'state'>): boolean {
  return task.state === 'open' || task.state === 'acknowledged';
}

/** Approved with a window that ends by the deadline: only the window is worth a reminder before it. */
export function isOnTrack(task: Task): boolean {
  const deadline = task.deadline?.at.getTime();
  return task.state === 'approved' && task.window !== null && deadline !== undefined && task.window.end.getTime() <= deadline;
}

/** The instant from which this deadline version's steps count; earlier ones are never replayed. */
export function versionStart(task: Task): number {
  return (task.deadlineSetAt ?? task.createdAt).getTime();
}

const WINDOW_NOTICE_MS = DAY_MINUTES * MINUTE_MS;

/** What the task's state makes of a step's loudness: unscheduled past the lead time, one step louder. */
interface Shape {
  deadline: number;
  leadAt: number;
  unscheduled: boolean;
}

function escalate(loudness: Loudness, at: number, shape: Shape): Loudness {
  if (!shape.unscheduled || at < shape.leadAt) return loudness;
  return louder(loudness, at < shape.deadline ? 'here' : 'overdue');
}

function capOf(at: number, deadline: number): number | null {
  return at < deadline ? deadline : null;
}

/**
 * Every reminder the task's current state calls for, in time order, with overdue repeats generated
 * up to the first one after `horizon`. Empty for closed tasks and tasks without a deadline.
 */
export function occurrences(task: Task, ladder: Ladder, horizon: number): StepOccurrence[] {
  if (isClosed(task) || !task.deadline) return [];
  const deadline = task.deadline.at.getTime();
  const steps = [...ladder.steps].sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  const onTrack = isOnTrack(task);
  const unscheduled = isUnscheduled(task);
  const leadAt = deadline - task.leadTimeMinutes * MINUTE_MS;
  const shape: Shape = { deadline, leadAt, unscheduled };

  const out: StepOccurrence[] = [];
  for (const step of steps) {
    const at = deadline + step.offsetMinutes * MINUTE_MS;
    if (onTrack && at < deadline) continue;
    const loudness = escalate(step.loudness, at, shape);
    out.push({ stepId: step.id, kind: 'step', at, loudness, critical: step.critical, notAfter: capOf(at, deadline), expiresAt: null });
  }

  const stepAtLead = steps.some((s) => deadline + s.offsetMinutes * MINUTE_MS === leadAt);
  if (unscheduled && leadAt < deadline && !stepAtLead) {
    const before = steps.filter((s) => deadline + s.offsetMinutes * MINUTE_MS < leadAt).at(-1);
    const loudness = louder(before?.loudness ?? 'thread', 'here');
    out.push({ stepId: 'lead-time', kind: 'lead-time', at: leadAt, loudness, critical: false, notAfter: deadline, expiresAt: null });
  }

  if (onTrack && task.window) {
    const start = task.window.start.getTime();
    const end = task.window.end.getTime();
    const opens = new Date(start).toISOString();
    const closes = new Date(end).toISOString();
    const notice = { kind: 'window-opens', loudness: 'channel', critical: false } as const;
    out.push({ ...notice, stepId: `window-opens:${opens}`, at: start - WINDOW_NOTICE_MS, notAfter: Math.min(start, deadline), expiresAt: start });
    const check = { kind: 'window-closed', loudness: 'channel', critical: false } as const;
    out.push({ ...check, stepId: `window-closed:${closes}`, at: end, notAfter: capOf(end, deadline), expiresAt: null });
  }

  const last = steps.at(-1);
  const every = ladder.repeatOverdueMinutes;
  if (last && every !== null && every > 0) {
    const first = deadline + last.offsetMinutes * MINUTE_MS;
    const period = every * MINUTE_MS;
    // Repeats already older than the version start can never be sent: start just before it.
    const from = Math.max(1, Math.floor((versionStart(task) - first) / period));
    for (let k = from; ; k++) {
      const at = first + k * period;
      const loudness = escalate(last.loudness, at, shape);
      out.push({ stepId: `${last.id}#${k + 1}`, kind: 'repeat', at, loudness, critical: last.critical, notAfter: capOf(at, deadline), expiresAt: null });
      if (at > horizon) break;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * How long the task may be snoozed from `now`: up to the first critical step, and never past the
 * deadline. Null when no snooze is possible any more (closed, no deadline, or already critical).
 */
export function maxSnoozeUntil(task: Task, ladder: Ladder, now: Date): Date | null {
  if (isClosed(task) || !task.deadline) return null;
  const bound = snoozeBound(task, ladder);
  return bound !== null && bound > now.getTime() ? new Date(bound) : null;
}

/** The first critical instant of the current ladder, or the deadline when that comes first. */
export function snoozeBound(task: Task, ladder: Ladder): number | null {
  if (!task.deadline) return null;
  const deadline = task.deadline.at.getTime();
  const critical = occurrences(task, ladder, deadline).find((o) => o.critical);
  return Math.min(critical?.at ?? deadline, deadline);
}
