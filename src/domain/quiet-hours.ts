import type { Team } from './policy.ts';
import { fromWallTime, isValidZone, wallTime } from './zone-time.ts';

/** The part of a team that decides when it may be disturbed. */
export type WorkingTime = Pick<Team, 'id' | 'timeZone' | 'workingDays' | 'quietHours'>;

const DAY_MS = 86_400_000;

/** [start, end) in epoch ms: a stretch of local working time, outside quiet hours. */
type Interval = readonly [number, number];

interface Compiled {
  zone: string;
  days: ReadonlySet<number>;
  /** Minutes after local midnight; equal start and end mean no quiet hours. */
  quiet: { start: number; end: number } | null;
  alwaysOpen: boolean;
  /** UTC day number → open intervals touching it. Zone arithmetic is the costly part; a day is done once. */
  byUtcDay: Map<number, Interval[]>;
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
  if (!isValidZone(team.timeZone)) throw new Error(`team ${team.id}: unknown time zone "${team.timeZone}"`);
  // No working days configured means every day is one: an empty list must not silence a team for good.
  const days = new Set(team.workingDays.length > 0 ? team.workingDays : [1, 2, 3, 4, 5, 6, 7]);
  const start = team.quietHours ? minutesOf(team.quietHours.start, team) : 0;
  const end = team.quietHours ? minutesOf(team.quietHours.end, team) : 0;
  const quiet = start === end ? null : { start, end };
  const result = { zone: team.timeZone, days, quiet, alwaysOpen: quiet === null && days.size === 7, byUtcDay: new Map() };
  compiled.set(team, result);
  return result;
}

/**
 * Open time on one local date, as instants. Local times that a DST change skips resolve forward, so
 * an opening never lands in a gap.
 */
function openOn(date: { year: number; month: number; day: number }, c: Compiled): Interval[] {
  const { year, month, day } = date;
  const at = (minutes: number) => fromWallTime(year, month, day, minutes, c.zone);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  if (!c.days.has(weekday)) return [];
  const midnight = at(0);
  const nextMidnight = at(24 * 60);
  if (!c.quiet) return [[midnight, nextMidnight]];
  const { start, end } = c.quiet;
  if (start > end) return [[at(end), at(start)]];
  return [[midnight, at(start)], [at(end), nextMidnight]];
}

function openIntervals(utcDay: number, c: Compiled): Interval[] {
  const cached = c.byUtcDay.get(utcDay);
  if (cached) return cached;
  const from = utcDay * DAY_MS;
  // The local dates the UTC day overlaps: the one at its first millisecond through the one at its last.
  const first = wallTime(from, c.zone);
  const last = wallTime(from + DAY_MS - 1, c.zone);
  const dates: { year: number; month: number; day: number }[] = [];
  const lastDay = Date.UTC(last.year, last.month - 1, last.day);
  // Two dates usually; three when the day in between is a 23-hour spring-forward day.
  for (let d = Date.UTC(first.year, first.month - 1, first.day); d <= lastDay; d += DAY_MS) {
    const date = new Date(d);
    dates.push({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
  const intervals = dates.flatMap((d) => openOn(d, c)).filter(([s, e]) => s < e && e > from && s < from + DAY_MS);
  if (c.byUtcDay.size > 4096) c.byUtcDay.clear();
  c.byUtcDay.set(utcDay, intervals);
  return intervals;
}

/** True when `at` falls on a non-working day or inside the team's quiet hours, read in its own zone. */
export function isQuiet(at: number, team: WorkingTime | null): boolean {
  if (!team) return false;
  const c = compile(team);
  if (c.alwaysOpen) return false;
  return !openIntervals(Math.floor(at / DAY_MS), c).some(([s, e]) => s <= at && at < e);
}

/**
 * The first instant at or after `at` when the team may be disturbed: `at` itself, or the next
 * working morning (the end of quiet hours, or midnight without them).
 */
export function nextOpening(at: number, team: WorkingTime | null): number {
  if (!team) return at;
  const c = compile(team);
  if (c.alwaysOpen) return at;
  const first = Math.floor(at / DAY_MS);
  for (let day = first; day <= first + 9; day++) {
    for (const [s, e] of openIntervals(day, c)) {
      if (e > at) return Math.max(s, at);
    }
  }
  return at;
}
