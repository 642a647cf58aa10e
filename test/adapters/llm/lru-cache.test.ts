import { describe, expect, it } from 'vitest';
import { LruProposalCache } from '../../../src/adapters/llm/lru-cache.ts';
import { aProposal } from './builders.ts';

describe('LruProposalCache', () => {
  it('returns what was stored under a key, and nothing for an unknown key', async () => {
    const cache = new LruProposalCache(2);
    const proposal = aProposal({ resources: ['db-1'] });
    await cache.set('a', proposal);
    expect(await cache.get('a')).toBe(proposal);
    expect(await cache.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its capacity', async () => {
    const cache = new LruProposalCache(2);
    await cache.set('a', aProposal());
    await cache.set('b', aProposal());
    await cache.get('a');
    await cache.set('c', aProposal());
    expect(cache.size).toBe(2);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBeDefined();
    expect(await cache.get('c')).toBeDefined();
  });
});
