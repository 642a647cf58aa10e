import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('what ends, what stops and what expires, by class of phrasing', () => {
  it.each([
    // Machines, a cluster or a point of presence the provider runs for the reader are retired, as an instance is.
    ['Skylark Hosting is decommissioning the Oslo (OSL2) ARM point of presence. Move your VMs to another site by March 14, 2026.', '', 'retirement'],
    ['We will decommission our older build servers on June 2, 2026. Re-create your runners on the new pool before then.', 'Build server changes', 'retirement'],
    ['The shared GPU cluster will be permanently decommissioned on April 30, 2026; copy your datasets off it beforehand.', '', 'retirement'],
    ['Please move your boxes before May 9, 2026.', 'Decomissioning of the Lyon PoP', 'retirement'],
    ['The legacy storage hardware is being decommissioned on 2026-07-01. Migrate your volumes by then.', '', 'retirement'],
    // An API or a version that is decommissioned is taken away.
    ['Reports API v3 will be decommissioned in October 2026; switch your calls to v4.', '', 'deprecation'],
    ['The legacy webhooks endpoints are being decommissioned on 2026-05-20. Subscribe through the events endpoint instead.', '', 'deprecation'],
    // A whole service or equipment sold to the reader ends altogether.
    ['We will decommission the hosted mail service on August 31, 2026. Export your mailboxes before then.', '', 'end-of-life'],
  ])('%s (%s) → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    // The provider's own people doing physical work on the equipment that serves the reader is maintenance.
    ['Our electricians will swap the UPS feeding cage 4 on June 3, 2026 between 02:00 and 04:00 UTC. Expect one short power dip.', '', 'maintenance'],
    ['Our data centre team will replace a power distribution unit in your rack on 2026-08-19 from 06:00 to 07:30 UTC.', '', 'maintenance'],
    ['Our technicians will replace the batteries of the backup power system on May 12, 2026, 01:00-03:00 UTC.', '', 'maintenance'],
    ['We will swap the cabling of rack C7 on 2026-04-02 at 22:00 UTC; your servers stay powered.', '', 'maintenance'],
  ])('%s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    // The reader replacing their own parts, or the provider replacing a product, is no work of the provider's on equipment.
    ['You will need to replace the batteries in your hardware token before June 1, 2026.', ''],
    ['Our engineers will replace the legacy dashboard with a new console on 2026-05-01.', ''],
  ])('not the provider\'s work on equipment: %s', (text, subject) => {
    expect(kindOf(text, subject)).not.toBe('maintenance');
  });

  it.each([
    // A provider that stops trading, or whose services all go dark, ends altogether.
    ['Brightwell Mail will cease operations on June 30, 2026. Download your mail and point your contacts at your new address.', 'Brightwell Mail is closing', 'end-of-life'],
    ['After nine years we are ceasing all operations. Our services will switch off on 2026-09-15, so export what you need before then.', '', 'end-of-life'],
    ['Quillbox has decided to cease trading. Every account is closed on May 1, 2026; take a copy of your files before then.', 'Goodbye from Quillbox', 'end-of-life'],
    // Services that go off for a while, and a feature switched off, are not the provider's end.
    ['All services will turn off during the power work on May 3, 2026 from 01:00 to 03:00 UTC and come back afterwards.', 'Planned power work', 'maintenance'],
    ['Legacy API keys will be turned off on June 1, 2026. Create new keys before then.', '', 'deprecation'],
  ])('%s (%s) → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    // An outage the provider announces ahead under its own name for it is its planned work.
    ['Our yearly maintenance outage is set for June 8, 2026 from 06:00 to 18:00 UTC. The cluster is unavailable throughout.', 'Compute cluster: annual outage', 'maintenance'],
    ['In preparation for the outage we will drain the job queues from June 7, 2026 at 20:00 UTC; the maintenance runs until June 9, 2026 at 08:00 UTC.', 'Upcoming outage', 'maintenance'],
    ['The upcoming outage of the storage array runs from 2026-04-11 02:00 to 06:00 UTC while we replace the controllers during the maintenance window.', '', 'maintenance'],
    // An outage named with the day it is set for is announced ahead.
    ['We will take the core routers down for maintenance on June 13, 2026 between 02:00 and 05:00 UTC. Sites are unreachable during the window.', 'Network outage June 13, 2026', 'maintenance'],
    ['The login nodes and the file systems are down from 2026-07-04 06:00 to 2026-07-05 06:00 UTC while the facility services its power systems. Jobs that cannot finish before then stay queued.', 'Cluster outage on 2026-07-04', 'maintenance'],
    // An outage that is happening, or has happened, stays one.
    ['We are seeing an outage of the job scheduler since 09:12 UTC; jobs are queued but not started.', 'Scheduler outage', 'incident'],
    ['The outage of the login nodes that began at 14:10 UTC is over; logins work again.', '', 'incident'],
    ['Root cause: a failed switch in the Frankfurt hall took the API down from 09:10 to 10:40 UTC on May 3, 2026. We apologize for the disruption.', 'Outage on May 3', 'incident'],
    ['We are investigating an outage of the dashboard that started at 14:02 UTC; the next update is in 30 minutes.', '', 'incident'],
  ])('%s (%s) → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    // A key or a token that expires is a credential to replace.
    ['Your deploy token for the billing project expires on June 2, 2026. Create a new one before then.', '', 'security'],
    ['The API key named ci-runner will expire on 2026-08-14; rotate it in the console.', '', 'security'],
    // An expiry the reader picks for a key being created is a setting of it.
    ['To get started, open Settings, create a new API key, give it a name and select the required expiry date. Then paste it into your client.', 'Getting started with v3', 'informational'],
    ['Generate a personal token and choose an expiration that suits your team; the docs explain each scope.', '', 'informational'],
  ])('%s (%s) → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});
