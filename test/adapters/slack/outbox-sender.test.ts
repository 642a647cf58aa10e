import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { MemoryOutbox, MemoryTaskPosts } from '../../../src/adapters/slack/memory-outbox.ts';
import { PacedSlackClient } from '../../../src/adapters/slack/paced-client.ts';
import type { OutboxClaim, OutboxMessage, OutboxRow, OutboxStore } from '../../../src/app/ports.ts';
import { OutboxSender, type OutboxSenderOptions } from '../../../src/app/send-outbox.ts';
import { startLoopbackSlack, type LoopbackSlack, type LoopbackSlackOptions } from '../../fakes/slack-server.ts';
import { recordingLogger } from './helpers.ts';

const T0 = '2024-08-01T09:00:00.000Z';
const MINUTE = 60_000;

const post = (channel: string, text: string, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  method: 'chat.postMessage',
  channel,
  args: { text },
  ...extra,
});

/** Everything on virtual time: waiting moves the clock the loopback Slack reads, so Retry-After is exact and instant. */
async function rig(slackOptions: LoopbackSlackOptions = {}, senderOptions: OutboxSenderOptions = {}) {
  const clock = new ManualClock(T0);
  const sleep = async (ms: number) => clock.advance(ms);
  const slack = await startLoopbackSlack({ clock, perChannel: null, methodsPerMinute: null, ...slackOptions });
  const log = recordingLogger();
  const store = new MemoryOutbox();
  const posts = new MemoryTaskPosts();
  const client = () =>
    new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log, clock, sleep, pacing: { perChannelPerSecond: 1000 } });
  const sender = (over: Partial<{ store: OutboxStore }> = {}) =>
    new OutboxSender({ store, slack: client(), posts, clock, log, sleep, ...over }, { random: () => 0.5, ...senderOptions });
  return { clock, slack, log, store, posts, sender };
}

/** Drain, move the clock to the next attempt, drain again: the table decides when. */
async function drainUntilSettled(r: Awaited<ReturnType<typeof rig>>, sender = r.sender(), rounds = 20) {
  for (let i = 0; i < rounds; i++) {
    await sender.drain();
    const pending = r.store.byStatus('pending');
    if (pending.length === 0) return;
    // move to the next moment anything in the table becomes due (a held channel waits for it too)
    const now = r.clock.now().getTime();
    const later = pending.map((p) => p.nextAttemptAt.getTime()).filter((t) => t > now);
    r.clock.set(new Date(later.length > 0 ? Math.min(...later) : now + MINUTE));
  }
  throw new Error('outbox did not settle');
}

const texts = (slack: LoopbackSlack, channel: string) => slack.messages(channel).map((m) => m.text);

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

/** A store that dies after `sends` rows are marked: every call after that throws, like a crashed process's database handle. */
class DyingOutbox implements OutboxStore {
  dead = false;
  marked = 0;
  /** Rows Slack accepted that could not be marked: the documented duplicate window. */
  readonly unmarked: number[] = [];
  constructor(
    readonly inner: OutboxStore,
    readonly sends: number,
  ) {}
  #check() {
    if (this.dead) throw new Error('database connection lost');
  }
  enqueue(m: OutboxMessage[], now: Date) {
    this.#check();
    return this.inner.enqueue(m, now);
  }
  claimDue(claim: OutboxClaim): Promise<OutboxRow[]> {
    this.#check();
    return this.inner.claimDue(claim);
  }
  async markSent(id: number, response: { channel: string | null; ts: string | null }) {
    if (this.dead) {
      this.unmarked.push(id);
      this.#check();
    }
    await this.inner.markSent(id, response);
    if (++this.marked >= this.sends) this.dead = true;
  }
  markFailed(id: number, error: string, next: Date | null) {
    this.#check();
    return this.inner.markFailed(id, error, next);
  }
  release(id: number, next: Date) {
    this.#check();
    return this.inner.release(id, next);
  }
}

