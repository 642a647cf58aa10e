/** Records a source's states so a test can await the next one instead of sleeping. */
export class StateWatch<S extends string> {
  readonly seen: S[] = [];
  #waiters: { state: S; resolve: () => void }[] = [];

  readonly record = (state: S): void => {
    this.seen.push(state);
    const ready = this.#waiters.filter((w) => w.state === state);
    this.#waiters = this.#waiters.filter((w) => w.state !== state);
    for (const w of ready) w.resolve();
  };

  /** The next time `state` is entered, from now on. */
  next(state: S): Promise<void> {
    return new Promise((resolve) => this.#waiters.push({ state, resolve }));
  }
}
