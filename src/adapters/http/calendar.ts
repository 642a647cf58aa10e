// GET /calendar.ics?token=…[&team=…]: every open task's deadline and planned window, for calendar
// apps to subscribe to. Calendar apps cannot send headers, so the token travels in the query.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Clock, Logger, TaskRepository } from '../../app/ports.ts';
import { calendarTask, renderCalendar } from '../../domain/calendar.ts';
import type { Ladder, Team } from '../../domain/policy.ts';
import type { TaskState } from '../../domain/task.ts';
import { send, type Handler, type Route } from './server.ts';

export const CALENDAR_PATH = '/calendar.ics';
const OPEN_STATES: readonly TaskState[] = ['open', 'acknowledged', 'scheduled', 'approved'];

export interface CalendarDeps {
  /** CALENDAR_TOKEN; unset means there is no calendar (404, as for any unknown path). */
  token: string | undefined;
  tasks: Pick<TaskRepository, 'list'>;
  ladders: Readonly<Record<string, Ladder>>;
  teams: Readonly<Record<string, Team>>;
  clock: Clock;
  log: Logger;
  /** The UID domain: `task-7-deadline@<domain>`. */
  domain?: string;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Compared in constant time; the digests make the lengths equal. */
export function tokenMatches(given: string | null, token: string): boolean {
  return given !== null && timingSafeEqual(digest(given), digest(token));
}

/** `team=a&team=b` or `team=a,b`; empty means every team. */
function teamsAsked(url: URL): string[] {
  return url.searchParams.getAll('team').flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
}

export function calendarHandler(deps: CalendarDeps): Handler {
  return async (_req, res, url) => {
    const token = deps.token;
    if (!token) return send(res, 404, 'not found\n');
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      deps.log.warn({ path: CALENDAR_PATH }, 'calendar request refused');
      return send(res, 401, 'unauthorized\n');
    }
    const teams = teamsAsked(url);
    const unknown = teams.filter((t) => !deps.teams[t]);
    if (unknown.length > 0) return send(res, 404, `no such team: ${unknown.join(', ')}\n`);

    const open = await deps.tasks.list({ states: OPEN_STATES });
    const shown = teams.length === 0 ? open : open.filter((t) => teams.includes(t.team));
    const name = teams.length === 0 ? 'noticeboard deadlines' : `noticeboard deadlines: ${teams.join(', ')}`;
    const body = renderCalendar(
      shown.map((t) => calendarTask(t, deps.ladders[t.ladder])),
      { now: deps.clock.now(), name, ...(deps.domain ? { domain: deps.domain } : {}) },
    );
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      // The URL carries the token: no shared cache may keep the answer.
      'cache-control': 'private, max-age=300',
      'content-disposition': 'inline; filename="noticeboard.ics"',
    });
    res.end(body);
  };
}

export function calendarRoute(deps: CalendarDeps): Route {
  return { method: 'GET', path: CALENDAR_PATH, handler: calendarHandler(deps) };
}
