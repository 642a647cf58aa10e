import { describe, expect, it } from 'vitest';
import { isActionRequired } from '../../src/extraction/action.ts';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

describe('an ask taken back', () => {
  it.each([
    ['We have dropped the plan change. You no longer have to move your workspaces to the Pro tier by June 9.', 'deprecation', false],
    ['If you run the hobby plan today, you no longer need to upgrade before the summer.', 'deprecation', false],
    ['Following your feedback, the Starter plan stays. Migration is no longer required.', 'retirement', false],
    ['Thanks to the new importer, changes are no longer needed on your side.', 'deprecation', false],
    // Taken back only for readers who did something already, or taken back and followed by a new ask.
    ['If you have already switched to the new runner, you no longer need to pin the image. Everyone else must switch by May 1, 2026.', 'deprecation', true],
    ['You no longer have to rotate the key by Friday. However, you must rotate it by May 1, 2026.', 'security', true],
    // `no longer` that takes nothing back.
    ['The v1 API will no longer be available after March 2, 2026. Migrate before then.', 'deprecation', true],
    ['You will no longer be able to log in with a password. You must enable single sign-on.', 'security', true],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });

  it('gives no deadline where the ask with a date is taken back', () => {
    const text = 'Last month we wrote that the Team Lite plan would end. We have changed course: if you are on Team Lite, you no longer have to switch plans by April 20.';
    const x = extract(aNotice({ text, subject: 'Team Lite plan is staying' }));
    expect(x.actionRequired).toBe(false);
    expect(x.deadline).toBeNull();
  });
});

describe('advice to the readers named in the third person', () => {
  it.each([
    ['We recommend any user of the classic API (see the docs) to migrate to the new one.', 'informational', true],
    ['We strongly encourage all customers on the legacy runners to switch to the new fleet.', 'informational', true],
    ['We advise every team that still pins v2 to upgrade.', 'informational', true],
    // Not an ask to move anything: an offer, or a recommendation of something else.
    ['We recommend any user of the dashboard to read the new guide.', 'informational', false],
    ['We encourage all customers to join our community call.', 'informational', false],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});

describe('watching asks nothing', () => {
  it.each([
    ['You should also keep close attention to the usage graphs in your console.', 'informational', false],
    ['You may want to keep an eye on the error rate of your jobs during the window.', 'maintenance', false],
    ['Please check your e-mail or in-app notifications regularly.', 'informational', false],
    ['Please pay attention to our announcements about the new plans.', 'informational', false],
    // Checking or fixing something of the reader's is asked.
    ['You should check your firewall rules and allow the new range.', 'maintenance', true],
    ['You should also rotate the keys listed in your notifications.', 'security', true],
    ['You must check the configuration of your webhooks before May 1, 2026.', 'informational', true],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});

describe('an end told after it happened', () => {
  it.each([
    ['We have gone ahead and revoked your personal access token, as it was unused for a year. Scripts that used it no longer work.', 'Your token has been revoked', false],
    ['In early spring, Examplehost discontinued its shared cluster offering in two regions. This report explains what went wrong.', 'Postmortem: shared cluster shutdown', false],
    // An end still ahead, or an ask, keeps the reader's task.
    ['Your personal access token has been revoked. Please create a new token for your scripts.', 'Your token has been revoked', true],
    ['We have discontinued the starter plan for new sign-ups. Existing starter workspaces will be removed on June 1, 2024.', 'Starter plan discontinued', true],
    ['The legacy importer has been deprecated and will be removed in a later release.', 'Legacy importer deprecated', true],
  ] as const)('%s → %s', (text, subject, expected) => {
    expect(extract(aNotice({ text, subject })).actionRequired).toBe(expected);
  });
});

describe('what the readers named in the third person will need to do', () => {
  it.each([
    ['Tenants who turned on request signing will need to download the new metadata file.', 'informational', true],
    ['Any integrations that still send the old header may need to add a bearer token to keep working.', 'informational', true],
    ['Workspace owners need to confirm the new billing address.', 'informational', true],
    ['Existing subscribers on the annual plan will have to pick a new tier.', 'informational', true],
    // Nothing asked: the readers need nothing, or need only to know.
    ['Customers on the current plan do not need to change anything.', 'informational', false],
    ['Most users won’t need to update their scripts.', 'informational', false],
    ['Here is what developers need to know about the new dashboard.', 'informational', false],
    ['We will need to restart the database nodes during the window.', 'informational', false],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});

describe('the provider says it asks, or names a replacement to use instead', () => {
  it.each([
    ['We are asking you to move your mailboxes to another host.', true],
    ['We’re requesting that you re-register your webhooks.', true],
    ['We kindly ask you to rotate the signing secret.', true],
    ['To fetch closed tickets, please call the history endpoint instead.', true],
    ['Use the bulk exporter instead of the nightly job.', true],
    // Not an ask of the reader.
    ['We asked our vendors to ship the patch sooner.', false],
    ['Our team used the backup link instead while the primary was down.', false],
    ['If you would rather not wait, you can use the mobile app instead.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});

describe('a no-action line said of readers picked out by what they lack', () => {
  const ask = 'The old signing key expires on October 5, 2026. Accounts that verify webhooks must load the new key before then. ';
  it.each([
    [`${ask}Accounts without webhook verification have nothing to change.`, true],
    [`${ask}Workspaces without a custom domain: nothing to do.`, true],
    // Said of everyone.
    ['We rotate the platform key on October 5, 2026 without downtime. No action is required.', false],
    ['We rotate the platform key on October 5, 2026. There is nothing you need to do.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'certificate')).toBe(expected);
  });
});

describe('a polite imperative that stops or saves the reader\'s own things', () => {
  it.each([
    ['Please shut down your build agents during the window.', true],
    ['Kindly power off the guests on host 4 tonight.', true],
    ['Please save and close any open documents in the editor.', true],
    ['Please drain your queues and pause the consumers.', true],
    ['Please take a snapshot of each volume first.', true],
    ['Please detach the data disks from these machines.', true],
    // Saving a message, or a date, changes nothing of the reader's.
    ['Please save this email for your records.', false],
    ['Please save the date for our user conference.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'maintenance')).toBe(expected);
  });
});

describe('a notice whose one request is to watch for what comes next', () => {
  it.each([
    ['A fix for a critical flaw in the TLS library ships next week. Please monitor our security mailing list for updates.', 'security', false],
    ['Support for the old runtime ends soon. Kindly follow the changelog for further announcements.', 'deprecation', false],
    // A request to act, or no request at all: the kind still asks.
    ['A critical flaw affects the agent. Please monitor our list for updates, and upgrade to 4.2.1 today.', 'security', true],
    ['A critical flaw affects the agent in versions before 4.2.1.', 'security', true],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});
