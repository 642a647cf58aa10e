import { describe, expect, it } from 'vitest';
import { prosePaths } from '../../src/extraction/prose-paths.ts';
import { prepareText } from '../../src/extraction/text.ts';

const paths = (text: string): string[] => {
  const { plain, prose } = prepareText({ subject: '', text });
  return prosePaths(prose, plain).map((p) => p.path);
};

describe('API paths listed in a sentence after a word for calls', () => {
  it.each([
    ['We will switch off the endpoints /v1/boards and /v1/cards on June 1.', ['/v1/boards', '/v1/cards']],
    ['The routes /hooks/legacy, /hooks/raw or /hooks/batch stop answering next week.', ['/hooks/legacy', '/hooks/raw', '/hooks/batch']],
    ['From May, requests to /api/v2/sync return 410.', ['/api/v2/sync']],
    ['Two older APIs (session/refresh, /userinfo) go away with the 4.x SDKs.', ['session/refresh', '/userinfo']],
    ['The retired calls (/v1/export) still appear in your logs.', ['/v1/export']],
  ])('%s', (text, expected) => {
    expect(paths(text)).toEqual(expected);
  });

  it.each([
    // The one to use instead, or a replacement.
    ['Please send requests to /v3/sync instead.', []],
    ['Migrate your jobs to the endpoints /v3/boards and /v3/cards.', []],
    // A file or a page, with no word for calls before it.
    ['Add the line to /etc/hosts on every node.', []],
    ['Read /docs/migration before you start.', []],
    // The provider's API by its version, alone.
    ['The /v1 endpoint of our reporting service is deprecated.', []],
    // A note in parentheses, not a list of calls.
    ['Some APIs (beta, v1/v2) change.', []],
    // The path of a link is read with its link.
    ['Uploads through the endpoint https://ingest.example.net/v2/upload stop.', []],
  ])('not %s', (text, expected) => {
    expect(paths(text)).toEqual(expected);
  });
});

describe('a path right before the noun that says clients call it', () => {
  it.each([
    ['Responses from the v2/snapshot endpoint were stale for an hour.', ['v2/snapshot']],
    ['The /v1/exports/{id} route returned errors overnight.', ['/v1/exports/{id}']],
    ['Requests to the `reports/{reportId}/rows` endpoint time out.', ['reports/{reportId}/rows']],
    ['Latency rose on the api/v3/quotes endpoint.', ['api/v3/quotes']],
    // `use` that is no instruction.
    ['If you use the /v1/exports/{id} endpoint, your jobs fail.', ['/v1/exports/{id}']],
  ])('%s', (text, expected) => {
    expect(paths(text)).toEqual(expected);
  });

  it.each([
    // No root, no version, no parameter: words joined by a slash.
    'The TCP/UDP endpoint is unchanged.',
    'Our read/write endpoint is now faster.',
    // One segment names the API by its version.
    'The /v1 endpoint stays up.',
    // A path that ends on a version names the API by it.
    'The /api/v2.1 endpoint is deprecated.',
    'Calls to the legacy /ingest/v3 endpoint fail.',
    // A clause telling the reader to use it.
    'Lists moved; use the /crm/v4/list-map endpoint to translate ids.',
    'Read the guide. Then use the v5/assets/{id} route for uploads.',
    // What to use instead.
    'Please use the v3/snapshot endpoint instead.',
    'Switch your jobs to the /v2/exports route.',
    // A link elsewhere names it with its host.
    'Uploads to the /api/v1/runs endpoint stop. Point your tool away from https://ci.example.org/api/v1/runs soon.',
  ])('not read: %s', (text) => {
    expect(paths(text)).toEqual([]);
  });
});
