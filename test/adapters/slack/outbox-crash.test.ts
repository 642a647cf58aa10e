import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { MemoryOutbox, MemoryTaskPosts } from '../../../src/adapters/slack/memory-outbox.ts';
import { PacedSlackClient } from '../../../src/adapters/slack/paced-client.ts';
import type { OutboxClaim, NewOutboxRow, OutboxRow, OutboxStore } from '../../../src/app/ports.ts';
import { OutboxSender } from '../../../src/app/send-outbox.ts';
import { startLoopbackSlack, type LoopbackSlack } from '../../fakes/slack-server.ts';
import { recordingLogger } from './helpers.ts';
import { drainUntilSettled, MINUTE, post, rig, T0, texts } from './outbox-rig.ts';

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
  enqueue(m: NewOutboxRow[], now: Date) {
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
