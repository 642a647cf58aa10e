import { backoffDelay, type Timers } from '../backoff.ts';
import { IntervalScheduler } from '../interval-scheduler.ts';
import type { CertificateSource } from './source.ts';

const MINUTE = 60_000;
/** A failing probe is tried again soon (a blip), then less and less often, up to its interval. */
const RETRY_BASE_MS = 15 * MINUTE;

export interface CertProbeSchedulerOptions {
  sources: CertificateSource[];
  timers?: Timers;
  random?: () => number;
  /** Told each time a probe is due again, with the delay: tests read the schedule from it. */
  onScheduled?: (source: string, delayMs: number) => void;
}

const intervalOf = (source: CertificateSource): number => Math.max(1, source.target.intervalMinutes) * MINUTE;

/** Probes every endpoint at once, then each on its own interval; a failing one backs off up to its interval. */
export class CertProbeScheduler extends IntervalScheduler<CertificateSource> {
  constructor(options: CertProbeSchedulerOptions) {
    super({
      ...options,
      intervalMs: intervalOf,
      retryMs: (source, failed) =>
        backoffDelay(failed - 1, { baseMs: Math.min(intervalOf(source), RETRY_BASE_MS), maxMs: intervalOf(source) }, options.random),
    });
  }
}
