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
      'no date where the only one left is what the provider promises to deliver',
      'Regenerate the tokens of the Connectors listed above and redeploy them. A root-cause analysis will be posted on our status page by November 13, 2024.',
      undefined,
    ],
    [
      'no date from the provider\'s own promise, in the active voice either',
      'Please reconnect the integration from the dashboard. We will share a full post-incident report by November 13, 2024.',
      undefined,
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
      'the due date an ask points back to (`before the EOM date`) over an earlier phase',
      'We will stop maintaining version 1.25 at 2024-09-30 23:59 UTC. From 2024-08-31 you will no longer be able to create clusters of version 1.25. Upgrade your clusters before the EOM date.',
      '2024-09-30T23:59:00Z',
    ],
    [
      'the earliest due date before an ask that says `before this date`',
      'Validation will be disabled temporarily on June 13, 2024 and permanently on July 13, 2024. Please switch to another method before this date.',
      '2024-06-13T00:00:00Z',
    ],
    [
      'the due date before `by then` over a later one',
      'Legacy tokens will be revoked on May 20, 2024. On June 20, 2024 the old scopes are removed. Please create new tokens by then.',
      '2024-05-20T00:00:00Z',
    ],
    [
      'what breaks over an earlier phase in which the reader can no longer create things',
      'From 2024-08-31 you will no longer be able to create clusters of version 1.25. On 2024-09-30, we will stop maintaining version 1.25. Upgrade your clusters.',
      '2024-09-30T00:00:00Z',
    ],
    [
      'what breaks over an earlier phase in which things cannot be provisioned',
      'Starting August 31, 2024, Basic databases cannot be provisioned. On September 30, 2024, we will delete all Basic databases. Please migrate them.',
      '2024-09-30T00:00:00Z',
    ],
    [
      'the time a phase gives to the day that is due',
      'Subject line: certificates will be revoked on 13 September 2024. Revocation will begin on 13 Sep 2024 14:00 UTC. Reissue your certificates.',
      '2024-09-13T14:00:00Z',
    ],
    [
      'what breaks over an earlier phase that shows a deprecation warning',
      'Timeline:\n- 2024-12-01: pipelines that use the image show a deprecation warning.\n- 2025-03-02: the image is removed. Jobs that still request it will fail to start.\n\nAction required: update your pipelines.',
      '2025-03-02T00:00:00Z',
    ],
    [
      'what breaks over an earlier phase in which things still work under a warning banner',
      'Starting Monday, February 16th, 2025, analyses from an unsupported scanner will still be processed, but the page shows a warning banner. Starting Monday, March 16th, 2025, they will be rejected. Update the scanner.',
      '2025-03-16T00:00:00Z',
    ],
    [
      'a phase in which requests are refused over an earlier one that adds a header',
      'From 31 August 2024, 12:00 BST, downloads with a personal key will be refused with 401. From 1 July 2024, responses will carry a Deprecation header and a warning. Please replace the key.',
      '2024-08-31T11:00:00Z',
    ],
    [
      'the day an ask names by its event (`before issuance stops`) over a later shutdown',
      'From 15.04.2024 at 12:00 UTC, no new certificates will be issued and no renewals will be possible. The endpoint will be shut down on 15.05.2024. Switch to another CA and request new certificates before issuance stops.',
      '2024-04-15T12:00:00Z',
    ],
    [
      'the date an ask names as `your renewal date`',
      'Next renewal: March 14, 2024 (EUR 289.00)\n\nPlease update your payment details before your renewal date.',
      '2024-03-14T00:00:00Z',
    ],
    [
      'a date that only says what breaks over an earlier phase that only warns',
      'Starting October 19, 2024, requests with a legacy key will print a warning. On November 2, 2024, we will revoke all legacy keys. Please update your CI secrets with a new key.',
      '2024-11-02T00:00:00Z',
    ],
    [
      'a date that only says what breaks over an earlier phase of reminders',
      'From July 1, 2024 we will send weekly reminders to affected owners. On August 1, 2024, we will delete the remaining buckets. Please move your data.',
      '2024-08-01T00:00:00Z',
    ],
    [
      'a phase that warns and breaks over a later date',
      'Starting July 1, 2024, requests will show a warning and fail once an hour. On August 1, 2024, we will remove the endpoint. Update your client.',
      '2024-07-01T00:00:00Z',
    ],
    [
      'the day of the subject at the time the body gives it, where that time falls on the next day in UTC',
      'The service reaches end of life at 11:59 PM ET on April 30, 2024. After that time, calls will be rejected.',
      '2024-05-01T03:59:00Z',
      { subject: 'The service reaches end of life on April 30, 2024' },
    ],
    [
      'a day written alone and the same day with a late Pacific time elsewhere',
      'Move your integration before June 30, 2024. The endpoint is turned off at 10:00 p.m. PT on June 30, 2024.',
      '2024-07-01T05:00:00Z',
    ],
    [
      'what breaks after a time over an earlier phase where only a warning starts',
      'Beginning March 16, 2024, responses carry a deprecation warning. After 11:59 p.m. PT on April 30, 2024, calls will be declined. Switch to the new API.',
      '2024-05-01T06:59:00Z',
    ],
    [
      'the day an ask points back at (`before the cutoff`) over a later-written phase that starts earlier',
      'On May 20, 2024, requests to the v1 endpoints will start to fail. Migrate these calls before the cutoff. Starting April 2, 2024, responses include a Sunset header.',
      '2024-05-20T00:00:00Z',
    ],
    [
      'the day an ask points back at (`Before then`) over an earlier phase',
      'Starting April 2, 2024, v1 responses carry a warning header. The v1 endpoints will return errors on May 20, 2024. Before then, move your integration to v2.',
      '2024-05-20T00:00:00Z',
    ],
    [
      'the day an ask points back at (`before that date`) in the same sentence',
      'Beginning April 2, 2024, the dashboard shows a banner. The legacy API is turned off on May 20, 2024; switch your client to the new API before that date.',
      '2024-05-20T00:00:00Z',
    ],
    [
      'the day whose sentence names the event an ask points back at, over a phase written after it',
      'The classic platform will sunset on July 20, 2026. Beginning October 1, 2025, you can no longer create new projects there. Move your projects before the sunset date.',
      '2026-07-20T00:00:00Z',
    ],
    [
      'the end-of-life day an ask points back at, over a later-written warning phase',
      'Version 2 reaches end of life on May 31, 2026, after which its calls are refused. From March 2, 2026, the console shows a banner. Upgrade every client before the end-of-life date.',
      '2026-05-31T00:00:00Z',
    ],
    [
      'the day by which an ask that navigates (`go to … and select`) is due',
      'On June 9, 2025, during its maintenance window, we will upgrade your service. To upgrade at a time you choose, go to Service management and select Upgrade before June 9, 2025.',
      '2025-06-09T00:00:00Z',
    ],
    [
      'the day by which an ask that opens on `Select` is due',
      'Your plan changes on July 1, 2025. Select a new plan in Billing before July 1, 2025.',
      '2025-07-01T00:00:00Z',
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
    [
      'the cut-off of an ask that opens its sentence with move',
      'Move your integrations to API v8. The cut-off is 31 March 2024 at 23:59 IST.',
      '2024-03-31T18:29:00Z',
    ],
    [
      'the opening of a window on a day named with no role, where the reader must prepare',
      'On Monday June 3, 2024, we begin a two-day upgrade of every shared cluster.\n\n- The window opens Monday, June 3 at 9:00 am EDT / 1:00 pm UTC.\n- You must make sure your drivers support version 6.',
      '2024-06-03T13:00:00Z',
    ],
    [
      'a due day, not the time a window opens that day',
      'Upgrade your drivers by June 3, 2024. Maintenance window: June 3, 2024 from 22:00 to 23:00 UTC.',
      '2024-06-03T00:00:00Z',
    ],
    [
      'a day named with no role, not the time a window opens the day after',
      'On June 3, 2024 we begin upgrading shared clusters. The window opens June 4 at 13:00 UTC. You must make sure your drivers support version 6.',
      '2024-06-03T00:00:00Z',
    ],
    [
      'the last day of an ask that opens its sentence with switch',
      'Switch your apps to the v3 endpoints. Last day to migrate: March 31, 2024.',
      '2024-03-31T00:00:00Z',
    ],
    [
      'the day labelled as the end over the day labelled as a deprecation',
      'Deprecation date: June 30, 2024\nThe v2 calls keep working after that day, without fixes.\n\nSunset date: March 31, 2025\nThe v2 calls stop answering. Move to v3 before then.',
      '2025-03-31T00:00:00Z',
    ],
    [
      'a day labelled as a deprecation where it is the only one',
      'Deprecation date: June 30, 2024\nPlease move your integrations to the v3 calls.',
      '2024-06-30T00:00:00Z',
    ],
    [
      'the time a window opens on the day a change is scheduled for',
      'The breaking change is scheduled for 2024-04-09. The change will be applied between 2024-04-09 06:00 and 2024-04-09 09:00 UTC. Please upgrade your clients to TLS 1.2.',
      '2024-04-09T06:00:00Z',
      { subject: 'Breaking change on 2024-04-09' },
    ],
    [
      'the final removal over the brownouts that rehearse it',
      'The old builder is going away.\n* Tuesday, April 2, 2024: first brownout (temporarily enforce the new config) for 6 hours\n* Tuesday, April 16, 2024: second brownout for 12 hours\n* Tuesday, May 7, 2024: remove the old builder for good.\nPlease add a config file to each project.',
      '2024-05-07T00:00:00Z',
    ],
    [
      'the end of a month written without a year, from the message date',
      'At the end of March the classic hooks will stop firing. Please reconnect your repositories from the dashboard.',
      '2024-03-31T00:00:00Z',
    ],
    [
      'a day support is discontinued on',
      'We will discontinue support for agent versions 3.1 and below on May 20, 2024. You must upgrade to agent 3.2 or later.',
      '2024-05-20T00:00:00Z',
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

describe('a phase that starts on the day the notice is sent', () => {
  // The notice builder sends on March 1, 2024.
  it.each([
    ['Effective March 1, 2024, the v1 search models are no longer available. Move your calls to v2.'],
    ['As of March 1, 2024, requests that name the old model IDs will fail. Switch every client to the new IDs.'],
    ['Starting March 1, 2024, the legacy upload route returns HTTP 410. Please update your clients.'],
  ])('is the deadline where something already stops working in it: %s', (text) => {
    expect(deadlineOf(text)).toBe('2024-03-01T00:00:00Z');
  });

  it.each([
    ['As of March 1, 2024, the Tiles library is deprecated. Please move to the Layers library.'],
    ['Starting March 1, 2024, the new console is open to everyone. Please migrate your dashboards when convenient.'],
    ['As of March 1, 2024, new projects can no longer be created on the v1 plan. Please move your projects to v2.'],
  ])('is news, not a deadline, where nothing stops working yet: %s', (text) => {
    expect(deadlineOf(text)).toBeUndefined();
  });
});

describe('the time an ask must beat, named by the event that starts then', () => {
  it.each([
    ['Buy any renewals you need in advance. Please do so before the upgrade commences on March 20, 2024.', '2024-03-20T00:00:00Z'],
    ['Export your boards ahead of the migration commencing on March 20, 2024 at 09:00 UTC.', '2024-03-20T09:00:00Z'],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});

describe('a deadline already passed when the notice is sent', () => {
  // Sent 2024-03-01: nothing ahead is due, but the notice asks for something that was due before it.
  it.each([
    ['a due day before the notice, with an ask', 'Legacy API keys expire on February 15, 2024. Rotate your keys in the dashboard.', '2024-02-15T00:00:00Z'],
    ['a month due before the notice', 'Support for the 2.x agents ends in February 2024. Please upgrade your agents.', '2024-02-01T00:00:00Z'],
    ['the latest of two late days', 'The v1 calls were disabled on test sites on January 10, 2024 and will be removed from live sites on February 20, 2024. Move to v2.', '2024-02-20T00:00:00Z'],
    // A phase that began before the notice and broke something the reader calls is late to act on, not gone.
    ['a phase that broke a call', 'As of 2/15/2024, we are deprecating the legacy search call, and it no longer answers your application. Please move to the new query service.', '2024-02-15T00:00:00Z'],
    ['a phase whose calls now fail', 'Effective February 20, 2024, requests signed with SHA-1 are rejected. You must sign your requests with SHA-256.', '2024-02-20T00:00:00Z'],
  ])('%s', (_name, text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });

  it.each([
    ['a day ahead wins over a late one', 'Legacy keys expire on February 15, 2024. Rotate your keys by March 20, 2024.', '2024-03-20T00:00:00Z'],
    ['a day ahead with no role wins over a late one', 'Our charge failed on February 15, 2024. Please update your payment method within 7 days of this notice.', '2024-03-08T00:00:00Z'],
    ['no deadline where nothing is asked', 'We rotated the signing keys on February 10, 2024 and the old ones expire on February 20, 2024. No action is required.', undefined],
    ['no deadline from a past day that only tells what happened', 'On February 12, 2024 we published a new guide to webhooks. Please read it and update your integration.', undefined],
    ['no deadline from a past phase that broke nothing', 'Starting February 12, 2024, the dashboard shows usage by region. Please review your alert thresholds.', undefined],
    ['a phase ahead wins over a late one', 'As of February 10, 2024, v1 calls are rejected in the sandbox. From April 2, 2024, they are rejected everywhere. Please move to v2.', '2024-04-02T00:00:00Z'],
    ['no deadline from a year the service began', 'These servers have been offered since 2015. Please update your contact details in the panel.', undefined],
  ])('%s', (_name, text, expected) => {
    expect(deadlineOf(text)).toBe(expected);
  });
});
