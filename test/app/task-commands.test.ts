import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDismissTask } from '../../src/app/dismiss-task.ts';
import { makeIngestNotice } from '../../src/app/ingest-notice.ts';
import { makeMarkDone } from '../../src/app/mark-done.ts';
import type { Store, TaskChange } from '../../src/app/ports.ts';
import { makeRecordSignoff } from '../../src/app/record-signoff.ts';
import { makeScheduleTask } from '../../src/app/schedule-task.ts';
import { makeSnoozeTask } from '../../src/app/snooze-task.ts';
import { makeAssignTask, makeTakeOwnership } from '../../src/app/take-ownership.ts';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { aNotice, aRouting, anExtraction, TEAM_ROLES } from '../builders/index.ts';
import { storeEngines } from '../adapters/store/engines.ts';

const window = { start: new Date('2024-07-01T22:00:00Z'), end: new Date('2024-07-01T23:00:00Z') };

describe.each(storeEngines())('task commands on the $name store', (engine) => {
  if (engine.missing) {
    console.warn(`skipping ${engine.name} task command tests: ${engine.missing}`);
    it.skip(`needs ${engine.missing}`, () => {});
    return;
  }
  let store: Store;
  let clock: ManualClock;
  let taskId: number;
  let changes: TaskChange[];
  const commands = () => {
    const deps = {
      store,
      clock,
      roles: (team: string) => (team === 'platform' ? TEAM_ROLES : undefined),
      groupMembers: async (id: string) => (id === 'S_OPS' ? ['U_OPS'] : []),
      onTaskChange: async (_tx: unknown, change: TaskChange) => void changes.push(change),
    };
    return {
      take: makeTakeOwnership(deps),
      assign: makeAssignTask(deps),
      schedule: makeScheduleTask(deps),
      sign: makeRecordSignoff(deps),
      dismiss: makeDismissTask(deps),
      snooze: makeSnoozeTask(deps),
      done: makeMarkDone(deps),
    };
  };
  beforeAll(engine.start);
  afterAll(engine.stop);
  beforeEach(async () => {
    store = await engine.open();
    clock = new ManualClock('2024-06-01T10:00:00Z');
    changes = [];
    const sink = makeIngestNotice({ store, extract: () => anExtraction(), route: () => aRouting(), clock, log: silentLogger });
    taskId = (await sink.ingest(aNotice())).taskId ?? 0;
  });

  it('makes a changed task due for the reminder scheduler at the instant of the change', async () => {
    const created = await store.tasks.get(taskId);
    await store.reminders.setNextDue(taskId, new Date('2024-07-01T00:00:00Z'), created?.updatedAt ?? new Date(0));
    expect(await store.reminders.due(new Date('2024-06-30T00:00:00Z'), 10)).toEqual([]);
    clock.advance(5 * 60_000);
    const taken = await commands().take({ taskId, user: 'U_SRE1' });
    expect(taken).toMatchObject({ ok: true, task: { updatedAt: clock.now(), nextReminderAt: clock.now() } });
    expect(await store.tasks.get(taskId)).toMatchObject({ updatedAt: clock.now(), nextReminderAt: clock.now() });
    expect((await store.reminders.due(clock.now(), 10)).map((c) => c.task.id)).toEqual([taskId]);
    expect(changes.map((c) => c.task.nextReminderAt)).toEqual([clock.now()]);
  });

  it('takes a task from open to done, one audit event per step, each with who and when', async () => {
    const c = commands();
    await c.take({ taskId, user: 'U_SRE1' });
    clock.advance(60_000);
    await c.schedule({ taskId, user: 'U_SRE1', window });
    await c.sign({ taskId, user: 'U_SRE1' });
    await c.sign({ taskId, user: 'U_SEC' });
    const done = await c.done({ taskId, user: 'U_SRE1' });
    expect(done).toMatchObject({ ok: true, task: { state: 'done', owner: 'U_SRE1', window } });
    const audit = await store.audit.listByTask(taskId);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['task-created', 'noticeboard'],
      ['owner-taken', 'U_SRE1'],
      ['scheduled', 'U_SRE1'],
      ['signed', 'U_SRE1'],
      ['approved', 'U_SEC'],
      ['done', 'U_SRE1'],
    ]);
    expect(audit[2]).toMatchObject({ before: { state: 'acknowledged', window: null }, after: { state: 'scheduled' }, at: clock.now() });
    expect((await store.tasks.get(taskId))?.signOffs.map((s) => s.role)).toEqual(['sre', 'security']);
    expect(changes.map((c) => c.action)).toEqual(['owner-taken', 'scheduled', 'signed', 'approved', 'done']);
  });

  it('refuses with a code and writes nothing', async () => {
    const c = commands();
    expect(await c.sign({ taskId, user: 'U_SEC' })).toMatchObject({ ok: false, code: 'nothing-to-sign' });
    expect(await c.done({ taskId, user: 'U_SEC' })).toMatchObject({ ok: false, code: 'invalid-transition' });
    expect(await c.take({ taskId: 9_999, user: 'U_SEC' })).toMatchObject({ ok: false, code: 'not-found' });
    await c.schedule({ taskId, user: 'U_SRE1', window });
    expect(await c.sign({ taskId, user: 'U_STRANGER' })).toMatchObject({ ok: false, code: 'not-a-signer' });
    await c.sign({ taskId, user: 'U_SRE1' });
    expect(await c.sign({ taskId, user: 'U_SRE2' })).toMatchObject({ ok: false, code: 'role-taken' });
    expect((await store.audit.listByTask(taskId)).map((e) => e.action)).toEqual(['task-created', 'scheduled', 'signed']);
  });

  it('lets a member of a user group sign for the role the group holds', async () => {
    const c = commands();
    await c.schedule({ taskId, user: 'U_SRE1', window });
    expect(await c.sign({ taskId, user: 'U_OPS' })).toMatchObject({ ok: true, task: { signOffs: [{ role: 'sre', user: 'U_OPS' }] } });
  });

  it('dismisses only once every role signed the reason', async () => {
    const c = commands();
    expect(await c.dismiss({ taskId, user: 'U_SEC', reason: '' })).toMatchObject({ ok: false, code: 'reason-required' });
    expect(await c.dismiss({ taskId, user: 'U_SEC', reason: 'no RDS in this account' })).toMatchObject({
      ok: true,
      task: { state: 'open', dismissReason: 'no RDS in this account' },
    });
    expect(await c.sign({ taskId, user: 'U_SRE2' })).toMatchObject({ ok: true, task: { state: 'dismissed' } });
    expect((await store.tasks.get(taskId))?.signOffs.map((s) => [s.role, s.intent])).toEqual([
      ['security', 'dismiss'],
      ['sre', 'dismiss'],
    ]);
  });

  it('replaces plan sign-offs when the plan changes, so the role can be signed again', async () => {
    const c = commands();
    await c.schedule({ taskId, user: 'U_SRE1', window });
    await c.sign({ taskId, user: 'U_SRE1' });
    await c.schedule({ taskId, user: 'U_SRE1', window: { ...window, end: new Date('2024-07-02T00:00:00Z') } });
    expect(await c.sign({ taskId, user: 'U_SRE2' })).toMatchObject({ ok: true, task: { signOffs: [{ role: 'sre', user: 'U_SRE2' }] } });
  });

  it('snoozes up to the bound it is given', async () => {
    const c = commands();
    const maxUntil = new Date('2024-06-08T10:00:00Z');
    expect(await c.snooze({ taskId, user: 'U_SRE1', until: new Date('2024-06-09T00:00:00Z'), maxUntil })).toMatchObject({
      ok: false,
      code: 'snooze-too-long',
    });
    expect(await c.snooze({ taskId, user: 'U_SRE1', until: maxUntil, maxUntil })).toMatchObject({ ok: true });
    expect((await store.tasks.get(taskId))?.snoozedUntil).toEqual(maxUntil);
  });

  it('assigns an owner on someone else’s behalf, audited as the assigner', async () => {
    const c = commands();
    await c.assign({ taskId, assignee: 'U_SRE2', by: 'U_BOSS' });
    const [, assigned] = await store.audit.listByTask(taskId);
    expect(assigned).toMatchObject({ action: 'assigned', actor: 'U_BOSS', after: { owner: 'U_SRE2', state: 'acknowledged' } });
  });
});
