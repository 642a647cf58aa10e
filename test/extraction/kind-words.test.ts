import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const read = (text: string, subject = '') => extract(aNotice({ text, subject }));

describe('security fixes a build lacks, and fixes a product stops getting', () => {
  it.each([
    ['Image scan results', 'Our scanner found that your image was built from base layers that have since received security updates. Rebuilding it pulls in the security updates.', 'security', true],
    ['Security fixes available for your package', 'Two libraries bundled in your package have newer releases. A fresh build includes them.', 'security', true],
    // Named once in passing, the fixes are only a topic.
    ['Image scan results', 'Your image was built on March 3. Base layers get security updates every week.', 'informational', false],
    ['4.x end of support', 'The 4.x line no longer receives security updates after June 30, 2026; upgrade to 5.x.', 'end-of-life', true],
    ['', 'Release 2.2 reaches its end of life on June 30, 2026, when the project stops publishing security fixes for it.', 'end-of-life', true],
    ['', 'On May 12, 2026, between 01:00 and 03:00 UTC, we will apply security updates to the hypervisors during a maintenance window. Your instances will restart once.', 'maintenance', false],
  ] as const)('%s: %s → %s', (subject, text, kind, action) => {
    const x = read(text, subject);
    expect(x.kind).toBe(kind);
    expect(x.actionRequired).toBe(action);
  });
});

