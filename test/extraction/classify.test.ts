import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isActionRequired } from '../../src/extraction/action.ts';
import { classifyKind } from '../../src/extraction/classify.ts';
import { SIGNALS } from '../../src/extraction/kind-signals.ts';
import { extract } from '../../src/extraction/index.ts';
import { providerOf, serviceOf } from '../../src/extraction/provider.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('kind', () => {
  it.each([
    ['From July 1, 2026, unattached static IP addresses will be charged at $0.005 per hour. Attached ones stay free.', 'billing'],
    ['Effective June 1, 2026, detached volumes will also be billed at $0.12 per GB-month.', 'billing'],
    ['Your Business subscription renews on April 30, 2026 for $1,188.00.', 'billing'],
    ['Your Enterprise license will renew on 1 October 2026.', 'billing'],
    ['Our new Lagos PoP goes live on April 2, 2026. Traffic there is billed at the same rate as the rest of Africa.', 'informational'],
  ])('what the reader will be charged, and what renews, is billing; a price as it stands is not: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Planned work: March 18, 2026, 01:00-05:00 CET. Our engineers will replace line cards in the edge routers.', 'maintenance'],
    ['Scheduled network works on 2026-03-14 from 22:00 to 23:30 UTC may cause brief packet loss.', 'maintenance'],
    ['We will migrate your Redis instance cache-prod to our new infrastructure on April 8, 2026.', 'maintenance'],
    ['We are migrating the managed database clusters in FRA1 to new storage on May 5, 2026 between 01:00 and 03:00 UTC.', 'maintenance'],
    ['Over the weekend of May 16, 2026 we will physically move your rack in LON1 to a new hall. Servers will be shut down for up to 2 hours each.', 'maintenance'],
    ['On June 3, 2026 we will relocate your servers to our new Dallas facility; your IP addresses stay the same.', 'maintenance'],
    ['We will replace the disks in the storage array that hosts volume vol-7781 during the week of April 20, 2026.', 'maintenance'],
    ['We will swap the line cards in the edge routers on May 2, 2026 between 01:00 and 03:00 UTC.', 'maintenance'],
  ])('work the provider does on its own or the reader\'s machines is maintenance: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Gitpod Classic is reaching end of life.\n\nShutdown: 2026-01-30T17:00:00Z  workspaces can no longer be started.', 'end-of-life'],
    ['Python 3.8 reaches its end of life on our platform. After June 30, 2026 you will no longer be able to deploy functions that use it.', 'end-of-life'],
    ['We will remove Nomad environments in 2.33. Release 2.27 stays supported until its end of support on May 31, 2027.', 'deprecation'],
    ['The community edition of our hosted runners will be closed down on December 1, 2026.', 'end-of-life'],
    ['Our hosted runners service closes down on December 1, 2026.', 'end-of-life'],
    // A sentence that asks decides with a lesser word: the ask is what the notice is about.
    ['Requests will be rejected from April 11, 2025. To keep them running, add a payment method before April 11, 2025.', 'billing'],
  ])('a due date whose sentence only tells what happens decides the kind only with a clear word: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Meet the new DNS control panel', 'Your records are carried over for you. The classic panel will be removed after June 30, 2026.', 'informational'],
    ['Say hello to the redesigned dashboard', 'The old dashboard will be removed on May 4, 2026; everything is moved for you and there is nothing to do.', 'informational'],
    ['Welcome to the new console', 'The legacy console stops working on March 1, 2026. Move your bookmarks before then, you must.', 'deprecation'],
  ])('a subject that presents a launch asking nothing is news: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Version 2.27 remains supported, with security fixes, until its end of support on May 31, 2027.', 'end-of-life'],
    ['Release 4.1 gets security updates and bug fixes until its end of support on June 30, 2026.', 'end-of-life'],
    ['A security fix for CVE-2026-1234 is available. Upgrade your agents before June 30, 2026.', 'security'],
  ])('security fixes a supported release receives are no security event: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['On 9 June 2026 every remaining Full Access key will be disabled and requests made with it return 401.', 'security'],
    ['Your legacy API tokens will be disabled on March 3, 2026. Create scoped tokens before then.', 'security'],
    ['Personal credentials older than a year will be revoked on April 1, 2026.', 'security'],
  ])("the reader's keys that are disabled are a credential matter: %s → %s", (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['The SP certificate that signs your SAML requests expires on March 9, 2026. Upload the new metadata to your identity provider before then, or sign-in will fail.', 'certificate'],
    ['Your signing certificate is about to expire. Users will not be able to log in once it has expired.', 'certificate'],
    ['On 1 February 2027 the agents on these servers stop receiving any updates. Upgrade them to a supported operating system.', 'end-of-life'],
    ['After 1 February 2027 these servers no longer get security patches. Upgrade them to a supported release.', 'end-of-life'],
  ])('a certificate that expires, a system that stops being updated: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ["We're retiring our legacy plans. On January 15, 2026 your subscription moves automatically to the Solo plan at $8 per month.", 'billing'],
    ['Legacy pricing plans are being retired: from March 1, 2026 your plan changes to Team, billed at the new price.', 'billing'],
    ['The Hobby plan will be retired on May 1, 2026 and your workspace will switch to the Starter plan.', 'billing'],
    ['We are retiring the Basic tier of our load balancers on May 1, 2026. Upgrade each one to Standard.', 'retirement'],
    ['Cloud Services (classic) will be retired on 31 August 2026. Your plan should be to migrate before then.', 'retirement'],
  ])('a plan that is retired or swapped is what the reader pays: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Starting March 2, 2026 our API endpoints present certificates that chain to ISRG Root X1. Clients with a custom trust store must add it before then or they will fail to connect.', 'certificate'],
    ['The intermediate CA that signs our edge certificates changes on May 4, 2026. Pinned clients will fail to connect.', 'certificate'],
    ['Import the new root certificate into each agent before June 1, 2026, or the agents will fail to connect.', 'certificate'],
  ])('which roots a client trusts is a certificate matter: %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['The v1 API shuts down at midnight Pacific on December 1, 2026. Move your integrations to v2 before then.', 'deprecation'],
    ['The legacy events endpoint goes away on March 2, 2026. Switch your clients to the new one.', 'deprecation'],
    ['Heads up: the shutdown of the v1 API is set for March 2, 2026.', 'deprecation'],
    ['The server shuts down for maintenance on March 2, 2026 between 01:00 and 03:00 UTC.', 'maintenance'],
    ['Acme Lite is shutting down. Acme Lite reaches end of life on March 31, 2026; migrate your databases before then.', 'end-of-life'],
  ])('an interface that shuts down or goes away, in the present tense or as a noun: %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['We are seeing elevated latency on the Query API in eu-west-1. Next update in 30 minutes.', 'incident'],
    ['Our engineers are working on a fix for failed logins. Next update within the hour.', 'incident'],
    ['Some builds see elevated response times; we have deployed a fix and are watching.', 'incident'],
  ])('an update on something going wrong now is an incident: %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Your SSL/TLS certificate expires on Nov 14, 2024 at 23:59:59 UTC. ACM was unable to renew the certificate.', 'certificate'],
    ['The current CA expires on March 5, 2025. Follow the instructions to rotate to the new Certificate Authority.', 'certificate'],
    ['A vulnerability in the Linux kernel (CVE-2024-1086) allows privilege escalation. Please update the kernel by July 25, 2024.', 'security'],
    ['Your personal access token "CI" will expire in 6 days.', 'security'],
    ["The certificate 'api-tls-cert' in key vault 'kv-acme-prod' will expire in 30 days.", 'certificate'],
    ['The Firewall Rules API is deprecated.\n\nDeprecation date: January 15, 2025', 'deprecation'],
    ['We are ending support for Node.js 16 in Lambda on June 12, 2024. Starting July 15, 2024, you will no longer be able to create functions.', 'deprecation'],
    ['TLS-SNI-01 validation is reaching end-of-life and will stop working on February 13th, 2025.', 'deprecation'],
    ['Container Registry will be phased out, starting May 15, 2024.', 'deprecation'],
    ['Standard support for Kubernetes version 1.34 will end on December 2, 2026. Clusters will enter extended support.', 'end-of-life'],
    ['GKE version 1.27 reaches end of support on June 14, 2024. Workloads using removed APIs may stop working after the upgrade.', 'end-of-life'],
    ['On April 30th, 2027, Heroku-22 reaches end-of-life; apps will no longer receive security updates.', 'end-of-life'],
    ['We are rotating webhook signing secrets. Generate a new secret in Settings and update your verification code.', 'security'],
    ['Your instance web-02 is scheduled for a restart on March 3, 2025 at 04:00 UTC to apply host updates.', 'maintenance'],
    ['On March 3, 2025 we will switch api.acme.io to certificates chained to ISRG Root X2. If your clients use a custom trust store, add ISRG Root X2 before March 3, 2025.', 'certificate'],
    ['We will stop maintaining clusters of version v1.25 at 2024-04-30 23:59 UTC. After the end of maintenance (EOM), clusters get no patches. Upgrade before the EOM date.', 'end-of-life'],
    ['Ubuntu 20.04 images reach the end of maintenance on June 30, 2024. Please move your jobs to 22.04 before then.', 'end-of-life'],
    ['EC2 has detected degradation of the underlying hardware hosting your instance. It is scheduled for retirement.', 'retirement'],
    ['On 31 August 2024, Cloud Services (classic) will be retired. Migrate to Cloud Services (extended support).', 'retirement'],
    ['Start: 2022-06-15 19:00 UTC\nEnd: 2022-06-16 04:00 UTC\n\nWe will be performing maintenance on electrical systems.', 'maintenance'],
    ['We need to migrate your Machines off a host. The migration will start on or after 2024-05-28 14:00 UTC.', 'maintenance'],
    ['An intervention is planned on your dedicated server. No action is required on your part.', 'maintenance'],
    ['We were unable to charge the credit card on file for invoice #INV-1. Please update your payment method.', 'billing'],
    ['Your database is currently suffering from a critical hardware issue that may take it offline.', 'incident'],
    ['Premium Droplets are now available in AMS3. Prices start at $0.06 per hour.', 'informational'],
    ['All billing and traffic serving for the project has stopped.', 'informational'],
    ['GitHub secret scanning found a Slack Incoming Webhook URL in acme/site-infra.', 'security'],
    ['Access keys for the storage account may have been exposed in diagnostic logs.', 'security'],
    ['Your certificate for api.example.org will be revoked on July 31, 2024 at 19:30 UTC.', 'certificate'],
    ["Let's Encrypt will turn off its OCSP responders on August 6, 2025.", 'deprecation'],
    ['Version v1beta1 of the Cloud Scheduler API will be shut down on June 30, 2025.', 'deprecation'],
    ['A service software update is available for your domains. Domains not updated are updated automatically.', 'maintenance'],
    ['Your server will be shut down for maintenance on June 30, 2025 between 01:00 and 03:00 UTC.', 'maintenance'],
    ['Your domain name acme-boutique.fr expires on 15/09/2025. Automatic renewal is not enabled.', 'billing'],
    ['Our next webinar, "Scaling Postgres on a budget", is on June 18, 2025.', 'informational'],
    ['Your budget "prod" has reached 90% of the budget amount.', 'billing'],
    ['Postmortem: events were processed with delays. We apologize for the disruption.', 'incident'],
    ['We will migrate your Storage Box to new hardware; during the switchover it is read-only.', 'maintenance'],
    ['Your product environment has used 80% of the credits included in your plan for the billing cycle ending July 1.', 'billing'],
    ['Your team has exceeded its monthly bandwidth allowance on the Starter plan.', 'billing'],
    ['The domain control validation (DCV) for acme-health.com expires on 08 Aug 2025.', 'certificate'],
    ['Starting September 30, 2024, access to less secure apps will be turned off.', 'deprecation'],
    ['We will begin enforcing multi-factor authentication for direct logins on April 8, 2025.', 'security'],
    ['Turn on 2-step verification for every admin account.', 'security'],
    ['Starting February 17, 2025, the Insights API will reject event requests without the new headers.', 'deprecation'],
    // A reader's upgrade before a version ends is about the end, though the provider upgrades laggards.
    [
      'MySQL 8.0.36 reaches end of support. You must upgrade these DB systems no later than 2025-04-30. Beginning 2025-05-06, DB systems still on it will be upgraded automatically during their next maintenance window. The upgrade restarts the DB system.',
      'end-of-life',
    ],
    [
      'Upgrade your AKS clusters by 31 March 2025. Kubernetes 1.29 reaches end of life on 31 March 2025. After that, AKS will upgrade the clusters automatically in their planned maintenance window.',
      'end-of-life',
    ],
    ['Beginning May 1, 2025, B2 will refuse connections that use TLS 1.0 or TLS 1.1.', 'deprecation'],
    ["If an app doesn't target API level 35 by then, you won't be able to publish updates for it.", 'deprecation'],
    ['Keys that were created without an expiration will stop working on September 15, 2025.', 'security'],
    ['Classic apps will stop working on March 31, 2025.', 'deprecation'],
    ['Your VPS may be unreachable for up to 15 minutes during this window. We apologise for any inconvenience.', 'maintenance'],
    ['Between 14:10 and 14:52 UTC, queries failed for some customers. We apologise for the inconvenience.', 'incident'],
    ['Your account balance is $3.12. To avoid an interruption, top up your balance or turn on automatic recharge.', 'billing'],
    ['We will retire the host your Machine runs on and migrate the Machine to new hardware during the maintenance window. No action is required.', 'maintenance'],
    ['', 'informational'],
    ['PostgreSQL 14 reaches the end of its support window on Timescale Cloud. We will upgrade your service on June 9.', 'end-of-life'],
    ['Ruby 3.0 reached the end of its life in March; apps keep running.', 'end-of-life'],
    // A word for an end that its sentence denies names no end.
    ['API v3 goes live on April 1, 2026. Version 2 stays fully supported; we have not set a sunset date for it.', 'informational'],
    ['The classic editor is not being deprecated, and there are no plans to deprecate it.', 'informational'],
    ["Existing servers keep the v1 format, which won't be removed.", 'informational'],
    ['API v2 is deprecated and will be removed on June 1, 2026.', 'deprecation'],
    ['If you do not migrate, the legacy endpoint will be removed on June 1, 2026.', 'deprecation'],
    // What the reader pays changes; a price alone (the Premium Droplets row above) is an announcement's.
    ['Effective 1 May 2025, the monthly price of the Basic tier changes from $100 to $200. Your subscription will renew at the new price.', 'billing'],
    // A provider narrowing what it accepts takes a feature away, though the version "is no longer supported".
    ['TLS 1.0 will no longer be supported. Starting November 3, 2025, endpoints will accept only TLS 1.2. Clients that use TLS 1.0 will fail to connect.', 'deprecation'],
    ['On December 31, 2025, the API will stop accepting passwords. Generate an API token and update every integration that uses a password or credentials before December 31, 2025.', 'deprecation'],
    // Credential words name the topic; the event (a product replaced) decides.
    ['App passwords are being replaced by API tokens. You can no longer create app passwords. Replace each app password with an API token before June 9, 2026.', 'deprecation'],
    ['Your Cloud SQL instances accept connections from any host on the internet. Starting September 1, 2025, new entries that allow every address will be rejected.', 'security'],
    ['The 1024-bit DKIM keys of these domains will stop signing messages on June 2, 2025. Add the new CNAME records.', 'security'],
    ['Two-factor authentication will be required for your account. After the deadline you won\'t be able to access your repositories until you enable 2FA.', 'security'],
    ['Terraform 1.5 and older reach end of support on September 2, 2025. Runs that use them will fail after that date.', 'end-of-life'],
    // A product's end the provider handles itself in a window, asking nothing: maintenance.
    ['PHP 8.1 reaches its end of life on 31 December 2025. To keep your sites supported, we will upgrade them on 24 June 2025, 09:00–11:00 UTC+02:00. Upgrading a site yourself before the window is optional.', 'maintenance'],
    ['Upgrade your sites before 24 June 2025: PHP 8.1 reaches its end of life. After that, we will upgrade them on 24 June 2025, 09:00–11:00 UTC+02:00.', 'end-of-life'],
    // What worked is refused with a client error, or a version or an API is disabled.
    ['After October 1, 2025, a trigger call with a string recipient returns 422 and the workflow does not run.', 'deprecation'],
    ['We will disable Frontend API v1 on October 15, 2025. Requests will return 410 Gone.', 'deprecation'],
    ['Your API keys will be revoked on May 1, 2025. Requests signed with them are rejected with 401.', 'security'],
    // A leak of credentials, named as a noun, is a security matter even once resolved.
    ['[Resolved] Token leak in CI logs. Our runner printed deploy tokens to build logs. Revoke and recreate any deploy token used in a pipeline.', 'security'],
    ['API key exposure in shared dashboards: regenerate the keys shown on public dashboards.', 'security'],
    // A secret found where anyone can read it, though the scanner files it as an incident.
    ['We detected the following secret in your code: an API token. Close incident #4411 once it is revoked.', 'security'],
    ['An access key was pushed to a public repository. Incident #88 is open; rotate the credential.', 'security'],
    ['Tokens found in a public gist are revoked within minutes. Incident 12 tracks it.', 'security'],
    ['We detected elevated error rates on the public API. The incident is resolved.', 'incident'],
    ['Our public repository of examples moved to a new address during the incident yesterday; the outage is over.', 'incident'],
    // Keys that are rotated, and the host keys clients pin, are credentials, whatever breaks for clients that keep the old ones.
    ['On June 10, 2026 we rotate the SSH host keys of git.example.com. Update your known_hosts file, or your clients will refuse to connect.', 'security'],
    ['We will rotate the signing secrets of all webhooks on June 10, 2026; requests signed with the old secret will be rejected after that.', 'security'],
    ['The CA rotation for your database instances happens on June 10, 2026; clients that pin the old CA will fail to connect.', 'certificate'],
    ['Please rotate your license keys in the settings page.', 'informational'],
    ['We will rotate the license keys of your account on June 10, 2026.', 'security'],
    // The provider moving a service to new addresses is its own work; a subscription that renews is money.
    ['On July 8, 2026 at 09:00 UTC, api.example.com moves to new IP addresses. If you allowlist our addresses, add the new ones before then.', 'maintenance'],
    ['Your annual subscription for workspace acme renews on July 1, 2026 for USD 1,200.00.', 'billing'],
    ['Your plan will renew on July 1, 2026.', 'billing'],
    // Failing over to a standby is planned work; failing is not.
    ['We will fail over your Redis cache acme-cache on June 12, 2026 at 03:00 UTC. Clients reconnect automatically.', 'maintenance'],
    ['A planned failover of your database takes place on June 12, 2026.', 'maintenance'],
    ['Clients that use TLS 1.0 will fail to connect after June 12, 2026.', 'deprecation'],
    // How usage is charged is money.
    ['From September 1, 2026, Functions are billed per GB-second. Your plan stays the same until renewal.', 'billing'],
    ['We are introducing usage-based pricing for build minutes on July 1, 2026.', 'billing'],
    // `deprecated` that describes a thing in passing names no event; being deprecated, or deprecating, does.
    ['This month we shipped bulk DNS editing. The deprecated v1 dashboard stays available from the menu. Our next release is planned for May 12, 2026.', 'informational'],
    ['Version 4.2 adds SSO groups. The old audit export, deprecated since 3.0, keeps working. Version 4.3 ships on June 1, 2026.', 'informational'],
    ['The v1 dashboard is deprecated and will be removed on May 12, 2026.', 'deprecation'],
    ['We are deprecating the v1 dashboard; it goes away on May 12, 2026.', 'deprecation'],
    ['We released v3, deprecating v2. Move to v3 before May 12, 2026.', 'deprecation'],
    ['The deprecated v1 endpoints will be removed on May 12, 2026.', 'deprecation'],
    // A release's named support phase that ends is its end of life.
    ['Red Hat Enterprise Linux 9.4 Extended Update Support (EUS) ends on April 30, 2026. Move your systems to 9.6 before then.', 'end-of-life'],
    ['Ubuntu 20.04 Standard Support ends on May 31, 2025; upgrade to 22.04.', 'end-of-life'],
    ['Release 3.2 Long Term Support (LTS) will end on March 1, 2026. Plan the upgrade.', 'end-of-life'],
    ['After that date, systems on 9.4 no longer receive Critical or Important security errata.', 'end-of-life'],
    // A setting that is off is a state; a domain that lapses is money.
    ['The domain acme-status.dev in your account expires on 2025-09-02. Auto-renew is turned off for it.', 'billing'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Amazon EKS extended support for Kubernetes versions now generally available', 'Extended support is enabled for all clusters. Versions in extended support reach end of life 26 months after release.', 'informational'],
    ['Introducing larger runners', 'Larger runners are deprecated runners’ replacement and reach end of support never.', 'informational'],
    ['Coming soon: passkey sign-in and DNSSEC for more extensions', 'Passkeys arrive on April 14, 2026 alongside two-step verification. There is nothing you need to do.', 'informational'],
    ['A first look at the new security center', 'From May 5, 2026 you can review two-factor authentication for your team in one place.', 'informational'],
    ["What's new in March: audit logs for API tokens", 'API token usage now appears in the audit log. Nothing changes for existing tokens.', 'informational'],
    // A launch that mentions a deprecated thing in passing is still news.
    ['Meet the new account dashboard', 'Starting May 12, 2026, you land on the new dashboard. The classic Domain Manager, deprecated since last autumn, stays reachable; we have not set a date to remove it.', 'informational'],
    ['Say hello to the redesigned console', 'The old console, deprecated since 2024, remains available from the menu. The new one ships on June 2, 2026.', 'informational'],
    ['Welcome to the new status page', 'Our legacy status widget is deprecated and keeps working for now. The new page launches on March 3, 2026.', 'informational'],
    ['Meet the new API keys', 'From May 5, 2026, legacy keys stop working. You must create new keys before then.', 'security'],
    ['Coming soon: API keys expire after 90 days', 'From May 5, 2026, keys older than 90 days stop working. Rotate your keys before then.', 'security'],
    ['Webhook deliveries to your app are failing', 'Deliveries have failed 19 times in a row. If they keep failing, we will remove the subscription on April 21, 2025.', 'incident'],
    ['Extended support now available', 'Kubernetes 1.27 reaches end of life on June 14, 2025. You must upgrade your clusters before then.', 'end-of-life'],
    // The subject's noun for the end names which end it is; the body's verbs say how it ends.
    ['Trigger.dev v2 end of life: what happens and when', 'On 2026-01-31 v2 jobs stop running and the v2 API is switched off.', 'end-of-life'],
    ['Vertex AI Workbench managed notebooks are being shut down', 'Managed notebooks will be retired on April 14, 2025. Migrate before then.', 'retirement'],
    ['AWS Lambda end of support for Node.js 18', 'We are ending support for Node.js 18 in Lambda on September 1, 2025.', 'deprecation'],
    // One day in the subject and again, with its time, in the body: the body's sentence says which end it is.
    ['Xcode 15 machines will be removed on 23 Feb 2025', 'Xcode 15 machines reach end of life on 23 Feb 2025 08:00 UTC. Update your builds.', 'end-of-life'],
  ])('weighs the subject: %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it('lets words for what happens decide over words for a topic', () => {
    const topic = 'Your password, your API token, your credentials and your access tokens';
    expect(kindOf(`${topic} are affected. On December 31, 2025, the API will stop accepting them.`)).toBe('deprecation');
    expect(kindOf(`${topic} are affected.`)).toBe('security');
  });

  it('lets the sentence of the first due date decide over the rest of the notice', () => {
    const body = 'Deprecated APIs removed in 1.28 may stop working. Deprecated API usage should be checked.';
    expect(classifyKind(body, '', 'Version 1.27 reaches end of support on June 14, 2024.')).toBe('end-of-life');
    expect(classifyKind(body, '', '')).toBe('deprecation');
  });

  it.each([
    ['Slack will stop supporting files.upload on November 12, 2025. Switch to the new methods before then.', 'deprecation'],
    ['We will stop supporting Node.js 18 builds on September 15, 2025.', 'deprecation'],
    ['Support for Redis version 4 on Azure Cache for Redis is ending. Upgrade your caches before June 30, 2025.', 'end-of-life'],
    ['Ubuntu 20.04 LTS reaches the end of its standard support window on 31 May 2025 and no longer receives security updates.', 'end-of-life'],
    ['On November 19, 2025, every classic token on your account will stop working, and publishing will fail.', 'security'],
    ['Your Apple Pay Payment Processing Certificate will expire soon. Payments for this merchant can no longer be decrypted when it does.', 'certificate'],
    ['Payment failed for your subscription. Update your payment method before July 16, 2025.', 'billing'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    ['Action required: PHP 8.1 end of life', 'PHP 8.1 is no longer receiving security fixes. Switch your environments to PHP 8.3 by June 30, 2026; after that we upgrade them during regular maintenance.', 'end-of-life'],
    ['Runtime retirement: Python 3.9', 'Move your functions to Python 3.12 before May 1, 2026. From then, we patch and restart the remaining ones during a maintenance window.', 'retirement'],
    ['Ruby 3.1 is no longer getting updates', 'Upgrade your apps by April 1, 2026. After that, apps are upgraded automatically during scheduled maintenance.', 'end-of-life'],
    ['Database maintenance on March 3', 'We will patch your clusters on March 3, 2026 during the maintenance window. Please make sure you have a recent backup before then.', 'maintenance'],
  ])('an ask about an end that the provider otherwise handles in maintenance: %s → %s', (subject, text, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Your card ending in 4242 was declined. Update your billing details by June 20, 2026 to keep your workspace.', 'billing'],
    ['We tried to charge your card, but the payment was declined. Update your card before June 3, 2026.', 'billing'],
    ['Please review your billing information before your renewal on June 3, 2026.', 'billing'],
    ['Version 2023-07 of the Admin API will be unsupported on July 1, 2026. Update your app to a supported version.', 'end-of-life'],
    ['Python 3.8 functions become unsupported on October 14, 2026. Move them to Python 3.12.', 'end-of-life'],
  ])('a declined charge and a version that becomes unsupported: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('lets the title of the due date\'s table column decide the kind', () => {
    const text = 'Apps on this stack:\n\nStack       Status       End of life\nheroku-20   Deprecated   2025-04-30\n\nBuilds will be rejected after that. Upgrade your apps.';
    expect(kindOf(text)).toBe('end-of-life');
  });

  it('does not read a product or an app name as a kind', () => {
    expect(kindOf('Workflows in the acme/payments-api repository use actions that are deprecated.')).toBe('deprecation');
  });
});

