import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extraction/dates.ts';
import { columnTitle } from '../../src/extraction/columns.ts';
import { cueDates, cueOfTitle } from '../../src/extraction/roles.ts';

const RECEIVED = new Date('2024-03-01T12:00:00Z');
const cues = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.cue);

describe('the role of a date, from the words around it', () => {
  it.each([
    ['Please act before October 31, 2024 to avoid an interruption.', 'due'],
    ['You must migrate your projects by August 30, 2024.', 'due'],
    ['The certificate expires on Nov 14, 2024 at 23:59:59 UTC.', 'due'],
    ['Your certificate will expire in 6 days.', 'due'],
    ['Expiration: December 9, 2024 at 12:00 AM UTC', 'due'],
    ['Deprecation date: January 15, 2025', 'due'],
    ['Validity Not Before: May 1, 2024', 'past'],
    ['Not After : Jun 1, 2025', 'due'],
    ['Do not act before May 1, 2024.', 'due'],
    ['Recommended apply by date: July 26, 2024', 'due'],
    ['Artifact actions v3 will be closing down by January 30, 2025.', 'due'],
    ['The legacy forum will be closed down on June 3, 2024.', 'due'],
    ['Our classic site closes down for good on June 3, 2024.', 'due'],
    ['The booth is closed on June 3, 2024.', 'neutral'],
    ['We are ending support for Node.js 16 in Lambda on June 12, 2024.', 'due'],
    ['Standard support for Kubernetes version 1.34 in Amazon EKS will end on December 2, 2026.', 'due'],
    ['On April 30th, 2027, Heroku-22 reaches end-of-life; apps will run at your own risk.', 'due'],
    ['TLS-SNI-01 validation will stop working on February 13th, 2025.', 'due'],
    ['After 2024-06-21 21:00 UTC your instance will be terminated.', 'due'],
    ['We will stop your instance after 2024-09-16 19:00 UTC.', 'due'],
    ['The deadline was moved to May 1, 2024.', 'due'],
    ['You have until June 1, 2024 to move your data.', 'due'],
    ['Submit the form by end of day on June 14, 2024.', 'due'],
    ['If payment is not received within 7 days, your services may be suspended.', 'due'],
    ['The grace period ends on October 3, 2024.', 'due'],
    ['Your trial period will end on April 2, 2024; add a card to keep your projects.', 'due'],
    ['We will begin enforcing MFA for all direct logins on April 8, 2025.', 'due'],
    ['Slack will stop supporting files.upload on November 12, 2025.', 'due'],
    ['MFA enforcement for your org is scheduled for May 2, 2024.', 'due'],
    ['Your Business Standard trial for acme-studio.com ends on April 24, 2024.', 'due'],
    ['Your subscription will end on June 30, 2024 unless you renew it.', 'due'],
    ['Based on your usage over the last 7 days, your balance will run out in approximately 4 days.', 'due'],
    ['Starting July 15, 2024, you will no longer be able to create functions.', 'effective'],
    ['From November 1st, 2026, the first build of each app will fail.', 'effective'],
    ['Migrations begin on or after May 28, 2024.', 'effective'],
    ['If you want to test whether it still works after March 13, 2024, use staging.', 'effective'],
    ['This follows Node.js 18 End-Of-Life, which is scheduled for April 30, 2025.', 'past'],
    ['As announced on March 3, 2024, plans are changing.', 'past'],
    ['As previously announced, we will stop accepting TLS 1.0 connections on 2024-04-01.', 'due'],
    ['As announced in our blog, the v1 API will be retired on June 1, 2024.', 'due'],
    ['Python 3.9 End-Of-Life (EOL) reached on October 30, 2025.', 'past'],
    ['The migration deadline was extended from July 30, 2024, to avoid disruption.', 'past'],
    ['We previously extended support until June 1, 2024.', 'past'],
    ['It was deprecated as of July 30, 2019.', 'past'],
    ['Kubernetes 1.34 will remain in extended support until December 2, 2027.', 'neutral'],
    // What the reader uses lasts until then, in other words.
    ['The legacy endpoint will still be functional until August 2024.', 'due'],
    ['Classic runners are still operational until May 31, 2024, and then go away.', 'due'],
    ['Old dashboards remain usable until April 30, 2024.', 'due'],
    ['The new endpoint is functional since April 30, 2024.', 'effective'],
    ['We will be in the office until April 30, 2024.', 'neutral'],
    ['We plan on performing this maintenance at 2024-11-01 19:00:00 +0000.', 'start'],
    ['We will also run brownouts on February 18, 2025 for an hour.', 'effective'],
    ['Come to our conference on May 5, 2024.', 'neutral'],
    ['On April 15, 2024, API version 2023-10 leaves support.', 'due'],
    ['Support for the v1 SDK ends April 15, 2024.', 'due'],
    ['We will share a full post-incident report by March 26, 2024.', 'neutral'],
    ['We will issue your refund no later than March 26, 2024.', 'neutral'],
    ['Rotate every API token created before March 26, 2024.', 'neutral'],
    ['Certificates issued prior to April 2, 2024 are not affected.', 'neutral'],
    ['Keys generated after May 1, 2024 already use the new format.', 'neutral'],
    ['New tokens must be created before March 26, 2024.', 'due'],
    ['A root-cause analysis will be posted on our status page by March 26, 2024.', 'neutral'],
    ['The full incident report will be published no later than March 26, 2024.', 'neutral'],
    ['Our detailed post-mortem will be shared by March 26, 2024.', 'neutral'],
    ['The report must be submitted by March 26, 2024.', 'due'],
    ['We will disable the old keys by March 26, 2024.', 'due'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it.each([
    ['Start: 2024-06-15 19:00 UTC\nEnd: 2024-06-16 04:00 UTC', ['start', 'end']],
    ['Maintenance start: 2024-09-08 05:00 UTC\nMaintenance end:  2024-09-08 12:00 UTC', ['start', 'end']],
    ['Scheduled start: Mon, 18 Mar 2024 02:00:00 GMT\nScheduled end: Mon, 18 Mar 2024 06:00:00 GMT', ['start', 'end']],
    ['Brownouts: January 9th, 12pm - 1pm EST', ['start', 'end']],
  ])('reads labels and ranges as windows: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it('marks a date before the day the notice was sent as past, whatever the words say', () => {
    expect(cues('Please act before February 1, 2024.')).toEqual(['past']);
  });

  it('reads a line that holds only a date as a timestamp', () => {
    expect(cues('Scheduled - We will upgrade the database.\nMar 7, 09:20 PDT\n')).toEqual(['neutral']);
  });
});

describe('a phase that only warns, and a window, told from words that only look like them', () => {
  const calm = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.calm === true);
  it.each([
    ['Starting May 1, 2024, calls to v1 print a warning in the logs.', true],
    ['From May 1, 2024, we will send reminders to every owner.', true],
    ['Starting May 1, 2024, the API warns callers that use the old field.', true],
    ['Starting May 1, 2024, Warnings appear in the console.', true],
    // A capitalised word after another is part of a product's name, not a warning.
    ['As of May 1, 2024, we are discontinuing the Quill Notify service.', false],
    ['Starting May 1, 2024, Orbit Push Notifications will stop working.', false],
    ['From May 1, 2024, the Harbor Reminder Bot is shut down.', false],
  ])('%s → calm %s', (text, expected) => {
    expect(calm(text)).toEqual([expected]);
  });

  it.each([
    ['To improve performance, the v1 endpoints change hosts at 2024-06-01 02:00 UTC.', 'neutral'],
    ['For better API performance, we will delist the old routes at 2024-06-01 02:00 UTC.', 'due'],
    ['The old routes will be delisted for performance reasons at 2024-06-01 02:00 UTC.', 'due'],
    ['We will perform the database upgrade at 2024-06-01 02:00 UTC.', 'start'],
    ['Engineers are performing network work at 2024-06-01 02:00 UTC.', 'start'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });
});

describe('a month limited to its early or late part', () => {
  const read = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => [c.cue, c.at.toISOString().slice(0, 10)]);
  it.each([
    ['Move your jobs to the new runners before early November.', [['due', '2024-11-01']]],
    ['Switch every client over prior to early-July.', [['due', '2024-07-01']]],
    ['Rotate the signing keys by late June.', [['due', '2024-06-30']]],
    ['All exports must be downloaded no later than late September.', [['due', '2024-09-30']]],
    // Without a word that makes it a limit, the part of a month is background.
    ['In early November we shipped a new console.', []],
    ['Late June brought record traffic to the dashboard.', []],
  ])('%s → %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the role of a date in a table, from the title of its column', () => {
  const table = (header: string, row: string) => `Schedule:\n\n${header}\n${row}\n\nUpgrade before then.`;
  it.each([
    ['Version | Automatic upgrades begin | End of support', '4.0.14 | July 15, 2025 | June 30, 2025', ['effective', 'due']],
    ['| Certificate | Created | Expires |', '| api-prod | Sep 18, 2025 | Sep 17, 2026 |', ['neutral', 'due']],
    ['Stack       Status       End of life', 'heroku-20   Deprecated   2025-04-30', ['due']],
    ['Cluster     Start                  End', 'prod-1      2025-05-03 01:00 UTC   2025-05-03 05:00 UTC', ['start', 'end']],
    ['Database   Retirement date   Replacement', 'orders     2025-10-01        v2', ['due']],
  ])('%s / %s → %j', (header, row, expected) => {
    expect(cues(table(header, row))).toEqual(expected);
  });

  it.each([
    ['a row of values above is not a header', '2025-01-10 | 2025-02-10', '2025-03-10 | 2025-04-10'],
    ['prose with one column is not a table', 'The window is now closed.', 'It ends on June 30, 2025 for everyone.'],
  ])('gives no title where %s', (_, above, line) => {
    const text = `${above}\n${line}`;
    expect(columnTitle(text, text.lastIndexOf('2025'))).toBeNull();
  });

  it('reads only the rows above the date, up to the first line of another shape', () => {
    const text = 'Name | Due\nacme | 2025-06-30\n\nOther | Thing\nx | 2025-07-31';
    expect(columnTitle(text, text.indexOf('2025-06-30'))).toBe('Due');
    expect(columnTitle(text, text.indexOf('2025-07-31'))).toBe('Thing');
    expect(cueOfTitle('Thing')).toBeNull();
  });
});

describe('a date due by what breaks in its sentence, in any voice', () => {
  const read = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => [c.cue, c.harmOnly === true, c.newOnly === true, c.ask === true]);
  it.each([
    ['We will disable Frontend API v1 on October 15, 2024.', ['due', true, false, false]],
    ['If that attempt fails too, your team will be moved to the Free plan on July 15, 2024.', ['due', true, false, false]],
    ['On June 3, 2024 a trigger call with a string recipient returns 422.', ['due', true, false, false]],
    ["We'll try the card again on July 8, 2024.", ['neutral', false, false, false]],
    ['The walkthrough is on June 12, 2024.', ['neutral', false, false, false]],
    ['New v2 projects can no longer be created on November 1, 2024.', ['effective', false, true, false]],
    ['From 16 June 2024, new keys must have an expiration of one year or less.', ['effective', false, true, false]],
    ['On November 1, 2024 new apps and existing apps stop working.', ['due', false, false, false]],
    ['On November 1, 2024, apps that open more than 50 connections will see errors.', ['due', true, false, false]],
    ['From 2024-11-01 you will no longer be able to create clusters of version 1.25.', ['effective', false, true, false]],
    ['From 2024-05-19 you can no longer select runtime 2023.09 for new or edited checks.', ['effective', false, true, false]],
    ['Starting June 1, 2024, teams on the free tier cannot add a new mailbox once they have three.', ['effective', false, true, false]],
    ['From 2024-06-01 you will no longer be able to add another new webhook to a paused app.', ['effective', false, true, false]],
    ['On June 1, 2024 we stop adding any new regions to the starter plan.', ['effective', false, true, false]],
    ['On June 1, 2024 you will no longer be able to add funds to legacy wallets.', ['due', true, false, false]],
    ['We will switch it off on March 31, 2024 at 12:00 UTC.', ['due', true, false, false]],
    ['We will begin turning off hosted databases on April 30, 2024.', ['due', true, false, false]],
    ['On April 30, 2024 we start switching off the old relays.', ['due', true, false, false]],
    ['The legacy endpoint goes away on April 15, 2024.', ['due', true, false, false]],
    ['The integration goes read-only on April 15, 2024.', ['due', true, false, false]],
    ['Legacy tokens are invalidated on April 15, 2024.', ['due', true, false, false]],
    ['Your free credits lapse on April 15, 2024.', ['due', true, false, false]],
    ['Your workspace will be paused on April 15, 2024.', ['due', true, false, false]],
    ['We will fail over your cache to its replica on June 17, 2024.', ['neutral', false, false, false]],
    // Harm named by its noun: suspension, revocation, deactivation.
    ['Update your payment method to avoid suspension of your account on June 17, 2024.', ['due', true, false, true]],
    ['Revocation of the listed keys takes place on June 17, 2024.', ['due', true, false, false]],
    ['Deactivation of inactive projects is scheduled for June 17, 2024.', ['due', true, false, false]],
    ['Logs older than 30 days are purged on April 15, 2024.', ['due', true, false, false]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    // Refusing only what is new leaves what the reader runs working.
    ['On October 19, 2024 the CLI rejects new versions that target Node.js 18.', ['effective', false, true, false]],
    ['From May 2, 2024 the registry refuses new uploads of v1 packages.', ['effective', false, true, false]],
    ['On May 2, 2024 we will block any new deployments to the old region.', ['effective', false, true, false]],
    ['On May 2, 2024 the registry stops accepting new v1 packages.', ['effective', false, true, false]],
    ['On May 2, 2024 the CLI will refuse to deploy new versions that target Node.js 18.', ['effective', false, true, false]],
    ['On May 2, 2024 the platform stops accepting requests from v1 clients.', ['due', true, false, false]],
    ['On May 2, 2024 the API rejects requests that target Node.js 18.', ['due', true, false, false]],
    ['On May 2, 2024 the registry blocks downloads of new and old v1 packages alike.', ['due', true, false, false]],
    // The event written between a day and its time.
    ['November 2, 2024      Functions on Node.js 18 stop running at 23:59 UTC.', ['due', false, false, false]],
    ['November 2, 2024      Office hours with the team at 16:00 UTC.', ['neutral', false, false, false]],
    // A threat to move the reader to a free plan.
    ['If the invoice is still unpaid on May 2, 2024, we will move your organization to the free plan.', ['due', true, false, false]],
    ['On May 2, 2024 we move our docs to a new site.', ['neutral', false, false, false]],
    ['If the balance is still open on May 2, 2024, we will close your account.', ['due', true, false, false]],
    ['On May 2, 2024 your workspace will be locked.', ['due', true, false, false]],
    ['On May 2, 2024 the maintenance window closes at noon.', ['neutral', false, false, false]],
    ['The office is closed on May 2, 2024.', ['neutral', false, false, false]],
  ])('what breaks, and what only new things meet: %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ['On April 15, 2024 at 16:00 UTC, API version 2023-10 leaves support. From then on, requests that ask for it are rejected.', 'due'],
    ["We'll flip the switch on Tuesday, March 31, 2024 at 12:00 UTC. From that moment, logs sent to the old host are dropped.", 'due'],
    ['The legacy dashboard goes read-only on June 3, 2024.\n\nAfter that date, saved views will be deleted.', 'due'],
    ['The v1 schema is frozen on May 2, 2024. At that point, writes through v1 fail.', 'due'],
    ['Our new console launches on May 2, 2024. From then on, you will find billing under Settings.', 'neutral'],
    ['The v1 schema is frozen on May 2, 2024. Requests through v1 fail later in the year.', 'neutral'],
  ])('a date whose next sentence opens by pointing back at it takes that sentence\'s cue: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it.each([
    ['2024-11-01        New v2 projects can no longer be created', 'effective'],
    ['2025-01-31        v2 jobs stop running and the v2 API is switched off', 'due'],
    ['2025-02-15        Office hours with the team', 'neutral'],
  ])('a row under a title that names no role: %s', (row, cue) => {
    const text = `Date              What happens\n${row}\n`;
    expect(cues(text)).toEqual([cue]);
  });
});

describe('a due date in the sentence that asks the reader to act', () => {
  const asks = (text: string) => cueDates(text, findDates(text, RECEIVED), RECEIVED).map((c) => c.ask === true);
  it.each([
    ['Move every integration to API V2 before 30 September 2024.', true],
    ['To avoid broken images, make sure the origin serves HTTPS, then change the Base URL before September 15, 2024.', true],
    ['You must change those calls by October 1, 2024.', true],
    ['Your keys must be rotated before May 1, 2024.', true],
    ['Your certificate expires on May 1, 2024.', false],
    ['You can upgrade any time before May 1, 2024.', false],
    ['If you want the old layout, switch back before May 1, 2024.', false],
    ['If your clients use a custom trust store, add ISRG Root X2 before May 1, 2024.', true],
    ['If you pin the intermediate, update it by May 1, 2024.', true],
    ['If your build fails on May 1, 2024, update the image.', false],
    ['When the upgrade completes on May 1, 2024, restart your workers.', false],
  ])('%s', (text, expected) => {
    expect(asks(text)).toEqual([expected]);
  });
});

describe('the words that make a date due or a rehearsal', () => {
  it.each([
    ['We will discontinue support for agent 2.3 on May 20, 2024.', 'due'],
    ['The vendor is discontinuing the v1 feed on June 4, 2024.', 'due'],
    ['Our team discontinues the legacy dashboard on July 1, 2024.', 'due'],
    ['We discontinued the beta on May 20, 2024 after review.', 'neutral'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it.each([
    ['Wednesday, May 8, 2024: first brownout, the old API answers 410 for a few hours.', 'effective'],
    ['May 8, 2024 - a brown-out of the v1 endpoints that fails calls', 'effective'],
    ['Brownout on May 8, 2024: requests are rejected.', 'effective'],
  ])('a brownout day is a rehearsal, not due: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it.each([
    ['After the brownouts, the v1 endpoints will be removed on June 3, 2024.', 'due'],
    ['June 3, 2024: v1 is removed for good; the brownouts were only warnings.', 'due'],
  ])('the day of the change after brownouts is due: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });
});

describe('a day after which what the ask avoids begins', () => {
  it.each([
    ['Please upgrade your agents soon to avoid interruptions after June 30, 2024.', 'due'],
    ['Switch to the new endpoint to prevent failed calls after June 30, 2024.', 'due'],
    ['Rotate the key now, avoiding any outage after June 30, 2024.', 'due'],
  ])('is due: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });

  it.each([
    ['The new dashboard is available after June 30, 2024.', 'effective'],
    ['We avoided the rush. After June 30, 2024 pricing changes.', 'effective'],
  ])('is not: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue]);
  });
});
