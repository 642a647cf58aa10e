// The reminder store over a SQLite file, loaded with the benchmark's tasks: `bench/scheduler.ts --sqlite`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/store/sqlite.ts';
import { makeReminderStore } from '../src/app/reminder-store.ts';
import type { ReminderStore, Store } from '../src/app/ports.ts';
import type { Task } from '../src/domain/task.ts';

export interface BenchStore extends ReminderStore {
  /** What loading the tasks cost, and the like, for the report. */
  notes?: () => Promise<string>;
  close?: () => Promise<void>;
}

const LOAD_BATCH = 1_000;

async function load(store: Store, tasks: Task[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += LOAD_BATCH) {
    await store.transaction(async (tx) => {
      for (const { id: _id, signOffs: _s, ...task } of tasks.slice(i, i + LOAD_BATCH)) await tx.tasks.insert(task);
    });
  }
}

/** A fresh database file per run, in WAL mode as the bot runs it; removed on close. */
export async function sqliteBenchStore(tasks: Task[]): Promise<BenchStore> {
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-bench-'));
  const path = join(dir, 'bench.db');
  const store = await openSqliteStore(`file:${path}`);
  const t0 = performance.now();
  await load(store, tasks);
  const loadMs = performance.now() - t0;
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return {
    ...makeReminderStore(store),
    notes: async () => {
      const mb = (size(path) + size(`${path}-wal`)) / 2 ** 20;
      return `loaded in ${(loadMs / 1000).toFixed(1)} s; database and WAL ${mb.toFixed(0)} MB after the ticks`;
    },
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
