import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeNotify, taskChangeRows } from '../../src/app/notify.ts';
import { makeTaskCommands } from '../../src/app/slack-commands.ts';
import { storeEngines } from '../adapters/store/engines.ts';
import type { TaskChange } from '../../src/app/ports.ts';
import { ACTION } from '../../src/domain/action-ids.ts';
import { aTask } from '../builders/task.ts';
import { textsOf } from '../adapters/slack/helpers.ts';
import { appHarness, fyiNotice, harnessRules, PEOPLE, rdsNotice, type AppHarness } from '../support/app-harness.ts';

const WINDOW = { start: new Date('2024-08-01T22:00:00Z'), end: new Date('2024-08-01T23:00:00Z') };

/** Every text of a row's message, blocks and fallback. */
const textOf = (args: Record<string, unknown>): string => [String(args.text ?? ''), ...textsOf(args.blocks).map((t) => t.text)].join('\n');

const actionIds = (args: Record<string, unknown>): string[] =>
  ((args.blocks as { type: string; elements?: { action_id: string }[] }[] | undefined) ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => e.action_id));

describe('notify: the outbox rows a change writes', () => {
  let h: AppHarness;
  beforeEach(() => {
    h = appHarness();
  });

  it('posts a new task once, with its buttons, in the channel its team routes to', async () => {
    const taskId = await h.ingestTask();
    expect(h.outbox.rows).toHaveLength(1);
    const [post] = h.outbox.rows;
    expect(post).toMatchObject({ method: 'chat.postMessage', channel: 'C0PLATFORM', taskId, anchor: 'task-post', dedupeKey: `task:${taskId}:post` });
    expect(actionIds(post!.args)).toEqual(expect.arrayContaining([ACTION.takeOwnership, ACTION.schedule, ACTION.notApplicable, ACTION.snooze, ACTION.done]));
  });

  it('routes a task to the team its resources belong to', async () => {
    await h.ingestTask(rdsNotice({ text: 'The instance arn:aws:rds:us-east-1:123456789012:db:orders uses a certificate that expires on August 22, 2024.' }));
    expect(h.outbox.rows.map((r) => r.channel)).toEqual(['C0DATA']);
  });

  it.each([
    ['take ownership', (id: number) => h.commands.takeOwnership({ taskId: id, user: PEOPLE.owner }), `<@${PEOPLE.owner}> took ownership`],
    ['schedule', (id: number) => h.commands.schedule({ taskId: id, user: PEOPLE.owner, window: WINDOW }), 'scheduled the work for'],
    ['not applicable', (id: number) => h.commands.dismiss({ taskId: id, user: PEOPLE.owner, reason: 'we have no RDS' }), 'marked this not applicable: “we have no RDS”'],
    ['snooze', (id: number) => h.commands.snooze({ taskId: id, user: PEOPLE.owner, until: new Date('2024-06-04T08:00:00Z'), maxUntil: new Date('2024-08-20T00:00:00Z') }), 'snoozed reminders for 1 day'],
    ['assign', (id: number) => h.commands.assign({ taskId: id, assignee: PEOPLE.opsGroupMember, by: PEOPLE.owner }), `assigned this to <@${PEOPLE.opsGroupMember}>`],
  ])('after %s: updates the post and tells the thread', async (_name, run, expected) => {
    const taskId = await h.ingestTask();
    const result = await run(taskId);
    expect(result.ok).toBe(true);
    const [update, ...thread] = h.outbox.rows.slice(1);
    expect(update).toMatchObject({ method: 'chat.update', taskId, anchor: 'task-update' });
    expect(thread.map((r) => r.anchor)).toEqual(thread.map(() => 'task-thread'));
    expect(thread.map((r) => String(r.args.text)).join('\n')).toContain(expected);
  });

  it('tells the thread each sign-off, and that the last one approved the plan; the post loses its Approve button', async () => {
    const taskId = await h.ingestTask();
    await h.commands.schedule({ taskId, user: PEOPLE.owner, window: WINDOW });
    const scheduled = h.outbox.rows.find((r) => r.method === 'chat.update');
    expect(actionIds(scheduled!.args)).toContain(ACTION.approve);
    await h.commands.signOff({ taskId, user: PEOPLE.owner });
    await h.commands.signOff({ taskId, user: PEOPLE.security });
    const threads = h.outbox.rows.filter((r) => r.anchor === 'task-thread').map((r) => String(r.args.text));
    expect(threads.slice(-2)).toEqual([
      `✍️ <@${PEOPLE.owner}> signed the plan as owner.`,
      `✍️ <@${PEOPLE.security}> signed the plan as security. All sign-offs are in: approved.`,
    ]);
    const last = h.outbox.rows.filter((r) => r.method === 'chat.update').at(-1)!;
    expect(actionIds(last.args)).not.toContain(ACTION.approve);
    expect(textOf(last.args)).toContain('Approved, work planned');
  });

  it('tells the thread when the provider re-sends the notice, and when it moves the deadline (old → new)', async () => {
    const taskId = await h.ingestTask();
    await h.ingest.ingest(rdsNotice({ receivedAt: new Date('2024-05-08T09:00:00Z') }));
    await h.ingest.ingest(
      rdsNotice({
        receivedAt: new Date('2024-05-15T09:00:00Z'),
        subject: '[Action Required] Update your Amazon RDS SSL/TLS certificates by September 5, 2024',
        text: 'Your database instances db-orders-1 and db-billing-2 use the rds-ca-2019 certificate, which now expires on September 5, 2024.',
      }),
    );
    const thread = h.outbox.rows.filter((r) => r.taskId === taskId && r.anchor === 'task-thread').map((r) => String(r.args.text));
    expect(thread[0]).toContain('🔁 The provider sent this again: “[Action Required] Update your Amazon RDS');
    expect(thread[1]).toBe('⏰ The provider moved the deadline: Thu 22 Aug 2024 → Thu 5 Sep 2024');
    expect(h.outbox.rows.filter((r) => r.method === 'chat.update')).toHaveLength(2);
  });

  it('posts an FYI notice once as a plain channel message, even when it comes again another way', async () => {
    expect((await h.ingest.ingest(fyiNotice())).outcome).toBe('fyi');
    expect((await h.ingest.ingest(fyiNotice({ source: { kind: 'feed', feed: 'https://status.example.com/feed', guid: 'moved' }, messageId: 'moved' }))).outcome).toBe('fyi');
    expect(h.outbox.rows).toHaveLength(1);
    expect(h.outbox.rows[0]).toMatchObject({ method: 'chat.postMessage', channel: 'C0PLATFORM', taskId: null, anchor: null });
    expect(textOf(h.outbox.rows[0]!.args)).toContain('Our status page has moved');
  });

  it('writes nothing for an ignored notice', async () => {
    const rules = harnessRules();
    const ignoring = appHarness({
      rules: {
        ...rules,
        rules: [
          {
            id: 'newsletters',
            description: 'newsletters',
            where: 'test',
            identity: null,
            match: { subject: [/newsletter/i] },
            classify: {},
            patterns: [],
            disposition: 'ignore',
            priority: 0,
            examples: [],
          },
        ],
      },
    });
    expect((await ignoring.ingest.ingest(fyiNotice({ subject: 'Our monthly newsletter' }))).outcome).toBe('ignored');
    expect(ignoring.outbox.rows).toEqual([]);
  });

  it('gives every row of a change a dedupe key, so the same change written twice queues nothing more', async () => {
    const taskId = await h.ingestTask();
    await h.commands.takeOwnership({ taskId, user: PEOPLE.owner });
    const task = (await h.store.tasks.get(taskId))!;
    const audit = await h.store.audit.listByTask(taskId);
    const change: TaskChange = { task, action: 'owner-taken', actor: PEOPLE.owner, at: h.clock.now(), before: { ...task, owner: null, state: 'open' }, auditId: audit.at(-1)!.id };
    const before = h.outbox.rows.length;
    const notify = makeNotify({ rules: h.rules, outboxOf: () => h.outbox });
    await h.store.transaction((tx) => notify.onTaskChange(tx, change));
    expect(h.outbox.rows).toHaveLength(before);
    expect(h.outbox.rows.every((r) => r.dedupeKey !== null)).toBe(true);
  });

  it('rolls the change back when its rows cannot be written: no change without its message', async () => {
    const failing = appHarness({ outboxOf: () => ({ enqueue: async () => Promise.reject(new Error('disk full')) }) });
    await expect(failing.ingest.ingest(rdsNotice())).rejects.toThrow('disk full');
    expect(await failing.store.tasks.list()).toEqual([]);
  });

  it('offers no snooze once the ladder has turned critical', () => {
    const rules = harnessRules();
    const task = aTask({ team: 'platform', ladder: 'default', deadline: { at: new Date('2024-06-04T00:00:00Z'), role: 'deadline', precision: 'day', text: 'June 4' } });
    const [post] = taskChangeRows({ task, action: 'task-created', actor: 'noticeboard', at: new Date('2024-06-03T08:00:00Z') }, rules, null);
    expect(actionIds(post!.args)).not.toContain(ACTION.snooze);
    const [early] = taskChangeRows({ task, action: 'task-created', actor: 'noticeboard', at: new Date('2024-05-01T08:00:00Z') }, rules, null);
    expect(actionIds(early!.args)).toContain(ACTION.snooze);
  });
});

