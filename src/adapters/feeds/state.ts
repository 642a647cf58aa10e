import type { CursorStore } from '../../app/ports.ts';
import type { Validators } from './fetch.ts';

const SEEN = 'seen-ids';
const HTTP = 'http-validators';

/**
 * Ids of the items a feed has already delivered, oldest first. Bounded: every id still in the
 * latest document is kept (else it would be delivered again), plus the most recent others.
 */
export class SeenIds {
  readonly #ids: string[];
  readonly #set: Set<string>;

  private constructor(ids: string[]) {
    this.#ids = ids;
    this.#set = new Set(ids);
  }

  static async load(store: CursorStore, source: string): Promise<SeenIds> {
    const raw = await store.get(source, SEEN);
    if (!raw) return new SeenIds([]);
    try {
      const value: unknown = JSON.parse(raw);
      return new SeenIds(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    } catch {
      // Damaged state costs one round of re-deliveries, which the sink absorbs.
      return new SeenIds([]);
    }
  }

  has(id: string): boolean {
    return this.#set.has(id);
  }

  add(id: string): void {
    if (this.#set.has(id)) return;
    this.#set.add(id);
    this.#ids.push(id);
  }

  async save(store: CursorStore, source: string, inDocument: ReadonlySet<string>, max: number): Promise<void> {
    const room = Math.max(0, max - inDocument.size);
    const others = this.#ids.filter((id) => !inDocument.has(id));
    const kept = [...(room > 0 ? others.slice(-room) : []), ...this.#ids.filter((id) => inDocument.has(id))];
    await store.set(source, SEEN, JSON.stringify(kept));
  }
}

export async function loadValidators(store: CursorStore, source: string): Promise<Validators> {
  const raw = await store.get(source, HTTP);
  if (!raw) return {};
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    return {
      etag: typeof value.etag === 'string' ? value.etag : undefined,
      lastModified: typeof value.lastModified === 'string' ? value.lastModified : undefined,
    };
  } catch {
    return {};
  }
}

export async function saveValidators(store: CursorStore, source: string, validators: Validators): Promise<void> {
  await store.set(source, HTTP, JSON.stringify(validators));
}
