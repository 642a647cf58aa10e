import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { cueDates } from '../../src/extraction/roles.ts';
import { iso } from './notice-builder.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const instants = (text: string, receivedAt = RECEIVED) => findDates(text, receivedAt).map((f) => iso(f.at));

describe('date grammar', () => {
  it.each([
    ['August 22, 2024', '2024-08-22T00:00:00Z', 'day'],
    ['2024-08-22', '2024-08-22T00:00:00Z', 'day'],
    ['31 August 2024', '2024-08-31T00:00:00Z', 'day'],
    ['29 February, 2024', '2024-02-29T00:00:00Z', 'day'],
    ['22 Aug 2024 00:00 UTC', '2024-08-22T00:00:00Z', 'minute'],
    ['Mon, 18 May 2026 00:00:00 GMT', '2026-05-18T00:00:00Z', 'minute'],
    ['17:00 UTC Feb 6, 2024', '2024-02-06T17:00:00Z', 'minute'],
    ['February 16, 2021 00:00:01 AM UTC', '2021-02-16T00:00:01Z', 'second'],
    ['Nov 14, 2024 at 23:59:59 UTC', '2024-11-14T23:59:59Z', 'second'],
    ['2016-11-01 19:00:00 +0000', '2016-11-01T19:00:00Z', 'minute'],
    ['2024-03-03T10:00:00Z', '2024-03-03T10:00:00Z', 'minute'],
    ['December 9, 2024 at 12:00 AM UTC', '2024-12-09T00:00:00Z', 'minute'],
  ])('%s → %s (%s)', (text, at, precision) => {
    const [found] = findDates(text, RECEIVED);
    expect(iso(found?.at)).toBe(at);
    expect(found?.precision).toBe(precision);
  });

  it.each([
    ['Our support team is available 24/7 via live chat.', []],
    ['Monitoring runs 24/7, and 24/365 for enterprise plans.', []],
    ['We watch the queues 24/7 until the incident on March 4, 2024 is closed.', ['2024-03-04T00:00:00Z']],
  ])('around the clock is no day: %s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });

  it.each([
    ['02 May 17 18:58 +0000', '2017-05-02T18:58:00Z'],
    ['14 Aug 20 09:13 +0000', '2020-08-14T09:13:00Z'],
  ])('reads a two-digit year: %s', (text, at) => {
    expect(instants(text)).toEqual([at]);
  });

  it.each([
    ['January 9th', '2024-12-11T12:00:00Z', '2025-01-09T00:00:00Z'],
    ['on February 13th', '2019-01-29T12:00:00Z', '2019-02-13T00:00:00Z'],
    ['April 1st', '2024-03-01T12:00:00Z', '2024-04-01T00:00:00Z'],
    ['Jul 23, 13:20 UTC', '2024-07-23T14:52:00Z', '2024-07-23T13:20:00Z'],
    ['Jul 22, 09:00 UTC', '2024-07-23T14:52:00Z', '2024-07-22T09:00:00Z'],
  ])('puts a day without a year forward from the message date, recent days excepted: %s (sent %s)', (text, sent, at) => {
    expect(instants(text, new Date(sent))).toEqual([at]);
  });

  it.each([
    ['will expire in 6 days.', '2023-03-23T12:00:00Z', '2023-03-29T00:00:00Z'],
    ['must be done within 7 days.', '2024-12-02T10:00:00Z', '2024-12-09T00:00:00Z'],
    ['It happens next week.', '2024-09-12T23:15:00Z', '2024-09-19T00:00:00Z'],
    ['restore it within 30 days', '2024-11-14T12:30:00Z', '2024-12-14T00:00:00Z'],
    ['You have 30 days from the date of this email to verify.', '2024-11-14T12:30:00Z', '2024-12-14T00:00:00Z'],
    ['It is deleted 30 days from today.', '2024-11-14T12:30:00Z', '2024-12-14T00:00:00Z'],
    ['Respond 14 days after receipt of this notice.', '2024-11-14T12:30:00Z', '2024-11-28T00:00:00Z'],
    ['You have 7 days to pay the balance.', '2024-11-14T12:30:00Z', '2024-11-21T00:00:00Z'],
  ])('anchors a relative phrase on the message date: %s', (text, sent, at) => {
    const [found] = findDates(text, new Date(sent));
    expect(iso(found?.at)).toBe(at);
    expect(found?.precision).toBe('day');
  });

  it.each([
    ['We will try the card again over the next few days.', []],
    ['Expect the rollout to finish within a couple of weeks.', []],
    ['Please plan the move in the coming several months.', []],
    ['Some more weeks of testing remain.', []],
    ['The token expires in 3 days.', ['2024-03-04T00:00:00Z']],
    ['Retries stop in two weeks.', ['2024-03-15T00:00:00Z']],
    ['Next week the console moves.', ['2024-03-08T00:00:00Z']],
    ['The production group follows 24 hours later.', []],
    ['Your data is deleted 30 days later.', []],
    ['Deletion happens 30 days from now.', ['2024-03-31T00:00:00Z']],
  ])('a count nobody wrote, or one from another event, names no day: %s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });

  it.each([
    ['Between January 1 and October 31, 2026 you sent 4 million emails.', '2026-12-01T09:00:00Z', ['2026-01-01T00:00:00Z', '2026-10-31T00:00:00Z']],
    ['Usage between November 1 and February 28, 2026 is billed in March.', '2026-03-02T09:00:00Z', ['2025-11-01T00:00:00Z', '2026-02-28T00:00:00Z']],
    ['The freeze runs between June 3 and June 5, 2026.', '2025-11-20T09:00:00Z', ['2026-06-03T00:00:00Z', '2026-06-05T00:00:00Z']],
    ['Between March 3, 2025 and April 30, 2026 the old API stays up.', '2025-01-20T09:00:00Z', ['2025-03-03T00:00:00Z', '2026-04-30T00:00:00Z']],
  ])('a year written once, after the end of a range, is its start\'s too: %s', (text, sent, at) => {
    expect(instants(text, new Date(sent))).toEqual(at);
  });

  it.each([
    ['March 8, 2024 5:00 PM PST', '2024-03-09T01:00:00Z'],
    ['June 3, 2024 10:00 EDT', '2024-06-03T14:00:00Z'],
    ['January 15, 2024 09:00 EST', '2024-01-15T14:00:00Z'],
    ['January 15, 2024 09:00 CET', '2024-01-15T08:00:00Z'],
    ['July 1, 2024 09:00 CEST', '2024-07-01T07:00:00Z'],
    ['July 1, 2024 09:00 PDT', '2024-07-01T16:00:00Z'],
    ['March 3, 2025 at 10:00 UTC+1', '2025-03-03T09:00:00Z'],
    ['2024-03-03 10:00 (UTC+01:00)', '2024-03-03T09:00:00Z'],
    ['March 3, 2025 10:00 Pacific Time', '2025-03-03T18:00:00Z'],
    ['July 3, 2025 10:00 Pacific Time', '2025-07-03T17:00:00Z'],
    ['23/10/2024 at 09:00 (Paris time, UTC+2)', '2024-10-23T07:00:00Z'],
    ['March 3, 2025 10:00 Europe/Berlin', '2025-03-03T09:00:00Z'],
    ['on July 15 between 22:00 and 23:30 CET', '2024-07-15T20:00:00Z'],
    ['10:00 ET on July 15', '2024-07-15T14:00:00Z'],
    ['9:00 a.m. Eastern Time on March 3, 2025', '2025-03-03T14:00:00Z'],
    ['by 11:59 pm Pacific Time on July 3, 2025', '2025-07-04T06:59:00Z'],
    ['09:00 Central European Time on 3 March 2025', '2025-03-03T08:00:00Z'],
    ['at 9:00 Singapore time on March 3, 2025', '2025-03-03T01:00:00Z'],
    ['9:00 (UTC+05:30) on March 3, 2025', '2025-03-03T03:30:00Z'],
    ['18:00 Paris time, 3 March 2025', '2025-03-03T17:00:00Z'],
    ['noon Eastern on Friday, November 14, 2025', '2025-11-14T17:00:00Z'],
    ['at 9 am Pacific on July 15', '2024-07-15T16:00:00Z'],
    ['by 5:00 pm Central Time on January 10, 2025', '2025-01-10T23:00:00Z'],
    ['at 08:00 Mountain on March 20, 2025', '2025-03-20T14:00:00Z'],
    ['on March 2, 2026 at 5 p.m. Central', '2026-03-02T23:00:00Z'],
    ['on March 2, 2026 at 5 p.m. Central Time', '2026-03-02T23:00:00Z'],
    ['on March 2, 2026 at 17:00 Central European Time', '2026-03-02T16:00:00Z'],
  ])('applies the zone or offset written with the time: %s', (text, at) => {
    expect(instants(text)[0]).toBe(at);
  });

  it.each([
    ['by 17.30 CET on 3 March 2025', ['2025-03-03T16:30:00Z']],
    ['on 3 March 2025 at 09h00 UTC', ['2025-03-03T09:00:00Z']],
    ['3 March 2025 from 22h00 to 02h00 UTC', ['2025-03-03T22:00:00Z', '2025-03-04T02:00:00Z']],
    ['between 9.00 and 17.00 CET on 3 March 2025', ['2025-03-03T08:00:00Z', '2025-03-03T16:00:00Z']],
    ['on March 3, 2025 at 9.15 pm EST', ['2025-03-04T02:15:00Z']],
    ['by 23:59 hrs UTC on March 3, 2025', ['2025-03-03T23:59:00Z']],
    ['at 09:00Z on 2025-03-03', ['2025-03-03T09:00:00Z']],
    ['at 0930 GMT on 3 March 2025', ['2025-03-03T09:30:00Z']],
    ['at 14:30h on 3 March 2025', ['2025-03-03T14:30:00Z']],
  ])('reads times written with a dot, an h, hrs, Z or four digits: %s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });

  it.each([
    ['from 3 March 2025 22:00 to 4 March 2025 02:00 UTC'],
    ['3 March 2025 22:00 - 4 March 2025 02:00 UTC'],
    ['from 2025-03-03 22:00 to 2025-03-04 02:00 UTC'],
    ['2025-03-03 22:00 UTC – 2025-03-04 02:00 UTC'],
    ['from March 3, 2025 22:00 to March 4, 2025 02:00 UTC'],
  ])('reads two days with their times as one window: %s', (text) => {
    const found = findDates(text, RECEIVED);
    expect(found.map((f) => [iso(f.at), f.window])).toEqual([
      ['2025-03-03T22:00:00Z', 'start'],
      ['2025-03-04T02:00:00Z', 'end'],
    ]);
  });

  it('keeps two days joined by `and` apart', () => {
    expect(findDates('on 3 March 2025 22:00 and 4 March 2025 02:00 UTC', RECEIVED).map((f) => f.window)).toEqual([undefined, undefined]);
  });

  it.each([
    ['Upgrade from Ubuntu 22.04 LTS by March 3, 2025.', '2025-03-03T00:00:00Z'],
    ['Python 3.10 reaches end of life on March 3, 2025.', '2025-03-03T00:00:00Z'],
    ['Version 12.30 is retired on March 3, 2025.', '2025-03-03T00:00:00Z'],
  ])('keeps a version number with a dot a version: %s', (text, at) => {
    const [found] = findDates(text, RECEIVED);
    expect(iso(found?.at)).toBe(at);
    expect(found?.precision).toBe('day');
  });

  it.each([
    ['12:00 p.m. Central Time on Friday, February 6, 2026', '2026-02-06T18:00:00Z'],
    ['noon Central Time (CST) on February 24, 2026', '2026-02-24T18:00:00Z'],
    ['23:59 UK time on 31 March 2026', '2026-03-31T22:59:00Z'],
    ['9 am Eastern Time on July 1, 2025', '2025-07-01T13:00:00Z'],
    ['17:00 Central European Time on 15 January 2025', '2025-01-15T16:00:00Z'],
    ['10:00 (Berlin time) on 2 June 2025', '2025-06-02T08:00:00Z'],
  ])('applies a zone written between the time and its day: %s', (text, at) => {
    expect(instants(text, new Date('2024-12-01T00:00:00Z'))[0]).toBe(at);
  });

  it.each([
    ['Maintenance window: 14/05/2025 22:00 - 15/05/2025 02:00 CEST', ['2025-05-14T20:00:00Z', '2025-05-15T00:00:00Z']],
    ['Window: 2025-03-04 06:00 - 2025-03-04 07:30 PST', ['2025-03-04T14:00:00Z', '2025-03-04T15:30:00Z']],
    ['Work runs from 7 a.m. to 10 p.m. Central Time on Monday, March 9, 2026.', ['2026-03-09T12:00:00Z', '2026-03-10T03:00:00Z']],
    ['Expect slow queries between 08:00 and 11:30 Eastern Time on 12 January 2026.', ['2026-01-12T13:00:00Z', '2026-01-12T16:30:00Z']],
    ['Downtime: 1 pm - 4 pm Mountain Time on February 2, 2026', ['2026-02-02T20:00:00Z', '2026-02-02T23:00:00Z']],
  ])('applies a zone written once at the end of a range to both ends: %s', (text, expected) => {
    expect(instants(text, new Date('2025-03-01T00:00:00Z'))).toEqual(expected);
  });

  it.each([
    ['Instance | Maintenance time (UTC+08:00)\nins-4k2m9x7q | 2025-08-21 01:00:00 - 2025-08-21 05:00:00', ['2025-08-20T17:00:00Z', '2025-08-20T21:00:00Z']],
    ['Start time (GMT+2): 2025-08-21 01:00', ['2025-08-20T23:00:00Z']],
  ])('applies a zone that labels a column or a field, and reads no time out of the label: %s', (text, expected) => {
    expect(instants(text, new Date('2025-08-14T08:00:00Z'))).toEqual(expected);
  });

  it.each([
    ['The key will be disabled within 48 hours of this email.', '2025-02-13T09:30:00Z'],
    ['Confirm the change in 90 minutes.', '2025-02-11T11:00:00Z'],
  ])('keeps the time of day of a count of hours or minutes: %s', (text, at) => {
    const [found] = findDates(text, new Date('2025-02-11T09:30:00Z'));
    expect(iso(found?.at)).toBe(at);
    expect(found?.precision).toBe('minute');
  });

  it('reads `in the week of` a date as that date, not as the week after the message', () => {
    expect(instants('upgraded during their next maintenance window, starting in the week of 11 November 2024.', new Date('2024-10-07T13:15:00Z'))).toEqual(['2024-11-11T00:00:00Z']);
  });

  it('applies a zone the notice states once to times written without one', () => {
    const text = 'All times below are in Pacific Time.\n\nMaintenance window: Tuesday, September 17, 2024, 9:00 PM to 11:00 PM';
    expect(instants(text, new Date('2024-09-12T23:15:00Z'))).toEqual(['2024-09-18T04:00:00Z', '2024-09-18T06:00:00Z']);
  });

  it.each([
    ['All times below are in Pacific Time.\n\nMaintenance window: Tuesday, September 17, 2024, 9:00 PM', '2024-09-18T04:00:00Z'],
    ['Date         Start\n2025-05-14   01:00\n\nTimes above are UTC+9 (JST).', '2025-05-13T16:00:00Z'],
    ['Date         Start\n2025-05-14   01:00\n\nAll times are UTC-05:00.', '2025-05-14T06:00:00Z'],
    ['Date         Start\n2025-05-14   01:00\n\nAll times are in UTC.', '2025-05-14T01:00:00Z'],
  ])('reads the zone a notice states for its times, before or after them: %s', (text, expected) => {
    expect(instants(text, new Date('2024-09-12T23:15:00Z'))).toEqual([expected]);
  });

  it.each([
    ['The window opens at 10:00 am PDT / 5:00 pm UTC on March 3, 2025.', ['2025-03-03T17:00:00Z']],
    ['March 3, 2025, 10:00 am PDT (17:00 UTC)', ['2025-03-03T17:00:00Z']],
    ['at 17:00 UTC (10:00 PDT) on March 3, 2025', ['2025-03-03T17:00:00Z']],
    ['The window is 10:00 am PDT / 5:00 pm UTC to 12:00 pm PDT / 7:00 pm UTC on Thursday, June 20, 2024.', ['2024-06-20T17:00:00Z', '2024-06-20T19:00:00Z']],
  ])('reads one instant from a time given in two zones: %s', (text, expected) => {
    expect(instants(text)).toEqual(expected);
  });

  it.each([
    ['from 19:00 to 04:00 UTC on June 15, 2024', ['2024-06-15T19:00:00Z', '2024-06-16T04:00:00Z']],
    ['between 2023-08-11 08:00:00 UTC and 2023-08-11 10:00:00 UTC', ['2023-08-11T08:00:00Z', '2023-08-11T10:00:00Z']],
    ['January 16th, 10am-2pm EST', ['2024-01-16T15:00:00Z', '2024-01-16T19:00:00Z']],
    ['on 2024-10-08 between 07:00 and 08:00 CEST.', ['2024-10-08T05:00:00Z', '2024-10-08T06:00:00Z']],
    ['on 2012-10-02 for 2 hours starting at 20:00 UTC', ['2012-10-02T20:00:00Z', '2012-10-02T22:00:00Z']],
    ['Starting at 22:00 UTC on 19 November 2024 and ending at 06:00 UTC on 20 November 2024', ['2024-11-19T22:00:00Z', '2024-11-20T06:00:00Z']],
    ['brownouts on February 18, 2025 and March 11, 2025, from 14:00 to 22:00 UTC each day', ['2025-02-18T14:00:00Z', '2025-02-18T22:00:00Z', '2025-03-11T14:00:00Z', '2025-03-11T22:00:00Z']],
  ])('reads a window: %s', (text, expected) => {
    const found = findDates(text, new Date('2024-01-01T00:00:00Z'));
    expect(found.map((f) => iso(f.at)).sort()).toEqual(expected);
    expect(found.every((f) => f.window !== undefined)).toBe(true);
  });

  it('gives a report time its day from the stamp in the same paragraph', () => {
    const text = 'Resolved - Between 13:05 and 14:31 UTC, requests failed.\nJul 23, 14:45 UTC';
    expect(instants(text, new Date('2024-07-23T14:52:00Z'))).toEqual(expect.arrayContaining(['2024-07-23T13:05:00Z', '2024-07-23T14:31:00Z']));
  });

  it.each([
    ['upgrade your Node.js 16 functions before November 14, 2022.', ['2022-11-14T00:00:00Z']],
    ['major version 11 on 29 February, 2024.', ['2024-02-29T00:00:00Z']],
    ['for invoice #INV-2024-08-118734, due on September 1, 2024', ['2024-09-01T00:00:00Z']],
    ['functions using Python 3.8 may be blocked', []],
    ['A vulnerability (CVE-2024-1086) was found. Build R20220323-P4 is out.', []],
    ['expect about 1 minute of downtime per GB, approximately 18 hours in all', []],
    ['used in the last 30 days, 90 days after issuance', []],
    ['Click "Migrate Now" in the banner.', []],
    ['during your maintenance window of Tuesdays 19:00 to 23:00 UTC', []],
    ['on or after July 9, 2024. The window for this cluster is Tuesdays, 02:00 to 06:00 UTC.', ['2024-07-09T00:00:00Z']],
    ['TLS 1.2, Node.js 18, Kubernetes 1.34 and PostgreSQL 11.22', []],
    ['', []],
  ])('reads no date into numbers that are not dates: %s', (text, expected) => {
    expect(instants(text)).toEqual(expected);
  });

  it.each([
    ['Versions target Node.js 18.\n  November 2, 2026   they stop.', 'November 2, 2026'],
    ['release 12. March 3, 2026 is the cut-off.', 'March 3, 2026'],
    ['Due 12 March 2026 at noon.', '12 March 2026 at noon'],
    ['on 3. March 3, 2026 the day is written twice', 'March 3, 2026'],
  ])('leaves a number that ends the sentence before a date out of it: %s', (text, phrase) => {
    expect(findDates(text, RECEIVED).map((f) => f.text)).toEqual([phrase]);
  });

  it.each([
    ['Billing period: Nov 1 - Nov 30, 2026', ['2026-11-01T00:00:00Z', '2026-11-30T00:00:00Z']],
    ['Usage from Dec 28 to Jan 3, 2027 is billed in January.', ['2026-12-28T00:00:00Z', '2027-01-03T00:00:00Z']],
    ['Billing period: Oct 1 - Oct 31, 2027', ['2027-10-01T00:00:00Z', '2027-10-31T00:00:00Z']],
  ])('gives the start of a range the year its end is written with: %s', (text, expected) => {
    expect(instants(text, new Date('2026-12-04T10:15:00Z'))).toEqual(expected);
  });

  it('keeps the written date over the count that restates it', () => {
    const text = 'will expire in\n9 days (on 02 May 17 18:58 +0000).';
    expect(instants(text, new Date('2017-04-22T12:00:00Z'))).toEqual(['2017-05-02T18:58:00Z']);
  });

  it.each([
    ['an id written across the limit', `INV-${'2024-08-'.repeat(40)}118734`, '2024-06-04T00:00:00Z'],
    ['a time restated in a second zone across the limit', `10:00 UTC${' '.repeat(60)}/ 03:00 PDT`, '2024-06-04T10:00:00Z'],
    ['a list of ids after it', 'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0\n'.repeat(2_000), '2024-06-04T00:00:00Z'],
  ])('reads a date written just before the end of the text the grammar reads, whatever follows: %s', (_name, after, at) => {
    const filler = 'Nothing here has a date in it. '.repeat(1_100).slice(0, 31_960);
    const text = `${filler}\nby June 4, 2024 ${after} and later text`;
    expect(instants(text)).toEqual([at]);
  });
  it.each([
    ['noon in a zone on a written day', 'Upgrade by noon ET on June 30, 2026. From July 1, 2026, we upgrade it.', ['2026-06-30T16:00:00Z', '2026-07-01T00:00:00Z']],
    ['digits and the word together', 'Upgrade by 12:00 noon Eastern on June 30, 2026. Beginning July 1, 2026, we upgrade it.', ['2026-06-30T16:00:00Z', '2026-07-01T00:00:00Z']],
    ['the hour and the word', 'Reply by 12 noon Pacific Time on March 20, 2026, as we start March 21, 2026.', ['2026-03-20T19:00:00Z', '2026-03-21T00:00:00Z']],
    ['midnight in a zone', 'Renew before midnight PT on June 30, 2026. On July 1, 2026 it lapses.', ['2026-06-30T07:00:00Z', '2026-07-01T00:00:00Z']],
  ])('keeps a clock word on a written day next to the day after it: %s', (_name, text, at) => {
    expect(instants(text, new Date('2026-05-12T13:00:00Z'))).toEqual(at);
  });
});

describe('what the grammar is given', () => {
  it('finds a date anywhere in long prose, with the words around it that give its time and zone', () => {
    const filler = 'Nothing here is a date, only words about the service. '.repeat(200);
    const text = `${filler}The window opens on Thursday, June 20, 2024 at 10:00 am PDT. ${filler}`;
    expect(instants(text)).toEqual(['2024-06-20T17:00:00Z']);
    expect(findDates(text, RECEIVED)[0]?.text).toBe('Thursday, June 20, 2024 at 10:00 am PDT');
  });

  it('reads past a run of date-like characters without spaces, and a date after it still counts', () => {
    const text = `Trace: ${'1-1-'.repeat(1_500)}\nThe endpoint is removed on 15 July 2024.`;
    expect(instants(text)).toContain('2024-07-15T00:00:00Z');
  });

  it('reads a table of dates longer than one batch row by row, each date once', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `| svc-${i} | ${1 + (i % 28)} Aug 2024 |`).join('\n');
    const days = new Set(instants(`| Service | Retires |\n${rows}`).map((d) => String(d).slice(0, 10)));
    expect(days.size).toBe(28);
  });
});

describe('a time written as four digits with a Zulu mark or `hrs`', () => {
  it.each([
    ['Replace the key by 1700Z on 3 March 2024.', ['2024-03-03T17:00:00Z']],
    ['Renew by 3 March 2024 1700Z.', ['2024-03-03T17:00:00Z']],
    ['Starts 2200Z 3 March 2024, ends 0200Z 4 March 2024.', ['2024-03-03T22:00:00Z', '2024-03-04T02:00:00Z']],
    ['Switch over at 1900 hrs on 3 March 2024.', ['2024-03-03T19:00:00Z']],
    ['Maintenance on 3 March 2024 UTC.', ['2024-03-03T00:00:00Z']],
  ])('%s', (text, expected) => {
    expect(instants(text)).toEqual(expected);
  });
});

describe('a zone written after the word that names the time', () => {
  it.each([
    ['Please update before 3 March 2024 at 12:00 noon Eastern.', '2024-03-03T17:00:00Z'],
    ['Please update before March 3, 2024 at 12:00 PM (noon) EST.', '2024-03-03T17:00:00Z'],
    ['Please update before July 3, 2024 at 12:00 noon ET.', '2024-07-03T16:00:00Z'],
    ['Please update before March 3, 2024 at 12:00 noon.', '2024-03-03T12:00:00Z'],
  ])('%s', (text, expected) => {
    expect(instants(text)).toEqual([expected]);
  });
});

describe('a zone that labels the time column of a table', () => {
  it.each([
    ['Phase | Date | Time (PT)\nRead-only | March 2, 2024 | 9:00 AM\nShutdown | March 16, 2024 | 5:00 PM', ['2024-03-02T17:00:00Z', '2024-03-17T00:00:00Z']],
    ['Date         Time (CET)\n2024-03-12   22:00', ['2024-03-12T21:00:00Z']],
    ['Date | Time (approx)\nMarch 12, 2024 | 22:00', ['2024-03-12T22:00:00Z']],
  ])('%s', (text, expected) => {
    expect(instants(text)).toEqual(expected);
  });
});

describe('zones written out, by city, or with a minus sign', () => {
  it.each([
    ['17:00 UTC−5 on March 12, 2024', '2024-03-12T22:00:00Z'],
    ['23:59 AoE on March 12, 2024', '2024-03-13T11:59:00Z'],
    ['17:00 Eastern European Time on 12 March 2024', '2024-03-12T15:00:00Z'],
    ['17:00 Eastern Time on 12 March 2024', '2024-03-12T21:00:00Z'],
    ['17:00 Hong Kong time on 12 March 2024', '2024-03-12T09:00:00Z'],
    ['17:00 Beijing time on 12 March 2024', '2024-03-12T09:00:00Z'],
    ['17:00 China Standard Time on 12 March 2024', '2024-03-12T09:00:00Z'],
  ])('%s → %s', (text, expected) => {
    expect(instants(text)).toEqual([expected]);
  });
});

describe('a day written before a time of the same number', () => {
  it.each([
    ['Please migrate before 17 Mar 2024 17:00 UTC+1.', '17 Mar 2024 17:00 UTC+1', '2024-03-17T16:00:00Z'],
    ['Payment is due on 9 April 2024 9:30 UTC.', '9 April 2024 9:30 UTC', '2024-04-09T09:30:00Z'],
  ])('%s', (text, written, expected) => {
    const [found] = findDates(text, RECEIVED);
    expect(found?.text).toBe(written);
    expect(iso(found?.at)).toBe(expected);
  });
});

describe("a card's expiry, a month and a year", () => {
  const received = new Date('2026-05-20T10:00:00Z');
  it.each([
    ['The card ending in 1881 expires on 07/26.'],
    ['Card: Visa ending in 4242, expires 02/26'],
    ['Card expiry: 07/26'],
    ['Your Visa card (exp. 11/27) will be charged on the renewal date.'],
    ['Cards valid thru 09/26 are accepted.'],
  ])('is no day: %s', (text) => {
    expect(findDates(text, received)).toEqual([]);
  });

  it.each([
    ['Your certificate expires on 07/26/2026.', '2026-07-26'],
    ['The token expires on 07/26.', '2026-07-26'],
    ['The card expires 07/26; pay the invoice by 06/15/2026.', '2026-06-15'],
  ])('leaves other dates: %s', (text, day) => {
    expect(findDates(text, received).map((f) => f.at.toISOString().slice(0, 10))).toEqual([day]);
  });
});

describe('a day written with a loose ordinal', () => {
  const received = new Date('2026-01-12T09:00:00Z');
  it.each([
    ['Old keys stop working on April 21rst, 2026.', '2026-04-21'],
    ['Migrate by the 1rst of June 2026.', '2026-06-01'],
    ['The bucket is emptied on 3 rd May 2026.', '2026-05-03'],
    ['Renewal is due on July 2ⁿᵈ, 2026.', '2026-07-02'],
    ['Cut-over happens on Feb 22th 2026.', '2026-02-22'],
  ])('is that day: %s', (text, day) => {
    expect(findDates(text, received).map((f) => f.at.toISOString().slice(0, 10))).toEqual([day]);
  });

  it.each([['The 1 st item in the list is free.'], ['Order 42 nd widgets now.'], ['Build 21rst passed.']])('is no day without a month: %s', (text) => {
    expect(findDates(text, received)).toEqual([]);
  });
});

describe('a month written without a year', () => {
  const received = new Date('2026-01-20T09:00:00Z');
  it.each([
    ['At the end of January the old hooks will stop firing.', '2026-01-31'],
    ['By the end of March, remove the legacy tokens.', '2026-03-31'],
    ['Please move your sites by June.', '2026-06-30'],
    ['The v1 console stays online until October.', '2026-10-31'],
    ['Rotate the keys before April.', '2026-04-01'],
    ['The archive is kept through December.', '2026-12-31'],
  ])('is a limit after `by`, `until`, `before`, `end of`: %s', (text, day) => {
    const found = cueDates(text, findDates(text, received), received);
    expect(found.map((f) => f.at.toISOString().slice(0, 10))).toEqual([day]);
  });

  it.each([
    ['In September we shipped the new hooks.'],
    ['Since March, builds run on the new image.'],
    ['We met the team in December to plan it.'],
    ['Starting in May, the dashboard looks different.'],
  ])('is background elsewhere: %s', (text) => {
    expect(findDates(text, received)).toEqual([]);
  });
});

describe('days listed under one month', () => {
  it.each([
    ['Outage report for Oct 14 & 15, 2023', ['2023-10-14T00:00:00Z', '2023-10-15T00:00:00Z']],
    ['The office is closed on May 2 and 3.', ['2024-05-02T00:00:00Z', '2024-05-03T00:00:00Z']],
    ['Upgrades run on June 4th, 5th and 6th, 2024 in every zone', ['2024-06-04T00:00:00Z', '2024-06-05T00:00:00Z', '2024-06-06T00:00:00Z']],
  ])('each day is read: %s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });

  it.each([
    ['Since April 9 and 14 racks were moved.', ['2024-04-09T00:00:00Z']],
    ['On July 1 and 2 percent of requests failed.', ['2024-07-01T00:00:00Z']],
    ['On May 2 and 4 hours later, the queue drained.', ['2024-05-02T00:00:00Z']],
  ])('a number after the day that is no day is left: %s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });
});

describe('a window sized before its day, in a zone named with its country', () => {
  it.each([
    ['We plan a 3 hour maintenance window on Saturday (March 9) at 9pm US Pacific time.', ['2024-03-10T05:00:00Z', '2024-03-10T08:00:00Z']],
    ['A two-hour downtime is planned for March 20 at 10 pm U.S. Eastern time.', ['2024-03-21T02:00:00Z', '2024-03-21T04:00:00Z']],
  ])('%s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });

  it.each([
    ['Last week a 4 hour outage hit us. The fix ships on March 20 at 10:00 UTC.', ['2024-03-20T10:00:00Z']],
  ])('a length in an earlier sentence sizes nothing: %s', (text, at) => {
    expect(instants(text)).toEqual(at);
  });
});

describe('a count from an event the text names', () => {
  it.each([
    ['We will publish a decision within 24 hours after the upstream release.', []],
    ['Patched images follow within 48 hours of the vendor advisory.', []],
    ['Refunds are issued within 14 days following the cancellation.', []],
    // Counted from the message itself: a day.
    ['The key will be disabled within 48 hours of this email.', ['2025-02-13T09:30:00Z']],
    ['Reply within 14 days of receipt of this notice.', ['2025-02-25T00:00:00Z']],
    ['Pay within 7 days of the date of this notice.', ['2025-02-18T00:00:00Z']],
  ])('%s', (text, expected) => {
    expect(findDates(text, new Date('2025-02-11T09:30:00Z')).map((f) => iso(f.at))).toEqual(expected);
  });
});
