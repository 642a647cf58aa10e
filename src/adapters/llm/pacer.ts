import Bottleneck from 'bottleneck';

export interface PaceLimits {
  requestsPerMinute: number;
  tokensPerMinute: number;
  /** The budget window; a minute, shorter in tests. */
  windowMs: number;
  maxConcurrent: number;
}

/**
 * Keeps requests under the provider's per-minute limits: requests are spaced evenly (windowMs / rpm)
 * and each is billed its estimated tokens against a budget refilled every window. When the API says
 * what a request really cost, `settle` returns or takes the difference.
 */
export class Pacer {
  // Two limiters because Bottleneck counts a job's weight against maxConcurrent as well as the reservoir.
  readonly #tokens: Bottleneck;
  readonly #requests: Bottleneck;
  readonly #tpm: number;

  constructor(limits: PaceLimits) {
    this.#tpm = Math.max(1, Math.floor(limits.tokensPerMinute));
    this.#tokens = new Bottleneck({
      reservoir: this.#tpm,
      reservoirRefreshAmount: this.#tpm,
      reservoirRefreshInterval: limits.windowMs,
    });
    this.#requests = new Bottleneck({
      minTime: Math.ceil(limits.windowMs / Math.max(1, limits.requestsPerMinute)),
      maxConcurrent: limits.maxConcurrent,
    });
  }

  /** A request bigger than the whole budget would wait forever: it is billed the whole budget instead. */
  weigh(tokens: number): number {
    return Math.min(this.#tpm, Math.max(1, Math.ceil(tokens)));
  }

  run<T>(weight: number, job: () => Promise<T>): Promise<T> {
    return this.#tokens.schedule({ weight }, () => this.#requests.schedule(job));
  }

  async settle(billed: number, actual: number): Promise<void> {
    const left = (await this.#tokens.currentReservoir()) ?? this.#tpm;
    // The window may have refilled since billing: never credit past a full budget.
    const correction = Math.min(billed - actual, this.#tpm - left);
    if (correction !== 0) await this.#tokens.incrementReservoir(correction);
  }

  async budgetLeft(): Promise<number> {
    return (await this.#tokens.currentReservoir()) ?? this.#tpm;
  }

  async stop(): Promise<void> {
    await Promise.all([this.#tokens.stop({ dropWaitingJobs: true }), this.#requests.stop({ dropWaitingJobs: true })]);
  }
}
