import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const facts = (text: string, overrides = {}) => {
  const x = extract(aNotice({ text, ...overrides }));
  return { resources: x.resources, accounts: x.accounts, regions: x.regions };
};

describe('resources', () => {
  it.each([
    ['Certificate identifier: arn:aws:acm:us-east-1:123456789012:certificate/e52b3253-9753-4268-8a76-f3f30402c001.', 'arn:aws:acm:us-east-1:123456789012:certificate/e52b3253-9753-4268-8a76-f3f30402c001'],
    ['arn:aws:lambda:us-east-1:345678901234:function:stripe-webhook-handler:live', 'arn:aws:lambda:us-east-1:345678901234:function:stripe-webhook-handler:live'],
    ['arn:aws-us-gov:s3:::audit-logs-bucket', 'arn:aws-us-gov:s3:::audit-logs-bucket'],
    ['your Amazon EC2 instance (instance-ID: i-a895727a) in the region', 'i-a895727a'],
    ['volume vol-0123456789abcdef0 and snapshot snap-0fedcba9876543210', 'vol-0123456789abcdef0'],
    ['launched from ami-0abcdef1234567890', 'ami-0abcdef1234567890'],
    ['functions that use the nodejs16.x runtime', 'nodejs16.x'],
    ['- `GET /zones/:zone_id/dns_records`', 'GET /zones/:zone_id/dns_records'],
    ['GET /repos/{owner}/{repo}/community/code_of_conduct', 'GET /repos/{owner}/{repo}/community/code_of_conduct'],
    ['workflows using actions/upload-artifact@v3 will fail', 'actions/upload-artifact@v3'],
    ['v3 of actions/download-artifact', 'actions/download-artifact'],
    ['the repository at Clinical-Genomics/scout with git', 'Clinical-Genomics/scout'],
    ['Workflows in the acme/payments-api repository ran', 'acme/payments-api'],
    ['Your recently built app codebar-production is using', 'codebar-production'],
    ['Your database (MAROON on gratipay) must undergo maintenance.', 'MAROON'],
    ['personal access token (classic) "VATZ_ACTION_TOKEN" with repo scope', 'VATZ_ACTION_TOKEN'],
    ['Your GitHub App "acme-release-bot" made requests', 'acme-release-bot'],
    ['Your index products-v3 in project search-prod will be migrated.', 'products-v3'],
    ['Check "Checkout flow" (7c1e9a42-3b5d-4f0e-9a61-2d8e4b7c0f13) failed.', '7c1e9a42-3b5d-4f0e-9a61-2d8e4b7c0f13'],
    ["Your board 'Q3 roadmap' (0b8e6f12-4c7a-4d21-9e3f-6a5b4c3d2e1f) will be archived.", '0b8e6f12-4c7a-4d21-9e3f-6a5b4c3d2e1f'],
    ['Your stack acme-logs-eu will be upgraded on Saturday.', 'acme-logs-eu'],
    ['We could not charge the card for your team acme-mail (Pro plan).', 'acme-mail'],
    ['The monitor api-health-eu has been paused.', 'api-health-eu'],
    ['your Linode, web-prod-1 (ID 48213377), in our data center', '48213377'],
    ['Project ID: acme-prod', 'acme-prod'],
    ["The certificate 'api-tls-cert' in key vault 'kv-acme-prod' will expire", 'kv-acme-prod'],
    ['Instance: acme-prod:europe-west1:orders-db', 'acme-prod:europe-west1:orders-db'],
    ['Projects in scope: acme-prod-web, acme-prod-data', 'acme-prod-data'],
    ['Affected project: acme-data-pipelines (project number 804517392216)', '804517392216'],
    ['your apps, including acme-web and acme-worker, will be stopped', 'acme-worker'],
    ['The affected instances are listed below:\ni-xxx\n', 'i-xxx'],
    ['Affected Droplets:\ntest-digitalocean-fedora34-x64-1\n', 'test-digitalocean-fedora34-x64-1'],
    ['Affected instances:\ni-0a1b2c3d4e5f67890 (batch-worker-3)\n', 'batch-worker-3'],
    ['Below is a list of names validated:\n\n blockbuilder.org (35.239.22.31) on 2018-12-03', '35.239.22.31'],
    ['for the names listed below will expire.\n\narchive.tilos.hu\nchat.tilos.hu\n', 'chat.tilos.hu'],
    ['The following are your domain(s) that must be updated:\ncloud-platform-audit-live\n', 'cloud-platform-audit-live'],
    ['A host maintenance event is scheduled for the VM instance web-frontend-3 in zone us-central1-b', 'web-frontend-3'],
    ['Maintenance is scheduled for the clusters in project Acme Production, including orders-cluster0.', 'orders-cluster0'],
    ['you use Basic SKU public IP addresses, including pip-legacy-gateway in subscription', 'pip-legacy-gateway'],
    ['Apps you own that use Python 3.9: acme-reports', 'acme-reports'],
    ['access keys for the storage account stacmeexports may have been exposed', 'stacmeexports'],
    ['Requests to acme-assets.nyc3.cdn.digitaloceanspaces.com will stop working', 'acme-assets.nyc3.cdn.digitaloceanspaces.com'],
    ['Calls to the endpoint orders.acme-internal.net will fail after the cut-over.', 'orders.acme-internal.net'],
    ['The certificate is used by the service Acme Shop Production (service ID 6qTbM2vXkR8pLcN4dJ1w9Z).', '6qTbM2vXkR8pLcN4dJ1w9Z'],
    ['Your project acme-prod (ref: qzvbnhtrlwkxpfmgdsya) runs Postgres 13.', 'qzvbnhtrlwkxpfmgdsya'],
    ['App: Acme Expenses (0oa8k2x9zqLmN4pRt697)', '0oa8k2x9zqLmN4pRt697'],
    ['active webhooks on these services:\n\n  Payments API (PX3Y8ZQ)\n  Checkout Web (P7KD2MA)\n', 'P7KD2MA'],
    ['Labels:\n - cluster = acme-prod-eks\n - namespace = ingress-nginx\n', 'ingress-nginx'],
    ['Environment: env-x9k21m', 'env-x9k21m'],
    ['Resource OCID: ocid1.dbsystem.oc1.iad.anuwcljt3xq7kzyaqdz4pl', 'ocid1.dbsystem.oc1.iad.anuwcljt3xq7kzyaqdz4pl'],
    ['Found at: github.com/acme-dev/mailer-scripts (commit 4be19c2)', 'acme-dev/mailer-scripts'],
    ['Your app acme-jira-sync, installed on acme.atlassian.net, has called', 'acme.atlassian.net'],
    ['your tenant acmecorp.onmicrosoft.com submitted messages', 'acmecorp.onmicrosoft.com'],
    ['clients that use TLS 1.0 on smtp.office365.com will fail', 'smtp.office365.com'],
    ['Enrollment ID: 123456', '123456'],
    ['keyID: 0051a2b3c4d5e6f0000000007', '0051a2b3c4d5e6f0000000007'],
    ['Your project contains these servers:\n  web-01 (CX21, ID 48213377)\n', '48213377'],
    ['the following applications called the API:\n\nApplication name | Application (client) ID\nacme-hr-sync | 5e8a1f3c-2b4d-4e6f-8a9b-1c2d3e4f5a6b\n', '5e8a1f3c-2b4d-4e6f-8a9b-1c2d3e4f5a6b'],
    ['all links, including custom domain links such as links.acme-mobile.com, will stop', 'links.acme-mobile.com'],
    ['Affected instances:\n  acme-orders-pg (crn:v1:bluemix:public:databases-for-postgresql:eu-de:a/4f7e2d1c9b8a:2d9f1e3c-7b6a-4c5d-8e9f-0a1b2c3d4e5f::)\n', 'crn:v1:bluemix:public:databases-for-postgresql:eu-de:a/4f7e2d1c9b8a:2d9f1e3c-7b6a-4c5d-8e9f-0a1b2c3d4e5f::'],
    ['Your project acme-ci (7c6d5e4f-3a2b-4c1d-9e8f-0a1b2c3d4e5f) has devices', '7c6d5e4f-3a2b-4c1d-9e8f-0a1b2c3d4e5f'],
    ['the following devices:\n\n  ci-runner-01  c3.small.x86  da (Dallas)\n  ci-runner-02  c3.small.x86  da (Dallas)\n', 'ci-runner-02'],
    ['  * HRATP - ocid1.autonomousdatabase.oc1.phx.anyhqljr7n4l5wyazu2k3fd', 'ocid1.autonomousdatabase.oc1.phx.anyhqljr7n4l5wyazu2k3fd'],
    ['your service pg-orders (PostgreSQL) in project acme-data', 'pg-orders'],
    ['your cloud server web1 (UUID 00b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d) in', '00b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d'],
    ['the compute ep-cool-darkness-a1b2c3d4 on branch main will be suspended', 'ep-cool-darkness-a1b2c3d4'],
    ['Pipelines that push to acmebuild/api and acmebuild/worker will fail', 'acmebuild/worker'],
    ['Stack: acmeobs\nURL: https://acmeobs.grafana.net\n', 'acmeobs'],
    ['Stack: acmeobs\nURL: https://acmeobs.grafana.net\n', 'acmeobs.grafana.net'],
    ['The keys of the domains below expire.\n\nDomain | Current selector\nmg.acme-shop.com | k1\n', 'mg.acme-shop.com'],
    ['Affected hosted zones (hosted zone ID, domain name, KSK name):\nZ0812345ABCDEFGHIJKLM, acme-shop.com, acme-shop-ksk\n', 'acme-shop-ksk'],
    ['Affected hosted zones (hosted zone ID, domain name, KSK name):\nZ0812345ABCDEFGHIJKLM, acme-shop.com, acme-shop-ksk\n', 'Z0812345ABCDEFGHIJKLM'],
    ['Your accounts:\n\n* Subscription 8f2d6b1a-3c4e-4f5a-9b6c-7d8e9f0a1b2c\n  * cosmos-acme-catalog (West Europe)\n  * cosmos-acme-sessions (North Europe)\n', 'cosmos-acme-sessions'],
    ['created assets, for example:\n\n- Asset ID: u8Xy9s02EhRzWq5h1fPZz6Bp00w7zNZdRjAL4bO01T3Y\n', 'u8Xy9s02EhRzWq5h1fPZz6Bp00w7zNZdRjAL4bO01T3Y'],
    ['Your Source is configured with an HTTP base URL:\n\nSource: acme-assets\n', 'acme-assets'],
    ['the functions resize-images and sync-crm in europe-west1, and export-invoices in us-east4, use nodejs18.', 'export-invoices'],
    ['  Runner ID   Description           Tags\n  18342       acme-docker-builder   docker, linux\n', 'acme-docker-builder'],
    ['Your connection string:\n\n  postgres://tsdbadmin@e4x7k2m9pq.k3r8w1v2nz.tsdb.cloud.timescale.com:34512/tsdb\n', 'e4x7k2m9pq.k3r8w1v2nz.tsdb.cloud.timescale.com'],
    ['received API requests with a password from these users:\n\nops-bot@acme-support.example\nreporting@acme-support.example\n', 'reporting@acme-support.example'],
    ['Token: publish-ci\nPermissions: Read and write on @acme/cli, @acme/sdk\n', '@acme/sdk'],
    ['The personal access token on your Docker account acmebuild expires on November 19.', 'acmebuild'],
    ['Your account "tealpost" runs on an image we retire next year.', 'tealpost'],
    ['Your account quillworks uses the older runtime.', 'quillworks'],
    ['The Acme account \u201cbrindlecat\u201d has reached its quota.', 'brindlecat'],
    ['the Insights API (insights.algolia.io) will reject event requests', 'insights.algolia.io'],
    ['the endpoints notify.bugsnag.com and sessions.bugsnag.com will stop accepting TLS 1.0', 'sessions.bugsnag.com'],
    ['its S3 Compatible API and Native API endpoints, including s3.us-west-004.backblazeb2.com, which your bucket uses', 's3.us-west-004.backblazeb2.com'],
    ['The legacy package repositories, apt.kubernetes.io and yum.kubernetes.io, are frozen.', 'yum.kubernetes.io'],
    ['Old URLs such as eu.payapi-acme.io and us.payapi-acme.io stop answering in May.', 'us.payapi-acme.io'],
    ['the old base URL ledger.acme-books.com will be switched off', 'ledger.acme-books.com'],
    ['Scripts that make calls to (rest.acmemetrics.net/v3 or rest.eu.acmemetrics.net/v3) need new keys.', 'rest.eu.acmemetrics.net/v3'],
    ['If your jobs send requests to feed.acme-tiles.io/v1/tiles, update them.', 'feed.acme-tiles.io/v1/tiles'],
    ['Your requests to sync.acme-notes.com will be rejected after June.', 'sync.acme-notes.com'],
    ['If you are not calling rest.acme-audio.io, nothing changes for you.', 'rest.acme-audio.io'],
    ['Integrations that call ingest.acme-logs.net directly need the new header.', 'ingest.acme-logs.net'],
    ['Teams who still call feeds.acme-tiles.io/v1 should plan the switch.', 'feeds.acme-tiles.io/v1'],
    ['Affected clusters: analytics-nightly (j-2AXXXXXXGAPLF) and ml-feature-store (j-3BYYYYYYH7QKM), both in eu-west-1.', 'j-3BYYYYYYH7QKM'],
    ['applications consume your streams clickstream-raw, payments-events, and audit-log in us-east-1, and orders-cdc in eu-west-1.', 'orders-cdc'],
    ['Applications using php:8.1: storefront-web, admin-api', 'admin-api'],
    ['Subaccount: acmeprod (display name: ACME Production)', 'acmeprod'],
    ['The following projects are affected:\n\n• acme (Pro)\n  ◦ acme-storefront\n  ◦ labs-playground\n', 'labs-playground'],
    ['Key ID: 7c1e9a52-3b4d-4f6e-8a90-b1c2d3e4f5a6 (alias/legacy-uploader)', 'alias/legacy-uploader'],
    ['Instance: orders-db (orders-db-replica-2)', 'orders-db-replica-2'],
    ['Your clusters concerned:\n\n- k8s-prod-gra - GRA11 - ID 0c9d7e2f-4a1b-4c3d-8e5f-6a7b8c9d0e1f\n', '0c9d7e2f-4a1b-4c3d-8e5f-6a7b8c9d0e1f'],
    ['made with the application key 004a1b2c3d4e5f60000000012 (keyName: legacy-uploader).', 'legacy-uploader'],
    ['Certificate version: 3f9b2c7e1a4d4e8f9a0b1c2d3e4f5a6b', '3f9b2c7e1a4d4e8f9a0b1c2d3e4f5a6b'],
    ['Affected resources\nSubscription: 3f2b9c1e-7a4d-4e8b-9f61-2c5d8e0a7b34\n  - func-acme-orders-prod (West Europe)\n', 'func-acme-orders-prod'],
    ['Sites:\n- acme-blog (environment: live)\n- acme-shop (environment: staging)\n', 'acme-shop'],
    ['Subscription: 2184617 (acme-cache-prod)', 'acme-cache-prod'],
    ['Collectors that sent data with Grafana Agent:\n- k8s-prod-eu (Kubernetes cluster)\n- edge-gw-01\n', 'edge-gw-01'],
  ])('finds a name in %s', (text, expected) => {
    expect(facts(text).resources).toContain(expected);
  });

  it.each([
    ['on your website profile Acme Webwinkel (pfl_v7Qx3KsN2d) were larger', 'pfl_v7Qx3KsN2d'],
    ['Organization: Globex Corp (org_01J2ZK8V4M6N3QWERT5YUIOP7A)', 'org_01J2ZK8V4M6N3QWERT5YUIOP7A'],
    ['Connection: conn_01J2ZKB3XC9D7FGHJ2KLMNB4VQ', 'conn_01J2ZKB3XC9D7FGHJ2KLMNB4VQ'],
    ['Bundle ID: com.acme.rewards', 'com.acme.rewards'],
    ['  API username: payouts_api1.acme-outdoor.com', 'payouts_api1.acme-outdoor.com'],
    ['legacy endpoints (PUT and DELETE /api/v1/customers/{identifier}) in favor', 'PUT /api/v1/customers/{identifier}'],
    ['the routes GET, POST or PATCH /v2/orders are retired', 'POST /v2/orders'],
    ['calls to GET/HEAD /files/{id} will fail', 'GET /files/{id}'],
    ['Acme Shop (com.acme.shop): targets API level 33', 'com.acme.shop'],
    ['  Store: Acme Outdoor (store hash: k7x2q9m4zt)', 'k7x2q9m4zt'],
    ['Your creditor Acme Energy Ltd (CR00004X7KJ2QM) has two', 'CR00004X7KJ2QM'],
    ['Your space acme-travel-web (space ID 4kx9m2qzpt7w) is hosted here.', 'acme-travel-web'],
    ['the queue orders-eu-1 (queue ID 8812aa91) is paused', 'orders-eu-1'],
    ['  - AEM Sync: technical account 4D8E2A7C9B1F3E5A6C0D2B8F@techacct.adobe.com', '4D8E2A7C9B1F3E5A6C0D2B8F@techacct.adobe.com'],
    ['projects in your organization (IMS Org ID 7F3A2C1B5E9D4A0C8B6E1F2D@AdobeOrg) still', '7F3A2C1B5E9D4A0C8B6E1F2D@AdobeOrg'],
    ['412 webhook deliveries to https://hooks.acme-eng.dev/linear were delayed', 'hooks.acme-eng.dev'],
    ['Your callback URL https://sms-status.acme.example/cb returned errors', 'sms-status.acme.example'],
    ['These webhook endpoints still verify v1:\n\n  - https://billing.acme-energy.co.uk/hooks\n  - https://staging.acme-energy.co.uk/hooks\n', 'billing.acme-energy.co.uk'],
  ])('finds an id by its shape or its place in %s', (text, expected) => {
    expect(facts(text).resources).toContain(expected);
  });

  it.each([
    ['Invoice: in_1PqR2sT3uV4wX5yZ'],
    ['Migrate these calls to GET /v3/customers before the cutoff.'],
    ['Switch these calls to POST /api/v2/entity soon.'],
    ['See the class (org.apache.http) docs and the mirror.'],
    ['keys signed with sha (SHA256WITH), audited (ISO27001)'],
    ['The legacy event ingestion endpoint (https://inn.gs/e/key) was deprecated.'],
    ['Read the guide at https://docs.acme-partner.example/webhooks for details.'],
    ['Write to ops-team@acme.example or to 4D8E2A7C@acme.example with questions.'],
  ])('reads no id by shape or place in %s', (text) => {
    const found = facts(text, { from: 'no-reply@provider.example' });
    expect([...found.resources, ...found.accounts]).toEqual([]);
  });

  it('reads an address-shaped account whole, not its local part again', () => {
    const found = facts('Projects in your organization (IMS Org ID 7F3A2C1B5E9D4A0C8B6E1F2D@AdobeOrg) still use JWT.');
    expect([...found.resources, ...found.accounts]).toEqual(['7F3A2C1B5E9D4A0C8B6E1F2D@AdobeOrg']);
  });

  it.each([
    ['clients using TLS 1.0 or TLS 1.1 will fail; use TLS 1.2'],
    ['functions using Node.js 18 should move to Node.js 22'],
    ['clusters running Kubernetes version 1.27 on Amazon EKS'],
    ['the PostgreSQL 11.22 release and Python 3.9'],
    ['See https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html and https://github.com/actions/upload-artifact for details.'],
    ['the instance class db.t3.micro and instance type m5.large'],
    ['update to the latest version (for example actions/checkout@v4)'],
    ['Requests to the replacement endpoint, GET /repos/{owner}/{repo}/community/profile, work.'],
    ['Components affected: Dashboard, Payouts API'],
    ['Since the launch of Apps V2 platform, machines are tied to hosts.'],
    ['Write to support@example.com or see example.com for help.'],
    ['Service software R20220323-P4 fixes CVE-2024-1086.'],
    ['dev_appserver.sh commands and cron.xml files'],
    ['the instance in zone us-east-1a'],
    ['the storage account keys may have been exposed; rotate the storage account itself.'],
    ['all of the Droplets on the hypervisor where your Droplet resides will be migrated'],
    ['a critical hardware issue that may soon take the database offline.'],
    ['Subscription: acme-production (b7e3d1c2-94af-4e0b-8c61-2f5a9d3e7b10)'],
    ['Components affected: API (US), Dashboard (EU)'],
    ['Point the domain to 76.76.21.21 to complete the challenge.'],
    ['Ingest functions (us-central1) and the checkout service (PCI)'],
    ['See status.okta.com and help.okta.com for details.'],
    ['Update your app to use the enhanced search endpoints (GET /rest/api/3/search/jql).'],
    ['Tracking ID: 8VTR-LB8\nInvoice number: R0023145678\nMessage ID: MC947215'],
    ['the following applications called the API:\n\nApplication name | Application (client) ID\n'],
    ['Your workspace still has these classic apps installed.'],
    ['Your stack is ready:\n\nURL: https://grafana.com/docs/\nVersion: 6.2.14\n'],
    ['Your projects (see: the console) reset on October 1, 2025.'],
    ['Help Center | Account | Unsubscribe\nPrivacy | Terms\n'],
    ['The A record currently resolves to 203.0.113.40.'],
    ['Your connection string stays the same:\n\n  postgres://                 :34512/tsdb\n'],
    ['Manage your account: https://cloud2.influxdata.com/signin\n\nInfluxData\n'],
    ['The realtime and REST services are unaffected. Read more at docs.bugsnag.com and status.bugsnag.com.'],
    ['Requests to s3.eu-central-2.wasabisys.com may see brief latency.', [{ from: 'status@wasabi.com' }]],
    ['Questions? Reach our support team at acme-cloud.io/support.'],
    ['The REST API (api.acme-cloud.io/v1 and api2.acme-cloud.io) stays exactly as it is.'],
    ['See the docs URL docs.acme-cloud.io/start for the steps.'],
    ['You will need to join/create an organisation before you add a repository.'],
    ['Each repository keeps the same handle/login as your old user account.'],
    ['To push to a repository, fork/clone the project.'],
    ['Install the SDK: npm install @sentry/node', [{ from: 'noreply@sentry.io' }]],
    ['Your account will be charged. Your account manager will contact you; your account used credits.'],
    ['Please contact support@acme-provider.example with questions.'],
    ['Functions on Node.js (nodejs18) and servers on plan web-01 (CX21) or python-3 (python312).'],
    ['New Neo subaccounts can no longer be created in the region eu1. Applications in eu1 stop.'],
    ['The most recent rotation of a secret in your AWS account failed.'],
    ['Instance configuration: regional-us-central1\nInstance type: standard-4x'],
    ['Other zones, including fi-hel1 and nl-ams1, are not affected.'],
    ['Affected resources are listed in the portal.\nSee the docs.'],
    ['Examples:\n- my-app-1\n- my-app-2\n'],
    ['Sites:\n- Blog (environment: live)\n'],
    // Calling a page for people, or a host the text does not say the reader calls.
    ['Anyone calling status.acme-audio.io sees the incident.'],
    ['Our team will call back from support.acme-audio.io.'],
  ])('finds nothing in %s', (text, [overrides = {}] = []) => {
    expect(facts(text, overrides).resources).toEqual([]);
  });

  it.each([
    ['AWS account ID: 123456789012', '123456789012'],
    ['KMS key: arn:aws:kms:us-east-1:975318642097:key/6b2f1c3d-8e4a-4b5c-9d7e-0f1a2b3c4d5e', '975318642097'],
    ['Resource ID: /subscriptions/4c1d9e2f-7a3b-4e5c-8d6f-0a1b2c3d4e5f/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/sb-1', '4c1d9e2f-7a3b-4e5c-8d6f-0a1b2c3d4e5f'],
    ['The following runners in your group acme-platform were registered', 'acme-platform'],
    ['your account acme-support (acme-support.zendesk.com) received requests', 'acme-support'],
    ['Your group acme-edge has a replica in waw.', 'acme-edge'],
    ['[AWS Account: 210987654321] [US-EAST-1]', '210987654321'],
    ['account 1234-5678-9012', '123456789012'],
    ['Subscription ID: 5f3c2a10-8b7d-4e2a-9c41-0d6e7f8a9b12', '5f3c2a10-8b7d-4e2a-9c41-0d6e7f8a9b12'],
    ['for the billing account 01A2B3-C4D5E6-F7A8B9.', '01A2B3-C4D5E6-F7A8B9'],
    ['Subscription: acme-production (b7e3d1c2-94af-4e0b-8c61-2f5a9d3e7b10)', 'b7e3d1c2-94af-4e0b-8c61-2f5a9d3e7b10'],
    ['Customer ID: ab12345-ovh', 'ab12345-ovh'],
    ['Team ID: 7QX4B2LMN8', '7QX4B2LMN8'],
    ['your Stripe account (acct_1Hq2ZkLm8NpQrStU) created payments', 'acct_1Hq2ZkLm8NpQrStU'],
    ['Your account Acme Observability (account ID 3948271) still sends data', '3948271'],
    ['users in your account ACME-PROD01 (organization ACME) must', 'ACME-PROD01'],
    ['Your token nightly-build in the organization acme-devops will expire', 'acme-devops'],
    ['Contract number: 71234567', '71234567'],
    ['resources under your account (UIN 100034567890) will expire', '100034567890'],
    ['the databases in subscription 2145678 (AWS / us-east-1) are affected', '2145678'],
    ['Organization: acme-dev (Free Plan)', 'acme-dev'],
    // A slug set off by commas after its noun.
    ['because your organization, acme-platform, has called the old API', 'acme-platform'],
    ['Your account, northwind-ops, is over its quota.', 'northwind-ops'],
  ])('reads an account id in %s', (text, expected) => {
    const { accounts, resources } = facts(text);
    expect(accounts).toEqual([expected]);
    expect(resources).not.toContain(expected);
  });

  it.each([
    ['Your account, re-enabled last week, is over its quota.', []],
    ['In your organization, two-factor sign-in is now required.', []],
  ])('reads no slug in words set off by commas: %s', (text, expected) => {
    expect(facts(text).accounts).toEqual(expected);
  });

  it.each([
    ['Storage Box: u381204 (BX21)', ['u381204']],
    ['Affected servers:\n\nweb-01 (CX21)\n', ['web-01']],
  ])('reads a plan in parentheses as no name: %s', (text, expected) => {
    expect(facts(text).resources).toEqual(expected);
  });

  it('reads a 12-digit number as an account only where it says account', () => {
    expect(facts('Order 123456789012 shipped.').accounts).toEqual([]);
  });

  it('reads every domain of a certificate notice but not the provider\'s own', () => {
    const text = 'Your certificate for shop.acme.io and *.acme.io expires on May 1, 2024 at 10:00 UTC. Renew it. Questions: letsencrypt.org';
    expect(facts(text, { from: 'expiry@letsencrypt.org' }).resources).toEqual(['shop.acme.io', '*.acme.io']);
  });

  it.each([
    ['[acme/site-infra] Secret scanning alert', 'GitHub secret scanning found a token in acme/site-infra.', ['acme/site-infra']],
    ['GitHub Actions: runner image retired', 'Workflow runs in acme/web-frontend and acme/api use runs-on: ubuntu-20.04.', ['acme/web-frontend', 'acme/api']],
    ['GitHub Actions', 'Runners for linux/amd64 and the CI/CD and/or Python/Node builds.', []],
    ['Notice', 'Repositories must move to acme/new-home. Pushes to acme/legacy are blocked.', ['acme/legacy']],
  ])('reads owner/name repositories in notices about code: %s', (subject, text, expected) => {
    expect(facts(text, { subject }).resources).toEqual(expected);
  });

  it.each([
    ['Pushed to the acme/api repository on Monday.', 'acme/api'],
    ['Secret scanning found a key in acme/web-frontend, a repository you own.', 'acme/web-frontend'],
    ['The repo acme-labs/site stays public.', 'acme-labs/site'],
  ])('still reads an owner/name pair that stands as a repository: %s', (text, expected) => {
    expect(facts(text).resources).toContain(expected);
  });

  it('reads owner/name pairs as repositories only in notices about code', () => {
    expect(facts('Read/write access for amd64/arm64 builds and acme/api', { subject: 'Cloud notice' }).resources).toEqual([]);
  });

  it('reads a host the provider gives its customer as the customer\'s resource, not the provider\'s own hosts', () => {
    const text = 'Your app acme-shop.herokuapp.com is down; see status.heroku.com';
    expect(facts(text, { from: 'noreply@heroku.com' }).resources).toEqual(['acme-shop.herokuapp.com']);
  });

  it('reads a certificate\'s name under the sender\'s own domain, but not the sender\'s brand domains', () => {
    expect(facts('The certificate ingress-nginx/api-tls for api.acme.io expires at 2025-05-09T14:22:31Z. See acme.io.', { from: 'alertmanager@acme.io' }).resources).toEqual(['ingress-nginx/api-tls', 'api.acme.io']);
    expect(facts('Your certificate for shop.acme.dev expires soon. Add a CNAME to cname.vercel-dns.com.', { from: 'notifications@vercel.com' }).resources).toEqual(['shop.acme.dev']);
  });

  it.each([
    ['  Cluster name: nc2-aws-prod-01\n  Cluster UUID: 0005f3a1-9c2e-7b41-61d8-ac1f6b3e9d20\n', ['nc2-aws-prod-01', '0005f3a1-9c2e-7b41-61d8-ac1f6b3e9d20']],
    ['Instance GUID: 7c1e9a42-3b5d-4f0e-9a61-2d8e4b7c0f13', ['7c1e9a42-3b5d-4f0e-9a61-2d8e4b7c0f13']],
  ])('reads the id after a noun and its id word, not the id word: %s', (text, resources) => {
    expect(facts(text).resources).toEqual(resources);
  });

  it('reads a domain outside a certificate notice only where it is named as one', () => {
    expect(facts('Maintenance for the zone acme-shop.net and mail from acme.io').resources).toEqual(['acme-shop.net']);
  });
});

