import { DateTime } from 'luxon';
import type { Team } from './policy.ts';

/** The part of a team that decides when it may be disturbed. */
export type WorkingTime = Pick<Team, 'id' | 'timeZone' | 'workingDays' | 'quietHours'>;

interface Compiled {
  zone: string;
  days: ReadonlySet<number>;
  /** Minutes after local midnight; equal start and end mean no quiet hours. */
  quiet: { start: number; end: number } | null;
  alwaysOpen: boolean;
}

const compiled = new WeakMap<WorkingTime, Compiled>();

function minutesOf(hhmm: string, team: WorkingTime): number {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`team ${team.id}: quiet hours must be HH:MM, got "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function compile(team: WorkingTime): Compiled {
  const cached = compiled.get(team);
  if (cached) return cached;
  if (!DateTime.local().setZone(team.timeZone).isValid) throw new Error(`team ${team.id}: unknown time zone "${team.timeZone}"`);
  // No working days configured means every day is one: an empty list must not silence a team for good.
  const days = new Set(team.workingDays.length > 0 ? team.workingDays : [1, 2, 3, 4, 5, 6, 7]);
  const start = team.quietHours ? minutesOf(team.quietHours.start, team) : 0;
  const end = team.quietHours ? minutesOf(team.quietHours.end, team) : 0;
  const quiet = start === end ? null : { start, end };
  const result = { zone: team.timeZone, days, quiet, alwaysOpen: quiet === null && days.size === 7 };
  compiled.set(team, result);
  return result;
}

function quietAt(local: DateTime, c: Compiled): boolean {
  if (!c.days.has(local.weekday)) return true;
  if (!c.quiet) return false;
  const m = local.hour * 60 + local.minute;
  const { start, end } = c.quiet;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** True when `at` falls on a non-working day or inside the team's quiet hours, read in its own zone. */
export function isQuiet(at: number, team: WorkingTime | null): boolean {
  if (!team) return false;
  const c = compile(team);
  if (c.alwaysOpen) return false;
  return quietAt(DateTime.fromMillis(at, { zone: c.zone }), c);
}

/**
 * The first instant at or after `at` when the team may be disturbed: `at` itself, or the next
 * working morning (the end of quiet hours, or midnight without them). Local times that a DST change
 * skips resolve forward, as luxon does, so a morning never lands in a gap.
 */
export function nextOpening(at: number, team: WorkingTime | null): number {
  if (!team) return at;
  const c = compile(team);
  if (c.alwaysOpen) return at;
  const local = DateTime.fromMillis(at, { zone: c.zone });
  if (!quietAt(local, c)) return at;
  const day = local.startOf('day');
  const openings = c.quiet ? [0, c.quiet.end] : [0];
  for (let k = 0; k <= 8; k++) {
    const { year, month, day: d } = day.plus({ days: k });
    for (const minutes of openings) {
      const candidate = DateTime.fromObject(
        { year, month, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 },
        { zone: c.zone },
      );
      if (candidate.toMillis() >= at && !quietAt(candidate, c)) return candidate.toMillis();
    }
  }
  return at;
}
