import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Libsql from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/adapters/store/sqlite.ts';
import { START, TASKS, runTicks, seed } from './reminder-kill-rig.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'noticeboard-kill-'));
const killed = join(dir, 'killed.db');
const reference = join(dir, 'reference.db');

interface Run {
  /** The last tick the process began. */
  lastTick: string;
  ticksBegun: number;
  writes: number;
  finished: boolean;
}

/**
 * Runs the ticks from `from` in a child process; SIGKILLs it once it has committed `killAfter` steps,
 * or lets it kill itself inside a write (`crash`, see crashingStore).
 */
function runChild(from: string, killAfter: number | null, crash = '-'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/run-ts.js', 'test/app/ports-contract/reminder-tick-child.ts', `file:${killed}`, from, crash], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { lastTick: from, ticksBegun: 0, writes: 0, finished: false };
    let stderr = '';
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'w') run.writes += 1;
        else if (line === 'done') run.finished = true;
        else if (line.startsWith('tick ')) [run.lastTick, run.ticksBegun] = [line.slice(5), run.ticksBegun + 1];
      }
      if (killAfter !== null && run.writes >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve(run);
      else reject(new Error(`reminder ticks exited with ${code}: ${stderr}`));
    });
  });
}

const rows = (path: string, sql: string): unknown[] => {
  const db = new Libsql(path);
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

const RECORDS = 'select task_id, deadline_version, step_id, outcome, due_at, recorded_at from reminders_sent order by task_id, deadline_version, step_id';
const OUTBOX = 'select task_id, method, channel, anchor, args_json, dedupe_key, status, created_at from outbox order by dedupe_key';
const TASK_STATE = 'select id, next_reminder_at, updated_at from tasks order by id';

describe('a reminder process killed in the middle of its ticks', () => {
  const runs: Run[] = [];
  beforeAll(async () => {
    for (const path of [killed, reference]) {
      const store = await openSqliteStore(`file:${path}`);
      await seed(store);
      await store.close();
    }
    // Killed inside a write with its step records written, inside one with its messages queued too,
    // and from outside at some point; resumed each time from the tick it was in, then left to finish.
    const first = new Date(START).toISOString();
    runs.push(await runChild(first, null, '60:records'));
    runs.push(await runChild(runs[0]?.lastTick ?? first, null, '150:outbox'));
    runs.push(await runChild(runs[1]?.lastTick ?? first, 250));
    runs.push(await runChild(runs[2]?.lastTick ?? first, null));
    const store = await openSqliteStore(`file:${reference}`);
    await runTicks(store, START);
    await store.close();
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('was killed three times, the first in the middle of the first tick, and finished on the fourth run', () => {
    expect(runs.map((r) => r.finished)).toEqual([false, false, false, true]);
    expect(runs.slice(0, 2).map((r) => r.writes)).toEqual([59, 149]);
    // Every task is due at the first tick: sixty steps in, it had not begun the second.
    expect(runs[0]?.ticksBegun).toBe(1);
    expect(TASKS).toBeGreaterThan(60);
  });

  it('leaves an intact database', () => {
    expect(rows(killed, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(rows(killed, 'pragma foreign_key_check')).toEqual([]);
  });

  it('records every step once, exactly as a run never killed does', () => {
    const records = rows(killed, RECORDS);
    expect(records.length).toBeGreaterThan(TASKS * 3);
    expect(records).toEqual(rows(reference, RECORDS));
  });

  it('queues each step’s messages once, none missing, exactly as a run never killed does', () => {
    const outbox = rows(killed, OUTBOX);
    expect(outbox).toEqual(rows(reference, OUTBOX));
    // Every step sent has its messages, and every message has its step (keys end in `:message.row`).
    const sent = new Set(
      (rows(killed, "select task_id, deadline_version, step_id from reminders_sent where outcome = 'sent'") as Record<string, unknown>[]).map(
        (r) => `reminder:${r.task_id}:${r.deadline_version}:${r.step_id}`,
      ),
    );
    const keys = (outbox as { dedupe_key: string }[]).map((r) => r.dedupe_key.slice(0, r.dedupe_key.lastIndexOf(':')));
    expect(new Set(keys)).toEqual(sent);
    expect(new Set((outbox as { dedupe_key: string }[]).map((r) => r.dedupe_key)).size).toBe(outbox.length);
  });

  it('plans every task as a run never killed does', () => {
    expect(rows(killed, TASK_STATE)).toEqual(rows(reference, TASK_STATE));
  });
});
