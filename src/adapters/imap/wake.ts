/** Why a waiting mailbox session wakes up, strongest first. */
export type WakeReason = 'stop' | 'close' | 'exists' | 'idle-ended' | 'timer';

const STRENGTH: Record<WakeReason, number> = { stop: 5, close: 4, exists: 3, 'idle-ended': 2, timer: 1 };

/**
 * A one-slot doorbell between imapflow's events and the session loop: rings that arrive while the
 * loop is busy are kept (the strongest wins), so a message that lands mid-sync is never missed.
 */
export class Wake {
  #pending: WakeReason | null = null;
  #waiter: ((reason: WakeReason) => void) | null = null;

  ring(reason: WakeReason): void {
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = null;
      waiter(reason);
      return;
    }
    if (!this.#pending || STRENGTH[reason] > STRENGTH[this.#pending]) this.#pending = reason;
  }

  next(): Promise<WakeReason> {
    const pending = this.#pending;
    if (pending) {
      this.#pending = null;
      return Promise.resolve(pending);
    }
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }
}
