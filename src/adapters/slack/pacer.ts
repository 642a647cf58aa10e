// Drift-free pacing per key (a channel, a method), as a generic cell rate algorithm: each send
// books the next slot one interval after the previous slot rather than after the moment it
// actually left, so a late timer or a slow response is made up instead of accumulating, while no
// more than `burst` sends ever go back to back. Time comes from the injected clock and waits go
// through the injected sleep, so tests pace on a manual clock without sleeping.
import type { Clock } from '../../app/ports.ts';

export interface PaceLimit {
  intervalMs: number;
  /** Sends allowed back to back after a quiet spell; 1 means strictly one per interval. */
  burst: number;
}

export class Pacer {
  /** Theoretical arrival time of the next send, per key. */
  readonly #next = new Map<string, number>();
  readonly #blockedUntil = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when a send to `key` is allowed, and books it. Callers serialise sends per key. */
  async take(key: string, limit: PaceLimit | null): Promise<void> {
    for (;;) {
      const now = this.clock.now().getTime();
      const blocked = this.#blockedUntil.get(key) ?? 0;
      if (now < blocked) {
        await this.sleep(blocked - now);
        continue;
      }
      if (!limit) return;
      // a key seen for the first time starts on the timeline, not with a burst: bursts are for catching up
      const next = this.#next.get(key) ?? now + (limit.burst - 1) * limit.intervalMs;
      const allowedAt = next - (limit.burst - 1) * limit.intervalMs;
      if (now < allowedAt) {
        await this.sleep(allowedAt - now);
        continue;
      }
      this.#next.set(key, Math.max(next, now) + limit.intervalMs);
      return;
    }
  }

  /** Slack said 429: nothing goes to `key` before `retryAfterSeconds` from now. */
  block(key: string, retryAfterSeconds: number): void {
    const until = this.clock.now().getTime() + retryAfterSeconds * 1000;
    this.#blockedUntil.set(key, Math.max(this.#blockedUntil.get(key) ?? 0, until));
  }
}

/** One task at a time per key, in call order; keys run independently. */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.#tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.#tails.size;
  }
}
