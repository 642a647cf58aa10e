import type { BreakerState, Clock } from '../../app/ports.ts';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  threshold: number;
  coolDownMs: number;
}

/**
 * Stops asking a server that keeps failing: after `threshold` failures in a row nothing is sent for
 * `coolDownMs`; then one trial request decides between closing again and another cool-down.
 */
export class CircuitBreaker {
  #failures = 0;
  #openedAt: number | null = null;
  #trialInFlight = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly clock: Clock,
  ) {}

  state(): BreakerState {
    if (this.#openedAt === null) return 'closed';
    return this.clock.now().getTime() - this.#openedAt >= this.options.coolDownMs ? 'half-open' : 'open';
  }

  /** May a request go out now? In half-open, only the one trial may. */
  tryAcquire(): boolean {
    const state = this.state();
    if (state === 'closed') return true;
    if (state === 'open' || this.#trialInFlight) return false;
    this.#trialInFlight = true;
    return true;
  }

  success(): void {
    this.#failures = 0;
    this.#openedAt = null;
    this.#trialInFlight = false;
  }

  /** Returns true when this failure opened (or re-opened) the circuit. */
  failure(): boolean {
    const wasTrial = this.#trialInFlight;
    this.#trialInFlight = false;
    this.#failures += 1;
    if (wasTrial || (this.#openedAt === null && this.#failures >= this.options.threshold)) {
      this.#openedAt = this.clock.now().getTime();
      return true;
    }
    return false;
  }
}
