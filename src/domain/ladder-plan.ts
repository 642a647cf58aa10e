import type { Ladder, Loudness } from './policy.ts';
import type { Task } from './task.ts';
import { loudnessRank } from './ladder.ts';
import { isQuiet, nextOpening, type WorkingTime } from './quiet-hours.ts';
import { occurrences, snoozeBound, versionStart, type OccurrenceKind, type StepOccurrence } from './ladder-schedule.ts';

/** A step that is due, with the instant it became due after snooze and quiet hours. */
export interface DueStep {
  stepId: string;
  kind: OccurrenceKind;
  loudness: Loudness;
  critical: boolean;
  /** Where the ladder puts it. */
  scheduledAt: Date;
  /** When it may go out: moved out of quiet hours and snooze, never past its bound. */
  dueAt: Date;
}

export interface ReminderPlan {
  /** The one step to send now: the loudest due, the later one on a tie. */
  send: DueStep | null;
  /** Steps the send supersedes (due now, or earlier on the ladder): recorded as skipped, never sent. */
  skip: DueStep[];
  /** When the next step becomes due once these are recorded; null when nothing more will come. */
  nextDueAt: Date | null;
}

/** What a plan needs besides the task: its ladder, its team (null: no quiet hours, UTC), what is recorded. */
export interface PlanContext {
  ladder: Ladder;
  team: WorkingTime | null;
  /** Step ids already recorded (sent or skipped) for the task's current deadline version. */
  recorded: ReadonlySet<string>;
}

function effectiveSnooze(task: Task, ladder: Ladder): number | null {
  if (!task.snoozedUntil) return null;
  const bound = snoozeBound(task, ladder);
  const until = task.snoozedUntil.getTime();
  return bound === null ? until : Math.min(until, bound);
}

function dueAtOf(o: StepOccurrence, snoozeEnd: number | null, team: WorkingTime | null): number {
  const base = snoozeEnd === null ? o.at : Math.max(o.at, snoozeEnd);
  if (o.critical) return base;
  const opening = nextOpening(base, team);
  return Math.max(base, o.notAfter === null ? opening : Math.min(opening, o.notAfter));
}

/** An occurrence still to record, with its due instant worked out on first use (quiet hours cost a zone look-up). */
interface Pending {
  o: StepOccurrence;
  due: number;
}

function dueOf(p: Pending, snoozeEnd: number | null, team: WorkingTime | null): number {
  if (Number.isNaN(p.due)) p.due = dueAtOf(p.o, snoozeEnd, team);
  return p.due;
}

function toDue(p: Pending): DueStep {
  const { stepId, kind, loudness, critical, at } = p.o;
  return { stepId, kind, loudness, critical, scheduledAt: new Date(at), dueAt: new Date(p.due) };
}

/** Pending comes sorted by `at`, and a due instant is never before `at`: stop once none can beat the best. */
function earliestDue(pending: Pending[], snoozeEnd: number | null, team: WorkingTime | null): Date | null {
  let best = Infinity;
  for (const p of pending) {
    if (p.o.at >= best) break;
    best = Math.min(best, dueOf(p, snoozeEnd, team));
  }
  return best === Infinity ? null : new Date(best);
}

/** Not critical, not yet at its bound, and the team is in quiet hours now. */
function heldBack(o: StepOccurrence, t: number, quietNow: boolean): boolean {
  return quietNow && !o.critical && (o.notAfter === null || t < o.notAfter);
}

/**
 * Which step (at most one) the task gets at `now`, which it skips, and when it is next due.
 * After an outage only the loudest due step goes out; a step that quiet hours pushed behind a later
 * one is superseded by it, so loudness never steps back down and nothing arrives out of order.
 * A non-critical step found due in quiet hours waits for the next opening, still before its bound.
 */
export function planReminders(task: Task, now: Date, ctx: PlanContext): ReminderPlan {
  const t = now.getTime();
  const start = versionStart(task);
  const { team } = ctx;
  const pending: Pending[] = [];
  for (const o of occurrences(task, ctx.ladder, t)) {
    if (o.at >= start && !ctx.recorded.has(o.stepId) && (o.expiresAt === null || t < o.expiresAt)) pending.push({ o, due: NaN });
  }
  const snoozeEnd = effectiveSnooze(task, ctx.ladder);

  const ready: Pending[] = [];
  let quietNow: boolean | null = null;
  for (const p of pending) {
    if (p.o.at > t || dueOf(p, snoozeEnd, team) > t) continue;
    // A step that came due while nobody ticked (an outage, a restart at night) still waits for the morning.
    quietNow ??= isQuiet(t, team);
    if (!heldBack(p.o, t, quietNow)) {
      ready.push(p);
      continue;
    }
    const opening = nextOpening(t, team);
    p.due = p.o.notAfter === null ? opening : Math.min(opening, p.o.notAfter);
  }
  let send: Pending | null = null;
  for (const p of ready) {
    if (!send || loudnessRank(p.o.loudness) >= loudnessRank(send.o.loudness)) send = p;
  }
  if (!send) return { send: null, skip: [], nextDueAt: earliestDue(pending, snoozeEnd, team) };

  const chosen = send;
  const skipped = pending.filter((p) => p !== chosen && (ready.includes(p) || p.o.at <= chosen.o.at));
  const rest = pending.filter((p) => p !== chosen && !skipped.includes(p));
  return {
    send: toDue(chosen),
    skip: skipped.map((p) => toDue({ o: p.o, due: dueOf(p, snoozeEnd, team) })),
    nextDueAt: earliestDue(rest, snoozeEnd, team),
  };
}

/** The step to send at `now` and the ones it supersedes. */
export function dueSteps(task: Task, now: Date, ctx: PlanContext): Pick<ReminderPlan, 'send' | 'skip'> {
  const { send, skip } = planReminders(task, now, ctx);
  return { send, skip };
}

/** When the task is next due, counting from `after` (a step due by then is due at once). */
export function nextDueAt(task: Task, after: Date, ctx: PlanContext): Date | null {
  const plan = planReminders(task, after, ctx);
  return plan.send ? plan.send.dueAt : plan.nextDueAt;
}
