import type { IngestResult, NoticeSink } from '../../src/app/ports.ts';
import type { Notice } from '../../src/domain/notice.ts';

/** Key a store would dedupe on: the Message-ID, else the source reference. */
export const dedupeKey = (notice: Notice): string => notice.messageId ?? JSON.stringify(notice.source);

/**
 * A sink that commits each notice once, keyed like the store keys them, and counts every call:
 * re-deliveries show up in `calls` but never twice in `committed`.
 */
export class IdempotentSink implements NoticeSink {
  readonly committed: Notice[] = [];
  calls = 0;
  readonly #ids = new Map<string, number>();
  #waiters: { count: () => boolean; resolve: () => void }[] = [];

  async ingest(notice: Notice): Promise<IngestResult> {
    this.calls += 1;
    const key = dedupeKey(notice);
    const known = this.#ids.get(key);
    let result: IngestResult;
    if (known !== undefined) {
      result = { outcome: 'duplicate', noticeId: known, taskId: null };
    } else {
      this.committed.push(notice);
      this.#ids.set(key, this.committed.length);
      result = { outcome: 'created', noticeId: this.committed.length, taskId: null };
    }
    this.#wake();
    return result;
  }

  /** Resolves once `count` distinct notices are committed. */
  committedAtLeast(count: number): Promise<void> {
    return this.#until(() => this.committed.length >= count);
  }

  /** Resolves once ingest has been called `count` times (re-deliveries included). */
  callsAtLeast(count: number): Promise<void> {
    return this.#until(() => this.calls >= count);
  }

  #until(count: () => boolean): Promise<void> {
    if (count()) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  #wake(): void {
    const ready = this.#waiters.filter((w) => w.count());
    this.#waiters = this.#waiters.filter((w) => !w.count());
    for (const w of ready) w.resolve();
  }
}
