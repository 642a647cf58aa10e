import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction/index.ts';
import { aNotice } from './notice-builder.ts';

const resources = (text: string): string[] => extract(aNotice({ text })).resources;

describe('values a form fills in that name nothing of the reader', () => {
  it.each([
    ['Bulletin ID: ZX-2024-0117\nAffected clusters: kv-prod-7\n', ['kv-prod-7']],
    ['Advisory ID : HN-202311-04\n', []],
    ['- Security ID: QS-1907-22\n- Affected database: orders-db-3\n', ['orders-db-3']],
    ['Notice ID: 7731-ANN-55\n', []],
  ])('does not take the id of the notice itself: %j', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    ['Security group ID: web-sg-prod-2\n', ['web-sg-prod-2']],
    ['Cluster ID: kv-prod-7\n', ['kv-prod-7']],
  ])('still takes an id a label gives of the reader things: %j', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });

  it.each([
    ['Affected database: N/A\n'],
    ['Affected cluster: none\n'],
    ['Affected bucket: TBD\n'],
    ['- Affected instance: n/a\n'],
  ])('does not take a placeholder for a missing value: %j', (text) => {
    expect(resources(text)).toEqual([]);
  });

  it.each([
    ['Most calls (uploads, listing, key rotation) keep working.', []],
    ['Some features (exports, ref lookups) are slower.', []],
    ['The token (key k7Qx92LmP0) was revoked.', ['k7Qx92LmP0']],
    ['Your bucket (ref: 3f9c2a7e11) is read-only.', ['3f9c2a7e11']],
  ])('takes a value after key or ref only where it looks made up: %s', (text, expected) => {
    expect(resources(text)).toEqual(expected);
  });
});
