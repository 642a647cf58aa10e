import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/extraction/regions.ts';

describe('two capitals joined before the plural `regions` name regions', () => {
  it.each([
    ['Workspaces hosted in the EU and US regions saw slow exports.', ['EU', 'US']],
    ['Both our AU & UK regions were degraded for an hour.', ['AU', 'UK']],
    ['Sends from the (US and EU regions) were queued.', ['US', 'EU']],
  ])('%s', (text, regions) => {
    expect(findRegions(text, null)).toEqual(expect.arrayContaining(regions));
  });

  it.each([
    // A single market, a role, or a singular word.
    ['Prices for EU merchants in the EU region change in May.'],
    ['The IT and HR regions of the org chart were merged.'],
    ['Our EU and US offices are closed on Friday.'],
  ])('not: %s', (text) => {
    expect(findRegions(text, null)).toEqual([]);
  });
});
