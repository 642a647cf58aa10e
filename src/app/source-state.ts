import type { CursorStore, SourceHealthStore, Store } from './ports.ts';

/** Source cursors kept in the store, so a restart resumes where the last run stopped. */
export function makeCursorStore(store: Store): CursorStore {
  return {
    get: (source, key) => store.cursors.get(source, key),
    set: (source, key, value) => store.cursors.set(source, key, value),
  };
}

/** Source health kept in the store: a failure streak and its alert outlive a restart. */
export function makeSourceHealthStore(store: Store): SourceHealthStore {
  return {
    get: (source) => store.sourceHealth.get(source),
    put: (record) => store.sourceHealth.put(record),
    list: () => store.sourceHealth.list(),
  };
}
