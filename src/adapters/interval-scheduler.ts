import { systemTimers, type Timers } from './backoff.ts';

export interface ScheduledSource {
  readonly id: string;
  pollOnce(): Promise<void>;
}

export interface IntervalSchedulerOptions<S extends ScheduledSource> {
  sources: S[];
  /** How long after a good pass the source is polled again. */
  intervalMs(source: S): number;
  /** How long after the `failures`-th failure in a row; grows, so nothing ever loops. */
  retryMs(source: S, failures: number): number;
  timers?: Timers;
  /** Told each time a source is due again, with the delay: tests read the schedule from it. */
  onScheduled?: (source: string, delayMs: number) => void;
}

/**
 * Polls every source at once, then each on its own interval and independently: one failing or slow
 * source never holds the others back, and a failing one is retried less and less often.
 */
export class IntervalScheduler<S extends ScheduledSource> {
  readonly #o: IntervalSchedulerOptions<S>;
  readonly #timers: Timers;
  readonly #handles = new Map<string, unknown>();
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = true;

  constructor(options: IntervalSchedulerOptions<S>) {
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

  /** Resolves once every pass started so far has finished and been scheduled again. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #run(source: S, failures: number): void {
    if (this.#stopped) return;
    const done = source
      .pollOnce()
      .then(
        () => 0,
        () => failures + 1,
      )
      .then((failed) => this.#schedule(source, failed === 0 ? this.#o.intervalMs(source) : this.#o.retryMs(source, failed), failed));
    this.#inFlight.add(done);
    void done.finally(() => this.#inFlight.delete(done));
  }

  #schedule(source: S, delayMs: number, failures: number): void {
    if (this.#stopped) return;
    this.#o.onScheduled?.(source.id, delayMs);
    this.#handles.set(
      source.id,
      this.#timers.setTimeout(() => this.#run(source, failures), delayMs),
    );
  }
}