describe('outbox sender across a crash', () => {
  let slack: LoopbackSlack | undefined;
  afterEach(() => slack?.close());

  it('loses nothing and duplicates only rows sent but not yet marked', async () => {
    const r = await rig();
    slack = r.slack;
    const rows = Array.from({ length: 30 }, (_, i) => post(`C${i % 3}`, `row-${i + 1}`));
    await r.store.enqueue(rows, r.clock.now());
    const dying = new DyingOutbox(r.store, 10);

    await r.sender({ store: dying }).drain();
    expect(dying.dead).toBe(true);
    expect(r.log.entries.some((e) => e.msg === 'outbox store failed, sender halted')).toBe(true);

    // a new process: claimed rows come back once the dead sender's lease has run out
    r.clock.advance(11 * MINUTE);
    await drainUntilSettled(r);

    const delivered = ['C0', 'C1', 'C2'].flatMap((c) => texts(r.slack, c));
    const counts = new Map<string, number>();
    for (const t of delivered) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (let id = 1; id <= 30; id++) {
      expect(counts.get(`row-${id}`), `row-${id}`).toBe(dying.unmarked.includes(id) ? 2 : 1);
    }
    expect(dying.unmarked.length).toBeLessThanOrEqual(3);
    expect(r.store.byStatus('sent')).toHaveLength(30);
  });

  it('does not post a task twice when its ts was recorded before the crash', async () => {
    const r = await rig();
    slack = r.slack;
    await r.store.enqueue([post('C1', 'task 9', { taskId: 9, anchor: 'task-post' })], r.clock.now());
    const dying = new DyingOutbox(r.store, 0);
    dying.dead = true;

    await r.sender({ store: { ...bind(r.store), markSent: dying.markSent.bind(dying) } }).drain();
    r.clock.advance(11 * MINUTE);
    await drainUntilSettled(r);

    expect(texts(r.slack, 'C1')).toEqual(['task 9']);
    expect(r.store.rows[0]?.status).toBe('sent');
  });

  it('sends a plain row twice when the crash falls between Slack accepting it and the row being marked (the documented window)', async () => {
    const r = await rig();
    slack = r.slack;
    await r.store.enqueue([post('C1', 'reminder')], r.clock.now());
    const dying = new DyingOutbox(r.store, 0);
    dying.dead = true;

    await r.sender({ store: { ...bind(r.store), markSent: dying.markSent.bind(dying) } }).drain();
    r.clock.advance(11 * MINUTE);
    await drainUntilSettled(r);

    expect(dying.unmarked).toEqual([1]);
    expect(texts(r.slack, 'C1')).toEqual(['reminder', 'reminder']);
  });

  it('hands queued rows back on a graceful stop, so the next sender goes on at once', async () => {
    const clock = new ManualClock(T0);
    slack = await startLoopbackSlack({ perChannel: null, methodsPerMinute: null });
    const log = recordingLogger();
    const store = new MemoryOutbox();
    const posts = new MemoryTaskPosts();
    const client = new PacedSlackClient({ token: slack.token, apiUrl: slack.apiUrl, log, pacing: { perChannelPerSecond: 100 } });
    await store.enqueue(Array.from({ length: 20 }, (_, i) => post(`C${i % 2}`, `s${i}`)), clock.now());
    const first = new OutboxSender({ store, slack: client, posts, clock, log });
    const fourSent = new Promise<void>((resolve) => {
      let n = 0;
      slack!.on('message', () => ++n === 4 && resolve());
    });

    first.start();
    await fourSent;
    await first.stop();
    const afterStop = slack.calls.length;
    await new OutboxSender({ store, slack: client, posts, clock, log }).drain();
    await client.stop();

    expect(afterStop).toBeLessThan(20);
    expect(['C0', 'C1'].flatMap((c) => texts(slack!, c)).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}`).sort());
  });
});

function bind(store: MemoryOutbox): OutboxStore {
  return {
    enqueue: store.enqueue.bind(store),
    claimDue: store.claimDue.bind(store),
    markSent: store.markSent.bind(store),
    markFailed: store.markFailed.bind(store),
    release: store.release.bind(store),
  };
}
