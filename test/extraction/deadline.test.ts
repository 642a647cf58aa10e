import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import type { Notice } from '../../src/domain/notice.ts';
import { aNotice, iso } from './notice-builder.ts';

const deadlineOf = (text: string, overrides: Partial<Notice> = {}) => iso(extract(aNotice({ text, ...overrides })).deadline?.at);

describe('the deadline', () => {
  it.each([
    [
      'the earliest date by which something is due',
      'Please act before October 31, 2024. The current CA expires on March 5, 2025, and clients will fail to connect after March 5, 2025.',
      '2024-10-31T00:00:00Z',
    ],
    [
      'a due date over an earlier phase that only starts',
      'From November 1st, 2026, builds will fail once a month. On April 30th, 2027, Heroku-22 reaches end-of-life. You should upgrade.',
      '2027-04-30T00:00:00Z',
    ],
    [
      'the phase that starts when nothing is said to be due',
      'Node 16 actions are deprecated. Starting June 3rd, 2024, we will run them on Node 20. Update your workflows.',
      '2024-06-03T00:00:00Z',
    ],
    [
      'the date the ask names over an earlier date of what breaks',
      '1 July 2024: API V1 is turned off on test sites. 30 September 2024: API V1 is turned off on live sites. Move every integration to API V2 before 30 September 2024.',
      '2024-09-30T00:00:00Z',
    ],
    [
      'the consequence the ask avoids over the provider\'s own step',
      "We'll try the card again on July 8, 2024. If that fails too, your team will be downgraded to the Free plan on July 15, 2024. Update your payment method.",
      '2024-07-15T00:00:00Z',
    ],
    [
      'a phase named as such over a later date that only says what breaks',
      'Starting June 3rd, 2024, we will run these actions on Node 20. On September 30th, 2024, we will remove Node 16 from the runners. Update your workflows.',
      '2024-06-03T00:00:00Z',
    ],
    [
      'the same day with its time, where a relative count names the day',
      'Your resources will expire in 7 days, please renew them.\n\nResource | Expiry time\nins-1 | 2024-03-08 10:00:00 UTC\n',
      '2024-03-08T10:00:00Z',
    ],
    [
      'the time of day where the text gives one for that day',
      'Your certificate expires on November 14, 2024. You must renew it before Nov 14, 2024 at 23:59:59 UTC.',
      '2024-11-14T23:59:59Z',
    ],
    [
      'the one time written for the due day in a sentence that names no role',
      'The legacy host stops accepting logs on March 31, 2025. The switch happens on Monday, March 31, 2025 at 12:00 UTC. Update your collectors.',
      '2025-03-31T12:00:00Z',
    ],
    [
      'the due day alone where the times written for it disagree',
      'The legacy host stops accepting logs on March 31, 2025. Our team meets on March 31, 2025 at 09:00 UTC and again on March 31, 2025 at 15:00 UTC. Update your collectors.',
      '2025-03-31T00:00:00Z',
    ],
    [
      'the due day alone, not the time of a window the provider works in that day',
      'The legacy host stops accepting logs on March 31, 2025. Maintenance runs on March 31, 2025 from 02:00 to 04:00 UTC. Update your collectors.',
      '2025-03-31T00:00:00Z',
    ],
    [
      'the written date over the count that restates it',
      'Your certificate will expire in 9 days (on 10 Mar 24 18:58 +0000). Please renew it.',
      '2024-03-10T18:58:00Z',
    ],
    [
      'a date in the subject when the body has none',
      'You must migrate your projects off the legacy SDK.',
      '2024-08-30T00:00:00Z',
      { subject: '[Reminder] Migrate your App Engine projects by Aug 30, 2024' },
    ],
    [
      'not the provider\'s window, even when it comes first',
      'Brownouts are scheduled for January 9th, 12pm - 1pm EST. Artifact actions v3 will be closing down by January 30, 2025.',
      '2025-01-30T00:00:00Z',
      { receivedAt: new Date('2024-12-11T12:00:00Z') },
    ],
    [
      'a due date on the day the notice is sent',
      'Your API key was exposed. You must rotate it by March 1, 2024. Starting March 1, 2024, the key will stop working.',
      '2024-03-01T00:00:00Z',
    ],
    [
      'not a date in the past',
      'Support was extended until February 1, 2024. We are deprecating the runtime on July 15, 2024.',
      '2024-07-15T00:00:00Z',
    ],
    [
      'not someone else\'s end of life cited as the reason',
      'We are ending support in Lambda on September 1, 2024. This follows the End-Of-Life, which is scheduled for April 30, 2024. Upgrade before September 1, 2024.',
      '2024-09-01T00:00:00Z',
    ],
  ] as Array<[string, string, string, Partial<Notice>?]>)('is %s', (_what, text, expected, overrides = {}) => {
    expect(deadlineOf(text, overrides)).toBe(expected);
  });

  it.each([
    ['maintenance the provider performs by itself', 'Start: 2024-06-15 19:00 UTC\nEnd: 2024-06-16 04:00 UTC\n\nWe will perform maintenance on the power systems. We do not expect downtime.'],
    ['an optional step before a maintenance', 'Your instances are scheduled for maintenance between 2024-08-11 08:00 UTC and 2024-08-11 10:00 UTC. At any time before 2024-08-11 08:00 UTC, you can reschedule it.'],
    ['a notice that says no action is required', 'Your instance is scheduled for power maintenance on 2024-10-02 for 2 hours starting at 20:00 UTC. Otherwise, no action is required on your part.'],
    ['an announcement', 'Premium Droplets are available in AMS3 starting today. On October 1, 2024, we will add them to BLR1.'],
    ['a deprecation with no date in the text', 'Basic authentication using a password to Git is deprecated and will soon no longer work.'],
    ['a change that takes effect the day the notice is sent', 'As of March 1, 2024, the Directions Service is deprecated. You should plan the move to the Routes library.'],
    ['a product end the provider deals with in its own window', 'PHP 8.1 reaches its end of life on 31 December 2025. To keep your sites supported, we will upgrade them on 24 June 2025, 09:00–11:00 UTC+02:00. Upgrading a site yourself before the window is optional.'],
  ])('is none for %s', (_what, text) => {
    expect(deadlineOf(text)).toBeUndefined();
  });

  it('is the one date with role deadline among the dates', () => {
    const x = extract(aNotice({ text: 'Upgrade before November 14, 2024. Starting December 14, 2024, you will no longer be able to update functions.' }));
    expect(x.dates.filter((d) => d.role === 'deadline')).toEqual([x.deadline]);
    expect(x.dates.map((d) => [iso(d.at), d.role])).toEqual([
      ['2024-11-14T00:00:00Z', 'deadline'],
      ['2024-12-14T00:00:00Z', 'effective'],
    ]);
  });
});
