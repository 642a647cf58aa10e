// The one way a message reaches Slack: rows written with the change that caused them are claimed
// here and sent once each, in order per channel (a row waiting for its retry holds back the rows
// after it; that hold lives in this sender, so after a restart later rows may go first). A crash loses nothing: an unsent row stays in the
// table and is sent by the next sender once its lease ends. The one duplicate a crash can cause is a
// row Slack accepted but that was not yet marked sent (between the send and `markSent`); a task's
// top-level post narrows even that, because its recorded ts is checked before it is sent again.
import type { Clock, Logger, OutboxRow, OutboxStore, SlackApi, TaskPosts } from './ports.ts';

export interface OutboxSenderOptions {
  /** Rows claimed and not yet finished, across channels. */
  window?: number;
  /** Rows queued here per channel; more wait in the table, so one channel's backlog never fills the window. */
  depth?: number;
  /** How long a claimed row is ours; must exceed the longest queue a channel can build at its pace. */
  leaseMs?: number;
  /** Sends per row before it is marked failed for good. */
  maxAttempts?: number;
  backoff?: { baseMs: number; maxMs: number };
  /** An update or reply waits this long (from the row's creation) for its task's post to be sent. */
  anchorWaitMs?: number;
  /** Idle poll of the table when nothing wakes the sender. */
  pollMs?: number;
  random?: () => number;
}

export interface OutboxSenderDeps {
  store: OutboxStore;
  slack: SlackApi;
  posts: TaskPosts;
  clock: Clock;
  log: Logger;
  /** Waits between polls; tests pass one that moves a manual clock. */
  sleep?: (ms: number) => Promise<void>;
}

export interface DrainReport {
  sent: number;
  retrying: number;
  failed: number;
  waiting: number;
}

const DEFAULTS: Required<Omit<OutboxSenderOptions, 'random'>> = {
  window: 200,
  depth: 4,
  leaseMs: 10 * 60_000,
  maxAttempts: 6,
  backoff: { baseMs: 2_000, maxMs: 10 * 60_000 },
  anchorWaitMs: 60 * 60_000,
  pollMs: 1_000,
};

class StoreFailure extends Error {}

export class OutboxSender {
  readonly #deps: OutboxSenderDeps;
  readonly #opts: Required<OutboxSenderOptions>;
  readonly #queues = new Map<string, OutboxRow[]>();
  readonly #settled = new Set<() => void>();
  /** Channels waiting behind a row that will be retried, until when: nothing newer goes first. */
  readonly #held = new Map<string, number>();
  #inFlight = 0;
  /** A channel's queue ran low since the last claim: ask the table for more. */
  #wantMore = true;
  #halted = false;
  #stopping = false;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  #woken = false;
  #report: DrainReport = { sent: 0, retrying: 0, failed: 0, waiting: 0 };

  constructor(deps: OutboxSenderDeps, options: OutboxSenderOptions = {}) {
    this.#deps = deps;
    this.#opts = { ...DEFAULTS, random: Math.random, ...options };
  }

