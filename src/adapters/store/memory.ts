import type { Repositories, Store } from '../../app/ports.ts';
import { memoryRepositories } from './memory-repositories.ts';
import { emptyState, copyState, type MemoryState } from './memory-state.ts';
import { autoCommit } from './auto-commit.ts';

/**
 * The store in memory, behaving like the SQL ones: transactions are serialised and all-or-nothing,
 * unique keys are enforced with StoreConflictError. For tests and the local sandbox.
 */
export function openMemoryStore(): Store {
  let state: MemoryState = emptyState();
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const transaction = <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('store is closed'));
    const run = async (): Promise<T> => {
      const working = copyState(state);
      const result = await fn(memoryRepositories(working));
      state = working;
      return result;
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const direct = autoCommit(transaction);
  return { engine: 'memory', ...direct, transaction, close: async () => void (closed = true) };
}
