import { describe, expect, it } from 'vitest';
import { backoffDelay, pause, type Timers } from '../../src/adapters/backoff.ts';

describe('backoffDelay', () => {
  const policy = { baseMs: 1_000, maxMs: 60_000 };

  it.each([
    [0, 0, 500],
    [0, 1, 1_000],
    [1, 0, 1_000],
    [3, 0.5, 6_000],
    [6, 1, 60_000],
    [7, 0, 30_000],
    [50, 1, 60_000],
  ])('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, policy, () => random)).toBe(expected);
  });
});

describe('pause', () => {
  it('waits on the injected timers and ends early when aborted', async () => {
    const scheduled: number[] = [];
    const timers: Timers = { setTimeout: (_fn, ms) => scheduled.push(ms), clearTimeout: () => undefined };
    const stop = new AbortController();

    const waiting = pause(5_000, stop.signal, timers);
    stop.abort();
    await waiting;

    expect(scheduled).toEqual([5_000]);
  });
});
