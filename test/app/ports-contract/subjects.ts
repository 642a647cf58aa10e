// One port, several implementations: the in-memory twin the other parts test with, and the adapter
// over each store engine. Every contract case runs against each of them.
import { it } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import { storeEngines, type StoreEngine } from '../../adapters/store/engines.ts';

export interface Subject<T> {
  name: string;
  /** Why this one cannot run here, or null. */
  missing: string | null;
  start(): Promise<void>;
  /** A fresh, empty implementation. */
  open(): Promise<T>;
  stop(): Promise<void>;
}

export interface OverStore {
  store: Store;
  /** Another connection to the same database (the same store for memory): a second process. */
  second(): Promise<Store>;
  engine: StoreEngine['name'];
}

/** The twin, then the port over the memory, SQLite and PostgreSQL stores. */
export function subjects<T>(twin: () => T | Promise<T>, overStore: (s: OverStore) => T | Promise<T>): Subject<T>[] {
  const twinSubject: Subject<T> = {
    name: 'twin',
    missing: null,
    start: async () => {},
    open: async () => twin(),
    stop: async () => {},
  };
  const engines = storeEngines().map(
    (engine): Subject<T> => ({
      name: `${engine.name} store`,
      missing: engine.missing,
      start: engine.start,
      open: async () => overStore({ store: await engine.open(), second: engine.openSecond, engine: engine.name }),
      stop: engine.stop,
    }),
  );
  return [twinSubject, ...engines];
}

/** For `describe.each`: says why a subject is skipped, visibly, and whether it is. */
export function skipped(subject: Subject<unknown>): boolean {
  if (!subject.missing) return false;
  console.warn(`skipping ${subject.name} contract tests: ${subject.missing}`);
  it.skip(`needs ${subject.missing}`, () => {});
  return true;
}
