import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderChange, StepRecord } from '../../../src/app/ports.ts';
import type { ReminderAudience, ReminderMessage } from '../../../src/domain/reminder-message.ts';
import type { Task } from '../../../src/domain/task.ts';
import { reminderSubjects, type ReminderSubject } from './reminder-subjects.ts';
import { skipped } from './subjects.ts';

const T = new Date('2024-06-01T10:00:00Z');
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);
const created = (minutes: number): Partial<Task> => ({ createdAt: at(minutes), updatedAt: at(minutes) });

const message = (task: Task, stepId: string, audience: Partial<ReminderAudience>): ReminderMessage => ({
  taskId: task.id,
  stepId,
  deadlineVersion: task.deadlineVersion,
  loudness: 'thread',
  audience: { mention: [], here: false, ...audience },
  text: `${stepId} of task ${task.id}`,
});

/** The first step is sent (posted in the task's thread), the others skipped. */
function change(task: Task, steps: string[], over: Partial<ReminderChange> = {}): ReminderChange {
  const records = steps.map(
    (stepId, i): StepRecord => ({ stepId, deadlineVersion: task.deadlineVersion, outcome: i === 0 ? 'sent' : 'skipped', dueAt: at(-i), recordedAt: T }),
  );
  const messages = steps[0] ? [message(task, steps[0], { channel: 'C0PLATFORM', thread: true })] : [];
  return { taskId: task.id, at: T, expectedUpdatedAt: task.updatedAt, records, messages, nextDueAt: at(60), ...over };
}

