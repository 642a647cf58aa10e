import type { Clock } from '../../app/ports.ts';
import { systemClock } from '../clock.ts';

export interface AdvanceableClock extends Clock {
  advance(ms: number): void;
}

/** Wall time plus whatever the person at the sandbox page has skipped ahead. */
export class SandboxClock implements AdvanceableClock {
  #offsetMs = 0;
  constructor(private readonly wall: Clock = systemClock) {}
  now(): Date {
    return new Date(this.wall.now().getTime() + this.#offsetMs);
  }
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}
