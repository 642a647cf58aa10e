import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { extract } from '../../src/extraction/index.ts';
import { dayOrderOf, monthFirst } from '../../src/extraction/numeric-dates.ts';
import { aNotice, iso } from './notice-builder.ts';

const RECEIVED = new Date('2025-06-02T07:00:00Z');

describe('numeric dates', () => {
  it.each([
    ['Start: 23/10/2024 at 09:00', '', 'day-first'],
    ['Impact start time: 3/12/2025 10:00:00 PM UTC, end 3/13/2025', '', 'month-first'],
    ['Migration period: 03.06.2025 - 05.06.2025', '', 'day-first'],
    ['Date: 12/06/2025, from 09:00 to 10:00 (Paris time)', '', 'day-first'],
    ['On 12/06/2025 between 22:00 and 23:00 CEST', '', 'day-first'],
    ['On 12/06/2025 the API changes.', 'noreply@example.de', 'day-first'],
    ['On 12/06/2025 the API changes.', 'noreply@example.com', 'month-first'],
    ['On 12/06/2025 the API changes.', 'noreply@example.io', 'month-first'],
    ['Runs 1.30.6 and 10.2.1 on 12/06/2025.', '', 'month-first'],
    ['Upgraded to version 10.1.2507 on 12/06/2025.', '', 'month-first'],
    ['Build 9.4.2411 ships on 12/06/2025.', '', 'month-first'],
  ])('%s (from %s) is %s', (text, from, order) => {
    expect(dayOrderOf(text, from)).toBe(order);
  });

  it.each(['version 10.1.2507', 'build 4.2.2999', 'release 3.1.2210'])('reads no day in a build number, %s', (version) => {
    expect(findDates(`The stack is upgraded to ${version} this weekend.`, RECEIVED)).toEqual([]);
  });

  it('rewrites day-first dates month first at the same length, leaving other numbers alone', () => {
    const text = 'On 12/06/2025, 1/6/25 and 03.06.2025; version 1.30.6; 31/13/2025 is no date.';
    const out = monthFirst(text, 'day-first');
    expect(out).toBe('On 06/12/2025, 6/1/25 and 06/03/2025; version 1.30.6; 31/13/2025 is no date.');
    expect(out).toHaveLength(text.length);
  });

  it.each([
    ['Date: 12/06/2025, from 09:00 to 10:00 (Paris time)', 'noreply@example.com', ['2025-06-12T07:00:00Z', '2025-06-12T08:00:00Z']],
    ['Please transfer the amount by 21.05.2025 at the latest.', 'accounting@example.com', ['2025-05-21T00:00:00Z']],
    ['Impact start time: 3/12/2025 10:00:00 PM UTC', 'azure-noreply@microsoft.com', ['2025-03-12T22:00:00Z']],
  ])('reads %s as the sender meant it', (text, from, expected) => {
    const x = extract(aNotice({ text, from, receivedAt: new Date('2025-02-01T00:00:00Z') }));
    expect(x.dates.map((d) => iso(d.at))).toEqual(expected);
  });

  it('shows the date as written, not as rewritten for the grammar', () => {
    const x = extract(aNotice({ text: 'Your domain expires on 15/09/2025. Renew it.', receivedAt: RECEIVED }));
    expect(x.deadline?.text).toBe('15/09/2025');
  });
});

describe('months, quarters and weekdays', () => {
  it.each([
    ['by the end of Q3 2025', '2025-09-30T00:00:00Z'],
    ['before the third quarter of 2025', '2025-07-01T00:00:00Z'],
    ['in Q1 2026', '2026-01-01T00:00:00Z'],
    ['by March 2026', '2026-03-31T00:00:00Z'],
    ['no later than the end of November 2025', '2025-11-30T00:00:00Z'],
    ['before November 2025', '2025-11-01T00:00:00Z'],
    ['Beginning in November 2025,', '2025-11-01T00:00:00Z'],
  ])('a span, %s, stands for %s', (text, at) => {
    const x = extract(aNotice({ text: `You must rotate the keys ${text} or sign-ins will be blocked.`, receivedAt: RECEIVED }));
    expect(iso(x.deadline?.at)).toBe(at);
    expect(x.deadline?.precision).toBe('day');
  });

  it('counts the end of the month from the message date', () => {
    const x = extract(aNotice({ text: 'Please upgrade acme-pg by the end of the month.', receivedAt: new Date('2025-06-09T10:00:00Z') }));
    expect(iso(x.deadline?.at)).toBe('2025-06-30T00:00:00Z');
  });

  it('reads `Valid until:` as the expiry, not the end of a window', () => {
    const x = extract(aNotice({ text: 'Your certificate will expire. Renew it now.\nValid until: 15/09/2025 23:59:59 GMT', receivedAt: new Date('2025-07-17T09:00:00Z') }));
    expect(iso(x.deadline?.at)).toBe('2025-09-15T23:59:59Z');
  });

  it('prefers a written day to a month for the deadline', () => {
    const text = 'You must upgrade by July 2026. Functions will stop working after June 30, 2026.';
    expect(iso(extract(aNotice({ text, receivedAt: RECEIVED })).deadline?.at)).toBe('2026-06-30T00:00:00Z');
  });

  it.each([
    ['Next Tuesday, between 14:00 and 15:00 UTC, we move the zone.', ['2025-06-10T14:00:00Z', '2025-06-10T15:00:00Z']],
    ['This Friday at 10:00 UTC the console restarts.', ['2025-06-06T10:00:00Z']],
  ])('reads a weekday the text pins to a week: %s', (text, expected) => {
    const received = new Date('2025-06-05T15:00:00Z');
    expect(findDates(text, received).map((f) => iso(f.at))).toEqual(expected);
  });

  it('does not read a bare weekday as a day', () => {
    expect(findDates('Backups run every Tuesday.', RECEIVED)).toEqual([]);
  });
});
