import { backoffDelay, systemTimers, type Timers } from '../backoff.ts';
import type { FeedSource } from './source.ts';

const MINUTE = 60_000;
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

export interface FeedSchedulerOptions {
  sources: FeedSource[];
  timers?: Timers;
  random?: () => number;
  /** Told each time a feed is due again, with the delay: tests read the schedule from it. */
  onScheduled?: (source: string, delayMs: number) => void;
}

/**
 * Polls every feed on its own interval, each independently: one failing or slow feed never holds
 * the others back. A failing feed is retried less and less often (up to every 6 h), never in a loop.
 */
export class FeedScheduler {
  readonly #o: FeedSchedulerOptions;
  readonly #timers: Timers;
  readonly #handles = new Map<string, unknown>();
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = true;

  constructor(options: FeedSchedulerOptions) {
    this.#o = options;
    this.#timers = options.timers ?? systemTimers;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    for (const source of this.#o.sources) this.#run(source, 0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const handle of this.#handles.values()) this.#timers.clearTimeout(handle);
    this.#handles.clear();
    await Promise.allSettled([...this.#inFlight]);
  }

  #run(source: FeedSource, failures: number): void {
    if (this.#stopped) return;
    const interval = Math.max(1, source.feed.intervalMinutes) * MINUTE;
    const attempt = source.poll().then(
      () => 0,
      () => failures + 1,
    );
    const done = attempt.then((failed) => {
      const delay =
        failed === 0
          ? interval
          : backoffDelay(failed, { baseMs: interval, maxMs: Math.max(interval, MAX_BACKOFF_MS) }, this.#o.random);
      this.#schedule(source, delay, failed);
    });
    this.#inFlight.add(done);
    void done.finally(() => this.#inFlight.delete(done));
  }

  #schedule(source: FeedSource, delayMs: number, failures: number): void {
    if (this.#stopped) return;
    this.#o.onScheduled?.(source.id, delayMs);
    this.#handles.set(
      source.id,
      this.#timers.setTimeout(() => this.#run(source, failures), delayMs),
    );
  }
}
