import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('a certificate that stops being valid', () => {
  it.each([
    ['Signing certificate notice', 'The code signing certificate of com.quillnote.desktop will no longer be valid in 14 days. Create a new one in the console.', 'certificate'],
    ['Action needed', 'The client certificate used by gateway-eu becomes invalid on August 3, 2026. Upload a replacement before then.', 'certificate'],
    ['Heads-up', 'On 9 October 2026 the mTLS certificate of your broker ceases to be valid; rotate it from the settings page.', 'certificate'],
    // Something else that stops being valid is no certificate.
    ['Coupon reminder', 'Your onboarding coupon will no longer be valid after June 30, 2026.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});

describe('what will no longer be available, and endpoints delisted', () => {
  it.each([
    ['API update', 'From March 3, 2026, the bulk export call will no longer be available in the public API. Read-only access to old exports stays for a while.', 'deprecation'],
    ['Changes to reports', 'Scheduled PDF reports will no longer be accessible after 1 May 2026.', 'deprecation'],
    ['Notice to API users', 'We will delist the legacy /v2/orders endpoints from our API on 2026-07-01 at 04:00 UTC.', 'deprecation'],
    ['Catalogue change', 'The following endpoints are being delisted on September 9, 2026: GET /v1/quotes, GET /v1/fills.', 'deprecation'],
    // Out of reach for a while is planned work, not an end.
    ['Planned maintenance', 'During maintenance on June 4, 2026 from 01:00 to 02:00 UTC, the dashboard will no longer be available for a short time while we restart it.', 'maintenance'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});

describe("the provider's whole service, or one of its sites, that ends", () => {
  it.each([
    ['End of service for Pingrelay', 'We are sorry to say that Pingrelay closes on June 30, 2026. After that, its API stops working.', 'end-of-life'],
    ['Important changes', 'After nine years we are discontinuing this service on 31 August 2026. Export your data before then.', 'end-of-life'],
    ['Move your data by May 5, 2026', "As announced last year, we are sunsetting Boxcellar's service. Move your backups to another store by May 5, 2026.", 'end-of-life'],
    ['Facility update', 'We will close the following data centers on April 14, 2026: MTL2, MTL3. Move your servers to MTL5 before that date.', 'end-of-life'],
    ['Action required', 'The AMS1 facility closure takes effect on 2026-10-01; machines still there must be migrated to AMS4 first.', 'end-of-life'],
    // A feature or an endpoint taken away is a deprecation, a service closed for a while or a ticket closed is neither.
    ['Feature change', 'We are discontinuing the PDF export feature on June 30, 2026. Use CSV exports instead.', 'deprecation'],
    ['Support', 'We will close the service request you opened on March 2, 2026 unless you reply.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});

describe('a launch subject that announces an end or a new price', () => {
  it.each([
    ['Announcing deprecations for Q3', 'We are deprecating the classic embed models and the /v1/rank endpoint. Newer models are listed in the docs.', 'deprecation'],
    ['Introducing our new pricing', 'Our pricing page looks different: usage is now billed per GB-second and charged monthly to your card.', 'billing'],
    // A launch stays news, even where it names a kind's topic.
    ['Introducing extended support for Kubernetes versions', 'Clusters can now stay on a version for 12 more months with extended support.', 'informational'],
    ['Now available: DNSSEC for all zones', 'You can now turn on DNSSEC for any zone from the dashboard.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});

describe('windows that rehearse an end are no work of the provider', () => {
  it.each([
    ['Plain HTTP API going away on July 9, 2026', 'Calls over plain HTTP will fail after the switchover.\nFirst blackout test: 2 June 2026, 10:00-12:00 UTC\nPlain HTTP API deprecated: 9 July 2026, 10:00 UTC', 'deprecation'],
    ['Plain HTTP API going away on July 9, 2026', 'Calls over plain HTTP will fail after the switchover.\nBrownout: 2 June 2026, 10:00-12:00 UTC\nPlain HTTP API deprecated: 9 July 2026, 10:00 UTC', 'deprecation'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});

describe('what was optional made mandatory', () => {
  it.each([
    ['Gateway change reminder', 'Sending orders through the new gateway hosts is optional today, but will be mandatory for every merchant on June 30, 2026.', 'deprecation'],
    ['Signing change', 'Request signing with SHA-256 becomes mandatory on 1 September 2026; update your client libraries.', 'deprecation'],
    // A second factor made mandatory is a security change.
    ['Account security', 'Two-factor authentication will become mandatory for all accounts on May 4, 2026.', 'security'],
    ['Team news', 'Attendance at the kickoff is not mandatory; slides will be shared afterwards.', 'informational'],
  ] as const)('%s: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});