describe('a name and the host named after it', () => {
  it.each([
    ['Your stack acme-prod (acme-prod.splunkcloud.com) will be upgraded.', ['acme-prod', 'acme-prod.splunkcloud.com'], 'cloud-notifications@splunk.com'],
    ['The endpoints of environment vxk24817 (vxk24817.live.dynatrace.com) change.', ['vxk24817', 'vxk24817.live.dynatrace.com'], 'no-reply@dynatrace.com'],
    ['Your account acme-ops (acme-ops.app.opsgenie.com, Standard plan) will be shut down.', ['acme-ops', 'acme-ops.app.opsgenie.com'], 'noreply@am.atlassian.com'],
    ['Tenant "globex" (globex.eu.example-idp.com) keeps working.', ['globex', 'globex.eu.example-idp.com'], 'noreply@example-idp.com'],
  ])('%s', (text, expected, from) => {
    const { resources, accounts } = facts(text, { from });
    expect([...resources, ...accounts]).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['See the guide (guide.example.com) for details.', 'guide.example.com'],
    ['Read our docs (docs.example-idp.com) first.', 'docs.example-idp.com'],
  ])('not a host that does not restate the name before it: %s', (text, host) => {
    expect(facts(text, { from: 'noreply@example-idp.com' }).resources).not.toContain(host);
  });
});

