import { backoffDelay, type Timers } from '../backoff.ts';
import { IntervalScheduler } from '../interval-scheduler.ts';
import type { FeedSource } from './source.ts';

const MINUTE = 60_000;
const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

export interface FeedSchedulerOptions {
  sources: FeedSource[];
  timers?: Timers;
  random?: () => number;
  /** Told each time a feed is due again, with the delay: tests read the schedule from it. */
  onScheduled?: (source: string, delayMs: number) => void;
}

const intervalOf = (source: FeedSource): number => Math.max(1, source.feed.intervalMinutes) * MINUTE;

/** Every feed on its own interval; a failing feed is retried less and less often, up to every 6 h. */
export class FeedScheduler extends IntervalScheduler<FeedSource> {
  constructor(options: FeedSchedulerOptions) {
    super({
      ...options,
      intervalMs: intervalOf,
      retryMs: (source, failed) =>
        backoffDelay(failed, { baseMs: intervalOf(source), maxMs: Math.max(intervalOf(source), MAX_BACKOFF_MS) }, options.random),
    });
  }
}
