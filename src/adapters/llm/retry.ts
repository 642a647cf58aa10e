import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

export interface RetryPolicy {
  /** Attempts after the first. */
  maxRetries: number;
  baseDelayMs: number;
  /** No single wait is longer; a server asking for a longer one gets no retry. */
  maxDelayMs: number;
}

export type FailureCode = 'rate-limited' | 'server-error' | 'timeout' | 'connection' | 'rejected' | 'quota' | 'aborted' | 'unexpected';

export interface Failure {
  code: FailureCode;
  retryable: boolean;
  status?: number;
  /** What the server asked for (Retry-After, retry-after-ms), in ms from now. */
  retryAfterMs: number | null;
}

/** `retry-after-ms` (OpenAI, Azure) wins over `retry-after` (seconds, or an HTTP date). */
export function retryAfterMs(headers: Headers | undefined, now: Date): number | null {
  if (!headers) return null;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms);
  const raw = headers.get('retry-after');
  if (raw === null || raw.trim() === '') return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds * 1000) : null;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

export function classify(err: unknown, now: Date): Failure {
  // Subclasses first: a timeout is a connection error, an abort is not the server's fault.
  if (err instanceof APIUserAbortError) return { code: 'aborted', retryable: false, retryAfterMs: null };
  if (err instanceof APIConnectionTimeoutError) return { code: 'timeout', retryable: true, retryAfterMs: null };
  if (err instanceof APIConnectionError) return { code: 'connection', retryable: true, retryAfterMs: null };
  if (!(err instanceof APIError) || err.status === undefined) return { code: 'unexpected', retryable: false, retryAfterMs: null };
  const status = err.status;
  const retryAfter = retryAfterMs(err.headers, now);
  // A spent quota answers 429 too, and waiting a few seconds will not refill it.
  if (status === 429 && err.code === 'insufficient_quota') return { code: 'quota', retryable: false, status, retryAfterMs: null };
  if (status === 429) return { code: 'rate-limited', retryable: true, status, retryAfterMs: retryAfter };
  if (status >= 500 || status === 408 || status === 409) return { code: 'server-error', retryable: true, status, retryAfterMs: retryAfter };
  return { code: 'rejected', retryable: false, status, retryAfterMs: null };
}

/**
 * The wait before retry number `attempt` (0-based), or null for no retry. Exponential with full
 * jitter so a fleet that failed together does not come back together; a server's own Retry-After is
 * honoured as a floor, and one beyond `maxDelayMs` ends the retrying.
 */
export function retryDelay(attempt: number, failure: Failure, policy: RetryPolicy, random: () => number): number | null {
  if (!failure.retryable || attempt >= policy.maxRetries) return null;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = Math.round(random() * ceiling);
  if (failure.retryAfterMs === null) return jittered;
  if (failure.retryAfterMs > policy.maxDelayMs) return null;
  return Math.max(failure.retryAfterMs, jittered);
}