describe('notify without a channel', () => {
  it('posts nothing for a task routed to no channel, and says so in the log', async () => {
    const rules = harnessRules();
    const h = appHarness({ rules: { ...rules, teams: { ...rules.teams, platform: { ...rules.teams.platform!, channel: '' } } } });
    await h.ingestTask();
    expect(h.outbox.rows).toEqual([]);
    expect(h.log.entries.map((e) => e.msg)).toContain('task has no channel, nothing posted');
  });
});

describe.each(storeEngines())('notify on the $name store’s own outbox', (engine) => {
  if (engine.missing) {
    console.warn(`skipping notify on ${engine.name}: ${engine.missing}`);
    it.skip(`needs ${engine.missing}`, () => {});
    return;
  }
  beforeAll(engine.start);
  afterAll(engine.stop);

  it('commits the rows with the change, and loses both together when the transaction fails', async () => {
    const store = await engine.open();
    const h = appHarness({ store, outboxOf: 'store' });
    const taskId = await h.ingestTask();
    expect((await store.outbox.listByTask(taskId)).map((r) => [r.method, r.anchor, r.status])).toEqual([['chat.postMessage', 'task-post', 'pending']]);

    const notify = makeNotify({ rules: h.rules });
    const failing = makeTaskCommands({
      store,
      clock: h.clock,
      roles: () => undefined,
      onTaskChange: async (tx, change) => {
        await notify.onTaskChange(tx, change);
        throw new Error('crashed after queueing');
      },
    });
    await expect(failing.takeOwnership({ taskId, user: PEOPLE.owner })).rejects.toThrow('crashed after queueing');
    expect(await store.outbox.listByTask(taskId)).toHaveLength(1);
    expect(await store.tasks.get(taskId)).toMatchObject({ owner: null, state: 'open' });

    await h.commands.takeOwnership({ taskId, user: PEOPLE.owner });
    expect((await store.outbox.listByTask(taskId)).map((r) => r.anchor)).toEqual(['task-post', 'task-update', 'task-thread']);
  });
});
