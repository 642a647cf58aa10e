import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Libsql from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/store/index.ts';
import { openSqliteStore, sqlitePath } from '../../../src/adapters/store/sqlite.ts';
import { aNewNotice, aNewTask } from '../../builders/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'noticeboard-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const url = (): string => `file:${join(dir, `db-${++n}`, 'noticeboard.db')}`;

const migrationsIn = (path: string): string[] => {
  const db = new Libsql(path);
  try {
    return db.prepare('select name from schema_migrations order by name').all().map((r) => (r as { name: string }).name);
  } finally {
    db.close();
  }
};

describe('the SQLite store', () => {
  it.each([
    ['file:./data/noticeboard.db', './data/noticeboard.db'],
    ['file:/var/lib/noticeboard/nb.db', '/var/lib/noticeboard/nb.db'],
  ])('reads %s as the path %s', (input, path) => {
    expect(sqlitePath(input)).toBe(path);
  });

  it('creates its folder and file, in WAL mode', async () => {
    const at = url();
    const store = await openSqliteStore(at);
    await store.close();
    expect(existsSync(sqlitePath(at))).toBe(true);
    const db = new Libsql(sqlitePath(at));
    expect(db.prepare('pragma journal_mode').get()).toMatchObject({ journal_mode: 'wal' });
    db.close();
  });

  it('enforces foreign keys', async () => {
    const store = await openSqliteStore(url());
    await expect(store.notices.insert(aNewNotice({ taskId: 424_242 }))).rejects.toThrow(/FOREIGN KEY/);
    await store.close();
  });

  it('reads one row with a statement whose last read of many rows found none', async () => {
    const store = await openSqliteStore(url());
    const task = await store.tasks.insert(aNewTask({ nextReminderAt: new Date('2024-06-01T09:00:00Z') }));
    // Same SQL text both times, a bound LIMIT of 10 and then of 1.
    expect(await store.reminders.due(new Date('2024-06-01T08:00:00Z'), 10)).toEqual([]);
    expect((await store.reminders.due(new Date('2024-06-01T10:00:00Z'), 1)).map((c) => c.task.id)).toEqual([task.id]);
    await store.close();
  });

  it('keeps data and runs each migration once across reopenings', async () => {
    const at = url();
    const first = await openSqliteStore(at);
    const task = await first.tasks.insert(aNewTask());
    await first.close();
    const second = await openSqliteStore(at);
    expect((await second.tasks.get(task.id))?.fingerprint).toBe(task.fingerprint);
    await second.close();
    expect(migrationsIn(sqlitePath(at))).toEqual(['0001-initial']);
  });

  it('lets two openers of a new file migrate it once between them', async () => {
    const at = url();
    const stores = await Promise.all([openSqliteStore(at), openSqliteStore(at)]);
    await Promise.all(stores.map((s) => s.close()));
    expect(migrationsIn(sqlitePath(at))).toEqual(['0001-initial']);
  });

  it('does not make another connection wait inside SQLite while one holds the write lock', async () => {
    const at = url();
    const [a, b] = await Promise.all([openSqliteStore(at), openSqliteStore(at)]);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = a.transaction(async (tx) => {
      await tx.tasks.insert(aNewTask({ fingerprint: 'first' }));
      await held;
    });
    // b's transaction must wait for a's; if it blocked the event loop, `release` would never run.
    const second = b.transaction((tx) => tx.tasks.insert(aNewTask({ fingerprint: 'second' })));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all([first, second]);
    expect((await a.tasks.list()).map((t) => t.fingerprint)).toEqual(['first', 'second']);
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses a database URL it does not know', async () => {
    await expect(openStore('mysql://localhost/nb')).rejects.toThrow(/DATABASE_URL/);
  });
});