describe('action required', () => {
  it.each([
    ['You must take action to ensure that the renewal can be completed.', 'maintenance', true],
    ['Please act before October 31, 2024.', 'maintenance', true],
    ['We recommend that you upgrade your functions.', 'maintenance', true],
    ['A software update is required for your domain.', 'maintenance', true],
    ['[Action Required] Upgrade your clusters', 'maintenance', true],
    ['Upgrade your functions before June 12, 2024.', 'maintenance', true],
    ['You have 7 days to pay the outstanding balance before your services are suspended.', 'billing', true],
    ['You have until March 3 to move your data.', 'maintenance', true],
    ['Move your integrations to API v8. The cut-off is 31 March.', 'deprecation', true],
    ['Switch your apps to the v3 endpoints.', 'deprecation', true],
    ['We will move your database to new hardware. Nothing is required from you.', 'maintenance', false],
    ['Apps that open more than 50 connections will see errors. Use a connection pooler before April 1.', 'informational', true],
    ['Your plan renews on March 1. Upgrade your plan if you expect to need more.', 'billing', false],
    ['Customers who run the connector must upgrade every instance to 6.1.9 within 30 days.', 'maintenance', true],
    ['All workspace admins must enable two-factor authentication by April 1.', 'informational', true],
    ['We must upgrade the host that runs your server.', 'maintenance', false],
    ['Try it today. Upgrade your workspace if you want larger runners.', 'informational', false],
    ["We've updated our Privacy Policy. Please review the changes.", 'informational', false],
    ['We changed the API. Please review the changes and update your integration.', 'informational', true],
    ['What do you need to do? Please make sure your app does not depend on 6PN addresses.', 'maintenance', true],
    ['Basic authentication is deprecated and will soon no longer work.', 'deprecation', true],
    ['You can reschedule this maintenance at any time before the window.', 'maintenance', false],
    ['If you have copied the value elsewhere, you will need to update those values.', 'incident', false],
    ['Once the upgrade is complete, please check that your services run.', 'maintenance', false],
    ['Otherwise, no action is required on your part.', 'maintenance', false],
    ['You do not need to take any action.', 'retirement', false],
    ['If you have already upgraded, no action is required. You must upgrade the others.', 'maintenance', true],
    ['Please feel free to reply to this email. Please send us a ticket if needed.', 'maintenance', false],
    ['This is an alert only; budgets do not cap spending.', 'billing', false],
    ['Recommended apply by date: March 31, 2025.', 'maintenance', true],
    ['Revoke the webhook in Slack and replace it, then close the alert.', 'informational', true],
    ['If you use the old endpoint, update your clients.', 'informational', false],
    ['Update: we are monitoring the fix.', 'incident', false],
    ['There is nothing you need to do.', 'maintenance', false],
    ['After that, the domain stops resolving.\n\nUpdate your payment method and renew the domain by 7/15/2025.', 'billing', true],
    ['To keep the site online, upgrade to Pro before June 26, 2025.', 'billing', true],
    ['To keep using it, extend the expiration of the token.', 'security', true],
    // A no-action line limited to some things, or taken back by what follows, does not speak for the notice.
    ['No immediate action is needed for machines you will upgrade. However, you must enable ESM on the others by May 31, 2025.', 'maintenance', true],
    ['No action is required for machines that already run the new agent. For the machines below, you must install it by January 15, 2026.', 'maintenance', true],
    ['No immediate action is required, but you must move these accounts to OAuth before March 1, 2026.', 'informational', true],
    ['No action is required on your part. The new rate applies automatically.', 'billing', false],
    ['No action is required for you. We will upgrade the machines that run the old agent.', 'retirement', false],
    ['Create a new certificate and send it to your payment provider before it expires.', 'informational', true],
    ['Please transfer the outstanding amount by 21.05.2025 at the latest.', 'billing', true],
    ['What action do I need to take? Users must register a verification method.', 'informational', true],
    ['Required action\nUpgrade to version 1.30 or later.', 'informational', true],
    ['There is no required action for this change.', 'maintenance', false],
    // An ask tied to the provider's own event (`after the maintenance`) is for every reader; one tied to the reader's step is for some.
    ['After the maintenance, you must restart your application servers so they reconnect.', 'maintenance', true],
    ['Once the migration is complete, you need to update the DNS records of your custom domains.', 'maintenance', true],
    ['When this window closes, please restart any worker that shows as disconnected.', 'maintenance', true],
    ['Once you have migrated, you must remove the old credentials.', 'maintenance', false],
    ['After you upgrade, you should clear the cache.', 'maintenance', false],
    // A colon that introduces a list of steps asks for them.
    ['Before the window starts, please:\n1. Add the new addresses to the outbound allowlist.\n2. Restart the service afterwards.', 'maintenance', true],
    ['To prepare, please:\n- update the agent to 7.2\n- restart the host', 'informational', true],
    ['Here is what changes, please:\n- The dashboard moves to a new address.', 'informational', false],
    // `nothing to do` said alone; `has nothing to do with` says something else.
    ['We will renew the certificate automatically; nothing to do.', 'certificate', false],
    ['There is nothing for you to do.', 'maintenance', false],
    ['This change has nothing to do with billing. Please update your webhooks by July 1, 2026.', 'deprecation', true],
    ['Please run ANALYZE on large tables to refresh statistics.', 'maintenance', true],
    // Two imperatives that share their object.
    ['Revoke and recreate any deploy token used in a pipeline during that period.', 'security', true],
    ['Rotate or delete every key listed above.', 'informational', true],
    // A question about acting, answered no.
    ['Do I need to do anything?\nNo. The new fees apply automatically from 1 April 2026.', 'billing', false],
    ['Do I need to take any action? No, your keys keep working.', 'informational', false],
    ['Will I need to change anything? No. Existing webhooks are moved for you.', 'informational', false],
    ['Do I need to take any action? Yes. Rotate your keys by May 1, 2026.', 'informational', true],
    ['Make sure every user who logs in directly has registered a verification method.', 'informational', true],
    ["If you haven't bought more credits by then, new builds will not start.", 'billing', true],
    ['Unless you renew the domain, it stops resolving on December 2.', 'billing', true],
    ["If you don't want the new sizes, you can keep the current ones.", 'informational', false],
    ['If you do not reschedule, the maintenance proceeds as planned.', 'maintenance', false],
    ['To avoid an interruption, top up your balance or turn on automatic recharge.', 'billing', true],
    ['To keep using Gmail and Drive with your team, set up billing in the Admin console.', 'billing', true],
    ["If you don't set up billing, your users lose access when the trial ends.", 'billing', true],
    ['To learn more about the new regions, read our blog.', 'informational', false],
    ['No immediate action is required, but new projects should use the Routes library.', 'deprecation', false],
    ['To keep your sites on a supported version, we will upgrade them during a window.', 'maintenance', false],
    ['To avoid downtime, we will migrate your server during the window.', 'maintenance', false],
    ['To keep receiving orders/create events, make sure the endpoint responds with a 200 status.', 'incident', true],
    // Harm that follows unless the reader acts, in any words for the condition.
    ['If payment is not received by 18.09.2025, the products listed above will be suspended.', 'informational', true],
    ['If deliveries keep failing, we will disable it on September 1, 2025.', 'incident', true],
    ['If the exposed secret is still active in 72 hours, we will revoke it ourselves.', 'informational', true],
    ["If you don't use the connector, you are not affected.", 'informational', false],
    ['If you would rather move to a smaller plan, you can change it at any time.', 'billing', false],
    // A condition that opens a choice to the reader (`you may end the agreement`) threatens nothing.
    ['If you do not accept the new fees, you may end your agreement without a termination fee by telling us before 1 March 2026.', 'billing', false],
    ["If you don't agree with the change, you can cancel your subscription and receive a refund.", 'billing', false],
    ['If you do not want to be migrated, you have the right to terminate the contract.', 'informational', false],
    ['If the invoice is not paid, your services will be suspended.', 'billing', true],
    // An imperative, then what happens if it is not followed.
    ['Add a payment method to keep your projects running; otherwise they are paused.', 'informational', true],
    ['Pay the outstanding balance, or your workspace will be suspended.', 'informational', true],
    ['Please reconnect the integration. Otherwise, alerts will stop reaching your channel.', 'informational', true],
    ['Try the new editor, or keep the classic one; both stay available.', 'informational', false],
    ['Upgrade to Pro for more seats, or stay on Free; nothing is removed.', 'informational', false],
    // A no-action line for `them` (the others), and a `however` whose ask is in the next sentence.
    ['For most of you nothing changes, and no action is required for them. However, your environment still sends strings. You must change those calls by October 1, 2025.', 'informational', true],
    // Following the provider's own updates changes nothing of the reader's.
    ['Your services will remain available. Please make sure you subscribe to our status page for updates.', 'maintenance', false],
    ['Please follow our status page during the window.', 'maintenance', false],
    ['Please make sure you restart your workers after the window.', 'maintenance', true],
    // An unpaid bill, and exports asked for.
    ['Your invoice of 1 March 2026 is overdue.', 'informational', true],
    ['Please export your saved views.', 'informational', true],
    // Advice about something the notice says goes on working asks nothing; working only for a while is a reason to act.
    ['Version 4 agents keep working with the new server. We recommend upgrading them when convenient.', 'maintenance', false],
    ['We recommend that you move to the new SDK at some point; the old one will continue to work.', 'informational', false],
    ['Older plugins remain fully compatible. We advise you to review them anyway.', 'informational', false],
    ['Version 4 agents keep working until March 1, 2026. We recommend upgrading them.', 'maintenance', true],
    ['Old tokens keep working for now. We recommend that you rotate them.', 'security', true],
    ['We recommend upgrading the agents. Version 4 keeps working through June 30, 2026.', 'maintenance', true],
    ['We recommend upgrading your agents as soon as possible: the old ones lose their connection.', 'maintenance', true],
    ['We strongly urge you to rotate the key, even though it keeps working.', 'security', true],
    // Signing or approving a document is a task; signing in to look at something is not.
    ['To lock in the new price, please sign the attached order form by March 3, 2026.', 'billing', true],
    ['Please countersign the amendment and send it back.', 'billing', true],
    ['Please approve the quote in the portal before it lapses.', 'billing', true],
    ['Please sign in to the dashboard to see the new charts.', 'informational', false],
    ['Please sign up for the webinar on May 5.', 'informational', false],
    ['Please sign into the console if you have questions.', 'informational', false],
  ] as const)('%s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });

  it.each([
    ['Your records and templates are carried over for you, so there is nothing to migrate or reconfigure. The classic panel will be removed after June 30.', 'deprecation', false],
    ['There is nothing else for you to do; the old link will be removed on May 1.', 'deprecation', false],
    ['Customers need not change anything on their side.', 'maintenance', false],
    ['You need not update your agents; they are upgraded in place.', 'end-of-life', false],
    ["You don't need to change anything: existing keys keep working.", 'security', false],
    ['No code changes are required. The v1 paths will be removed on March 2.', 'deprecation', false],
    ["There's no need to take any action.", 'retirement', false],
    ['What this means for you: nothing changes until you upgrade. The 3.0 release removes the plugin.', 'deprecation', false],
    // Limited to some readers or some things, or not a no-action line at all.
    ['No changes are needed if you use an official client. Update custom clients before February 17.', 'deprecation', true],
    ['Your webhook keeps receiving events; no change is needed there. Migrate the integration before January 31.', 'deprecation', true],
    ['If you only deploy from the dashboard, nothing changes for you. Legacy hooks stop working on March 31.', 'deprecation', true],
    ['This change has nothing to do with your billing. The v2 API will be removed on March 2.', 'deprecation', true],
    ['Nothing changes until April 1, when the endpoint stops working.', 'deprecation', true],
    // A label or a question answered in the negative, and `you are not affected`.
    ['Start: 2026-04-02 01:00 UTC\nImpact: brokers restart one at a time\nAction required: None', 'maintenance', false],
    ['Customer action: Not required', 'deprecation', false],
    ['Action needed: none - your pages have already been converted.', 'deprecation', false],
    ['The legacy gateway will be retired on June 30, 2026. What do I need to do? Nothing.', 'retirement', false],
    ['Do I need to do anything? No. All of your traffic already goes through the new gateway.', 'retirement', false],
    ['The /v1/stats endpoint will be removed on September 1, 2026. You are not affected by this change.', 'deprecation', false],
    ['Your account has not called it in 90 days, so this change does not affect you.', 'deprecation', false],
    ['Action required: update your clients before May 1, 2026.', 'deprecation', true],
    ['The tokens that we issued to you are not affected. Rotate the signing key before January 20.', 'certificate', true],
    ['You are not affected unless you call /v1/stats. The endpoint is removed on September 1, 2026.', 'deprecation', true],
    ['If you never call /v1/stats, you are not affected. The endpoint is removed on September 1, 2026.', 'deprecation', true],
    ['Agents update automatically within 24 hours; no action is needed unless you disabled automatic updates.', 'security', false],
    ['No action is required unless you have turned off auto-upgrades for the cluster.', 'end-of-life', false],
    ['No action is required unless you use the legacy SDK. It stops working on May 1, 2026.', 'deprecation', true],
  ] as const)('a no-action line in other words: %s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });

  it.each([
    // A question to be answered yes or no asks nothing by itself; the answer says.
    ['Do you need to do anything? In almost every case, no. Accounts on dedicated IPs are not affected.', 'informational', false],
    ['Will customers have to change their DNS? For nearly all of you the answer is in the guide.', 'informational', false],
    ['Do you need to update your SDK? In most cases, no.', 'informational', false],
    ['Do I need to do anything? Probably not, but read on.', 'informational', false],
    ['Do you need to do anything? Yes: you must rotate the key by May 1, 2026.', 'informational', true],
    ['What do you need to do?\nUpgrade the agent to 7.2.', 'informational', true],
    ['You need to update your SDK before May 1, 2026.', 'informational', true],
    ['Do you need to update your SDK? In every case, yes. Please update it by May 1.', 'informational', true],
    // Answered yes for every reader, or only for some.
    ['Do you need to do anything? Yes, update your DNS records by May 1, 2026.', 'informational', true],
    ['Do you need to do anything? Yes: point your CNAME to the new host.', 'informational', true],
    ['Is there anything I need to do? Yes. Point your CNAME to the new host before May 1, 2026.', 'informational', true],
    ['Do you need to do anything? Yes, if you pin our IP addresses.', 'informational', false],
    ['Do I have to change my DNS? Yes, but only if you pin our addresses.', 'informational', false],
    // Answered no, even where the notice's kind would otherwise ask.
    ['The v1 keys are deprecated. Is there anything I need to do? No.', 'deprecation', false],
    ['The v1 keys are deprecated. Do I need to update my SPF record? No, the include already covers it.', 'deprecation', false],
    ['The v1 keys are deprecated. Do you need to change anything? For most customers, no.', 'deprecation', false],
    ['The v1 keys are deprecated. Do I need to take action? Not in most cases.', 'deprecation', false],
    ['The v1 keys are deprecated. Do I need to do anything? Not yet. You must migrate by May 1, 2026.', 'deprecation', true],
    ['The v1 keys are deprecated. Do I need to update my SDK? No. However, you must rotate your keys by May 1.', 'deprecation', true],
    // An unpaid bill in any words, and a threat to move the reader to a free plan.
    ["We couldn't charge your card, so it's now overdue.", 'informational', true],
    ['Your last two invoices are still overdue.', 'informational', true],
    ["We couldn't charge the card; they're past due now.", 'informational', true],
    ['Your invoice is paid; nothing is overdue.', 'informational', false],
    ["What's overdue is listed in the dashboard.", 'informational', false],
    ['If the balance is still unpaid after 10 days, we will move your workspace to the free plan.', 'informational', true],
    ['If the card keeps failing, your team is switched back to the Free tier.', 'informational', true],
    ['If you want fewer features, you can move to the free plan at any time.', 'informational', false],
    // Harm in other words (closed, cancelled, locked, restricted) after a bill left unpaid.
    ["If the invoice is still unpaid within 14 days, we'll close your account.", 'informational', true],
    ['If the balance is unpaid by March 20, 2026, we will cancel your subscription.', 'informational', true],
    ['If your balance is outstanding after a week, your workspace will be locked.', 'informational', true],
    ['If it remains unpaid, access to the dashboard will be restricted.', 'informational', true],
    ['If the invoice is paid, the workspace will be unlocked automatically.', 'informational', false],
    ['If you wish, you can cancel your subscription at any time.', 'informational', false],
  ] as const)('a question about acting, an unpaid bill, a move to a free plan: %s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });

  const ask = 'The legacy image will be deleted on February 2, 2026. Switch your CI jobs to the new image before then. ';
  it.each([
    // Limited by what comes before it: a clause naming some things, a label naming some readers, a question that picks them out.
    [`${ask}For jobs that already use the new image, no changes are needed.`, true],
    [`${ask}Jobs that pull the new image have nothing to change.`, true],
    [`${ask}Cloud Platform users: no action is required.`, true],
    [`${ask}Pipelines pinned to the new image: nothing to do.`, true],
    [`${ask}Already on the new image? Nothing to do.`, true],
    // Said of everyone: the words before it limit nothing.
    ['We upgrade every cluster on March 3, 2026. Impact: No action is required.', false],
    ['We upgrade every cluster on March 3, 2026. What this means for you: nothing to do.', false],
    ['We upgrade every cluster on March 3, 2026. Please note that no action is required.', false],
    ['We upgrade every cluster on March 3, 2026, which means no action is required.', false],
    ['Version 1.30 removes no APIs that the cluster used in the last 30 days, so no action is required.', false],
    ['The new image only changes the base layer that we build on; therefore, no action is required.', false],
    ['We upgrade every cluster on March 3, 2026. Will I be affected? No action is required.', false],
  ] as const)('a no-action line limited before it: %s → %s', (text, expected) => {
    expect(isActionRequired(text, 'deprecation')).toBe(expected);
  });

  it.each([
    ['The legacy dashboard will be turned off on June 1, 2026. Its data has already been copied into the new dashboard.', 'deprecation', false],
    ['Version 2 of the agent reaches end of life on May 1, 2026. Your agents will be upgraded automatically.', 'end-of-life', false],
    ['The classic editor is retired on April 4, 2026. We will move your templates for you.', 'retirement', false],
    ['Your saved queries are carried over automatically when the old console shuts down on July 1, 2026.', 'deprecation', false],
    // The provider's move as the fallback of an ask, or next to an ask, does not lift it.
    ['v23.1 reaches the end of support on November 15, 2024. Clusters still running v23.1 after that date will be upgraded automatically.', 'end-of-life', true],
    ['Node 18 reaches end of life on April 30, 2026. Functions that have not been upgraded will be migrated automatically.', 'end-of-life', true],
    ['Your data will be migrated automatically. Update your client libraries before March 1, 2026.', 'deprecation', true],
    ['The v1 API will be removed on March 2, 2026.', 'deprecation', true],
    ['The managed certificate for www.acme.io expires on May 2, 2026. We will renew it automatically 30 days before.', 'certificate', false],
    ['Your signing key will be rotated automatically on June 1, 2026.', 'security', false],
    ['The certificate expires on May 2, 2026 and will be renewed automatically unless DNS validation fails.', 'certificate', true],
  ] as const)('a product that ends asks nothing when the provider moves the reader itself: %s (%s) → %s', (text, kind, expected) => {
    expect(isActionRequired(text, kind)).toBe(expected);
  });

  it.each([
    ['Starting April 15, 2026, new passwords must be at least 12 characters. Existing passwords keep working.', false],
    ['From May 1, 2026, new projects can no longer be created on the v1 plan.', false],
    ['Starting June 1, 2026, requests that use v1 print a deprecation warning.', false],
    ['From May 1, 2026, new projects can no longer use v1. On August 3, 2026, v1 is removed and its calls fail.', true],
    ['Starting April 15, 2026, every password must be at least 12 characters; shorter ones stop working.', true],
  ] as const)('a notice whose dates only change what is new, or only warn, asks nothing: %s → %s', (text, expected) => {
    expect(extract(aNotice({ text })).actionRequired).toBe(expected);
  });

  it.each([
    [true, 'informational', true],
    [false, 'informational', false],
  ] as const)('a due date in a sentence that asks (%s) counts as an ask (%s) → %s', (askedByDate, kind, expected) => {
    expect(isActionRequired('imgix will only fetch origin images over HTTPS from September 15.', kind, askedByDate)).toBe(expected);
  });
});

describe('provider and service', () => {
  it.each([
    ['no-reply-aws@amazon.com', undefined, 'AWS'],
    ['health@aws.com', undefined, 'AWS'],
    ['cloudplatform-noreply@google.com', undefined, 'Google Cloud'],
    ['azure-noreply@microsoft.com', undefined, 'Microsoft Azure'],
    ['noreply@notify.cloudflare.com', undefined, 'Cloudflare'],
    ['support@digitalocean.com', undefined, 'DigitalOcean'],
    ['expiry@letsencrypt.org', undefined, "Let's Encrypt"],
    ['https://community.fly.io/latest.rss', undefined, 'Fly.io'],
    ['noreply@acmepay.statuspage.io', 'Acme Payments Status', 'Acme Payments'],
    ['https://bitbucket.status.atlassian.com', 'Atlassian Bitbucket Status - Incident History', 'Atlassian Bitbucket'],
  ])('%s → %s', (from, fromName, provider) => {
    expect(providerOf({ from, fromName }, '')).toBe(provider);
  });

  it.each([
    ['Amazon EC2 notification', 'Amazon EC2'],
    ['[Action Required] Amazon EKS Kubernetes 1.34 end of standard support [AWS Account: 1]', 'Amazon EKS Kubernetes'],
    ['GitHub Actions notification', 'GitHub Actions'],
    ['Upcoming maintenance for your Cloud SQL instance orders-db', 'Cloud SQL'],
  ])('%s → %s', (subject, service) => {
    expect(serviceOf(subject, '')).toBe(service);
  });
});

describe('kind signals', () => {
  const dirs = ['notices', 'readers'].map((d) => join(import.meta.dirname, '../fixtures', d));
  const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(?:eml|xml)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));

  it('find every match only in texts that hold one of its trigger words at a word start', () => {
    const missing: string[] = [];
    for (const [kind, , pattern, triggers] of SIGNALS) {
      const words = new RegExp(String.raw`\b(?:${triggers.join('|')})`, 'i');
      for (const text of texts) for (const m of text.matchAll(pattern)) if (!words.test(m[0])) missing.push(`${kind} ${pattern.source.slice(0, 40)}: "${m[0]}"`);
    }
    expect(missing).toEqual([]);
  });

  it('have no trigger that starts another, so one scan of the text finds them all', () => {
    const triggers = [...new Set(SIGNALS.flatMap((signal) => signal[3]))];
    expect(triggers.filter((a) => triggers.some((b) => b !== a && b.startsWith(a)))).toEqual([]);
  });
});
