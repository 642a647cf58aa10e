import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { classify, retryAfterMs, retryDelay, type Failure, type RetryPolicy } from '../../../src/adapters/llm/retry.ts';

const now = new Date('2025-08-01T09:00:00Z');
const apiError = (status: number, headers: Record<string, string> = {}, code: string | null = null) =>
  APIError.generate(status, { error: { message: 'scripted', type: 'x', code } }, undefined, new Headers(headers));

describe('retryAfterMs', () => {
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after-ms': '150' }, 150],
    [{ 'retry-after-ms': '150', 'retry-after': '9' }, 150],
    [{ 'retry-after': 'Fri, 01 Aug 2025 09:00:07 GMT' }, 7000],
    [{ 'retry-after': 'Fri, 01 Aug 2025 08:00:00 GMT' }, 0],
    [{ 'retry-after': 'soon' }, null],
    [{ 'retry-after': '-3' }, null],
    [{}, null],
  ])('%j → %s', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});

describe('classify', () => {
  it.each<[string, unknown, Partial<Failure>]>([
    ['429 with Retry-After', apiError(429, { 'retry-after': '3' }), { code: 'rate-limited', retryable: true, retryAfterMs: 3000 }],
    ['429 for a spent quota', apiError(429, {}, 'insufficient_quota'), { code: 'quota', retryable: false }],
    ['500', apiError(500), { code: 'server-error', retryable: true }],
    ['503', apiError(503), { code: 'server-error', retryable: true }],
    ['408', apiError(408), { code: 'server-error', retryable: true }],
    ['400', apiError(400), { code: 'rejected', retryable: false }],
    ['401', apiError(401), { code: 'rejected', retryable: false }],
    ['a timeout', new APIConnectionTimeoutError(), { code: 'timeout', retryable: true }],
    ['a refused connection', new APIConnectionError({ message: 'ECONNREFUSED' }), { code: 'connection', retryable: true }],
    ['an abort', new APIUserAbortError(), { code: 'aborted', retryable: false }],
    ['anything else', new TypeError('boom'), { code: 'unexpected', retryable: false }],
  ])('%s', (_label, err, expected) => {
    expect(classify(err, now)).toMatchObject(expected);
  });
});

describe('retryDelay', () => {
  const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000 };
  const plain: Failure = { code: 'server-error', retryable: true, retryAfterMs: null };

  it.each([
    [0, 1, 100],
    [1, 1, 200],
    [2, 1, 400],
    [2, 0.5, 200],
    [0, 0, 0],
  ])('attempt %i with jitter %f waits %i ms', (attempt, jitter, expected) => {
    expect(retryDelay(attempt, plain, policy, () => jitter)).toBe(expected);
  });

  it('never waits longer than maxDelayMs however many attempts', () => {
    expect(retryDelay(2, plain, { ...policy, maxRetries: 10, baseDelayMs: 800 }, () => 1)).toBe(1000);
  });

  it('stops after maxRetries, and at once for what is not retryable', () => {
    expect(retryDelay(3, plain, policy, () => 1)).toBeNull();
    expect(retryDelay(0, { ...plain, retryable: false }, policy, () => 1)).toBeNull();
  });

  it('waits at least what the server asked for, and gives up when that is longer than allowed', () => {
    expect(retryDelay(0, { ...plain, retryAfterMs: 700 }, policy, () => 1)).toBe(700);
    expect(retryDelay(2, { ...plain, retryAfterMs: 10 }, policy, () => 1)).toBe(400);
    expect(retryDelay(0, { ...plain, retryAfterMs: 1001 }, policy, () => 1)).toBeNull();
  });
});
