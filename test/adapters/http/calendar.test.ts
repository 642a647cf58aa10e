import type { Server } from 'node:http';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { calendarRoute, type CalendarDeps } from '../../../src/adapters/http/calendar.ts';
import { createHttpServer, listen } from '../../../src/adapters/http/server.ts';
import { silentLogger } from '../../../src/adapters/log.ts';
import { openMemoryStore } from '../../../src/adapters/store/memory.ts';
import type { Store } from '../../../src/app/ports.ts';
import type { Ladder, Team } from '../../../src/domain/policy.ts';
import { aDeadline, aNewTask } from '../../builders/index.ts';

const TOKEN = 'calendar-secret-3f9a';
const DAY = 1440;

const ladder: Ladder = {
  id: 'default',
  description: 'test ladder',
  steps: [
    { id: 'd-30', offsetMinutes: -30 * DAY, loudness: 'thread', critical: false },
    { id: 'd-7', offsetMinutes: -7 * DAY, loudness: 'channel', critical: false },
    { id: 'h-12', offsetMinutes: -12 * 60, loudness: 'here', critical: true },
    { id: 'deadline', offsetMinutes: 0, loudness: 'here', critical: true },
    { id: 'overdue', offsetMinutes: DAY, loudness: 'overdue', critical: true },
  ],
  repeatOverdueMinutes: null,
};

const team = (id: string): Team => ({
  id,
  channel: `#${id}`,
  members: [],
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  quietHours: null,
  escalation: { users: [], channel: null },
  roles: {},
});

function events(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('GET /calendar.ics over HTTP', () => {
  let store: Store;
  let server: Server;
  let base: string;

  async function start(overrides: Partial<CalendarDeps> = {}): Promise<void> {
    const deps: CalendarDeps = {
      token: TOKEN,
      tasks: store.tasks,
      ladders: { default: ladder },
      teams: { platform: team('platform'), data: team('data') },
      clock: new ManualClock('2024-06-01T10:00:00Z'),
      log: silentLogger,
      ...overrides,
    };
    server = createHttpServer([calendarRoute(deps)], silentLogger);
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  }

  beforeEach(() => {
    store = openMemoryStore();
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('is not there when CALENDAR_TOKEN is unset', async () => {
    await start({ token: undefined });
    expect((await fetch(`${base}/calendar.ics?token=${TOKEN}`)).status).toBe(404);
  });

  it.each([
    ['no token', ''],
    ['a wrong token', '?token=calendar-secret-3f9b'],
    ['a prefix of the token', '?token=calendar-secret'],
  ])('refuses %s with 401', async (_case, query) => {
    await start();
    const res = await fetch(`${base}/calendar.ics${query}`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('BEGIN:VCALENDAR');
  });

  it('lists each open task deadline and planned window, alarmed at the ladder steps before the deadline', async () => {
    const due = await store.tasks.insert(aNewTask({ title: 'Rotate RDS CA', ladder: 'default', deadline: aDeadline('2024-08-22T17:00:00Z') }));
    const window = { start: new Date('2024-08-01T22:00:00Z'), end: new Date('2024-08-01T23:00:00Z') };
    const planned = await store.tasks.insert(aNewTask({ title: 'Upgrade Redis', ladder: 'default', state: 'scheduled', window }));
    await store.tasks.insert(aNewTask({ title: 'Finished already', state: 'done' }));
    await start();

    const res = await fetch(`${base}/calendar.ics?token=${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const all = events(await res.text());

    expect(all.map((e) => e.uid).sort()).toEqual(
      [`task-${due.id}-deadline@noticeboard`, `task-${planned.id}-deadline@noticeboard`, `task-${planned.id}-window@noticeboard`].sort(),
    );
    const rds = all.find((e) => e.uid === `task-${due.id}-deadline@noticeboard`);
    expect(rds?.summary).toBe('Deadline: Rotate RDS CA');
    expect(rds?.startDate.toJSDate().toISOString()).toBe('2024-08-22T17:00:00.000Z');
    expect(rds?.sequence).toBe(1);
    const triggers = rds?.component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')?.toString());
    expect(triggers).toEqual(['-P30D', '-P7D', '-PT12H', 'PT0S']);
    const win = all.find((e) => e.uid === `task-${planned.id}-window@noticeboard`);
    expect(win?.startDate.toJSDate()).toEqual(window.start);
    expect(win?.endDate.toJSDate()).toEqual(window.end);
  });

  it('keeps the UID and raises SEQUENCE when the deadline moves', async () => {
    const task = await store.tasks.insert(aNewTask({ ladder: 'default', deadline: aDeadline('2024-08-22') }));
    await start();
    const before = events(await (await fetch(`${base}/calendar.ics?token=${TOKEN}`)).text())[0];

    const stored = await store.tasks.get(task.id);
    if (!stored) throw new Error('task not stored');
    await store.tasks.update({ ...stored, deadline: aDeadline('2024-09-30'), deadlineVersion: 2 }, ['deadline', 'deadlineVersion']);
    const after = events(await (await fetch(`${base}/calendar.ics?token=${TOKEN}`)).text())[0];

    expect(after?.uid).toBe(before?.uid);
    expect([before?.sequence, after?.sequence]).toEqual([1, 2]);
    expect([before?.startDate.toString(), after?.startDate.toString()]).toEqual(['2024-08-22', '2024-09-30']);
  });

  it('shows only the teams asked for, and refuses a team it does not know', async () => {
    const platform = await store.tasks.insert(aNewTask({ team: 'platform', ladder: 'default' }));
    const data = await store.tasks.insert(aNewTask({ team: 'data', ladder: 'default' }));
    await start();

    const only = events(await (await fetch(`${base}/calendar.ics?token=${TOKEN}&team=data`)).text());
    expect(only.map((e) => e.uid)).toEqual([`task-${data.id}-deadline@noticeboard`]);
    const both = events(await (await fetch(`${base}/calendar.ics?token=${TOKEN}&team=data,platform`)).text());
    expect(both.map((e) => e.uid).sort()).toEqual([`task-${platform.id}-deadline@noticeboard`, `task-${data.id}-deadline@noticeboard`].sort());
    expect((await fetch(`${base}/calendar.ics?token=${TOKEN}&team=finance`)).status).toBe(404);
  });
});
