import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/adapters/clock.ts';
import { CircuitBreaker } from '../../../src/adapters/llm/breaker.ts';

function aBreaker() {
  const clock = new ManualClock('2025-08-01T09:00:00Z');
  return { clock, breaker: new CircuitBreaker({ threshold: 3, coolDownMs: 60_000 }, clock) };
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold, and a success resets the count', () => {
    const { breaker } = aBreaker();
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens on the threshold-th failure in a row and refuses until the cool-down is over', () => {
    const { breaker, clock } = aBreaker();
    expect([breaker.failure(), breaker.failure(), breaker.failure()]).toEqual([false, false, true]);
    expect(breaker.state()).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(59_999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.state()).toBe('half-open');
  });

  it('lets one trial through when half-open, and closes when it succeeds', () => {
    const { breaker, clock } = aBreaker();
    for (let i = 0; i < 3; i += 1) breaker.failure();
    clock.advance(60_000);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.success();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens for another full cool-down when the trial fails', () => {
    const { breaker, clock } = aBreaker();
    for (let i = 0; i < 3; i += 1) breaker.failure();
    clock.advance(60_000);
    breaker.tryAcquire();
    expect(breaker.failure()).toBe(true);
    expect(breaker.state()).toBe('open');
    clock.advance(59_999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.tryAcquire()).toBe(true);
  });
});
