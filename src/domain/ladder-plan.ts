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

function toDue(o: StepOccurrence, dueAt: number): DueStep {
  const { stepId, kind, loudness, critical } = o;
  return { stepId, kind, loudness, critical, scheduledAt: new Date(o.at), dueAt: new Date(dueAt) };
}

/** Occurrences come sorted by `at`, and a due instant is never before `at`: stop once none can beat the best. */
function earliestDue(pending: StepOccurrence[], dueAt: (o: StepOccurrence) => number): number | null {
  let best = Infinity;
  for (const o of pending) {
    if (o.at >= best) break;
    best = Math.min(best, dueAt(o));
  }
  return best === Infinity ? null : best;
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
  const pending = occurrences(task, ctx.ladder, t).filter(
    (o) => o.at >= start && !ctx.recorded.has(o.stepId) && (o.expiresAt === null || t < o.expiresAt),
  );
  const snoozeEnd = effectiveSnooze(task, ctx.ladder);
  const cache = new Map<StepOccurrence, number>();
  const dueAt = (o: StepOccurrence) => {
    let v = cache.get(o);
    if (v === undefined) cache.set(o, (v = dueAtOf(o, snoozeEnd, ctx.team)));
    return v;
  };

  const due = pending.filter((o) => o.at <= t && dueAt(o) <= t);
  // A step that came due while nobody ticked (an outage, a restart at night) still waits for the morning.
  let quietNow: boolean | undefined;
  const held = (o: StepOccurrence) =>
    !o.critical && (o.notAfter === null || t < o.notAfter) && (quietNow ??= isQuiet(t, ctx.team));
  const ready: StepOccurrence[] = [];
  for (const o of due) {
    if (!held(o)) {
      ready.push(o);
      continue;
    }
    const opening = nextOpening(t, ctx.team);
    cache.set(o, o.notAfter === null ? opening : Math.min(opening, o.notAfter));
  }
  let send: StepOccurrence | null = null;
  for (const o of ready) {
    if (!send || loudnessRank(o.loudness) >= loudnessRank(send.loudness)) send = o;
  }
  if (!send) return { send: null, skip: [], nextDueAt: dateOrNull(earliestDue(pending, dueAt)) };

  const chosen = send;
  const dueSet = new Set(ready);
  const skipped = pending.filter((o) => o !== chosen && (dueSet.has(o) || o.at <= chosen.at));
  const done = new Set([chosen, ...skipped]);
  const rest = pending.filter((o) => !done.has(o));
  return {
    send: toDue(chosen, dueAt(chosen)),
    skip: skipped.map((o) => toDue(o, dueAt(o))),
    nextDueAt: dateOrNull(earliestDue(rest, dueAt)),
  };
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
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
