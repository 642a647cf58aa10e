import type { AdminAlerts, Clock, Logger, SourceHealthRecord, SourceHealthStore } from './ports.ts';
import { describeSourceError } from './source-errors.ts';

export { describeSourceError } from './source-errors.ts';

/** What every source calls after each attempt. Never throws: reporting must not break the source. */
export interface SourceReporter {
  succeeded(source: string): Promise<void>;
  failed(source: string, err: unknown): Promise<void>;
}

export const silentReporter: SourceReporter = {
  succeeded: async () => undefined,
  failed: async () => undefined,
};

export interface SourceHealthOptions {
  store: SourceHealthStore;
  clock: Clock;
  alerts: AdminAlerts;
  log: Logger;
  /** Alert after this many failures in a row… */
  failuresBeforeAlert?: number;
  /** …or once the source has been failing this long, whichever comes first. */
  failingForMs?: number;
}

const fresh = (source: string): SourceHealthRecord => ({
  source,
  lastSuccessAt: null,
  lastErrorAt: null,
  lastError: null,
  consecutiveFailures: 0,
  failingSince: null,
  alerted: false,
});

/**
 * Records each source's last success and last error, and tells the admins once when a source has
 * been failing for an hour (or three times in a row), and once more when it recovers. The alerted
 * state is stored, so a restart neither repeats the alert nor forgets to announce the recovery.
 */
export class SourceHealth implements SourceReporter {
  readonly #store: SourceHealthStore;
  readonly #clock: Clock;
  readonly #alerts: AdminAlerts;
  readonly #log: Logger;
  readonly #failuresBeforeAlert: number;
  readonly #failingForMs: number;
  /** Attempts for one source are recorded in order, even when a source reports from two callbacks. */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(options: SourceHealthOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#alerts = options.alerts;
    this.#log = options.log;
    this.#failuresBeforeAlert = options.failuresBeforeAlert ?? 3;
    this.#failingForMs = options.failingForMs ?? 60 * 60 * 1000;
  }

  succeeded(source: string): Promise<void> {
    return this.#serial(source, async () => {
      const now = this.#clock.now();
      const before = (await this.#store.get(source)) ?? fresh(source);
      await this.#store.put({ ...before, lastSuccessAt: now, consecutiveFailures: 0, failingSince: null, alerted: false });
      if (!before.alerted) return;
      const since = before.failingSince ? ` since ${before.failingSince.toISOString()}` : '';
      await this.#alert(
        source,
        `Source ${source} has recovered after ${before.consecutiveFailures} failed attempt(s)${since}.`,
      );
    });
  }

  failed(source: string, err: unknown): Promise<void> {
    const reason = describeSourceError(err);
    return this.#serial(source, async () => {
      const now = this.#clock.now();
      const before = (await this.#store.get(source)) ?? fresh(source);
      const failingSince = before.failingSince ?? now;
      const failures = before.consecutiveFailures + 1;
      const due =
        failures >= this.#failuresBeforeAlert || now.getTime() - failingSince.getTime() >= this.#failingForMs;
      let alerted = before.alerted;
      if (due && !before.alerted) {
        const lastOk = before.lastSuccessAt
          ? `; last success ${before.lastSuccessAt.toISOString()}`
          : '; it has never succeeded';
        // Marked as alerted only once the alert went out, so a failed post is tried again next time.
        alerted = await this.#alert(
          source,
          `Source ${source} is failing: ${reason}. ${failures} failed attempt(s) since ${failingSince.toISOString()}${lastOk}.`,
        );
      }
      await this.#store.put({
        ...before,
        lastErrorAt: now,
        lastError: reason,
        consecutiveFailures: failures,
        failingSince,
        alerted,
      });
    });
  }

  async #alert(source: string, text: string): Promise<boolean> {
    try {
      await this.#alerts.alert(text);
      return true;
    } catch (err) {
      this.#log.error({ source, err }, 'source health alert failed');
      return false;
    }
  }

  #serial(source: string, work: () => Promise<void>): Promise<void> {
    const previous = this.#queues.get(source) ?? Promise.resolve();
    const next = previous.then(work).catch((err: unknown) => {
      this.#log.error({ source, err }, 'source health not recorded');
    });
    this.#queues.set(source, next);
    void next.then(() => {
      if (this.#queues.get(source) === next) this.#queues.delete(source);
    });
    return next;
  }
}
