import { describe, expect, it } from 'vitest';
import { startScheduler, type Timers } from '../../src/app/scheduler.ts';
import { createReminderTick } from '../../src/app/send-reminders.ts';
import { MemoryReminderStore } from '../../src/app/reminder-store-memory.ts';
import { ManualClock } from '../../src/adapters/clock.ts';
import { silentLogger } from '../../src/adapters/log.ts';
import { defaultLadder } from '../../src/domain/ladder.ts';
import type { Logger } from '../../src/app/ports.ts';
import { DAY, DEADLINE, aTask, aTeam } from '../builders/reminder-builders.ts';

/** Timers that fire only when the test says so. */
class HandTimers implements Timers {
  pending: { id: number; ms: number; callback: () => void }[] = [];
  #ids = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.#ids;
    this.pending.push({ id, ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== handle);
  }
  fire(): void {
    const next = this.pending.shift();
    if (!next) throw new Error('no timer pending');
    next.callback();
  }
}

/** One turn of the event loop: lets settled promises run their callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('startScheduler', () => {
  it('ticks at once, then on each whole minute of the clock', async () => {
    const clock = new ManualClock('2024-08-01T10:00:20Z');
    const timers = new HandTimers();
    const seen: string[] = [];
    const scheduler = startScheduler({ clock, timers, tick: async (now) => void seen.push(now.toISOString()) });
    await settle();
    expect(seen).toEqual(['2024-08-01T10:00:20.000Z']);
    expect(timers.pending.map((p) => p.ms)).toEqual([40_000]);

    clock.set('2024-08-01T10:01:00Z');
    timers.fire();
    await settle();
    expect(seen.at(-1)).toBe('2024-08-01T10:01:00.000Z');
    expect(timers.pending.map((p) => p.ms)).toEqual([60_000]);
    await scheduler.stop();
  });

  it('never starts a tick while the previous one is still running', async () => {
    const clock = new ManualClock('2024-08-01T10:00:00Z');
    const timers = new HandTimers();
    const slow = deferred();
    let ticks = 0;
    const scheduler = startScheduler({ clock, timers, tick: () => ((ticks += 1), slow.promise) });
    await settle();
    expect([ticks, timers.pending.length]).toEqual([1, 0]);
    slow.resolve();
    await settle();
    expect(timers.pending).toHaveLength(1);
    await scheduler.stop();
  });

  it('logs a failed tick and goes on ticking', async () => {
    const errors: string[] = [];
    const log = { ...silentLogger, error: (_obj: object, msg: string) => void errors.push(msg) } satisfies Logger;
    const timers = new HandTimers();
    const scheduler = startScheduler({ clock: new ManualClock('2024-08-01T10:00:00Z'), timers, log, tick: () => Promise.reject(new Error('database gone')) });
    await settle();
    expect(errors).toEqual(['reminder tick failed']);
    expect(timers.pending).toHaveLength(1);
    await scheduler.stop();
  });

  it('stop waits for the tick in flight and starts no other', async () => {
    const timers = new HandTimers();
    const slow = deferred();
    let ticks = 0;
    const scheduler = startScheduler({ clock: new ManualClock('2024-08-01T10:00:00Z'), timers, tick: () => ((ticks += 1), slow.promise) });
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    slow.resolve();
    await stopping;
    expect([ticks, timers.pending.length]).toEqual([1, 0]);
  });

  it('after a restart twelve days later, sends one catch-up step, not the backlog', async () => {
    const store = new MemoryReminderStore();
    store.put(aTask(), new Date(DEADLINE.getTime() - 14 * DAY));
    const policy = { ladder: (id: string) => (id === 'default' ? defaultLadder() : undefined), team: () => aTeam() };
    const clock = new ManualClock(new Date(DEADLINE.getTime() - 14 * DAY));
    const run = async () => {
      const scheduler = startScheduler({ clock, timers: new HandTimers(), tick: createReminderTick({ store, policy, log: silentLogger }) });
      await settle();
      await scheduler.stop();
    };
    await run();
    clock.advance(12 * DAY + 1);
    await run();
    expect(store.outbox.map((q) => q.message.stepId)).toEqual(['d-14', 'd-2']);
    expect(store.records(1).filter((r) => r.outcome === 'skipped').map((r) => r.stepId)).toEqual(['d-60', 'd-30', 'd-7', 'd-3']);
  });
});
