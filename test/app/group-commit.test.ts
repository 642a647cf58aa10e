import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/app/group-commit.ts';
import type { Repositories, Store } from '../../src/app/ports.ts';
import { openMemoryStore } from '../../src/adapters/store/memory.ts';

/** A memory store that counts its transactions. */
function countingStore(): Store & { transactions: number } {
  const store = openMemoryStore();
  const counted = {
    ...store,
    transactions: 0,
    transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      counted.transactions++;
      return store.transaction(fn);
    },
  };
  return counted;
}

const writeCursor = (tx: Repositories, n: number): Promise<number> => tx.cursors.set('test', `k${n}`, String(n)).then(() => n * 10);

describe('groupCommit', () => {
  it('commits a burst of calls made in one turn in one transaction, each caller getting its own result', async () => {
    const store = countingStore();
    const run = groupCommit(store, writeCursor);
    expect(await Promise.all([1, 2, 3, 4, 5].map(run))).toEqual([10, 20, 30, 40, 50]);
    expect(store.transactions).toBe(1);
    expect(await store.cursors.get('test', 'k5')).toBe('5');
  });

  it('puts calls that arrive while a transaction runs into the next one, up to the batch size', async () => {
    const store = countingStore();
    const run = groupCommit(store, writeCursor, 2);
    const first = run(1);
    await Promise.resolve();
    const rest = [2, 3, 4, 5].map(run);
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    // [1], then [2, 3] and [4, 5] in batches of two
    expect(store.transactions).toBe(3);
  });

  it('reruns a failed batch one unit at a time, so only the bad unit fails', async () => {
    const store = countingStore();
    const run = groupCommit(store, async (tx: Repositories, n: number) => {
      await tx.cursors.set('test', `k${n}`, String(n));
      if (n === 2) throw new Error('unit 2 is broken');
      return n;
    });
    const results = await Promise.allSettled([1, 2, 3].map(run));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([await store.cursors.get('test', 'k1'), await store.cursors.get('test', 'k2')]).toEqual(['1', null]);
    expect(store.transactions).toBe(1 + 3);
  });
});