describe('hosts a noun for names opens a list of', () => {
  it.each([
    ['Your sending domains (mail.acme-outdoor.com, notify.acme-outdoor.com) stay in place.', ['mail.acme-outdoor.com', 'notify.acme-outdoor.com']],
    ['The custom domains (shop.acme.io and blog.acme.io) lose their certificates.', ['shop.acme.io', 'blog.acme.io']],
    ['Hostnames: api.acme.dev, cdn.acme.dev', ['api.acme.dev', 'cdn.acme.dev']],
    ['Your subdomain acme-prod.logsvc.io received plain-text events.', ['acme-prod.logsvc.io']],
    ['Subdomains: shop.acme.io and blog.acme.io', ['shop.acme.io', 'blog.acme.io']],
  ])('%s', (text, hosts) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(hosts);
  });

  it('does not carry the list past the prose that follows it', () => {
    expect(facts('Your domains (shop.acme.io) renew. Read more at docs.provider.io and blog.provider.io.', { from: 'notices@provider.com' }).resources).toEqual(['shop.acme.io']);
  });
});

describe('what only looks like a name', () => {
  it.each([
    ['Agent: Integration Bot\nKey ends:  ...x9Qe\n', []],
    ['API key: ****4417\nProject: acme-prod-7\n', ['acme-prod-7']],
    ['These private API keys sent requests:\n\n  "Shopify sync (prod)"     pk_...7c41\n  "Data export"   pk_...e09b\n\nUpdate them.', []],
    ['Traffic from your workspace "Acme Outdoor" in the last 14 days.', []],
    ['Traffic from your workspace "acme-outdoor" and the token "CI" in the last 14 days.', ['acme-outdoor', 'CI']],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('an endpoint offered as a way to look', () => {
  it.each([
    ['You can track payouts in the dashboard, or with the Payouts API (GET /v1/payouts).', []],
    ['You can also list your keys with GET /v2/keys at any time.', []],
    ['Calls to GET /v1/payouts will fail after May 1.', ['GET /v1/payouts']],
    ['You can no longer call POST /v1/charges; move to POST /v2/charges.', ['POST /v1/charges']],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('an instant or a protocol where a name would stand', () => {
  it.each([
    ['Your server 198.51.100.7 keeps its address; the range 203.0.113.0/24 moves.', ['198.51.100.7']],
    ['Allow 192.0.2.0/28 and 192.0.2.16/28 on your firewall.', []],
    ['Your server 192.0.2.10 is moved; its network is unchanged.', ['192.0.2.10']],
    ['When the API became generally available, the endpoints under /api/v0/ were kept running. They are now being turned off:\n\n  Removal:  2026-03-01T00:00:00Z\n', []],
    ['When the API became generally available, the endpoints under /api/v0/ were kept running. They are now being moved:\n\n  Cut-over:  2026-03-01T09:30:00+02:00\n', []],
    ['Removal:  2026-03-01\n', []],
    ['The Deployments REST endpoints of stack acme-web-prod are removed.', ['acme-web-prod']],
    ['The service SMTP relay and the server build-07 are affected.', ['build-07']],
    ['Your workspace ACMEPROD and the token CIBOT are affected.', ['ACMEPROD', 'CIBOT']],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('sites in a table and paths after a label', () => {
  it.each([
    ['Site                       Site ID                     v1 requests\nacme-journal.webflow.io    64f1c2a9e3b7d8001f2a4c6e    41,882\nshop.acme-outdoor.com      650a7e3d91c4b2006e8f1d35    3,207\n', ['acme-journal.webflow.io', '64f1c2a9e3b7d8001f2a4c6e', 'shop.acme-outdoor.com', '650a7e3d91c4b2006e8f1d35']],
    ['Site    Status\nAMS3    degraded\n', []],
    ['Paths most used: /crm/v2/Leads, /crm/v2/Deals/search and /crm/v2.1/settings/fields.\n', ['/crm/v2/Leads', '/crm/v2/Deals/search', '/crm/v2.1/settings/fields']],
    ['Affected routes:\n- /api/v1/orders\n- /api/v1/refunds\n\nMigrate them.', ['/api/v1/orders', '/api/v1/refunds']],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('a header with one column titled by a package name, and a target after `or later`', () => {
  it.each([
    ['Plugin             Plugin ID        Pinned version   acme-sdk-core   Active users\nOrder sync         PLG40021XQ       2.4.1            14.1.0          1,912\nReturns (beta)     PLG40377ZR       1.0.3            15.5.3          37\n', ['PLG40021XQ', 'PLG40377ZR']],
    // Names in every cell: a row, not a header.
    ['acme-web-1   acme-web-2   acme-db-1\nacme-web-3   acme-web-4   acme-db-2\n', []],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });

  it.each([
    ['Upgrade the SDK to 17.0.0 or later (runtime nodejs22.x). Your functions run on nodejs18.x.', ['nodejs18.x']],
    ['Functions on nodejs18.x must move to version 20 or newer: nodejs20.x.', ['nodejs18.x']],
    ['Functions on nodejs18.x and nodejs20.x are affected.', ['nodejs18.x', 'nodejs20.x']],
  ])('what comes after `or later` is the target, not the reader\'s: %s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('a heading without a colon that says which things the reader runs', () => {
  it.each([
    ['Stacks that called the preview endpoints\n  acme/networking/prod\n  acme/payments-api/staging\n\nThe calls came from a team token.', ['acme/networking/prod', 'acme/payments-api/staging']],
    ['Functions still running Node.js 18\n  orders-sync\n  billing-export\n', ['orders-sync', 'billing-export']],
    // A sentence, not a heading.
    ['Stacks that called the preview endpoints will fail.\n  see-the-guide\n', []],
    ['Stacks that we host for you are not affected, only\n  self-managed ones\n', []],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('tables with a header row', () => {
  it.each([
    [
      'Resource ID | Name | Product | Region | Expiry time\nins-8x2k4m9p | api-gateway-01 | Cloud Virtual Machine | ap-guangzhou | 2025-10-28 10:00:00\n',
      ['ins-8x2k4m9p', 'api-gateway-01'],
      ['ap-guangzhou'],
    ],
    [
      'Database name | Public endpoint | Version\nsessions | redis-1.c261.us-east-1-4.ec2.redns.redis-cloud.com:12345 | 6.2.14\n',
      ['sessions', 'redis-1.c261.us-east-1-4.ec2.redns.redis-cloud.com:12345'],
      [],
    ],
    [
      'Environment name     Environment ID   Application    Region\nacme-web-prod        e-3mxkpz9ab2     acme-web       us-west-2\nbilling-api-prod     e-m2hw6yx0kf     billing-api    eu-west-1\n',
      ['acme-web-prod', 'e-3mxkpz9ab2', 'acme-web', 'billing-api-prod', 'e-m2hw6yx0kf', 'billing-api'],
      ['us-west-2', 'eu-west-1'],
    ],
    ['| Connected App | API version |\n|---|---|\n| Acme_NetSuite_Sync | 28.0 |\n', ['Acme_NetSuite_Sync'], []],
    ['Server | Data center\nweb-01 | DFW\n', ['web-01'], ['DFW']],
    ['instance_name,region,bundle_id,public_ip\nwordpress-blog,eu-central-1,micro_2_0,3.121.44.18\n', ['wordpress-blog', '3.121.44.18'], ['eu-central-1']],
    ['Name                 Location     SKU\nagw-legacy-portal    eastus       Standard_Medium\n', ['agw-legacy-portal'], ['eastus']],
    ['API key            Owner                            Resource\nT4QKZ7MRLXW2D3NA   sa-7k2m9q (svc-orders-ingest)    lkc-2x8p1w (orders-prod)\n', ['T4QKZ7MRLXW2D3NA', 'sa-7k2m9q', 'svc-orders-ingest', 'lkc-2x8p1w', 'orders-prod'], []],
    ['API key            Owner                         Resource\nQP3V8ZN6YH1JB5TC   u-4j8r2d (dana@acme.example)  Cloud resource management\n', ['QP3V8ZN6YH1JB5TC', 'u-4j8r2d', 'dana@acme.example'], []],
    ['Project ID             Image path\nacme-build-284731      eu.gcr.io/acme-build-284731\n', ['acme-build-284731', 'eu.gcr.io/acme-build-284731'], []],
    ['Source name            Source ID\nCheckout (legacy)      acme-checkout-v1\n', ['acme-checkout-v1'], []],
    [
      'Order Number      Common Name                  Serial Number\nCE202608201733    www.acme-industries.com      01a7f3c29be04d6e8a51c0f2\n',
      ['CE202608201733', 'www.acme-industries.com', '01a7f3c29be04d6e8a51c0f2'],
      [],
    ],
    ['Organization          Service account        Last used\nacme-platform         ci-snyk-test           today\n', ['acme-platform', 'ci-snyk-test'], []],
    [
      'Merchant account     | Requests\n---------------------+----------\nAcmeRetailNL_ECOM    | 1,284,112\nAcmeRetailUS_ECOM    | 96,540\n',
      ['AcmeRetailNL_ECOM', 'AcmeRetailUS_ECOM'],
      [],
    ],
    ['Cluster name    Region\n=============   =========\nacme-prod-sg    ap-southeast-3\n', ['acme-prod-sg'], ['ap-southeast-3']],
    ['Server name    Datacenter\nacme-app-01    EU-FR\nacme-db-01     US-NY2\n', ['acme-app-01', 'acme-db-01'], ['EU-FR', 'US-NY2']],
  ])('reads the columns its header names: %s', (text, resources, regions) => {
    const found = facts(text);
    expect(found.resources).toEqual(resources);
    expect(found.regions).toEqual(expect.arrayContaining(regions));
  });

  it('cuts a row whose cell holds two spaces at the columns of its header', () => {
    const text =
      'Endpoint                                          Requests   API key\nPOST https://api.example.com/v1/messages           41,208     KEY0185F3A2C7D94B61E0A8\nGET  https://api.example.com/v1/numbers            1,022      KEY0185E7B0914CF2D3A6F5\n';
    expect(facts(text).resources).toEqual(expect.arrayContaining(['KEY0185F3A2C7D94B61E0A8', 'KEY0185E7B0914CF2D3A6F5']));
    expect(facts(text).resources).not.toContain('GET');
  });

  it('reads a row only while it has as many cells as the header', () => {
    expect(facts('Name | Version\nacme-api | 1.2\nSee the docs | for more | about it\n').resources).toEqual(['acme-api']);
  });
});

describe('names in parentheses after a listed name', () => {
  it.each([
    ['Environments on this server:\n- acmemediaprod (acmemedia.com, www.acmemedia.com)\n- acmemediastg\n', ['acmemediaprod', 'acmemedia.com', 'www.acmemedia.com', 'acmemediastg']],
    ['Affected pull zones:\nacme-cdn (pull zone, acme-cdn.b-cdn.net)\n', ['acme-cdn', 'acme-cdn.b-cdn.net']],
    ['These agents still use the key:\n  checkout-service (APM, Java)\n  infra-host-db-03 (Infrastructure)\n', ['checkout-service', 'infra-host-db-03']],
    ['Affected databases:\n- acme-db (M30, monthly)\n', ['acme-db']],
  ])('takes each made-up name and leaves notes: %s', (text, resources) => {
    expect(facts(text).resources).toEqual(resources);
  });
});

describe('an account named by a label on its own line', () => {
  it.each([
    ['Server: pod-214587\nAccount: acmemedia\n', ['acmemedia']],
    ['Organization: acmecorp\nPlan: Team\n', ['acmecorp']],
    ['Account: suspended\n', []],
    ['Account: Acme Media Inc.\n', []],
  ])('%s', (text, accounts) => {
    expect(facts(text).accounts).toEqual(accounts);
  });
});

describe('labels and their values aligned with spaces', () => {
  it.each([
    ['Account:   acmeoutdoor.freshdesk.com\nAgent:     Integration Bot\n', ['acmeoutdoor.freshdesk.com']],
    ['Tenant: acme.eu.auth0.com (production)\n', ['acme.eu.auth0.com']],
    ['Site name:  Acme Shop\nSite URL:   https://www.acme-outdoor.com\n', ['www.acme-outdoor.com']],
    ['Store name:  Acme Outdoor\nStore URL:   https://shop.acme-outdoor.com/\n', ['shop.acme-outdoor.com']],
    ['Account: Acme Media Inc.\n', []],
    ['Account:   acme.com\n', []],
    ['Portal: acme.freshservice.com\nPlan: Pro\n', ['acme.freshservice.com']],
    ['Instance:   acme-prod.example-saas.io\n', ['acme-prod.example-saas.io']],
    ['Status page: status.provider.com\nDocs: docs.provider.com\n', []],
  ])('%s', (text, resources) => {
    expect(facts(text, { from: 'notices@provider.com' }).resources).toEqual(resources);
  });
});

describe('ARNs a hard-wrapped mail splits', () => {
  const head = 'arn:aws:sagemaker:us-west-2:210987654321:endpoint/customer-churn-predictor-p';
  const wrappedProse = 'We are contacting you because you have one or more Amazon SageMaker\nendpoints that run on ml.inf1 instances.\n\nYour affected endpoints:\n';

  it.each([
    ['a list item', `${wrappedProse}${head}\nroduction\narn:aws:sagemaker:us-west-2:210987654321:endpoint/fraud-scorer\n`, [`${head}roduction`, 'arn:aws:sagemaker:us-west-2:210987654321:endpoint/fraud-scorer']],
    ['a line of its own in a sentence', `Your endpoint\n${head}\nroduction-2 is affected.\n`, [`${head}roduction-2`]],
    ['the value of a label, broken at a dash', `${wrappedProse}Endpoint ARN: ${head}-\nroduction\n`, [`${head}-roduction`]],
  ])('joins an ARN that fills its line with the token that goes on below it: %s', (_, text, expected) => {
    expect(facts(text).resources).toEqual(expected);
  });

  it.each([
    ['lines longer than the ARN: the text is not wrapped', `Your affected endpoints, which you can also find in the console under Inference > Endpoints:\n${head}\nroduction\n`],
    ['a capitalised word after it starts a sentence', `${wrappedProse}${head}\nSincerely,\n`],
    ['another ARN after it', `${wrappedProse}${head}\narn:aws:sagemaker:us-west-2:210987654321:endpoint/fraud-scorer\n`],
  ])('leaves an ARN whole where %s', (_, text) => {
    expect(facts(text).resources).toContain(head);
  });
});

describe('a name cut short', () => {
  it.each([
    ['Passing a token in the URL (for example ?token=p.eyJ...) is deprecated.', 'p.eyJ'],
    ['Keys that start with the key sk_live_51H… are affected.', 'sk_live_51H'],
    ['Rotate the token ghp_x7Kq... before Friday.', 'ghp_x7Kq'],
  ])('is a placeholder, not a resource: %s', (text, cut) => {
    expect(facts(text).resources).not.toContain(cut);
  });

  it('keeps a whole name that ends a sentence', () => {
    expect(facts('Rotate the token ghp_x7Kq9mZ2 before Friday.').resources).toContain('ghp_x7Kq9mZ2');
  });
});

describe('a list whose items carry indented detail lines', () => {
  it.each([
    ['We will upgrade the following services:\n\n  acme-events-staging   Fast channel\n    Thursday, March 5, 2026, 02:00-04:00 UTC\n  acme-events-prod      Regular channel\n    Thursday, March 12, 2026, 02:00-04:00 UTC\n\nNo action is required.', ['acme-events-staging', 'acme-events-prod']],
    ['The following clusters are affected:\n- orders-eu-1\n    window: Sunday 01:00-03:00 UTC\n- orders-us-2\n    window: Sunday 05:00-07:00 UTC\n', ['orders-eu-1', 'orders-us-2']],
  ])('reads every item past the details under the one before: %#', (text, expected) => {
    expect(facts(text).resources).toEqual(expect.arrayContaining(expected));
  });

  it('still ends the list at a line that is no item and is not indented under one', () => {
    const text = 'The following clusters are affected:\n- orders-eu-1\nThanks for your patience\n\nThe support-bot-42 account is ours.';
    expect(facts(text).resources).not.toContain('Thanks');
  });
});

describe('long lists of resources', () => {
  it('reads every one of thousands of listed ARNs and their instance ids once, in order, with their region once', () => {
    const ids = Array.from({ length: 3_000 }, (_, i) => `i-${i.toString(16).padStart(17, '0')}`);
    const arns = ids.map((id) => `arn:aws:ec2:us-east-1:123456789012:instance/${id}`);
    const found = facts(`Your affected resources:\n${arns.join('\n')}\n`, { from: 'health@aws.com' });
    expect(found.resources).toEqual([...arns, ...ids]);
    expect(found.regions).toEqual(['us-east-1']);
  });
});

describe('regions', () => {
  it.each([
    ['in the us-east-1 region', [], 'us-east-1'],
    ['in the availability zone us-west-2b', [], 'us-west-2'],
    ['in the EU-CENTRAL-1 or EU-WEST-2 Regions', [], 'eu-west-2'],
    ['arn:aws:rds:ap-southeast-2:210987654321:cluster:orders', [], 'ap-southeast-2'],
    ['Location: europe-west1-b', [], 'europe-west1'],
    ['in our AMS3 region', [], 'AMS3'],
    ['Cluster0 (AWS / US_EAST_1)', [], 'US_EAST_1'],
    ['deployed to eastus2 and westeurope', [], 'eastus2'],
    ['Region: West Europe', [{ from: 'azure-noreply@microsoft.com' }], 'westeurope'],
    ['in our Newark, NJ (us-east) data center', [{ from: 'support@linode.com' }], 'us-east'],
    ['Region: iad', [{ from: 'support@fly.io' }], 'iad'],
    ['scheduled maintenance in FRA (Frankfurt) datacenter', [], 'FRA'],
    ['located in our Gravelines (GRA) datacentre', [], 'GRA'],
    ['server web-1 in location fsn1 (Falkenstein)', [{ from: 'noreply@hetzner.com' }], 'fsn1'],
    ['Region: us-ashburn-1', [], 'us-ashburn-1'],
    ['Zone: fr-par-2', [], 'fr-par-2'],
    ['Region: eu-de (Frankfurt)', [], 'eu-de'],
    ['ECS instances in the China (Hangzhou) region (cn-hangzhou) restart', [], 'cn-hangzhou'],
    ['network maintenance in the eu-central-2 (Frankfurt) region', [], 'eu-central-2'],
    ['maintenance in our DFW region', [], 'DFW'],
    ['Data center: DFW', [], 'DFW'],
    ['  - track-eu.customer.io (EU region)', [], 'EU'],
    ['the workspace acme-prod (US region) sends events', [], 'US'],
    ['Region: EU', [], 'EU'],
    ['Space ID | Space name | Region\n287341 | acme-site | EU\n1092866 | acme-help | US', [], 'US'],
    ['Region: prod-eu-west-0 (Europe, Belgium)', [], 'prod-eu-west-0'],
    ['Location: us-south', [], 'us-south'],
    ['your server web1.acme-hosting.eu in the de-fra1 zone', [], 'de-fra1'],
    ['hosted in google-europe-west1', [], 'google-europe-west1'],
    ['we will retire the Washington, D.C. region (was).', [], 'was'],
    ['services in the Frankfurt (fra) region are paused', [], 'fra'],
    ['We are retiring the Warsaw (waw) location on June 30.', [], 'waw'],
    ['Endpoint: https://eu-central-1-1.aws.cloud2.influxdata.com/write', [{ from: 'noreply@influxdata.com' }], 'eu-central-1'],
    ['API endpoints, including s3.us-west-004.backblazeb2.com, refuse TLS 1.1', [{ from: 'noreply@backblaze.com' }], 'us-west-004'],
    ['- k8s-prod-gra - GRA11 - ID 0c9d7e2f', [], 'GRA11'],
    ['network equipment in our Frankfurt zone (de-fra1) on Tuesday', [], 'de-fra1'],
    ['services in the Osaka location (jp-osa1) restart', [], 'jp-osa1'],
    ['delays in log ingestion for teams in the EU2 region', [], 'EU2'],
    ['Region: AP1 (Mumbai)', [], 'AP1'],
    ['core routers serving our Tampa facility (TPA1) are upgraded', [], 'TPA1'],
    ['racks in the Paris data centre (PAR2) move to a new hall', [], 'PAR2'],
    ['power work at the Dallas facilities (DAL10) on Sunday', [], 'DAL10'],
    ['Database             Region group\nacme_prod            US\nacme_staging         EU\n', [], 'EU'],
    ['available in every region: aws/us-east-1 and aws/eu-west-1', [], 'aws/eu-west-1'],
    ['your organization, hosted in our EU data center (www.zohoapis.eu), sends requests', [], 'EU'],
    ['Accounts in the US datacenter are moved first.', [], 'US'],
    ['Customers in our IN Data Centre should act.', [], 'IN'],
    ['Location ZRH (Zurich, Switzerland)\n  - Subscription 418826', [], 'ZRH'],
    ['The maintenance affects our LON and NYC data centers.', [], 'LON'],
    ['Traffic moves away from the FRA, AMS and LHR locations tonight.', [], 'FRA'],
    ['Location: FRA2', [], 'FRA2'],
    ['servers in location MIA (Miami) are stopped', [], 'MIA'],
    ["We're adding capacity to our EU region, which serves accounts with EU data residency.", [], 'EU'],
    ['Our US region will be read-only for an hour.', [], 'US'],
  ])('reads %s', (text, [overrides = {}], expected) => {
    expect(facts(text, overrides).regions).toContain(expected);
  });

  it.each([
    ['in the EU region for EU merchants'],
    ['Merchants in your EU region get a new invoice layout.'],
    ['Tour our IT region office tomorrow.'],
    ['Payouts (UI region picker) are slower'],
    ['the EU region (Ireland and Sweden) is not affected'],
    ['the sea is calm; us-east names a region only in notices from the provider that uses it'],
    ['Node.js 20 on Ubuntu 22.04'],
    ['pick the AWS region closest to you for a multi-region setup in the same region'],
    ['Region: AWS US East 2 (Ohio)'],
    ['the new region and the per region price'],
    ['Update the DNS zone acme-shop.net and the zone api-v2 records.'],
    ['the region (see the docs) and the region was busy'],
    ['launches in the EC2 region pairs and the US region soon'],
    ['Our IT data center team will call you.'],
    ['Failover to the DR datacenter is tested every quarter.'],
    ['Name                 Resource group      Location     SKU'],
    ['The API and SDK regions page lists them all.'],
    ['Location details are in the console.'],
  ])('reads none in %s', (text) => {
    expect(facts(text).regions).toEqual([]);
  });

  it.each([
    ['hosted in google-europe-west1', ['google-europe-west1']],
    ['Location: europe-west4-b', ['europe-west4-b', 'europe-west4']],
    ['hosts in us-east-1c and us-east-1d', ['us-east-1c', 'us-east-1', 'us-east-1d']],
    ['our region EU-PAR-2 (Paris) lost power', ['EU-PAR-2']],
    ['in the de-fra1 zone', ['de-fra1']],
    ['Cluster | Region\naks-prod-weu | westeurope\n', ['westeurope']],
    ['our Frankfurt zone (de-fra1) is upgraded', ['de-fra1']],
    ['The sizes are available in aws/us-east-1 and aws/us-west-2.', ['aws/us-east-1', 'aws/us-west-2']],
  ])('reads each region once, by its fullest name: %s', (text, expected) => {
    expect(facts(text).regions).toEqual(expected);
  });
});

describe('a login handle under a label or a noun that says it is one', () => {
  it.each([
    ['cPanel username: acmebake\nPrimary domain: acmebakery.net', 'acmebake'],
    ['Your account (username: acmeparts, account #1948271) still calls API3.', 'acmeparts'],
    ['Login: acme_ops', 'acme_ops'],
    ['The token "ci-code-insights" (user svc-insights) made these calls.', 'svc-insights'],
    ['You are receiving this because the Name.com account acmetravel has made requests to API v4.', 'acmetravel'],
  ])('%s', (text, name) => {
    expect(facts(text).resources).toContain(name);
  });

  it.each([
    ['Username: bob@acme.example'],
    ['Sign in with your username: admin'],
    ['The account owner must confirm the change.'],
    ['Each user account keeps its settings.'],
  ])('names no handle: %s', (text) => {
    expect(facts(text).resources).toEqual([]);
  });
});

describe('items of a list of the reader\'s things, however each is written', () => {
  it.each([
    ['Telemetry shows the following of your instances on 2.479.3:\n\n  Operations center   cjoc.ci.acme-insure.de\n  Managed controller  mc-payments\n  Managed controller  mc-claims-batch\n\nPlease upgrade them.', ['cjoc.ci.acme-insure.de', 'mc-payments', 'mc-claims-batch']],
    ['Your account still has:\n\n  FirstGen applications:  payments-cd, ledger-deployments\n  Legacy delegates:       fg-delegate-prod-east, fg-delegate-staging\n\nMigrate them.', ['payments-cd', 'ledger-deployments', 'fg-delegate-prod-east', 'fg-delegate-staging']],
    ['Affected projects:\n- Build agents: agent-linux-01, agent-win-02\n- Region: us-east-1\n- Plan: team-2024\n', ['agent-linux-01', 'agent-win-02']],
  ])('%s', (text, names) => {
    expect(facts(text).resources).toEqual(names);
  });

  it.each([
    ['This key is currently active on these sites:\n  - https://shop.acmecandles.com\n  - https://blog.acmecandles.com\n\nReset the key.', ['shop.acmecandles.com', 'blog.acmecandles.com']],
    ['The following apps are affected:\n\n* https://orders.acme-shop.io\n* https://status.acme-shop.io/\n', ['orders.acme-shop.io', 'status.acme-shop.io']],
  ])('a site listed by its link: %s', (text, names) => {
    expect(facts(text).resources).toEqual(names);
  });
});

describe('a value shown masked is no identifier; the account that pushed is', () => {
  it.each([
    ['Secret:  AIzaSyD-****************3kQ\nRepository: acme/web (public)', ['acme/web']],
    ['Secret: ghp_2f••••••••9Xz\nWorkspace: acme-prod-7', ['acme-prod-7']],
    ['The token ghp_***abc9 of app deploy-bot-2 leaked.', ['deploy-bot-2']],
    // Emphasis is still read through: `**app**` is a pair of markers, a longer run a mask.
    ['Your app **orders-db-1** will restart.', ['orders-db-1']],
  ])('%s', (text, names) => {
    expect(facts(text).resources).toEqual(names);
  });

  it.each([
    ['Pushed at: Mar 3, 2026 10:12 UTC by dev-ops-7', ['dev-ops-7']],
    ['The commit was pushed to acme/web by @build-bot2 an hour ago.', ['acme/web', 'build-bot2']],
    ['Committed by ana-lima in the release branch.', ['ana-lima']],
    ['Committed by Maria on Friday.', []],
    ['The release was pushed back by two weeks.', []],
    ['Changes authored by re-running the generator were reverted.', []],
    ['Created by dev-ops-7 yesterday.', []],
  ])('%s', (text, names) => {
    expect(facts(text, { subject: 'GitHub: a secret in your repository' }).resources).toEqual(names);
  });
});
