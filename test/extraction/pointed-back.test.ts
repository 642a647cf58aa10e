import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { extract } from '../../src/extraction/index.ts';
import { cueDates } from '../../src/extraction/roles.ts';
import { aNotice, iso } from './notice-builder.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const deadlineOf = (text: string) => iso(extract(aNotice({ text, receivedAt: RECEIVED })).deadline?.at);

describe('a time whose day is named by pointing back at a date written earlier', () => {
  it.each([
    ['Version 3 reaches end of support on 27.05.2024. Office hours: 03.04.2024.\n\nPlease upgrade by 17:00 CET on the end-of-support date. Drop-in sessions run on 10.04.2024.', '2024-05-27T15:00:00Z'],
    ['The v1 API will be retired on June 10, 2024.\n\nMigrate your clients by 23:59 UTC on the retirement date; our webinar is on April 2, 2024.', '2024-06-10T23:59:00Z'],
    ['Your keys will be revoked on May 20, 2024. Rotate them before 12:00 UTC on that day. Training follows on April 9, 2024.', '2024-05-20T12:00:00Z'],
    ['Legacy tokens stop working on July 1, 2024. Replace them by 09:00 UTC on the same day; the new console ships on April 15, 2024.', '2024-07-01T09:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('lends its day from the day the pointer names, not the nearest one', () => {
    const text = 'The old runtime is removed on June 3, 2024. Billing changes on June 20, 2024.\n\nUpgrade by 10:00 UTC on the removal date.';
    expect(findDates(text, RECEIVED).map((f) => iso(f.at))).toContain('2024-06-03T10:00:00Z');
  });

  it('leaves a time that points at nothing to the day written next to it', () => {
    const text = 'The window opens at 10:00 UTC on June 3, 2024.';
    expect(findDates(text, RECEIVED).map((f) => iso(f.at))).toEqual(['2024-06-03T10:00:00Z']);
  });
});

describe('an ask that points back at the event a date was given for', () => {
  it.each([
    ['The legacy interface will be switched off at the end of Q3 2024. Starting August 3, 2024, responses will include a Deprecation header. Please move your calls before the shutdown.', '2024-09-30T00:00:00Z'],
    ['Classic builds will be turned off on October 15, 2024. From June 1, 2024 the dashboard shows a sunset banner. Move your pipelines ahead of the switch-off.', '2024-10-15T00:00:00Z'],
    ['The v2 endpoints are retired on September 1, 2024. Please migrate your integrations before the retirement.', '2024-09-01T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('an ask due before a window the provider works in opens', () => {
  it.each([
    ['Maintenance window: June 4, 2024, 02:00-04:00 UTC\n\nBefore the window starts, please:\n1. Add the new addresses to your outbound allowlist.\n2. After the window, restart any worker that stays disconnected.', '2024-06-04T02:00:00Z'],
    ['We will upgrade your cluster on May 14, 2024 from 22:00 to 23:00 UTC. Please update your firewall rules before the maintenance begins.', '2024-05-14T22:00:00Z'],
    ['The migration window is April 9, 2024, 08:00-10:00 UTC. Point your DNS records at the new address before the window opens.', '2024-04-09T08:00:00Z'],
    ['Maintenance window: June 4, 2024, 02:00-04:00 UTC. You can move your jobs elsewhere before the window starts if you prefer.', undefined],
    ['Maintenance window: June 4, 2024, 02:00-04:00 UTC. Before the window starts, we will drain your nodes.', undefined],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe("a card's expiry, which breaks nothing until a charge fails", () => {
  it.each([
    ['The credit card we hold for your account expires at the end of March 2024. Your subscriptions renew on 1 April 2024 at 00:00 CET, and we charge the card then. Please add a new card before then.', '2024-03-31T22:00:00Z'],
    ['Your card ending 4242 expires on March 20, 2024. Your plan renews on April 2, 2024. Please update your card before your renewal date.', '2024-04-02T00:00:00Z'],
    ['Your payment card expires on March 20, 2024. Please update it before then.', '2024-03-20T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('a phase that only tells callers about a deprecation', () => {
  const calm = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.calm === true);
  it.each([
    ['Starting August 3, 2024, API responses will include a Deprecation header.', true],
    ['From June 1, 2024, the dashboard shows a sunset banner on every legacy project.', true],
    ['Starting August 3, 2024, requests to v1 print deprecation warnings in the logs.', true],
    ['Starting August 3, 2024, the v1 API is deprecated.', false],
    ['Starting August 3, 2024, responses include a Deprecation header and v1 keys are revoked.', false],
  ])('%s', (text, expected) => {
    expect(calm(text)).toEqual([expected]);
  });
});

describe('an ask due before an event whose own clause carries the date', () => {
  it.each([
    ['Maintenance window: June 12, 2024, 15:00 UTC to June 13, 2024, 03:00 UTC.\n\nAdd the new addresses to your allowlist before the window starts at 15:00 UTC on June 12.', '2024-06-12T15:00:00Z'],
    ['Update your firewall rules before the migration begins on June 12, 2024 at 09:00 UTC; the old range stays in use until June 30, 2024.', '2024-06-12T09:00:00Z'],
    ['Please rotate your keys ahead of the change taking effect on 12 June 2024 at 17:00 UTC. Reminder emails go out on 5 June 2024.', '2024-06-12T17:00:00Z'],
    ['Install the new agent prior to the policy going live on June 12, 2024. Training is on June 20, 2024.', '2024-06-12T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it.each([
    ['Before the maintenance starts at 15:00 UTC on June 12, 2024, we will take a snapshot of every volume.', 'start'],
    ['The maintenance starts at 15:00 UTC on June 12, 2024.', 'start'],
  ])('leaves a window that asks nothing to the provider: %s', (text, cue) => {
    expect(cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.cue)).toEqual([cue]);
  });
});

describe('an ask that points at the end of life of a release in a lifecycle table', () => {
  const table = (ask: string) =>
    `Your deployment runs release 4.2.\n\nRelease | End of support | End of life\n4.2     | May 31, 2024   | Aug 31, 2024\n5.0     | Nov 30, 2024   | Feb 28, 2025\n\n${ask}`;
  it.each([
    [table('Please upgrade before your release reaches end of life.'), '2024-08-31T00:00:00Z'],
    [table('Upgrade your deployment before it reaches its end of life.'), '2024-08-31T00:00:00Z'],
    [table('Upgrade your deployment before it reaches its end of support.'), '2024-05-31T00:00:00Z'],
    [table('Please upgrade before the end-of-life date.'), '2024-08-31T00:00:00Z'],
    ['Version 3 reaches end of life on August 31, 2024. Its end of support comes earlier, on May 31, 2024. Upgrade before your clusters reach end of life.', '2024-08-31T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('a cut-off named as the end of a working day, its time in parentheses', () => {
  it.each([
    ['Complete the migration by end of day (23:59 UTC) on March 17, 2024.', '2024-03-17T23:59:00Z'],
    ['Complete the migration by COB March 17, 2024 (5 PM ET).', '2024-03-17T21:00:00Z'],
    ['Submit the form by close of business on March 17, 2024.', '2024-03-17T00:00:00Z'],
    ['Renew the certificate before (23:59 UTC) March 17, 2024.', '2024-03-17T23:59:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('an ask due before the provider\'s work begins, the window written earlier', () => {
  it.each([
    ['Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. Before the window begins, please stop any running import jobs.', '2024-06-14T02:00:00Z'],
    ['The database upgrade will run between 22:00 UTC on June 14, 2024 and 02:00 UTC on June 15, 2024. Take a backup before the upgrade starts.', '2024-06-14T22:00:00Z'],
    ['Start: June 14, 2024 09:00 UTC\nEnd: June 14, 2024 11:00 UTC\n\nAllowlist the new addresses before the maintenance window opens.', '2024-06-14T09:00:00Z'],
    // The work named by its noun alone: it happens in its window, so its start is the cut-off.
    ['The storage cluster will be offline on June 14, 2024 from 1:00 PM to 3:00 PM EDT. Please stop your writers prior to the outage.', '2024-06-14T17:00:00Z'],
    ['Our hosts go down for patching on June 14, 2024, 10:00 to 11:00 UTC. Please power off your guests before the downtime to be sure they boot cleanly.', '2024-06-14T10:00:00Z'],
    ['Scheduled maintenance: June 14, 2024 between 22:00 and 23:30 UTC. Drain your queues ahead of the maintenance so nothing is lost.', '2024-06-14T22:00:00Z'],
    ['We will reboot the hosts on June 14, 2024, 08:00-09:00 UTC. Please shut down your workers before the scheduled reboot.', '2024-06-14T08:00:00Z'],
    // The start named as a noun of its own: `the start of the maintenance`, `the window start`, `in advance of`.
    ['Our team will patch the hypervisors on June 14, 2024 at 10:00 UTC for about an hour. Ahead of the beginning of the patching window, please power off your guests.', '2024-06-14T10:00:00Z'],
    ['Storage nodes will be replaced on June 14, 2024 at 10:00 UTC. Please save and close any open sessions in advance of the maintenance start.', '2024-06-14T10:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it.each([
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. We will notify you before the window begins.',
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. If you prefer, you can stop your jobs before the window begins.',
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. We will post an update before the maintenance.',
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. We will send a reminder in advance of the maintenance start.',
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. Before the start of the window, our engineers will drain each host.',
    'The database upgrade will run on June 14, 2024 from 22:00 to 23:00 UTC. Please check your dashboards after the upgrade.',
  ])('asks nothing where the sentence asks nothing: %s', (text) => {
    expect(deadlineOf(text)).toBeUndefined();
  });
});

describe('an ask before the work ends is not due at its start', () => {
  it.each([
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. Please do not restart your jobs before the maintenance ends.',
    'Maintenance window: June 14, 2024, 02:00 to 06:00 UTC. Please wait before the maintenance is over to reconnect.',
  ])('%s', (text) => {
    expect(deadlineOf(text)).not.toBe('2024-06-14T02:00:00Z');
  });
});

describe('a date that replaces another', () => {
  it.each([
    ['The sunset date has moved from March 1, 2024 to June 1, 2024. Please complete your migration before the new date.', '2024-06-01T00:00:00Z'],
    ['We have postponed the shutdown from March 1, 2024 to June 1, 2024 at 17:00 UTC. Please migrate before then.', '2024-06-01T17:00:00Z'],
    ['The deadline was extended from 1 April 2024 to 1 June 2024. Rotate your keys before the deadline.', '2024-06-01T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('keeps a window that runs from one day to another', () => {
    const text = 'The maintenance runs from March 11, 2024 to March 13, 2024.';
    expect(findDates(text, RECEIVED).map((f) => f.window)).toEqual(['start', 'end']);
  });
});

describe('the last day something is available', () => {
  it.each([
    ['March 31, 2024 is the last day the legacy dashboard is available; please export your saved views.', '2024-03-31T00:00:00Z'],
    ['Please download your archives: April 30, 2024 will be the final day of the export tool.', '2024-04-30T00:00:00Z'],
    ['The legacy dashboard will be available until March 31, 2024; please export your saved views.', '2024-03-31T00:00:00Z'],
    ['The classic editor remains available until April 30, 2024. Please export your drafts.', '2024-04-30T00:00:00Z'],
    ['Existing v1 keys will continue to work until May 15, 2024. Please rotate them to v2 keys.', '2024-05-15T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it.each([
    ['The spring discount runs until March 31, 2024.', 'neutral'],
    ['The legacy dashboard will be available until March 31, 2024.', 'due'],
    ['Your v1 keys keep working until May 15, 2024.', 'due'],
  ])('%s → %s', (text, cue) => {
    expect(cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.cue)).toEqual([cue]);
  });
});

describe('an ask that points at an event named in one clause of a sentence with two dates', () => {
  it.each([
    ['The legacy API shuts down on 31 March 2024 at 12:00 UTC, and test keys stop working on 15 March 2024. Move to the new API before the shutdown.', '2024-03-31T12:00:00Z'],
    ['Test keys stop working on 15 March 2024, while the legacy API is retired on 31 March 2024. Please migrate before the retirement.', '2024-03-31T00:00:00Z'],
    ['The retirement has three stages: 1 April 2024, no new deployments; 1 May 2024, deployments stop receiving updates; 1 June 2024 at 00:00 UTC, deployments are deleted. Migrate before deletion.', '2024-06-01T00:00:00Z'],
    ['The legacy API shuts down on 31 March 2024, and test keys stop working on 15 March 2024. Please move to the new API.', '2024-03-15T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('a date made the last moment by the words after it', () => {
  it.each([
    ['Please upgrade at 17:00 on 28 March 2024 (CET) at the latest.', '2024-03-28T16:00:00Z'],
    ['Please send the signed form on 15 April 2024, at the latest.', '2024-04-15T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('asks an overdue bill to be paid by its due date', () => {
    const text = 'Your invoice of 1 March 2024 is overdue. Payment is due by 15 March 2024, 23:59 (Europe/Berlin). Services will be suspended on 20 March 2024.';
    expect(deadlineOf(text)).toBe('2024-03-15T22:59:00Z');
  });
});

describe('a cut-off at noon or midnight written as a word', () => {
  it.each([
    ['Please migrate by 12 noon ET on March 12, 2024.', '2024-03-12T16:00:00Z'],
    ['Please migrate by midnight (00:00 UTC) on 12 March 2024.', '2024-03-12T00:00:00Z'],
    ['Please migrate before 17 Mar 2024 17:00 UTC+1.', '2024-03-17T16:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('an ask with a window of its own, and an ask before what is powered off', () => {
  it.each([
    ['We will rotate the server certificate on June 9, 2024. If your clients pin the intermediate, update the pin between May 26 and June 6, 2024.', '2024-06-06T00:00:00Z'],
    ['Please reboot each instance between June 3, 2024 and June 7, 2024 at 17:00 UTC. We will reboot the rest on June 10, 2024.', '2024-06-07T17:00:00Z'],
    ['On 28 May 2024 at 10:00 CET your legacy VPS will be powered off and deleted on 4 June 2024. Back up your data before it is powered off.', '2024-05-28T08:00:00Z'],
    ['Classic pipelines stop running on April 12, 2024 at 18:00 UTC. Pipelines that have not been migrated by then will be disabled, and their history will be deleted on May 12, 2024.\n\nMigrate your pipelines now.', '2024-04-12T18:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it('leaves a window that asks nothing to the provider', () => {
    const text = 'We will reboot your instances between June 3, 2024 and June 7, 2024. No action is required.';
    expect(deadlineOf(text)).toBeUndefined();
  });
});

describe('an event named alone as the label of its date', () => {
  it.each([
    ['Revocation: 2024-06-03 17:00 UTC\nReminder emails: 2024-05-17, 2024-05-24\n\nRotate your keys before revocation.', '2024-06-03T17:00:00Z'],
    ['Shutdown: June 3, 2024\nDocs archived: July 1, 2024\nWebinar: May 10, 2024\n\nPlease migrate your jobs.', '2024-06-03T00:00:00Z'],
    ['Effective date: June 1, 2024\nAnnouncement date: March 5, 2024\n\nStarting on the effective date, unsigned requests are rejected. Sign all requests before the effective date.', '2024-06-01T00:00:00Z'],
    ['Effective date: June 1, 2024\nWebinar: May 20, 2024\n\nPlease update your clients before the effective date.', '2024-06-01T00:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});
