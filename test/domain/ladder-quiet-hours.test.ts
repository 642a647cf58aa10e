import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { isQuiet, nextOpening } from '../../src/domain/quiet-hours.ts';
import { fromWallTime, wallTime } from '../../src/domain/zone-time.ts';
import { planReminders } from '../../src/domain/ladder-plan.ts';
import type { Ladder } from '../../src/domain/policy.ts';
import { aBerlinTeam, aTask, aTeam, ctx } from '../builders/reminder-builders.ts';

const ms = (iso: string) => new Date(iso).getTime();
const iso = (t: number) => new Date(t).toISOString();
const DAY_MS = 86_400_000;

const berlin = aBerlinTeam();
const newYork = aTeam({ id: 'ny', timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5], quietHours: { start: '21:00', end: '07:00' } });
const lunch = aTeam({ id: 'lunch', timeZone: 'Asia/Tokyo', quietHours: { start: '12:00', end: '13:00' } });

describe('isQuiet', () => {
  it.each([
    { name: 'Berlin, Wednesday 07:59:59 local', team: berlin, at: '2024-03-13T06:59:59Z', quiet: true },
    { name: 'Berlin, Wednesday 08:00 local', team: berlin, at: '2024-03-13T07:00:00Z', quiet: false },
    { name: 'Berlin, Wednesday 19:59 local', team: berlin, at: '2024-03-13T18:59:00Z', quiet: false },
    { name: 'Berlin, Wednesday 20:00 local', team: berlin, at: '2024-03-13T19:00:00Z', quiet: true },
    { name: 'Berlin, Saturday noon', team: berlin, at: '2024-03-16T11:00:00Z', quiet: true },
    { name: 'Berlin, 08:00 local after the spring change', team: berlin, at: '2024-04-02T06:00:00Z', quiet: false },
    { name: 'Berlin, 07:30 local after the spring change', team: berlin, at: '2024-04-02T05:30:00Z', quiet: true },
    { name: 'Tokyo lunch, 12:30 local', team: lunch, at: '2024-03-13T03:30:00Z', quiet: true },
    { name: 'Tokyo lunch, 13:00 local', team: lunch, at: '2024-03-13T04:00:00Z', quiet: false },
    { name: 'no team', team: null, at: '2024-03-16T03:00:00Z', quiet: false },
  ])('$name → quiet: $quiet', ({ team, at, quiet }) => {
    expect(isQuiet(ms(at), team)).toBe(quiet);
  });
});

describe('nextOpening', () => {
  it.each([
    ['an open instant stays put', berlin, '2024-03-13T10:00:00Z', '2024-03-13T10:00:00Z'],
    ['a weekday night moves to 08:00 local next morning (CET)', berlin, '2024-03-13T22:00:00Z', '2024-03-14T07:00:00Z'],
    ['before midnight on Friday moves to Monday', berlin, '2024-03-15T21:00:00Z', '2024-03-18T07:00:00Z'],
    ['the weekend of the spring change moves to Monday 08:00 CEST', berlin, '2024-03-30T12:00:00Z', '2024-04-01T06:00:00Z'],
    ['New York, Friday night before the fall change, to Monday 07:00 EST', newYork, '2024-11-02T02:00:00Z', '2024-11-04T12:00:00Z'],
    ['New York, Friday night a week earlier, to Monday 07:00 EDT', newYork, '2024-10-26T02:00:00Z', '2024-10-28T11:00:00Z'],
    ['Tokyo lunch ends at 13:00', lunch, '2024-03-13T03:10:00Z', '2024-03-13T04:00:00Z'],
  ])('%s', (_name, team, at, expected) => {
    expect(iso(nextOpening(ms(at), team))).toBe(new Date(expected).toISOString());
  });

  it('resolves a morning that the spring change skips to the first real minute after it', () => {
    const team = aTeam({ timeZone: 'Europe/Berlin', quietHours: { start: '22:00', end: '02:30' } });
    // 01:00 CET on 31 March 2024; 02:30 does not exist that night, 03:30 CEST does.
    expect(iso(nextOpening(ms('2024-03-31T00:00:00Z'), team))).toBe('2024-03-31T01:30:00.000Z');
  });

  it('treats an empty list of working days as every day, so nothing is held back for good', () => {
    const team = aTeam({ workingDays: [], quietHours: { start: '22:00', end: '06:00' } });
    expect(iso(nextOpening(ms('2024-03-16T23:00:00Z'), team))).toBe('2024-03-17T06:00:00.000Z');
  });

  it('rejects quiet hours it cannot read, naming the team', () => {
    const team = aTeam({ id: 'typo', quietHours: { start: '8pm', end: '08:00' } });
    expect(() => nextOpening(0, team)).toThrow('team typo: quiet hours must be HH:MM, got "8pm"');
  });
});

describe('wall time, as luxon reads it', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati'];
  // Every quarter hour of the days around the 2024 DST changes, gaps and repeated hours included.
  const days = ['2024-03-10', '2024-03-31', '2024-04-07', '2024-10-06', '2024-10-27', '2024-11-03'];

  it.each(zones)('%s: wall time → instant matches DateTime.fromObject', (zone) => {
    for (const date of days) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const wall = { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 };
        const expected = DateTime.fromObject(wall, { zone }).toMillis();
        const actual = fromWallTime(year, month, day, minutes, zone);
        if (actual === expected) continue;
        // A wall time that happens twice: luxon picks by today's offset, ours is always the first.
        const reading = DateTime.fromMillis(actual, { zone });
        expect({ ...wall, earlier: actual < expected }, `${date} ${minutes} min`).toEqual({
          year: reading.year, month: reading.month, day: reading.day, hour: reading.hour, minute: reading.minute, earlier: true,
        });
      }
    }
  });

  it.each(zones)('%s: instant → wall time matches DateTime.fromMillis', (zone) => {
    for (const date of days) {
      for (let t = ms(`${date}T00:00:00Z`) - DAY_MS; t < ms(`${date}T00:00:00Z`) + DAY_MS; t += 7 * 60_000) {
        const local = DateTime.fromMillis(t, { zone });
        const expected = { year: local.year, month: local.month, day: local.day, weekday: local.weekday, minutes: local.hour * 60 + local.minute };
        expect(wallTime(t, zone)).toEqual(expected);
      }
    }
  });
});

