import { backoffDelay, systemTimers, type Timers } from '../backoff.ts';
import type { CertificateSource } from './source.ts';

const MINUTE = 60_000;
/** A failing probe is tried again soon (a blip), then less and less often, up to its interval. */
const RETRY_BASE_MS = 15 * MINUTE;

export interface CertProbeSchedulerOptions {
  sources: CertificateSource[];
  timers?: Timers;
  random?: () => number;
  /** Told each time a probe is due again, with the delay: tests read the schedule from it. */
  onScheduled?: (source: string, delayMs: number) => void;
}

/** Probes every endpoint at once, then each on its own interval; a failing one backs off up to its interval. */
export class CertProbeScheduler {
  readonly #o: CertProbeSchedulerOptions;
  readonly #timers: Timers;
  readonly #handles = new Map<string, unknown>();
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = true;

  constructor(options: CertProbeSchedulerOptions) {
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

  /** Resolves once every probe started so far has finished and been scheduled again. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #run(source: CertificateSource, failures: number): void {
    if (this.#stopped) return;
    const interval = Math.max(1, source.target.intervalMinutes) * MINUTE;
    const done = source
      .pollOnce()
      .then(
        () => 0,
        () => failures + 1,
      )
      .then((failed) => {
        const retry = { baseMs: Math.min(interval, RETRY_BASE_MS), maxMs: interval };
        this.#schedule(source, failed === 0 ? interval : backoffDelay(failed - 1, retry, this.#o.random), failed);
      });
    this.#inFlight.add(done);
    void done.finally(() => this.#inFlight.delete(done));
  }

  #schedule(source: CertificateSource, delayMs: number, failures: number): void {
    if (this.#stopped) return;
    this.#o.onScheduled?.(source.id, delayMs);
    this.#handles.set(
      source.id,
      this.#timers.setTimeout(() => this.#run(source, failures), delayMs),
    );
  }
}
