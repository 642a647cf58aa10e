import type { Clock } from '../../app/ports.ts';
import { systemClock } from '../clock.ts';

export interface AdvanceableClock extends Clock {
  advance(ms: number): void;
}

/**
 * Time that runs with the wall clock (pacing and retries need it to move) from `start` (the wall
 * time unless given), plus whatever the person at the sandbox page skipped ahead.
 */
export class SandboxClock implements AdvanceableClock {
  readonly #wall: Clock;
  #offsetMs: number;
  constructor(start?: Date | string, wall: Clock = systemClock) {
    this.#wall = wall;
    this.#offsetMs = start === undefined ? 0 : new Date(start).getTime() - wall.now().getTime();
  }
  now(): Date {
    return new Date(this.#wall.now().getTime() + this.#offsetMs);
  }
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
}
