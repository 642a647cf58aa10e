import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('kind of a whole provider or product going away', () => {
  it.each([
    ['Hello all. After four years we could not make the numbers work, so new sign-ups are closed today.', 'Plumeria Hosting is shutting down'],
    ['We are sorry to say that Tidewell will be shutting down on 30 June 2026. Export your flows before then.', ''],
    ['The Larkspur platform shuts down on 2026-08-31; your data is deleted a week later.', ''],
    ['Free projects stop on May 9, 2026. After a hard year it is time to turn off the service for everyone on July 1, 2026.', ''],
    ['We have decided to wind down the company. Paid plans run until 15 October 2026.', ''],
    ['Our team is switching off the platform on 1 March 2027; please download your archives.', ''],
  ])('the provider or its whole product ending is an end of life: %s', (text, subject) => {
    expect(kindOf(text, subject)).toBe('end-of-life');
  });

  it.each([
    // Something shut down for a while, or a thing named after the verb, is no end of the product.
    ['The storage nodes are shutting down for the firmware upgrade on 12 May 2026 from 01:00 to 03:00 UTC during the maintenance window.', ''],
    ['We are shutting down the v1 search endpoint on 4 April 2026; move your calls to v2.', ''],
    ['Please turn off the sync agent on your laptop before 2 June 2026 so the new one can install.', ''],
    ['The reports API is shutting down on 1 December 2026; the exports endpoint replaces it.', ''],
  ])('a pause, or one feature taken away, is no end of life: %s', (text, subject) => {
    expect(kindOf(text, subject)).not.toBe('end-of-life');
  });
});

describe('kind of an outage the provider takes', () => {
  it.each([
    ['We need an emergency outage of the Frostline cluster on 14 May 2026 from 13:00 to 15:00 UTC. Every server will be powered off.', 'Frostline emergency outage 14 May 13:00-15:00 UTC'],
    ['Hosts in the Oslo zone require a short outage on 2026-06-03 between 22:00 and 23:30 CET to swap a failing power unit.', ''],
    ['The archive service will have a two-hour outage for maintenance on 9 July 2026, 06:00-08:00 UTC. Stop your jobs before the outage.', ''],
    ['All systems will be shut down on 21 March 2026 from 18:00 to 20:00 UTC for the scheduled shutdown of the building power.', ''],
  ])('an outage announced ahead with its window is the provider\'s work: %s', (text, subject) => {
    expect(kindOf(text, subject)).toBe('maintenance');
  });

  it.each([
    ['We are investigating an outage of the Frostline API. Requests fail with 503 since 13:05 UTC.', ''],
    ['Between 09:10 and 09:55 UTC on 3 May 2026 an outage of our DNS left sites unreachable. The root cause was a bad configuration push.', ''],
  ])('an outage reported as it happens, or after, stays an incident: %s', (text, subject) => {
    expect(kindOf(text, subject)).toBe('incident');
  });
});

describe('kind of a breach reported as an incident', () => {
  it.each([
    ['On 2 April 2026 an attacker used a stolen support login to read the names and e-mail addresses of some customers. We have closed the hole and are investigating the incident with outside experts.', 'Incident update: customer contact details accessed'],
    ['A malicious actor gained unauthorized database access through an old staging host. The incident is contained; we are investigating what was read.', ''],
    ['We detected unauthorized administrator access to our billing console on 8 June 2026. Timeline of the incident and what we changed are below.', 'Incident report'],
  ])('someone breaking in makes the incident a security notice: %s', (text, subject) => {
    expect(kindOf(text, subject)).toBe('security');
  });

  it.each([
    ['We are investigating elevated error rates on the upload API. The incident began at 10:20 UTC; no data was affected.', ''],
    ['A faulty load balancer caused the incident. We found no evidence of unauthorized access, and no customer data was compromised.', 'Incident report: upload API errors'],
    ['During the incident logins failed for 40 minutes. This was not a security incident; nothing was exposed.', ''],
  ])('an outage with no one breaking in stays an incident: %s', (text, subject) => {
    expect(kindOf(text, subject)).toBe('incident');
  });
});

describe('kind of a setting or a default that changes', () => {
  it.each([
    ['From 1 September 2026 new queues you create through the API get automatic minor-version updates enabled by default. To opt out, change your maintenance settings in the console (https://docs.example.com/guides/queue-maintenance.html) or the maintenance_policy argument.'],
    ['Newly created buckets will have versioning turned on by default from 2026-07-01. See /docs/maintenance-settings for how to switch it off.'],
  ])('a default for new things, with the name of a maintenance setting, is news: %s', (text) => {
    expect(kindOf(text)).toBe('informational');
  });

  it.each([
    ['We will perform maintenance on the queue brokers on 1 September 2026 from 02:00 to 03:00 UTC. You can review your maintenance settings in the console.'],
  ])('work the provider announces is still maintenance when a setting is named too: %s', (text) => {
    expect(kindOf(text)).toBe('maintenance');
  });
});

describe('kind of a second factor or a vulnerability named in passing', () => {
  it.each([
    ['From 1 July 2026 we will enforce two-factor authentication for every account that can deploy.', ''],
    ['Please enable 2FA on your account before 15 May 2026; sign-ins without it will be refused after that.', ''],
    ['Multi-factor authentication becomes mandatory for console users on 2026-09-01.', ''],
    ['We are starting to require MFA for all organisation owners on March 3, 2026.', ''],
  ])('a second factor required from a date on is a security change: %s', (text, subject) => {
    expect(kindOf(text, subject)).toBe('security');
  });

  it.each([
    // Why a feature goes away: the second factor is the motive, the removal is the event.
    ['Deprecating token-less uploads: a password alone bypasses the 2FA we already require for publishing, and removing it lets us enforce two-factor authentication everywhere. Uploads without a token will be rejected from 1 June 2026.', '', 'deprecation'],
    // A price list that funds the provider's security work.
    ['Our team prices change on 1 August 2026: the new price is $12 per seat per month. The increase pays for our vulnerability disclosure program, for time spent on vulnerability reports, and for requiring two-factor authentication on publishing, added last year.', 'Team pricing update', 'billing'],
  ])('a second factor or a vulnerability named as a motive or a practice leaves the event its kind: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });
});
