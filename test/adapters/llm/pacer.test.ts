import { afterEach, describe, expect, it } from 'vitest';
import { Pacer, type PaceLimits } from '../../../src/adapters/llm/pacer.ts';

const pacers: Pacer[] = [];
function aPacer(overrides: Partial<PaceLimits> = {}): Pacer {
  const pacer = new Pacer({ requestsPerMinute: 6000, tokensPerMinute: 1000, windowMs: 60_000, maxConcurrent: 4, ...overrides });
  pacers.push(pacer);
  return pacer;
}
afterEach(async () => {
  await Promise.all(pacers.splice(0).map((p) => p.stop()));
});

describe('Pacer', () => {
  it('bills each request its estimate against the window budget', async () => {
    const pacer = aPacer();
    expect(await pacer.run(600, async () => 'done')).toBe('done');
    expect(await pacer.budgetLeft()).toBe(400);
  });

  it('returns what a request did not use once the API reports its usage, and takes what it overran', async () => {
    const pacer = aPacer();
    await pacer.run(600, async () => undefined);
    await pacer.settle(600, 100);
    expect(await pacer.budgetLeft()).toBe(900);
    await pacer.run(300, async () => undefined);
    await pacer.settle(300, 450);
    expect(await pacer.budgetLeft()).toBe(450);
  });

  it('never credits the budget past a full window', async () => {
    const pacer = aPacer();
    await pacer.run(100, async () => undefined);
    await pacer.settle(600, 0);
    expect(await pacer.budgetLeft()).toBe(1000);
  });

  it('holds a request that does not fit until usage returns enough budget', async () => {
    const pacer = aPacer({ requestsPerMinute: 60_000_000 });
    await pacer.run(600, async () => undefined);
    let ran = false;
    const second = pacer.run(600, async () => {
      ran = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ran).toBe(false);
    await pacer.settle(600, 100);
    await second;
    expect(ran).toBe(true);
  });

  it('bills a request bigger than the whole budget the whole budget, so it can still run', () => {
    expect(aPacer().weigh(5000)).toBe(1000);
    expect(aPacer().weigh(0.2)).toBe(1);
  });

  it('spaces requests by windowMs / requestsPerMinute', async () => {
    const pacer = aPacer({ requestsPerMinute: 600 });
    const submitted = performance.now();
    const started: number[] = [];
    await Promise.all([1, 2].map(() => pacer.run(1, async () => void started.push(performance.now()))));
    expect(started).toHaveLength(2);
    // The first may start late under load; the second still cannot start within 100 ms of submission.
    expect((started[1] ?? 0) - submitted).toBeGreaterThanOrEqual(95);
  });
});
