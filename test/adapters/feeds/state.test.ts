import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../../src/adapters/feeds/state.ts';
import { MemoryCursorStore } from '../../../src/adapters/memory/source-state.ts';

describe('SeenIds', () => {
  it('keeps every id still in the feed and the most recent others, up to the bound', async () => {
    const store = new MemoryCursorStore();
    const seen = await SeenIds.load(store, 'feed:x');
    for (const id of ['a', 'b', 'c', 'd', 'e']) seen.add(id);

    await seen.save(store, 'feed:x', new Set(['a', 'b']), 3);
    const reloaded = await SeenIds.load(store, 'feed:x');

    expect(['a', 'b', 'c', 'd', 'e'].filter((id) => reloaded.has(id))).toEqual(['a', 'b', 'e']);
  });

  it('keeps the whole feed even when it is longer than the bound', async () => {
    const store = new MemoryCursorStore();
    const seen = await SeenIds.load(store, 'feed:x');
    for (const id of ['a', 'b', 'c']) seen.add(id);

    await seen.save(store, 'feed:x', new Set(['a', 'b', 'c']), 2);

    expect(JSON.parse((await store.get('feed:x', 'seen-ids')) ?? '[]')).toEqual(['a', 'b', 'c']);
  });

  it('starts empty from damaged state', async () => {
    const store = new MemoryCursorStore();
    await store.set('feed:x', 'seen-ids', '{not json');

    expect((await SeenIds.load(store, 'feed:x')).has('a')).toBe(false);
  });
});
