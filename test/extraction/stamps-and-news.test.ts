import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { cueDates } from '../../src/extraction/roles.ts';

const RECEIVED = new Date('2024-03-05T08:00:00Z');
const read = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => ({ cue: c.cue, ask: c.ask === true }));

describe('a status word that heads its line with a date stamps the entry', () => {
  it.each([
    'Update 2024-03-05 09:12 UTC: the dashboard is back, still in read-only mode.',
    'Resolved (March 5, 2024 10:40 UTC) - queues drained; deleted builds were restored.',
    '- Monitoring at 2024-03-05 11:00 UTC: webhooks are no longer failing.',
    'UPDATE, Mar 5 2024 14:05 UTC — uploads are blocked while we verify the disks.',
    'Edit March 6, 2024: the mirror in Lyon stays unavailable.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([{ cue: 'neutral', ask: false }]);
  });

  it.each([
    ['Update your agents before 2024-03-09 09:00 UTC: older ones stop working.', 'due'],
    ['Please update by March 9, 2024: older agents will be disabled.', 'due'],
    ['Updates to the API will be removed on March 9, 2024.', 'due'],
    ['Monitoring of legacy checks stops on March 9, 2024.', 'due'],
  ])('keeps the role of a date an ask or a change leads to: %s', (text, cue) => {
    expect(read(text).map((r) => r.cue)).toEqual([cue]);
  });
});

describe('the provider announcing today, with a later day for the change, leaves that later day to beat', () => {
  it.each([
    ['We are deprecating the Orbit 2.5 Mini model today, and removing it on April 30, 2024.', 'April 30, 2024'],
    ["We're retiring the classic uploader today; it stops working on May 2, 2024.", 'May 2, 2024'],
  ])('%s', (text, day) => {
    const cued = cueDates(text, findDates(text, RECEIVED), RECEIVED);
    expect(cued.map((c) => [c.text, c.cue])).toEqual([
      ['today', 'neutral'],
      [day, 'due'],
    ]);
  });
});

describe('a sentence that opens on today tells the news, not a day to beat', () => {
  it.each([
    'Today, we are deprecating the v1 package mirrors.',
    'Today we retire the classic build images, and they will be removed from the registry later.',
    'Today, our team is retiring the hosted forum; it closes for good later this year.',
    'We are deprecating the Orbit 2.5 Mini model today.',
    "We're sunsetting the classic uploader today, with removal to follow in a later release.",
    'We have officially announced the end of the v0.9 agents today.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([{ cue: 'neutral', ask: false }]);
  });

  it.each([
    ['Your token expires today.', 'due'],
    ['Please rotate your keys before today ends: old ones will be revoked today at 17:00 UTC.', 'due'],
    ['The old runners will be retired today at 18:00 UTC.', 'due'],
    ['Today, the legacy console stops accepting logins.', 'due'],
    ['Today, your old API keys expire; rotate them now.', 'due'],
    ['We are retiring the old runners today at 18:00 UTC.', 'due'],
    ['Your workspace will be deleted today unless you export it.', 'due'],
  ])('keeps today due where the sentence asks or breaks something by then: %s', (text, cue) => {
    expect(read(text).map((r) => r.cue)).toContain(cue);
  });
});
