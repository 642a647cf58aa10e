import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/adapters/store/sqlite.ts';
import type { NewOutboxRow, Store } from '../../../src/app/ports.ts';
import { MemoryReminderStore } from '../../../src/app/reminder-store-memory.ts';
import { makeReminderStore, reminderRows, type ReminderRows } from '../../../src/app/reminder-store.ts';
import type { Loudness } from '../../../src/domain/policy.ts';
import type { Task } from '../../../src/domain/task.ts';
import { DAY, MIN } from '../../builders/reminder-builders.ts';
import { START, memoryWalkStore, randomTasks, sendsOf, walkOn, type Send, type WalkStore } from '../reminder-walk.ts';

/** Two months, minute by minute, for twenty tasks, with the scheduler down for two days in the middle. */
const END = START + 61 * DAY;
const SCENARIO = randomTasks(1, 60, 20240214)
  .filter(({ task }) => task.createdAt.getTime() < END - 7 * DAY)
  .slice(0, 20);
const OUTAGE = { from: START + 30 * DAY + 7 * 60 * MIN, until: START + 32 * DAY + 9 * 60 * MIN };

/** The plain rows, tagged with the step they belong to so the walk can read its sends back. */
const tagged: ReminderRows = (message, task, team) =>
  reminderRows(message, task, team).map((row) => ({ ...row, args: { ...row.args, step: `${message.deadlineVersion}|${message.stepId}|${message.loudness}` } }));

/** The walk's tasks in a SQLite store; the store gives them its own ids. */
function sqliteWalkStore(store: Store) {
  const ids = new Map<number, number>();
  const id = (walkId: number): number => ids.get(walkId) ?? Number.NaN;
  const change = (walkId: number, edit: (task: Task) => Task) =>
    store.transaction(async (tx) => {
      const task = await tx.tasks.get(id(walkId));
      if (!task) throw new Error(`no task ${walkId}`);
      await tx.tasks.update(edit(task));
    });
  const walkStore: WalkStore = {
    reminders: makeReminderStore(store, { rowsFor: tagged }),
    put: async ({ id: walkId, signOffs: _s, ...task }: Task) => {
      ids.set(walkId, (await store.tasks.insert({ ...task, nextReminderAt: task.createdAt })).id);
    },
    // As a use case changes a task: updatedAt and the next due instant are the instant of the change.
    update: (walkId, at, patch) => change(walkId, (t) => ({ ...t, ...patch, updatedAt: at, nextReminderAt: at })),
    moveDeadline: (walkId, at, deadline) =>
      change(walkId, (t) => ({
        ...t,
        deadline: { ...(t.deadline ?? { role: 'deadline', precision: 'minute', text: '' }), at: deadline },
        deadlineVersion: t.deadlineVersion + 1,
        deadlineSetAt: at,
        updatedAt: at,
        nextReminderAt: at,
      })),
  };
  return { walkStore, id };
}

const bySendKey = (a: Send, b: Send) => a.taskId - b.taskId || a.at - b.at || a.stepId.localeCompare(b.stepId);

describe('the reminder walk against SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'noticeboard-walk-'));
  let store: Store;
  let id: (walkId: number) => number;
  const twin = new MemoryReminderStore();
  beforeAll(async () => {
    store = await openSqliteStore(`file:${join(dir, 'walk.db')}`);
    const sqlite = sqliteWalkStore(store);
    id = sqlite.id;
    await walkOn(memoryWalkStore(twin), SCENARIO, { end: END, outages: [OUTAGE] });
    await walkOn(sqlite.walkStore, SCENARIO, { end: END, outages: [OUTAGE] });
  }, 300_000);
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const outboxOf = (walkId: number) => store.outbox.listByTask(id(walkId));

  it('sends the same steps, at the same minutes, as against the memory twin', async () => {
    const expected = sendsOf(twin).sort(bySendKey);
    const actual: Send[] = [];
    for (const { task } of SCENARIO) {
      const steps = new Map<string, Send>();
      for (const row of await outboxOf(task.id)) {
        const [version = '', stepId = '', loudness = ''] = String(row.args.step).split('|');
        const send = { taskId: task.id, version: Number(version), stepId, loudness: loudness as Loudness, at: row.createdAt.getTime() };
        const prior = steps.get(`${version}|${stepId}`);
        if (prior && prior.at !== send.at) throw new Error(`step ${version}|${stepId} of task ${task.id} queued twice`);
        steps.set(`${version}|${stepId}`, send);
      }
      actual.push(...steps.values());
    }
    expect(SCENARIO).toHaveLength(20);
    expect(expected.length).toBeGreaterThan(40);
    expect(actual.sort(bySendKey)).toEqual(expected);
  });

  it('queues the very messages the twin queued, and records the same steps', async () => {
    for (const { task } of SCENARIO) {
      const twinRows = twin.outbox
        .filter((q) => q.message.taskId === task.id)
        .flatMap((q) => tagged(q.message, task, undefined).map((row): [NewOutboxRow, number] => [row, q.queuedAt.getTime()]));
      const rows = await outboxOf(task.id);
      const shape = ([r, at]: [NewOutboxRow, number]) => [r.channel, r.anchor ?? null, r.args, at];
      expect(rows.map((r) => shape([r, r.createdAt.getTime()])), `task ${task.id}`).toEqual(twinRows.map(shape));
      const records = (await store.reminders.listByTask(id(task.id))).map(({ taskId: _t, ...r }) => r);
      expect(records, `task ${task.id}`).toEqual(twin.records(task.id));
    }
  });
});
