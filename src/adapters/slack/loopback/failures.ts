// Failures the loopback Slack can be told to produce: the next N calls, or every call for a span
// of its clock, answer 5xx, 429 with a Retry-After, or drop the connection.

export type Failure =
  | { status: 500 | 502 | 503; method?: string }
  | { status: 429; retryAfter: number; method?: string }
  | { status: 'reset'; method?: string };

interface Planned {
  remaining: number;
  until: number | null;
  failure: Failure;
}

export class FailurePlan {
  readonly #planned: Planned[] = [];

  next(count: number, failure: Failure): void {
    this.#planned.push({ remaining: count, until: null, failure });
  }

  until(untilMs: number, failure: Failure): void {
    this.#planned.push({ remaining: Number.POSITIVE_INFINITY, until: untilMs, failure });
  }

  /** The failure this call gets, if any; counts it against its plan. */
  take(method: string, nowMs: number): Failure | null {
    for (let i = 0; i < this.#planned.length; i++) {
      const entry = this.#planned[i];
      if (!entry) continue;
      if (entry.until !== null && nowMs >= entry.until) {
        this.#planned.splice(i--, 1);
        continue;
      }
      if (entry.failure.method && entry.failure.method !== method) continue;
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.#planned.splice(i, 1);
      return entry.failure;
    }
    return null;
  }
}