describe('what an API stops allowing, and support the provider is removing', () => {
  it.each([
    ['Webhook host change', 'From March 2, 2026, deliveries signed with the old secret will no longer be accepted.', 'deprecation'],
    ['Endpoint change', 'After June 1, 2026, requests sent to the legacy host will no longer be allowed. Point your scripts at the new one.', 'deprecation'],
    ['Protocol change', 'Following a published vulnerability, we will be removing support for TLS 1.0 from our ingest endpoints on May 4, 2026.', 'deprecation'],
    // A limit lifted, or a label taken off, ends nothing the reader uses.
    ['Team news', 'Guests are no longer limited to one workspace. Invite them anywhere from today.', 'informational'],
    ['Reports update', 'We removed the beta label from the reports page today.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(read(text, subject).kind).toBe(kind);
  });
});

describe('addresses the reader lets through, and a paid plan made a condition of use', () => {
  it.each([
    ['Network update', 'Our delivery nodes will send from additional addresses from May 4, 2026. If you keep allow lists, add the new ranges to your allow lists before then.', 'maintenance'],
    ['Registry changes', 'From May 4, 2026 layers are served from a content network. Firewall rules that permit only the registry host must also permit the network hosts; update your firewall configuration.', 'maintenance'],
    // A word for the end outweighs the topic.
    ['Legacy webhook addresses retired', 'The old sender addresses will be retired on May 4, 2026. Remove them from your allow lists and whitelist the new range.', 'retirement'],
    ['Changes to the relay', 'From June 1, 2026, all relay users will be required to have a paid monthly plan. You can switch plans today.', 'billing'],
    ['Export service', 'Starting June 1, 2026, scheduled exports will require a paid subscription.', 'billing'],
    // Paid plans named as they stand are an announcement's.
    ['Dark mode', 'Dark mode is here for everyone, on free and paid plans alike.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(read(text, subject).kind).toBe(kind);
  });
});

describe('a service put in read-only mode, or taken offline by the provider, is planned work', () => {
  it.each([
    ['Wiki read-only tomorrow', 'Tomorrow from 08:00 UTC the wiki will be read-only for about an hour while we move its database; editing is back by 09:00 UTC. We apologise for this planned service disruption.', 'maintenance'],
    ['Store upgrade', 'The store goes into read-only mode on June 3, 2026 at 22:00 UTC. If the upgrade overruns, we will finish it by taking checkout offline.', 'maintenance'],
    ['Forum move', 'During the read-only period on May 9, 2026, posts cannot be edited. The old forum stays in read-only mode afterwards.', 'maintenance'],
    // An outage that is happening, or a permission that is read-only, is not.
    ['Dashboard unavailable', 'The dashboard is offline and we are investigating. Next update in 30 minutes.', 'incident'],
    ['Login errors', 'A service disruption is affecting sign-ins in the EU. Our engineers are working on a fix.', 'incident'],
    ['New roles', 'Viewers get a read-only role that cannot change billing.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(read(text, subject).kind).toBe(kind);
  });
});

describe('access to a product closed to everyone takes the product away', () => {
  it.each([
    ['Moving to the new tiles API', 'Access to the Tiles v1 API will be closed on September 30, 2026. The v2 guide explains the new calls.', 'deprecation', true],
    ['Legacy console', 'Access to the legacy console is going to be permanently switched off on July 1, 2026.', 'deprecation', true],
    ['Old exporter', 'Access to the old exporter will be cut off in August 2026; the new one is in your settings.', 'deprecation', true],
    // An account, a ticket or a room that is closed is not a product taken away.
    ['Your request', 'Thank you for writing. Your ticket will be closed once you confirm the fix worked.', 'informational', false],
    ['Offsite', 'Access to the office will be easier from June; the car park will be closed for resurfacing.', 'informational', false],
  ] as const)('%s: %s → %s', (subject, text, kind, action) => {
    const x = read(text, subject);
    expect(x.kind).toBe(kind);
    expect(x.actionRequired).toBe(action);
  });
});

describe('degradation the provider expects of its own planned work is no outage', () => {
  it.each([
    ['Planned maintenance of our queue cluster runs on June 6, 2026 from 01:00 to 02:00 UTC. We expect a few minutes of degraded performance in that window.', 'maintenance'],
    ['Our search index moves to new hardware on June 6, 2026, 22:00-23:00 UTC during the maintenance window. You may experience a brief service disruption.', 'maintenance'],
    ['We will upgrade the ledger database on June 6, 2026 between 03:00 and 04:00 UTC during this window. In the rare case of degraded performance, we will post on our status page.', 'maintenance'],
    // Degradation that is happening, or happened, is an outage.
    ['We are seeing degraded performance on the build API since 09:10 UTC on June 6, 2026. We are investigating.', 'incident'],
    ['Between 14:02 and 14:40 UTC on June 6, 2026 customers saw a service disruption of the upload service.', 'incident'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('what stays out of reach from a date on is taken away', () => {
  it.each([
    ['From July 1, 2026, calls to the legacy lookup endpoint will be denied; use the v3 search instead.', 'deprecation'],
    ['On July 1, 2026 every older image tag will become unavailable, apart from the two newest.', 'deprecation'],
    ["Effective July 1, 2026, we'll be removing the bulk export button from the reports page.", 'deprecation'],
    ['Starting July 1, 2026 the gateway will start denying requests signed with the old scheme.', 'deprecation'],
    // Out of reach for a while is planned work; removing something the reader asked for is no end.
    ['On July 1, 2026 from 02:00 to 03:00 UTC the console will become unavailable during the maintenance window.', 'maintenance'],
    ['Scheduled maintenance on July 1, 2026, 02:00-03:00 UTC: the dashboard will become unavailable for about ten minutes.', 'maintenance'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('words of a breach, and support that ends for a way of using the product', () => {
  it.each([
    ['Security alert: we saw suspicious activity on a storage node and are asking every user to choose a new password.', 'security'],
    ['Our investigation into the data breach found that invoices were not touched; we reset all sessions.', 'security'],
    ['This security notice explains what we found and what we changed after the attempt on our login service.', 'security'],
    ['On May 1, 2026 support ends for integrations that sign requests with the old HMAC scheme; move to the token flow.', 'deprecation'],
    ['Support will end for webhooks that use plain HTTP targets on May 1, 2026.', 'deprecation'],
    // A release whose support ends is its end of life; a plain mention of data is no breach.
    ['Our team reviewed the data you export each month and added two new columns.', 'informational'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('a warning that an upgrade removes is no end; release-signing keys are credentials', () => {
  it.each([
    ['Old clients show a notice at start-up because our PGP key changed. Installing release 4.2 will remove this warning.', 'security'],
    ['Builds print an error since the GPG key that signs our packages was replaced; the 2.9 agent will remove the error.', 'security'],
    ['Updating the plugin will remove the startup banner on older servers.', 'informational'],
    // Something of the product that is removed is still taken away.
    ['On March 2, 2026 we will remove the legacy export page; use the reports API instead.', 'deprecation'],
    ['The next release will remove the XML output format.', 'deprecation'],
  ])('%s → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('a body that names itself a lifecycle notice names the kind', () => {
  it.each([
    ['This is an end-of-life notice for the classic reports screen. It will be removed on June 30, 2026.', 'Move to the new reports', 'end-of-life'],
    ['This is an End of Life (EOL) notice for agent 3. Agent 3 will be removed on June 30, 2026.', 'Agent 4 is ready', 'end-of-life'],
    ['This retirement notice covers the v1 queue API, which will be removed on June 30, 2026; it is deprecated now.', 'Queue API changes', 'retirement'],
    // A subject's own term still comes first, and a body that names no lifecycle term changes nothing.
    ['This is an end-of-life notice. The v1 endpoint will be removed on June 30, 2026.', 'v1 endpoint deprecation', 'deprecation'],
    ['This is a courtesy notice: the v1 endpoint will be removed on June 30, 2026.', 'v1 endpoint changes', 'deprecation'],
  ])('%s (%s) → %s', (text, subject, kind) => {
    expect(read(text, subject).kind).toBe(kind);
  });
});
