import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { renderCalendar, type CalendarTask } from '../../src/domain/calendar.ts';

const now = new Date('2026-03-01T09:00:00Z');

function task(overrides: Partial<CalendarTask> = {}): CalendarTask {
  return {
    id: 7,
    title: 'Amazon RDS certificate rotation',
    team: 'platform',
    state: 'open',
    deadline: { at: new Date('2026-04-01T17:00:00Z'), role: 'deadline', precision: 'minute', text: 'April 1, 2026 17:00 UTC' },
    window: null,
    deadlineVersion: 0,
    updatedAt: new Date('2026-02-20T10:00:00Z'),
    alarmsMinutesBefore: [30 * 1440, 7 * 1440, 0],
    ...overrides,
  };
}

function events(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('renderCalendar', () => {
  it('gives each deadline a stable UID, its instant and one alarm per ladder step', () => {
    const [event, ...rest] = events(renderCalendar([task()], { now }));
    expect(rest).toHaveLength(0);
    expect(event?.uid).toBe('task-7-deadline@noticeboard');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2026-04-01T17:00:00.000Z');
    expect(event?.summary).toBe('Deadline: Amazon RDS certificate rotation');
    const triggers = event?.component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')?.toString());
    expect(triggers).toEqual(['-P30D', '-P7D', 'PT0S']);
  });

  it('writes a date-only deadline as an all-day event', () => {
    const ics = renderCalendar([task({ deadline: { at: new Date('2026-04-01T00:00:00Z'), role: 'deadline', precision: 'day', text: 'April 1, 2026' } })], { now });
    const [event] = events(ics);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2026-04-01');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260401');
  });

  it('raises SEQUENCE when the deadline moves, keeping the UID', () => {
    const before = events(renderCalendar([task()], { now }))[0];
    const after = events(renderCalendar([task({ deadlineVersion: 2, deadline: { at: new Date('2026-05-01T00:00:00Z'), role: 'deadline', precision: 'day', text: 'May 1' } })], { now }))[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe(2);
    expect(before?.sequence).toBe(0);
  });

  it('adds the scheduled window as its own event', () => {
    const window = { start: new Date('2026-03-20T22:00:00Z'), end: new Date('2026-03-21T01:00:00Z') };
    const all = events(renderCalendar([task({ window })], { now }));
    const win = all.find((e) => e.uid === 'task-7-window@noticeboard');
    expect(win?.startDate.toJSDate().toISOString()).toBe('2026-03-20T22:00:00.000Z');
    expect(win?.endDate.toJSDate().toISOString()).toBe('2026-03-21T01:00:00.000Z');
  });

  it('escapes text and folds long lines so a parser reads them back intact', () => {
    const title = `Rotate, now; back\\slash ${'é'.repeat(60)}\nsecond line`;
    const ics = renderCalendar([task({ title })], { now });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(events(ics)[0]?.summary).toBe(`Deadline: ${title}`);
  });
});
