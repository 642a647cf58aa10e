import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/extraction/regions.ts';

describe('regions named by an area and a compass point', () => {
  it.each([
    ['Latency rose in the US East region this morning.', ['US East']],
    ['Jobs in our Europe West 2 region were delayed.', ['Europe West 2']],
    ['We upgraded brokers in the US West (Oregon) region.', ['US West (Oregon)']],
    ['Errors were limited to the Asia Pacific Southeast region.', ['Asia Pacific Southeast']],
    ['Both the Canada Central region and others were slow.', ['Canada Central']],
  ])('reads the display name before `region`: %s', (text, expected) => {
    expect(findRegions(text, null)).toEqual(expected);
  });

  it.each([
    ['The EU region for EU merchants keeps its prices.'],
    ['Sales in the East region grew.'],
    ['Our US East team is on call for the region.'],
    ['The US East data is kept in a region of your choice.'],
  ])('reads no display name where no area and compass point stand right before it: %s', (text) => {
    expect(findRegions(text, null)).toEqual([]);
  });
});
