import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const kindOf = (text: string, subject = '') => extract(aNotice({ text, subject })).kind;

describe('kind by class of phrasing', () => {
  it.each([
    ['The endpoints PATCH /v1/orders/{id} and PATCH /v1/items/{id} are deprecated; they will be removed on May 5, 2026 between 09:00 and 10:00 UTC.', '', 'deprecation'],
    ['From June 1, 2026 PATCH https://api.example.com/v1/items updates only the fields you send; the old endpoint will be removed.', '', 'deprecation'],
    // A patch applied to the provider's hosts is still its work.
    ['We will apply a kernel patch and reboot the hosts on May 5, 2026 between 02:00 and 04:00 UTC during the maintenance window.', '', 'maintenance'],
  ])('an HTTP method named before its path is no patch being applied: %s → %s', (text, subject, kind) => {
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
});
