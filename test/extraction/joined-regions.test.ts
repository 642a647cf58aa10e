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

describe('words a dash joins before a word for places are no region code', () => {
  it.each([
    ['Workloads move to our newer, higher-capacity facilities next year.'],
    ['Customers with in-house data centres keep their setup.'],
    ['We recommend multi-zone regions for production.'],
    ['Our low-latency locations now number twelve.'],
    ['Backups are kept in co-located datacenters.'],
  ])('%s', (text) => {
    expect(findRegions(text, null)).toEqual([]);
  });

  it.each([
    ['Instances in the ap-guangzhou region restart tonight.', 'ap-guangzhou'],
    ['The cn-hangzhou region is upgraded on Friday.', 'cn-hangzhou'],
    ['Buckets in the eu-de region are read-only for an hour.', 'eu-de'],
    ['Our prod-eu-west-0 region is degraded.', 'prod-eu-west-0'],
  ])('%s', (text, region) => {
    expect(findRegions(text, null)).toContain(region);
  });
});
