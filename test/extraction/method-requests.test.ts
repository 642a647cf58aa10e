import { describe, expect, it } from 'vitest';
import { findDomains } from '../../src/extraction/hosts.ts';

const called = (text: string): string[] => findDomains(text, false, 'pingly.io');

describe('hosts the reader calls, named after an HTTP method', () => {
  it.each([
    ['POST requests to ingest.pingly.io/v2/events failed for an hour.', ['ingest.pingly.io/v2/events']],
    ['GET requests to api.pingly.io/v1/checks/ returned 503.', ['api.pingly.io/v1/checks/']],
    [
      'Some PUT calls to api.pingly.io/v1/monitors/ , api.pingly.io/v1/tags/ and api.pingly.io/v1/alerts timed out.',
      ['api.pingly.io/v1/monitors/', 'api.pingly.io/v1/tags/', 'api.pingly.io/v1/alerts'],
    ],
    ['Apps sending requests to api.pingly.io/v3 are affected.', ['api.pingly.io/v3']],
  ])('takes the host and path: %s', (text, expected) => {
    expect(called(text)).toEqual(expected);
  });

  it.each([
    ['Read more on status.pingly.io/history.'],
    ['The POST form on www.pingly.io/contact is back.'],
  ])('takes no page of the provider: %s', (text) => {
    expect(called(text)).toEqual([]);
  });
});
