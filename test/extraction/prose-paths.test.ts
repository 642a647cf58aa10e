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
