import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { cueDates } from '../../src/extraction/roles.ts';

const days = (text: string, receivedAt: Date) => findDates(text, receivedAt).map((f) => f.at.toISOString().slice(0, 10));

describe('a day without a year, told as what already happened', () => {
  const received = new Date('2024-06-10T09:00:00Z');
  it.each([
    ['On February 3 a flaw in the agent was disclosed to the vendor.', '2024-02-03'],
    ['On February 3rd, the first reports were filed.', '2024-02-03'],
    ['March 12: we rotated every signing key.', '2024-03-12'],
    ['On April 2 it happened again in a second zone.', '2024-04-02'],
    ['By March 30 they had moved half of the fleet.', '2024-03-30'],
  ])('stays in the year of the message: %s', (text, day) => {
    expect(days(text, received)).toEqual([day]);
  });

  it.each([
    ['On February 3 the agent will stop reporting.', '2025-02-03'],
    ['Upgrade the agent before February 3.', '2025-02-03'],
    ['On February 3 we need a new contact for your account.', '2025-02-03'],
    ['On February 3 the old keys are going to be revoked, as was announced.', '2025-02-03'],
  ])('is the next one ahead otherwise: %s', (text, day) => {
    expect(days(text, received)).toEqual([day]);
  });
});

describe('a count of days from the day named just before', () => {
  const received = new Date('2024-06-10T09:00:00Z');
  it.each([
    ['On May 2, 2024 the flaw was found. 5 days later the fix shipped.', ['2024-05-02', '2024-05-07']],
    ['Brownouts start on July 1, 2024. Two weeks later, the v1 API is removed.', ['2024-07-01', '2024-07-15']],
    ['The first wave ran on July 30, 2024, and three days after that the second one.', ['2024-07-30', '2024-08-02']],
    ['The rollout begins on December 30, 2024; the next day, old clients are refused.', ['2024-12-30', '2024-12-31']],
  ])('lands on its own day: %s', (text, expected) => {
    expect(days(text, received)).toEqual(expected);
  });

  it.each([
    // Counted from an event with no day of its own, or with no day before it at all.
    ['Transfers close on July 1, 2024. You get 2 weeks after the lock is lifted to move them.', ['2024-07-01']],
    ['The patch was released 6 days later than planned.', []],
    ['Renewals ran on May 2, 2024. Each invoice is sent 30 days after signup.', ['2024-05-02']],
  ])('names no day otherwise: %s', (text, expected) => {
    expect(days(text, received)).toEqual(expected);
  });
});

describe('a day that names something already published', () => {
  const received = new Date('2024-06-10T09:00:00Z');
  const cues = (text: string) => cueDates(text, findDates(text, received), received).map((c) => [c.at.toISOString().slice(0, 10), c.cue]);
  it.each([
    ['As our February 3 announcement explained, the legacy tokens are being retired.', '2024-02-03'],
    ['The April 2nd blog post set out how keys get revoked.', '2024-04-02'],
    ['See the March 14 email for what is removed.', '2024-03-14'],
    ['Our 9 January newsletter covered the shutdown plan in detail.', '2024-01-09'],
    ['Read the May 20 release notes before you migrate.', '2024-05-20'],
  ])('went out before the notice, this year: %s', (text, day) => {
    expect(cues(text)).toEqual([[day, 'past']]);
  });

  it.each([
    ['The legacy tokens are retired on February 3.', '2025-02-03', 'due'],
    ['On April 2, blog posts from the old editor are removed.', '2025-04-02', 'due'],
    ['Our March 14 announcement will give the final date for the old keys.', '2025-03-14', 'neutral'],
  ])('a day of a change, or a publication still to come, stays ahead: %s', (text, day, cue) => {
    expect(cues(text)).toEqual([[day, cue]]);
  });
});

describe('a time with its zone, in a text that names no day at all', () => {
  const received = new Date('2024-06-10T15:00:00Z');
  const times = (text: string) => findDates(text, received).map((f) => f.at.toISOString());
  it.each([
    ['Errors rose for API calls between 02:36 UTC and 04:02 UTC.', ['2024-06-10T02:36:00.000Z', '2024-06-10T04:02:00.000Z']],
    ['09:14 UTC - alerts fired for the EU queue\n09:40 UTC - a fix was deployed', ['2024-06-10T09:14:00.000Z', '2024-06-10T09:40:00.000Z']],
    ['We rolled the change back at 11:05 GMT and latency recovered.', ['2024-06-10T11:05:00.000Z']],
  ])('is on the day the message was sent: %s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it.each([
    ['The gateway restarts on June 12, 2024, with a short gap at 02:00 UTC.', ['2024-06-12T02:00:00.000Z']],
    ['Backups run nightly at 02:00 and take about an hour.', []],
    ['Support answers by 17:00 on working days.', []],
    ['Our window is Thursdays 20:00 to 22:00 UTC.', []],
    ['Every night at 01:30 UTC the indexes are rebuilt.', []],
  ])('takes a written day, or names none without a zone: %s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });
});
