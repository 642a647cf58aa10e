import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import { aNewTask } from '../../builders/index.ts';
import { storeEngines } from './engines.ts';

const at = new Date('2024-06-01T10:00:00Z');
const later = (minutes: number): Date => new Date(at.getTime() + minutes * 60_000);

describe.each(storeEngines())('$name store: audit, reminders, outbox, sources', (engine) => {
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

  it('records each reminder step once per deadline version', async () => {
    await fresh();
    const task = await store.tasks.insert(aNewTask());
    const step = { taskId: task.id, stepId: 'd-7', deadlineVersion: 1, sentAt: at };
    expect(await store.reminders.record(step)).toBe(true);
    expect(await store.reminders.record({ ...step, sentAt: later(5) })).toBe(false);
    expect(await store.reminders.record({ ...step, deadlineVersion: 2, sentAt: later(10) })).toBe(true);
    expect(await store.reminders.wasSent(task.id, 'd-7', 1)).toBe(true);
    expect(await store.reminders.wasSent(task.id, 'd-1', 1)).toBe(false);
    expect(await store.reminders.listByTask(task.id)).toEqual([step, { ...step, deadlineVersion: 2, sentAt: later(10) }]);
  });

  it('queues an outbox message once per dedupe key', async () => {
    await fresh();
    const message = { dedupeKey: 'post:1', method: 'chat.postMessage', channel: 'C1', payload: { text: 'hi', blocks: [] }, taskId: null, at };
    const first = await store.outbox.enqueue(message);
    expect(first.created).toBe(true);
    expect(await store.outbox.enqueue({ ...message, payload: { text: 'again' } })).toEqual({ id: first.id, created: false });
    expect(await store.outbox.get(first.id)).toEqual({
      id: first.id,
      dedupeKey: 'post:1',
      method: 'chat.postMessage',
      channel: 'C1',
      payload: { text: 'hi', blocks: [] },
      taskId: null,
      createdAt: at,
      attempts: 0,
      nextAttemptAt: at,
      sentAt: null,
      lastError: null,
      response: null,
    });
  });

  it('hands out due messages in order, backs off failures and drops sent ones', async () => {
    await fresh();
    const a = await store.outbox.enqueue({ dedupeKey: 'a', method: 'm', channel: null, payload: 1, taskId: null, at });
    const b = await store.outbox.enqueue({ dedupeKey: 'b', method: 'm', channel: null, payload: 2, taskId: null, at });
    const c = await store.outbox.enqueue({ dedupeKey: 'c', method: 'm', channel: null, payload: 3, taskId: null, at: later(10) });
    expect((await store.outbox.due(at, 10)).map((m) => m.id)).toEqual([a.id, b.id]);
    expect((await store.outbox.due(at, 1)).map((m) => m.id)).toEqual([a.id]);
    await store.outbox.markFailed(a.id, { error: 'ratelimited', nextAttemptAt: later(30) });
    await store.outbox.markSent(b.id, later(1), { ok: true, ts: '1.1' });
    expect((await store.outbox.due(later(10), 10)).map((m) => m.id)).toEqual([c.id]);
    expect(await store.outbox.get(a.id)).toMatchObject({ attempts: 1, lastError: 'ratelimited', nextAttemptAt: later(30) });
    expect(await store.outbox.get(b.id)).toMatchObject({ sentAt: later(1), response: { ok: true, ts: '1.1' } });
  });

  it('keeps source cursors, overwriting the value', async () => {
    await fresh();
    expect(await store.sources.getCursor('imap:ops@example.com', 'INBOX')).toBeNull();
    await store.sources.setCursor('imap:ops@example.com', 'INBOX', '7:100');
    await store.sources.setCursor('imap:ops@example.com', 'INBOX', '7:120');
    await store.sources.setCursor('imap:ops@example.com', 'Notices', '3:4');
    expect(await store.sources.getCursor('imap:ops@example.com', 'INBOX')).toBe('7:120');
  });

  it('counts consecutive source failures until a success resets them and the alert', async () => {
    await fresh();
    await store.sources.recordFailure('feed:status', at, 'ECONNREFUSED');
    const twice = await store.sources.recordFailure('feed:status', later(5), 'HTTP 503');
    expect(twice).toEqual({
      source: 'feed:status',
      lastSuccessAt: null,
      lastErrorAt: later(5),
      lastError: 'HTTP 503',
      consecutiveFailures: 2,
      alerted: false,
    });
    await store.sources.setAlerted('feed:status', true);
    expect((await store.sources.health('feed:status'))?.alerted).toBe(true);
    const recovered = await store.sources.recordSuccess('feed:status', later(10));
    expect(recovered).toMatchObject({ lastSuccessAt: later(10), consecutiveFailures: 0, alerted: false, lastError: 'HTTP 503' });
    await store.sources.recordSuccess('aws-health', later(11));
    expect((await store.sources.listHealth()).map((h) => h.source)).toEqual(['aws-health', 'feed:status']);
  });
});
