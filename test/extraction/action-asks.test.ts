import { describe, expect, it } from 'vitest';
import { isActionRequired } from '../../src/extraction/action.ts';

describe('an offer that hangs on what the reader wants, put either way', () => {
  it.each([
    ['We invite you to read the migration guide, should you wish to move your servers before our team does.', 'maintenance', false],
    ['We strongly encourage you to try the new console, should you want to see the graphs early.', 'maintenance', false],
    ['We recommend that you move your volumes yourself if you would like to choose the hour.', 'maintenance', false],
    // A plain ask, or a condition on what the reader has, still asks.
    ['We strongly encourage you to move your volumes before the window.', 'maintenance', true],
    ['Should you run the old agent, you must upgrade it before June 3, 2026.', 'maintenance', false],
    ['We recommend that you rotate the key. Should you want help, write to us.', 'informational', true],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });
});

describe('what the reader risks, or what must be done to their things, asks', () => {
  it.each([
    ['To avoid errors when your jobs fetch artifacts, your build hosts will need to reach the new mirror.', true],
    ['To avoid problems with the new endpoint, update the client library on your servers.', true],
    ['To avoid issues, we have moved the change to the following week.', false],
    ['To avoid failures during the move, we will keep the old hosts answering for a month.', false],
    ['To avoid errors around daylight saving time, our scheduler now runs every job in UTC.', false],
    ['Firewall rules will need to be manually updated to include the new range.', true],
    ['Your allow lists must be promptly changed once the new addresses are published.', true],
    ['Proxy rules that pin our old range will have to be changed in the cases below:', true],
    ['Allow lists on your side have to be updated to include the new block.', true],
    ['Existing webhooks will not have to be reviewed.', false],
    ['Your saved reports don\u2019t have to be migrated by hand.', false],
    ['The agent on your machines does not need to be manually updated.', false],
    ['The agent on your machines does not need to be updated.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});

describe('a time given to act, to the reader or to the readers named', () => {
  it.each([
    ['Existing customers will have until 30 June to move their sites to the new panel.', true],
    ['You will have until the end of the month to export your boards.', true],
    ['Subscribers now have 14 days to confirm their billing address.', true],
    // What the readers have that is no time given to act.
    ['Customers have access to the archive until 2027.', false],
    ['Users will have more storage from next week.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});

describe('"you need to" inside a clause about what the provider supplies asks nothing', () => {
  it.each([
    ['We are rewriting our status e-mails to give you the details you need to plan around an outage.', false],
    ['Our new portal has everything you need to know about the upgrade.', false],
    ['The runbook holds the guidance you should follow when a region fails over.', false],
    ['You can find the tools you need to monitor your queues in the dashboard.', false],
    // The reader's own task still asks, with or without a clause before it.
    ['After the window ends, you need to restart your workers.', true],
    ['For the new region you must update the endpoint in your clients.', true],
    ['Everything is ready; you need to switch your DNS records by Friday.', true],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'incident')).toBe(expected);
  });
});

describe('a request to check the reader own things before a date asks', () => {
  it.each([
    ['Please check the connection counts of your gateways and scale them if needed before the new limits apply.', true],
    ['Kindly review your queue sizes before the quota change on 1 June.', true],
    ['Please audit all your webhook endpoints prior to the cut-over.', true],
    // A check of the provider's pages, or one with no time to act by, does not.
    ['Please check our status page before contacting support.', false],
    ['Please check the release notes for details.', false],
    ['Please check the documentation before your next deployment.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});

describe('a verb alone on its line is a heading, not an imperative', () => {
  it.each([
    ['Resolved\nThe queue has drained.\nUpdate\nThe team is still clearing the backlog.', false],
    ['Upgrade\nThe new engine ships next week with faster queries.', false],
    ['Change\nAll exports now run nightly.', false],
    // The object on the verb's own line still asks.
    ['Update the agent on every host.', true],
    ['Steps:\nRotate your signing keys.\nRevoke and recreate any deploy token.', true],
  ] as const)('%j → %s', (text, expected) => {
    expect(isActionRequired(text, 'incident')).toBe(expected);
  });
});

describe('an ask that points back at the step before it', () => {
  it.each([
    ['Renewals bought in the window cannot be processed. Please do so before the upgrade.', true],
    ['Orders placed during the freeze will be rejected. Kindly do so ahead of Monday.', true],
    // A condition on what the reader wants, or the provider doing it, asks nothing.
    ['If you want to change the plan early, please do so in the dashboard.', false],
    ['We may rename the team. We will do so before the window.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'maintenance')).toBe(expected);
  });
});

describe('a condition that opens the clause an ask is in, later in its sentence', () => {
  it.each([
    ['Unused hours went back to the pool, so if your team runs short you should write to your account manager.', false],
    ['The old mirrors stay up for now, and if you still fetch from them you must switch the URL.', false],
    ['We rebuilt the index overnight, but in case your searches look stale you should clear the cache.', false],
    // The condition closed by a `;`, or no condition at all: the ask stands.
    ['If you were affected we are sorry; you must rotate the key before reconnecting.', true],
    ['The certificate was replaced, so you must update the pinned fingerprint in your clients.', true],
    ['We checked every account, and you should reset your password now.', true],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});

describe('what the readers named in the third person should do, in a sentence wrapped over lines', () => {
  it.each([
    ['The old packages now live on the legacy mirror. Anyone still building\nagainst them should point their resolver at the legacy host.', true],
    ['Version 2 of the schema is out. Developers who parse the export should\nupdate their parsers.', true],
    ['The v1 hooks stop on Friday. Integrations that still post to them will\nneed to move to the v2 route.', true],
    // `should` about what readers will see, or a blank line between the readers and the verb, asks nothing.
    ['The dashboard was redesigned. Users should see the new layout after\ntheir next sign-in.', false],
    ['Thanks to all users of the old importer.\n\nWe need to change the importer.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(isActionRequired(text, 'informational')).toBe(expected);
  });
});
