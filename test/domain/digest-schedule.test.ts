import { describe, expect, it } from 'vitest';
import { DEFAULT_DIGEST, digestScheduleOf, isoWeekOf, latestDigestAt, nextDigestAt } from '../../src/domain/digest-schedule.ts';

const MONDAY_9 = { weekday: 1, time: '09:00' };

describe('latestDigestAt: the weekly instant in the team zone', () => {
  it.each([
    ['Berlin, a Wednesday in winter time', 'Europe/Berlin', MONDAY_9, '2025-03-26T12:00:00Z', '2025-03-24T08:00:00Z'],
    ['Berlin, 1 ms before the first Monday of summer time', 'Europe/Berlin', MONDAY_9, '2025-03-31T06:59:59.999Z', '2025-03-24T08:00:00Z'],
    ['Berlin, the first Monday of summer time at 09:00 CEST', 'Europe/Berlin', MONDAY_9, '2025-03-31T07:00:00Z', '2025-03-31T07:00:00Z'],
    ['Berlin, the first Monday of winter time before 09:00 CET', 'Europe/Berlin', MONDAY_9, '2025-10-27T07:30:00Z', '2025-10-20T07:00:00Z'],
    ['Berlin, the first Monday of winter time at 09:00 CET', 'Europe/Berlin', MONDAY_9, '2025-10-27T08:00:00Z', '2025-10-27T08:00:00Z'],
    ['New York, Friday 16:00 after the spring change, 1 min early', 'America/New_York', { weekday: 5, time: '16:00' }, '2025-03-14T19:59:00Z', '2025-03-07T21:00:00Z'],
    ['New York, Friday 16:00 after the spring change', 'America/New_York', { weekday: 5, time: '16:00' }, '2025-03-14T20:00:00Z', '2025-03-14T20:00:00Z'],
    ['Berlin, 02:30 on the night it is skipped: 03:30 CEST', 'Europe/Berlin', { weekday: 7, time: '02:30' }, '2025-03-30T12:00:00Z', '2025-03-30T01:30:00Z'],
    ['Berlin, 02:30 on the night it happens twice: the first', 'Europe/Berlin', { weekday: 7, time: '02:30' }, '2025-10-26T00:45:00Z', '2025-10-26T00:30:00Z'],
    ['Kolkata, half-hour offset', 'Asia/Kolkata', MONDAY_9, '2025-01-06T03:30:00Z', '2025-01-06T03:30:00Z'],
    ['Auckland, Monday morning is Sunday in UTC', 'Pacific/Auckland', { weekday: 1, time: '08:00' }, '2025-01-12T19:00:00Z', '2025-01-12T19:00:00Z'],
  ])('%s', (_case, zone, schedule, now, expected) => {
    expect(latestDigestAt(schedule, zone, new Date(now)).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('nextDigestAt', () => {
  it('is a week of local days on, so 09:00 stays 09:00 across a DST change', () => {
    expect(nextDigestAt(MONDAY_9, 'Europe/Berlin', new Date('2025-03-26T12:00:00Z')).toISOString()).toBe('2025-03-31T07:00:00.000Z');
    expect(nextDigestAt(MONDAY_9, 'Europe/Berlin', new Date('2025-03-31T07:00:00Z')).toISOString()).toBe('2025-04-07T07:00:00.000Z');
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['the Monday that starts ISO week 1 of the next year', '2024-12-30T08:00:00Z', 'Europe/Berlin', '2025-W01'],
    ['a Monday morning in Auckland, still Sunday in UTC', '2025-01-12T19:00:00Z', 'Pacific/Auckland', '2025-W03'],
    ['the same instant in UTC', '2025-01-12T19:00:00Z', 'UTC', '2025-W02'],
  ])('%s', (_case, at, zone, week) => {
    expect(isoWeekOf(new Date(at), zone)).toBe(week);
  });
});

describe('digestScheduleOf', () => {
  it('is Monday 09:00 unless the team sets one, and none when the team turned it off', () => {
    expect(digestScheduleOf({})).toEqual(DEFAULT_DIGEST);
    expect(digestScheduleOf({ digest: { weekday: 5, time: '16:00' } })).toEqual({ weekday: 5, time: '16:00' });
    expect(digestScheduleOf({ digest: null })).toBeNull();
  });
});
