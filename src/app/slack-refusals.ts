// Refusals as a person reads them: the lifecycle's code is kept, its terse reason becomes a
// sentence with times in the team's zone and the roles spelled out.
import { formatInstant } from '../domain/blocks/format.ts';
import { latestWindowEnd } from '../domain/task-merge.ts';
import type { Team } from '../domain/policy.ts';
import type { Task } from '../domain/task.ts';
import type { SlackRefusal } from './ports.ts';

/** Enough about the task to explain a refusal; null when there is no such task. */
export interface RefusalContext {
  task: Task | null;
  team: Team | null;
  /** Roles the person holds in the task's team. */
  held?: readonly string[];
  /** The latest instant a snooze may reach; null when none is possible any more. */
  snoozeLimit?: Date | null;
}

const roleList = (roles: readonly string[]): string => {
  if (roles.length <= 1) return roles[0] ?? 'no role';
  return `${roles.slice(0, -1).join(', ')} or ${roles.at(-1)}`;
};

/** First letter up, a full stop at the end: domain reasons are fragments. */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function refusal(code: string, reason: string, ctx: RefusalContext): SlackRefusal {
  return { ok: false, code, message: explain(code, reason, ctx) };
}

function explain(code: string, reason: string, { task, team, held, snoozeLimit }: RefusalContext): string {
  const zone = team?.timeZone ?? 'UTC';
  switch (code) {
    case 'not-found':
      return task ? sentence(reason) : 'That task no longer exists.';
    case 'not-a-signer':
      if (!task) break;
      return held && held.length > 0
        ? `You hold ${roleList(held)}, but this task needs ${roleList(task.requiredRoles)}.`
        : `You cannot sign this task: it needs someone who holds ${roleList(task.requiredRoles)}.`;
    case 'window-after-deadline': {
      const latest = task ? latestWindowEnd(task) : null;
      if (!task || !latest) break;
      const lead = Math.round(task.leadTimeMinutes / (24 * 60));
      return `The window must end by ${formatInstant(latest, zone)}: the deadline minus the ${lead}-day lead time, so there is room to react if the work goes wrong.`;
    }
    case 'snooze-too-long':
      if (snoozeLimit === null) return 'Reminders for this task are already critical: they can no longer be snoozed.';
      if (snoozeLimit) return `Reminders can be snoozed until ${formatInstant(snoozeLimit, zone)} at most: after that they turn critical.`;
      break;
    case 'nothing-to-sign':
      return 'There is no plan to sign yet: schedule a maintenance window first.';
    case 'reason-required':
      return 'Say why the notice does not apply: a dismissal needs a reason and the same sign-offs as a plan.';
  }
  return sentence(reason);
}
