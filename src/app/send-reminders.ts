import type { Ladder, Team } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';
import { defaultLadder } from '../domain/ladder.ts';
import { planReminders, type DueStep, type ReminderPlan } from '../domain/ladder-plan.ts';
import { buildReminderMessages, type ReminderMessage } from '../domain/reminder-message.ts';
import type { Logger, ReminderCandidate, ReminderStore, StepRecord } from './ports.ts';

/** The compiled rules the scheduler reads: ladders and teams by id. */
export interface ReminderPolicy {
  ladder(id: string): Ladder | undefined;
  team(id: string): Team | undefined;
}

export interface PlannedTask {
  task: Task;
  ladder: Ladder;
  plan: ReminderPlan;
  /** What the step to send posts; empty when nothing is due. */
  messages: ReminderMessage[];
}

const FALLBACK_LADDER = defaultLadder();

/**
 * The task's ladder, else its team's, else the default one: a ladder that cannot be found must never
 * silence a task, so an unknown id escalates on the default ladder and says so in the log.
 */
export function ladderFor(task: Task, policy: ReminderPolicy, log?: Logger): Ladder {
  const own = policy.ladder(task.ladder);
  if (own) return own;
  const teamLadder = policy.team(task.team)?.ladder;
  const fallback = (teamLadder ? policy.ladder(teamLadder) : undefined) ?? policy.ladder('default') ?? FALLBACK_LADDER;
  log?.warn({ taskId: task.id, ladder: task.ladder, using: fallback.id }, 'unknown ladder, using a fallback');
  return fallback;
}

/** Plan one task at `now`: pure apart from the policy look-ups. */
export function planCandidate(candidate: ReminderCandidate, policy: ReminderPolicy, now: Date, log?: Logger): PlannedTask {
  const { task, recorded } = candidate;
  const team = policy.team(task.team) ?? null;
  if (!team) log?.warn({ taskId: task.id, team: task.team }, 'unknown team, reminding without quiet hours');
  const ladder = ladderFor(task, policy, log);
  const plan = planReminders(task, now, { ladder, team, recorded: new Set(recorded) });
  const messages = plan.send ? buildReminderMessages(task, team, plan.send, now) : [];
  return { task, ladder, plan, messages };
}

function record(task: Task, step: DueStep, outcome: StepRecord['outcome'], now: Date): StepRecord {
  return { stepId: step.stepId, deadlineVersion: task.deadlineVersion, outcome, dueAt: step.dueAt, recordedAt: now };
}

export interface TickReport {
  at: Date;
  /** Tasks the tick looked at. */
  tasks: number;
  sent: number;
  skipped: number;
  messages: number;
  rescheduled: number;
  /** Changed by someone else while planned: planned again on the next tick. */
  stale: number;
  /** Already recorded by another scheduler. */
  duplicate: number;
  failed: number;
}

export interface SendRemindersDeps {
  store: ReminderStore;
  policy: ReminderPolicy;
  log: Logger;
  /** Tasks read per query. */
  batchSize?: number;
  /** Queries per tick at most; the rest wait for the next tick. */
  maxBatches?: number;
  /** A task that failed is tried again after this long, not on every tick. */
  retryAfterMs?: number;
}

type Outcome = 'sent' | 'rescheduled' | 'stale' | 'duplicate' | 'failed';

/**
 * The reminder tick: every task due at `now` gets at most one step, recorded in the same write that
 * queues its messages, and its next due instant. Each task has its own error boundary.
 */
export function createReminderTick(deps: SendRemindersDeps): (now: Date) => Promise<TickReport> {
  const { store, policy, log, batchSize = 500, maxBatches = 20, retryAfterMs = 5 * 60_000 } = deps;

  async function handle(candidate: ReminderCandidate, now: Date, report: TickReport): Promise<Outcome> {
    const { task } = candidate;
    try {
      const { plan, messages } = planCandidate(candidate, policy, now, log);
      if (!plan.send) {
        return (await store.reschedule(task.id, plan.nextDueAt, task.updatedAt)) === 'recorded' ? 'rescheduled' : 'stale';
      }
      const records = [record(task, plan.send, 'sent', now), ...plan.skip.map((s) => record(task, s, 'skipped', now))];
      const result = await store.recordAndQueue({
        taskId: task.id,
        at: now,
        expectedUpdatedAt: task.updatedAt,
        records,
        messages,
        nextDueAt: plan.nextDueAt,
      });
      if (result !== 'recorded') return result;
      report.skipped += plan.skip.length;
      report.messages += messages.length;
      log.info({ taskId: task.id, step: plan.send.stepId, loudness: plan.send.loudness, skipped: plan.skip.length }, 'reminder queued');
      return 'sent';
    } catch (err) {
      log.error({ taskId: task.id, err }, 'reminder failed');
      await store.reschedule(task.id, new Date(now.getTime() + retryAfterMs), task.updatedAt).catch((retryErr: unknown) => {
        log.error({ taskId: task.id, err: retryErr }, 'reminder retry not scheduled');
      });
      return 'failed';
    }
  }

  return async function tick(now: Date): Promise<TickReport> {
    const report: TickReport = { at: now, tasks: 0, sent: 0, skipped: 0, messages: 0, rescheduled: 0, stale: 0, duplicate: 0, failed: 0 };
    const seen = new Set<number>();
    for (let batch = 0; batch < maxBatches; batch++) {
      const fetched = await store.dueTasks(now, batchSize);
      const fresh = fetched.filter((c) => !seen.has(c.task.id));
      for (const candidate of fresh) {
        seen.add(candidate.task.id);
        report.tasks += 1;
        report[await handle(candidate, now, report)] += 1;
      }
      // A short batch is the last one; a batch of tasks already handled means the rest could not move on.
      if (fresh.length === 0 || fetched.length < batchSize) break;
    }
    if (report.tasks > 0) log.debug({ ...report }, 'reminder tick');
    return report;
  }
}

/** What a tick at `now` would send, without recording or queueing anything. */
export async function previewReminders(
  deps: Pick<SendRemindersDeps, 'store' | 'policy'> & { log?: Logger },
  now: Date,
): Promise<{ planned: PlannedTask[]; failures: { taskId: number; error: string }[] }> {
  const planned: PlannedTask[] = [];
  const failures: { taskId: number; error: string }[] = [];
  for (const candidate of await deps.store.dueTasks(now, Number.MAX_SAFE_INTEGER)) {
    try {
      const p = planCandidate(candidate, deps.policy, now, deps.log);
      if (p.plan.send) planned.push(p);
    } catch (err) {
      failures.push({ taskId: candidate.task.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { planned, failures };
}
