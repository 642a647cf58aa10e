import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/extraction/regions.ts';

describe('a colocation site by its operator and code, in a text about work there', () => {
  it.each([
    ['Our engineers will carry out maintenance at Interxion FRA3, Frankfurt, on Tuesday night.', 'Interxion FRA3, Frankfurt'],
    ['Planned work in Global Switch LD2 may interrupt your transit.', 'Global Switch LD2'],
    ['Subject: Network work @ Telecity DUB12, Dublin\nDetails follow.', 'Telecity DUB12, Dublin'],
  ])('%s', (text, site) => {
    expect(findRegions(text, null)).toContain(site);
  });

  it.each([
    // No code after the name.
    'Maintenance at Equinix Amsterdam starts at noon.',
    // A code with no operator before it.
    'Maintenance @ DB4, Dublin is planned.',
  ])('not a site: %s', (text) => {
    expect(findRegions(text, null).filter((r) => /\s/.test(r))).toEqual([]);
  });
});
