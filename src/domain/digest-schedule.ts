// When a team's weekly digest is due: a weekday and a wall-clock time in the team's zone, so it
// stays at 09:00 local across daylight-saving changes rather than drifting by an hour in UTC.
import { DateTime } from 'luxon';
import type { DigestSchedule, Team } from './policy.ts';
import { fromWallTime, wallTime } from './zone-time.ts';

export const DEFAULT_DIGEST: DigestSchedule = { weekday: 1, time: '09:00' };

/** The team's schedule; null when the team turned the digest off. */
export function digestScheduleOf(team: Pick<Team, 'digest'>): DigestSchedule | null {
  if (team.digest === null) return null;
  return team.digest ?? DEFAULT_DIGEST;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The instant of the digest on the local calendar day `daysFromToday` away from `now`'s local day. */
function onLocalDay(now: Date, zone: string, daysFromToday: number, minutes: number): Date {
  const today = wallTime(now.getTime(), zone);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + daysFromToday));
  return new Date(fromWallTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), minutes, zone));
}

/**
 * The latest scheduled digest instant at or before `now`. A time a DST change skips resolves to
 * the same wall time shifted by the gap (02:30 becomes 03:30), one that happens twice to its first
 * occurrence.
 */
export function latestDigestAt(schedule: DigestSchedule, zone: string, now: Date): Date {
  const today = wallTime(now.getTime(), zone);
  const back = (today.weekday - schedule.weekday + 7) % 7;
  const minutes = minutesOf(schedule.time);
  const candidate = onLocalDay(now, zone, -back, minutes);
  return candidate.getTime() <= now.getTime() ? candidate : onLocalDay(now, zone, -back - 7, minutes);
}

/** The next scheduled digest instant strictly after `now`. */
export function nextDigestAt(schedule: DigestSchedule, zone: string, now: Date): Date {
  // A week on in local days, not 7 × 24 h: the week may hold a DST change.
  return onLocalDay(latestDigestAt(schedule, zone, now), zone, 7, minutesOf(schedule.time));
}

/** ISO week of an instant on the team's calendar: `2025-W03`. */
export function isoWeekOf(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("kkkk-'W'WW");
}
