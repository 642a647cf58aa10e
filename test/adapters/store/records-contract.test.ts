import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import { aNewTask } from '../../builders/index.ts';
import { storeEngines } from './engines.ts';

const at = new Date('2024-06-01T10:00:00Z');
const later = (minutes: number): Date => new Date(at.getTime() + minutes * 60_000);

describe.each(storeEngines())('$name store: audit, reminder records, outbox', (engine) => {
  if (engine.missing) {
    console.warn(`skipping ${engine.name} store tests: ${engine.missing}`);
    it.skip(`needs ${engine.missing}`, () => {});
    return;
  }
  let store: Store;
  beforeAll(engine.start);
  afterAll(engine.stop);
  const fresh = async (): Promise<Store> => (store = await engine.open());

  it('appends audit events and lists them in order', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    const first = { taskId: task.id, actor: 'U_SRE1', action: 'owner-taken', before: { owner: null }, after: { owner: 'U_SRE1' }, at };
    const second = { taskId: task.id, actor: 'noticeboard', action: 'notice-merged', before: null, after: { noticeId: 3 }, at: later(1) };
    const ids = [await store.audit.append(first), await store.audit.append(second)];
    expect(await store.audit.listByTask(task.id)).toEqual([
      { ...first, id: ids[0] },
      { ...second, id: ids[1] },
    ]);
  });

  const step = (stepId: string, deadlineVersion = 1, outcome: 'sent' | 'skipped' = 'sent') => ({
    stepId,
    deadlineVersion,
    outcome,
    dueAt: later(-60),
    recordedAt: at,
  });

  it('records reminder steps all or none, each once per deadline version', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    expect(await store.reminders.record(task.id, [step('d-7'), step('d-14', 1, 'skipped')])).toBe(true);
    expect(await store.reminders.record(task.id, [step('d-3'), step('d-7')])).toBe(false);
    expect(await store.reminders.record(task.id, [step('d-2'), step('d-2')])).toBe(false);
    expect(await store.reminders.record(task.id, [step('d-7', 2)])).toBe(true);
    expect(await store.reminders.listByTask(task.id)).toEqual([
      { taskId: task.id, ...step('d-7') },
      { taskId: task.id, ...step('d-14', 1, 'skipped') },
      { taskId: task.id, ...step('d-7', 2) },
    ]);
  });

  it('hands out due tasks earliest first, with the steps recorded for their current deadline version', async () => {
    await fresh();
    const late = await store.tasks.insert(aNewTask({ fingerprint: 'l', nextReminderAt: at }));
    const soon = await store.tasks.insert(aNewTask({ fingerprint: 's', nextReminderAt: later(-1), deadlineVersion: 2 }));
    await store.tasks.insert(aNewTask({ fingerprint: 'f', nextReminderAt: new Date(at.getTime() + 1) }));
    await store.tasks.insert(aNewTask({ fingerprint: 'n', nextReminderAt: null }));
    await store.reminders.record(soon.id, [step('d-30'), step('d-7', 2), step('d-3', 2, 'skipped')]);
    const due = await store.reminders.due(at, 10);
    expect(due.map((c) => [c.task.id, c.recorded])).toEqual([[soon.id, ['d-7', 'd-3']], [late.id, []]]);
    expect(due[0]?.task).toEqual({ ...soon, signOffs: [] });
    expect((await store.reminders.due(at, 1)).map((c) => c.task.id)).toEqual([soon.id]);
  });

  it('sets the next due instant only while the task is unchanged, leaving updatedAt alone', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    expect(await store.reminders.setNextDue(task.id, later(60), later(1))).toBe(false);
    expect(await store.reminders.setNextDue(task.id + 1000, later(60), task.updatedAt)).toBe(false);
    expect(await store.reminders.setNextDue(task.id, later(60), task.updatedAt)).toBe(true);
    expect(await store.tasks.get(task.id)).toEqual({ ...task, nextReminderAt: later(60) });
    expect(await store.reminders.setNextDue(task.id, null, task.updatedAt)).toBe(true);
    expect((await store.reminders.due(later(10_000), 10)).map((c) => c.task.id)).toEqual([]);
  });

  it('queues outbox rows with the change that caused them, or not at all', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    const row = { method: 'chat.postMessage' as const, channel: 'C1', args: { text: 'hi' }, taskId: task.id, dedupeKey: 'k1' };
    await expect(
      store.transaction(async (tx) => {
        await tx.outbox.enqueue([row], at);
        await tx.tasks.update({ ...task, state: 'done', updatedAt: at }, ['state', 'updatedAt']);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await store.outbox.listByTask(task.id)).toEqual([]);
    const ids = await store.transaction((tx) => tx.outbox.enqueue([row, { ...row, dedupeKey: null }], at));
    expect(await store.outbox.listByTask(task.id)).toMatchObject([{ id: ids[0], dedupeKey: 'k1' }, { id: ids[1], dedupeKey: null }]);
    expect(await store.outbox.get(ids[0] ?? 0)).toMatchObject({ status: 'pending', anchor: null, createdAt: at, nextAttemptAt: at });
  });
});
