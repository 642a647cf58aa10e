import { describe, expect, it } from 'vitest';
import { createReminderTick, previewReminders, type ReminderPolicy } from '../../src/app/send-reminders.ts';
import { MemoryReminderStore } from '../../src/app/reminder-store-memory.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { defaultLadder } from '../../src/domain/ladder.ts';
import type { Team } from '../../src/domain/policy.ts';
import type { Logger, ReminderStore } from '../../src/app/ports.ts';
import { DAY, DEADLINE, aTask, aTeam } from '../builders/reminder-builders.ts';

const d = (days: number, extraMs = 0) => new Date(DEADLINE.getTime() + days * DAY + extraMs);

function policyOf(teams: Team[] = [aTeam()]): ReminderPolicy {
  const ladders = new Map([['default', defaultLadder()]]);
  const byId = new Map(teams.map((t) => [t.id, t]));
  return { ladder: (id) => ladders.get(id), team: (id) => byId.get(id) };
}

function recordingLogger() {
  const lines: { level: string; obj: object; msg: string }[] = [];
  const at = (level: string) => (obj: object, msg: string) => void lines.push({ level, obj, msg });
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => log };
  return { log, lines };
}

describe('a reminder tick', () => {
  it('queues the due step with its record and moves the task to its next step, in one write', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask(), d(-7));
    const tick = createReminderTick({ store, policy: policyOf(), log: silentLogger });

    const report = await tick(d(-7));

    expect(report).toMatchObject({ tasks: 1, sent: 1, skipped: 3, messages: 1 });
    expect(store.outbox.map((q) => [q.message.stepId, q.message.loudness, q.queuedAt])).toEqual([['d-7', 'channel', d(-7)]]);
    expect(store.records(1).map((r) => [r.stepId, r.outcome])).toEqual([
      ['d-7', 'sent'], ['d-60', 'skipped'], ['d-30', 'skipped'], ['d-14', 'skipped'],
    ]);
    expect(store.nextDue(1)).toEqual(d(-3));
  });

  it('touches only tasks that are due', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask({ id: 1 }), d(-3));
    store.put(aTask({ id: 2 }), d(-3, 1));
    store.put(aTask({ id: 3, state: 'done' }), null);
    const report = await createReminderTick({ store, policy: policyOf(), log: silentLogger })(d(-3));
    expect(report.tasks).toBe(1);
    expect(store.nextDue(2)).toEqual(d(-3, 1));
  });

  it('never sends a step twice, however often it ticks', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask(), d(-60));
    const tick = createReminderTick({ store, policy: policyOf(), log: silentLogger });
    for (let i = 0; i < 5; i++) await tick(d(-60));
    await tick(d(-59));
    expect(store.outbox.map((q) => q.message.stepId)).toEqual(['d-60']);
  });

  it('sends nothing again when the clock jumps back a day', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask(), d(-3));
    const tick = createReminderTick({ store, policy: policyOf(), log: silentLogger });
    await tick(d(-3));
    const back = await tick(d(-4));
    await tick(d(-3, 60_000));
    expect([back.tasks, store.outbox.map((q) => q.message.stepId)]).toEqual([0, ['d-3']]);
  });

  it('writes nothing for a task that changed after it was read, and plans it again next time', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask(), d(-7));
    const racing: ReminderStore = {
      dueTasks: (now, limit) => store.dueTasks(now, limit),
      recordAndQueue: (change) => {
        store.update(1, d(-7), { state: 'done' });
        return store.recordAndQueue(change);
      },
      reschedule: (...args) => store.reschedule(...args),
    };
    const first = await createReminderTick({ store: racing, policy: policyOf(), log: silentLogger })(d(-7));
    expect([first.stale, store.outbox.length]).toEqual([1, 0]);
    const second = await createReminderTick({ store, policy: policyOf(), log: silentLogger })(d(-7, 60_000));
    expect([second.rescheduled, store.outbox.length, store.nextDue(1)]).toEqual([1, 0, null]);
  });

  it('lets only one of two schedulers record a step they both planned', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask(), d(-7));
    const a = createReminderTick({ store, policy: policyOf(), log: silentLogger });
    const b = createReminderTick({ store, policy: policyOf(), log: silentLogger });
    const reports = await Promise.all([a(d(-7)), b(d(-7))]);
    expect(reports.map((r) => r.sent + r.duplicate)).toEqual([1, 1]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(store.outbox).toHaveLength(1);
  });

  it('contains a failing task, logs it, retries it later, and carries on with the others', async () => {
    const store = new MemoryReminderStore();
    const broken = aTeam({ id: 'broken', timeZone: 'Mars/Olympus' });
    store.put(aTask({ id: 1, team: 'broken' }), d(-7));
    store.put(aTask({ id: 2 }), d(-7));
    const { log, lines } = recordingLogger();
    const report = await createReminderTick({ store, policy: policyOf([aTeam(), broken]), log, retryAfterMs: 300_000 })(d(-7));

    expect(report).toMatchObject({ tasks: 2, sent: 1, failed: 1 });
    expect(store.outbox.map((q) => q.message.taskId)).toEqual([2]);
    expect(store.nextDue(1)).toEqual(d(-7, 300_000));
    expect(lines.find((l) => l.level === 'error')).toMatchObject({ msg: 'reminder failed', obj: { taskId: 1 } });
  });

  it('escalates on the default ladder when the task names a ladder nobody defined', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask({ ladder: 'gone' }), d(-1));
    const { log, lines } = recordingLogger();
    await createReminderTick({ store, policy: policyOf(), log })(d(-1));
    expect(store.outbox.map((q) => q.message.stepId)).toEqual(['d-1']);
    expect(lines.some((l) => l.msg === 'unknown ladder, using a fallback')).toBe(true);
  });

  it('works through more due tasks than one batch holds', async () => {
    const store = new MemoryReminderStore();
    for (let id = 1; id <= 25; id++) store.put(aTask({ id }), d(-3));
    const report = await createReminderTick({ store, policy: policyOf(), log: silentLogger, batchSize: 10 })(d(-3));
    expect([report.sent, store.outbox.length]).toEqual([25, 25 * 1]);
  });
});

describe('previewReminders', () => {
  it('shows what would go out without recording or queueing anything', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask({ id: 1 }), d(-7));
    store.put(aTask({ id: 2, state: 'dismissed' }), d(-7));
    const { planned, failures } = await previewReminders({ store, policy: policyOf() }, d(-2));
    expect(failures).toEqual([]);
    expect(planned.map((p) => [p.task.id, p.plan.send?.stepId, p.messages.length])).toEqual([[1, 'd-2', 1]]);
    expect([store.outbox.length, store.records(1), store.nextDue(1)]).toEqual([0, [], d(-7)]);
  });
});