describe.each(reminderSubjects())('reminder store port: $name', (subject) => {
  if (skipped(subject)) return;
  let s: ReminderSubject;
  beforeAll(subject.start);
  afterAll(subject.stop);
  const fresh = async () => (s = await subject.open());

  it('hands out tasks due by now, earliest first, at most limit; a new task is due at its creation', async () => {
    await fresh();
    const second = await s.add(created(-60));
    const first = await s.add(created(-120));
    await s.add({ ...created(-180) }, null);
    await s.add(created(0.001));
    const due = await s.reminders.dueTasks(T, 10);
    expect(due).toEqual([
      { task: first, recorded: [] },
      { task: second, recorded: [] },
    ]);
    expect((await s.reminders.dueTasks(T, 1)).map((c) => c.task.id)).toEqual([first.id]);
    expect(await s.reminders.dueTasks(new Date(at(-120).getTime() - 1), 10)).toEqual([]);
    due[0]?.task.resources.push('mutated');
    expect((await s.reminders.dueTasks(T, 1))[0]?.task).toEqual(first);
  });

  it('records the steps, queues the messages and sets the next due instant in one write', async () => {
    await fresh();
    const task = await s.add(created(-60));
    const messages = [
      message(task, 'd-7', { channel: 'C0PLATFORM', thread: true }),
      message(task, 'd-7', { channel: 'C0PLATFORM', mention: ['U0ALICE'] }),
      message(task, 'd-7', { dm: 'U0BOB' }),
    ];
    const written = change(task, ['d-7', 'd-14'], { messages });
    expect(await s.reminders.recordAndQueue(written)).toBe('recorded');
    expect(await s.records(task.id)).toEqual(written.records);
    expect(await s.nextDue(task.id)).toEqual(at(60));
    expect(await s.queued()).toEqual([
      { taskId: task.id, to: 'thread C0PLATFORM', text: `d-7 of task ${task.id}`, at: T },
      { taskId: task.id, to: 'channel C0PLATFORM', text: `d-7 of task ${task.id}`, at: T },
      { taskId: task.id, to: 'dm U0BOB', text: `d-7 of task ${task.id}`, at: T },
    ]);
    expect(await s.reminders.dueTasks(at(59), 10)).toEqual([]);
    expect(await s.reminders.dueTasks(at(60), 10)).toEqual([{ task: { ...task, nextReminderAt: at(60) }, recorded: ['d-7', 'd-14'] }]);
  });

  it('writes nothing for a task that changed after it was read', async () => {
    await fresh();
    const task = await s.add(created(-60));
    await s.change(task.id, at(-1), { owner: 'U0ALICE', state: 'acknowledged' });
    expect(await s.reminders.recordAndQueue(change(task, ['d-7']))).toBe('stale');
    expect(await s.reminders.reschedule(task.id, at(60), task.updatedAt)).toBe('stale');
    expect([await s.records(task.id), await s.queued(), await s.nextDue(task.id)]).toEqual([[], [], at(-1)]);
  });

  it('writes nothing, not even the next due instant, when a step is recorded already', async () => {
    await fresh();
    const task = await s.add(created(-60));
    const first = change(task, ['d-7']);
    await s.reminders.recordAndQueue(first);
    expect(await s.reminders.recordAndQueue(change(task, ['d-3', 'd-7'], { nextDueAt: at(5) }))).toBe('duplicate');
    expect(await s.reminders.recordAndQueue(change(task, ['d-2', 'd-2'], { nextDueAt: at(5) }))).toBe('duplicate');
    expect(await s.records(task.id)).toEqual(first.records);
    expect(await s.queued()).toHaveLength(1);
    expect(await s.nextDue(task.id)).toEqual(at(60));
  });

  it('does not count planning as a change of the task', async () => {
    await fresh();
    const task = await s.add(created(-60));
    expect(await s.reminders.reschedule(task.id, at(-30), task.updatedAt)).toBe('recorded');
    expect(await s.reminders.recordAndQueue(change(task, ['d-7']))).toBe('recorded');
    expect(await s.reminders.recordAndQueue(change(task, ['d-3'], { nextDueAt: at(120) }))).toBe('recorded');
    expect((await s.reminders.dueTasks(at(120), 10)).map((c) => [c.task.updatedAt, c.recorded])).toEqual([[task.updatedAt, ['d-7', 'd-3']]]);
  });

  it('reschedules, and a task with no next due instant is never due', async () => {
    await fresh();
    const task = await s.add(created(-60));
    expect(await s.reminders.reschedule(task.id, at(30), task.updatedAt)).toBe('recorded');
    expect([await s.nextDue(task.id), await s.reminders.dueTasks(T, 10)]).toEqual([at(30), []]);
    expect(await s.reminders.reschedule(task.id, null, task.updatedAt)).toBe('recorded');
    expect(await s.reminders.dueTasks(new Date('2100-01-01T00:00:00Z'), 10)).toEqual([]);
    const changed = await s.change(task.id, at(1), { state: 'done' });
    expect((await s.reminders.dueTasks(at(1), 10)).map((c) => c.task)).toEqual([changed]);
  });

  it('starts a new deadline version with no recorded steps, keeping the old records', async () => {
    await fresh();
    const task = await s.add(created(-60));
    const v1 = change(task, ['d-7']);
    await s.reminders.recordAndQueue(v1);
    const moved = await s.change(task.id, at(1), { deadline: { ...task.deadline!, at: new Date('2024-09-30T00:00:00Z') }, deadlineVersion: 2, deadlineSetAt: at(1) });
    expect(await s.reminders.dueTasks(at(1), 10)).toEqual([{ task: moved, recorded: [] }]);
    const v2 = change(moved, ['d-7'], { at: at(1) });
    expect(await s.reminders.recordAndQueue(v2)).toBe('recorded');
    expect(await s.records(task.id)).toEqual([...v1.records, ...v2.records]);
  });

  it('lets exactly one of two schedulers racing on the same step record it', async () => {
    await fresh();
    const tasks = await Promise.all(Array.from({ length: 8 }, (_, i) => s.add({ ...created(-60 - i), title: `Task ${i}` })));
    const other = await s.second();
    const results = await Promise.all(tasks.flatMap((task) => [s.reminders, other].map((r) => r.recordAndQueue(change(task, ['d-7', 'd-14'])))));
    expect(results.filter((r) => r === 'recorded')).toHaveLength(tasks.length);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(tasks.length);
    expect((await s.queued()).map((q) => q.taskId).sort((a, b) => a - b)).toEqual(tasks.map((t) => t.id).sort((a, b) => a - b));
    for (const task of tasks) expect(await s.records(task.id)).toHaveLength(2);
  });
});
