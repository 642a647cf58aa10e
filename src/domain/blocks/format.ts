// Dates and urgency as people read them: in the team's zone, with a countdown. A deadline given
// as a bare date (precision `day`) is a calendar date everywhere, so it is shown and counted as
// one, never shifted into the previous evening of a zone west of UTC.
import { DateTime } from 'luxon';
import type { DatedFact } from '../facts.ts';
import type { Task, TaskState } from '../task.ts';

export type Urgency = 'closed' | 'none' | 'overdue' | 'critical' | 'soon' | 'upcoming' | 'later';

export const URGENCY_MARKER: Record<Urgency, string> = {
  closed: '✅',
  none: '🔵',
  overdue: '🚨',
  critical: '🔴',
  soon: '🟠',
  upcoming: '🟡',
  later: '🟢',
};

export const STATE_LABEL: Record<TaskState, string> = {
  open: 'Open, nobody owns it yet',
  acknowledged: 'Acknowledged, not scheduled',
  scheduled: 'Scheduled, waiting for sign-off',
  approved: 'Approved, work planned',
  done: 'Done',
  dismissed: 'Dismissed as not applicable',
};

const DAY_MS = 86_400_000;

/** Days from the team's today to the deadline's date (negative when past), for day-precision deadlines. */
export function calendarDaysUntil(deadline: DatedFact, zone: string, now: Date): number {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const due = DateTime.fromJSDate(deadline.at, { zone: 'UTC' });
  const dueDay = DateTime.fromObject({ year: due.year, month: due.month, day: due.day }, { zone });
  return Math.round(dueDay.diff(today, 'days').days);
}

export function urgencyOf(task: Pick<Task, 'state' | 'deadline'>, zone: string, now: Date): Urgency {
  if (task.state === 'done' || task.state === 'dismissed') return 'closed';
  if (!task.deadline) return 'none';
  const days =
    task.deadline.precision === 'day'
      ? calendarDaysUntil(task.deadline, zone, now)
      : (task.deadline.at.getTime() - now.getTime()) / DAY_MS;
  if (days < 0) return 'overdue';
  if (days <= 3) return 'critical';
  if (days <= 14) return 'soon';
  if (days <= 30) return 'upcoming';
  return 'later';
}

/** `Thu 22 Aug 2024` for a date, `Thu 22 Aug 2024, 09:30 CEST` for an instant, in the team's zone. */
export function formatWhen(fact: Pick<DatedFact, 'at' | 'precision'>, zone: string): string {
  if (fact.precision === 'day') return DateTime.fromJSDate(fact.at, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
  return formatInstant(fact.at, zone);
}

export function formatInstant(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}

export function formatWindow(window: { start: Date; end: Date }, zone: string): string {
  const start = DateTime.fromJSDate(window.start, { zone });
  const end = DateTime.fromJSDate(window.end, { zone });
  const endText = start.hasSame(end, 'day') ? end.toFormat('HH:mm ZZZZ') : end.toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
  return `${start.toFormat('ccc d LLL yyyy, HH:mm')} – ${endText}`;
}

/** `in 12 days`, `tomorrow`, `in 5 hours`, `3 days overdue`. */
export function countdown(deadline: DatedFact, zone: string, now: Date): string {
  if (deadline.precision === 'day') {
    const days = calendarDaysUntil(deadline, zone, now);
    if (days === 0) return 'today';
    if (days === 1) return 'tomorrow';
    if (days === -1) return '1 day overdue';
    return days > 0 ? `in ${days} days` : `${-days} days overdue`;
  }
  const ms = deadline.at.getTime() - now.getTime();
  const span = humanSpan(Math.abs(ms));
  return ms >= 0 ? `in ${span}` : `${span} overdue`;
}

/** The largest unit that reads well: days from 48 h, hours from 2 h, else minutes. */
export function humanSpan(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes >= 48 * 60) return plural(Math.floor(minutes / (24 * 60)), 'day');
  if (minutes >= 120) return plural(Math.floor(minutes / 60), 'hour');
  return plural(minutes, 'minute');
}

export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A chosen duration in its own unit: `1 hour`, `4 hours`, `3 days`, `1 week`. */
export function durationLabel(minutes: number): string {
  if (minutes % (7 * 24 * 60) === 0) return plural(minutes / (7 * 24 * 60), 'week');
  if (minutes % (24 * 60) === 0) return plural(minutes / (24 * 60), 'day');
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}