  /** Send everything due now; resolves when nothing due is left and nothing is in flight. */
  async drain(): Promise<DrainReport> {
    this.#report = { sent: 0, retrying: 0, failed: 0, waiting: 0 };
    this.#halted = false;
    this.#wantMore = true;
    const { window, depth, leaseMs } = this.#opts;
    while (!this.#halted && !this.#stopping) {
      let claimed = 0;
      if (this.#wantMore && this.#inFlight < window) {
        this.#wantMore = false;
        const now = this.#deps.clock.now();
        const skipChannels = [...this.#queues].filter(([, queue]) => queue.length >= depth).map(([channel]) => channel);
        for (const [channel, until] of this.#held) {
          if (until > now.getTime()) skipChannels.push(channel);
          else this.#held.delete(channel);
        }
        const claim = { now, limit: window - this.#inFlight, leaseUntil: new Date(now.getTime() + leaseMs), perChannel: depth, skipChannels };
        const rows = await this.#store(() => this.#deps.store.claimDue(claim)).catch(() => null);
        if (!rows) break;
        claimed = rows.length;
        for (const row of rows) this.#enqueue(row);
      }
      if (this.#inFlight === 0 && claimed === 0) break;
      await this.#nextSettled();
    }
    while (this.#inFlight > 0) await this.#nextSettled();
    return this.#report;
  }

  /** Keep draining until `stop()`: after each pass, wait for `wake()` or the poll interval. Call `drain` yourself only when not started. */
  start(): void {
    if (this.#loop) return;
    this.#stopping = false;
    const sleep = this.#deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
    this.#loop = (async () => {
      while (!this.#stopping) {
        try {
          await this.drain();
        } catch (err) {
          this.#deps.log.error({ err }, 'outbox pass failed');
        }
        if (this.#stopping) break;
        if (!this.#woken) await Promise.race([sleep(this.#opts.pollMs), new Promise<void>((r) => (this.#wake = r))]);
        this.#woken = false;
        this.#wake = null;
      }
    })();
  }

  /** Something was enqueued: look now rather than at the next poll. */
  wake(): void {
    this.#woken = true;
    this.#wake?.();
  }

  /** Stop claiming; rows already queued here go back to the table, the one being sent finishes. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#wake?.();
    await this.#loop;
    this.#loop = null;
    while (this.#inFlight > 0) await this.#nextSettled();
  }

  #enqueue(row: OutboxRow): void {
    this.#inFlight += 1;
    const queue = this.#queues.get(row.channel);
    if (queue) {
      queue.push(row);
      return;
    }
    this.#queues.set(row.channel, [row]);
    void this.#work(row.channel);
  }

  /** One worker per channel keeps its rows in id order. */
  async #work(channel: string): Promise<void> {
    const queue = this.#queues.get(channel) ?? [];
    while (queue.length > 0) {
      const row = queue[0];
      if (!row) break;
      const holdUntil = await this.#process(row);
      queue.shift();
      this.#finish(queue.length);
      if (!holdUntil) continue;
      // a retryable failure holds the channel: later rows go back to wait behind it, in order
      this.#held.set(channel, holdUntil.getTime());
      for (const later of queue.splice(0)) {
        await this.#store(() => this.#deps.store.release(later.id, holdUntil)).catch(() => undefined);
        this.#finish(queue.length);
      }
    }
    this.#queues.delete(channel);
  }

  async #process(row: OutboxRow): Promise<Date | null> {
    try {
      // halted: the store is unreachable; the row stays leased, and is claimed again when the lease ends
      if (this.#halted) return null;
      if (this.#stopping) {
        await this.#store(() => this.#deps.store.release(row.id, this.#deps.clock.now()));
        return null;
      }
      return await this.#send(row);
    } catch (err) {
      if (!(err instanceof StoreFailure)) this.#deps.log.error({ err, outboxId: row.id }, 'outbox row failed unexpectedly');
      return null;
    }
  }

  /** Sends one row; returns the time its channel must wait until, when the row will be retried. */
  async #send(row: OutboxRow): Promise<Date | null> {
    const { store, slack, posts, clock, log } = this.#deps;
    const args: Record<string, unknown> = { ...row.args, channel: row.channel };
    if (row.anchor && row.taskId !== null) {
      const ref = await this.#store(() => posts.get(row.taskId ?? 0));
      if (row.anchor === 'task-post' && ref) {
        // sent before a crash, with its ts recorded: sending again would post twice
        await this.#store(() => store.markSent(row.id, ref));
        this.#report.sent += 1;
        return null;
      }
      if (row.anchor !== 'task-post') {
        if (!ref) return this.#waitForAnchor(row);
        args.channel = ref.channel;
        if (row.anchor === 'task-update') args.ts = ref.ts;
        else args.thread_ts = ref.ts;
      }
    }
    const result = await slack.call(row.method, args).catch(
      (err: unknown) => ({ ok: false, error: String(err), retryable: true }) as const,
    );
    const now = clock.now();
    if (result.ok) {
      if (row.anchor === 'task-post' && row.taskId !== null && result.ts) {
        const ref = { channel: result.channel ?? row.channel, ts: result.ts };
        await this.#store(() => posts.record(row.taskId ?? 0, ref));
      }
      await this.#store(() => store.markSent(row.id, { channel: result.channel, ts: result.ts }));
      this.#report.sent += 1;
      return null;
    }
    const attempt = row.attempts + 1;
    const fields = { outboxId: row.id, method: row.method, channel: row.channel, attempt, error: result.error };
    if (result.retryable && attempt < this.#opts.maxAttempts) {
      const next = new Date(now.getTime() + this.#backoff(attempt));
      await this.#store(() => store.markFailed(row.id, result.error, next));
      log.warn({ ...fields, nextAttemptAt: next }, 'slack send failed, will retry');
      this.#report.retrying += 1;
      return next;
    }
    await this.#store(() => store.markFailed(row.id, result.error, null));
    log.error(fields, 'slack send failed, giving up');
    this.#report.failed += 1;
    return null;
  }

  async #waitForAnchor(row: OutboxRow): Promise<null> {
    const now = this.#deps.clock.now();
    if (now.getTime() - row.createdAt.getTime() >= this.#opts.anchorWaitMs) {
      await this.#store(() => this.#deps.store.markFailed(row.id, 'task_post_missing', null));
      this.#deps.log.error({ outboxId: row.id, taskId: row.taskId }, 'task post never sent, giving up on its update');
      this.#report.failed += 1;
      return null;
    }
    await this.#store(() => this.#deps.store.release(row.id, new Date(now.getTime() + this.#opts.backoff.baseMs)));
    this.#report.waiting += 1;
    return null;
  }

  /** Exponential with equal jitter: half the step for certain, the other half at random. */
  #backoff(attempt: number): number {
    const step = Math.min(this.#opts.backoff.maxMs, this.#opts.backoff.baseMs * 2 ** (attempt - 1));
    return Math.round(step / 2 + this.#opts.random() * (step / 2));
  }

  /** Runs a store call; a failure halts the sender (the rows stay leased and come back later). */
  async #store<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (!this.#halted) this.#deps.log.error({ err }, 'outbox store failed, sender halted');
      this.#halted = true;
      throw new StoreFailure(String(err));
    }
  }

  #finish(queued: number): void {
    this.#inFlight -= 1;
    if (queued <= this.#opts.depth / 2) this.#wantMore = true;
    for (const notify of this.#settled) notify();
    this.#settled.clear();
  }

  #nextSettled(): Promise<void> {
    return new Promise((resolve) => this.#settled.add(resolve));
  }
}
