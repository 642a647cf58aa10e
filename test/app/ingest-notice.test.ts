import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeIngestNotice } from '../../src/app/ingest-notice.ts';
import type { Store } from '../../src/app/ports.ts';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import type { Extraction } from '../../src/domain/facts.ts';
import type { Notice } from '../../src/domain/notice.ts';
import type { Routing } from '../../src/domain/policy.ts';
import { aDeadline, aNotice, aRouting, anExtraction } from '../builders/index.ts';
import { storeEngines } from '../adapters/store/engines.ts';

const clock = new ManualClock('2024-06-01T10:00:00Z');
const ingestInto =
  (store: Store) =>
  (notice: Notice, extraction: Extraction = anExtraction(), routing: Routing = aRouting()) =>
    makeIngestNotice({ store, extract: () => extraction, route: () => routing, clock, log: silentLogger }).ingest(notice);

describe.each(storeEngines())('ingest into the $name store', (engine) => {
  if (engine.missing) {
    console.warn(`skipping ${engine.name} ingest tests: ${engine.missing}`);
    it.skip(`needs ${engine.missing}`, () => {});
    return;
  }
  let store: Store;
  let ingest: ReturnType<typeof ingestInto>;
  beforeAll(engine.start);
  afterAll(engine.stop);
  beforeEach(async () => {
    store = await engine.open();
    ingest = ingestInto(store);
  });

  it('makes one task of the same notice read twice', async () => {
    const notice = aNotice();
    const first = await ingest(notice);
    const second = await ingest(notice);
    expect(first).toMatchObject({ outcome: 'created' });
    expect(second).toEqual({ outcome: 'duplicate', noticeId: first.noticeId, taskId: first.taskId });
    expect(await store.tasks.list()).toHaveLength(1);
    expect((await store.tasks.get(first.taskId ?? 0))?.noticeCount).toBe(1);
  });

  it('joins a provider re-send (new message id, new delivery) to the existing task', async () => {
    const first = await ingest(aNotice());
    await store.reminders.setNextDue(first.taskId ?? 0, null, clock.now());
    const resend = await ingest(aNotice({ receivedAt: new Date('2024-06-01T09:00:00Z') }), anExtraction({ resources: ['DB-ORDERS-1', 'db-billing-2'] }));
    expect(resend).toMatchObject({ outcome: 'merged', taskId: first.taskId });
    const task = await store.tasks.get(first.taskId ?? 0);
    expect(task).toMatchObject({ noticeCount: 2, deadlineVersion: 1, resources: ['db-orders-1', 'db-billing-2'] });
    // A merge is a change: the reminder scheduler plans the task again.
    expect(task?.nextReminderAt).toEqual(clock.now());
    expect((await store.audit.listByTask(task?.id ?? 0)).map((e) => [e.action, e.after?.matchedBy])).toEqual([
      ['task-created', undefined],
      ['notice-merged', 'fingerprint'],
    ]);
  });

  it('records the same message reached another way as a duplicate of it', async () => {
    const mail = aNotice({ messageId: '<same@example.com>' });
    const first = await ingest(mail);
    const file = { ...mail, source: { kind: 'file', path: '/tmp/notice.eml', index: 0 } } satisfies Notice;
    const second = await ingest(file);
    expect(second).toMatchObject({ outcome: 'duplicate', taskId: first.taskId });
    expect(second.noticeId).not.toBe(first.noticeId);
    expect((await store.tasks.get(first.taskId ?? 0))?.noticeCount).toBe(1);
  });

  it('moves the deadline on a later notice and keeps the history', async () => {
    const first = await ingest(aNotice());
    const extended = aNotice({ subject: 'Extended: RDS certificate rotation deadline', receivedAt: new Date('2024-06-15T09:00:00Z') });
    const moved = await ingest(extended, anExtraction({ deadline: aDeadline('2024-09-30'), resources: ['db-orders-1'] }));
    expect(moved).toMatchObject({ outcome: 'merged', taskId: first.taskId });
    const task = await store.tasks.get(first.taskId ?? 0);
    expect(task).toMatchObject({ deadline: aDeadline('2024-09-30'), deadlineVersion: 2, deadlineSetAt: clock.now(), nextReminderAt: clock.now() });
    expect(await store.tasks.deadlineHistory(first.taskId ?? 0)).toEqual([
      { taskId: first.taskId, version: 2, previous: aDeadline('2024-08-22'), deadline: aDeadline('2024-09-30'), noticeId: moved.noticeId, at: clock.now() },
    ]);
    // The provider's next re-send states the new deadline: it joins the same task through its fingerprint.
    const again = await ingest(aNotice({ receivedAt: new Date('2024-07-01T09:00:00Z') }), anExtraction({ deadline: aDeadline('2024-09-30'), resources: ['db-orders-1'] }));
    expect(again).toMatchObject({ outcome: 'merged', taskId: first.taskId });
    expect(await store.tasks.deadlineHistory(first.taskId ?? 0)).toHaveLength(1);
  });

  it('keeps owner, window, sign-offs, notes and state when a later notice arrives', async () => {
    const first = await ingest(aNotice());
    const before = await store.tasks.get(first.taskId ?? 0);
    if (!before) throw new Error('no task');
    const worked = {
      ...before,
      state: 'scheduled' as const,
      owner: 'U_SRE1',
      notes: 'rotate during the Tuesday window',
      window: { start: new Date('2024-08-01T22:00:00Z'), end: new Date('2024-08-01T23:00:00Z') },
    };
    await store.tasks.update(worked);
    await store.signOffs.add(before.id, { role: 'sre', user: 'U_SRE1', at: clock.now(), intent: 'approve' });
    const later = aNotice({ receivedAt: new Date('2024-06-20T09:00:00Z') });
    await ingest(later, anExtraction({ deadline: aDeadline('2024-09-30'), resources: ['db-orders-1', 'db-reports-3'] }));
    expect(await store.tasks.get(before.id)).toMatchObject({
      state: 'scheduled',
      owner: 'U_SRE1',
      notes: 'rotate during the Tuesday window',
      window: worked.window,
      signOffs: [{ role: 'sre', user: 'U_SRE1', intent: 'approve' }],
      deadline: aDeadline('2024-09-30'),
      resources: ['db-orders-1', 'db-billing-2', 'db-reports-3'],
    });
  });

  it('joins notices about the same provider event whatever else changed', async () => {
    const eventId = 'arn:aws:health:us-east-1::event/RDS/AWS_RDS_MAINTENANCE_SCHEDULED/1';
    const first = await ingest(aNotice({ eventId }), anExtraction({ kind: 'maintenance' }));
    const update = await ingest(aNotice({ eventId }), anExtraction({ kind: 'maintenance', resources: ['db-x'], deadline: aDeadline('2024-10-01') }));
    expect(update).toMatchObject({ outcome: 'merged', taskId: first.taskId });
  });

  it('folds an updated feed item (same guid, new text) into its task', async () => {
    const source = { kind: 'feed', feed: 'https://status.example.com/history.rss', guid: 'inc-7' } as const;
    const first = await ingest(aNotice({ source, messageId: 'inc-7', text: 'Scheduled.' }));
    const updated = await ingest(aNotice({ source, messageId: 'inc-7', text: 'Rescheduled.' }), anExtraction({ resources: [], deadline: aDeadline('2024-09-01') }));
    expect(updated).toMatchObject({ outcome: 'merged', taskId: first.taskId });
  });

  it('opens a separate task for an unrelated notice', async () => {
    const first = await ingest(aNotice());
    const other = await ingest(aNotice(), anExtraction({ resources: ['db-elsewhere-9'] }));
    expect(other.outcome).toBe('created');
    expect(other.taskId).not.toBe(first.taskId);
  });

  it.each([
    ['ignore', 'ignored'],
    ['fyi', 'fyi'],
  ] as const)('records a notice routed %s without a task', async (disposition, outcome) => {
    const result = await ingest(aNotice(), anExtraction(), aRouting({ disposition, ruleId: `rule-${disposition}` }));
    expect(result).toMatchObject({ outcome, taskId: null });
    expect(await store.notices.get(result.noticeId)).toMatchObject({ disposition, ruleId: `rule-${disposition}`, taskId: null });
    expect(await store.tasks.list()).toEqual([]);
  });

  it('keeps the text cut at the limit and the raw size whole', async () => {
    const sink = makeIngestNotice({ store, extract: () => anExtraction(), route: () => aRouting(), clock, log: silentLogger, textLimit: 10 });
    const result = await sink.ingest(aNotice({ text: 'x'.repeat(50), rawSize: 123_456 }));
    expect(await store.notices.get(result.noticeId)).toMatchObject({ text: 'x'.repeat(10), textTruncated: true, rawSize: 123_456 });
  });

  it('still records a notice whose extraction throws', async () => {
    const sink = makeIngestNotice({
      store,
      extract: () => {
        throw new Error('grammar blew up');
      },
      route: (_n, e) => aRouting({ disposition: e.actionRequired ? 'track' : 'fyi' }),
      clock,
      log: silentLogger,
    });
    const result = await sink.ingest(aNotice({ hints: { provider: 'aws', service: 'rds' } }));
    expect(result.outcome).toBe('fyi');
    expect((await store.notices.get(result.noticeId))?.extraction).toMatchObject({ provider: 'aws', service: 'rds', deadline: null });
  });

  it('makes one task of two simultaneous ingests of the same notice on two connections', async () => {
    const second = await engine.openSecond();
    const notice = aNotice();
    const results = await Promise.all([ingest(notice), ingestInto(second)(notice)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'duplicate']);
    expect(await store.tasks.list()).toHaveLength(1);
    expect(await store.notices.listByTask(results[0]?.taskId ?? 0)).toHaveLength(1);
  });

  it('makes one task of two simultaneous re-sends arriving on two connections', async () => {
    const second = await engine.openSecond();
    const results = await Promise.all([ingest(aNotice()), ingestInto(second)(aNotice()), ingest(aNotice()), ingestInto(second)(aNotice())]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'merged', 'merged', 'merged']);
    const [task, ...rest] = await store.tasks.list();
    expect(rest).toEqual([]);
    expect(task?.noticeCount).toBe(4);
  });
});
