// Slack's limits as the loopback enforces them: a token bucket per key (a channel for
// chat.postMessage, a method for the tiers), `429` with `Retry-After` in whole seconds when it is
// empty, and a count of requests that arrived while a Retry-After was still in force.

export interface BucketLimit {
  /** Sustained rate, requests per second. */
  perSecond: number;
  /** Requests allowed back to back after a quiet spell. */
  burst: number;
}

/** Slack's published method tiers, per minute; bursts of a minute's worth are tolerated. */
export const SLACK_TIERS_PER_MINUTE: Record<string, number> = {
  'auth.test': 100,
  'chat.update': 50,
  'chat.postEphemeral': 100,
  'conversations.open': 50,
  'views.open': 100,
  'views.update': 100,
  'views.publish': 100,
  'users.info': 100,
  'usergroups.users.list': 20,
  'reactions.add': 50,
};

export const tierLimit = (perMinute: number): BucketLimit => ({ perSecond: perMinute / 60, burst: perMinute });

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number; violation: boolean };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #blockedUntil = new Map<string, number>();
  readonly violationsByKey = new Map<string, number>();
  violations = 0;

  /** Admit or refuse one request for `key` at `nowMs` under `limit` (null: no bucket, only Retry-After windows). */
  admit(key: string, limit: BucketLimit | null, nowMs: number): Admission {
    const blocked = this.#blockedUntil.get(key);
    if (blocked !== undefined && nowMs < blocked) {
      this.violations += 1;
      this.violationsByKey.set(key, (this.violationsByKey.get(key) ?? 0) + 1);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((blocked - nowMs) / 1000)), violation: true };
    }
    if (!limit) return { ok: true };
    const bucket = this.#refill(key, limit, nowMs);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const waitMs = ((1 - bucket.tokens) / limit.perSecond) * 1000;
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    this.block(key, nowMs, retryAfterSeconds);
    return { ok: false, retryAfterSeconds, violation: false };
  }

  /** Put a Retry-After window in force (a natural 429 or a forced one). */
  block(key: string, nowMs: number, retryAfterSeconds: number): void {
    this.#blockedUntil.set(key, Math.max(this.#blockedUntil.get(key) ?? 0, nowMs + retryAfterSeconds * 1000));
  }

  reset(): void {
    this.#buckets.clear();
    this.#blockedUntil.clear();
    this.violationsByKey.clear();
    this.violations = 0;
  }

  #refill(key: string, limit: BucketLimit, nowMs: number): Bucket {
    const bucket = this.#buckets.get(key) ?? { tokens: limit.burst, at: nowMs };
    const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
    bucket.tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond);
    bucket.at = nowMs;
    this.#buckets.set(key, bucket);
    return bucket;
  }
}
