import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Libsql from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/adapters/store/sqlite.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'noticeboard-crash-'));
const path = join(dir, 'noticeboard.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the ingest loop until it has committed `count` notices, then SIGKILLs it; resolves with that count. */
function ingestThenKill(run: number, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/run-ts.js', 'test/adapters/store/ingest-loop.ts', `file:${path}`, String(run)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let committed = 0;
    let stderr = '';
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      committed += lines.length;
      if (committed >= count && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`ingest loop exited with ${code}: ${stderr}`));
    });
  });
}

const scalar = (db: InstanceType<typeof Libsql>, sql: string): unknown => Object.values((db.prepare(sql).get() ?? {}) as object)[0];

describe('a process killed in the middle of ingesting', () => {
  it('leaves every committed notice and no half-written one', { timeout: 120_000 }, async () => {
    let committed = 0;
    for (const [run, count] of [[1, 40], [2, 25]] as const) {
      committed += await ingestThenKill(run, count);
      // Reopening recovers the WAL and must find the schema current.
      const store = await openSqliteStore(`file:${path}`);
      await store.close();
    }

    const db = new Libsql(path);
    try {
      expect(scalar(db, 'pragma integrity_check')).toBe('ok');
      expect(db.prepare('pragma foreign_key_check').all()).toEqual([]);
      expect(scalar(db, 'select count(*) from notices')).toBeGreaterThanOrEqual(committed);
      expect(scalar(db, "select count(*) from notices where disposition = 'track' and task_id is null")).toBe(0);
      expect(scalar(db, 'select count(*) from notices n where not exists (select 1 from task_notices l where l.notice_id = n.id)')).toBe(0);
      expect(
        scalar(db, 'select count(*) from tasks t where t.notice_count <> (select count(*) from task_notices l where l.task_id = t.id)'),
      ).toBe(0);
      expect(scalar(db, 'select count(*) from tasks t where t.notice_count = 0')).toBe(0);
      expect(
        scalar(db, 'select count(*) from tasks t where t.deadline_version - 1 <> (select count(*) from deadline_history h where h.task_id = t.id)'),
      ).toBe(0);
      expect(
        scalar(db, "select count(*) from tasks t where not exists (select 1 from audit_events a where a.task_id = t.id and a.action = 'task-created')"),
      ).toBe(0);
      // Each obligation got up to three notices (new, re-send, deadline move), all on one task.
      expect(scalar(db, "select count(*) from (select resources_json from tasks group by resources_json having count(*) > 1)")).toBe(0);
      expect(scalar(db, 'select max(notice_count) from tasks')).toBe(3);
    } finally {
      db.close();
    }
  });
});
