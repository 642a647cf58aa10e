import type { Repositories, Store } from './ports.ts';

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: units of work that arrive while a transaction is running share the next one, so a
 * burst (a feed with fifty items, a folder of files) pays for one commit instead of fifty. Each
 * caller's promise settles only once its own work has committed. A batch that fails is rerun one
 * unit per transaction, so one bad unit cannot take the others down with it.
 */
export function groupCommit<I, O>(
  store: Store,
  unit: (tx: Repositories, item: I) => Promise<O>,
  maxBatch = 64,
): (item: I) => Promise<O> {
  const queue: Pending<I, O>[] = [];
  let draining = false;

  const runAlone = async (p: Pending<I, O>): Promise<void> => {
    try {
      p.resolve(await store.transaction((tx) => unit(tx, p.item)));
    } catch (error) {
      p.reject(error);
    }
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      const [only] = batch;
      if (only && batch.length === 1) {
        await runAlone(only);
        continue;
      }
      try {
        const results = await store.transaction(async (tx) => {
          const out: O[] = [];
          for (const p of batch) out.push(await unit(tx, p.item));
          return out;
        });
        batch.forEach((p, i) => p.resolve(results[i] as O));
      } catch {
        for (const p of batch) await runAlone(p);
      }
    }
    draining = false;
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (draining) return;
      draining = true;
      // A microtask later, so calls made in the same turn go into the first transaction together.
      queueMicrotask(() => void drain());
    });
}