describe('quiet hours in the plan', () => {
  it('keeps the same local morning across the Berlin spring change: 07:00Z before, 06:00Z after', () => {
    const task = aTask({ deadline: { at: new Date('2024-04-05T00:00:00Z'), role: 'deadline', precision: 'day', text: '' } });
    const context = ctx({ team: berlin, recorded: new Set(['d-60', 'd-30', 'd-14']) });
    expect(planReminders(task, new Date('2024-03-28T12:00:00Z'), context).nextDueAt?.toISOString()).toBe('2024-03-29T07:00:00.000Z');
    const afterChange = ctx({ team: berlin, recorded: new Set(['d-60', 'd-30', 'd-14', 'd-7']) });
    expect(planReminders(task, new Date('2024-04-01T12:00:00Z'), afterChange).nextDueAt?.toISOString()).toBe('2024-04-02T06:00:00.000Z');
  });

  it('lets critical steps through quiet hours', () => {
    const task = aTask({ deadline: { at: new Date('2024-03-31T01:00:00Z'), role: 'deadline', precision: 'minute', text: '' } });
    const recorded = new Set(['d-60', 'd-30', 'd-14', 'd-7', 'd-3', 'd-2']);
    const plan = planReminders(task, new Date('2024-03-30T01:00:00Z'), ctx({ team: berlin, recorded }));
    expect(plan.send).toMatchObject({ stepId: 'd-1', critical: true, dueAt: new Date('2024-03-30T01:00:00Z') });
  });

  it('supersedes a step that quiet hours pushed behind a louder critical one', () => {
    // d-2 falls on Saturday and would wait for Monday; d-1 goes out on Sunday and takes its place.
    const task = aTask({ deadline: { at: new Date('2024-03-18T10:00:00Z'), role: 'deadline', precision: 'minute', text: '' } });
    const recorded = new Set(['d-60', 'd-30', 'd-14', 'd-7', 'd-3']);
    const sunday = planReminders(task, new Date('2024-03-17T10:00:00Z'), ctx({ team: berlin, recorded }));
    expect(sunday.send?.stepId).toBe('d-1');
    expect(sunday.skip.map((s) => s.stepId)).toEqual(['d-2']);
    expect(sunday.nextDueAt?.toISOString()).toBe('2024-03-18T10:00:00.000Z');
  });

  it('never moves a step past the deadline', () => {
    const ladder: Ladder = { id: 'one', description: '', steps: [{ id: 'eve', offsetMinutes: -14 * 60, loudness: 'channel', critical: false }], repeatOverdueMinutes: null };
    // Deadline Saturday 12:00 Berlin; the step falls on Friday 22:00, and Monday morning is too late.
    const task = aTask({ deadline: { at: new Date('2024-03-16T11:00:00Z'), role: 'deadline', precision: 'minute', text: '' } });
    const context = ctx({ ladder, team: berlin });
    expect(planReminders(task, new Date('2024-03-15T21:00:00Z'), context).nextDueAt?.toISOString()).toBe('2024-03-16T11:00:00.000Z');
    expect(planReminders(task, new Date('2024-03-16T11:00:00Z'), context).send?.stepId).toBe('eve');
  });

  it('lets the louder deadline step take a capped step’s place at the deadline', () => {
    const ladder: Ladder = {
      id: 'two',
      description: '',
      steps: [
        { id: 'eve', offsetMinutes: -14 * 60, loudness: 'channel', critical: false },
        { id: 'deadline', offsetMinutes: 0, loudness: 'here', critical: true },
      ],
      repeatOverdueMinutes: null,
    };
    const task = aTask({ deadline: { at: new Date('2024-03-16T11:00:00Z'), role: 'deadline', precision: 'minute', text: '' } });
    const plan = planReminders(task, new Date('2024-03-16T11:00:00Z'), ctx({ ladder, team: berlin }));
    expect(plan.send?.stepId).toBe('deadline');
    expect(plan.skip.map((s) => [s.stepId, s.dueAt.toISOString()])).toEqual([['eve', '2024-03-16T11:00:00.000Z']]);
    expect(plan.nextDueAt).toBeNull();
  });

  it('holds a step found due in quiet hours after an outage until the morning', () => {
    // d-7 was due Wednesday 08:00 local; the scheduler comes back on Wednesday at 23:00 local.
    const task = aTask({ deadline: { at: new Date('2024-03-20T07:00:00Z'), role: 'deadline', precision: 'minute', text: '' } });
    const context = ctx({ team: berlin, recorded: new Set(['d-60', 'd-30', 'd-14']) });
    expect(planReminders(task, new Date('2024-03-13T22:00:00Z'), context)).toMatchObject({ send: null, nextDueAt: new Date('2024-03-14T07:00:00Z') });
    expect(planReminders(task, new Date('2024-03-14T07:00:00Z'), context).send?.stepId).toBe('d-7');
  });
});
