import type { Clock } from '../app/ports.ts';

export const systemClock: Clock = { now: () => new Date() };

/** A clock that moves only when told: tests and the sandbox's clock control. */
export class ManualClock implements Clock {
  #now: number;
  constructor(start: Date | string) {
    this.#now = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(at: Date | string): void {
    this.#now = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}
