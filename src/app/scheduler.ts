import type { Clock, Logger } from './ports.ts';

/** The timer functions the scheduler uses, so tests can fire ticks themselves. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const nodeTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  clock: Clock;
  tick: (now: Date) => Promise<unknown>;
  /** 60 s: ticks land on whole minutes of the clock. */
  intervalMs?: number;
  timers?: Timers;
  log?: Logger;
}

export interface Scheduler {
  /** No tick starts after this; resolves once the tick in flight, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Tick at once (a restart catches up straight away), then on every interval boundary of the clock.
 * The next tick is timed only after the previous one finished, so ticks never overlap; a failed tick
 * is logged and the next one runs as usual.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { clock, tick, intervalMs = 60_000, timers = nodeTimers, log } = options;
  let stopped = false;
  let handle: unknown;
  let running: Promise<void> | null = null;

  const schedule = () => {
    const offset = clock.now().getTime() % intervalMs;
    handle = timers.setTimeout(run, intervalMs - (offset < 0 ? offset + intervalMs : offset));
  };

  function run(): void {
    handle = undefined;
    if (stopped) return;
    running = (async () => {
      try {
        await tick(clock.now());
      } catch (err) {
        log?.error({ err }, 'reminder tick failed');
      }
    })().finally(() => {
      running = null;
      if (!stopped) schedule();
    });
  }

  run();
  return {
    async stop() {
      stopped = true;
      if (handle !== undefined) timers.clearTimeout(handle);
      await running;
    },
  };
}
