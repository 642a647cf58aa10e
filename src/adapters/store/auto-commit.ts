import type { Repositories } from '../../app/ports.ts';

const REPOSITORIES = ['notices', 'tasks', 'signOffs', 'audit', 'reminders', 'outbox', 'cursors', 'sourceHealth'] as const satisfies readonly (keyof Repositories)[];

type Transaction = <T>(fn: (tx: Repositories) => Promise<T>) => Promise<T>;

/** Repositories whose every call is its own transaction: for a store with no connection-level auto-commit. */
export function autoCommit(transaction: Transaction): Repositories {
  const entries = REPOSITORIES.map((name) => {
    const repository = new Proxy(
      {},
      {
        get: (_target, method: string | symbol) => {
          if (typeof method !== 'string' || method === 'then') return undefined;
          return (...args: unknown[]) =>
            transaction((tx) => {
              const target = tx[name] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
              const call = target[method];
              if (!call) throw new TypeError(`${name}.${method} is not a repository method`);
              return call.apply(target, args);
            });
        },
      },
    );
    return [name, repository] as const;
  });
  // A proxy cannot prove its shape to the compiler; every call lands on a real repository method.
  return Object.fromEntries(entries) as unknown as Repositories;
}
