import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('kind cues', () => {
  it.each([
    ['From May 4, 2026 we block calls made with an AccessKey that has been made public on a code-sharing site.', 'security'],
    ['Leaked ApiKeys can be used by anyone. Starting June 2, 2026 we restrict what a flagged key may do.', 'security'],
    ['An access key leakage puts every bucket in your account at risk; we now quarantine keys we find online.', 'security'],
    ['Your secret key was made public in a forum post on March 3, 2026; create a new one.', 'security'],
    // A product made public, or a key that is only named, is no exposure.
    ['The beta of our key-value store has been made public: anyone may now sign up and try it from April 1, 2026.', 'informational'],
  ])('a credential of the reader found where others can read it is a security event: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['We noticed the personal token on your workspace sat unused for a year, so we revoked your personal token. Bots that relied on it will no longer work.', '', 'security'],
    ['Integrations that used it no longer work.', 'Your deploy token has been revoked', 'security'],
    ['Keys that were never rotated have been deactivated; scripts that call the API with them stop working.', '', 'security'],
    ['Someone in your account scheduled the signing key for deletion. Cancel the deletion before May 4, 2026 if you need it.', '', 'security'],
    ['The key is now in the pending deletion state. Cancel it before May 4, 2026 to keep it.', 'Encryption', 'security'],
    ['Your deploy token was marked for deletion by an admin; it is deleted on June 2, 2026.', '', 'security'],
    // Something else that has been taken away, or set to be deleted, is no credential.
    ['The API key field in the old form is pending deletion from our docs.', '', 'informational'],
    ['Projects that stay paused for 90 days are scheduled for deletion.', '', 'informational'],
    ['The legacy upload endpoint has been disabled. Clients that call it will no longer work after May 5, 2026.', '', 'deprecation'],
  ])('a credential the provider has already revoked, or set to be deleted, is a security event, not a product that ends: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Last month we wrote that the Hobby tier would be sunset. Having heard from many of you, we have reversed our decision: the tier stays, and there is nothing you need to do before June 1, 2026.', 'informational'],
    ['We are no longer retiring the v2 reports endpoint. It keeps working after March 31, 2026 as before.', 'informational'],
    ['We have cancelled the planned deprecation of classic webhooks announced on January 8, 2026.', 'informational'],
    // Called off, yet something is still asked of the reader; or an end that goes ahead.
    ['We have reversed our decision on the Hobby tier sunset for existing teams only. You must still choose a paid plan for new teams by June 1, 2026.', 'deprecation'],
    ['The v2 reports endpoint will be removed on March 31, 2026. Move your integrations to v3 before then.', 'deprecation'],
  ])('an end that the provider calls off is news: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['End of support for selected Vault Drive features', 'From August 31, 2026 we will no longer support the following Vault Drive features: public share links, the FTP bridge. Your files stay where they are.', 'deprecation'],
    ['Changes to Pager Relay', 'Pager Relay stops supporting two legacy features, voice escalation and fax alerts, on October 1, 2026.', 'deprecation'],
    // Support that ends for a whole release is its end of life.
    ['Atlas Agent 3.x end of support', 'Atlas Agent 3.x reaches end of support on October 1, 2026 and gets no further fixes; upgrade to 4.x before then.', 'end-of-life'],
  ])('support that ends for some features of a product takes them away: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['After September 15, 2026 it will no longer be possible to create new buckets through the classic API.', 'deprecation'],
    ['It is no longer possible to sign in with a password alone once 2FA enforcement starts on May 4, 2026.', 'security'],
    // Possible that is not denied.
    ['From May 4, 2026 it will be possible to create buckets in two more regions.', 'informational'],
  ])('what can no longer be done is taken away: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Shutdown of the Lisbon region', 'Incident report for Quarry Cloud. We discontinued the Lisbon region in May and shut it down ahead of schedule; some customers lost access to backups they had not yet exported. The region was discontinued before every notice went out. Discontinuing a region again will go through a longer review.', 'incident'],
    ['The Lisbon region closes', 'The Lisbon region will be discontinued on September 30, 2026. Export your backups and move your workloads before then. Read the incident report of our last region move for what to expect.', 'deprecation'],
  ])('a report looks back on what happened, whatever it was: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Upcoming maintenance: PostgreSQL 12 to 13 upgrade for Starter databases', 'We are discontinuing support for PostgreSQL 12 on Starter databases. On June 9, 2026, 09:00 UTC, we will start a two-day maintenance window to upgrade them to PostgreSQL 13. You must make sure your queries work with 13 before the window opens. Each database restarts once during the maintenance.', 'maintenance'],
    // A subject that does not call the notice maintenance leaves the end the reader must prepare for as its kind.
    ['PostgreSQL 12 on Starter databases', 'We are discontinuing support for PostgreSQL 12 on Starter databases. On June 9, 2026, 09:00 UTC, we will start a two-day maintenance window to upgrade them to PostgreSQL 13. You must make sure your queries work with 13 before the window opens. Each database restarts once during the maintenance.', 'deprecation'],
  ])('a subject that calls the notice maintenance names it: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Harbor Boards is leaving the old forum', 'The community forum at forum.harborboards.example will be closed down on March 31, 2026. Threads stay readable in the archive.', 'end-of-life'],
    ['Changes to Tallyho Sync', 'Tallyho Sync will be shut down permanently on July 1, 2026. Export your data before then.', 'end-of-life'],
    ['Remote console service decommission', 'Some remote console units sold before 2012 have known flaws. We will decommission the affected equipment on May 2, 2026.', 'end-of-life'],
    // An endpoint or an API version that is decommissioned or shut down is taken away.
    ['The v1 upload endpoint will be decommissioned', 'The v1 upload endpoint was deprecated last year. It will be decommissioned on May 2, 2026; point your clients at v2.', 'deprecation'],
    ['Batch API v1', 'The Batch API v1 will be shut down on June 30, 2026. Move your jobs to v2 before then.', 'deprecation'],
  ])('a whole service closed for good, or equipment decommissioned, is at its end of life: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
  it.each([
    ['Planned network outage', 'Next Tuesday we will have a major outage of the build farm while we move its racks to another hall; builds resume once it is back.', 'maintenance'],
    ['Mirror downtime', 'A scheduled power outage at our Leeds site on April 7, 2026 from 01:00 to 05:00 UTC takes the mirror down.', 'maintenance'],
    ['Archive API v1', 'The v1 archive API goes away this summer. Switch your clients to v2 by August 3, 2026 to avoid service disruption.', 'deprecation'],
    ['Archive API v1', 'The v1 archive API goes away this summer. Point your uploads at v2 before August 3, 2026 to prevent an outage of your pipeline.', 'deprecation'],
    // An outage that is happening, or has happened, is one.
    ['Dashboard', 'We are looking into an outage of the dashboard; API requests are not affected.', 'incident'],
    ['Build farm', 'The outage of the build farm that began at 14:10 UTC is over; builds are running again.', 'incident'],
    ['Checkout errors', 'Customers saw service disruption for 40 minutes on May 3, 2026 while a database failed over.', 'incident'],
  ])('an outage announced ahead, or one the reader avoids by acting, is no incident: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Console release', 'The admin console will be read-only, and the upload service offline, from 22:00 to 23:30 UTC on March 9, 2026.', 'maintenance'],
    ['Console release', 'Starts: 22:00 UTC March 9, 2026. Back by: 23:30 UTC. The admin console will be read-only and the rest of the site offline.', 'maintenance'],
    // No window ahead: the same words report what is happening.
    ['Console', 'The upload service is offline and the console will be read-only until we find the cause.', 'incident'],
  ])('planned work and an outage weighed equally: a window ahead says planned work: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
  it.each([
    ['Rotation status', 'The most recent rotation of the signing secret for your service failed. Check that the function can reach the database.', 'incident'],
    ['Backups', 'The last nightly backup of your database orders-db did not complete. We will retry tonight.', 'incident'],
    ['Exports', 'Your scheduled export to the bucket reports failed with an access error.', 'incident'],
    // A failure named in general, in another sentence than the run, or as a condition.
    ['Refunds', 'Refunds for payments that failed are issued automatically within 5 days.', 'billing'],
    ['API v2', 'The last day to move to v2 is June 1, 2026. Requests that failed before then are not retried.', 'informational'],
    ['Setup tool', 'If the last step of the setup failed, run it again before June 1, 2026.', 'informational'],
  ])('the latest run of a recurring job of the reader that failed is an incident: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
  it.each([
    ['Image proxy', 'From July 1, 2026 the image proxy will only fetch originals over HTTPS; sources on plain HTTP must move.', 'deprecation'],
    ['Script bundle', 'Starting May 5, 2026, our CDN will stop serving the legacy v2 script bundle. Load v3 instead.', 'deprecation'],
    ['Mail relay', 'After March 2, 2026 the relay will only connect to mail servers that offer TLS.', 'deprecation'],
    // For a while, or something that is only shown differently, takes nothing away.
    ['Mirror', 'During the maintenance on March 9, 2026 from 02:00 to 02:30 UTC the mirror will stop serving files for a few minutes.', 'maintenance'],
    ['Dashboard', 'From June 1, 2026 the dashboard will only show projects you own.', 'informational'],
    ['Mirror', 'On March 9, 2026 the mirror will stop serving files for about ten minutes while we replace the disks in its array.', 'informational'],
  ])('what the provider stops doing for the reader from a date on is taken away: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});
