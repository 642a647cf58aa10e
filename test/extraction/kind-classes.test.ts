import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('kind by class of phrasing', () => {
  it.each([
    ['Heads-up: a breaking change ships on April 9, 2026. The orders endpoint drops the legacy status field.', '', 'deprecation'],
    ['Starting June 3, 2026 the list endpoint only returns open tickets. Closed tickets move to a separate endpoint.', 'Breaking change: closed tickets leave the list endpoint', 'deprecation'],
    ['Version 5 of the client library is not backward compatible with version 4; upgrade your callers by May 1, 2026.', '', 'deprecation'],
    ['The new field names ship on July 8, 2026 and may break your integration if it parses the old ones.', '', 'deprecation'],
    ['This release changes how webhooks are signed. It can break existing clients that pin the old header; update them before 2026-09-01.', '', 'deprecation'],
    // A change said to break nothing is no end of anything.
    ['The dashboard gets a new colour scheme on May 5, 2026. There are no breaking changes and nothing to do.', '', 'informational'],
    ['We ship a non-breaking change to the search endpoint on March 2, 2026: a new optional sort parameter.', '', 'informational'],
  ])('a change the provider says breaks what the reader built takes the old behaviour away: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['The endpoints PATCH /v1/orders/{id} and PATCH /v1/items/{id} are deprecated; they will be removed on May 5, 2026 between 09:00 and 10:00 UTC.', '', 'deprecation'],
    ['From June 1, 2026 PATCH https://api.example.com/v1/items updates only the fields you send; the old endpoint will be removed.', '', 'deprecation'],
    // A patch applied to the provider's hosts is still its work.
    ['We will apply a kernel patch and reboot the hosts on May 5, 2026 between 02:00 and 04:00 UTC during the maintenance window.', '', 'maintenance'],
  ])('an HTTP method named before its path is no patch being applied: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Until now transfers between regions were free. We will begin charging for them on August 1, 2026, at $0.01 per GB.', '', 'billing'],
    ['Snapshots used to cost nothing; we start to charge for snapshot storage on 2026-10-01.', '', 'billing'],
    ['From September 1, 2026 the set-up fee and a monthly fee will be applied to your account bill for each reserved port.', '', 'billing'],
    ['Read below how the new tiers compare with the old ones. Changes take effect on July 1, 2026.', 'Object storage pricing update', 'billing'],
    // A limit on requests is no price, nor is charging a device's battery.
    ['On July 1, 2026 we will enforce new rate limits: 50 requests per minute for each client.', '', 'informational'],
    ['The sensor starts charging when it is plugged in; the firmware released on May 2, 2026 shows the battery level.', '', 'informational'],
  ])('a charge that starts where there was none, or a price list that changes, is billing: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['We will no longer provide services to accounts registered in the affected country. Move your domains out before April 4, 2026.', '', 'end-of-life'],
    ['Acme Hosting will stop providing its services on December 31, 2026. Please move your sites to another host before then.', '', 'end-of-life'],
    ['We are reminding you that your Widgetly service will no longer be available as of June 30, 2026. Export your data before then.', '', 'end-of-life'],
    ['The company ceases to offer the mail service on 2026-11-30; download your mailboxes in time.', '', 'end-of-life'],
    ['Running Boxly costs more than it earns, so we cannot continue to provide this service. Copy your files elsewhere before June 30, 2026.', '', 'end-of-life'],
    ["We won't continue offering the hosting service past March 1, 2026; please move your sites.", '', 'end-of-life'],
    ['Acme is no longer able to continue providing its service in your country after May 31, 2026. Export your data first.', '', 'end-of-life'],
    // Carrying on is not stopping.
    ['We will continue to provide this service as before; the v1 API is deprecated and will be removed on May 31, 2026.', '', 'deprecation'],
    // A feature that goes away is a deprecation; a service down for a while is neither.
    ['The CSV export will no longer be available after May 31, 2026. Use the JSON export instead.', '', 'deprecation'],
    ['The service will no longer be available for a few minutes on May 3, 2026 while we move it to new hardware during the maintenance window.', '', 'maintenance'],
  ])('the provider ending its whole service, or the reader\'s, is an end of life: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Errors are reported more precisely: a request over quota now returns 429 instead of 500, and a missing record returns 404 rather than 500.', '[v3] 2026-05-12', 'informational'],
    // A refusal of what worked is still one.
    ['From June 1, 2026 requests without a version header will return 400 Bad Request. Add the header before then.', '', 'deprecation'],
  ])('a client error given where a server error was reports a failure better; nothing is refused: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['We move licences to the new bundles in our backend on August 4, 2026. If a device is offline at the time, it picks up the change when it next syncs.', '', 'informational'],
    ['Should the gateway be unreachable then, nothing is lost: it retries every hour. When a node is still offline after a day, we e-mail you.', '', 'informational'],
    // An outage under way is still one.
    ['Our EU cluster is offline. We are working on a fix and will post the next update in 30 minutes.', '', 'incident'],
  ])('a case the notice provides for (`if a device is offline`) is no outage: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Entre el 3 y el 4 de mayo de 2026 sufrimos un incidente que impidió el envío de correos. Ya está resuelto.', '', 'incident'],
    ['Houve uma interrupção no envio de mensagens em 12 de março de 2026; pedimos desculpas.', '', 'incident'],
    ['Am 3. Mai 2026 kam es zu einer Störung beim Versand von Nachrichten. Wir entschuldigen uns.', '', 'incident'],
    ['Le 3 mai 2026, une panne de notre passerelle a retardé les envois.', '', 'incident'],
  ])('an outage reported in another language is an incident: %s → %s', (text, subject, kind) => {
    expect(kindOf(text, subject)).toBe(kind);
  });

  it.each([
    ['Haverá uma interrupção programada do serviço em 12 de março de 2026 entre 01:00 e 03:00.'],
    ['Am 3. Mai 2026 gibt es eine geplante Störung von 02:00 bis 04:00 Uhr.'],
    ['The incidental charges on your invoice are explained below.'],
  ])('downtime announced as planned, in any language, is no outage: %s', (text) => {
    expect(kindOf(text)).not.toBe('incident');
  });
});
