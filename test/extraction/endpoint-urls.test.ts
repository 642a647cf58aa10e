import { describe, expect, it } from 'vitest';
import { endpointUrls } from '../../src/extraction/endpoint-urls.ts';
import { prepareText } from '../../src/extraction/text.ts';

const urls = (text: string): string[] => {
  const { plain, prose } = prepareText({ subject: '', text });
  return endpointUrls(prose, plain);
};

describe('whole URLs the text names as called', () => {
  it.each([
    ['The upload endpoint https://ingest.example.net/v2/upload will be shut down on May 1.', ['https://ingest.example.net/v2/upload']],
    ['Old agents post through the legacy https://ingest.example.net/v1 endpoint.', ['https://ingest.example.net/v1']],
    ['After that, requests sent to https://api.example.net/v0.9/orders will be rejected.', ['https://api.example.net/v0.9/orders']],
    ['Calls by path:\n  POST https://api.example.net/v1/orders    41,208\n', ['https://api.example.net/v1/orders']],
    ['  Removal:  2026-03-01\n  Affected: https://api.example.net/preview/{org}/jobs\n            https://api.example.net/preview/{org}/jobs/settings\n', ['https://api.example.net/preview/{org}/jobs', 'https://api.example.net/preview/{org}/jobs/settings']],
    ['These base URLs stop answering on June 30:\n\n- https://api.example.net/v1/\n- https://api.example.net/v2/\n', ['https://api.example.net/v1/', 'https://api.example.net/v2/']],
    // A method with a colon before the link is no label naming a host.
    ['Check whether you call:\n\n- GET: https://api.example.net/v1/login/start\n- POST: https://api.example.net/v1/login/poll\n', ['https://api.example.net/v1/login/start', 'https://api.example.net/v1/login/poll']],
    ['Retired on May 1: DELETE: https://api.example.net/v1/sessions/{id}', ['https://api.example.net/v1/sessions/{id}']],
  ])('%s', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it.each([
    // Pages for people, a bare host, a replacement, a placeholder, a label that names a host.
    ['Read the guide at https://docs.example.net/migrate/v2 before you start.', []],
    ['The endpoint https://status.example.net/incidents/42 shows progress.', []],
    ['The endpoint https://api.example.net/ keeps working.', []],
    ['Move your calls to the new endpoint, for example https://api.example.net/v2/orders.', []],
    ['Send your requests to https://api.example.net/v2/orders instead.', []],
    ['The legacy endpoint (https://in.example.net/e/<event-key>) is retired.', []],
    // A link in parentheses after the noun is where the provider's own service lives.
    ['The legacy ingestion endpoint (https://in.example.net/e/key) is retired.', []],
    ['Webhook endpoint: https://hooks.acme.example/orders\n', []],
    // Links listed under a lead that gives them as replacements.
    ['These calls are provided to replace the old ones:\n\n- POST: https://api.example.net/v2/login/start\n- POST: https://api.example.net/v2/login/poll\n', []],
    ['Please switch your uploads to the new endpoints:\n- https://api.example.net/v3/upload\n', []],
    ['Learn more: https://api.example.net/changelog/2026\n', []],
    ['You received this mail from https://mail.example.net/prefs/123 settings.', []],
  ])('not %s', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it('reads a long text without line breaks once', () => {
    const text = 'requests to https://api.example.net/v1/x and more words, '.repeat(3_000);
    expect(urls(text)).toHaveLength(3_000);
  });
});
