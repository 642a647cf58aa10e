import { afterEach, describe, expect, it } from 'vitest';
import type { LoopbackSlack } from '../../fakes/slack-server.ts';
import { drainUntilSettled, MINUTE, post, rig, texts } from './outbox-rig.ts';

describe('outbox sender through the paced client', () => {
  let slack: LoopbackSlack | undefined;
  afterEach(() => slack?.close());

  it('honours a 429 Retry-After: the channel waits exactly that long, the others go on, nothing is early', async () => {
    const r = await rig();
    slack = r.slack;
    r.slack.failNext(1, { status: 429, retryAfter: 2, method: 'chat.postMessage' });
    await r.store.enqueue([post('C1', 'a1'), post('C2', 'b1'), post('C1', 'a2'), post('C2', 'b2')], r.clock.now());

    const report = await r.sender().drain();

    expect(report).toMatchObject({ sent: 4, failed: 0 });
    expect(texts(r.slack, 'C1')).toEqual(['a1', 'a2']);
    expect(texts(r.slack, 'C2')).toEqual(['b1', 'b2']);
    expect(r.slack.violations).toBe(0);
    const limited = r.slack.calls.find((c) => c.status === 429);
    const retried = r.slack.calls.find((c) => c.ok && c.args.text === 'a1');
    expect(retried!.at.getTime() - limited!.at.getTime()).toBeGreaterThanOrEqual(2000);
  });

  it('stays within the loopback per-channel limit with zero violations when Slack pushes back', async () => {
    const r = await rig({ perChannel: { perSecond: 1, burst: 3 } });
    slack = r.slack;
    const rows = Array.from({ length: 12 }, (_, i) => post(`C${i % 2}`, `m${i}`));
    await r.store.enqueue(rows, r.clock.now());

    await r.sender().drain();

    expect(r.slack.calls.some((c) => c.status === 429)).toBe(true);
    expect(r.slack.violations).toBe(0);
    expect(texts(r.slack, 'C0')).toEqual(['m0', 'm2', 'm4', 'm6', 'm8', 'm10']);
    expect(texts(r.slack, 'C1')).toEqual(['m1', 'm3', 'm5', 'm7', 'm9', 'm11']);
  });

  it.each([
    ['HTTP 500', { status: 500 } as const],
    ['HTTP 503', { status: 503 } as const],
    ['a dropped connection', { status: 'reset' } as const],
  ])('retries after %s with backoff and delivers exactly once', async (_name, failure) => {
    const r = await rig();
    slack = r.slack;
    r.slack.failNext(3, failure);
    await r.store.enqueue([post('C1', 'once')], r.clock.now());

    await drainUntilSettled(r);

    expect(texts(r.slack, 'C1')).toEqual(['once']);
    expect(r.store.rows[0]).toMatchObject({ status: 'sent', attempts: 3 });
    const retries = r.log.entries.filter((e) => e.msg === 'slack send failed, will retry');
    const delays = retries.map((e) => (e.obj as { nextAttemptAt: Date }).nextAttemptAt.getTime());
    expect(delays[1]! - delays[0]!).toBeGreaterThan(0);
  });

  it('gives up after the bounded attempts, marks the row failed and logs it', async () => {
    const r = await rig({}, { maxAttempts: 3 });
    slack = r.slack;
    r.slack.failFor(24 * 60 * MINUTE, { status: 500 });
    await r.store.enqueue([post('C1', 'doomed')], r.clock.now());

    await drainUntilSettled(r);

    expect(r.store.rows[0]).toMatchObject({ status: 'failed', attempts: 3, lastError: 'http_500' });
    expect(r.log.entries.filter((e) => e.msg === 'slack send failed, giving up')).toHaveLength(1);
    expect(r.slack.calls).toHaveLength(3);
  });

  it('fails a row Slack refuses for good at once, without retrying', async () => {
    const r = await rig();
    slack = r.slack;
    await r.store.enqueue([{ method: 'chat.update', channel: 'C1', args: { ts: '1.000001', text: 'x' } }], r.clock.now());

    await r.sender().drain();

    expect(r.store.rows[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'message_not_found' });
    expect(r.slack.calls).toHaveLength(1);
  });

  it('keeps a channel in order while one of its rows waits for a retry', async () => {
    const r = await rig();
    slack = r.slack;
    r.slack.failNext(1, { status: 500 });
    const rows = Array.from({ length: 10 }, (_, i) => post('C1', String(i + 1)));
    await r.store.enqueue([...rows, post('C2', 'other channel')], r.clock.now());

    const sender = r.sender();
    const first = await sender.drain();
    expect(first).toMatchObject({ sent: 1, retrying: 1 });
    expect(texts(r.slack, 'C2')).toEqual(['other channel']);
    await drainUntilSettled(r, sender);

    expect(texts(r.slack, 'C1')).toEqual(rows.map((row) => row.args.text));
    expect(r.store.rows.map((row) => row.attempts)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("records the task post's ts and fills it into the task's later updates and thread replies", async () => {
    const r = await rig();
    slack = r.slack;
    await r.store.enqueue(
      [
        post('C1', 'task 7', { taskId: 7, anchor: 'task-post' }),
        { method: 'chat.update', channel: 'C1', args: { text: 'task 7, owned' }, taskId: 7, anchor: 'task-update' },
        post('C1', 'Ada took ownership', { taskId: 7, anchor: 'task-thread' }),
      ],
      r.clock.now(),
    );

    await r.sender().drain();

    const [top] = r.slack.messages('C1');
    expect(top).toMatchObject({ text: 'task 7, owned', edits: 1 });
    expect(r.posts.refs.get(7)).toEqual({ channel: 'C1', ts: top!.ts });
    expect(r.slack.replies('C1', top!.ts).map((m) => m.text)).toEqual(['Ada took ownership']);
  });

  it('holds an update until its task post is out, without spending its attempts', async () => {
    const r = await rig();
    slack = r.slack;
    r.slack.failNext(1, { status: 500, method: 'chat.postMessage' });
    await r.store.enqueue([post('C1', 'task 8', { taskId: 8, anchor: 'task-post' })], r.clock.now());
    await r.store.enqueue([{ method: 'chat.update', channel: 'C1', args: { text: 'v2' }, taskId: 8, anchor: 'task-update' }], r.clock.now());

    await drainUntilSettled(r);

    expect(r.slack.messages('C1').map((m) => [m.text, m.edits])).toEqual([['v2', 1]]);
    expect(r.store.rows[1]).toMatchObject({ status: 'sent', attempts: 0 });
  });

  it('queues a row with a repeated dedupe key once', async () => {
    const r = await rig();
    slack = r.slack;
    const ids = await r.store.enqueue([post('C1', 'd-7', { dedupeKey: 'reminder:1:d-7' }), post('C1', 'd-7', { dedupeKey: 'reminder:1:d-7' })], r.clock.now());
    await r.sender().drain();
    expect(ids[0]).toBe(ids[1]);
    expect(texts(r.slack, 'C1')).toEqual(['d-7']);
  });
});
