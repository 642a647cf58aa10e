import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';
import { namedResources } from '../../src/extraction/named-resources.ts';

/** Everything the reader would be asked to sign off as theirs: resources and accounts together. */
const owned = (text: string, overrides = {}): string[] => {
  const x = extract(aNotice({ text, ...overrides }));
  return [...x.resources, ...x.accounts];
};

describe('a label word that ends a host name labels nothing', () => {
  it.each([
    ['Fingerprint for git.example.org (RSA4096) changes.\n\nrsa-sha2-512 AAAAB3Nza example.org', []],
    ['Pull from mirror.acme.org\n\nssh-rsa9 AAAA key follows.', []],
    ['We sign with the key published at keys.openpgp.org team7-keyring.', []],
  ])('%s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['Your organization acme-devops will be moved.', ['acme-devops']],
    ['The org acme-labs has 3 seats left.', ['acme-labs']],
    ['Charges on account (UIN 100034567890) failed.', ['100034567890']],
  ])('a label word standing alone still labels: %s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });
});

describe('an id in parentheses that names the notice or a ticket, not a thing of the reader\'s', () => {
  it.each([
    ['Login failures on the portal - Resolved (Tracking ID QX7R-2LP)', []],
    ['We opened a ticket for you (case ID 00481923).', []],
    ['The outage (incident ID inc-20240311-7) is over.', []],
    ['Your bucket is public (reference ID ZZ-40912).', []],
  ])('%s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['The certificate is used by the service Acme Shop (service ID 6qTbM2vXkR8pLcN4dJ1w9Z).', ['6qTbM2vXkR8pLcN4dJ1w9Z']],
    ['The key (key ID 0051a2b3c4d5) will be rotated.', ['0051a2b3c4d5']],
  ])('an id a word of the reader\'s things labels is kept: %s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });
});

describe('a word after the noun that is no name of the noun\'s', () => {
  it.each([
    ['URGENT: rotate your deploy keys\n\nIMPORTANT changes follow.', []],
    ['Replace the signing key\n\nNOTICE: the old one stops working.', []],
    ['Plans for teams with 5 or more domains and/or a reseller contract change.', []],
    ['Blocked calls to some functions, including KMS service and STS service.', []],
    ['Sites owned by your team acme-bot\'s team use the old image.', []],
    ['The workspace ops-crew’s workspace is renamed.', []],
  ])('%s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['Your recently built app codebar-production is using an old stack.', ['codebar-production']],
    ['Your apps, including acme-web and acme-worker, will be stopped.', ['acme-web', 'acme-worker']],
    ['The monitor on your\nserver web-eu-3 restarts at noon.', ['web-eu-3']],
    ['The cluster: orders-db-2 is upgraded.', ['orders-db-2']],
    ['The push mirror backup-mirror-2 also connects over SSH.', ['backup-mirror-2']],
    ["The build of your app acme-web's main branch failed.", ['acme-web']],
  ])('a name after its noun, on the same line or the next: %s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });
});

describe('a word joined to another by `and`/`or`, or a slash pair qualifying a noun', () => {
  it.each([
    ['Signing in with your account login and password stops working.', []],
    ['Keep your account handle or email ready.', []],
  ])('an attribute of the account, not its handle: %s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['The token on your Docker account acmebuild expires soon.', ['acmebuild']],
    ['Access to your account acmeparts and its projects ends.', ['acmeparts']],
  ])('a handle after the account noun is kept: %s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['Build minutes', 'Both open-source and commercial/private projects move to the new site. Old repositories close.', []],
    ['Build minutes', 'Limits for public/internal repositories on the old plan change.', []],
    ['Build minutes', 'Builds of acme/api in your repositories move to the new site.', ['acme/api']],
  ])('%s: %s', (subject, text, expected) => {
    expect(owned(text, { subject })).toEqual(expected);
  });
});

describe('a heading that points at one thing of the provider\'s, or names things only in an aside', () => {
  it.each([
    ['Make sure your systems (laptops and servers) trust this certificate:\nSerial: 7a:0b:11:c4:de:ad\nKey Algorithm: ecdsaWithSHA256\nValid until: 2031-01-01\n', []],
    ['Pin that key on your build agents:\nFingerprint: ab12-cd34-ef56\nCurve: secp384r1\n', []],
  ])('%s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['Pipelines in this project that still deploy with the old runner:\n  Staging: acme-stage-deploy\n  Production: acme-prod-deploy\n', ['acme-stage-deploy', 'acme-prod-deploy']],
    ['The following servers (in Frankfurt) are affected:\nweb-fra-1\nweb-fra-2\n', ['web-fra-1', 'web-fra-2']],
    ['Your certificates on this account:\nshop-tls-2024\napi-tls-2024\n', ['api-tls-2024', 'shop-tls-2024']],
  ])('a list of the reader\'s things is still read: %s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });
});

describe('a schedule that lists each of the reader\'s things after when it is done', () => {
  it.each([
    ['The following servers will be rebooted:\n\n2026-04-02 03:00 UTC - web-fra-1\n2026-04-02 05:30 UTC - Mail_Relay_2\n', ['web-fra-1', 'Mail_Relay_2']],
    ['The following Droplets are affected:\n\nApr 2, 2026 9:00 PM EDT – db-main-7\nApr 3, 2026 9:00 PM EDT – cache-ams-2\n', ['db-main-7', 'cache-ams-2']],
    ['Affected instances:\n- 4/2/2026 - orders-db-3\n', ['orders-db-3']],
  ])('%s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['Release notes:\n\n2026-04-02 - Faster builds\n2026-04-09 - New dashboard\n'],
    ['The following changes ship this month:\n\nApr 2 - Dark mode\nApr 9 - Exports\n'],
  ])('no list of the reader\'s things, or no made-up name after the dash: %s', (text) => {
    expect(owned(text)).toEqual([]);
  });
});

