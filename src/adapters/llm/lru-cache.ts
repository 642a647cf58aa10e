import type { ProposalCache } from '../../app/ports.ts';
import type { LlmProposal } from '../../extraction/grounding.ts';

/** The default ProposalCache: the `capacity` most recently used answers, in this process only. */
export class LruProposalCache implements ProposalCache {
  readonly #entries = new Map<string, LlmProposal>();

  constructor(private readonly capacity: number) {}

  async get(key: string): Promise<LlmProposal | undefined> {
    const hit = this.#entries.get(key);
    if (hit === undefined) return undefined;
    // A Map iterates in insertion order: re-inserting marks the entry most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit;
  }

  async set(key: string, proposal: LlmProposal): Promise<void> {
    this.#entries.delete(key);
    this.#entries.set(key, proposal);
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