describe('a quoted name right before the noun for what holds the reader\'s things', () => {
  it.each([
    ['You have databases in the "lunchbox" Acme account that will be upgraded.', ['lunchbox']],
    ['Deployments in the ‘ops-crew’ workspace fail.', ['ops-crew']],
    ["Members of your 'qa_team2' team lose access.", ['qa_team2']],
  ])('%s', (text, expected) => {
    expect(owned(text)).toEqual(expected);
  });

  it.each([
    ['Choose "Delete" in the account menu.'],
    ['The "Acme Outdoor" workspace is renamed.'],
    ['Click "yes" to confirm the teams you keep.'],
    ['We call this the "2024" account review.'],
    ['Click "save" on account settings.'],
  ])('no made-up name right before the noun: %s', (text) => {
    expect(owned(text)).toEqual([]);
  });
});

describe('names listed inside a sentence that announces the reader\'s things', () => {
  it.each([
    ['These changes will affect the following apps connected to your workspace: Notely. Update them soon.', ['Notely']],
    ['We will disable the following tokens on your account: ci-deploy-7, Nightly_Sync and backup-bot.', ['ci-deploy-7', 'Nightly_Sync', 'backup-bot']],
    ['Renewal fails for the following domains in your portfolio: acme-shop.io, acme.dev.', ['acme-shop.io', 'acme.dev']],
  ])('%s', (text, expected) => {
    expect(owned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['The change affects the following regions in your plan: Frankfurt, Paris.'],
    ['We support the following apps: Slack, Teams and Zoom.'],
    ['Please note the following services for your stack: Compute, Storage.'],
    ['The following apps were built by our partners: Notely.'],
  ])('no list of the reader\'s things: %s', (text) => {
    expect(owned(text)).toEqual([]);
  });
});

describe('a noun that is also a verb, opening a clause, tells the reader what to do', () => {
  it.each([
    ['Monitor long-running training jobs from the new panel.'],
    ['- Host single-page apps on the edge network.'],
    ['Logs are faster now. Stream real-time events from the CLI.'],
    ['1. Index near-real-time data with the new connector.'],
  ])('names nothing: %s', (text) => {
    expect(namedResources(text)).toEqual([]);
  });

  it.each([
    ['Monitor api-health-eu was paused after 3 failures.', 'api-health-eu'],
    ['The monitor api-health-us has been paused.', 'api-health-us'],
    ['Monitor: checkout-latency\nState: alerting\n', 'checkout-latency'],
    ['Alert cleared. Monitor db-latency-p99.', 'db-latency-p99'],
    ['We restarted the host web-node-4 overnight.', 'web-node-4'],
  ])('names: %s', (text, name) => {
    expect(namedResources(text)).toContain(name);
  });
});

describe('two plain words a slash joins, before a noun they qualify, are a pair of actions', () => {
  it.each([
    ['We are changing the project archive/unarchive flow next month.'],
    ['The app start/stop hooks now run in order.'],
    ['Your workspace import/export limits doubled.'],
  ])('names nothing: %s', (text) => {
    expect(namedResources(text)).toEqual([]);
  });

  it.each([
    ['The project acme/website will move to the new runners.', 'acme/website'],
    ['Your repository tealpost/mailer, and two others, are archived.', 'tealpost/mailer'],
    ['Pipelines in project platform/infra were paused.', 'platform/infra'],
    ['The project acme/web-2 settings page moved.', 'acme/web-2'],
  ])('names: %s', (text, name) => {
    expect(namedResources(text)).toContain(name);
  });
});

describe('the sender\'s own domain is the provider\'s site, whatever noun names it', () => {
  it.each([
    ['An attacker reached the shared instance at Quillhub.io and read some settings.', 'news@quillhub.io', []],
    ['Our hosted service quillhub.io was unavailable for an hour.', 'status@mail.quillhub.io', []],
    ['The site quillhub.io had an outage; your site shop-quill.net was not affected.', 'ops@quillhub.io', ['shop-quill.net']],
  ])('%s', (text, from, expected) => {
    expect(owned(text, { from })).toEqual(expected);
  });

  it.each([
    ['Your site quillhub.io will be renewed.', 'billing@registrar.example', ['quillhub.io']],
    ['The instance at tenant-7.quillhub.io will restart.', 'ops@quillhub.io', ['tenant-7.quillhub.io']],
  ])('another sender\'s domain, or a host under it, still counts: %s', (text, from, expected) => {
    expect(owned(text, { from })).toEqual(expected);
  });
});

describe('the sender\'s own domain, named as the host an API is called on, is what the reader calls', () => {
  it.each([
    ['Older guides used the hostname quillhub.io for the API; please switch to api.quillhub.io.', ['quillhub.io']],
    ['The hostname quillhub.io will stop serving API traffic on June 1.', ['quillhub.io']],
    ['Set the host name quillhub.io aside: the base URL for every call is now api.quillhub.io.', ['quillhub.io']],
  ])('%s', (text, expected) => {
    expect(owned(text, { from: 'news@quillhub.io' })).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Our hosted service quillhub.io was unavailable for an hour. The API was not affected by the outage itself, we think.'],
    ['Sign in at quillhub.io to see the report. Separately, our API has new docs.'],
  ])('a mention in a sentence that names no API host stays the provider\'s site: %s', (text) => {
    expect(owned(text, { from: 'news@quillhub.io' })).not.toContain('quillhub.io');
  });
});
